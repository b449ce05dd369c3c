"""The tabs beside the forms: batches, orders, history and the stock picture."""

"""The Batches tab: the batch table's model and its view."""

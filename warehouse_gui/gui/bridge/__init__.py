"""The thread bridge: the bus thread and the feed thread, and the GUI thread's handle on them."""

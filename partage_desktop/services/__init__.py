"""One function or small class per user action, shared by the GUI and the command line."""

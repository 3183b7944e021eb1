"""Words of the command line and of services' messages, in French and in English."""

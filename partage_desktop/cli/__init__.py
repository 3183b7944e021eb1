"""The command line: argument parsing, each command's wording and exit codes (an entry point: may import every layer)."""

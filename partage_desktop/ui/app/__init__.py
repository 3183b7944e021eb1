"""The application frame: start-up, main window, menus, home screen, first run, settings, error dialogs."""

"""The application shell: QApplication, main window, team sidebar and page, tab registry, settings."""

"""PySide6 + pyqtgraph user interface. Depends on core/ and store/; nothing depends on it."""

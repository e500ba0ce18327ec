"""PySide6 + pyqtgraph user interface. Depends on core/ and store/; nothing depends on it."""

from coachdesk.gui.shell import qt_fixes

qt_fixes.install()  # before any widget emits a signal (see qt_fixes: PySide6 6.12.0 on Python 3.11)

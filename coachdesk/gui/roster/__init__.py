"""The Members and Groups tabs, roster dialogs and their undoable edits."""

"""Dialogs built on the Designer forms in coachdesk/gui/forms (composition: self.ui.setupUi(self))."""

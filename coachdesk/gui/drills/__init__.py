"""The GUI of script drills: the trainer's drill console (start dialog, the keyboard-driven console window)."""

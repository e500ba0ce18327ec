"""Daily call activity: import fields and rows, column recognition, metrics."""

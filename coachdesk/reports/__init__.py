"""PDF rendering with reportlab (coaching plans, posters). No Qt: runs in workers and from the CLI."""

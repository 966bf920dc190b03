"""Plain-Python model of a workshop session and its edit commands (no Qt, ever)."""

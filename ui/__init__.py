"""Pushback Monitor's desktop app (PySide6): views over the engine in ``monitor``."""

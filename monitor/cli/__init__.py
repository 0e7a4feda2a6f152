"""The ``pushback-monitor`` command line."""

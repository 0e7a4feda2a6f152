"""``python -m monitor`` is the ``pushback-monitor`` command."""

from monitor.cli.main import main

main()

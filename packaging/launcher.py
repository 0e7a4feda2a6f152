"""The frozen program's entry point: the same as the ``pushback-monitor`` command."""

from monitor.cli.main import main

if __name__ == "__main__":
    main()

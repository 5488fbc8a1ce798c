"""The one error the CLI layer raises itself: a usage error, reported in one line, exit code 2."""


class UsageError(Exception):
    """The command line cannot be run as given; nothing has been written."""

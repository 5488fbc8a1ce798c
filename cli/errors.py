"""The one error the CLI layer raises itself (a usage error, reported in one line, exit code 2),
and the exit codes."""


class UsageError(Exception):
    """The command line cannot be run as given; nothing has been written."""


# The exit codes every command shares (README "Exit codes"; 143 is SIGTERM's own).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

"""`python -m cli` runs the same command line as the `boilerstrip` script."""

from cli.app import main

main()

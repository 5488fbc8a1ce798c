"""boilerstrip's library: pure document transformations, bytes in, Document out."""

from functools import cache

from cleaners.document import Document, Line, Metadata, Removal
from cleaners.errors import BinaryInput, EmptyInput, InputError, InputTooLarge
from cleaners.pipeline import clean
from cleaners.settings import Options


def __getattr__(name: str) -> str:
    # __version__ is read when asked for: importlib.metadata takes some 20 ms to import.
    if name == "__version__":
        return installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("boilerstrip")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


__all__ = [
    "BinaryInput",
    "Document",
    "EmptyInput",
    "InputError",
    "InputTooLarge",
    "Line",
    "Metadata",
    "Options",
    "Removal",
    "__version__",
    "clean",
]

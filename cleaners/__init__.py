"""boilerstrip's library: pure document transformations, bytes in, Document out."""

from importlib.metadata import PackageNotFoundError, version

from cleaners.document import Document, Line, Metadata, Removal
from cleaners.errors import BinaryInput, EmptyInput, InputError, InputTooLarge
from cleaners.pipeline import clean
from cleaners.settings import Options

try:
    __version__ = version("boilerstrip")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

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

"""boilerstrip's library: pure document transformations, bytes in, Document out."""

from cleaners.document import Document, Line, Metadata, Removal
from cleaners.errors import BinaryInput, EmptyInput, InputError, InputTooLarge
from cleaners.pipeline import clean
from cleaners.settings import Options, Site

# The one place the version is written: pyproject.toml reads it from here (setuptools' dynamic
# version), so a run never asks importlib.metadata, some 20 ms of imports.
__version__ = "0.1.0"


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
    "Site",
    "__version__",
    "clean",
]

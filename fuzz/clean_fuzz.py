"""Coverage-guided fuzzing of cleaners.clean over arbitrary bytes, both ways (`make fuzz`).

The first input byte chooses the format (auto, text, html); the rest is the document. A
Document or an InputError is a pass; any other exception is a crash, which atheris reports
with the input that caused it (saved as fuzz/crash-<sha1>). `make fuzz` seeds it with\nthe sample inputs.
"""

import importlib
import pkgutil
import sys

import atheris

with atheris.instrument_imports():
    import cleaners
    from cleaners import Document, InputError, clean

    # The library loads its rule and HTML modules on first use: loaded here, they are
    # instrumented too, and the fuzzer sees the coverage of every rule.
    for module in pkgutil.walk_packages(cleaners.__path__, "cleaners."):
        importlib.import_module(module.name)

FORMATS = ("auto", "text", "html")


def one_input(data: bytes) -> None:
    if not data:
        return
    try:
        doc = clean(data[1:], format=FORMATS[data[0] % len(FORMATS)])
    except InputError:
        return
    if not isinstance(doc, Document):
        raise TypeError(f"clean() returned {type(doc).__name__}, not a Document")
    doc.as_dict()  # the sidecar is part of the output: it must build too


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()

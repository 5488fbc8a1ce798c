"""Shared by the classifier tests: an English stoplist, a line of prose, features of a line."""

from cleaners.classifier.features import Features, stop_forms, text_features
from cleaners.lexicon.stoplists import stoplists

ENGLISH = stoplists()["English"]
PROSE = (
    "The council said on Tuesday that the new bridge would open in the spring, after a delay "
    "of almost two years caused by the rising cost of steel."
)


def features(text: str, repeated: bool = False, position: float = 0.5, stoplist=ENGLISH) -> Features:
    """A line's Features, as document_features makes them for a line at `position`."""
    return Features(*text_features(text, stop_forms(stoplist)), repeated, position)

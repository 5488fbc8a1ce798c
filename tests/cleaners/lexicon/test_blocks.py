from cleaners.html.prune import ARIA_MARKERS, MARKER_HINT, MARKER_PREFIXES
from cleaners.lexicon import blocks


def test_every_marker_word_holds_the_hint():
    words = (*blocks.MARKER_WORDS, *blocks.AUTHOR_WORDS, *blocks.MARKER_COMPOUNDS, *blocks.ARIA_WORDS)
    for word in (*words, *blocks.ROLE_MARKERS):
        assert MARKER_HINT.search(word), word


def test_compounds_and_aria_labels_name_their_block():
    assert MARKER_PREFIXES.match("relatedposts").group() == "related"
    assert MARKER_PREFIXES.match("sharebarwrap").group() == "sharebar"
    assert ARIA_MARKERS.search("Share this article")
    assert set(blocks.ARIA_WORDS) <= set(blocks.MARKER_WORDS)  # each names its block

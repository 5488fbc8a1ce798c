"""The corpus passes' logic: normalised line hashes, the counts and the article-like exception,
putting lines back, and duplicates found in input order."""

from collections import Counter

from cleaners.corpus import (
    ARTICLE_LIKE_FACTOR,
    DuplicateFinder,
    LineCounts,
    exact_key,
    is_article_like,
    line_hash,
    normalise_line,
    repeated_lines,
    signature,
    summarise_lines,
    text_stoplist,
    with_lines_restored,
    without_lines,
)

PROSE = (
    "The council said on Tuesday that the ferry would keep running through the winter, and that "
    "the money for the new pier had been found in the budget at last."
)
TEXT = f"Page 12 of 30 —\n\n{PROSE}\n\nSign up for the Tide, our weekly letter\n"


def test_lines_alike_but_for_case_digits_and_punctuation_share_a_hash():
    assert normalise_line("Page 12 of 30 —") == "page 00 of 00"
    assert line_hash("Page 12 of 30 —") == line_hash("page 45 of 67!")
    assert line_hash("Page 12 of 30") != line_hash("Page 12 of 30 photos")


def test_a_long_sentence_of_stopwords_is_article_like_and_a_teaser_is_not():
    stoplist = text_stoplist(PROSE * 3)
    assert is_article_like(PROSE, stoplist)
    assert not is_article_like("Sign up for the Tide, our weekly letter", stoplist)
    assert not is_article_like(PROSE.rstrip("."), stoplist)  # not ending as a sentence


def test_an_article_like_line_needs_more_documents():
    summary = summarise_lines(TEXT)
    assert summary.article_like == {1}
    counts = LineCounts()
    for _ in range(5):
        counts.add("example.org", summary)
    assert [line.index for line in repeated_lines(summary, counts.by_source["example.org"], 5)] == [0, 2]
    many = Counter({value: 5 * ARTICLE_LIKE_FACTOR for value in summary.values})
    assert [line.index for line in repeated_lines(summary, many, 5)] == [0, 1, 2]


def test_the_language_known_gives_the_stoplist_the_text_would():
    assert summarise_lines(TEXT, "en") == summarise_lines(TEXT)
    # A language with no justext stoplist (or none known) falls back to detecting it.
    assert summarise_lines(TEXT, "xx") == summarise_lines(TEXT, None) == summarise_lines(TEXT)
    german = (
        "Der Gemeinderat hat am Dienstag beschlossen, dass die Fähre auch im Winter fahren soll und "
        "dass das Geld für den neuen Steg nun endlich im Haushalt gefunden worden ist.\n\nMenü\n"
    )
    assert summarise_lines(german, "de") == summarise_lines(german)
    assert summarise_lines(german, "de").article_like == {0}


def test_a_document_counts_a_line_once():
    counts = LineCounts()
    counts.add("a", summarise_lines("Menu\n\nMenu\n\nStory\n"))
    assert counts.by_source["a"][line_hash("Menu")] == 1 and counts.documents["a"] == 1


def test_lines_taken_out_go_back_where_they_were():
    kept = without_lines(TEXT, [0, 2])
    assert kept == PROSE + "\n"
    assert (
        with_lines_restored(kept, [(0, "Page 12 of 30 —"), (2, "Sign up for the Tide, our weekly letter")])
        == TEXT
    )
    assert without_lines("Only line\n", [0]) == ""


def test_the_first_in_input_order_is_the_original():
    words = " ".join(f"{name(i)} and then some" for i in range(60))
    edited = words.replace(f"{name(30)} and", f"{name(30)} or")
    other = " ".join(f"{name(i)} thing here now" for i in range(60, 120))
    documents = [("a", words), ("b", other), ("c", edited), ("d", words.upper())]
    finder = DuplicateFinder()
    flags = {name: finder.add(name, exact_key(text), signature(text)) for name, text in documents}
    assert flags["a"] is None and flags["b"] is None
    assert flags["c"].original == "a" and 0.8 <= flags["c"].similarity < 1.0
    assert flags["d"].original == "a" and flags["d"].similarity == 1.0
    assert signature("too few words") == b""
    assert exact_key("") == exact_key("\n") == b""  # no text: a copy of nothing


def name(number: int) -> str:
    """A word of its own for each number (digits would all normalise to 0)."""
    return "w" + chr(97 + number % 26) + chr(97 + number // 26)

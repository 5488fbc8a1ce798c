from cleaners.classifier.features import lower_tokens
from cleaners.classifier.language import cjk_language, detect_language, stoplists

from .helpers import PROSE


def test_detect_language_from_stopwords():
    german = lower_tokens(
        "Der Rat hat am Dienstag mitgeteilt, dass die neue Brücke im Frühjahr und nicht im Winter öffnet."
    )
    assert detect_language(german) == "German"
    assert detect_language(lower_tokens(PROSE)) == "English"
    assert detect_language(["xyzzy"]) is None


def test_a_long_stoplist_holding_english_words_does_not_take_an_english_text():
    # Marathi's list holds "example", "data", "list", "groups": by raw hits it wins here.
    tutorial = lower_tokens(
        "In this tutorial I will show you how to change the font size of a plot. First, we have to "
        "create some example data that we can use in the following examples. As you can see below, "
        "the example data contains two groups and a list of values. If we want to make the text "
        "bigger for specific groups, we can use the theme function, which is explained in the next "
        "section. Have a look at the following example code, the example data and the list of "
        "groups, and then try it with your own data."
    )
    lists = stoplists()
    assert sum(t in lists["Marathi"] for t in tutorial) > sum(t in lists["English"] for t in tutorial)
    assert detect_language(tutorial) == "English"


def test_cjk_language():
    assert cjk_language("今年全国粮食产量再创新高") == "zh"
    assert cjk_language("東京都は今日、新しい計画を発表しました") == "ja"
    assert cjk_language(PROSE) is None

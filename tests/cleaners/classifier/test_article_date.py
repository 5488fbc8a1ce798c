from cleaners.classifier.article_date import article_date

from .helpers import PROSE


def test_article_date_prefers_the_line_above():
    texts = ["Menu", "3. Mai 2021", "Headline here", PROSE, PROSE, "Kommentar vom 5. Mai 2021"]
    assert article_date(texts, 3, 4) == ("2021-05-03", 1)

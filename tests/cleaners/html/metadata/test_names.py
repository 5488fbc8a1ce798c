import pytest
from lxml.html import fromstring

from cleaners.html.metadata.names import is_name_shaped, names_in
from cleaners.html.page import HtmlPage


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By Jane Doe, CNN", ["Jane Doe"]),
        ("Von Max Muster und Erika Mustermann", ["Max Muster", "Erika Mustermann"]),
        ("Par Claire Dubois · 3 mai 2021", ["Claire Dubois"]),
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
        ("Christoph von Ritter", ["Christoph von Ritter"]),  # "von" inside a name is no label
        ("Autor: Peter Maahn/SP-X", ["Peter Maahn", "SP-X"]),
        ("Jane Doe Chefredakteurin", ["Jane Doe"]),
        ("https://www.facebook.com/janedoe", []),
        ("Foto: Ingo Schneider", []),
        ("Posted on", []),
        ("cipha[at]cipha.net", []),
    ],
)
def test_names_in_bylines(byline, names):
    page = HtmlPage(fromstring("<html><head><meta property='og:site_name' content='CNN'></head></html>"))
    assert names_in([byline], page) == names


def test_name_shapes():
    assert is_name_shaped("Anna von Heyden")
    assert is_name_shaped("jdoe42")
    assert not is_name_shaped("mit Streuseln")
    assert not is_name_shaped("von")

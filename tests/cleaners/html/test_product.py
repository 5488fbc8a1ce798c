"""A product page's declared description (html/product.py): put back when the page's text
lacks it, once, and never with --precision."""

from pathlib import Path

from cleaners import clean
from cleaners.html.product import lacks, shown_text

PAGES = Path(__file__).resolve().parents[2] / "data" / "html" / "page_types"


def clean_page(name: str, **options):
    return clean((PAGES / f"{name}.html").read_bytes(), **options)


def test_a_description_the_page_fills_by_script_comes_from_the_product_object():
    doc = clean_page("product_tabbed")
    assert doc.metadata.page_type == "product"
    lines = doc.text.splitlines()
    assert "Der Alba kocht auf Gas, Elektro und Ceran einen kräftigen Espresso für sechs Tassen." in lines
    assert "Der Kessel aus Edelstahl ist spülmaschinenfest; der Griff bleibt beim Kochen kühl." in lines
    assert "Fachhandel" not in doc.text  # the shop's own description is no product's


def test_a_description_the_text_has_is_not_put_back_twice():
    doc = clean_page("product_page")
    assert doc.text.count("A 38-litre pack for long day hikes") == 1


def test_precision_keeps_trafilatura_s_text_alone():
    assert "Der Alba kocht" not in clean_page("product_tabbed", precision=True).text


def test_the_field_s_markup_becomes_lines_of_text():
    field = "<ul><li>Robust &amp; leicht</li>\n<li>Two   spaces</li></ul>"
    assert shown_text(field) == "Robust & leicht\nTwo spaces"
    assert shown_text("Plain words, no markup.") == "Plain words, no markup."


def test_a_description_is_missing_when_under_half_its_words_are_in_the_text():
    description = "waterproof shell with taped seams and a hood"
    assert lacks("A hood and pockets.", description)
    assert not lacks("The waterproof shell has taped seams and a hood.", description)

import pytest

from cleaners.rules.captions import has_photo_credit

from .conftest import removed

PROSE = "Firefighters worked through the night to contain the blaze, officials said on Sunday."


@pytest.mark.parametrize(
    "caption",
    [
        "A firefighter sprays water on a burning house in Malibu, Calif. (AP Photo/Jae C. Hong)",
        "Residents wait for buses in Kyiv on Monday. REUTERS/Valentyn Ogirenko",
        "Smoke rises over the port after the strike. AFP via Getty Images",
        "Delegates arrive for the summit in Brussels. Photo: Olivier Hoslet/EPA",
        "The prime minister speaks to reporters. (Tomas Lindqvist/Scanpix)",
        "Crowds gather in the square. Photograph: Sarah Lee/The Guardian",
        "Traders on the floor of the exchange. (Reuters)",
        "Mourners lay flowers outside the cathedral. (PA)",
        "Die Feuerwehr war mit 40 Kräften im Einsatz. (dpa)",
        "Rescue workers search the rubble. (Photo by Ahmad Salem/Anadolu Agency) View gallery",
    ],
)
def test_credited_captions(caption):
    assert has_photo_credit(caption)


@pytest.mark.parametrize(
    "line",
    [
        "LONDON (Reuters) - The Bank of England held interest rates on Thursday.",
        "Getty Images, the photo agency, said its revenue rose last year.",
        "The company sold its picture archive to Getty Images.",
        "Fighting continued along the frontier (Israel/Lebanon) overnight.",
        "A photo released by the ministry showed the damaged bridge.",
        "The vote was split (50/50) between the two factions.",
        # an agency's name in another case is a word, not the agency
        "He moved in with his grandfather (Pa).",
        "We spent the afternoon by the hotel's swimming pool (pool).",
        "Ella trabaja en el sector textil (tt).",
    ],
)
def test_content_that_mentions_agencies_or_photos(line):
    assert not has_photo_credit(line)


def test_uncredited_copy_of_a_caption_goes_too(apply_rule):
    caption = "Rescuers carry a child from the rubble of a school in the north of the city on Friday."
    text = f"{PROSE}\n{caption}\n{caption} (AP Photo/Omar Sanadiki)"
    doc = apply_rule("photo_caption", text)
    assert removed(doc, "photo_caption.repeat") == [caption]
    assert [line.text for line in doc.kept()] == [PROSE]


def test_only_long_parts_of_captions_count_as_copies(apply_rule):
    first = "Rescuers carry a child from the rubble (AP Photo/Omar Sanadiki)"
    second = "Smoke rises over the school in the north of the city (Jane Doe/Reuters)"
    part, short, across = (
        "carry a child from the rubble",
        "the rubble",
        "the rubble Smoke rises over the school",
    )
    text = f"{PROSE}\n{first}\n{second}\n{part.upper()}\n{short}\n{across}"
    doc = apply_rule("photo_caption", text)
    assert removed(doc, "photo_caption.repeat") == [part.upper()]
    assert [line.text for line in doc.kept()] == [PROSE, short, across]


@pytest.mark.parametrize(
    "caption",
    [
        "Beitragsbild: Titelseite der Zeitung, Ausriss",
        "Copyright: Gisele Wender",
        "Crédits photos : Bestimage",
    ],
)
def test_credit_labels_in_other_languages(caption):
    assert has_photo_credit(caption)


def test_long_paragraph_citing_its_agency_is_no_caption():
    paragraph = (
        " ".join(["The broadcaster announced a season of the comedian's sketches and films."] * 8) + " (dpa)"
    )
    assert not has_photo_credit(paragraph)
    assert has_photo_credit("The broadcaster announced a season of sketches. (dpa)")


@pytest.mark.parametrize(
    "caption",
    [
        "A heron waits at the edge of the frozen pond. (jsmith / iStock.com)",
        "Der Hafen im Morgennebel. (Quelle: Becker/Pixabay/NDR)",
        "Ein Fahrrad lehnt an der Wand - © mueller_k - stock.adobe.com",
        "Las obras en la plaza mayor / Fuente: Pexels",
        "Blick über die Dächer der Altstadt © Anna/pixelio.de",
        "Bild: www.example-verein.de",
        "Presidente durante a cerimônia (crédito: Ana Souza/Agência X)",
        "Kuva: MATTI VIRTANEN",
    ],
)
def test_stock_library_and_labelled_credits(caption):
    assert has_photo_credit(caption)


@pytest.mark.parametrize(
    "line",
    [
        "We uploaded our own pictures to Unsplash last spring.",
        "The startup competes with Shutterstock and Pixabay.",
        "Der Verein stellt seine Fotos auf Pixabay ein, sagte die Sprecherin.",
        "Header image: people in the U.N.-backed programme met in Quito. Credit: J. Doe (CC BY 2.0)",
    ],
)
def test_prose_that_names_a_stock_library(line):
    assert not has_photo_credit(line)


def test_a_long_paragraph_is_a_caption_only_with_a_bracket_naming_the_photo():
    paragraph = " ".join(["The council met again on Tuesday to discuss the budget."] * 7)
    assert not has_photo_credit(f"{paragraph} Source: Jane Doe / Pixabay")
    assert not has_photo_credit(f"{paragraph} © Jane Doe")
    assert has_photo_credit(f"{paragraph} (AP Photo/Jane Doe)")
    assert has_photo_credit("The council met again on Tuesday. © Jane Doe")


def test_the_headline_and_its_copies_are_no_caption_copies(apply_rule):
    headline = "Ten lessons from a year of saving money on everything"
    caption = f"All photos: {headline} by Jane Doe / Unsplash"
    text = f"{headline}\n{PROSE}\n{headline}\n{caption}\n{PROSE}"
    doc = apply_rule("photo_caption", text)
    assert removed(doc, "photo_caption.repeat") == []
    assert [line.text for line in doc.kept()] == [headline, PROSE, headline, PROSE]

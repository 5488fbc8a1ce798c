import pytest

from cleaners.rules.appeals import licence_name

from .conftest import removed

PROSE = "The water board said the reservoir was at 40 percent of capacity after the dry summer."


@pytest.mark.parametrize(
    "appeal",
    [
        "Our reporting is free for everyone. If you value it, please make a donation today.",
        "Become a member of our newsroom for as little as $5 a month.",
        "Independent journalism costs money. Chip in now to keep our reporting going.",
    ],
)
def test_donation_appeals(apply_rule, appeal):
    doc = apply_rule("donation_appeal", f"{PROSE}\n{appeal}")
    assert removed(doc, "donation_appeal") == [appeal]


@pytest.mark.parametrize(
    "appeal",
    [
        "If you enjoyed this story, please consider a donation to keep us going.",
        "If you value local news, make a donation today.",
        "Since you're here, consider a monthly gift to the newsroom.",
        # a longer paragraph: one of its sentences is the appeal on its own
        "The ferry story took our reporter three weeks on the island and a dozen crossings in "
        "bad weather. When you can, chip in a few dollars so that stories like it keep coming.",
    ],
)
def test_an_appeal_that_opens_with_a_condition_goes(apply_rule, appeal):
    doc = apply_rule("donation_appeal", f"{PROSE}\n{appeal}")
    assert removed(doc, "donation_appeal") == [appeal]


@pytest.mark.parametrize(
    "rule, paragraph",
    [
        (
            "donation_appeal",
            "The food bank's winter drive collected more than 9,000 tins in its first week, our "
            "reporter counted on a visit to the warehouse on Tuesday. Volunteers stacked crates while "
            "a board by the door showed donations had doubled since last year. If you pass the "
            "warehouse on Mill Road in the morning, you will see the queue of vans outside.",
        ),
        (
            "newsletter_appeal",
            "Parents who subscribe to the school's newsletter heard about the closure a week before "
            "the rest of the town. Our own inquiry found the notice was posted on a board in the "
            "staff room. If you drive past the gates now, you will find them chained shut.",
        ),
    ],
)
def test_a_news_paragraph_that_mentions_giving_in_a_clause_stays(apply_rule, rule, paragraph):
    doc = apply_rule(rule, f"{PROSE}\n{paragraph}")
    assert doc.removals == []


@pytest.mark.parametrize(
    "line",
    [
        "Der Bürgermeister erklärte am Montag, dass die Stadt das Jugendzentrum weiterhin unterstütze "
        "und die Spende des Fördervereins für neue Spielgeräte verwenden werde.",
        "Die Spende von 5.000 Euro ging an das Tierheim am Stadtrand. Hier habe der Verein schon im "
        "vergangenen Jahr einen Neubau der Hundezwinger bezahlt, erklärte die Vorsitzende.",
    ],
)
def test_long_german_news_with_a_donation_word_stays(apply_rule, line):
    doc = apply_rule("donation_appeal", f"{PROSE}\n{line}")
    assert doc.removals == []


@pytest.mark.parametrize(
    "appeal",
    [
        "Wenn dir unsere Recherchen gefallen, unterstütze die Redaktion jetzt mit einer kleinen "
        "Spende, damit wir weiter unabhängig berichten können.",
        "Unabhängiger Lokaljournalismus kostet Geld. Unterstützen Sie die Zeitung mit einer "
        "Spende ab fünf Euro im Monat und sichern Sie so die Berichterstattung aus der Region.",
    ],
)
def test_a_longer_german_appeal_that_speaks_to_the_reader_goes(apply_rule, appeal):
    doc = apply_rule("donation_appeal", f"{PROSE}\n{appeal}")
    assert removed(doc, "donation_appeal") == [appeal]


@pytest.mark.parametrize(
    "form",
    [
        ["Give what you can", "Monthly", "One-time", "$15", "$35", "$100", "Other amount"],
        ["Ja, ich helfe mit", "Einmalig", "Monatlich", "Wunschbetrag:", "25 €", "50 €"],
        ["Mensuel", "Ponctuel", "10 €", "30 €", "Autre montant"],
    ],
)
def test_a_donation_form_by_its_appeal_goes(apply_rule, form):
    appeal = "Our reporting is free for everyone. If you value it, please make a donation today."
    doc = apply_rule("donation_appeal", "\n".join([PROSE, appeal, *form, PROSE]))
    assert removed(doc, "donation_appeal") == [appeal, *form]


@pytest.mark.parametrize(
    "lines",
    [
        ["Tickets", "Adults", "12 €", "8 €"],  # a price list, no appeal near
        ["Monthly", "Yearly", "$5", "$50"],  # a subscription's plans, no donation appeal
    ],
)
def test_amounts_with_no_donation_appeal_stay(apply_rule, lines):
    doc = apply_rule("donation_appeal", "\n".join([PROSE, *lines, PROSE]))
    assert doc.removals == []


@pytest.mark.parametrize(
    "line",
    [
        "“We rely on donations from people like you,” said the food bank's director.",
        "The charity said donations fell by a fifth last year as households cut back.",
    ],
)
def test_donation_news_stays(apply_rule, line):
    doc = apply_rule("donation_appeal", f"{PROSE}\n{line}")
    assert doc.removals == []


def test_newsletter_appeal_and_business_news(apply_rule):
    appeal = "Sign up for our morning briefing and get the day's top stories in your inbox."
    news = "The streaming service said subscriptions rose 12 percent in the quarter."
    doc = apply_rule("newsletter_appeal", f"{PROSE}\n{news}\n{appeal}")
    assert removed(doc, "newsletter_appeal") == [appeal]


def test_an_outlet_app_promotion_is_an_appeal_and_app_news_stays(apply_rule):
    promos = [
        "For breaking news and live scores, download the Valley Ledger app for iPhone and Android.",
        "Get local headlines straight to your smartphone with the Ledger app.",
    ]
    news = "The bank said its app for iOS and Android had been downloaded a million times."
    doc = apply_rule("newsletter_appeal", "\n".join([PROSE, news, *promos]))
    assert removed(doc, "newsletter_appeal") == promos


@pytest.mark.parametrize(
    "line, is_appeal",
    [
        ("Follow us on Instagram for more stories from the valley.", True),
        ("Join our WhatsApp channel to get breaking news alerts.", True),
        ("In a post on X, the mayor said the reservoir would be refilled by spring.", False),
        ("She urged her followers on Instagram to conserve water.", False),
        ("Síguenos en Instagram y Facebook para ver más fotos del valle.", True),
        ("Suivez-nous sur", True),
        ("Seguici su Telegram!", True),
        ("Obserwuj nas na Facebooku", True),
        ("Schauen Sie auch in unseren YouTube-Kanal rein!", True),
        ("¿Sabías que tenemos un canal de WhatsApp? Entra y recibe las noticias.", True),
        ("Folgen Sie uns in die Altstadt, wo das Fest am Abend beginnt.", False),
        ("„Folgen Sie uns auf Instagram“, sagte die Sprecherin des Vereins.", False),
        ("Der YouTube-Kanal des Senders wurde am Montag gesperrt.", False),
    ],
)
def test_social_follows(apply_rule, line, is_appeal):
    doc = apply_rule("social_follow", f"{PROSE}\n{line}")
    assert removed(doc, "social_follow") == ([line] if is_appeal else [])


def test_licence_footer_to_metadata(apply_rule):
    footer = "This story is published under a Creative Commons Attribution-ShareAlike 4.0 licence."
    doc = apply_rule("license_footer", f"{PROSE}\n{footer}")
    assert doc.metadata.license == "CC BY-SA 4.0"
    assert removed(doc, "license_footer") == [footer]


ARTICLE_LINE = (
    "The ferry from the island ran aground on the sandbank at low tide on Monday morning, and "
    "the coastguard took the forty passengers off by lifeboat before the tide turned. The "
    "operator said the hull was not damaged and the service would run again on Wednesday. "
)


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright © 2019. All Rights Reserved.",
        "This post is licensed under CC BY 4.0.",
        "This article contains affiliate links.",
    ],
)
def test_a_long_paragraph_that_ends_in_a_notice_is_no_notice(apply_rule, notice):
    # a whole article on one line (a page flattened by its extractor) that ends in its footer
    line = ARTICLE_LINE + "Related posts: the ferry timetable, the new harbour wall. " + notice
    doc = apply_rule(("license_footer", "disclosure"), f"{PROSE}\n{line}")
    assert doc.removals == []


def test_a_long_footer_that_is_mostly_the_notice_goes(apply_rule):
    footer = (
        "© 2024 The Valley Courier. All rights reserved. This article is published under a "
        "Creative Commons Attribution-NoDerivatives 4.0 licence, and you may republish it for "
        "free if you credit the author and link back to the original story. Contact us."
    )
    doc = apply_rule("license_footer", f"{PROSE}\n{footer}")
    assert removed(doc, "license_footer") == [footer]


def test_broadcast_licence_is_news(apply_rule):
    doc = apply_rule("license_footer", f"{PROSE}\nThe regulator renewed the station's broadcast licence.")
    assert doc.removals == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Republish under CC BY-NC-ND 4.0.", "CC BY-NC-ND 4.0"),
        ("Licensed CC-BY 3.0", "CC BY 3.0"),
        ("Released under CC0 1.0", "CC0 1.0"),
        ("© 2024 Example Media. All rights reserved.", "All rights reserved"),
    ],
)
def test_licence_names(text, name):
    assert licence_name(text) == name


@pytest.mark.parametrize(
    "line",
    [
        "This post contains references to products from one or more of our advertisers.",
        "We may earn a commission when you buy through links on our site.",
        "*Werbung. Dieser Beitrag enthält Werbung für eine Bademode-Marke.",
        "Anzeige, enthält Affiliate Links",
        "Dieser Artikel kann Links zu Anbietern enthalten, von denen das Magazin eine Provision erhält.",
        "*Dieser Beitrag ist in freundlicher Kooperation mit dem Tourismusverband entstanden.",
        "Our reviews are independent. When you shop via the links below we can earn an affiliate commission.",
        "Kaufen Sie über einen dieser Links, erhalten wir vom Händler eine kleine Provision.",
    ],
)
def test_disclosures(apply_rule, line):
    doc = apply_rule("disclosure", f"{PROSE}\n{line}")
    assert removed(doc, "disclosure") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Anzeige gegen den Fahrer wurde noch am selben Abend erstattet, teilte die Polizei mit.",
        "The company said advertisers had cut spending by a tenth in the first quarter.",
        "“We never take a commission from the brands we review,” the editor said.",
        "When you buy a ticket through the links on the council's website, the fare is lower.",
        "The agents earn a commission on every flat they let, a practice the city now wants to ban.",
    ],
)
def test_disclosure_look_alikes_stay(apply_rule, line):
    doc = apply_rule("disclosure", f"{PROSE}\n{line}")
    assert doc.removals == []


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Zum Newsletter anmelden", "newsletter_appeal"),
        ("Lust auf mehr? Melde dich hier für unseren Newsletter an.", "newsletter_appeal"),
        ("Suscríbete a nuestro boletín y recibe las noticias del día.", "newsletter_appeal"),
        ("Unterstütze unser Magazin bereits mit 2,50 Euro im Monat!", "donation_appeal"),
        ("Zapraszamy też do subskrypcji tygodnika.", "newsletter_appeal"),
        ("To view the full story, please subscribe to the Daily Ledger.", "newsletter_appeal"),
        ("Suscribite a nuestro boletín semanal", "newsletter_appeal"),
    ],
)
def test_appeals_in_other_languages(apply_rule, line, rule):
    doc = apply_rule(rule, f"{PROSE}\n{line}")
    assert removed(doc, rule) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Vor allem freuen wir uns, wenn Dir unsere Podcasts gefallen und Du uns Feedback gibst.",
        "Die Zeitung hat im vergangenen Jahr rund zehntausend neue Abonnenten gewonnen, sagte der Verlag.",
        "Der Verein verschickt seinen Newsletter seit 2019 an alle Mitglieder.",
        "Werden Sie ein Teil der Produkttester-Community und unterstützen Sie uns dabei, unsere Marken "
        "zu verbessern.",
    ],
)
def test_foreign_look_alikes_stay(apply_rule, line):
    for rule in ("newsletter_appeal", "donation_appeal"):
        doc = apply_rule(rule, f"{PROSE}\n{line}")
        assert doc.removals == []


@pytest.mark.parametrize(
    ("name", "below"),
    [
        (
            "The Harbour Weekly Newsletter",
            "Sign up to get our best stories every Friday, straight to your inbox.",
        ),
        ("Stadtblatt-Newsletter", "Jetzt anmelden"),
        ("Morning Briefing newsletter", "Subscribe now"),
    ],
)
def test_a_newsletter_s_name_goes_with_its_appeal(apply_rule, name, below):
    doc = apply_rule("newsletter_appeal", f"{PROSE}\n{name}\n{below}\n{PROSE}")
    assert removed(doc, "newsletter_appeal") == [name, below]


def test_a_newsletter_named_above_prose_stays(apply_rule):
    name = "The Harbour Weekly Newsletter"
    story = "The newsletter, founded in 1998, now reaches twelve thousand readers along the coast."
    doc = apply_rule("newsletter_appeal", f"{PROSE}\n{name}\n{story}")
    assert removed(doc, "newsletter_appeal") == []


def test_a_newsletter_button_label_is_an_appeal(apply_rule):
    doc = apply_rule("newsletter_appeal", f"{PROSE}\nNewsletter abonnieren")
    assert removed(doc, "newsletter_appeal") == ["Newsletter abonnieren"]

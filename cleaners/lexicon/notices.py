"""What a page says about itself, apart from its article: licence and copyright footers,
advertising and affiliate disclosures, consent and privacy notices (entries: see
cleaners.lexicon.patterns; the rules match them with re.IGNORECASE)."""

from __future__ import annotations

from cleaners.lexicon.patterns import term

# The Creative Commons licences as a footer names them: "CC BY-NC 4.0", "CC0".
CC_NEEDLES = ("ccby", "cc by", "cc-by", "cc0", "cc 0", "cc-0")
# A footer speaks of the page itself ("this article", "republish", "all rights reserved");
# a news sentence that mentions Creative Commons does not.
LICENCE_FOOTER = (
    term(r"\b(?:this|our) (?:article|story|work|post|content|piece|page|site|report|journalism|"
         r"stories|articles)\b.{0,80}\b(?:licen[cs]ed?|creative commons|CC[ -]?(?:BY|0))\b",
         ("licen", "creative commons", *CC_NEEDLES)),
    term(r"\brepublish(?:ed)? (?:this|our|it|for free|from)\b", "republish"),
    term(r"\ball rights reserved\b", "all rights reserved"),
    term(r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}|[A-Z])", ("©", "(c)", "copyright")),
    term(r"\bCC[ -]?(?:BY(?:[ -](?:NC|ND|SA))*|0)(?:[ -]\d\.\d)\b", CC_NEEDLES),
    term(r"\byou (?:are|may) (?:free to )?(?:share|copy|republish|reuse)\b", ("you are ", "you may ")),
    # the reservation spelt out: "the copyrighted property of", "written permission"
    term(r"\bcopyrighted (?:property|material|content|work)\b", "copyrighted"),
    term(r"\b(?:written|prior) permission\b", "permission", ("written", "prior")),
    term(r"\bmay not be (?:reproduced|republished|reprinted|copied|redistributed)\b", "may not be"),
)  # fmt: skip
# The parts of a licence's name as its words spell them ("Attribution-NonCommercial").
LICENCE_WORDS = {
    "attribution": "BY", "noncommercial": "NC", "non-commercial": "NC", "noderivatives": "ND",
    "noderivs": "ND", "no derivatives": "ND", "sharealike": "SA", "share-alike": "SA", "share alike": "SA",
}  # fmt: skip

# Advertising and affiliate disclosures: the page speaking about its own links and ads.
# "We earn a fee" holds no word as rare as "commission": the verb before it, or "small".
FEE_NEEDLES = (
    "receive a fee", "earn a fee", "get a fee", "make a fee", "small fee",
    "receive fee", "earn fee", "get fee", "make fee",
)  # fmt: skip
DISCLOSURE_EN = (
    term(r"\baffiliate[- ]?(?:links?|partner|programs?|programme|provision)\b", "affiliate"),
    term(r"\b(?:we|i) (?:may |might |will |can |could )?(?:receive|earn|get|make) (?:a )?(?:small )?"
         r"(?:(?:an )?affiliate commission|commission|compensation|fee)s?\b",
         ("commission", "compensation", *FEE_NEEDLES)),
    term(r"\b(?:erhalten|bekommen) wir (?:\w+ ){0,3}(?:eine )?(?:kleine )?(?:provision|vergütung)\b",
         ("erhalten wir", "bekommen wir")),
    term(r"\badvertisers? (?:do|does) not influence\b", "advertis"),
    term(r"\b(?:post|article|page|story) (?:may )?contains? "
         r"(?:references to products|affiliate|sponsored|paid)", "contain"),
)  # fmt: skip
DISCLOSURE_DE = (
    term(r"\blinks? zu (?:\w+ ){0,3}(?:anbietern|shops|händlern)\b.{0,80}\bprovision\b", "provision"),
    term(r"\b(?:dieser|der) (?:beitrag|artikel|text|post) (?:enthält|beinhaltet) (?:werbung|affiliate|"
         r"anzeigen|produktplatzierung)", ("enthält", "beinhaltet")),
    term(r"\b(?:ist|entstand|entstanden) in (?:freundlicher |bezahlter )?"
         r"(?:kooperation|zusammenarbeit) mit\b", ("kooperation", "zusammenarbeit")),
)  # fmt: skip
DISCLOSURE_ANY = (
    term(r"\b(?:paid partnership|sponsored by|in partnership with)\b", ("partnership", "sponsored")),
    # A label alone at the line's start, in en, de, es, fr, pl: "Anzeige |", "Sponsored:".
    term(r"^\W{0,3}(?:werbung|anzeige|advertorial|sponsored(?: content| post)?|publicidad|publicité|"
         r"publireportage|reklama)\s*(?:[.:|,–—-]|$)",
         ("werbung", "anzeige", "advertorial", "sponsored", "publicidad", "publicité", "publireportage",
          "reklama")),
)  # fmt: skip
DISCLOSURES = DISCLOSURE_EN + DISCLOSURE_DE + DISCLOSURE_ANY

# Consent banners and privacy notices, in the languages of the stoplists we see most.
CONSENT_WORDS = (
    "cookie", "consent", "einwilligung", "zustimmung", "datenschutz", "privacy", "gdpr", "dsgvo", "rgpd",
    "traceurs", "consentement", "consentimiento", "privacidad", "riservatezza", "privacybeleid",
    "terms of use", "terms of service", "nutzungsbedingungen",
)  # fmt: skip

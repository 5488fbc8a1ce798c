"""Appeals to the reader: donations, memberships, newsletters, social follows; licence footers.

An appeal is told by its shape, not its outlet: a call to action (imperative, or the outlet's
"we/our" addressing "you") about giving money, subscribing or following. Reported speech is
never an appeal: "“We rely on donations,” the director said" is news.
"""

from __future__ import annotations

import re

from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.lexicon import appeals, media, notices
from cleaners.lexicon.patterns import alternation, needles
from cleaners.lookup import fold, kept_with
from cleaners.regex import Regex, lazy_compile
from cleaners.shapes import ends_sentence, is_reported_speech, word_count

DONATION = lazy_compile(rf"\b(?:{alternation(appeals.DONATION_EN)})\b", re.IGNORECASE)
# The same asked in other languages (de, es, pt, fr, it, pl).
FOREIGN_DONATION = lazy_compile(rf"\b(?:{alternation(appeals.FOREIGN_DONATION)})\b", re.IGNORECASE)
NEWSLETTER = lazy_compile(rf"\b(?:{alternation(appeals.NEWSLETTER_EN)})\b", re.IGNORECASE)
FOREIGN_NEWSLETTER = lazy_compile(rf"\b(?:{alternation(appeals.FOREIGN_NEWSLETTER)})\b", re.IGNORECASE)
# Cues that make an appeal on their own, with no call to action around them.
STRONG_CUES = lazy_compile(rf"\b(?:{alternation(appeals.STRONG_CUES)})\b", re.IGNORECASE)
# The reader addressed, or told what to do at the start of a sentence.
READER = lazy_compile(r"\b(?:you|your|you're|yours|readers like you)\b", re.IGNORECASE)
OUTLET_VOICE = lazy_compile(r"\b(?:we|our|us|we're|we've)\b", re.IGNORECASE)
# A condition the call to action may follow: "If you value that work, make a donation today."
CONDITION = rf"(?:{alternation(appeals.CONDITIONS)})\b[^.!?,]{{1,80}},\s*"
IMPERATIVE = lazy_compile(
    rf"(?:^|[.!?]\s+|[—–-]\s*)(?:{CONDITION})?(?:please\s+|so\s+|why not\s+)?"
    rf"(?:{alternation(appeals.CALLS_TO_ACTION)})\b"
    rf"|\bplease (?:{alternation(appeals.PLEASE_ACTIONS)})\b",
    re.IGNORECASE,
)
FOREIGN_ACTION = lazy_compile(rf"\b(?:{alternation(appeals.FOREIGN_ACTION)})\b", re.IGNORECASE)
MAX_FOREIGN_APPEAL_WORDS = 50  # without a grammar of the language, only short lines are judged
# A foreign line longer than MAX_WHOLE_APPEAL_WORDS is an appeal only when it speaks to the reader
# or as the outlet, or opens with its call: "..., dass er die Klage unterstütze" is news.
FOREIGN_ADDRESS = lazy_compile(rf"\b(?:{alternation(appeals.FOREIGN_ADDRESS)})\b", re.IGNORECASE)
# (plain words in capitals, matched case-sensitively: not a lexicon alternation)
POLITE_ADDRESS = lazy_compile(rf"\b(?:{'|'.join(appeals.POLITE_ADDRESS_DE)})\b")
FOREIGN_OPENING_ACTION = lazy_compile(rf"^\W*(?:{alternation(appeals.FOREIGN_ACTION)})\b", re.IGNORECASE)
PLATFORM = rf"(?:{alternation(media.PLATFORMS + media.FOLLOWED_ONLY)})"
SOCIAL_FOLLOW = lazy_compile(
    rf"(?:^|[.!?:]\s+|[—–-]\s*)(?:please\s+|and\s+)?(?:{alternation(appeals.FOLLOW_VERBS)})\b"
    rf"[^.!?]{{0,60}}?\b{PLATFORM}\b|\b(?:{alternation(appeals.FOLLOW_US_VERBS)})\s+(?:us|our)\b[^.!?]{{0,40}}"
    rf"\b{PLATFORM}\b|(?:^|[.!?]\s+)follow\s+@\w+",
    re.IGNORECASE,
)
# The same in other languages: "follow us" and a platform in its sentence (declined in Polish:
# "na Facebooku"), or alone on its line but for the preposition its platform icons stood after
# ("Folgen Sie uns auf").
FOREIGN_SOCIAL_FOLLOW = lazy_compile(
    rf"(?:^|[.!?:]\s+)[¡¿]?(?:{alternation(appeals.FOREIGN_FOLLOW_US)})\b"
    rf"(?:[^.!?]{{0,60}}?\b{PLATFORM}(?:u|ie|em)?\b|\s*(?:{alternation(appeals.FOLLOW_PREPOSITIONS)})?\s*[:.!]*\s*$)",
    re.IGNORECASE,
)
# The outlet's own channel on a platform: "¡Mira lo que tiene nuestro canal de YouTube!".
CHANNEL = alternation(appeals.CHANNEL_WORDS)
OWN_CHANNEL = lazy_compile(
    rf"\b(?:{alternation(appeals.CHANNEL_OWNERS)})\b[^.!?]{{0,30}}?"
    rf"(?:\b(?:{CHANNEL})\s+(?:(?:de|on|en|no|na|em|su|sur|auf|bei|w)\s+)?{PLATFORM}\b"
    rf"|\b{PLATFORM}[- ]?(?:{CHANNEL})\b)",
    re.IGNORECASE,
)
MAX_CHANNEL_LINE_WORDS = 25  # a longer line about a channel is an article about it
CREATIVE_COMMONS = lazy_compile(
    r"\bCC[ -]?(?P<code>BY(?:[ -](?:NC|ND|SA)){0,2}|0|zero)(?:[ -](?P<version>\d\.\d))?\b"
    r"|creative commons (?P<words>(?:attribution|noncommercial|non-commercial|noderivatives|"
    r"noderivs|no derivatives|sharealike|share-alike|share alike|[ -])+)\s*(?P<wversion>\d\.\d)?",
    re.IGNORECASE,
)
LICENCE_FOOTER = lazy_compile(alternation(notices.LICENCE_FOOTER), re.IGNORECASE)
DISCLOSURE = lazy_compile(alternation(notices.DISCLOSURES), re.IGNORECASE)
# Needles (see Document.kept_with): every match of a pattern holds one of its needles, folded,
# so a line without any cannot match it and the rule need not look at it.
DISCLOSURE_HINTS = needles(notices.DISCLOSURES)
DONATION_NEEDLES = needles(appeals.DONATION_EN + appeals.FOREIGN_DONATION)
NEWSLETTER_NEEDLES = needles(appeals.NEWSLETTER_EN + appeals.FOREIGN_NEWSLETTER)
# SOCIAL_FOLLOW: a verb, then a platform or "@".
FOLLOW_VERBS = needles(appeals.FOLLOW_VERBS)
PLATFORM_WORDS = (*needles(media.PLATFORMS + media.FOLLOWED_ONLY), "@")
FOREIGN_FOLLOW_NEEDLES = needles(appeals.FOREIGN_FOLLOW_US)
CHANNEL_NEEDLES = needles(appeals.CHANNEL_WORDS)
LICENCE_NEEDLES = needles(notices.LICENCE_FOOTER)
# A donation form's fields: how often (the whole line), how much, or an amount ("10€", "$ 25").
FORM_QUESTION = lazy_compile(
    rf"^\W*(?:{alternation(appeals.DONATION_FREQUENCIES)})\W*$|\b(?:{alternation(appeals.DONATION_AMOUNT_WORDS)})\b",
    re.IGNORECASE,
)
MONEY_AMOUNT = lazy_compile(
    r"^\s*(?:[€$£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|\$|£|eur|euro|usd|chf|zł))\s*$", re.I
)
FORM_FIELD_WORDS = 5
MIN_FORM_FIELDS = 3
FORM_REACH = 3  # a form stands right by its appeal: at most its label between them
MAX_DISCLOSURE_WORDS = 60
MAX_NAME_WORDS = 4  # a newsletter's name and its button: "PC Gamer Newsletter", "Jetzt anmelden"
MAX_APPEAL_WORDS = 400  # longer paragraphs are articles that mention giving, not appeals
# A line this short is judged whole ("Support us. Donate"); a longer one is an appeal only
# when one of its sentences is one by itself: a paragraph that mentions giving in a clause is news.
MAX_WHOLE_APPEAL_WORDS = 15
MAX_FOOTER_WORDS = 80
SHORT_NOTICE_WORDS = 25  # a line this short holding a notice is the notice
# A longer line is the notice only when the sentences holding it are most of its words: an
# article's paragraph (or a whole article on one line) that ends "All rights reserved" is not.
MIN_NOTICE_SHARE = 0.5
SENTENCE = lazy_compile(r"[^.!?]*(?:[.!?]+|$)")
# Where an appeal's sentences part: a stop then a space, so that "$2.50" and "t.me/news" hold.
SENTENCE_BREAK = lazy_compile(r"(?<=[.!?])\s+")


def is_call_to_action(text: str) -> bool:
    return bool(IMPERATIVE.search(text)) or bool(READER.search(text) and OUTLET_VOICE.search(text))


def is_appeal(text: str, cues: Regex, foreign_cues: Regex | None = None) -> bool:
    # Every line of a document comes here: the cheap and rarely passed test goes first (a
    # sentence can hold a cue only if its line does).
    if cues.search(text) is None and (foreign_cues is None or foreign_cues.search(text) is None):
        return False
    count = word_count(text, MAX_APPEAL_WORDS + 1)
    if count <= MAX_WHOLE_APPEAL_WORDS:
        found = is_english_appeal(text, cues) or is_foreign_appeal(text, foreign_cues)
    else:
        found = count <= MAX_APPEAL_WORDS and (
            any(is_english_appeal(sentence, cues) for sentence in sentences(text))
            or (count <= MAX_FOREIGN_APPEAL_WORDS and is_addressed_foreign_appeal(text, foreign_cues))
        )
    return found and not is_reported_speech(text)


def is_english_appeal(text: str, cues: Regex) -> bool:
    """A cue and a call to action (or a cue strong enough alone) in `text`, a short line or
    one sentence: in a paragraph, a cue in one sentence and "you" in another is news."""
    return cues.search(text) is not None and (STRONG_CUES.search(text) is not None or is_call_to_action(text))


def is_foreign_appeal(text: str, foreign_cues: Regex | None) -> bool:
    return (
        foreign_cues is not None
        and foreign_cues.search(text) is not None
        and FOREIGN_ACTION.search(text) is not None
    )


def is_addressed_foreign_appeal(text: str, foreign_cues: Regex | None) -> bool:
    return is_foreign_appeal(text, foreign_cues) and bool(
        FOREIGN_OPENING_ACTION.match(text) or FOREIGN_ADDRESS.search(text) or POLITE_ADDRESS.search(text)
    )


def sentences(text: str) -> list[str]:
    return SENTENCE_BREAK.split(text.strip())


def strip_donation_appeals(doc: Document, log: RuleLog) -> None:
    kept = doc.kept()
    appeals = [
        line for line in kept_with(doc, DONATION_NEEDLES) if is_appeal(line.text, DONATION, FOREIGN_DONATION)
    ]
    for line in appeals:
        log.drop(line, "donation or membership appeal")
    if appeals:
        log.drop_all((line, "donation form by the appeal") for line in donation_forms(kept, appeals))


def donation_forms(kept: list[Line], appeals: list[Line]) -> list[Line]:
    """The donation forms within FORM_REACH lines of an appeal among `kept`: runs of at
    least MIN_FORM_FIELDS short fields (how often, how much, the amounts) holding one that
    asks how often or how much (amounts alone are a price list), and the short lines between
    the appeal and the form (its label, "I support ...")."""
    appeal_at = {id(line) for line in appeals}
    field = [id(line) not in appeal_at and is_form_field(line.text) for line in kept]
    near = [i for i, line in enumerate(kept) if id(line) in appeal_at]
    found: list[Line] = []
    start = 0
    while start < len(kept):
        if not field[start]:
            start += 1
            continue
        end = start
        while end + 1 < len(kept) and field[end + 1]:
            end += 1
        run = kept[start : end + 1]
        if len(run) >= MIN_FORM_FIELDS and any(FORM_QUESTION.search(line.text) for line in run):
            found.extend(form_with_label(kept, start, end, near))
        start = end + 1
    return found


def form_with_label(kept: list[Line], start: int, end: int, near: list[int]) -> list[Line]:
    """The form kept[start:end + 1] and the short lines between it and an appeal within
    FORM_REACH lines of it; none when no appeal is that near."""
    for at in near:
        if start - FORM_REACH <= at < start:
            between = kept[at + 1 : start]
        elif end < at <= end + FORM_REACH:
            between = kept[end + 1 : at]
        else:
            continue
        if all(word_count(line.text, FORM_FIELD_WORDS + 2) <= FORM_FIELD_WORDS + 1 for line in between):
            return between + kept[start : end + 1] if at < start else kept[start : end + 1] + between
    return []


def is_form_field(text: str) -> bool:
    return word_count(text, FORM_FIELD_WORDS + 1) <= FORM_FIELD_WORDS and bool(
        FORM_QUESTION.search(text) or MONEY_AMOUNT.match(text)
    )


def strip_newsletter_appeals(doc: Document, log: RuleLog) -> None:
    kept = doc.kept()
    candidates = kept_with(doc, NEWSLETTER_NEEDLES)
    appeals = {id(line) for line in candidates if is_appeal(line.text, NEWSLETTER, FOREIGN_NEWSLETTER)}
    names = newsletter_names(kept, [line for line in candidates if id(line) not in appeals], appeals)
    for line in kept:
        if id(line) in appeals:
            log.drop(line, "subscription or newsletter appeal")
        elif id(line) in names:
            log.drop(line, "the newsletter an appeal offers, and its button")


def newsletter_names(kept: list[Line], candidates: list[Line], appeals: set[int]) -> set[int]:
    """The ids of the short lines naming a newsletter ("Cicero Newsletter") right above an
    appeal, or above a short call to action ("Jetzt anmelden"), with that call: a heading and
    its sign-up, not a sentence about a newsletter."""
    at = {id(line): index for index, line in enumerate(kept)}
    found: set[int] = set()
    for line in candidates:
        index = at[id(line)]
        if index + 1 >= len(kept) or not is_newsletter_name(line.text):
            continue
        below = kept[index + 1]
        if id(below) in appeals:
            found.add(id(line))
        elif is_short_call(below.text):
            found |= {id(line), id(below)}
    return found


def is_newsletter_name(text: str) -> bool:
    return (
        word_count(text, MAX_NAME_WORDS + 1) <= MAX_NAME_WORDS
        and not ends_sentence(text)
        and bool(NEWSLETTER.search(text) or FOREIGN_NEWSLETTER.search(text))
    )


def is_short_call(text: str) -> bool:
    return word_count(text, MAX_NAME_WORDS + 1) <= MAX_NAME_WORDS and bool(
        IMPERATIVE.search(text) or FOREIGN_ACTION.search(text)
    )


def strip_social_follows(doc: Document, log: RuleLog) -> None:
    for line in kept_with(doc, FOLLOW_VERBS):
        folded = fold(line.text)
        if not any(word in folded for word in PLATFORM_WORDS):
            continue
        if SOCIAL_FOLLOW.search(line.text) and not is_reported_speech(line.text):
            log.drop(line, "social media call to action")
    for line in kept_with(doc, FOREIGN_FOLLOW_NEEDLES):
        if FOREIGN_SOCIAL_FOLLOW.search(line.text) and not is_reported_speech(line.text):
            log.drop(line, "social media call to action")
    for line in kept_with(doc, CHANNEL_NEEDLES):
        if is_own_channel_call(line.text):
            log.drop(line, "the outlet's own channel on a platform")


def is_own_channel_call(text: str) -> bool:
    return (
        word_count(text, MAX_CHANNEL_LINE_WORDS + 1) <= MAX_CHANNEL_LINE_WORDS
        and OWN_CHANNEL.search(text) is not None
        and not is_reported_speech(text)
    )


def strip_disclosures(doc: Document, log: RuleLog) -> None:
    # fold() holds every hint that lower() does (it differs only in folding more)
    for line in kept_with(doc, DISCLOSURE_HINTS):
        text = line.text
        low = text.lower()
        if not any(hint in low for hint in DISCLOSURE_HINTS):
            continue
        if (
            word_count(text, MAX_DISCLOSURE_WORDS + 1) <= MAX_DISCLOSURE_WORDS
            and DISCLOSURE.search(text)
            and is_mostly_notice(text, DISCLOSURE)
            and not is_reported_speech(text)
        ):
            log.drop(line, "advertising or affiliate disclosure")


def strip_licence_footers(doc: Document, log: RuleLog) -> None:
    for line in kept_with(doc, LICENCE_NEEDLES):
        if is_licence_footer(line.text):
            doc.metadata.license = doc.metadata.license or licence_name(line.text)
            log.drop(line, "licence or copyright footer")


def is_licence_footer(text: str) -> bool:
    return (
        word_count(text, MAX_FOOTER_WORDS + 1) <= MAX_FOOTER_WORDS
        and LICENCE_FOOTER.search(text) is not None
        and is_mostly_notice(text, LICENCE_FOOTER)
        and not is_reported_speech(text)
    )


def is_mostly_notice(text: str, notice: Regex) -> bool:
    """Is a line that holds a notice mostly that notice? A short one is; a longer one when
    the sentences its matches of `notice` stand in hold MIN_NOTICE_SHARE of its words."""
    total = word_count(text, SHORT_NOTICE_WORDS + 1)
    if total <= SHORT_NOTICE_WORDS:
        return True
    spans = [match.span() for match in notice.finditer(text)]
    inside = 0
    for sentence in SENTENCE.finditer(text):
        start, end = sentence.span()
        if any(s < end and start < e for s, e in spans):
            inside += len(sentence.group().split())
    return inside >= MIN_NOTICE_SHARE * len(text.split())


def licence_name(text: str) -> str | None:
    """ "CC BY-NC-ND 4.0" from a footer that names a Creative Commons licence."""
    match = CREATIVE_COMMONS.search(text)
    if not match:
        if re.search("creative commons", text, re.I):
            return "Creative Commons"  # named without saying which one
        return "All rights reserved" if re.search("all rights reserved", text, re.I) else None
    if match.group("code"):
        code = re.sub(r"[ -]+", "-", match.group("code").upper())
        code = "0" if code in ("0", "ZERO") else code
        version = match.group("version")
    else:
        found = re.findall("|".join(notices.LICENCE_WORDS), match.group("words").lower())
        code = "-".join(notices.LICENCE_WORDS[w] for w in found) or "BY"
        version = match.group("wversion")
    name = "CC0" if code == "0" else f"CC {code}"
    return name + (f" {version}" if version else "")

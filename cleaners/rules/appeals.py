"""Appeals to the reader: donations, memberships, newsletters, social follows; licence footers.

An appeal is told by its shape, not its outlet: a call to action (imperative, or the outlet's
"we/our" addressing "you") about giving money, subscribing or following. Reported speech is
never an appeal: "“We rely on donations,” the director said" is news.
"""

from __future__ import annotations

import re

from cleaners.document import Document
from cleaners.shapes import is_reported_speech, words

DONATION = re.compile(
    r"\b(?:donat(?:e|es|ed|ing|ion|ions)|tax[- ]deductible|chip in|pledge|patreon|ko-fi|"
    r"buy (?:us|me) a coffee|become (?:a |an )?(?:sustaining |paying |founding )?(?:member|patron|"
    r"supporter|friend|backer)|membership|members-only|reader[- ](?:funded|supported|revenue)|"
    r"funded by (?:our )?readers|make a (?:one-time |monthly |recurring )?(?:gift|contribution)|"
    r"(?:monthly|one-time|one-off|recurring|regular|year-end) (?:gift|donation|contribution|payment)|"
    r"from as little as|contribut(?:e|ion)s? "
    r"(?:today|now|of any size)|support(?:ing)? (?:us|our (?:work|journalism|reporting|mission|newsroom)|"
    r"independent (?:journalism|media|news)|(?:this|quality|nonprofit|local) journalism)|"
    r"keep (?:our|this) (?:journalism|reporting|site|work) (?:free|independent|going|alive)|"
    r"nonprofit newsroom|every (?:dollar|gift|contribution)|matching gift|give (?:today|now|monthly)|"
    r"fund (?:our|independent|this) (?:journalism|reporting|work))\b",
    re.IGNORECASE,
)
NEWSLETTER = re.compile(
    r"\b(?:newsletters?|sign up|signup|inbox|subscribe|subscribers?|subscription|unlimited access|"
    r"free trial|already a (?:subscriber|member)|log in to (?:continue|read)|daily (?:briefing|digest)|"
    r"weekly (?:briefing|digest|roundup)|delivered (?:to you|to your|straight|every|daily|weekly)|"
    r"register (?:now|for free|to (?:continue|read))|premium (?:content|article|access)|"
    r"(?:continue|keep) reading with|free (?:articles?|stories))\b",
    re.IGNORECASE,
)
# Cues that make an appeal on their own, with no call to action around them.
STRONG_CUES = re.compile(
    r"\btax[- ]deductible\b|\bmatched dollar for dollar\b|\bdonate (?:now|today)\b|"
    r"\balready a (?:subscriber|member)\b|\blog in to (?:continue|keep) reading\b|"
    r"\bfree (?:articles?|stories) (?:left|remaining|this month)\b|\bof your \d+ free\b|"
    r"\bsubscribers?[- ]only\b|\bsubscribe (?:now|today)\b|\bunlimited (?:digital )?access\b",
    re.IGNORECASE,
)
# The reader addressed, or told what to do at the start of a sentence.
READER = re.compile(r"\b(?:you|your|you're|yours|readers like you)\b", re.IGNORECASE)
OUTLET_VOICE = re.compile(r"\b(?:we|our|us|we're|we've)\b", re.IGNORECASE)
IMPERATIVE = re.compile(
    r"(?:^|[.!?]\s+|[—–-]\s*)(?:please\s+|so\s+|why not\s+)?(?:donate|give|support|subscribe|sign up|"
    r"join|become|help|chip in|make|consider|click|get|start|try|register|enter|don't miss|"
    r"never miss|stay (?:informed|up to date|in the loop)|want|like|enjoy(?:ed)?|love|read|"
    r"keep|unlock|upgrade|show)\b",
    re.IGNORECASE,
)
PLATFORM = (
    r"(?:facebook|twitter|x|instagram|bluesky|threads|mastodon|telegram|whatsapp|tiktok|youtube|"
    r"linkedin|snapchat|pinterest|reddit|discord|substack|flipboard|google news|apple news)"
)
SOCIAL_FOLLOW = re.compile(
    r"(?:^|[.!?:]\s+|[—–-]\s*)(?:please\s+|and\s+)?(?:follow|like|join|find|connect with|subscribe to|"
    rf"add)\b[^.!?]{{0,60}}?\b{PLATFORM}\b"
    rf"|\b(?:follow|find|join)\s+(?:us|our)\b[^.!?]{{0,40}}\b{PLATFORM}\b"
    r"|(?:^|[.!?]\s+)follow\s+@\w+",
    re.IGNORECASE,
)
CREATIVE_COMMONS = re.compile(
    r"\bCC[ -]?(?P<code>BY(?:[ -](?:NC|ND|SA)){0,2}|0|zero)(?:[ -](?P<version>\d\.\d))?\b"
    r"|creative commons (?P<words>(?:attribution|noncommercial|non-commercial|noderivatives|"
    r"noderivs|no derivatives|sharealike|share-alike|share alike|[ -])+)\s*(?P<wversion>\d\.\d)?",
    re.IGNORECASE,
)
# A footer speaks of the page itself ("this article", "republish", "all rights reserved");
# a news sentence that mentions Creative Commons does not.
LICENCE_FOOTER = re.compile(
    r"\b(?:this|our) (?:article|story|work|post|content|piece|page|site|report|journalism|"
    r"stories|articles)\b.{0,80}\b(?:licen[cs]ed?|creative commons|CC[ -]?(?:BY|0))\b|"
    r"\brepublish(?:ed)? (?:this|our|it|for free|from)\b|\ball rights reserved\b|"
    r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}|[A-Z])|\bCC[ -]?(?:BY(?:[ -](?:NC|ND|SA))*|0)(?:[ -]\d\.\d)\b|"
    r"\byou (?:are|may) (?:free to )?(?:share|copy|republish|reuse)\b",
    re.IGNORECASE,
)
LICENCE_WORDS = {
    "attribution": "BY",
    "noncommercial": "NC",
    "non-commercial": "NC",
    "noderivatives": "ND",
    "noderivs": "ND",
    "no derivatives": "ND",
    "sharealike": "SA",
    "share-alike": "SA",
    "share alike": "SA",
}
MAX_APPEAL_WORDS = 400  # longer paragraphs are articles that mention giving, not appeals
MAX_FOOTER_WORDS = 80


def is_call_to_action(text: str) -> bool:
    return bool(IMPERATIVE.search(text)) or bool(READER.search(text) and OUTLET_VOICE.search(text))


def is_appeal(text: str, cues: re.Pattern) -> bool:
    if not cues.search(text) or is_reported_speech(text) or len(words(text)) > MAX_APPEAL_WORDS:
        return False
    return bool(STRONG_CUES.search(text)) or is_call_to_action(text)


def strip_donation_appeals(doc: Document) -> None:
    for line in doc.kept():
        if is_appeal(line.text, DONATION):
            doc.drop(line, "donation_appeal", "donation or membership appeal")


def strip_newsletter_appeals(doc: Document) -> None:
    for line in doc.kept():
        if is_appeal(line.text, NEWSLETTER):
            doc.drop(line, "newsletter_appeal", "subscription or newsletter appeal")


def strip_social_follows(doc: Document) -> None:
    for line in doc.kept():
        if SOCIAL_FOLLOW.search(line.text) and not is_reported_speech(line.text):
            doc.drop(line, "social_follow", "social media call to action")


def strip_licence_footers(doc: Document) -> None:
    for line in doc.kept():
        if is_licence_footer(line.text):
            doc.metadata.license = doc.metadata.license or licence_name(line.text)
            doc.drop(line, "license_footer", "licence or copyright footer")


def is_licence_footer(text: str) -> bool:
    return (
        bool(LICENCE_FOOTER.search(text))
        and len(words(text)) <= MAX_FOOTER_WORDS
        and not is_reported_speech(text)
    )


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
        found = re.findall("|".join(LICENCE_WORDS), match.group("words").lower())
        code = "-".join(LICENCE_WORDS[w] for w in found) or "BY"
        version = match.group("wversion")
    name = "CC0" if code == "0" else f"CC {code}"
    return name + (f" {version}" if version else "")

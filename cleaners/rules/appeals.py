"""Appeals to the reader: donations, memberships, newsletters, social follows; licence footers.

An appeal is told by its shape, not its outlet: a call to action (imperative, or the outlet's
"we/our" addressing "you") about giving money, subscribing or following. Reported speech is
never an appeal: "“We rely on donations,” the director said" is news.
"""

from __future__ import annotations

import re

from cleaners.document import Document
from cleaners.engine import RuleLog
from cleaners.lookup import fold, kept_with
from cleaners.shapes import is_reported_speech, word_count

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
# The same asked in other languages (de, es, pt, fr, it, pl).
FOREIGN_DONATION = re.compile(
    r"\b(?:spenden?|spendet|unterstütze|fördermitglied|hazte (?:miembro|socio)|don[ae]|donación|"
    r"donaciones|apoya (?:nuestro|el periodismo)|faites un don|soutenez|apoie|doe agora|sostienici|"
    r"wesprzyj|wpłać)\b",
    re.IGNORECASE,
)
NEWSLETTER = re.compile(
    r"\b(?:newsletters?|sign up|signup|inbox|subscribe|subscribers?|subscription|unlimited access|"
    r"free trial|already a (?:subscriber|member)|log in to (?:continue|read)|daily (?:briefing|digest)|"
    r"weekly (?:briefing|digest|roundup)|delivered (?:to you|to your|straight|every|daily|weekly)|"
    r"register (?:now|for free|to (?:continue|read))|premium (?:content|article|access)|"
    r"(?:continue|keep) reading with|free (?:articles?|stories)|download (?:the|our) [\w ]{0,30}apps?)\b",
    re.IGNORECASE,
)
FOREIGN_NEWSLETTER = re.compile(
    r"\b(?:\w*newsletter\w*|abonnier\w*|abonnement|abo|e-paper|suscr[ií]b\w*|suscripción|"
    r"abonnez-vous|pour (?:lire la suite|accéder en illimité)|inscrivez-vous|assine|inscreva-se|"
    r"iscriviti|abbonati|subskrypcj\w*|prenumerat\w*)\b",
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
    r"keep|unlock|upgrade|show|download)\b|\bplease (?:subscribe|donate|support|sign up|register)\b",
    re.IGNORECASE,
)
# Calls to action in other languages: "Melden Sie sich an", "Suscríbete", "Zapraszamy".
FOREIGN_ACTION = re.compile(
    r"\b(?:jetzt|hier|melde dich|melden sie sich|abonniere|abonnieren sie|registrieren|anmelden|"
    r"unterstütze|unterstützen sie|klicke|klicken sie|schauen sie|hazte|suscríbete|suscribirse|"
    r"suscríbase|únete|apoya|abonnez-vous|inscrivez-vous|soutenez|pour (?:lire|accéder)|assine|"
    r"inscreva-se|apoie|iscriviti|abbonati|sostienici|zapraszamy|wesprzyj|subskrybuj)\b",
    re.IGNORECASE,
)
MAX_FOREIGN_APPEAL_WORDS = 50  # without a grammar of the language, only short lines are judged
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
# Advertising and affiliate disclosures: the page speaking about its own links and ads.
DISCLOSURE = re.compile(
    r"\baffiliate[- ]?(?:links?|partner|programs?|programme|provision)\b|"
    r"\b(?:we|i) (?:may |might |will )?(?:receive|earn|get|make) (?:a )?(?:small )?(?:commission|"
    r"compensation|fee)\b|\badvertisers? (?:do|does) not influence\b|"
    r"\b(?:post|article|page|story) (?:may )?contains? (?:references to products|affiliate|sponsored|paid)|"
    r"\blinks? zu (?:\w+ ){0,3}(?:anbietern|shops|händlern)\b.{0,80}\bprovision\b|"
    r"\b(?:dieser|der) (?:beitrag|artikel|text|post) (?:enthält|beinhaltet) (?:werbung|affiliate|"
    r"anzeigen|produktplatzierung)|\b(?:ist|entstand|entstanden) in (?:freundlicher |bezahlter )?"
    r"(?:kooperation|zusammenarbeit) mit\b|\b(?:paid partnership|sponsored by|in partnership with)\b|"
    r"^\W{0,3}(?:werbung|anzeige|advertorial|sponsored(?: content| post)?|publicidad|publicité|"
    r"publireportage|reklama)\s*(?:[.:|,–—-]|$)",
    re.IGNORECASE,
)
# Words every disclosure above holds one of: a cheap look before the full pattern.
DISCLOSURE_HINTS = (
    "affiliate", "commission", "compensation", "advertis", "contain", "provision", "enthält",
    "beinhaltet", "kooperation", "zusammenarbeit", "partnership", "sponsored", "werbung", "anzeige",
    "publicidad", "publicité", "publireportage", "reklama", "advertorial",
)  # fmt: skip
# Needles (see Document.kept_with): every match of a pattern holds one of its needles, folded,
# so a line without any cannot match it and the rule need not look at it.
DONATION_NEEDLES = (
    # DONATION
    "dona", "deductible", "chip in", "pledge", "patreon", "ko-fi", "coffee", "become", "member",
    "reader", "gift", "contribut", "payment", "little as", "support", "keep our", "keep this",
    "newsroom", "dollar", "give today", "give now", "give monthly", "fund our", "fund independent",
    "fund this",
    # FOREIGN_DONATION
    "spende", "unterstütze", "fördermitglied", "hazte ", "done", "apoya ", "faites un don",
    "soutenez", "apoie", "doe agora", "sostienici", "wesprzyj", "wpłać",
)  # fmt: skip
NEWSLETTER_NEEDLES = (
    # NEWSLETTER
    "newsletter", "sign up", "signup", "inbox", "subscri", "unlimited", "free trial", "already a ",
    "log in to", "briefing", "digest", "roundup", "delivered", "register ", "premium",
    "reading with", "free article", "free stories", "download the", "download our",
    # FOREIGN_NEWSLETTER (its "newsletter" is above)
    "abo", "e-paper", "suscri", "suscríb", "pour lire la suite", "pour accéder", "inscrivez",
    "assine", "inscreva", "iscriviti", "abbonati", "subskrypcj", "prenumerat",
)  # fmt: skip
# SOCIAL_FOLLOW: a verb, then a platform or "@".
FOLLOW_VERBS = ("follow", "like", "join", "find", "connect with", "subscribe to", "add")
PLATFORM_WORDS = (
    "facebook", "twitter", "x", "instagram", "bluesky", "threads", "mastodon", "telegram",
    "whatsapp", "tiktok", "youtube", "linkedin", "snapchat", "pinterest", "reddit", "discord",
    "substack", "flipboard", "google news", "apple news", "@",
)  # fmt: skip
LICENCE_NEEDLES = (
    "licen", "creative commons", "ccby", "cc by", "cc-by", "cc0", "cc 0", "cc-0", "republish",
    "all rights reserved", "©", "(c)", "copyright", "you are ", "you may ",
)  # fmt: skip
MAX_DISCLOSURE_WORDS = 60
MAX_APPEAL_WORDS = 400  # longer paragraphs are articles that mention giving, not appeals
MAX_FOOTER_WORDS = 80


def is_call_to_action(text: str) -> bool:
    return bool(IMPERATIVE.search(text)) or bool(READER.search(text) and OUTLET_VOICE.search(text))


def is_appeal(text: str, cues: re.Pattern, foreign_cues: re.Pattern | None = None) -> bool:
    # The tests have no effects: the cheap and rarely passed ones go first.
    count = word_count(text, MAX_APPEAL_WORDS + 1)
    english = (
        count <= MAX_APPEAL_WORDS
        and cues.search(text) is not None
        and (STRONG_CUES.search(text) is not None or is_call_to_action(text))
    )
    foreign = (
        not english
        and foreign_cues is not None
        and count <= MAX_FOREIGN_APPEAL_WORDS
        and foreign_cues.search(text) is not None
        and FOREIGN_ACTION.search(text) is not None
    )
    return (english or foreign) and not is_reported_speech(text)


def strip_donation_appeals(doc: Document, log: RuleLog) -> None:
    for line in kept_with(doc, DONATION_NEEDLES):
        if is_appeal(line.text, DONATION, FOREIGN_DONATION):
            log.drop(line, "donation or membership appeal")


def strip_newsletter_appeals(doc: Document, log: RuleLog) -> None:
    for line in kept_with(doc, NEWSLETTER_NEEDLES):
        if is_appeal(line.text, NEWSLETTER, FOREIGN_NEWSLETTER):
            log.drop(line, "subscription or newsletter appeal")


def strip_social_follows(doc: Document, log: RuleLog) -> None:
    for line in kept_with(doc, FOLLOW_VERBS):
        folded = fold(line.text)
        if not any(word in folded for word in PLATFORM_WORDS):
            continue
        if SOCIAL_FOLLOW.search(line.text) and not is_reported_speech(line.text):
            log.drop(line, "social media call to action")


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

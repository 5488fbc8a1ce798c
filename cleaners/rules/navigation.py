"""Navigation junk: share rows, breadcrumbs, date banners, gallery counters, widgets, link lists."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from cleaners.dates import parse_date, strip_date_parts
from cleaners.document import Document, Line
from cleaners.engine import RuleLog
from cleaners.lookup import kept_starting_with, kept_with
from cleaners.shapes import ends_sentence, head, is_headline_shaped, word_count, words

PLATFORMS = (
    "facebook|twitter|x|linkedin|pinterest|whatsapp|reddit|telegram|messenger|flipboard|"
    "tumblr|bluesky|threads|mastodon|instagram|youtube|tiktok|pocket|vk|weibo|wechat|line|sms"
)
SHARE_WORDS = re.compile(
    rf"^(?:{PLATFORMS}|share|shares|shared|sharing|tweet|email|e-mail|mail|print|copy|link|"
    r"url|this|on|to|via|article|story|page|save|gift|comments?|click|opens|in|new|window|tab|more|"
    r"\d+)$",
    re.IGNORECASE,
)
SHARE_ANCHOR = re.compile(rf"^(?:{PLATFORMS}|share|tweet|e-?mail)$", re.IGNORECASE)
SHARE_SPLIT = re.compile(r"[\s|·•,:/()]+")

MENU_SEPARATOR = re.compile(r"\s+[|·•]\s+")
MIN_MENU_ITEMS = 3
BREADCRUMB_SEPARATOR = re.compile(r"\s+(?:/|>|»|›|→|\\)\s+")
CRUMB_SEPARATORS = frozenset(("/", ">", "»", "›", "→", "\\"))  # what BREADCRUMB_SEPARATOR separates by
WIDGETS = re.compile(
    r"^(?:loading|please wait|advertisement|advertising|advert|ad|ads|sponsored|sponsored content|"
    r"paid content|promoted|skip to (?:main )?content|skip navigation|(?:story|article) continues "
    r"(?:below|after) (?:this )?(?:advertisement|ad)|continue reading(?: below)?|"
    r"scroll to continue(?: with content)?|click to expand|close|menu|search|toggle navigation|"
    r"play video|watch video|listen to (?:this )?article|listen|audio|video|"
    r"please enable javascript.*|this content is not available.*|like(?: this)?|like loading|"
    r"(?:enter )?your e-?mail(?: address)?|e-?mail address|subscribe|sign up|submit|sign in|log in|"
    r"register|print|share|comments?\s*\(\d+\)|\d+\s+comments?|\d+\s*min(?:ute)?s?\s+read|"
    r"view comments|you must be logged in to (?:post|leave) a comment.*|table of contents|"
    # the same widgets on pages in other languages
    r"(?:keine|no hay|aucun|nessun|brak) (?:kommentare|comentarios|commentaires?|commenti|"
    r"komentarzy)\b.*|(?:kommentare|comentarios|commentaires|commenti|komentarze)(?: insgesamt)?:?\s*"
    r"\d*|aufrufe:?\s*\d+\s*\|?|(?:du musst|sie müssen) eingeloggt sein.*|sie sind (?:aktuell |"
    r"derzeit )?nicht (?:eingeloggt|angemeldet)|wird geladen|gefällt mir|bild anzeigen|"
    r"inhaltsverzeichnis|sommaire|índice|anzeige|werbung|publicidad|publicité)[.…:!\s]*$",
    re.IGNORECASE,
)
GALLERY = re.compile(
    r"^(?:(?:view|see|show|browse)\s+(?:all\s+)?\d+\s+(?:photos|images|pictures)|gallery|slideshow|"
    r"\d+\s+(?:photos?|images?|pictures?|slides?|videos?)|(?:photo|image|picture|video)\s+"
    r"gallery|(?:view|open|see|launch|show)\s+(?:the\s+|all\s+)?(?:gallery|slideshow|photos|images)|"
    r"(?:image|photo|picture|slide)?\s*\d+\s*(?:of|/)\s*\d+|enlarge(?: this)? image|"
    r"(?:expand|hide|toggle|show) caption|(?:swipe|click) (?:for|to see) more(?: photos)?)[.…\s]*$",
    re.IGNORECASE,
)
# Link-list headings of pages in other languages (German, Spanish, Portuguese, French,
# Italian, Dutch, Polish): "Mehr zum Thema", "Notas relacionadas", "À lire aussi".
FOREIGN_NAV_HEADINGS = (
    r"schlagw(?:o|ö)rter|stichw(?:o|ö)rter|themen|(?:das )?(?:könnte|dürfte) "
    r"(?:sie|dich|euch) auch interessieren|(?:das|dieses) thema könnte (?:sie|dich|euch) auch "
    r"interessieren|auch interessant|ebenfalls interessant|schon gelesen\??|empfohlene (?:beiträge|"
    r"artikel)|(?:ähnliche|verwandte|passende) (?:beiträge|artikel|themen|nachrichten)|"
    r"(?:weitere|mehr|neueste|aktuelle|beliebte|kommentierte|meistgelesene) (?:\w+ )?(?:themen|"
    r"beiträge|artikel|nachrichten|meldungen|news|tipps|tourentipps|videos)\b[^.!?]{0,40}|"
    r"mehr zum thema\b[^.!?]{0,40}|zum (?:weiterlesen|thema)|weiterlesen|lesen sie (?:auch|mehr|weiter)\b"
    r"[^.!?]{0,40}|auch lesen|lesetipps?|meistgelesen|beiträge aus dem forum|"
    r"(?:contenidos?|notas|noticias|artículos|articulos|temas|entradas) relacionad[oa]s|relacionad[oa]s|"
    r"temas|etiquetas|te puede interesar|le puede interesar|también te puede interesar|"
    r"más (?:sobre|noticias|leíd[oa]s|de)\b[^.!?]{0,40}|lo más (?:leído|visto)|"
    r"(?:notícias|matérias|artigos) relacionad[oa]s|leia (?:também|mais)|veja também|mais lidas|"
    r"(?:à|a) lire (?:aussi|également)|lire aussi|sur le même (?:sujet|thème)|dans la même rubrique|"
    r"(?:articles|sujets) (?:similaires|liés|associés)|les plus lus|mots[- ]clés|"
    r"articoli correlati|leggi anche|potrebbe interessarti|"
    r"gerelateerde (?:artikelen|berichten)|lees ook|meer over\b[^.!?]{0,40}|"
    r"czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|polecane|najczęściej czytane|"
    r"powiązane(?: artykuły| tematy)?|tagi"
)
NAV_HEADING = re.compile(
    r"^(?:tags?|topics?|keywords|filed under|categories|related(?: posts?| articles?| stories| "
    r"content| coverage| news| reading| links| topics)?|read more|more (?:from|on|stories|news|"
    r"like this|in)\b[^.!?]{0,40}|you (?:may|might) (?:also )?like|recommended(?: for you| stories)?|"
    r"further reading|see also|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|"
    r"latest(?: news| stories)?|popular (?:posts|stories)|don'?t miss|also read|what to read next|"
    r"share this(?: article| story)?|comments?|leave a (?:comment|reply)|"
    # The same headings on pages in other languages (de, es, pt, fr, it, nl, pl).
    rf"{FOREIGN_NAV_HEADINGS})\s*(?::\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
# A heading over a list of links to other stories, wherever it stands: "Related stories",
# "Notas relacionadas", "Lesen Sie auch". Alone on its line, nothing after the heading.
RELATED_HEADING = re.compile(
    r"^(?:related(?: posts?| articles?| stories| content| coverage| news| reading| links)?|read more|"
    r"more (?:from|on|stories|news|like this)\b[^.!?]{0,40}|you (?:may|might) (?:also )?like|"
    r"recommended(?: for you| stories)?|further reading|see also|also read|what to read next|"
    r"(?:das )?(?:könnte|dürfte) (?:sie|dich|euch) auch interessieren|(?:das|dieses) thema könnte "
    r"(?:sie|dich|euch) auch interessieren|auch interessant|schon gelesen\??|empfohlene (?:beiträge|"
    r"artikel)|(?:ähnliche|verwandte|passende) (?:beiträge|artikel|nachrichten)|weiterlesen|"
    r"(?:weitere|mehr) (?:\w+ )?(?:themen|beiträge|artikel|nachrichten|meldungen)\b[^.!?]{0,40}|"
    r"mehr zum thema\b[^.!?]{0,40}|zum weiterlesen|lesen sie (?:auch|mehr|weiter)\b[^.!?]{0,40}|"
    r"(?:contenidos?|notas|noticias|artículos|articulos|entradas) relacionad[oa]s|"
    r"(?:también )?(?:te|le) puede interesar|(?:notícias|matérias|artigos) relacionad[oa]s|"
    r"leia (?:também|mais)|veja também|(?:à|a) lire (?:aussi|également)|lire aussi|"
    r"sur le même (?:sujet|thème)|(?:articles|sujets) (?:similaires|liés|associés)|"
    r"articoli correlati|leggi anche|gerelateerde (?:artikelen|berichten)|lees ook|"
    r"czytaj (?:też|także|również)|zobacz (?:też|także|również)|powiązane(?: artykuły| tematy)?)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# A one-line pointer to another story inside the body: "READ MORE: Headline", and the same in
# other languages ("Lea también:", "Lesen Sie auch:", "À lire aussi :", "Czytaj też:").
RELATED_LINK = re.compile(
    r"^(?:read more|related|see also|also read|read also|recommended|watch|more|listen|"
    r"le[ae] (?:también|más|además)|le[ae]|mir[ae]|vea (?:también|además)|ver (?:también|más)|"
    r"puedes ver|(?:también )?(?:te|le) puede interesar|noticia relacionada|relacionad[oa]|"
    r"leia (?:também|mais)|veja (?:também|mais)|saiba mais|(?:à |a )?lire (?:aussi|également)|"
    r"(?:à )?voir aussi|lesen sie (?:auch|hier|mehr)|auch lesen|lies auch|lesetipp|mehr zum thema|"
    r"siehe auch|weiterlesen|leggi anche|vedi anche|lees ook|zie ook|czytaj (?:też|także|również|"
    r"więcej)|zobacz (?:też|także|również)|przeczytaj (?:też|także)|dowiedz się więcej)"
    r"\s*[:|»>]\s*\S",
    re.IGNORECASE,
)
# The first words (folded) of NAV_HEADING's and RELATED_HEADING's headings, and of RELATED_LINK's
# pointers: a line starting otherwise is none of them (see kept_starting_with).
HEADING_START = re.compile(
    r"\n(?:tag|topic|keywords|filed under|categories|related|read more|more |you |recommended|"
    r"further reading|see also|most |trending|latest|popular |don|also read|what to read next|"
    r"share this|comment|leave a |schlagw|stichw|themen|das |könnte|dürfte|dieses|auch |ebenfalls|"
    r"schon gelesen|empfohlene|ähnliche|verwandte|passende|weitere|mehr|neueste|aktuelle|beliebte|"
    r"kommentierte|meistgelesen|zum |weiterlesen|lesen sie|lesetipp|beiträge aus|contenido|notas|"
    r"noticias|artículos|articulos|temas|entradas|relacionad|etiquetas|te puede|le puede|también|"
    r"más|lo más|notícias|matérias|artigos|leia|veja|mais lidas|à lire|a lire|lire aussi|"
    r"sur le même|dans la même|articles|sujets|les plus lus|mots|articoli|leggi|potrebbe|"
    r"gerelateerde|lees ook|meer over|czytaj|zobacz|polecane|najczęściej|powiązane|tagi)"
)
RELATED_LINK_START = re.compile(
    r"\n(?:read|related|see also|also read|recommended|watch|more|listen|le|mir|vea|ver|puedes|"
    r"también|te puede|noticia|relacionad|leia|veja|saiba|à |a lire|lire|voir|lesen|auch lesen|lies|"
    r"lesetipp|mehr zum|siehe|weiterlesen|leggi|vedi|lees|zie|czytaj|zobacz|przeczytaj|dowiedz)"
)
MAX_LINK_LIST = 12  # a longer run of short lines under a heading is a section of the article
PROSE_WORDS = 15  # a line this long that ends a sentence is body text, not a link list


# A share row's first token is a share word: the lines starting so, found in the folded text.
# Separators stop at the newline, and the lookahead leaves it for the next line.
SHARE_ROW_START = re.compile(
    r"\n(?:[^\S\n]|[|·•,:/()])*" + SHARE_WORDS.pattern[1:-1] + r"(?=[\s|·•,:/()]|\Z)"
)
# The first words of WIDGETS' and GALLERY's phrases (folded): a line starting otherwise is neither.
WIDGET_START = re.compile(
    r"\n(?:loading|please|ad|sponsored|paid|promoted|skip|story|article|continue|scroll|click|"
    r"close|menu|search|toggle|play|watch|listen|audio|video|this|like|enter|your|e-mail|email|"
    r"subscribe|sign|submit|log in|register|print|share|comment|coment|kommentare|komentarze|\d|"
    r"view|you|table|keine|no hay|aucun|nessun|brak|aufrufe|du musst|sie |wird|gefällt|bild|"
    r"inhaltsverzeichnis|sommaire|índice|anzeige|werbung|publicidad|publicité)"
)
GALLERY_START = re.compile(
    r"\n(?:view|see|show|browse|gallery|slideshow|[^\S\n]*\d|photo|image|picture|video|open|launch|"
    r"slide|enlarge|expand|hide|toggle|swipe|click)"
)


def strip_share_rows(doc: Document, log: RuleLog) -> None:
    for line in kept_starting_with(doc, SHARE_ROW_START):
        tokens = [t for t in SHARE_SPLIT.split(line.text) if t]
        if (
            tokens
            and len(tokens) <= 16
            and all(SHARE_WORDS.match(t) for t in tokens)
            and any(SHARE_ANCHOR.match(t) for t in tokens)
        ):
            log.drop(line, "share buttons")


def strip_widget_placeholders(doc: Document, log: RuleLog) -> None:
    for line in kept_starting_with(doc, WIDGET_START):
        if WIDGETS.match(line.text):
            log.drop(line, "widget placeholder")


def strip_gallery_counters(doc: Document, log: RuleLog) -> None:
    for line in kept_starting_with(doc, GALLERY_START):
        if GALLERY.match(line.text):
            log.drop(line, "photo gallery navigation")


def strip_nav_menus(doc: Document, log: RuleLog) -> None:
    """ "Home | News | Sport | Weather": a row of short menu items, anywhere on the page."""
    for line in kept_with(doc, ("|", "·", "•")):  # what MENU_SEPARATOR needs
        items = MENU_SEPARATOR.split(line.text)
        if len(items) >= MIN_MENU_ITEMS and all(is_crumb(item) for item in items):
            log.drop(line, "navigation menu")


def strip_breadcrumbs(doc: Document, log: RuleLog) -> None:
    """ "News / Politics" near the top: the segments become metadata categories."""
    for line in head(doc):
        # The first crumb has 1 to 3 words, so one of the first four words is a separator.
        if CRUMB_SEPARATORS.isdisjoint(line.text.split(None, 4)[:4]):
            continue
        segments = BREADCRUMB_SEPARATOR.split(line.text)
        if len(segments) >= 2 and all(is_crumb(s) for s in segments):
            crumbs = [s for s in segments if s.casefold() not in ("home", "homepage", "start")]
            doc.metadata.categories = doc.metadata.categories or crumbs
            log.drop(line, "breadcrumb navigation")


def is_crumb(segment: str) -> bool:
    tokens = segment.split()
    return (
        1 <= len(tokens) <= 3
        and segment[0].isupper()
        and not any(ch.isdigit() for ch in segment)
        and not segment.endswith((".", ",", "!", "?", ":"))
    )


def strip_page_date_banner(doc: Document, log: RuleLog) -> None:
    """A bare date above everything else is the day the page was seen, not the article's date."""
    kept = doc.kept()
    for line in kept[:2]:
        if is_bare_date(line.text):
            log.drop(line, "page date banner")
            doc.metadata.date = doc.metadata.date or parse_date(line.text)


def is_bare_date(text: str) -> bool:
    return bool(parse_date(text)) and not words(strip_date_parts(text))


def strip_trailing_nav(doc: Document, log: RuleLog) -> None:
    """Trailing "Tags" / "Related Posts" headings and the short link lines after them; inside the
    text, a "Related" heading and the link lines under it, up to the next paragraph of prose."""
    headings = kept_starting_with(doc, HEADING_START)
    strip_trailing_block(doc, log, headings)
    # The headings still kept; a heading in a list dropped under an earlier one is looked at too.
    strip_link_lists(doc, log, [line for line in headings if line.kept and RELATED_HEADING.match(line.text)])
    for line in kept_starting_with(doc, RELATED_LINK_START):
        if RELATED_LINK.match(line.text) and word_count(line.text, 26) <= 25:
            log.drop(line, "link to another story")


def strip_trailing_block(doc: Document, log: RuleLog, headings: list[Line]) -> None:
    """From the first heading with prose above it and only link-like lines below, to the end."""
    kept = doc.kept()
    edges = ProseEdges(kept)
    for line in headings:
        match = NAV_HEADING.match(line.text)
        if not match:
            continue
        index = position(kept, line)
        # = any(is_prose(k.text) for k in kept[:index])
        #   and all(is_link_like(k.text) for k in kept[index + 1 :])
        if edges.prose_above(index) and edges.only_links_below(index):
            collect_tags(doc, line.text, match.group("rest") or "")
            reason = f"trailing navigation after {line.text[:40]!r}"
            for junk in kept[index:]:
                log.drop(junk, reason)
            return


def strip_link_lists(doc: Document, log: RuleLog, headings: list[Line]) -> None:
    """Each heading over story titles, and up to MAX_LINK_LIST titles under it."""
    kept = doc.kept()
    for line in headings:
        index = position(kept, line)
        if index + 1 < len(kept) and is_link_title(kept[index + 1].text):
            block = [line]
            for after in kept[index + 1 : index + 1 + MAX_LINK_LIST]:
                if not is_link_title(after.text):
                    break
                block.append(after)
            reason = f"link list under {line.text[:40]!r}"
            for junk in block:
                log.drop(junk, reason)


def position(lines: list[Line], line: Line) -> int:
    """The index of `line` in `lines`, a part of a document's lines in their order (by number)."""
    return bisect_left(lines, line.no, key=attrgetter("no"))


class ProseEdges:
    """Whether a line of `kept` has prose above it and only link-like lines below it. Each side is
    read once at most, from its end and only as far as asked (a page can have many headings)."""

    def __init__(self, kept: list[Line]) -> None:
        self.kept = kept
        self.first_prose: int | None = None  # its index, once found
        self.read_down_to = 0  # the lines above this index are read: no prose if none found
        self.last_not_link: int | None = None  # its index, once found
        self.read_up_to = len(kept)  # the lines from this index on are read: all link-like if none

    def prose_above(self, index: int) -> bool:
        while self.first_prose is None and self.read_down_to < index:
            if is_prose(self.kept[self.read_down_to].text):
                self.first_prose = self.read_down_to
            self.read_down_to += 1
        return self.first_prose is not None and self.first_prose < index

    def only_links_below(self, index: int) -> bool:
        while self.last_not_link is None and self.read_up_to > index + 1:
            self.read_up_to -= 1
            if not is_link_like(self.kept[self.read_up_to].text):
                self.last_not_link = self.read_up_to
        return self.last_not_link is None or self.last_not_link <= index


def is_link_title(text: str) -> bool:
    """A story title (or its date) in a list of links: short, and not a sentence."""
    return not ends_sentence(text) and word_count(text, 26) <= 25


def is_link_like(text: str) -> bool:
    return not is_prose(text) or is_headline_shaped(text, max_words=40)


def is_prose(text: str) -> bool:
    return ends_sentence(text) and word_count(text, PROSE_WORDS) == PROSE_WORDS


def collect_tags(doc: Document, heading: str, rest: str) -> None:
    if heading.lower().startswith(("tag", "topic", "keyword", "filed under")) and rest:
        tags = [t.strip() for t in re.split(r"[,;|•·]", rest) if t.strip()]
        doc.metadata.tags = doc.metadata.tags or tags

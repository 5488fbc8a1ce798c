"""The words of bylines, for both ways of reading one (cleaners/names.py): the text way's
parse_byline reads a line of running text ("By Jane Doe, Reuters"), the HTML way's names_in
what a page marks as a byline ("Von Max Muster · 3. Mai 2021").

Per language: the labels before the names ("By", "Von", "Par"), the words that join them
("and", "und"), the particles inside them ("von", "de"); then the roles after the names
("Staff writer") and the words that tell a text is no name. Where one way reads fewer words
than the other, the words only one way reads stand in a list of their own that says why.
All words are lowercase (the patterns built from them ignore case); a space in one stands
for any whitespace.
"""

from __future__ import annotations

from collections.abc import Iterable

Words = dict[str, tuple[str, ...]]

# Labels before the names, read by both ways: "By Jane Doe", "Von Max Muster", "Par Claire Dubois".
LABELS: Words = {
    "en": (
        "by", "written by", "words by", "story by", "text by", "posted by", "writing by", "authored by",
        "author", "authors",
    ),
    "de": ("von", "autor", "autorin"),
    "fr": ("par",),
    "es": ("por", "autor", "autora"),
    "it": ("autore",),
    "nl": ("door",),
    "sv": ("av",),
    "da": ("af",),
}  # fmt: skip
# Labels the HTML way reads where a page marks a byline. The text way does not read them at the
# start of a line: there they also open titles and menus ("Interview Questions for Beginners",
# "Text Editor", "Vom Fass", "Autoren & Verlage").
MARKED_LABELS: Words = {
    "en": ("published by", "reported by", "submitted by", "reviewed by", "interview"),
    "de": (
        "vom", "autoren", "redakteur", "redakteurin", "text",
        "geschrieben von", "verfasst von", "veröffentlicht von", "eingestellt von", "erstellt von",
        "gepostet von", "publiziert von", "gespeichert von", "eingereicht von",
        "beitrag von", "ein beitrag von", "artikel von", "ein artikel von", "text von", "ein text von",
        "interview von", "ein interview von",
    ),
    "fr": ("auteur", "auteure", "auteurs", "publié par", "écrit par"),
    "es": ("texto", "escrito por", "publicado por"),
    "it": ("testo", "scritto da", "pubblicato da"),
    "pl": ("od", "przez"),
    "zh": ("责任编辑", "作者", "编辑"),
}  # fmt: skip
# "Redaktion" alone names the newsroom; before a colon it heads the names ("Redaktion: Jane Doe").
COLON_LABELS: Words = {"de": ("redaktion",)}
# Labels of the text way alone: a wire trailer's "Reporting by A in Oslo; Editing by B", a
# transcript's "BYLINE:", Italian "di" at a line's start ("Di Mario Rossi"; the HTML way reads it
# in lowercase only, see LOWERCASE_LABELS: "Di Maio" is a name).
LINE_LABELS: Words = {"en": ("reporting by", "byline"), "it": ("di",)}
# Labels the HTML way reads in lowercase only, as a capital starts a name with them ("De Niro").
LOWERCASE_LABELS: Words = {"it": ("di",), "es": ("de",), "pt": ("de", "da", "do")}
# Labels a byline template glues to the name ("AuthorJane Doe", "VonMax Muster"); the others,
# glued to a capital, more often start a word of their own.
GLUED_LABELS = ("author", "autor", "autorin", "auteur", "by", "von", "text", "written by", "posted by")

# Labels that are also the heading of an author box or a form field: a text byline that starts
# with one has a colon after it ("Author: Jane Doe", "Text: Max Muster").
HEADING_LABELS = ("author", "auteur", "auteurs", "text", "texto", "testo", "redaktion")
# Labels a text byline does not start with, as they also start a heading or a list there
# ("Authors: A, B, C", "Interview: Jane Doe", "Ein Artikel von ... über ...").
NOT_TEXT_BYLINE_LABELS = ("authors", "interview", "ein artikel von")
# Verbs that say who wrote or posted a text: "Posted by", "Geschrieben von", "Publié par", and
# with a date between in a text byline, "Posted on 3 May 2021 by Jane Doe".
WRITING_VERBS: Words = {
    "en": ("posted", "written", "published"),
    "de": (
        "geschrieben", "verfasst", "veröffentlicht", "eingestellt", "erstellt", "gepostet", "publiziert",
        "gespeichert",
    ),
    "fr": ("publié", "écrit"),
    "es": ("escrito", "publicado"),
    "it": ("scritto",),
}  # fmt: skip
# The word for "by" after a writing verb.
BY_WORDS: Words = {"en": ("by",), "de": ("von",), "fr": ("par",), "es": ("por",), "it": ("da",)}
# Other words before the date of a text byline: "Last edited on 3 May by jdoe", "Text am 3. Mai von".
BEFORE_DATE_WORDS = ("edited", "last edited", "text")
# What a text byline may follow: "Posted in Politics by Jane Doe", "Veröffentlicht unter Kultur von".
CATEGORY_VERBS = ("posted", "filed", "veröffentlicht")
# Headings of a list of the site's writers ("Authors: A, B, C, ..."), not this article's.
AUTHOR_LIST_HEADINGS = ("authors", "autoren", "auteurs", "autores", "autori", "our writers")
# What a person calls their own site after their name: "Jane Doe's blog", "Jane Doe's notes".
PERSONAL_SITE_WORDS = (
    "blog",
    "weblog",
    "homepage",
    "home page",
    "website",
    "site",
    "notes",
    "notizen",
    "newsletter",
)

# The words that join the names of one byline: "Ana Ruiz and Ben Cole", "Max Muster und Erika
# Mustermann". The text way reads English's only: "Por Juan E. Pérez" is one name, and "Von
# Katzen und Hunden" a title.
CONJUNCTIONS: Words = {
    "en": ("and",),
    "de": ("und", "u."),
    "fr": ("et",),
    "es": ("y",),
    "it": ("e",),
    "pt": ("e",),
    "pl": ("i",),
    "nl": ("en",),
    "no": ("og",),
}
# Lowercase words inside a name: "Anna von Heyden", "Charles de Gaulle", "Ibn al Haytham".
NAME_PARTICLES = (
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "al",
    "bin", "ben", "zu", "vom", "ter", "ten", "y",
)  # fmt: skip

# What a byline says after the names when it is a role, not an outlet: "By Lena Fischer, Staff
# Writer", "Jane Doe, Redakteurin".
ROLES: Words = {
    "en": (
        "writer", "writers", "staff writer", "staff writers", "reporter", "reporters", "correspondent",
        "correspondents", "editor", "editors", "contributor", "contributors", "columnist", "staff",
        "producer", "photographer", "photographers", "analyst", "intern", "fellow", "special to",
        "freelance", "journalist", "journalists", "team", "founder", "co-founder", "cofounder",
        "dietitian", "nutritionist", "educator", "educators", "attorney", "lawyer", "expert", "experts",
        "specialist", "consultant", "coach", "therapist", "horticulturalist", "horticulturist", "vp",
        "svp", "evp", "ceo", "cto", "cfo", "coo", "president", "vice president",
    ),
    "de": (
        "redakteur", "redakteurin", "redakteure", "chefredakteur", "chefredakteurin", "reporterin",
        "reporterins", "korrespondent", "korrespondentin", "journalistin", "journalistins", "fotograf",
        "fotografin",
    ),
    "fr": ("rédacteur", "rédactrice", "rédacteurs", "rédactrices"),
    "es": ("redacción",),
    "it": ("redazione",),
}  # fmt: skip
# Degrees after the names ("Jane Doe, PhD"): the HTML way drops them like a role. The text way
# does not look for them, and reads what follows the comma as the outlet, as it always has
# (to drop them there changes outputs: a commit of its own).
DEGREES = ("phd", "md", "m.d.")
# Roles the HTML way cuts off the end of a name without a comma ("Jane Doe Chefredakteurin"):
# others end a name or a title too ("Senior Data Analyst", "A guide for new contributors").
TRAILING_ROLES = (
    "chefredakteur", "chefredakteurin", "redakteur", "redakteurin", "autor", "autorin", "reporter",
    "reporterin", "korrespondent", "korrespondentin", "editor", "writer", "journalist", "journalistin",
    "staff", "contributor",
)  # fmt: skip
# Endings of a role that follows the names: "Jane Doe, Projektleiterin der HSS", "Max Muster,
# Pressesprecher des Vereins".
ROLE_ENDINGS = (
    "leiter", "sprecher", "referent", "direktor", "vorsitzende", "vorsitzender", "präsident",
    "beauftragte", "beauftragter", "manager", "director", "officer", "spokesman", "spokeswoman",
    "spokesperson", "head", "senior", "chief",
)  # fmt: skip

# The text way: words that follow "By" in a sentence, not a name ("By the end of the week", "By
# contrast", "By law"); month and weekday names come from cleaners/lexicon/months.py.
BY_PHRASE_WORDS = (
    "the", "a", "an", "this", "that", "then", "now", "contrast", "comparison", "far", "mid", "late",
    "early", "midnight", "noon", "tonight", "tomorrow", "today", "yesterday", "law", "design",
    "default", "nature", "definition", "chance", "accident", "way", "all", "most", "some",
)  # fmt: skip

# The HTML way: words that make a text no name wherever they stand in it: it says something, or
# is a link or a label ("Jane says", "Reply", "Read more", "3 min read", "No author").
NOT_NAME_WORDS = (
    "says", "sagt", "said", "schreibt", "writes", "wrote", "dice", "dit", "comment", "comments",
    "commente", "commentaire", "kommentar", "antworten", "reply", "replies", "share", "teilen",
    "read more", "weiterlesen", "mehr", "more", "post", "posts", "beiträge", "artikel", "articles",
    "alle", "all", "view", "profil", "profile", "follow", "folgen", "newsletter", "abonnieren",
    "subscribe", "login", "anmelden", "name", "e-mail", "email", "minute", "minuten", "lesezeit", "read",
    "updated", "aktualisiert", "published", "veröffentlicht", "uhr", "no author", "unknown author",
    "min", "ca",
    # What a listing is browsed or sorted by ("Shop by Category", "Sort by Relevance").
    "category", "categories", "topic", "topics", "department", "departments", "relevance",
    "popularity", "manufacturer", "manufacturers", "kategorie", "kategorien", "hersteller", "catégorie",
    "categoría",
)  # fmt: skip
# Words a byline holds besides its names (prepositions, articles, labels) and the placeholders
# of a missing name: none is a name, and a name-shaped text holds none but as a particle.
NAMELESS_WORDS = (
    "on", "am", "at", "in", "le", "el", "il", "em", "um", "by", "von", "de", "the", "der", "die",
    "das", "posted", "publiziert", "datum", "date", "stand", "admin", "administrator", "anonymous",
    "anonym", "unknown", "null", "none", "undefined",
)  # fmt: skip
# Words that start a label, not a name: "Posted on", "Zuletzt geändert am", "Author information".
LABEL_WORDS = (
    "posted", "publiziert", "published", "publicado", "publié", "pubblicato", "veröffentlicht",
    "geschrieben", "gespeichert", "zuletzt", "geändert", "aktualisiert", "updated", "autor", "autorin",
    "autoren", "author", "authors", "auteur", "auteurs", "autore", "datum", "date", "stand", "von",
    "by", "text",
)  # fmt: skip
# Where the names of an HTML byline end: a preposition before a date ("am 3. Mai", "on May 3",
# "hace 2 días"), a word a template glues to the name ("Jane DoePublished Nov 8"), a link to
# the author's page, another credit, a label of the date or the reading time.
DATE_PREPOSITIONS = ("am", "on", "le", "el", "il", "em", "um", "at", "hace", "den", "vom", "in", "dans", "en")
GLUED_WORDS = (
    "published", "updated", "hace", "quelle", "source", "last", "veröffentlicht", "aktualisiert",
    "publicado", "publiziert", "stand", "follow", "mehr", "reviewed",
)  # fmt: skip
AUTHOR_PAGE_LINKS = (
    "alle artikel", "alle beiträge", "weitere beiträge", "more posts", "more by", "view all", "all posts",
)  # fmt: skip
CREDITS_AFTER_NAMES = (
    "illustration", "illustrations", "foto", "fotos", "photo", "photos", "bilder", "grafik", "mitarbeit",
    "übersetzung", "translation",
)  # fmt: skip
# "Powered by", "Theme by": credits of a site, not of a text.
SITE_CREDITS = (
    "hosted", "powered", "designed", "design", "theme", "illustrated", "photographed", "translated",
)  # fmt: skip
CATEGORY_WORDS = ("filed under", "under", "unter", "in")  # before a capital: "in Politics"
NAMES_END_LABELS = (
    "published", "publicado", "publié", "pubblicato", "veröffentlicht", "updated", "aktualisiert",
    "actualizado", "stand", "datum", "date", "lesezeit", "reading time", "tiempo de lectura",
    "on behalf of", "im auftrag",
)  # fmt: skip
# Credits that are not for the writing: "Foto: Ingo Schneider", "Quelle: dpa".
OTHER_CREDITS = (
    "foto", "fotos", "photo", "photos", "photography", "bild", "bilder", "illustration", "illustrations",
    "grafik", "video", "kamera", "quelle", "source", "image", "images", "credit", "фото", "источник",
)  # fmt: skip
# Months that are also first names ("May Lee", "Mai Nguyen"): a name may start with one.
FIRST_NAME_MONTHS = ("may", "mai")
# Names of organisations, not people ("Muster Verlag GmbH", "Zeit Online").
ORGANISATION_WORDS = (
    "gmbh", "ag", "inc", "ltd", "llc", "s.a.", "verlag", "stiftung", "verband", "gesellschaft",
    "association", "foundation", "institut", "institute", "ministerium", "ministry", "university",
    "universität", "zeitung", "magazin", "magazine", "media", "medien", "online", "agentur", "agency",
)  # fmt: skip


def words_of(words: Words, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """The words of `words` in `languages` (all when None), each once, in order."""
    wanted = words if languages is None else languages
    return tuple(dict.fromkeys(word for language in wanted for word in words.get(language, ())))

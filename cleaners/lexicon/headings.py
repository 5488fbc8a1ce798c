"""Headings and pointers of a page's navigation and its comment thread, one tuple per language
per kind (entries: see cleaners.lexicon.patterns). Written in lower case; the rules match them
with re.IGNORECASE and frame them (alone on the line, before a colon, ...) as each needs."""

from __future__ import annotations

from cleaners.lexicon.patterns import term

# Up to 40 characters of a heading's topic after its words: "More from Politics".
TOPIC = r"\b[^.!?]{0,40}"

# A heading over a list of links to other stories, wherever it stands: "Related stories",
# "Lesen Sie auch", "À lire aussi". navigation.py drops the links under it (RELATED and
# RELATED_LINKS), the classifier reads the teasers under it as no part of the article (RELATED
# and RELATED_TEASERS). The headings of one use only are those that, taken by the other too,
# change what it finds on the benchmark's pages: with "Related content", "More on X", "Weitere
# Artikel von X" or "Noticias relacionadas" the classifier takes lines below them for teasers
# and cuts the article short; with "Most read" or "Read next" navigation.py drops the lines
# under them as a link list.
RELATED_EN = (
    term(r"related(?: articles| stories| posts)?"), "read more", "read also", "see also", "more on this",
    "you may also like", "you might also like", "recommended", "what to read next", "explore further",
)  # fmt: skip
RELATED_EN_LINKS = (
    term(r"related (?:post|article|content|coverage|news|reading|links)"),
    term(rf"more (?:from|on|stories|news|like this){TOPIC}"),
    term(r"you (?:may|might) like", ("you may ", "you might ")),
    term(r"recommended (?:for you|stories)"), "further reading", "also read",
)  # fmt: skip
MOST_READ = ("most read", "most popular")  # over teasers, or in the trailing navigation (SECTIONS)
RELATED_EN_TEASERS = ("read next", *MOST_READ)
RELATED_DE = (
    term(r"(?:das )?(?:könnte|dürfte) (?:sie|dich|euch) auch interessieren", "auch interessieren",
         ("das ", "könnte", "dürfte")),
    "auch interessant", term(r"lesen sie (?:auch|mehr)"), "mehr zum thema", "weitere artikel",
)  # fmt: skip
RELATED_DE_LINKS = (
    term(r"(?:das|dieses) thema könnte (?:sie|dich|euch) auch interessieren", "auch interessieren",
         ("das ", "dieses")),
    term(r"schon gelesen\??"), term(r"empfohlene (?:beiträge|artikel)"),
    term(r"ähnliche (?:beiträge|artikel|nachrichten)"),
    term(r"verwandte (?:beiträge|artikel|nachrichten)"), term(r"passende (?:beiträge|artikel|nachrichten)"),
    "weiterlesen", term(rf"weitere (?:\w+ )?(?:themen|beiträge|artikel|nachrichten|meldungen){TOPIC}"),
    term(rf"mehr (?:\w+ )?(?:themen|beiträge|artikel|nachrichten|meldungen){TOPIC}"),
    term(rf"mehr zum thema{TOPIC}"),
    "zum weiterlesen", term(rf"lesen sie (?:auch|mehr|weiter){TOPIC}"),
)  # fmt: skip
# "(También) te/le puede interesar", before a colon too.
MAY_INTEREST_ES = term(
    r"(?:también )?(?:te|le) puede interesar", "puede interesar", ("también ", "te puede", "le puede")
)
RELATED_ES = ("te puede interesar",)
RELATED_ES_LINKS = (
    term(r"(?:contenidos?|notas|noticias|artículos|articulos|entradas) relacionad[oa]s", "relacionad",
         ("contenido", "notas", "noticias", "artículos", "articulos", "entradas")),
    MAY_INTEREST_ES,
)  # fmt: skip
RELATED_ES_TEASERS = ("lee también", "leer más")
RELATED_PT = (
    term(r"(?:notícias|matérias|artigos) relacionad[oa]s", "relacionad", ("notícias", "matérias", "artigos")),
    term(r"leia (?:também|mais)"),
)
RELATED_PT_LINKS = ("veja também",)
RELATED_FR = ("à lire aussi", "lire aussi", "sur le même sujet", term(r"sujets (?:similaires|liés|associés)"))
RELATED_FR_LINKS = (
    term(r"(?:à|a) lire (?:aussi|également)", "lire ", ("à lire", "a lire")),
    term(r"sur le même (?:sujet|thème)"),
    term(r"articles (?:similaires|liés|associés)"),
)  # fmt: skip
RELATED_IT = ("leggi anche", "potrebbe interessarti")
RELATED_IT_LINKS = ("articoli correlati",)
RELATED_NL = (term(r"gerelateerde (?:artikelen|berichten)"), "lees ook", "meer over")
RELATED_PL = (term(r"czytaj (?:też|także|również)"),)
RELATED_PL_LINKS = (term(r"zobacz (?:też|także|również)"), term(r"powiązane(?: artykuły| tematy)?"))
RELATED_FI_TEASERS = ("lue myös",)
RELATED_NORDIC = ("läs också", "les også", "læs også")  # sv, no, da
RELATED = (
    RELATED_EN
    + RELATED_DE
    + RELATED_ES
    + RELATED_PT
    + RELATED_FR
    + RELATED_IT
    + RELATED_NL
    + RELATED_PL
    + RELATED_NORDIC
)
RELATED_LINKS = (
    RELATED_EN_LINKS + RELATED_DE_LINKS + RELATED_ES_LINKS + RELATED_PT_LINKS + RELATED_FR_LINKS
    + RELATED_IT_LINKS + RELATED_PL_LINKS
)  # fmt: skip
RELATED_TEASERS = RELATED_EN_TEASERS + RELATED_ES_TEASERS + RELATED_FI_TEASERS

# The other headings of the navigation that ends a page: tags, topics, most read, trending.
SECTION_EN = (
    term(r"tags?"),
    term(r"topics?"),
    "keywords",
    "filed under",
    "categories",
    "category",
    "labels",
    "posted in",
    "filed in",
    "related topics",
    term(rf"more in{TOPIC}"),
    *MOST_READ,
    "most viewed",
    "most shared",
    term(r"trending(?: now| stories)?"),
    term(r"latest(?: news| stories)?"),
    term(r"popular (?:posts|stories)"),
    term(r"don'?t miss"),
    term(r"share this(?: article| story)?"),
)
# "Neueste Beiträge", "Meistgelesene Nachrichten aus Berlin".
GERMAN_LIST_ADJECTIVES = ("neueste", "aktuelle", "beliebte", "kommentierte", "meistgelesene")
GERMAN_LIST_NOUNS = "themen|beiträge|artikel|nachrichten|meldungen|news|tipps|tourentipps|videos"
SECTION_DE = (
    term(r"schlagw(?:o|ö)rte(?:r|n)?"),
    term(r"schlagwort"),
    term(r"kategorien?"),
    term(r"getaggt(?: mit| als)?"),
    "markiert",
    "veröffentlicht in",
    term(r"stichw(?:o|ö)rter"),
    "themen",
    "ebenfalls interessant",
    "ähnliche themen",
    "verwandte themen",
    "passende themen",
    term(rf"weitere (?:\w+ )?(?:news|tipps|tourentipps|videos){TOPIC}"),
    term(rf"mehr (?:\w+ )?(?:news|tipps|tourentipps|videos){TOPIC}"),
    *(term(rf"{word} (?:\w+ )?(?:{GERMAN_LIST_NOUNS}){TOPIC}") for word in GERMAN_LIST_ADJECTIVES),
    "zum thema",
    "auch lesen",
    term(r"lesetipps?"),
    "meistgelesen",
    "beiträge aus dem forum",
)
SECTION_ES = (
    term(r"temas relacionad[oa]s"),
    term(r"relacionad[oa]s"),
    "temas",
    "etiquetas",
    term(r"categorías?"),
    "archivado en",
    term(rf"más (?:sobre|noticias|leíd[oa]s|de){TOPIC}"),
    term(r"lo más (?:leído|visto)"),
)
SECTION_PT = ("mais lidas",)
SECTION_FR = ("dans la même rubrique", "les plus lus", term(r"mots[- ]clés"))
SECTION_NL = (term(rf"meer over{TOPIC}"),)
SECTION_PL = (term(r"czytaj więcej"), "polecane", "najczęściej czytane", "tagi")
SECTIONS = SECTION_EN + SECTION_DE + SECTION_ES + SECTION_PT + SECTION_FR + SECTION_NL + SECTION_PL

# The labels of a post's taxonomy before the list of its terms, on one line wherever it stands:
# "Tags: Energy, Climate", "Filed under: Politics", "Schlagworte zum Thema: ...".
TAXONOMY_LABELS = (
    term(r"tag(?:s|ged(?: with| as)?)?"), term(r"topics?"), "keywords", "filed under", "posted in",
    "filed in", "categories", "category", "labels",
    term(r"schlagw(?:o|ö)rte(?:r|n)?(?: zum thema)?"), term(r"schlagwort"), term(r"kategorien?"),
    term(r"getaggt(?: mit| als)?"), term(r"stichw(?:o|ö)rter"), "themen", "veröffentlicht in",
    "etiquetas", term(r"categorías?"), "archivado en", "temas", term(r"mots[- ]clés"),
    term(r"catégories?"), "étiquettes", "argomenti", "categorie", "tagi", "kategorie",
)  # fmt: skip

# A one-line pointer to another story inside the body, before a colon: "READ MORE: Headline",
# "Lea también:", "Lesen Sie auch:", "À lire aussi :", "Czytaj też:".
POINTER_EN = (
    "read more",
    "related",
    "see also",
    "also read",
    "read also",
    "recommended",
    "watch",
    "more",
    "listen",
)
POINTER_ES = (
    term(r"le[ae] (?:también|más|además)"),
    term(r"le[ae]"),
    term(r"mir[ae]"),
    term(r"vea (?:también|además)"),
    term(r"ver (?:también|más)"),
    "puedes ver",
    MAY_INTEREST_ES,
    "noticia relacionada",
    term(r"relacionad[oa]"),
)
POINTER_PT = (term(r"leia (?:também|mais)"), term(r"veja (?:também|mais)"), "saiba mais")
POINTER_FR = (
    term(r"(?:à |a )?lire (?:aussi|également)", "lire ", ("à ", "a lire", "lire")),
    term(r"(?:à )?voir aussi", "voir aussi", ("à ", "voir")),
)
POINTER_DE = (
    term(r"lesen sie (?:auch|hier|mehr)"),
    "auch lesen",
    "lies auch",
    "lesetipp",
    "mehr zum thema",
    "siehe auch",
    "weiterlesen",
)
POINTER_IT = ("leggi anche", "vedi anche")
POINTER_NL = ("lees ook", "zie ook")
POINTER_PL = (
    term(r"czytaj (?:też|także|również|więcej)"),
    term(r"zobacz (?:też|także|również)"),
    term(r"przeczytaj (?:też|także)"),
    "dowiedz się więcej",
)
POINTERS = (
    POINTER_EN + POINTER_ES + POINTER_PT + POINTER_FR + POINTER_DE + POINTER_IT + POINTER_NL + POINTER_PL
)

# The heading over a comment thread: "3 Comments", "Kommentare", "Commentaires (12)". The
# first two head the navigation that ends a page too (navigation.py); taken there, the others
# ("Kommentare", "Discussion", "Reactions: ...") would change what it drops.
NAV_COMMENTS = (term(r"comments?"), term(r"leave a (?:reply|comment)"))
COMMENTS_EN = (
    *NAV_COMMENTS,
    term(r"responses?"),
    "replies",
    term(r"reactions?"),
    "discussion",
    "post a comment",
    "add a comment",
    "join the discussion",
)
COMMENTS_DE = (term(r"kommentare?"), "leserkommentare", "diskussion")
COMMENTS_FR = (term(r"commentaires?"), "laisser un commentaire")
COMMENTS_ES = (term(r"comentarios?"), "deja un comentario")
COMMENTS_IT = ("commenti", "lascia un commento")
COMMENTS_NL = ("reacties",)
COMMENTS_PL = (term(r"komentarze?"),)
COMMENTS_RU = (term(r"коммент\w*"),)
COMMENTS = (
    COMMENTS_EN
    + COMMENTS_DE
    + COMMENTS_FR
    + COMMENTS_ES
    + COMMENTS_IT
    + COMMENTS_NL
    + COMMENTS_PL
    + COMMENTS_RU
)

# The comment form: these open the thread or close the article, whatever follows them.
COMMENT_FORM_EN = (
    term(r"leave a (?:reply|comment)"),
    "post a comment",
    "add a comment",
    "write a comment",
    "your email address will not be published",
)
COMMENT_FORM_DE = (
    "schreibe einen kommentar",
    "hinterlasse einen kommentar",
    "hinterlasse eine antwort",
    "schreibe eine antwort",
    "kommentar schreiben",
    "kommentar verfassen",
    "deine e-mail-adresse wird nicht veröffentlicht",
)
COMMENT_FORM_FR = (
    "laisser un commentaire",
    term(r"votre adresse (?:e-mail|de messagerie) ne sera pas publiée"),
)
COMMENT_FORM_ES = (
    "deja un comentario",
    "deja una respuesta",
    "tu dirección de correo electrónico no será publicada",
)
COMMENT_FORM_IT = ("lascia un commento", "il tuo indirizzo email non sarà pubblicato")
COMMENT_FORMS = COMMENT_FORM_EN + COMMENT_FORM_DE + COMMENT_FORM_FR + COMMENT_FORM_ES + COMMENT_FORM_IT

# The lines that frame each comment of a thread: "Jane says:", "Reply", "12 Likes". The verbs
# after a commenter's name, the buttons alone on a line, and what a count counts.
COMMENTER_SAYS = (
    "says",
    "said",
    "sagt",
    "schreibt",
    "dit",
    "dice",
    "escribió",
    "scrive",
    "schreef",
    "napisał",
)
COMMENT_BUTTONS = (
    "reply", "antworten", "répondre", "responder", "rispondi", "beantwoorden", "odpowiedz",
    "report", "melden",
)  # fmt: skip
COMMENT_COUNTS = (term(r"likes?"), "replies", "antworten", "réponses", "respuestas")

# What a comment form or a thread's counter says, which a byline's outlet never does: "By Jane
# Doe | Leave a reply", "Von Max Muster - 3 Kommentare" hold no site's name after the names.
COMMENT_WORDS = (
    term(r"comments?"), term(r"kommentare?"), term(r"antwort(?:en)?"), term(r"commentaires?"),
    term(r"comentarios?"), term(r"comment[io]"), term(r"repl(?:y|ies)"), "respuesta", "réponse",
    "reageer", term(r"reacties?"), term(r"komentarz[ey]?"),
)  # fmt: skip

# What stands where a headline would and is none: a call to follow a link or read on, a page
# label ("You are here", "Reading time"). A line holding one is no title, whatever its shape.
TITLE_LOOKALIKES_EN = (
    "click here", "read more", "learn more", "find out more", term(r"more info(?:rmation)?"),
    "you are here", "reading time", term(r"\d+ min(?:ute)?s? read", "min", start_regex=r"\d"),
)  # fmt: skip
TITLE_LOOKALIKES_DE = (
    term(r"(?:klicken|finden|lesen|erfahren) sie (?:hier|mehr)", ("klicken", "finden", "lesen", "erfahren"),
         ("klicken", "finden", "lesen", "erfahren")),
    "hier klicken", term(r"(?:mehr|weitere) informationen", "informationen", ("mehr", "weitere")),
    "sie befinden sich hier", "lesedauer", "lesezeit",
)  # fmt: skip
TITLE_LOOKALIKES_OTHER = (
    "en savoir plus", "plus d'informations", "cliquez ici", "vous êtes ici", "más información",
    "leer más", "haga clic aquí", "haz clic aquí", "usted está aquí", "per saperne di più", "clicca qui",
    "lees meer", "klik hier",
)  # fmt: skip
TITLE_LOOKALIKES = TITLE_LOOKALIKES_EN + TITLE_LOOKALIKES_DE + TITLE_LOOKALIKES_OTHER

# The last word of a forum's name in a thread's <title> ("Topic / Arch Linux Forums", "Topic -
# Doom9's Forum"): the board, not the thread.
FORUM_NAME_WORDS = (
    "forum", "forums", "board", "boards", "message board", "discussion", "discussions", "community",
    "foren", "communauté", "foro", "foros", "comunidad", "comunità", "fórum", "fóruns", "comunidade",
)  # fmt: skip

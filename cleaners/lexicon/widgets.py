"""The labels of a page's widgets, alone on their line: placeholders and buttons ("Loading...",
"Advertisement", "Sign up"), and the controls of a photo gallery ("1 of 12", "View gallery").
Entries: see cleaners.lexicon.patterns; in lower case, matched with re.IGNORECASE."""

from __future__ import annotations

from cleaners.lexicon.patterns import term

WIDGETS_EN = (
    "loading", "please wait", "advertisement", "advertising", "advert", "ad", "ads", "sponsored",
    "sponsored content", "paid content", "promoted", term(r"skip to (?:main )?content"), "skip navigation",
    term(r"(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)",
         starts=("story", "article")),
    term(r"continue reading(?: below)?"), term(r"scroll to continue(?: with content)?"), "click to expand",
    "close", "menu", "search", "toggle navigation", "play video", "watch video",
    term(r"listen to (?:this )?article"), "listen", "audio", "video", term(r"please enable javascript.*"),
    term(r"this content is not available.*"), term(r"like(?: this)?"), "like loading",
    term(r"(?:enter )?your e-?mail(?: address)?", starts=("enter ", "your ")),
    term(r"e-?mail address", starts=("e-mail", "email")), "subscribe", "sign up", "submit", "sign in",
    "log in", "register", "print", "share", term(r"comments?\s*\(\d+\)"),
    term(r"\d+\s+comments?", start_regex=r"\d"), term(r"\d+\s*min(?:ute)?s?\s+read", start_regex=r"\d"),
    "view comments", "write a comment", "post a comment", "add a comment", "leave a comment",
    term(r"you must be logged in to (?:post|leave) a comment.*"), "table of contents",
    term(r"back(?: to (?:top|overview|the overview|the list|list|results|previous page|home(?:page)?))?"),
)  # fmt: skip
# The same widgets on pages in other languages.
WIDGETS_DE = (
    term(r"keine kommentare\b.*"), term(r"kommentare(?: insgesamt)?:?\s*\d*"), term(r"aufrufe:?\s*\d+\s*\|?"),
    term(r"du musst eingeloggt sein.*"), term(r"sie müssen eingeloggt sein.*"),
    term(r"sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)"), "wird geladen", "gefällt mir",
    "gefällt mir wird geladen", "gefällt mir lade", "liken lade", "kommentieren sie hier",
    "hier kommentieren", "jetzt kommentieren", "kommentar schreiben", "schreibe einen kommentar",
    term(r"(?:hier können sie )?(?:den|diesen) (?:artikel|beitrag) bewerten", "bewerten",
         ("hier", "den", "diesen")),
    "drucken", term(r"(?:artikel|seite|beitrag) drucken", "drucken", ("artikel", "seite", "beitrag")),
    "weiterempfehlen", "bild anzeigen", "inhaltsverzeichnis", "inhalt", "anzeige", "werbung", "startseite",
    "nach oben",
    term(r"zurück(?: zu[rm]?(?: \w+){1,2})?"),  # a link back: "Zurück zur Übersicht"
)  # fmt: skip
WIDGETS_ES = (
    term(r"no hay comentarios\b.*"), term(r"comentarios:?\s*\d*"), "índice", "publicidad", "imprimir",
    "me gusta cargando", "escribe un comentario", "deja un comentario",
    term(r"volver(?: al? (?:inicio|listado|arriba|portada))?"),
)  # fmt: skip
WIDGETS_FR = (
    term(r"aucun commentaires?\b.*"), term(r"commentaires:?\s*\d*"), "sommaire", "publicité", "imprimer",
    "j'aime chargement", "laisser un commentaire", "écrire un commentaire",
    term(r"retour(?: (?:à la liste|au sommaire|en haut|à l'accueil))?"),
)  # fmt: skip
WIDGETS_IT = (term(r"nessun commenti\b.*"), term(r"commenti:?\s*\d*"), "lascia un commento", "stampa")
WIDGETS_PL = (
    term(r"brak komentarzy\b.*"), term(r"komentarze:?\s*\d*"), "dodaj komentarz", "napisz komentarz",
    "drukuj",
)  # fmt: skip
WIDGETS = WIDGETS_EN + WIDGETS_DE + WIDGETS_ES + WIDGETS_FR + WIDGETS_IT + WIDGETS_PL

# The label over a page's share buttons, alone on its line, in the languages whose share words
# the share rows' English vocabulary lacks: "Teilen Sie dies mit:", "Diesen Artikel teilen",
# "Partager cet article", "Udostępnij".
ARTICLE_DE = (
    r"(?:(?:diesen|den) (?:artikel|beitrag)|diese (?:seite|geschichte|nachricht)|artikel|beitrag|seite)"
)
SHARE_LABELS = (
    term(r"teilen(?: sie)?(?: dies| diesen (?:artikel|beitrag))? mit", "teilen"),
    term(r"sharen(?: sie)? mit", "sharen"),  # the English verb, conjugated in German
    term(rf"(?:{ARTICLE_DE} )?(?:mit freunden |jetzt )?teilen", "teilen",
         ("diese", "den", "artikel", "beitrag", "seite", "mit ", "jetzt ", "teilen")),
    term(r"(?:compartir|comparte|compartilhe|compartilhar|partilhar)(?: (?:este|esta|en|no|na) ?\w*)?",
         ("compart", "partilhar"), ("compart", "partilhar")),
    term(r"partager(?: (?:cet article|sur|la page))?", "partager"),
    term(r"condividi(?: (?:questo articolo|su))?", "condividi"),
    term(r"(?:deel|delen)(?: (?:dit (?:artikel|bericht)|via))?", ("deel", "delen"), ("deel", "delen")),
    term(r"udostępnij(?: (?:artykuł|wpis))?", "udostępnij"),
)  # fmt: skip
# What a row of share buttons asks, with its platforms and counts around it: "Share to X",
# "Email This BlogThis!", "Be sociable, share!", "Vergiss nicht zu teilen!", "Udostępnij na FB
# (1)"; and the question it follows ("Dir hat der Artikel gefallen?", "Liked this post?").
SHARE_REQUESTS = (
    term(r"(?:be sociable, )?share(?: (?:this|it|the (?:article|post|story)|now))?(?: (?:to|on|via|with))?",
         ("share",), ("be sociable", "share")),
    "email this", "blogthis", "tweet this", "pin it",
    term(r"(?:vergiss nicht|nicht vergessen),? zu teilen", "zu teilen", ("vergiss", "nicht")),
    term(r"(?:jetzt|bitte|gerne) teilen", "teilen", ("jetzt", "bitte", "gerne")),
    term(r"teile (?:diesen|den) (?:artikel|beitrag)", "teile"),
    term(r"udostępnij(?: na)?", "udostępnij"),
    term(r"(?:comparte|partagez|condividi)(?: (?:en|sur|su))?",
         ("comparte", "partagez", "condividi"), ("comparte", "partagez", "condividi")),
)  # fmt: skip
SHARE_QUESTIONS = (
    term(r"(?:(?:dir|ihnen|euch) hat )?(?:der |dieser |unser |mein )?(?:artikel|beitrag) gefallen\?",
         "gefallen", ("dir", "ihnen", "euch", "der", "dieser", "unser", "mein", "artikel", "beitrag")),
    term(r"(?:liked|enjoyed|like|enjoy) (?:this|the|our) (?:article|post|story)\?",
         ("like", "enjoy"), ("like", "enjoy")),
)  # fmt: skip

PHOTO_WORDS = ("photo", "image", "picture")
# A gallery's counters and controls: "12 Photos", "3 of 10", "View gallery", "Hide caption".
GALLERY_CONTROLS = (
    term(r"(?:view|see|show|browse)\s+(?:all\s+)?\d+\s+(?:photos|images|pictures)",
         starts=("view", "see", "show", "browse")),
    "gallery", "slideshow",
    term(r"\d+\s+(?:photos?|images?|pictures?|slides?|videos?)", start_regex=r"[^\S\n]*\d"),
    term(r"(?:photo|image|picture|video)\s+gallery", starts=(*PHOTO_WORDS, "video")),
    term(r"(?:view|open|see|launch|show)\s+(?:the\s+|all\s+)?(?:gallery|slideshow|photos|images)",
         starts=("view", "open", "see", "launch", "show")),
    term(r"(?:image|photo|picture|slide)?\s*\d+\s*(?:of|/)\s*\d+", starts=(*PHOTO_WORDS, "slide"),
         start_regex=r"[^\S\n]*\d"),
    term(r"enlarge(?: this)? image"), term(r"(?:expand|hide|toggle|show) caption",
                                           starts=("expand", "hide", "toggle", "show")),
    term(r"(?:swipe|click) (?:for|to see) more(?: photos)?", starts=("swipe", "click")),
)  # fmt: skip
# What a gallery widget appends after a picture's caption ("... (Name/Agency) Photo Gallery"),
# and its counter ("3 of 10"), which captions.py reads apart.
GALLERY_TAIL = (
    "photo gallery", "view gallery", "gallery", "enlarge", "expand", "hide caption", "toggle caption",
    "purchase licensing rights", term(r"buy (?:this )?photo"), "download", "close",
)  # fmt: skip
GALLERY_COUNTER = r"\d+\s*(?:of|/)\s*\d+"

# The footer a blog engine writes under a post, in its languages. Posted at a time: "Posted by
# NAME at 12:11 PM", "Eingestellt von NAME um 21:11"; the opening, then the word before the time.
POSTED_BY = (
    "posted by", "eingestellt von", "gepostet von", "publicado por", "postado por", "publié par",
    "pubblicato da", "geplaatst door", "opublikowane przez",
)  # fmt: skip
POSTED_AT = ("at", "on", "um", "a las", "a la", "às", "à", "alle", "om", "o")
# Filed: "This entry was posted in News and tagged ... Bookmark the permalink." The opening ...
POST_FILED = (
    "this entry was posted", "this post was posted", "this entry was filed", "this entry is filed",
    "dieser eintrag wurde", "dieser beitrag wurde", "der beitrag wurde", "esta entrada fue publicada",
    "esta entrada se publicó", "esta entrada foi publicada", "esta entrada foi postada",
    "cette entrée a été publiée", "cet article a été publié dans", "questa voce è stata pubblicata",
    "questo articolo è stato pubblicato in", "ten wpis został opublikowany",
)  # fmt: skip
# ... and one of the template's own words after it, which a sentence of the article lacks.
POST_FILED_MARKS = (
    "permalink", "permalien", "enlace permanente", "link permanente", "permanenter link", "lesezeichen",
    "bookmark", "tagged", "verschlagwortet", "abgelegt", "etiquetada", "etiquetado", "marqué", "taggato",
    "com as tags", "oznaczony",
)  # fmt: skip

"""The chrome a site's template prints around every post, in its languages: the credit of
its engine or theme ("Powered by WordPress", "Theme by ..."), the links to the previous and
next post ("« Previous post", "Nächster Beitrag"), and the sentences of its comment form
("Your email address will not be published."). Entries: see cleaners.lexicon.patterns; in
lower case, matched with re.IGNORECASE."""

from __future__ import annotations

from cleaners.lexicon.patterns import term

# A credit's opening, then the name of the engine, theme or maker credited.
CREDIT_OPENINGS = (
    term(r"(?:proudly )?powered by:?", starts=("proudly", "powered")), "built with", "made with",
    term(r"(?:wordpress )?theme by", starts=("wordpress", "theme")),
    term(r"designed by|design by", starts=("design",)),
    "erstellt mit", term(r"unterstützt (?:durch|von)"), "stolz präsentiert von", "betrieben mit",
    term(r"(?:fièrement )?propulsé par", starts=("fièrement", "propulsé")), "thème par",
    "funciona con", "con la tecnología de", term(r"desarrollado (?:con|por)"), "tema por", "tema di",
    "realizzato con",
    term(r"(?:orgulhosamente )?(?:mantido|desenvolvido) com",
         starts=("orgulhosamente", "mantido", "desenvolvido")),
)  # fmt: skip
# What a "designed by" credit names: a maker of web templates, not an architect or a tailor.
WEB_MAKER_WORDS = (
    "theme", "themes", "template", "templates", "wordpress", "blogger", "studio", "web", "webdesign",
    "digital", "media", "design",
)  # fmt: skip
# A theme's credit anywhere in its line: "Catch Evolution theme by Catch Themes", "WordPress
# Theme von MH Themes", "Magazine Basic theme designed by ...".
THEME_WORDS = ("theme", "template", "thème", "tema", "vorlage")
THEME_BY = ("by", "von", "par", "de", "di", "da", "por")

# The link to the post before or after this one, its title after it or none.
POST_LINKS_EN = (
    term(r"(?:previous|next|older|newer|prev)"
         r"(?: (?:post|article|story|entry|page|posts|articles|entries|news))?",
         starts=("previous", "next", "older", "newer", "prev")),
)  # fmt: skip
POST_LINKS_OTHER = (
    term(r"(?:vorheriger|nächster|voriger|älterer|neuerer) (?:beitrag|artikel|eintrag|post)",
         starts=("vorheriger", "nächster", "voriger", "älterer", "neuerer")),
    term(r"(?:vorherige|nächste|ältere|neuere) (?:beiträge|artikel|einträge|news|seite|meldung)",
         starts=("vorherige", "nächste", "ältere", "neuere")),
    term(r"(?:artículo|entrada|publicación|noticia) (?:anterior|siguiente)",
         starts=("artículo", "entrada", "publicación", "noticia")),
    term(r"(?:article|billet) (?:précédent|suivant)", starts=("article", "billet")),
    term(r"(?:post|articolo) (?:precedente|successivo)", starts=("post", "articolo")),
    term(r"(?:artigo|post) (?:anterior|seguinte)", starts=("artigo", "post")),
    term(r"(?:poprzedni|następny) (?:wpis|artykuł|post)", starts=("poprzedni", "następny")),
)  # fmt: skip
POST_LINKS = POST_LINKS_EN + POST_LINKS_OTHER
# The arrows a template sets before or after such a link.
POST_ARROWS = "«‹←❮<>❯→›»"
# The arrows that make a link of a title alone, before the previous post's ("← Title") and
# after the next one's ("Title →"): no quotation mark among them (»Zitat«).
BACK_ARROWS = "←⟵⇐❮"
ON_ARROWS = "→⟶⇒❯"

# The sentences of a blog's comment form, each whole; a line of the form holds one or more.
COMMENT_FORM_EN = (
    term(r"your e-?mail(?: address)? will not be published\.?"),
    term(r"required fields are marked(?: with)? \*\.?"),
    term(r"save my name, e-?mail, and website in this browser for the next time i comment\.?"),
    term(r"notify me of (?:follow-up comments|new posts|new comments)(?: by e-?mail| via e-?mail)?\.?"),
    term(r"this site uses akismet to reduce spam\.(?: learn how your comment data is processed\.)?"),
    term(r"(?:leave a (?:reply|comment)|add a comment|post a comment) cancel reply",
         starts=("leave", "add", "post")),
    "cancel reply",
)  # fmt: skip
COMMENT_FORM_DE = (
    term(r"(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht\.?", starts=("deine", "ihre")),
    term(r"(?:erforderliche felder|pflichtfelder) sind mit \* (?:markiert|gekennzeichnet)\.?",
         starts=("erforderliche", "pflichtfelder")),
    term(r"meinen namen, (?:meine )?e-mail(?:-adresse)? und (?:meine )?website in diesem browser speichern,"
         r" bis ich wieder kommentiere\.?"),
    term(r"diese website verwendet akismet, um spam zu reduzieren\."
         r"(?: erfahre mehr darüber, wie deine kommentardaten verarbeitet werden\.)?"),
    term(r"benachrichtige mich über (?:nachfolgende kommentare|neue beiträge) (?:via|per) e-mail\.?"),
    term(r"(?:schreibe|hinterlasse|hinterlassen sie) einen kommentar antworten abbrechen",
         starts=("schreibe", "hinterlasse")),
    "kommentar verfassen antworten abbrechen", "antworten abbrechen",
)  # fmt: skip
COMMENT_FORM_ES = (
    term(r"tu (?:dirección de )?correo electrónico no será publicad[oa]\.?"),
    term(r"los campos obligatorios están marcados con \*\.?"),
    term(r"guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente\.?"),
    term(r"(?:deja|dejar) (?:una respuesta|un comentario) cancelar (?:la )?respuesta", starts=("deja",)),
    "cancelar respuesta",
)  # fmt: skip
COMMENT_FORM_FR = (
    term(r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\.?"),
    term(r"les champs obligatoires sont indiqués avec \*\.?"),
    term(r"enregistrer mon nom, mon e-?mail et mon site(?: web)? dans le navigateur"
         r" pour mon prochain commentaire\.?"),
    term(r"laisser un commentaire annuler (?:la )?réponse"), term(r"annuler (?:la )?réponse"),
)  # fmt: skip
COMMENT_FORM_IT = (
    term(r"il tuo indirizzo (?:e-?mail )?non sarà pubblicato\.?"),
    term(r"i campi obbligatori sono contrassegnati(?: con)? \*\.?"),
    term(r"salva il mio nome, e-?mail e sito web in questo browser per la prossima volta che commento\.?"),
    "lascia un commento annulla risposta", "annulla risposta",
)  # fmt: skip
COMMENT_FORM_PT = (
    term(r"(?:o )?seu (?:endereço de )?e-?mail não será publicado\.?", starts=("o ", "seu")),
    term(r"(?:os )?campos obrigatórios são marcados com \*\.?", starts=("os ", "campos")),
    term(r"(?:guardar|salvar) (?:o )?meu nome, e-?mail e site neste navegador"
         r" para a próxima vez que eu comentar\.?",
         starts=("guardar", "salvar")),
    term(r"deixe (?:uma resposta|um comentário) cancelar resposta"), "cancelar resposta",
)  # fmt: skip
# The count heading over the comments: "3 comments", "Comments (12)", "71 Kommentare", "No
# responses so far", "2 komentarze"; a mark after it ("»", ":") as the link's arrow.
COMMENT_NOUNS = (
    r"(?:comments?|responses?|replies|reply|kommentare?|antworten|comentarios?|commentaires?|commenti|"
    r"commento|komentarz(?:e|y)?|reacties|reactie|reações|comentários?)"
)
# The needles of those nouns: a count heading holds one (see lexicon.patterns.term).
COMMENT_NOUN_NEEDLES = (
    "comment", "respons", "repl", "kommentar", "antworten", "comentario", "commentaire", "komentarz",
    "reactie", "reações", "comentário",
)  # fmt: skip
COMMENT_COUNTS = (
    term(rf"(?:\d+|one|no|ein|eine|keine|un|une|sin|aucun|nessun|brak) {COMMENT_NOUNS}(?: so far| bisher)?"
         r"\s*[»:›.]?", COMMENT_NOUN_NEEDLES,
         start_regex=r"\d|one |no |ein|keine |un |une |sin |aucun |nessun |brak "),
    term(rf"{COMMENT_NOUNS}\s*\(\d+\)", COMMENT_NOUN_NEEDLES,
         start_regex=r"comment|respons|repl|kommentar|antworten|comentario|commentaire|komentarz|reacti|rea|coment"),
)  # fmt: skip
COMMENT_FORM = (
    COMMENT_COUNTS
    + COMMENT_FORM_EN
    + COMMENT_FORM_DE
    + COMMENT_FORM_ES
    + COMMENT_FORM_FR
    + COMMENT_FORM_IT
    + COMMENT_FORM_PT
)

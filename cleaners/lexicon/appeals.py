"""The cues of appeals to the reader (giving money, subscribing, following), one tuple per
language per kind (entries: see cleaners.lexicon.patterns), in lower case: the rules match
them with re.IGNORECASE, as whole words."""

from __future__ import annotations

from cleaners.lexicon.patterns import term

# Giving money or joining as a member: "Donate today", "Become a member", "Spenden Sie".
DONATION_EN = (
    term(r"donat(?:e|es|ed|ing|ion|ions)"), term(r"tax[- ]deductible", "deductible"), "chip in", "pledge",
    "patreon", "ko-fi", term(r"buy (?:us|me) a coffee", "coffee"),
    term(r"become (?:a |an )?(?:sustaining |paying |founding )?(?:member|patron|supporter|friend|backer)"),
    "membership", "members-only", term(r"reader[- ](?:funded|supported|revenue)", "reader"),
    term(r"funded by (?:our )?readers", "reader"),
    term(r"make a (?:one-time |monthly |recurring )?(?:gift|contribution)", ("gift", "contribut")),
    term(r"(?:monthly|one-time|one-off|recurring|regular|year-end) (?:gift|donation|contribution|payment)",
         ("gift", "donation", "contribution", "payment")),
    "from as little as", term(r"contribut(?:e|ion)s? (?:today|now|of any size)"),
    term(r"support(?:ing)? (?:us|our (?:work|journalism|reporting|mission|newsroom)|"
         r"independent (?:journalism|media|news)|(?:this|quality|nonprofit|local) journalism)"),
    term(r"keep (?:our|this) (?:journalism|reporting|site|work) (?:free|independent|going|alive)",
         ("keep our", "keep this")),
    "nonprofit newsroom", term(r"every (?:dollar|gift|contribution)", ("dollar", "gift", "contribution")),
    "matching gift", term(r"give (?:today|now|monthly)", ("give today", "give now", "give monthly")),
    term(r"fund (?:our|independent|this) (?:journalism|reporting|work)",
         ("fund our", "fund independent", "fund this")),
)  # fmt: skip
DONATION_DE = (term(r"spenden?"), "spendet", "unterstütze", "fördermitglied")
DONATION_ES = (
    term(r"hazte (?:miembro|socio)"), term(r"don[ae]", ("dona", "done")), "donación", "donaciones",
    term(r"apoya (?:nuestro|el periodismo)"),
)  # fmt: skip
DONATION_FR = ("faites un don", "soutenez")
DONATION_PT = ("apoie", "doe agora")
DONATION_IT = ("sostienici",)
DONATION_PL = ("wesprzyj", "wpłać")
FOREIGN_DONATION = DONATION_DE + DONATION_ES + DONATION_FR + DONATION_PT + DONATION_IT + DONATION_PL

# A donation form's fields, each alone on its line by an appeal: how often one gives (the
# whole line: "Monthly", "Einmalig") and how much ("Other amount", "Betrag eintippen:"); the
# amounts themselves ("10€", "$25") are told by their shape.
DONATION_FREQUENCIES = (
    "monthly", "one-time", "one time", "one-off", "once", "yearly", "annually", "quarterly",
    "monatlich", "einmalig", "jährlich", "vierteljährlich", "halbjährlich",
    "mensuel", "mensuellement", "ponctuel", "une fois", "annuel",
    "mensual", "mensualmente", "una vez", "única vez", "puntual", "anual",
    "mensile", "una tantum", "annuale", "mensal", "mensalmente", "uma vez", "única",
    "miesięcznie", "jednorazowo",
)  # fmt: skip
DONATION_AMOUNT_WORDS = (
    "amount", "betrag", "spendenbetrag", "wunschbetrag", "montant", "importe", "monto", "cantidad",
    "importo", "valor", "quantia", "kwota",
)  # fmt: skip

# Subscribing, signing up, registering: "Sign up for our newsletter", "Jetzt abonnieren".
NEWSLETTER_EN = (
    term(r"newsletters?"), "sign up", "signup", "inbox", "subscribe", term(r"subscribers?"), "subscription",
    "unlimited access", "free trial", term(r"already a (?:subscriber|member)"),
    term(r"log in to (?:continue|read)"), term(r"daily (?:briefing|digest)", ("briefing", "digest")),
    term(r"weekly (?:briefing|digest|roundup)", ("briefing", "digest", "roundup")),
    term(r"delivered (?:to you|to your|straight|every|daily|weekly)"),
    term(r"register (?:now|for free|to (?:continue|read))"), term(r"premium (?:content|article|access)"),
    term(r"(?:continue|keep) reading with", "reading with"),
    term(r"free (?:articles?|stories)", ("free article", "free stories")),
    term(r"download (?:the|our) [\w ]{0,30}apps?", ("download the", "download our")),
    term(r"apps? (?:for|on) (?:ios|iphone|ipad) (?:and|&|or) android", "android"),
    term(r"(?:straight|directly|right) to your (?:phone|smartphone|mobile)", "to your "),
)  # fmt: skip
NEWSLETTER_DE = (
    term(r"\w*newsletter\w*", "newsletter"),
    term(r"abonnier\w*"),
    "abonnement",
    "abo",
    "e-paper",
)
NEWSLETTER_ES = (term(r"suscr[ií]b\w*", ("suscrib", "suscríb")), "suscripción")
NEWSLETTER_FR = (
    "abonnez-vous", "inscrivez-vous",
    term(r"pour (?:lire la suite|accéder en illimité)", ("pour lire la suite", "pour accéder")),
)  # fmt: skip
NEWSLETTER_PT = ("assine", "inscreva-se")
NEWSLETTER_IT = ("iscriviti", "abbonati")
NEWSLETTER_PL = (term(r"subskrypcj\w*"), term(r"prenumerat\w*"))
FOREIGN_NEWSLETTER = (
    NEWSLETTER_DE + NEWSLETTER_ES + NEWSLETTER_FR + NEWSLETTER_PT + NEWSLETTER_IT + NEWSLETTER_PL
)

# The verbs of "Follow us on Instagram", "Like us on Facebook", "Join our Telegram channel".
FOLLOW_VERBS = ("follow", "like", "join", "find", "connect with", "subscribe to", "add")
FOLLOW_US_VERBS = ("follow", "find", "join")  # before "us" or "our"
# "Follow us" in other languages, the outlet its object: "Síguenos en", "Folgen Sie uns auf".
FOLLOW_US_DE = ("folgen sie uns", "folge uns", "folgt uns", "besuchen sie uns")
FOLLOW_US_ES = (
    "síguenos", "siguenos", "síganos", "sígannos", "seguinos", "seguínos", "encuéntranos", "únete a nuestro",
    "unete a nuestro",
)  # fmt: skip
FOLLOW_US_PT = ("siga-nos", "sigam-nos", "segue-nos", "nos siga", "nos acompanhe", "acompanhe-nos")
FOLLOW_US_FR = ("suivez-nous", "rejoignez-nous", "retrouvez-nous", "abonnez-vous à notre")
FOLLOW_US_IT = ("seguici", "seguiteci", "unisciti al nostro")
FOLLOW_US_PL = ("obserwuj nas", "dołącz do nas", "śledź nas")
FOREIGN_FOLLOW_US = FOLLOW_US_DE + FOLLOW_US_ES + FOLLOW_US_PT + FOLLOW_US_FR + FOLLOW_US_IT + FOLLOW_US_PL
# The preposition a "follow us" line ends on when its platforms were icons: "Folgen Sie uns auf".
FOLLOW_PREPOSITIONS = ("on", "auf", "bei", "en", "no", "na", "nas", "em", "sur", "su", "w")
# A platform channel of the outlet's own: "nuestro canal de YouTube", "unser Telegram-Kanal".
CHANNEL_WORDS = ("channel", "kanal", "canal", "chaîne", "canale", "kanał", "kanale")
CHANNEL_OWNERS = (
    "our", "we have", "nuestro", "tenemos", "unser", "unserem", "unseren", "notre", "nosso", "nostro",
    "naszego", "nasz",
)  # fmt: skip

# Cues that make an appeal on their own, with no call to action around them.
STRONG_CUES = (
    term(r"tax[- ]deductible", "deductible"), "matched dollar for dollar", term(r"donate (?:now|today)"),
    term(r"already a (?:subscriber|member)"), term(r"log in to (?:continue|keep) reading"),
    term(r"free (?:articles?|stories) (?:left|remaining|this month)", "free "), term(r"of your \d+ free"),
    term(r"subscribers?[- ]only", "subscriber"), term(r"subscribe (?:now|today)"),
    term(r"unlimited (?:digital )?access"),
    term(r"download (?:the|our) [\w ]{0,30}apps? (?:for|on) (?:ios|iphone|ipad) (?:and|&|or) android",
         ("download the", "download our")),
)  # fmt: skip
# The verbs that tell the reader what to do at the start of a sentence: "Donate today".
CALLS_TO_ACTION = (
    "donate", "give", "support", "subscribe", "sign up", "join", "become", "help", "chip in", "make",
    "consider", "click", "get", "start", "try", "register", "enter", "don't miss", "never miss",
    term(r"stay (?:informed|up to date|in the loop)"), "want", "like", term(r"enjoy(?:ed)?"), "love", "read",
    "keep", "unlock", "upgrade", "show", "download",
)  # fmt: skip
# The conjunctions an appeal often opens with before its call to action: "If you value our
# work, donate today", "Since you're here, please subscribe".
CONDITIONS = ("if", "when", "whether", "once", "since")
# ... and those after "please", anywhere in the sentence.
PLEASE_ACTIONS = ("subscribe", "donate", "support", "sign up", "register")
# Calls to action in other languages: "Melden Sie sich an", "Suscríbete", "Zapraszamy".
ACTION_DE = (
    "jetzt", "hier", "melde dich", "melden sie sich", "abonniere", "abonnieren", "registrieren",
    "anmelden", "unterstütze", "unterstützen sie", "klicke", "klicken sie", "schauen sie",
)  # fmt: skip
ACTION_ES = ("hazte", "suscríbete", "suscribite", "suscribete", "suscribirse", "suscríbase", "únete", "apoya")
ACTION_FR = ("abonnez-vous", "inscrivez-vous", "soutenez", term(r"pour (?:lire|accéder)"))
ACTION_PT = ("assine", "inscreva-se", "apoie")
ACTION_IT = ("iscriviti", "abbonati", "sostienici")
ACTION_PL = ("zapraszamy", "wesprzyj", "subskrybuj")
FOREIGN_ACTION = ACTION_DE + ACTION_ES + ACTION_FR + ACTION_PT + ACTION_IT + ACTION_PL

# How an appeal in another language speaks to the reader or as the outlet ("Abonnieren Sie
# unseren Newsletter", "escríbenos a nuestra redacción"); news about a donation does neither.
ADDRESS_DE = (
    "du", "dich", "dir", "dein", "deine", "deinen", "euch", "euer", "eure", "wir", "uns", "unser", "unsere",
    "unseren", "unserem", "unserer",
)  # fmt: skip
ADDRESS_ES = ("tu", "tus", "te", "usted", "ustedes", "nos", "nuestro", "nuestra", "nuestros", "nuestras")
ADDRESS_FR = ("vous", "votre", "vos", "tu", "te", "ton", "ta", "tes", "nous", "notre", "nos")
ADDRESS_PT = ("você", "vocês", "te", "nós", "nosso", "nossa", "nossos", "nossas")
ADDRESS_IT = (
    "ti", "tu", "tuo", "tua", "voi", "vostro", "vostra", "noi", "nostro", "nostra", "nostri", "nostre",
)  # fmt: skip
ADDRESS_PL = (
    "ty", "ciebie", "cię", "wy", "was", "wam", "nas", "nam", "nasz", "nasza", "nasze", "naszego", "naszej",
)  # fmt: skip
FOREIGN_ADDRESS = ADDRESS_DE + ADDRESS_ES + ADDRESS_FR + ADDRESS_PT + ADDRESS_IT + ADDRESS_PL
# The German polite "you", told from "sie" (she, they) by its capital: matched case-sensitively.
POLITE_ADDRESS_DE = ("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer")

"""Names and words of the media around an article: social platforms, photo agencies, and the
words that credit a picture (entries: see cleaners.lexicon.patterns)."""

from __future__ import annotations

from cleaners.lexicon.patterns import term

# Social networks and news apps, by name (in lower case): a page asks to be followed on them
# ("Follow us on Instagram") and offers to share the article to them (a row of buttons).
PLATFORMS = (
    "facebook", "twitter", "x", "instagram", "bluesky", "threads", "mastodon", "telegram", "whatsapp",
    "tiktok", "youtube", "linkedin", "pinterest", "reddit", "flipboard", "messenger", "tumblr", "vk",
    "weibo", "wechat", "snapchat", "substack", "google news", "apple news",
)  # fmt: skip
# Followed, but no share button's label: a line "Discord" alone is no row of share buttons.
FOLLOWED_ONLY = ("discord",)
# Share buttons' labels only: after "follow", "find" or "add", "line", "sms" or "pocket" is a
# word of the sentence ("find the line", "add to your pocket"), not a platform; "FB" is
# Facebook as a button abbreviates it.
SHARED_ONLY = ("pocket", "line", "sms", "fb")

# Photo and news agencies as captions credit them, each way it is written (the case matters
# where a credit pair is read: "(Name/AFP)"). Matched as written, longest first.
AGENCIES = (
    "AP", "AFP", "Reuters", "REUTERS", "EPA", "EPA-EFE", "Getty Images", "Getty", "Bloomberg",
    "Shutterstock", "Alamy", "PA Images", "PA Wire", "PA", "ANP", "dpa", "DPA", "Xinhua",
    "Anadolu Agency", "Anadolu", "Sipa", "SIPA", "Zuma Press", "Zuma", "ZUMA Press", "ZUMA Wire", "ZUMA",
    "NurPhoto", "Imago", "IMAGO", "Pool", "POOL", "Flickr", "Wikimedia Commons", "Associated Press",
    "TASS", "Kyodo", "Yonhap", "GPO", "IDF", "UPI", "Abaca", "SOPA Images", "LightRocket", "NASA", "AAP",
    "PA Media", "Belga", "Ritzau", "Scanpix", "TT", "NTB", "Lusa", "Efe", "EFE", "ANSA", "Photothek",
    "KEYSTONE", "Keystone",
)  # fmt: skip

# Stock photo libraries, each way a credit writes them (with its domain or not; names, matched
# with re.IGNORECASE): a caption ends in one after a mark ("(Name / iStock.com)",
# "Quelle: Name/Unsplash", "© Name - stock.adobe.com").
STOCK_LIBRARIES = (
    "iStock", "iStockphoto", "Getty Images", "Shutterstock", "Unsplash", "Pixabay", "Pexels",
    "Adobe Stock", "Stock.Adobe.com", "AdobeStock", "Fotolia", "Depositphotos", "Dreamstime",
    "Alamy", "Pixelio", "Freepik", "Colourbox", "picture alliance", "picture-alliance", "Canva",
    "Bigstock", "Stocksy", "Envato",
)  # fmt: skip

# The words of a credit in brackets: "(AP Photo/Name)", "(Photo courtesy of X)".
BRACKET_CREDIT_WORDS = ("photo", "foto", "image", "picture", "credit", "crédito", "courtesy")
# The label of a credit before its name: "Photo: Name", "Credit | Name", "Bildquelle: Name".
CREDIT_LABELS = (
    term(r"photo(?:graph)?s?", "photo"), term(r"pictures?"), term(r"images?"), "credit", "photo credit",
    "image credit", "illustration", term(r"courtesy(?: of)?"), term(r"fotos?"), term(r"bild(?:er)?"),
    "beitragsbild", "titelbild", "bildquelle", "bildnachweis", "copyright",
    term(r"crédits? photos?", "crédit"), "crédit", "crédito", "fuente", "image illustrative", "kuva",
)  # fmt: skip
# The label of a picture's caption that is a credit and nothing else: "Foto: dpa", "Quelle: X".
BARE_CREDIT_LABELS = (
    "photo",
    "foto",
    "image",
    "bild",
    "picture",
    "credit",
    "source",
    "quelle",
    "crédit",
    "fuente",
)
# The parts of a class or id that mark a picture's credit ("image-credit", "photographer").
CREDIT_CLASS_WORDS = ("credit", "credits", "copyright", "photographer", "photocredit", "imagecredit")

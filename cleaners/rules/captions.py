"""Photo captions: lines that end in a photo credit, and uncredited copies of them."""

from __future__ import annotations

import re

from cleaners.document import Document
from cleaners.rules.bylines import parse_byline
from cleaners.shapes import normalised, words

AGENCIES = (
    r"AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty(?: Images)?|Bloomberg|Shutterstock|Alamy|"
    r"PA(?: Images| Wire)?|ANP|dpa|DPA|Xinhua|Anadolu(?: Agency)?|Sipa|SIPA|Zuma(?: Press)?|"
    r"ZUMA(?: Press| Wire)?|NurPhoto|Imago|IMAGO|Pool|POOL|Flickr|Wikimedia Commons|"
    r"Associated Press|TASS|Kyodo|Yonhap|GPO|IDF|UPI|Abaca|SOPA Images|LightRocket|NASA|AAP|"
    r"PA Media|Belga|Ritzau|Scanpix|TT|NTB|Lusa|Efe|EFE|ANSA|Photothek|KEYSTONE|Keystone"
)
# Credits as they end a caption; several may follow one another ("(AP Photo/X) (Y/Z)").
CREDIT_AT_END = re.compile(
    r"(?:"
    rf"\((?:[^()]{{0,60}}\b(?:photo|foto|image|picture|credit|courtesy)s?\b[^()]{{0,60}}|(?:{AGENCIES})(?:\s+via\s+[^()]{{2,30}})?)\)"
    r"|\((?P<person>[^()/]{2,40})/(?P<agency>[^()/]{2,40})\)"
    rf"|(?:^|[.!?”\"]\s+|/\s*|\|\s*|\bvia\s+)(?:{AGENCIES})(?:/[A-Z][\w .’'-]{{1,40}})?"
    rf"|\b(?:{AGENCIES})(?:\s+(?:photo|image|pictures?))?(?:/[A-Z][\w .’'-]{{1,40}}){{1,2}}"
    r"|\b(?:photo(?:graph)?s?|pictures?|images?|credit|photo credit|image credit|illustration|"
    r"courtesy(?: of)?|fotos?|bild(?:er)?|beitragsbild|titelbild|bildquelle|bildnachweis|"
    r"copyright|crédits? photos?|crédit|fuente|image illustrative)\s*(?::|by|\||\.{2,}|…)\s*[^.!?]{2,80}"
    r"|©\s*[^.!?]{2,60}"
    r")\s*[.)]?\s*$",
    re.IGNORECASE,
)
# Words a gallery widget appends after the credit ("... (Name/Agency) Photo Gallery").
GALLERY_TAIL = re.compile(
    r"\s*(?:photo gallery|view gallery|gallery|enlarge|expand|hide caption|toggle caption|"
    r"purchase licensing rights|buy (?:this )?photo|download|"
    r"close|\d+\s*(?:of|/)\s*\d+)\s*$",
    re.IGNORECASE,
)
# A paragraph this long that ends in a bare "(dpa)" is a news story citing its agency, not a
# caption; a long caption names the photo ("(AP Photo/Name)").
MAX_CAPTION_WORDS = 60
BARE_AGENCY = re.compile(rf"^\((?:{AGENCIES})\)\s*[.)]?\s*$", re.IGNORECASE)
CREDIT_REACH = 400  # characters: longer than any credit form above, spaces folded
MIN_REPEAT_WORDS = 6  # a shorter line may repeat a caption by chance


def strip_photo_captions(doc: Document) -> None:
    for line in doc.kept():
        if has_photo_credit(line.text):
            doc.drop(line, "photo_caption", "photo caption with credit")


# Caption widgets that label themselves: "Image source, PA Media", "Image caption, ...".
CAPTION_LABEL = re.compile(r"^(?:image|photo|media|video) (?:source|caption|copyright|credit)\s*[,:]", re.I)


def has_photo_credit(text: str) -> bool:
    if CAPTION_LABEL.match(text):
        return True
    if parse_byline(text):
        return False  # "By Jane Doe | Reuters" credits a writer, not a photo
    text = GALLERY_TAIL.sub("", text)
    # A credit is the end of the line: no match can start further back than CREDIT_REACH, so the
    # search starts there (with a start position, "^" still means only the real line start).
    match = CREDIT_AT_END.search(text, max(0, len(text) - CREDIT_REACH))
    if not match:
        return False
    if len(words(text)) > MAX_CAPTION_WORDS and BARE_AGENCY.match(match.group().strip()):
        return False
    if match.group("person") is not None:
        return is_credit_pair(match.group("person"), match.group("agency"))
    return True


def is_credit_pair(person: str, agency: str) -> bool:
    """ "(Amos Ben-Gershom/GPO)" is a credit; "(Israel/Lebanon)" or "(50/50)" is not."""
    if any(ch.isdigit() for ch in person + agency):
        return False
    sides = [len(person.split()), len(agency.split())]
    return max(sides) <= 5 and (max(sides) >= 2 or bool(re.fullmatch(AGENCIES, agency.strip())))


def strip_caption_repeats(doc: Document) -> None:
    """A caption often appears twice, once with its credit; drop the uncredited copy."""
    captions = [normalised(r.text) for r in doc.removals if r.rule == "photo_caption" and r.whole_line]
    if not captions:
        return
    for line in doc.kept():
        text = normalised(line.text)
        if len(words(text)) >= MIN_REPEAT_WORDS and any(text in caption for caption in captions):
            doc.drop(line, "photo_caption_repeat", "copy of a photo caption")

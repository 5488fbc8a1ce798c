"""An author's bio at the end of an article: a person named, a verb that presents them, their
role ("Jane Doe is a staff writer", "Max Muster leitet das Ressort", "Ich bin Foodbloggerin").
Lowercase; cleaners/rules/bios.py frames them (the name before, the role after the verb)."""

from __future__ import annotations

# The verbs that present a person: the bio's second part, right after the name.
PRESENTING_VERBS = (
    "is", "was", "has been", "has worked", "works", "writes", "covers", "leads", "joined",  # en
    "ist", "war", "arbeitet", "schreibt", "leitet", "betreut", "studierte", "beschäftigt sich",  # de
    "est", "a été", "travaille", "écrit",  # fr
    "es", "fue", "trabaja", "escribe",  # es
    "è", "lavora", "scrive",  # it
    "é", "trabalha", "escreve",  # pt
    "jest",  # pl
)  # fmt: skip
# The first person's own bio: "I am ...", "Ich bin ...", "Je suis ...".
FIRST_PERSON = (
    "i am", "i'm", "ich bin", "je suis", "soy", "sono", "sou", "jestem",
    "hallo, ich bin", "hi, i'm", "hi, i am", "hello, i'm", "hello, i am",
)  # fmt: skip
# A role a bio gives its person, a few words after the verb. German compounds end in one:
# "Wirtschaftsredakteurin", "Foodbloggerin", "Fachanwalt" (ROLE_ENDINGS).
ROLES = (
    "editor", "reporter", "journalist", "writer", "correspondent", "columnist", "author", "founder",
    "co-founder", "cofounder", "consultant", "contributor", "producer", "photographer", "blogger",
    "head of", "director", "student", "lecturer", "professor", "researcher", "freelance", "freelancer",
    "rédacteur", "rédactrice", "journaliste", "auteur", "autrice", "fondateur", "fondatrice",
    "periodista", "redactor", "redactora", "escritor", "escritora", "autor", "autora", "fundador",
    "fundadora", "giornalista", "redattore", "redattrice", "scrittore", "scrittrice", "autore",
    "autrice", "jornalista", "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "autorka",
    "das ressort", "die redaktion",
)  # fmt: skip
ROLE_ENDINGS = (
    "redakteur", "journalist", "autor", "blogger", "gründer", "leiter", "anwalt", "berater",
    "manager", "korrespondent", "reporter", "fotograf", "inhaber", "wissenschaftler", "historiker",
    "professor", "student", "volontär", "referent", "moderator", "sprecher", "editor",
)  # fmt: skip
# Capitalised words that open a sentence about a thing, not a person: "It is the author's ...".
NOT_PERSONS = (
    "it", "this", "that", "there", "here", "what", "which", "the", "es", "das", "dies", "dieser",
    "diese", "ce", "cela", "il", "esto", "eso", "questo", "isto", "to",
)  # fmt: skip
# Articles before a role open a sentence of news, not a bio: "Eine Sprecherin sagte ...".
ARTICLES = (
    "a", "an", "the", "ein", "eine", "der", "die", "das", "un", "une", "le", "la", "el", "il", "lo",
    "o", "um", "uma",
)  # fmt: skip

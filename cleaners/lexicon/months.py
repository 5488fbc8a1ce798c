"""Month and weekday names, the one table of each that every date and byline pattern is built from.

Each table maps a number (January = 1, Monday = 1) to the words of each language for it: the
full names (with their spellings without accents, "fevrier", "subat"; in Polish, Russian
and Czech the genitive a date writes, "3 maja", "5 мая"), then the abbreviations, written
with their dot ("sept."); a pattern allows the dot, a lookup reads the word without it.
All words are lowercase: the patterns built from them ignore case.
"""

from __future__ import annotations

from collections.abc import Iterable

Table = dict[int, dict[str, str]]

# English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Norwegian and Danish,
# Polish, Russian, Czech, Turkish, Hungarian, Indonesian; two Serbian genitives.
MONTHS: Table = {
    1: {
        "en": "january jan.",
        "de": "januar jänner jan. jän.",
        "fr": "janvier janv.",
        "es": "enero ene.",
        "it": "gennaio gen.",
        "pt": "janeiro jan.",
        "nl": "januari jan.",
        "sv": "januari jan.",
        "no": "januar jan.",
        "pl": "stycznia styczeń",
        "ru": "января",
        "cs": "ledna leden",
        "tr": "ocak",
        "hu": "januári",
        "id": "januari",
    },
    2: {
        "en": "february feb.",
        "de": "februar feber feb.",
        "fr": "février fevrier févr. fév. fev.",
        "es": "febrero feb.",
        "it": "febbraio feb.",
        "pt": "fevereiro fev.",
        "nl": "februari feb.",
        "sv": "februari feb.",
        "no": "februar feb.",
        "pl": "lutego luty",
        "ru": "февраля",
        "cs": "února únor",
        "tr": "şubat subat",
        "hu": "februári",
        "id": "februari",
    },
    3: {
        "en": "march mar.",
        "de": "märz maerz mrz.",
        "fr": "mars",
        "es": "marzo mar.",
        "it": "marzo mar.",
        "pt": "março marco mar.",
        "nl": "maart mar.",
        "sv": "mars mar.",
        "no": "mars mar.",
        "pl": "marca marzec",
        "ru": "марта",
        "cs": "března březen",
        "tr": "mart",
        "hu": "március",
        "id": "maret",
    },
    4: {
        "en": "april apr.",
        "de": "april apr.",
        "fr": "avril avr.",
        "es": "abril abr.",
        "it": "aprile apr.",
        "pt": "abril abr.",
        "nl": "april apr.",
        "sv": "april apr.",
        "no": "april apr.",
        "pl": "kwietnia kwiecień",
        "ru": "апреля",
        "cs": "dubna duben",
        "tr": "nisan",
        "hu": "április",
        "id": "april",
        "sr": "aprila",
    },
    5: {
        "en": "may",
        "de": "mai",
        "fr": "mai",
        "es": "mayo",
        "it": "maggio mag.",
        "pt": "maio mai.",
        "nl": "mei",
        "sv": "maj",
        "no": "mai",
        "pl": "maja maj",
        "ru": "мая",
        "cs": "května květen",
        "tr": "mayıs mayis",
        "hu": "május",
        "id": "mei",
    },
    6: {
        "en": "june jun.",
        "de": "juni jun.",
        "fr": "juin",
        "es": "junio jun.",
        "it": "giugno giu.",
        "pt": "junho jun.",
        "nl": "juni jun.",
        "sv": "juni jun.",
        "no": "juni jun.",
        "pl": "czerwca czerwiec",
        "ru": "июня",
        "cs": "června červen",
        "tr": "haziran",
        "hu": "június",
        "id": "juni",
    },
    7: {
        "en": "july jul.",
        "de": "juli jul.",
        "fr": "juillet juil.",
        "es": "julio jul.",
        "it": "luglio lug.",
        "pt": "julho jul.",
        "nl": "juli jul.",
        "sv": "juli jul.",
        "no": "juli jul.",
        "pl": "lipca lipiec",
        "ru": "июля",
        "cs": "července červenec",
        "tr": "temmuz",
        "hu": "július",
        "id": "juli",
    },
    8: {
        "en": "august aug.",
        "de": "august aug.",
        "fr": "août aout",
        "es": "agosto ago.",
        "it": "agosto ago.",
        "pt": "agosto ago.",
        "nl": "augustus aug.",
        "sv": "augusti aug.",
        "no": "august aug.",
        "pl": "sierpnia sierpień",
        "ru": "августа",
        "cs": "srpna srpen",
        "tr": "ağustos agustos",
        "hu": "augusztus",
        "id": "agustus",
    },
    9: {
        "en": "september sep. sept.",
        "de": "september sep. sept.",
        "fr": "septembre sept.",
        "es": "septiembre setiembre sep. set.",
        "it": "settembre set.",
        "pt": "setembro set.",
        "nl": "september sep. sept.",
        "sv": "september sep. sept.",
        "no": "september sep. sept.",
        "pl": "września wrzesień",
        "ru": "сентября",
        "cs": "září",
        "tr": "eylül eylul",
        "hu": "szeptember",
        "id": "september",
    },
    10: {
        "en": "october oct.",
        "de": "oktober okt.",
        "fr": "octobre oct.",
        "es": "octubre oct.",
        "it": "ottobre ott.",
        "pt": "outubro out.",
        "nl": "oktober okt.",
        "sv": "oktober okt.",
        "no": "oktober okt.",
        "pl": "października październik",
        "ru": "октября",
        "cs": "října říjen",
        "tr": "ekim",
        "hu": "október",
        "id": "oktober",
        "sr": "oktobra",
    },
    11: {
        "en": "november nov.",
        "de": "november nov.",
        "fr": "novembre nov.",
        "es": "noviembre nov.",
        "it": "novembre nov.",
        "pt": "novembro nov.",
        "nl": "november nov.",
        "sv": "november nov.",
        "no": "november nov.",
        "pl": "listopada listopad",
        "ru": "ноября",
        "cs": "listopadu listopad",
        "tr": "kasım kasim",
        "hu": "november",
        "id": "november",
    },
    12: {
        "en": "december dec.",
        "de": "dezember dez.",
        "fr": "décembre decembre déc.",
        "es": "diciembre dic.",
        "it": "dicembre dic.",
        "pt": "dezembro dez.",
        "nl": "december dec.",
        "sv": "december dec.",
        "no": "desember",
        "pl": "grudnia grudzień",
        "ru": "декабря",
        "cs": "prosince prosinec",
        "tr": "aralık aralik",
        "hu": "december",
        "id": "desember",
    },
}

WEEKDAYS: Table = {
    1: {"en": "monday mon.", "de": "montag mo.", "fr": "lundi", "es": "lunes"},
    2: {"en": "tuesday tue. tues.", "de": "dienstag di.", "fr": "mardi", "es": "martes"},
    3: {"en": "wednesday wed.", "de": "mittwoch mi.", "fr": "mercredi", "es": "miércoles"},
    4: {"en": "thursday thu. thur. thurs.", "de": "donnerstag do.", "fr": "jeudi", "es": "jueves"},
    5: {"en": "friday fri.", "de": "freitag fr.", "fr": "vendredi", "es": "viernes"},
    6: {"en": "saturday sat.", "de": "samstag sa.", "fr": "samedi", "es": "sábado"},
    7: {"en": "sunday sun.", "de": "sonntag so.", "fr": "dimanche", "es": "domingo"},
}


def table_words(
    table: Table, languages: Iterable[str] | None = None, *, full: bool = True, abbreviated: bool = True
) -> tuple[str, ...]:
    """The words of `table` in `languages` (all when None), each once: the full names, the
    abbreviations (without their dot), or both."""
    wanted = None if languages is None else set(languages)
    found: dict[str, None] = {}
    for by_language in table.values():
        for language, words in by_language.items():
            if wanted is None or language in wanted:
                for word in words.split():
                    if abbreviated if word.endswith(".") else full:
                        found[word.rstrip(".")] = None
    return tuple(found)


def word_numbers(table: Table) -> dict[str, int]:
    """word -> its number in `table`, for every word of every language."""
    return {word: number for number in table for word in table_words({number: table[number]})}

"""Words of a dateline that say its date is not the publication date (read by
cleaners/html/metadata/date.py): the date a text was last changed ("Updated on", "Zuletzt
aktualisiert", a forum post's "edited"), the date a user joined a forum or a company was
founded. Lowercase; a space stands for any whitespace."""

from __future__ import annotations

# Labels of the date of the last change. A dateline that says "Updated May 6, 2019" is the
# date many pages show as their only dateline; a label in a field of its own ("Last updated:"
# beside the date) marks one field of a box that shows the publication date too.
UPDATE_LABELS = (
    "updated", "last updated", "updated on", "last updated on", "modified", "last modified",
    "last modified on", "last reviewed", "reviewed on", "aktualisiert", "aktualisiert am",
    "zuletzt aktualisiert", "zuletzt aktualisiert am", "geändert am", "zuletzt geändert",
    "mis à jour", "mis à jour le", "dernière mise à jour", "actualizado", "actualizado el",
    "última actualización", "aggiornato", "aggiornato il", "ultimo aggiornamento", "atualizado",
    "atualizado em", "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt", "modifié", "modifié le",
)  # fmt: skip
# Labels of a thread's latest post, before the name of its writer and its date ("last post by" /
# "jdoe" / "Jan 18, 2024").
LATEST_POST_LABELS = (
    "last post", "latest post", "last reply", "latest reply", "letzter beitrag", "letzte antwort",
    "dernier message", "último mensaje",
)  # fmt: skip
# Labels of dates that are never the publication date: a forum post's edit, a thread's latest
# post, the day its writer joined the forum, the year a company was founded.
OTHER_DATE_LABELS = (
    *LATEST_POST_LABELS, "edited", "last edited", "bearbeitet", "zuletzt bearbeitet", "editado",
    "joined", "member since", "registered", "registriert", "registriert seit", "mitglied seit",
    "dabei seit", "inscrit", "inscrit le", "inscrit depuis", "miembro desde", "registrado",
    "iscritto", "founded", "established", "gegründet",
)  # fmt: skip

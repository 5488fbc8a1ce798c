"""Words of a dateline that say its date is not the publication date (read by
cleaners/html/metadata/date.py): the date a text was last changed ("Updated on", "Zuletzt
aktualisiert", a forum post's "edited"), the date a user joined a forum or a company was
founded. Lowercase; a space stands for any whitespace."""

from __future__ import annotations

# Labels of a date that is not the publication date.
NOT_PUBLISHED_LABELS = (
    "updated", "last updated", "updated on", "last updated on", "modified", "last modified",
    "last modified on", "last reviewed", "reviewed on", "aktualisiert", "aktualisiert am",
    "zuletzt aktualisiert", "zuletzt aktualisiert am", "geändert am", "zuletzt geändert",
    "mis à jour", "mis à jour le", "dernière mise à jour", "actualizado", "actualizado el",
    "última actualización", "aggiornato", "aggiornato il", "ultimo aggiornamento", "atualizado",
    "atualizado em", "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt", "edited", "last edited",
    "bearbeitet", "zuletzt bearbeitet", "modifié", "modifié le", "editado",
    "joined", "member since", "registered", "registriert", "registriert seit", "mitglied seit",
    "dabei seit", "inscrit", "inscrit le", "inscrit depuis", "miembro desde", "registrado",
    "iscritto", "founded", "established", "gegründet",
)  # fmt: skip

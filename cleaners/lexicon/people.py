"""Words that stand where a byline names its authors but are no person's name (read by
cleaners/names.py): a rights notice ("All rights reserved", "Riproduzione riservata"), a role
without its person ("Editor", "编辑"), a placeholder. Lowercase; the byline labels, roles and
months read by the byline patterns (cleaners/lexicon/bylines.py, months.py) count too."""

from __future__ import annotations

# Rights notices: a copyright line's end, never a name.
RIGHTS_NOTICES = (
    "all rights reserved", "rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "riproduzione riservata", "riproduzione vietata",
    "tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone", "版权所有", "保留所有权利",
)  # fmt: skip
# Roles a byline shows where the name should stand: a role word alone ("Editor", "编辑") names
# nobody. (A desk credited as a whole, "Redaktion", "Staff Writer", is an author.)
ROLE_WORDS = (
    "editor", "author", "writer", "staff", "contributor", "guest", "guest author", "moderator",
    "webmaster", "user", "member", "autor", "autorin", "auteur", "autore", "redakteur", "redakteurin",
    "编辑", "责任编辑", "记者", "作者", "撰文", "編集", "記者", "편집", "기자",
)  # fmt: skip
# Degrees and credentials a byline writes after the name, split off by its comma ("Jane Doe,
# MD, MPH"): none is a name. Written without a final dot and without ®, ™ or a footnote's *
CREDENTIALS = (
    "phd", "ph.d", "md", "m.d", "ms", "m.s", "msc", "m.sc", "ma", "m.a", "mba", "mph", "rd", "rdn",
    "rn", "np", "pa-c", "do", "dds", "dvm", "jd", "j.d", "llm", "cpa", "cfa", "cfp", "cepf", "pe",
    "ryt", "e-ryt", "ryt 200", "e-ryt 200", "ryt 500", "e-ryt 500", "facp", "faan", "fand", "bsc",
    "b.sc", "ba", "b.a", "bs", "b.s", "mfa", "edd", "ed.d", "psyd", "lcsw", "lpc", "cscs", "cpt",
    "cpp", "psp", "cissp", "cisa", "cism", "pmp", "facs", "faap", "dacvb", "vmd", "lvt",
)  # fmt: skip

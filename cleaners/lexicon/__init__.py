"""The vocabulary of the rules, one module per kind of word list (months, bylines, headings,
appeals, media): each list is written once, as tuples of words per language, and the
patterns and prefilter needles the rules use are built from the same tuples, so the two can
never drift apart."""

"""The named text rules: each module holds the functions of a family of rules (markup,
navigation, captions, appeals, bylines, headlines, header fields). Which rule runs when, and
under which id, is in cleaners/rulebook.py."""

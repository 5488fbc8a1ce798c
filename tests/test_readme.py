import re
from pathlib import Path

from cleaners.rulebook import LOGGED_IDS, TEXT_RULES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_lists_the_text_rules_in_order():
    positions = [README.find(f"| `{rule.id}` |") for rule in TEXT_RULES]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_readme_names_every_id_a_sidecar_can_hold():
    named = set(re.findall(r"`([a-z_]+(?:\.[a-z_]+)?)`", README))
    assert named >= LOGGED_IDS, sorted(LOGGED_IDS - named)


def test_readme_shows_the_two_commands():
    assert "make run" in README and "make test" in README

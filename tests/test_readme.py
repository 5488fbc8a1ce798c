from pathlib import Path

from cleaners.rules import TEXT_RULES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_rule_in_order():
    positions = [README.find(f"| `{rule.id}` |") for rule in TEXT_RULES]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_readme_shows_the_two_commands():
    assert "make run" in README and "make test" in README

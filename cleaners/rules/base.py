"""What a rule is: a small named unit that reads a Document and records what it removes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cleaners.document import Document


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    apply: Callable[[Document], None]

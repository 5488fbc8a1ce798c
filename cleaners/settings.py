"""Settings in one place: defaults for every knob the pipeline has."""

from __future__ import annotations

from dataclasses import dataclass

FORMATS = ("auto", "html", "text")
MAX_BYTES = 64 * 1024 * 1024  # larger inputs are refused rather than risk memory blow-up


@dataclass(frozen=True)
class Options:
    format: str = "auto"
    max_bytes: int = MAX_BYTES
    precision: bool = False
    recall: bool = False
    with_comments: bool = False

    def __post_init__(self):
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {self.format!r}")
        if self.precision and self.recall:
            raise ValueError("precision and recall presets exclude each other")

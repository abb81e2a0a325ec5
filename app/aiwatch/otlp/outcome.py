"""What one OTLP export request amounted to: the events to record and the counts to report."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..events import Event, Usage

MAX_MESSAGES = 5  # problems quoted in the partial-success message; the rest are counted


@dataclass
class Outcome:
    """Items of one request by result: recorded (became events), skipped (not a GenAI
    call), ignored (the service is counted from the other signal), rejected (invalid)."""

    events: list[Event] = field(default_factory=list)
    usage: list[Usage] = field(default_factory=list)  # tokens exported apart from their calls
    prompts: list[tuple[str, str]] = field(default_factory=list)  # (service, user text) to screen
    recorded: int = 0
    skipped: int = 0
    ignored: int = 0
    rejected: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _unquoted: int = 0

    def reject(self, n: int, problem: str) -> None:
        self.rejected += n
        if len(self.problems) < MAX_MESSAGES:
            self.problems.append(problem)
        else:
            self._unquoted += 1

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def message(self) -> str:
        """The partial-success error_message: empty when everything was fine."""
        parts = list(self.problems)
        if self._unquoted:
            parts.append(f"and {self._unquoted} more problem(s)")
        parts += self.notes
        return "; ".join(parts)

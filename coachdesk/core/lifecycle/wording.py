"""Words for signals, missing data and the principal contradiction, from resources/lifecycle/wording.toml.

Content in two languages like the playbooks; the GUI passes its language, the CLI prints English unless asked.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from coachdesk.core.common.local_text import pick
from coachdesk.core.lifecycle.signals import MISSING, Signal
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.paths import resource

Table = Mapping[str, Mapping[str, str]]


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:  # a template naming a figure the signal lacks shows the name
        return "{" + key + "}"


@dataclass(frozen=True)
class Wording:
    terms: Table
    names: Table
    text: Table
    missing: Table
    contradiction: Table
    growth: Table
    reasoning: Table  # how the mix was weighed (diagnosis.py's reasoning codes)

    def term(self, key: str, lang: str) -> str:
        return pick(self.terms[key], lang) if key in self.terms else key

    def stage(self, stage: Stage, lang: str) -> str:
        return self.term(stage.value, lang)

    def name(self, signal_id: str, lang: str) -> str:
        return pick(self.names[signal_id], lang) if signal_id in self.names else signal_id

    def _fill(self, template: str, params: Mapping[str, object], lang: str) -> str:
        values = _Params(params)
        for key in ("stage", "other", "measure"):  # words, not figures: say them in the language
            word = values.get(key)
            if isinstance(word, str):
                values[key] = self.term(word, lang)
        return template.format_map(values)

    def describe(self, signal: Signal, lang: str) -> str:
        """One sentence stating the signal's figures (or why there are none)."""
        if signal.missing:
            return self.missing_note(signal, lang)
        entry = self.text.get(f"{signal.id}.{signal.finding}")
        if entry is None:  # a provider from a later module without wording yet: say what we know
            return f"{self.name(signal.id, lang)}: {signal.value:.3g}" if signal.value is not None else signal.id
        return self._fill(pick(entry, lang), signal.params, lang)

    def missing_note(self, signal: Signal, lang: str) -> str:
        reason = signal.finding.removeprefix(f"{MISSING}_")
        entry = self.text.get(f"{signal.id}.{signal.finding}") or self.missing.get(reason)
        return self._fill(pick(entry, lang), signal.params, lang) if entry else reason

    def reasoning_note(self, code: str, lang: str) -> str:
        return pick(self.reasoning[code], lang) if code in self.reasoning else code

    def join(self, first: str, second: str, lang: str) -> str:
        return pick(self.contradiction["join"], lang).format(first=first, second=_mid_sentence(second, lang))

    def no_data_summary(self, notes: list[str], lang: str) -> str:
        separator = "；" if lang.lower().startswith("zh") else "; "
        return pick(self.contradiction["no_data"], lang).format(notes=separator.join(notes))

    def growth_summary(self, stage: Stage, evidence: str, lang: str) -> str:
        task = pick(self.growth[stage.value], lang)
        return pick(self.contradiction["growth"], lang).format(evidence=_mid_sentence(evidence, lang), task=task)


def _mid_sentence(text: str, lang: str) -> str:
    """An English sentence continued after a comma or colon starts in lower case ("… , while call volume …")."""
    if lang.lower().startswith("zh") or not text[:1].isupper() or text[1:2].isupper():
        return text
    return text[0].lower() + text[1:]


def load_wording(path: Path | None = None) -> Wording:
    file = path or resource("lifecycle", "wording.toml")
    with open(file, "rb") as handle:
        data = tomllib.load(handle)
    return Wording(**{key: data[key] for key in ("terms", "names", "text", "missing", "contradiction", "growth",
                                                 "reasoning")})


@cache
def default_wording() -> Wording:
    return load_wording()

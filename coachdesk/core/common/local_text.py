"""Bilingual content (survey items, playbooks, wording) as read from resources/: one string per language."""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("en", "zh")
LocalText = dict[str, str]


def language_of(locale: str) -> str:
    """'zh_CN', 'zh-Hans', 'zh' → 'zh'; anything else → 'en'."""
    return "zh" if locale.lower().startswith("zh") else "en"


def pick(text: Mapping[str, str], lang: str) -> str:
    """The text in ``lang`` (a locale like zh_CN works too), falling back to English, then to any language."""
    key = language_of(lang)
    return text.get(key) or text.get("en") or next(iter(text.values()), "")


def require_languages(value: object, where: str) -> LocalText:
    """Check a content-file entry holds a non-empty string for every language."""
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: expected a table with keys {', '.join(LANGUAGES)}")
    result: LocalText = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"{where}.{lang}: missing or empty")
        result[lang] = text.strip()
    return result

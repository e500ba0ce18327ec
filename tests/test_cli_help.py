"""Every command, option, help text and usage error of `coachdesk` stays as it was.

``tests/data/cli_help.txt`` was written from the command line as it stood before its commands were split into
one registering module per feature (``python -m tests.test_cli_help > tests/data/cli_help.txt``); this test
walks the current parser the same way and compares the whole text.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

from coachdesk.cli.main import build_parser, main

EXPECTED = Path(__file__).parent / "data" / "cli_help.txt"
COLUMNS = "100"  # argparse wraps at the terminal width; fixed so the text does not depend on the terminal


def _command_paths(parser: argparse.ArgumentParser,
                   path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], bool]]:
    """Every (sub-)command as its words, with whether it has sub-commands of its own; parents first."""
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    yield path, bool(subparsers)
    for action in subparsers:
        for name, child in action.choices.items():
            yield from _command_paths(child, (*path, name))


def _run(argv: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    code: object = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
    text = f"$ coachdesk {' '.join(argv)}\n[exit {code}]\n"
    if out.getvalue():
        text += f"[stdout]\n{out.getvalue()}"
    if err.getvalue():
        text += f"[stderr]\n{err.getvalue()}"
    return text


def help_text() -> str:
    """`--help` of the root and of every sub-command, the usage error of each command group called without
    its action, an unknown command (lists the commands in order) and `--version`."""
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = COLUMNS
    try:
        parts = [_run(["--version"]), _run(["no-such-command"])]
        for path, has_children in _command_paths(build_parser()):
            parts.append(_run([*path, "--help"]))
            if has_children and path:
                parts.append(_run(list(path)))
        return "\n".join(parts)
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


def test_help_and_usage_errors_are_unchanged() -> None:
    expected = EXPECTED.read_text(encoding="utf-8")
    actual = help_text()
    assert actual.splitlines() == expected.splitlines()


if __name__ == "__main__":
    import sys

    sys.stdout.write(help_text())

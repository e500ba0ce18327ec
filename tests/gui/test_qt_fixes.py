"""The work-around for PySide6 6.12.0 on Python 3.11 (lost references to None/True) is active where needed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from coachdesk.gui.shell import qt_fixes


class Emitter(QObject):
    fired = Signal(object)


def test_none_and_true_survive_many_binding_calls(app) -> None:
    if qt_fixes.leaking_singletons():  # this binding still drops references: the work-around must be on
        assert qt_fixes._installed
        assert sys.getrefcount(None) > qt_fixes.IMMORTAL_BOOST // 2
        assert sys.getrefcount(True) > qt_fixes.IMMORTAL_BOOST // 2
    emitter = Emitter()
    emitter.fired.connect(lambda _value: None)
    for _ in range(50_000):  # more than True had references before the work-around
        emitter.fired.emit(None)
        emitter.setObjectName("x")
    assert sys.getrefcount(True) > 0 and sys.getrefcount(None) > 0

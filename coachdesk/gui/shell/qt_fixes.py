"""Work-arounds for bugs in the Qt bindings, applied only where a probe shows the bug.

PySide6 6.12.0 on Python 3.11: methods returning nothing hand back ``None`` without a reference to it, and
``SignalInstance.emit()`` does the same with ``True``. Every such call takes one reference away from the
singleton; the interpreter aborts ("Fatal Python error: none_dealloc / bool_dealloc") when a count reaches
zero — after some tens of thousands of calls: a pyqtgraph chart makes hundreds per resize or repaint, so a
dashboard session or a GUI test run gets there. Python 3.12+ is immune: there these singletons are immortal.

``install()`` probes both behaviours and, only if references are lost, does what Python 3.12 does: it makes
``None``, ``True`` and ``False`` effectively immortal by adding 2**40 to their reference counts (they are never
deallocated in a healthy interpreter anyway). The proper fix is a PySide6 release without the bug.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

IMMORTAL_BOOST = 1 << 40
_installed = False


class _Probe(QObject):
    ping = Signal()


def _loses(obj: object, call: Callable[[], object], rounds: int) -> bool:
    for _ in range(4):  # warm up: first calls may create caches that hold references
        call()
    before = sys.getrefcount(obj)
    for _ in range(rounds):
        call()
    return before - sys.getrefcount(obj) >= rounds // 2  # one lost per call (other objects may come and go)


def leaking_singletons(rounds: int = 64) -> list[str]:
    """Names of the singletons that lose references through the bindings ([] when all is well)."""
    probe = _Probe()
    leaks = []
    if _loses(None, lambda: probe.setObjectName("probe"), rounds):  # a method that returns nothing
        leaks.append("None")
    if _loses(True, probe.ping.emit, rounds):
        leaks.append("True")
    return leaks


def _boost(obj: object) -> bool:
    """Add IMMORTAL_BOOST to ``obj``'s reference count (ob_refcnt is the object's first field)."""
    field = ctypes.c_ssize_t.from_address(id(obj))
    before = sys.getrefcount(obj)
    field.value += IMMORTAL_BOOST
    if abs(sys.getrefcount(obj) - before - IMMORTAL_BOOST) > 1_000:  # not the layout we expect: undo
        field.value -= IMMORTAL_BOOST
        return False
    return True


def install() -> bool:
    """Apply the work-around if this interpreter and binding need it; returns whether it is active."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):  # immortal singletons / debug object layout
        return False
    was_enabled = gc.isenabled()
    gc.disable()  # a collection in the middle would change the counts being compared
    try:
        if not leaking_singletons():
            return False
        boosted = [_boost(obj) for obj in (None, True, False)]
    finally:
        if was_enabled:
            gc.enable()
    _installed = all(boosted)
    return _installed

"""Registers the readiness signal with the lifecycle diagnosis and feeds it: ``ReadinessSignals`` joins the
providers, and the lifecycle fact gathering asks ``drills_extras`` for the team's readiness (store/lifecycle/facts
``register_extras``). Imported with the drills models (store/tables.py), so every diagnosis sees it."""

from __future__ import annotations

from coachdesk.core.lifecycle.readiness_signal import ReadinessSignals
from coachdesk.core.lifecycle.signals import register_provider
from coachdesk.store.drills.readiness import drills_extras
from coachdesk.store.lifecycle.facts import register_extras

register_provider(ReadinessSignals())
register_extras(drills_extras)

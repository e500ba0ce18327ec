"""Every feature's models, imported so ``Base.metadata`` is complete (Alembic, schema.sql, tests).

A new feature's ``store/<feature>/models.py`` is added here, and a feature that feeds the lifecycle diagnosis
registers its signal here too (imported with the tables, so every diagnosis sees it).
"""

from __future__ import annotations

from coachdesk.store.activity import models as activity_models
from coachdesk.store.base import Base
from coachdesk.store.competitions import models as competitions_models
from coachdesk.store.drills import models as drills_models
from coachdesk.store.drills import signals as drills_signals  # noqa: F401  (readiness signal + its facts)
from coachdesk.store.lifecycle import models as lifecycle_models
from coachdesk.store.roster import models as roster_models

FEATURE_MODELS = (roster_models, activity_models, lifecycle_models, competitions_models, drills_models)
metadata = Base.metadata

__all__ = ["FEATURE_MODELS", "Base", "metadata"]

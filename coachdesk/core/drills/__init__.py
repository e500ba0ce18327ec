"""Script drills (seed 003: selling starts with drilling the phone script): versioned unified scripts, the customer
question bank, rubrics, drill sessions and their entries, spaced-repetition question draws, readiness and
certification, mystery-shopper audits. Plain Python: no Qt, no SQLAlchemy."""

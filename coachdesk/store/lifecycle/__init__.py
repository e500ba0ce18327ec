"""Team lifecycle: models, facts for the diagnosis, survey, stage history, playbooks, action plans."""

"""`python -m coachdesk` behaves like the `coachdesk` command."""

import sys

from coachdesk.cli.main import main

sys.exit(main())

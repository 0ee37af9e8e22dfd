"""`python -m generator ...` is the same as the `digest` console script."""

from generator.cli import main

raise SystemExit(main())

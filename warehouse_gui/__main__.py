"""``python -m warehouse_gui``."""

import sys

from warehouse_gui.cli import main

sys.exit(main())

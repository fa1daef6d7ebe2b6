"""Allow `python -m ioexplainer`."""

import sys

from ioexplainer.app.cli import main

sys.exit(main())

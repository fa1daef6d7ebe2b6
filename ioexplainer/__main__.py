"""Allow `python -m ioexplainer`."""

import sys

from ioexplainer.cli import main

sys.exit(main())

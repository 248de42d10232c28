import sys

from bridge.screenshot import main

sys.exit(main())

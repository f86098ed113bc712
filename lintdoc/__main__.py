from lintdoc.cli import main

raise SystemExit(main())

from idlibsite.cli import main

raise SystemExit(main())

import sys

try:
    from idlibsite.cli import main
except KeyboardInterrupt:  # Ctrl-C while the modules load: nothing was started
    print("idlibsite: interrupted before it started; nothing was written", file=sys.stderr)
    raise SystemExit(130) from None
raise SystemExit(main())

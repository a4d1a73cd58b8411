import signal
import sys

# A Ctrl-C that lands inside an import can fall in a weakref callback of the import system, where
# Python prints "Exception ignored ... Traceback ... KeyboardInterrupt" and goes on as if it never
# came (seen in CI).  So SIGINT waits while the modules load and is taken once they are loaded.
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
try:
    from idlibsite.cli import main

    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
except KeyboardInterrupt:  # Ctrl-C while the modules loaded: nothing was started
    print("idlibsite: interrupted before it started; nothing was written", file=sys.stderr)
    raise SystemExit(130) from None
raise SystemExit(main())

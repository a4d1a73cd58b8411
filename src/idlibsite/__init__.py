"""idlibsite: a static claim-provenance site generator.

Pipeline (see :func:`idlibsite.build.build`): load sources -> load annotations
-> anchor every statement -> check -> render -> write atomically.
"""

__version__ = "0.1.0"

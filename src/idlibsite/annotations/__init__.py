"""Stage 2, load the annotations: ``claims/`` in, :class:`~idlibsite.annotations.records.Annotations` out.

Takes ``actors.yaml`` and one YAML file per claim, checks every field and the
references it can check alone, and gives frozen records (actors, claims,
statements) that carry the line and column of every value, with every
problem found.  Imports only the top-level helpers.
"""

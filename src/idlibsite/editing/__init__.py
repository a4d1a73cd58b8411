"""``idlibsite serve --edit``: annotate a source page by selecting its words; the claim files are written.

Never part of a published site: the editing layer (its panel, script and
style, in ``static/``) is added only to the source pages that ``serve --edit``
sends, and every write goes to ``claims/`` after the checks of ``idlibsite
check`` pass on the changed files.
"""

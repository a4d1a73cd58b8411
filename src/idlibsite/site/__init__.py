"""Stage 4, render: the linked Site in, the site's files (path -> bytes) out.

Plans every page with the inputs it depends on, keys each page by the hash
of those inputs, renders the changed ones with the packaged Jinja templates
(``templates/``, ``static/``) or the project's overrides, and builds the
exports (citations, JSON, Web Annotations, feed) and the search index.
Writes nothing to the site itself: that is the output stage's job.
"""

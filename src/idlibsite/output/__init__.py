"""Stage 5, write: the site's files in, the published ``site/`` folder out.

Fills a tree beside the site (the spare brought up to date, or a fresh one),
flushes it and swaps it in only when everything succeeded, deleting only
what idlibsite created.  Imports only the top-level helpers.
"""

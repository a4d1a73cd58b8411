"""``add-source https://…``: fetch a web page or a PDF once, with a timeout and a size limit.

urllib3 (which trafilatura already depends on) is a real HTTP client: it
follows redirects, verifies certificates and lets us stop reading at the
size limit.  Every failure is a Problem naming the URL and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass

from idlibsite.errors import InputError, Problem

TIMEOUT = 20.0  # seconds to connect, and again to read: a slow site fails clearly
MAX_BYTES = 10_000_000  # a news page with its markup, a report's PDF; a larger response is not an article
HTML_TYPES = ("text/html", "application/xhtml+xml")
PDF_TYPE = "application/pdf"  # a report's PDF: kept like a saved page (sources/pdfdoc.py)
USER_AGENT = "idlibsite add-source (archiving one article for a claim-provenance site)"


@dataclass(frozen=True)
class Fetched:
    """A page as the server sent it."""

    url: str  # the address finally reached, after redirects
    data: bytes  # the body, byte for byte


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """The HTML page or the PDF at ``url``, or an InputError saying why it cannot be had."""
    import urllib3

    http = urllib3.PoolManager(headers={"User-Agent": USER_AGENT, "Accept": ", ".join((*HTML_TYPES, PDF_TYPE))})
    try:
        response = http.request("GET", url, preload_content=False, redirect=True, retries=urllib3.Retry(
            total=3, connect=0, read=0, redirect=3), timeout=urllib3.Timeout(connect=timeout, read=timeout))
    except urllib3.exceptions.MaxRetryError as exc:
        reason = exc.reason
        if isinstance(reason, (urllib3.exceptions.TimeoutError, TimeoutError)):
            raise _no_answer(url, timeout) from None
        raise _fail(url, f"cannot be fetched: {reason}",
                    "check the address, or save the page from a browser and add the .html file") from None
    except urllib3.exceptions.TimeoutError:
        raise _no_answer(url, timeout) from None
    except (urllib3.exceptions.HTTPError, ValueError) as exc:
        raise _fail(url, f"cannot be fetched: {exc}", "check the address (it must start with https://)") from None
    try:
        if response.status != 200:
            raise _fail(url, f"the server answered {response.status} {response.reason or ''}".rstrip(),
                        "check the address; a page behind a login or a paywall must be saved from a browser")
        kind = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind not in (*HTML_TYPES, PDF_TYPE):
            raise _fail(url, f"the response is {kind or 'of no stated type'}, not an HTML page or a PDF",
                        "give the address of the article's web page or PDF, or save it and add the file")
        data = bytearray()
        try:
            for chunk in response.stream(65536):
                data += chunk
                if len(data) > max_bytes:
                    raise _fail(url, f"the {'PDF' if kind == PDF_TYPE else 'page'} is larger than the limit of "
                                f"{max_bytes:,} bytes", "save it from a browser and add the file, or raise --max-bytes")
        except urllib3.exceptions.TimeoutError:
            raise _fail(url, f"the page did not arrive within {_seconds(timeout)}",
                        "try again later, or save the page from a browser and add the .html file") from None
        final = response.geturl() or url
        return Fetched(final if final.startswith("http") else url, bytes(data))
    finally:
        response.release_conn()


def _seconds(timeout: float) -> str:
    return f"{timeout:g} second{'' if timeout == 1 else 's'}"


def _no_answer(url: str, timeout: float) -> InputError:
    return _fail(url, f"no answer within {_seconds(timeout)}",
                 "try again later, or save the page from a browser and add the .html file")


def _fail(url: str, message: str, hint: str) -> InputError:
    return InputError([Problem(url, None, None, message, hint)])

"""urllib.request: urlopen(url or Request) for http and https, following redirects.

A response is http.client's HTTPResponse (with url, status, headers, read()); an error
status raises HTTPError, a failure to connect URLError.
"""

import socket
import http.client
from urllib.parse import urlsplit, urljoin, urlunsplit, quote
from urllib.error import URLError, HTTPError

__all__ = ["Request", "urlopen", "build_opener", "OpenerDirector", "HTTPRedirectHandler"]

__version__ = "3.11"
_MAX_REDIRECTS = 10


class Request:
    """A URL with its data, headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self.data = data
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method
        for key, value in headers.items():
            self.add_header(key, value)

    @property
    def full_url(self):
        if self.fragment:
            return "%s#%s" % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url, _, self.fragment = url.partition("#")
        self._parse()

    def _parse(self):
        parts = urlsplit(self._full_url)
        if not parts.scheme:
            raise ValueError("unknown url type: %r" % self._full_url)
        self.type = parts.scheme
        self.host = parts.netloc
        selector = parts.path or "/"
        if parts.query:
            selector += "?" + parts.query
        self.selector = selector
        if not self.host and self.type in ("http", "https"):
            raise URLError("no host given")

    def get_method(self):
        default = "POST" if self.data is not None else "GET"
        return getattr(self, "method", default)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = dict(self.unredirected_hdrs)
        hdrs.update(self.headers)
        return list(hdrs.items())


def _open_once(req, timeout, context):
    if req.type == "http":
        conn = http.client.HTTPConnection(req.host, timeout=timeout)
    elif req.type == "https":
        conn = http.client.HTTPSConnection(req.host, timeout=timeout, context=context)
    else:
        raise URLError("unknown url type: %s" % req.type)
    headers = {"User-agent": "Python-urllib/%s" % __version__}
    data = req.data
    if data is not None:
        if isinstance(data, str):
            raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.")
        if not req.has_header("Content-type"):
            headers["Content-type"] = "application/x-www-form-urlencoded"
        if not req.has_header("Content-length") and isinstance(data, (bytes, bytearray)):
            headers["Content-length"] = str(len(data))
    headers.update(req.header_items())
    headers["Connection"] = "close"
    headers = {name.title(): val for name, val in headers.items()}
    try:
        conn.request(req.get_method(), req.selector, data, headers)
        response = conn.getresponse()
    except OSError as err:
        conn.close()
        raise URLError(err)
    response.url = req.get_full_url()
    response.msg = response.reason
    return response


def _redirect(req, response):
    code = response.status
    newurl = response.headers.get("location") or response.headers.get("uri")
    if newurl is None:
        return None
    response.read()
    response.close()
    parts = urlsplit(newurl)
    if parts.scheme not in ("http", "https", "ftp", ""):
        raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed" % (response.reason, newurl),
                        response.headers, None)
    newurl = urljoin(req.full_url, newurl)
    method = req.get_method()
    if code in (307, 308):
        return Request(newurl, data=req.data, headers=req.headers, method=method,
                       origin_req_host=req.origin_req_host, unverifiable=True)
    if method not in ("GET", "HEAD") and code not in (301, 302, 303):
        return None
    headers = {k: v for k, v in req.headers.items() if k.lower() not in ("content-length", "content-type")}
    return Request(newurl, headers=headers, origin_req_host=req.origin_req_host, unverifiable=True,
                   method="HEAD" if method == "HEAD" else "GET")


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    """Opens `url` (a str or a Request): the response, after following up to 10 redirects."""
    req = url if isinstance(url, Request) else Request(url)
    if data is not None:
        req.data = data
    if cafile or capath:
        import ssl
        context = ssl.create_default_context(cafile=cafile, capath=capath)
    seen = 0
    while True:
        response = _open_once(req, timeout, context)
        code = response.status
        if code in (301, 302, 303, 307, 308):
            new = _redirect(req, response)
            if new is not None:
                seen += 1
                if seen > _MAX_REDIRECTS:
                    raise HTTPError(req.full_url, code, "The HTTP server returned a redirect error that would lead to an infinite loop.\nThe last 30x error message was:\n" + response.reason,
                                    response.headers, None)
                req = new
                continue
        if not (200 <= code < 300):
            raise HTTPError(req.full_url, code, response.reason, response.headers, response)
        return response


class OpenerDirector:
    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        return urlopen(fullurl, data, timeout)


class HTTPRedirectHandler:
    max_redirections = _MAX_REDIRECTS


def build_opener(*handlers):
    return OpenerDirector()

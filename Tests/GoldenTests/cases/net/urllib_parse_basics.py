# urllib.parse: splitting, joining, quoting and query strings.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote,
                          quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl)

for url in ["http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag", "https://[::1]:443/x",
            "//host/path", "/just/a/path?x", "mailto:someone@example.com", "file:///etc/hosts",
            "http://h", "HTTP://h/A", "h:80/path", "http://h:bad/"]:
    p = urlparse(url)
    print(p)
    try:
        port = p.port
    except ValueError as e:
        port = "ValueError: %s" % e
    print("  ", p.hostname, port, p.username, p.password, p.geturl())
print(urlsplit("http://a/b?c#d"), urlsplit("http://a/b#d", allow_fragments=False))
print(urlunparse(("http", "h", "/p", "", "q=1", "f")), urlunsplit(("https", "h:1", "p", "", "")))
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g",
            "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h",
            "https://other/x"]:
    print(repr(ref), "->", urljoin(base, ref))
print(urljoin("http://h/a/", "b"), urljoin("http://h/a", "b"), urljoin("", "x"), urljoin("http://h", ""))
print(urldefrag("http://h/p#frag"), urldefrag("http://h/p"))
for s in ["abc def", "a/b c", "ünï", "~_.-", "a+b&c=d", ""]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(quote_plus(s)))
print(quote(b"\x00\xff/"), quote("/a b/", safe=""))
for s in ["abc%20def", "%E2%82%AC", "%zz", "100%", "a+b", "%41%42c", "%e2%82"]:
    print(repr(unquote(s)), repr(unquote_plus(s)))
print(urlencode({"a": 1, "b": "x y", "c": "ü&"}), urlencode([("k", "v"), ("k", "w")]))
print(urlencode({"k": ["a", "b"]}, doseq=True), urlencode({"k": ["a", "b"]}))
print(parse_qs("a=1&a=2&b=x+y&c=%C3%BC&empty="), parse_qs("empty=&x=1", keep_blank_values=True))
print(parse_qsl("a=1&b=&c"), parse_qsl("a=1&b=&c", keep_blank_values=True))
try:
    urlencode("not a mapping")
except TypeError as e:
    print("TypeError:", e)

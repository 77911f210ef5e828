"""http: HTTP status codes (HTTPStatus) and the http.client module."""

from http.client import responses as _responses


class HTTPStatus(int):
    """An HTTP status code with its phrase: HTTPStatus.OK == 200, .phrase == 'OK'."""

    def __new__(cls, value):
        if value not in _responses:
            raise ValueError("%r is not a valid HTTPStatus" % (value,))
        self = int.__new__(cls, value)
        return self

    @property
    def value(self):
        return int(self)

    @property
    def phrase(self):
        return _responses[int(self)]

    @property
    def name(self):
        return _responses[int(self)].upper().replace(" ", "_").replace("-", "_").replace("'", "")

    def __repr__(self):
        return "<HTTPStatus.%s: %d>" % (self.name, int(self))

    def __str__(self):
        return str(int(self))


for _code in _responses:
    _status = HTTPStatus(_code)
    setattr(HTTPStatus, _status.name, _status)

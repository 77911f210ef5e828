"""urllib: URL handling (urllib.parse, urllib.request, urllib.error)."""

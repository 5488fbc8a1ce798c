import pytest

from cleaners.formats import detect_format

STYLE = "<style>" + "body { color: black; }\n" * 3000 + "</style>"


@pytest.mark.parametrize(
    "text, fmt",
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
        ("  <html lang='en'><head><title>x</title></head></html>", "html"),
        (f"{STYLE}\n<!-- built -->\n<!DOCTYPE html><html><body>x</body></html>", "html"),
        ('<img width="1" height="1" src="p.gif">\nA text dump with a stray pixel.', "text"),
        ("A long text dump." + " word" * 1000 + " Then it mentions <html> tags.", "text"),
    ],
)
def test_detect_format(text, fmt):
    assert detect_format(text) == fmt

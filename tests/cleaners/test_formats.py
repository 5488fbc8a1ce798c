import pytest

from cleaners.formats import detect_format

STYLE = "<style>" + "body { color: black; }\n" * 3000 + "</style>"
# What a misconfigured server prints before the page: PHP notices, a stack of blank lines.
PHP_NOTICE = "<br />\n<b>Deprecated</b>: Assigning the return value of new by reference in <b>/www/x.php</b>"
PHP_NOTICES = (PHP_NOTICE + "<br />\n") * 60
DEBUG_DUMP = "\n" * 3000 + 'array(3) { [0]=> string(5) "debug" }\n' * 200


@pytest.mark.parametrize(
    "text, fmt",
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
        ("  <html lang='en'><head><title>x</title></head></html>", "html"),
        (f"{STYLE}\n<!-- built -->\n<!DOCTYPE html><html><body>x</body></html>", "html"),
        ('<img width="1" height="1" src="p.gif">\nA text dump with a stray pixel.', "text"),
        ("A long text dump." + " word" * 1000 + " Then it mentions <html> tags.", "text"),
        (f"{PHP_NOTICES}<!DOCTYPE html>\n<html><head></head><body><p>Hi</p></body></html>", "html"),
        (f"{DEBUG_DUMP}<html lang='de'><body>Text</body></html>", "html"),
        ("A dump." + " word" * 2000 + " It quotes <!DOCTYPE html> and stops.", "text"),
        ("A dump." + " word" * 20000 + "<!DOCTYPE html><html><body>x</body></html>", "text"),  # too deep
    ],
)
def test_detect_format(text, fmt):
    assert detect_format(text) == fmt

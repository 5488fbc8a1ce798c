import justext

from cleaners.lexicon.stoplists import ISO_CODES, read_stoplist, stoplist, stoplists


def test_the_stoplists_are_justexts_own():
    lists = stoplists()
    assert list(lists) == list(ISO_CODES)
    for name, words in lists.items():
        assert words == justext.get_stoplist(name), name


def test_one_stoplist_read_alone_is_the_same_list():
    assert stoplist("German") == stoplists()["German"] and "und" in stoplist("German")


def test_a_stoplist_splits_only_where_its_bytes_split(tmp_path):
    path = tmp_path / "list.txt"
    path.write_bytes("Ab\r\ncD\x0bEf\u2028gH\rIJ\nΣ\n".encode())
    assert read_stoplist(path) == frozenset(["ab", "cd\x0bef\u2028gh", "ij", "σ"])

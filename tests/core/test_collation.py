"""Names sorted as a Kazakh or Russian reader expects (not by code point)."""

from __future__ import annotations

from screener.core.collation import ALPHABETS, sort_key
from screener.core.countries import countries
from screener.core.regions import REGIONS, UNKNOWN, region_name, sorted_regions


def test_kazakh_letters_in_the_kazakh_alphabet():
    words = ["Ұлытау", "Ақмола", "Жетісу", "Қостанай", "Абай", "Өскемен", "Ілийск", "Шымкент", "Ыстық", "Ғалым"]
    assert sorted(words, key=lambda w: sort_key(w, "kk")) == [
        "Абай",
        "Ақмола",
        "Ғалым",
        "Жетісу",
        "Қостанай",
        "Өскемен",
        "Ұлытау",
        "Шымкент",
        "Ыстық",
        "Ілийск",
    ]
    assert sorted(words) != sorted(words, key=lambda w: sort_key(w, "kk"))  # code points get it wrong


def test_russian_yo_and_spaces():
    words = ["Ёлка", "Ель", "Абай облысы", "Абай", "Абайлы", "Жамбыл"]
    assert sorted(words, key=lambda w: sort_key(w, "ru")) == ["Абай", "Абай облысы", "Абайлы", "Ель", "Ёлка", "Жамбыл"]


def test_the_alphabets_are_whole():
    assert len(ALPHABETS["kk"]) == 42 and len(set(ALPHABETS["kk"])) == 42
    assert len(ALPHABETS["ru"]) == 33 and set(ALPHABETS["ru"]) <= set(ALPHABETS["kk"])


def test_regions_are_offered_in_the_alphabet_of_the_language():
    for language in ("kk", "ru", "en"):
        names = [region_name(r, language) for r in sorted_regions(language)]
        assert sorted_regions(language)[0] == UNKNOWN
        assert set(sorted_regions(language)) == {UNKNOWN, *REGIONS}
        assert names[1:] == sorted(names[1:], key=lambda n: sort_key(n, language))
    kk = [region_name(r, "kk") for r in sorted_regions("kk")][1:]
    assert kk.index(region_name("akmola", "kk")) < kk.index(region_name("zhambyl", "kk"))
    assert kk.index(region_name("kostanay", "kk")) < kk.index(region_name("turkistan", "kk"))


def test_countries_in_the_alphabet_of_the_language():
    names = [name for _code, name in countries("kk")]
    assert names == sorted(names, key=lambda n: sort_key(n, "kk"))
    assert names.index("Қазақстан") < names.index("Түркия")

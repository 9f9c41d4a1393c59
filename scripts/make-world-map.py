#!/usr/bin/env python3
"""Makes data/world-110m.tsv, the world map of `summary -f html`, from Natural Earth.

Input: countries-110m.json of the npm package world-atlas 2.0.2 (TopoJSON made by Mike
Bostock from Natural Earth's 1:110m Admin 0 countries; Natural Earth is public domain,
world-atlas is ISC-licensed). Get it with

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 scripts/make-world-map.py /tmp/package/countries-110m.json > data/world-110m.tsv

The ISO numeric ids of world-atlas become the alpha-2 codes the records use, from Debian's
iso-codes (/usr/share/iso-codes/json/iso_3166-1.json); Kosovo, which has no ISO code, is XK
as in data/countries.tsv. The shapes are projected here (Natural Earth projection, Šavrič
et al. 2011) into a 1000-unit-wide picture and written as SVG path data with whole-unit
relative steps, so the program only copies them into the page. Antarctica is left out: no
trip goes there and it would take a fifth of the picture. Deterministic: the same input
gives the same bytes.
"""
import hashlib
import json
import math
import sys

WIDTH = 1000.0
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
# Shapes world-atlas gives no ISO numeric id, by their Natural Earth name.
BY_NAME = {"Kosovo": "XK"}
LEFT_OUT = {"010"}  # Antarctica


def natural_earth(lon, lat):
    """Natural Earth projection (Šavrič, Jenny, Patterson, Petrovič, Hurni 2011)."""
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


def main():
    path = sys.argv[1]
    raw = open(path, "rb").read()
    topo = json.loads(raw)
    numeric = {c["numeric"]: c["alpha_2"] for c in json.load(open(ISO))["3166-1"]}
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    # The projected world: x in [-xmax, xmax], y from the top of the map to 60° south.
    xmax = natural_earth(180, 0)[0]
    ytop, ybottom = natural_earth(0, 90)[1], natural_earth(0, -60)[1]
    k = WIDTH / (2 * xmax)
    height = round((ytop - ybottom) * k)

    def project(lon, lat):
        x, y = natural_earth(lon, lat)
        return round((x + xmax) * k), round((ytop - y) * k)

    def rings(indexes):
        """The ring's path data; a ring across the antimeridian (world-atlas keeps Russia
        and Fiji whole) is drawn on both edges, each copy flattened onto its edge."""
        points = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        unwrapped = []
        for lon, lat in points:
            if unwrapped:
                previous = unwrapped[-1][0]
                while lon - previous > 180:
                    lon -= 360
                while lon - previous < -180:
                    lon += 360
            unwrapped.append((lon, lat))
        lons = [lon for lon, _ in unwrapped]
        copies = [0]
        if max(lons) > 180:
            copies.append(-360)
        if min(lons) < -180:
            copies.append(360)
        clamp = lambda lon: max(-180.0, min(180.0, lon))
        return "".join(ring([(clamp(lon + shift), lat) for lon, lat in unwrapped]) for shift in copies)

    def ring(points):
        out, last = [], None
        for lon, lat in points:
            p = project(lon, lat)
            if p == last:
                continue
            out.append(f"M{p[0]} {p[1]}" if last is None else f"l{p[0] - last[0]} {p[1] - last[1]}")
            last = p
        if len(out) < 3:
            return ""
        return "".join(out) + "z"

    rows = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        gid = g.get("id")
        if gid in LEFT_OUT:
            continue
        code = numeric.get(gid) if gid else BY_NAME.get(name)
        if code is None:
            code = ""  # Northern Cyprus, Somaliland: drawn, never shaded
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        d = "".join(rings(r) for polygon in polygons for r in polygon)
        if d:
            rows.append((code, name, d))
    rows.sort(key=lambda r: (r[0], r[1]))
    out = sys.stdout
    out.write("# World map for `summary -f html`, made by scripts/make-world-map.py; do not edit.\n")
    out.write("# Source: Natural Earth 1:110m Admin 0 countries (public domain), via the npm package\n")
    out.write("# world-atlas 2.0.2 (ISC licence, Mike Bostock), countries-110m.json sha256\n")
    out.write(f"# {hashlib.sha256(raw).hexdigest()}.\n")
    out.write(f"# Natural Earth projection, viewBox 0 0 {int(WIDTH)} {height}; path: SVG path data.\n")
    out.write("# code: ISO 3166-1 alpha-2 (empty for a shape without one); name: Natural Earth's.\n")
    out.write("code\tname\tpath\n")
    for code, name, d in rows:
        out.write(f"{code}\t{name}\t{d}\n")


if __name__ == "__main__":
    main()

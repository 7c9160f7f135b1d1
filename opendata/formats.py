"""The two open-data formats: GeoJSON for maps, CSV for spreadsheets.

The CSV is made safe to open in a spreadsheet (OWASP, "CSV Injection"): a text cell that
starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula, so
it gets a leading `'`, which spreadsheets show as text; and every text cell is quoted, so
a `;` inside it cannot start a new cell where `;` is the separator (as in German Excel).
Numeric columns are written as plain numbers, negative ones included. A UTF-8 byte order
mark tells Excel the encoding (else it shows "GdaÅ„sk"); pandas, GDAL and Python's csv
(with encoding "utf-8-sig") read it as usual.
"""

import csv
import io
import json

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"

CSV_COLUMNS = [
    "name",
    "country",
    "country_name",
    "lat",
    "lng",
    "population",
    "featured",
    "networks",
    "approaches",
    "url",
]


def render_geojson(records):
    features = []
    for record in records:
        if record["lat"] is None:
            continue
        properties = {k: v for k, v in record.items() if k not in ("lat", "lng")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [record["lng"], record["lat"]]},
                "properties": properties,
            }
        )
    body = json.dumps(
        {"type": "FeatureCollection", "features": features},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return body, "application/geo+json; charset=utf-8"


def neutralise(value):
    """A CSV cell that no spreadsheet reads as a formula; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return "" if value is None else value


def render_csv(records):
    out = io.StringIO()
    out.write(BYTE_ORDER_MARK)
    # QUOTE_NONNUMERIC quotes text and leaves numbers bare (empty cells are quoted too).
    writer = csv.DictWriter(
        out, fieldnames=CSV_COLUMNS, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC
    )
    writer.writeheader()
    for record in records:
        row = {
            **{key: record[key] for key in CSV_COLUMNS},
            "featured": "true" if record["featured"] else "false",
            "networks": ";".join(n["slug"] for n in record["networks"]),
        }
        writer.writerow({key: neutralise(value) for key, value in row.items()})
    return out.getvalue(), "text/csv; charset=utf-8"


RENDERERS = {"geojson": render_geojson, "csv": render_csv}

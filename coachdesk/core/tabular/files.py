"""Reading exported tables as header + rows, streaming: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030, Big5, detected
or chosen) and .xlsx (openpyxl read-only). Neither reader holds the whole file in memory."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from coachdesk.core.common.messages import CodedError, MessageCode

SAMPLE_BYTES = 1 << 20
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
ENCODING_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "gb18030": "gb18030",
                    "utf_8": "utf-8", "utf-8": "utf-8", "ascii": "utf-8", "utf_8_sig": "utf-8-sig"}

Cells = list[object]


class FileProblem(CodedError):
    """The file as a whole cannot be read (wrong encoding, not a spreadsheet, no header row): a code + params
    the GUI translates; ``str()`` is the English the CLI prints."""


UNKNOWN_ENCODING = MessageCode("file.unknown_encoding", "unknown encoding {name!r} (try utf-8, utf-8-sig or gb18030)")
NO_SUCH_FILE = MessageCode("file.missing", "{path} does not exist")
OLD_XLS = MessageCode("file.old_xls", "old .xls workbooks are not supported; save the sheet as .xlsx or CSV")
BAD_BYTES_IN_ROW = MessageCode("file.bad_bytes_in_row",
                               "row {row}: the bytes are not valid {encoding} ({reason}); choose another encoding")
BAD_BYTES = MessageCode("file.bad_bytes", "the file is not valid {encoding}; choose another encoding")
NO_HEADER = MessageCode("file.no_header", "the file has no header row")
NOT_XLSX = MessageCode("file.not_xlsx", "not a readable .xlsx workbook ({error})")
SHEET_NO_HEADER = MessageCode("file.sheet_no_header", "the first sheet has no header row")


def detect_encoding(path: Path) -> str:
    """The encoding of a CSV export, in an order that cannot read Chinese as Cyrillic or Latin-1:

    1. a UTF-8 BOM → ``utf-8-sig``; the sample decodes strictly as UTF-8 → ``utf-8``;
    2. it decodes strictly as GB18030 and holds Chinese → ``gb18030`` (GBK/GB2312 are subsets), unless it reads
       as Big5 just as well and its characters are not the common simplified ones (a Big5 export decodes as
       GB18030 too, into rare characters);
    3. only then charset-normalizer, with Big5 preferred for Big5-decodable text it does not place.
    """
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if _decoded(sample, "utf-8") is not None:
        return "utf-8"
    as_gb = _decoded(sample, "gb18030")
    as_big5 = _decoded(sample, "big5")
    if as_gb is not None and _cjk_count(as_gb) and (as_big5 is None or _mostly_gb2312(sample)):
        return "gb18030"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    name = best.encoding.lower() if best else ""
    if as_big5 is not None and _cjk_count(as_big5) and name not in _BIG5:
        return "big5"
    if not name:
        return "gb18030" if as_gb is not None else "utf-8"
    return ENCODING_ALIASES.get(name, name)


_BIG5 = frozenset(("big5", "big5hkscs", "cp950"))


def _decoded(sample: bytes, encoding: str) -> str | None:
    """The sample decoded strictly, a multi-byte character cut off at the sample's end allowed; None if invalid."""
    try:
        return codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def _cjk_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def _mostly_gb2312(sample: bytes) -> bool:
    """True when at least 90 % of the two-byte characters lie in GB2312's area (lead 0xA1–0xF7, trail 0xA1–0xFE:
    full-width punctuation and the common hanzi), as mainland Chinese text does; Big5 text, whose trail bytes are
    0x40–0x7E about as often as 0xA1–0xFE, falls largely outside it."""
    pairs = gb2312 = 0
    i, end = 0, len(sample) - 1
    while i < end:
        lead = sample[i]
        if lead < 0x81:
            i += 1
            continue
        trail = sample[i + 1]
        if 0x30 <= trail <= 0x39:  # a GB18030 four-byte sequence
            i += 4
            continue
        pairs += 1
        gb2312 += 0xA1 <= lead <= 0xF7 and 0xA1 <= trail <= 0xFE
        i += 2
    return pairs > 0 and gb2312 >= 0.9 * pairs


def normalise_encoding(name: str) -> str:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise FileProblem(UNKNOWN_ENCODING, name=name) from None
    return ENCODING_ALIASES.get(codec.replace("-", "_"), ENCODING_ALIASES.get(codec, codec))


@dataclass
class TableSource:
    """An opened export. Iterate ``rows()`` once; ``position()`` / ``size`` give progress."""

    path: Path
    kind: str  # "csv" or "xlsx"
    headers: list[str]
    header_row: int
    encoding: str | None
    size: int
    _rows: Iterator[tuple[int, Cells]]
    _position: object
    _closers: list[object]

    def rows(self) -> Iterator[tuple[int, Cells]]:
        """(1-based row number in the file, cells) for every row after the header."""
        return self._rows

    def position(self) -> int:
        return int(self._position())  # type: ignore[operator]

    def close(self) -> None:
        for closer in self._closers:
            closer.close()  # type: ignore[attr-defined]

    def __enter__(self) -> TableSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _blank(cells: Sequence[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def open_table(path: Path, encoding: str | None = None) -> TableSource:
    path = Path(path)
    if not path.is_file():
        raise FileProblem(NO_SUCH_FILE, path=str(path))
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return _open_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise FileProblem(OLD_XLS)
    return _open_csv(path, normalise_encoding(encoding) if encoding else detect_encoding(path))


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", "\t", ";", "，")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _not_valid(path: Path, encoding: str) -> FileProblem:
    """The decoder fails on a whole 8 KB chunk, ahead of the csv reader, so neither knows the row: find the
    first line whose bytes do not decode (rows are physical lines, like the csv reader's line numbers)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    number = 0
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                decoder.decode(line)
            except UnicodeDecodeError as exc:
                return FileProblem(BAD_BYTES_IN_ROW, row=number, encoding=encoding, reason=exc.reason)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        return FileProblem(BAD_BYTES_IN_ROW, row=number, encoding=encoding, reason=exc.reason)
    return FileProblem(BAD_BYTES, encoding=encoding)


def _open_csv(path: Path, encoding: str) -> TableSource:
    raw = path.open("rb")
    text = io.TextIOWrapper(raw, encoding=encoding, newline="")
    try:
        first = text.readline()
        delimiter = _sniff_delimiter(first)
        text.seek(0)
    except UnicodeDecodeError:
        raw.close()
        raise _not_valid(path, encoding) from None
    reader = csv.reader(text, delimiter=delimiter)
    header_row = 0
    headers: list[str] = []
    try:
        for cells in reader:
            header_row = reader.line_num
            if not _blank(cells):
                headers = [c.strip() for c in cells]
                break
    except UnicodeDecodeError:
        raw.close()
        raise _not_valid(path, encoding) from None
    if not headers:
        raw.close()
        raise FileProblem(NO_HEADER)

    def rows() -> Iterator[tuple[int, Cells]]:
        try:
            for cells in reader:
                yield reader.line_num, cells  # type: ignore[misc]
        except UnicodeDecodeError:
            raise _not_valid(path, encoding) from None

    return TableSource(path, "csv", headers, header_row, encoding, path.stat().st_size, rows(), raw.tell, [text])


def _open_xlsx(path: Path) -> TableSource:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:  # not a zip: BadZipFile
        raise FileProblem(NOT_XLSX, error=str(exc)) from None
    sheet = book.worksheets[0]
    total = sheet.max_row or 0
    iterator = sheet.iter_rows(values_only=True)
    headers: list[str] = []
    header_row = 0
    for number, values in enumerate(iterator, start=1):
        cells = list(values)
        if not _blank(cells):
            headers = ["" if v is None else str(v).strip() for v in cells]
            header_row = number
            break
    if not headers:
        book.close()
        raise FileProblem(SHEET_NO_HEADER)
    state = {"row": header_row}

    def rows() -> Iterator[tuple[int, Cells]]:
        for number, values in enumerate(iterator, start=header_row + 1):
            state["row"] = number
            yield number, [_xlsx_value(v) for v in values]

    return TableSource(path, "xlsx", headers, header_row, None, max(total, 1), rows(), lambda: state["row"], [book])


def _xlsx_value(value: object) -> object:
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    return value


def read_preview(path: Path, encoding: str | None = None, limit: int = 20) -> tuple[list[str], list[Cells], str | None]:
    """Header, the first ``limit`` rows and the encoding used: what the mapping step shows."""
    with open_table(path, encoding) as source:
        preview: list[Cells] = []
        for _number, cells in source.rows():
            preview.append(cells)
            if len(preview) >= limit:
                break
        return source.headers, preview, source.encoding

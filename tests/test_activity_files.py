"""Reading exports: CSV in UTF-8 / UTF-8 with BOM / GBK (detected or chosen), .xlsx with real date cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from coachdesk.core.tabular.files import FileProblem, detect_encoding, normalise_encoding, open_table, read_preview

HEADER = "日期,工号,姓名,呼出次数,接通次数,通话时长(秒),成交单数,成交金额(元)"
ROWS = ["2024/5/6,E001,王伟,120,40,3600,2,\"1,980.00\"", "2024/5/6,E002,李娜,98,31,2710,1,980"]
TEXT = "\n".join([HEADER, *ROWS]) + "\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rows(path: Path, encoding: str | None = None) -> tuple[list[str], list[tuple[int, list[object]]], str | None]:
    with open_table(path, encoding) as source:
        return source.headers, list(source.rows()), source.encoding


@pytest.mark.parametrize(("encoding", "detected"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                                    ("gbk", "gb18030"), ("gb18030", "gb18030")])
def test_encodings_are_detected(tmp_path: Path, encoding: str, detected: str) -> None:
    path = write(tmp_path, "export.csv", TEXT.encode(encoding))
    assert detect_encoding(path) == detected
    headers, body, used = rows(path)
    assert used == detected
    assert headers[0] == "日期"  # no BOM left on the first header
    assert headers == HEADER.split(",")
    assert body == [(2, ["2024/5/6", "E001", "王伟", "120", "40", "3600", "2", "1,980.00"]),
                    (3, ["2024/5/6", "E002", "李娜", "98", "31", "2710", "1", "980"])]


def test_gbk_with_many_names_is_still_detected_as_chinese(tmp_path: Path) -> None:
    names = "王伟 李娜 张敏 刘洋 陈静 杨磊 黄艳 赵军 吴娟 周涛 徐明 孙超 马秀 朱霞 胡平 郭刚".split()
    lines = [HEADER] + [f"2024/5/{d},E{n:03d},{name},100,30,2000,1,980" for d in range(1, 29)
                        for n, name in enumerate(names)]
    path = write(tmp_path, "gbk.csv", ("\r\n".join(lines) + "\r\n").encode("gbk"))
    assert detect_encoding(path) == "gb18030"
    assert rows(path)[1][0][1][2] == "王伟"


def test_encoding_override(tmp_path: Path) -> None:
    path = write(tmp_path, "export.csv", TEXT.encode("gbk"))
    headers, body, used = rows(path, "GBK")
    assert used == "gb18030" and headers[1] == "工号" and body[0][1][2] == "王伟"
    assert rows(write(tmp_path, "bom.csv", TEXT.encode("utf-8-sig")), "utf-8-sig")[0][0] == "日期"


@pytest.mark.parametrize(("name", "normal"), [("GBK", "gb18030"), ("gb2312", "gb18030"), ("cp936", "gb18030"),
                                              ("utf8", "utf-8"), ("UTF-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                              ("ascii", "utf-8")])
def test_normalise_encoding(name: str, normal: str) -> None:
    assert normalise_encoding(name) == normal


def test_unknown_encoding_name(tmp_path: Path) -> None:
    path = write(tmp_path, "export.csv", TEXT.encode("utf-8"))
    with pytest.raises(FileProblem, match="unknown encoding 'klingon'"):
        open_table(path, "klingon")


def test_wrong_override_names_the_row_in_a_small_file(tmp_path: Path) -> None:
    data = "date,employee_id,name,calls\n2024-05-06,E1,Li,5\n2024-05-06,E2,王伟,6\n".encode("gbk")
    path = write(tmp_path, "export.csv", data)
    with pytest.raises(FileProblem, match=r"^row 3: the bytes are not valid utf-8 .*choose another encoding"):
        rows(path, "utf-8")


def test_wrong_override_names_the_row_far_into_a_big_file(tmp_path: Path) -> None:
    lines = ["date,employee_id,name,calls"] + [f"2024-05-06,E{i},Li,{i}" for i in range(2, 3000)]
    lines[1499] = "2024-05-06,E1500,王伟,5"  # file row 1500, well past the decoder's first chunks
    path = write(tmp_path, "export.csv", ("\n".join(lines) + "\n").encode("gbk"))
    with pytest.raises(FileProblem, match=r"^row 1500: the bytes are not valid utf-8"):
        rows(path, "utf-8")


def test_wrong_override_in_the_header(tmp_path: Path) -> None:
    path = write(tmp_path, "export.csv", TEXT.encode("gbk"))
    with pytest.raises(FileProblem, match=r"^row 1: the bytes are not valid utf-8"):
        rows(path, "utf-8")


def test_blank_lines_before_the_header_and_row_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "export.csv", ("\n,,\n" + TEXT + "\n").encode("utf-8"))
    with open_table(path) as source:
        assert source.header_row == 3
        body = list(source.rows())
    assert [n for n, _ in body] == [4, 5, 6]
    assert body[-1][1] == []  # the trailing blank line is delivered (the checker counts it as blank)


@pytest.mark.parametrize("delimiter", ["\t", ";", ","])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    text = TEXT.replace('"1,980.00"', "1980.00").replace(",", delimiter)
    headers, body, _ = rows(write(tmp_path, "export.txt", text.encode("utf-8")))
    assert headers[3] == "呼出次数" and body[0][1][7] == "1980.00"


def test_quoted_newline_keeps_physical_line_numbers(tmp_path: Path) -> None:
    text = HEADER + "\n" + '2024/5/6,E001,"王\n伟",1,1,1,0,0\n2024/5/6,E002,李娜,1,1,1,0,0\n'
    _, body, _ = rows(write(tmp_path, "export.csv", text.encode("utf-8")))
    assert [n for n, _ in body] == [3, 4]  # the csv reader's line numbers: the row's last physical line


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.csv", b"", "no header row"),
    ("blank.csv", b"\n \n,,\n", "no header row"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "old .xls workbooks are not supported"),
    ("fake.xlsx", b"not a zip", "not a readable .xlsx workbook"),
])
def test_unreadable_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(FileProblem, match=message):
        rows(write(tmp_path, name, data))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="does not exist"):
        open_table(tmp_path / "nope.csv")


def make_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append([])  # a blank first row, as some exports have a title gap
    sheet.append(["日期", "工号", "姓名", "呼出次数", "接通次数", "通话时长", "成交单数", "成交金额"])
    sheet.append([dt.datetime(2024, 5, 6), "E001", "王伟", 120, 40, 3600, 2, 1980.5])  # a real date cell
    sheet.append([45419, "E001", "王伟", 100, 30, dt.time(0, 45, 0), 1, 980])  # a serial number (2024-05-07)
    sheet.append(["2024/5/8", "E002", "李娜", "98", "31", "2710", "1", "980"])  # text cells
    sheet.append([None, None, None])
    sheet.append(["合计", None, None, 318, 101, None, 4, 3940.5])
    sheet["A3"].number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def test_xlsx(tmp_path: Path) -> None:
    headers, body, used = rows(make_xlsx(tmp_path / "export.xlsx"))
    assert used is None
    assert headers == ["日期", "工号", "姓名", "呼出次数", "接通次数", "通话时长", "成交单数", "成交金额"]
    assert [n for n, _ in body] == [3, 4, 5, 6, 7]
    assert body[0][1] == [dt.date(2024, 5, 6), "E001", "王伟", 120, 40, 3600, 2, 1980.5]  # midnight → date
    assert body[1][1][0] == 45419 and body[1][1][5] == dt.time(0, 45)
    assert body[2][1][:2] == ["2024/5/8", "E002"]
    assert body[4][1][0] == "合计"


def test_xlsx_datetime_with_time_stays_datetime(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["日期", "工号"])
    book.active.append([dt.datetime(2024, 5, 6, 9, 30), "E1"])
    book.save(tmp_path / "t.xlsx")
    assert rows(tmp_path / "t.xlsx")[1][0][1][0] == dt.datetime(2024, 5, 6, 9, 30)


def test_preview(tmp_path: Path) -> None:
    path = write(tmp_path, "export.csv", ("\n".join([HEADER] + ROWS * 30) + "\n").encode("gbk"))
    headers, preview, encoding = read_preview(path, limit=5)
    assert headers[0] == "日期" and len(preview) == 5 and encoding == "gb18030"
    headers, preview, encoding = read_preview(make_xlsx(tmp_path / "x.xlsx"))
    assert len(preview) == 5 and encoding is None


def test_progress_position(tmp_path: Path) -> None:
    path = write(tmp_path, "export.csv", ("\n".join([HEADER] + ROWS * 2000) + "\n").encode("utf-8"))
    with open_table(path) as source:
        assert source.size == path.stat().st_size
        for _ in source.rows():
            pass
        assert 0 < source.position() <= source.size

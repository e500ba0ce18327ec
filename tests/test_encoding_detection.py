"""Encoding detection cannot read Chinese as Cyrillic: strict UTF-8 first, then strict GB18030 with Chinese in it,
only then the detector. Files of many sizes and name mixes, in every encoding a call centre exports."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from coachdesk.core.tabular.files import SAMPLE_BYTES, detect_encoding, open_table

SIMPLIFIED_HEADER = "日期,工号,姓名,外呼量,接通次数,通话时长（分钟）,签单数,成交金额（元）"
TRADITIONAL_HEADER = "日期,工號,姓名,外撥量,接通次數,通話時長（分鐘）,簽單數,成交金額（元）"
NAME_MIXES = {
    "common": "王伟 李娜 张敏 刘洋 陈静 杨磊 黄艳 赵军 吴娟 周涛 徐明 孙超 马秀 朱霞 胡平 郭刚".split(),
    "rare": "王喆 李堃 张昇 刘玥 陈婧 杨翀 黄珺 赵祎 吴彧 周旸".split(),  # GBK characters outside GB2312
    "latin": "Anna 王伟 Li·娜 Zhang.Min 欧阳 司马 上官 Peter".split(),
    "one": ["王伟"],
}
TRADITIONAL_NAMES = "王偉 李娜 張敏 劉洋 陳靜 楊磊 黃艷 趙軍 吳娟 周濤 徐明 孫超".split()
SIZES = (1, 12, 400, 20_000)  # rows: a single line up to a file larger than the detection sample


def export_text(header: str, names: list[str], rows: int) -> str:
    cycle = itertools.cycle(enumerate(names))
    lines = [header]
    for row in range(rows):
        n, name = next(cycle)
        lines.append(f"2024/5/{row % 28 + 1},E{n:03d},{name},{100 + row % 50},30,20,1,980.00")
    return "\r\n".join(lines) + "\r\n"


def read_back(path: Path) -> tuple[str, list[str], str]:
    encoding = detect_encoding(path)
    with open_table(path, None) as source:
        first = next(iter(source.rows()))[1]
        return encoding, source.headers, str(first[2])


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("mix", sorted(NAME_MIXES))
@pytest.mark.parametrize(("encoding", "expected"), [("gbk", "gb18030"), ("gb18030", "gb18030"),
                                                    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig")])
def test_simplified_exports(tmp_path: Path, encoding: str, expected: str, mix: str, rows: int) -> None:
    names = NAME_MIXES[mix]
    text = export_text(SIMPLIFIED_HEADER, names, rows)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{encoding} cannot hold these names")
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    detected, headers, first_name = read_back(path)
    assert detected == expected
    assert headers == SIMPLIFIED_HEADER.split(",")
    assert first_name == names[0]
    assert path.read_bytes().decode(detected) == text


@pytest.mark.parametrize("rows", SIZES)
def test_big5_exports_are_read_as_big5(tmp_path: Path, rows: int) -> None:
    text = export_text(TRADITIONAL_HEADER, TRADITIONAL_NAMES, rows)
    path = tmp_path / "big5.csv"
    path.write_bytes(text.encode("big5"))
    detected, headers, first_name = read_back(path)
    assert detected in ("big5", "cp950", "big5hkscs")
    assert headers == TRADITIONAL_HEADER.split(",")
    assert first_name == "王偉"


def test_a_multibyte_character_cut_at_the_sample_end_is_still_utf8_or_gb18030(tmp_path: Path) -> None:
    for encoding, expected in (("utf-8", "utf-8"), ("gbk", "gb18030")):
        prefix = SIMPLIFIED_HEADER + "\r\n"
        body = "王" * SAMPLE_BYTES  # far more than the sample: the sample ends inside a character
        path = tmp_path / f"cut-{encoding}.csv"
        data = (prefix + body).encode(encoding)
        path.write_bytes(data[: SAMPLE_BYTES + 1])  # the sample ends in the middle of a character
        assert detect_encoding(path) == expected


def test_gbk_never_reads_as_cyrillic_or_latin(tmp_path: Path) -> None:
    # The export that once read as iso8859_5: many short Chinese names, nothing else non-ASCII.
    text = export_text(SIMPLIFIED_HEADER.replace("（", "(").replace("）", ")"), NAME_MIXES["common"], 16 * 28)
    path = tmp_path / "gbk.csv"
    path.write_bytes(text.encode("gbk"))
    assert detect_encoding(path) == "gb18030"


def test_plain_ascii_is_utf8(tmp_path: Path) -> None:
    path = tmp_path / "ascii.csv"
    path.write_bytes(b"date,employee_id,calls\r\n2024-05-06,E001,3\r\n")
    assert detect_encoding(path) == "utf-8"


def test_latin1_without_chinese_goes_to_the_detector(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("date,name,calls\r\n2024-05-06,José Müller,3\r\n".encode("latin-1") * 50)
    detected = detect_encoding(path)
    assert detected not in ("utf-8", "gb18030")
    assert path.read_bytes().decode(detected).startswith("date,name")

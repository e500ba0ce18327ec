from coachdesk.core.common.member_ref import MemberRef


def test_label_and_json_keep_id_and_name_apart() -> None:
    ref = MemberRef("A1001", "张伟")
    assert (ref.label, str(ref)) == ("张伟 (A1001)", "张伟 (A1001)")
    assert ref.as_json() == {"employee_id": "A1001", "name": "张伟"}
    assert MemberRef("", "李娜").label == "李娜"  # no id: no empty brackets

"""Record ids: generated ones are unique and safe; unsafe ones are refused with a reason."""

from __future__ import annotations

import pytest

from kmcore.errors import InvalidId
from kmcore.ids import MAX_ID_LENGTH, check_id, is_valid_id, new_id


@pytest.mark.parametrize(
    ("candidate", "reason"),
    [
        ("../x", "must not contain"),
        ("a/b", "must not contain"),
        ("a\\b", "must not contain"),
        ("CON", "device name"),
        ("con", "device name"),
        ("lpt1", "device name"),
        ("", "must not be empty"),
        ("x" * 10_000, "10,000 characters long"),
        ("Innovation", "lower case"),
        ("-leading", "start and end"),
        ("has space", "may use only"),
        (".hidden", "may use only"),
        ("tab\there", "may use only"),
        (None, "must be text"),
    ],
)
def test_unsafe_ids_are_refused_with_a_reason(candidate: object, reason: str) -> None:
    with pytest.raises(InvalidId) as info:
        check_id(candidate)
    assert reason in str(info.value)
    assert info.value.hint  # every refusal says what to do instead
    assert not is_valid_id(candidate)


def test_long_id_message_is_shortened() -> None:
    with pytest.raises(InvalidId) as info:
        check_id("y" * 10_000)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize("good", ["cardiac-rehab-app", "person-amara-okafor", "a", "x_1", "0"])
def test_hand_chosen_ids_are_accepted(good: str) -> None:
    assert check_id(good) == good


def test_generated_ids_are_valid_unique_and_time_ordered() -> None:
    ids = [new_id("inn") for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    assert all(is_valid_id(i) and i.startswith("inn-") for i in ids)
    assert all(len(i) <= MAX_ID_LENGTH for i in ids)
    # The body starts with the millisecond clock, so an id made later sorts after.
    import time

    earlier = new_id("inn")
    time.sleep(0.002)
    assert new_id("inn") > earlier


def test_the_quick_check_keeps_the_length_limit_and_the_windows_device_names() -> None:
    # D1342: a plain lower-case id is settled by one pattern match; ids the pattern takes
    # are still refused when too long or a device name Windows reserves.
    assert check_id("a" * MAX_ID_LENGTH) == "a" * MAX_ID_LENGTH
    with pytest.raises(InvalidId, match=f"the limit is {MAX_ID_LENGTH}"):
        check_id("a" * (MAX_ID_LENGTH + 1))
    for name in ["con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                 *(f"lpt{i}" for i in range(10))]:
        with pytest.raises(InvalidId, match="device name"):
            check_id(name)
    assert check_id("con1") == "con1"

    class Text(str):
        pass

    assert check_id(Text("inn-1")) == "inn-1"

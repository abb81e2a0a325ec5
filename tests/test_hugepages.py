"""aiwatch.hugepages: the glibc tunable added to an environment, an operator's own choice kept."""

from __future__ import annotations

import pytest
from aiwatch.hugepages import with_hugepages


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "glibc.malloc.hugetlb=1"),
        ({"GLIBC_TUNABLES": "glibc.malloc.arena_max=2"}, "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"),
        ({"GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}, "glibc.malloc.hugetlb=0"),  # the operator's choice
        ({"GLIBC_TUNABLES": "a.b=1:glibc.malloc.hugetlb=2"}, "a.b=1:glibc.malloc.hugetlb=2"),
        ({"AIWATCH_HUGEPAGES": "0"}, None),  # opted out: left as it is
    ],
)
def test_with_hugepages_adds_the_tunable_unless_set_or_opted_out(
    env: dict[str, str], expected: str | None
) -> None:
    out = with_hugepages({"PATH": "/bin", **env})
    assert out.get("GLIBC_TUNABLES") == expected
    assert out["PATH"] == "/bin"
    assert with_hugepages(out) == out  # idempotent


def test_a_prefix_of_the_tunables_name_is_another_tunable() -> None:
    out = with_hugepages({"GLIBC_TUNABLES": "glibc.malloc.hugetlbx=1"})
    assert out["GLIBC_TUNABLES"] == "glibc.malloc.hugetlbx=1:glibc.malloc.hugetlb=1"

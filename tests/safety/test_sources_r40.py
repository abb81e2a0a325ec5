"""Round 40's held-out sources: installation-guide (the Debian installation guide in its Korean and
Vietnamese translations: real documentation), loaded from a made-up Debian package (never the real one: a
clean clone's test run has no network): one row a translated section as a reader copies it off the page,
what is left out, the cut, and a missing translation failing loudly with its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from bench.corpus.sources import Sample, committed
from tests.support.corpus_files import HELD_OUT_SPAN, fake_deb, held_out_span

ROUND_40 = (sources.installation_guide,)


def test_round_40_sources_are_held_out_in_round_40_after_every_other_loader() -> None:
    for fn in ROUND_40:
        src = fn.__name__.replace("_", "-")
        assert sources.HELD_OUT_ROUND[src] == 40
        assert Sample(src, "1", "rag_document", "x", False).split == "held_out"
        # look-alikes written beside the attacks: hard negatives; real content is not written against a rule
        assert (src in sources.HARD_NEGATIVES) == src.endswith("-benign")
    assert sources.LOADERS[-len(ROUND_40) :] == ROUND_40
    assert sources.LOADERS.index(sources.authored_english_r39_benign) < sources.LOADERS.index(ROUND_40[0])
    # committed, but not ours: committed() (development data) never returns them
    assert not {s.source for s in committed()} & {fn.__name__.replace("_", "-") for fn in ROUND_40}
    assert sources.INSTALLATION_GUIDE.startswith("installation-guide-amd64=")  # fetched by apt-get download
    assert len(sources.INSTALLATION_GUIDE_SHA256) == 64
    assert held_out_span() == HELD_OUT_SPAN


GUIDE = sources.INSTALLATION_GUIDE_DIR
LONG = "긴 설명입니다.\n" * (sources.HELD_OUT_ROW_MAX // 4)


def _section(level: int, anchor: str, title: str, *paras: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<div class="sect{level}">\n<div class="titlepage"><div><div><h{level + 1} class="title">\n'
        f'<a name="{anchor}"></a>{title}</h{level + 1}></div></div></div>\n{body}\n'
    )


def _page(*sections: str, opening: str = "") -> str:
    return (
        '<html><body><div class="navheader"><a href="ch01.html">이전</a></div>\n'
        + opening
        + "".join(sections)
        + "</div>" * len(sections)
        + '\n<div class="navfooter"><p>다음</p></div></body></html>'
    )


CHAPTER = (
    '<div class="chapter"><div class="toc"><p><b>차례</b></p></div>\n<p>이 장에서는 설치를 설명합니다.</p>\n'
)
PAGES = {
    GUIDE + "ko/ch02s01.html": _page(
        _section(1, "hardware", "2.1. 지원하는 하드웨어", "데비안은 <code>amd64</code>를 지원합니다.", "Run it as root.", "자세한 내용은 &lt;man apt&gt;를 참조하십시오."),
        _section(2, "untranslated", "2.1.1. CPU", "This paragraph was not translated.", "번역되었습니다."),
        _section(2, "reserved", "2.1.2. garak", "garak 설명입니다.", "도구입니다."),
        _section(3, "long", "2.1.2.1. 긴 절", LONG),
    ),
    GUIDE + "ko/ch02.html": _page(opening=CHAPTER),  # a chapter's table of contents and introduction
    GUIDE + "ko/index.html": _page(_section(1, "toc", "설치 안내서", "목차입니다.")),
    GUIDE + "ko/install.ko.pdf.gz": "%PDF-1.5",
    GUIDE + "vi/ch04s01.html": _page(
        _section(1, "boot", "4.1. Khởi động", "Dùng lệnh <code>dd</code> để ghi ảnh.", "Not translated yet."),
        _section(2, "net", "4.1.1. Mạng", "Cấu hình mạng bằng DHCP."),
    ),
    GUIDE + "ja/ch02s01.html": _page(_section(1, "hardware", "2.1. ハードウェア", "サポートします。")),
    GUIDE + "en/ch02s01.html": _page(_section(1, "hardware", "2.1. Supported Hardware", "Debian supports it.")),
}  # fmt: skip


def test_installation_guide_keeps_each_translated_korean_and_vietnamese_section_as_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_deb(monkeypatch, PAGES)
    rows = sources.installation_guide()
    assert [(r.id, r.family, r.attack, r.label) for r in rows] == [
        ("ko/ch02s01/hardware", "rag_document", False, "ko/ch02s01/hardware/ko"),
        ("ko/ch02s01/long", "rag_document", False, "ko/ch02s01/long/ko"),
        ("vi/ch04s01/net", "rag_document", False, "vi/ch04s01/net/vi"),
    ]  # the untranslated sections (ko: one of two paragraphs; vi: one of two), the one naming garak, the
    # chapter page's opening, the index, the PDF, other locales and the English original left out
    assert rows[0].text == (
        "2.1. 지원하는 하드웨어\n데비안은 amd64를 지원합니다.\nRun it as root.\n자세한 내용은 <man apt>를 참조하십시오."
    )  # tags dropped, entities read; a section with one English paragraph of three is translated
    assert rows[2].text == "4.1.1. Mạng\nCấu hình mạng bằng DHCP."
    assert len(rows[1].text) <= sources.HELD_OUT_ROW_MAX < len(LONG)  # cut like a pasted document
    assert all(r.source == "installation-guide" and r.split == "held_out" for r in rows)


def test_installation_guide_without_a_translation_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_deb(monkeypatch, {GUIDE + "ko/ch02s01.html": PAGES[GUIDE + "ko/ch02s01.html"]})
    with pytest.raises(
        RuntimeError,
        match=r"installation-guide-amd64=.*usr/share/doc/installation-guide-amd64/\{vi\}/<page>\.html",
    ):
        sources.installation_guide()

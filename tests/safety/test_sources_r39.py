"""Round 39's held-out sources: debian-reference (Debian Reference, a system administration guide, in its
Japanese and Chinese translations: real documentation), loaded from made-up Debian packages (never the
real ones: a clean clone's test run has no network): one row a translated section as a reader copies it
off the page, what is left out, the cut, and a missing page failing loudly with its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from bench.corpus.sources import Sample
from tests.support.corpus_files import HELD_OUT_SPAN, fake_deb, held_out_span

ROUND_39 = (sources.debian_reference,)


def test_round_39_sources_are_held_out_in_round_39_after_every_other_loader() -> None:
    for fn in ROUND_39:
        src = fn.__name__.replace("_", "-")
        assert sources.HELD_OUT_ROUND[src] == 39
        assert Sample(src, "1", "rag_document", "x", False).split == "held_out"
        assert src not in sources.HARD_NEGATIVES  # real content is not written against a rule
    i = sources.LOADERS.index(ROUND_39[0])
    assert sources.LOADERS[i : i + len(ROUND_39)] == ROUND_39
    assert sources.LOADERS.index(sources.fortunes_ru) < i  # after the round-38 sources
    for spec, sha256 in sources.DEBIAN_REFERENCE:
        assert spec.startswith("debian-reference-") and "=" in spec  # pinned, fetched by apt-get download
        assert len(sha256) == 64
    assert held_out_span() == HELD_OUT_SPAN


REF = sources.DEBIAN_REFERENCE_DIR
LONG = "長い説明です。\n" * (sources.HELD_OUT_ROW_MAX // 4)


def _section(anchor: str, title: str, *paras: str) -> str:
    body = "\n".join(f"  <p>{p}</p>" for p in paras)
    return f'<div class="section">\n <h2 class="title"><a id="{anchor}"/>{title}</h2>\n{body}\n</div>\n'


def _page(*sections: str) -> str:
    return (
        '<html><body><div class="navheader"><a href="ch00.ja.html">戻る</a></div>\n'
        '<div class="chapter"><div class="toc"><p>目次: 概要</p></div>\n'
        + "".join(sections)
        + '</div>\n<div class="navfooter"><p>次へ</p></div></body></html>'
    )


PAGES = {
    REF + "ch01.ja.html": _page(
        _section("_apt", "2.1. apt の基本", "<code>apt</code> でパッケージを管理します。", "Run it as root.", "詳しくは &lt;man apt&gt; を参照。"),
        _section("_untranslated", "2.2. Tips", "This paragraph was not translated.", "これは訳されています。"),
        _section("_reserved", "2.3. garak", "garak の説明です。", "ツールです。"),
        _section("_long", "2.4. 長い節", LONG),
    ),
    REF + "index.ja.html": _page(_section("_toc", "目次", "一覧です。")),
    REF + "debian-reference.ja.pdf": "%PDF-1.5",
    REF + "ch02.zh-cn.html": _page(_section("_net", "5.1. 网络配置", "使用 <code>ip</code> 命令配置网络。")),
    REF + "ch02.fr.html": _page(_section("_net", "5.1. Réseau", "Configurer le réseau.")),
}  # fmt: skip


def test_debian_reference_keeps_each_translated_section_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_deb(monkeypatch, PAGES)  # each pinned package is served these files: each reads its locale's pages
    rows = sources.debian_reference()
    assert [(r.id, r.family, r.attack, r.label) for r in rows] == [
        ("ja/ch01/_apt", "rag_document", False, "ja/ch01/_apt/ja"),
        ("ja/ch01/_long", "rag_document", False, "ja/ch01/_long/ja"),
        ("zh-cn/ch02/_net", "rag_document", False, "zh-cn/ch02/_net/zh"),
    ]  # the untranslated section, the one naming garak, the index, the PDF and another locale left out
    assert (
        rows[0].text
        == "2.1. apt の基本\napt でパッケージを管理します。\nRun it as root.\n詳しくは <man apt> を参照。"
    )
    assert rows[2].text == "5.1. 网络配置\n使用 ip 命令配置网络。"  # tags dropped, entities read
    assert len(rows[1].text) <= sources.HELD_OUT_ROW_MAX < len(LONG)  # cut like a pasted document
    assert all(r.source == "debian-reference" and r.split == "held_out" for r in rows)


def test_debian_reference_without_its_pages_fails_naming_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_deb(
        monkeypatch, {REF + "index.ja.html": _page(), "usr/share/doc/debian-reference-ja/copyright": "GPL-2+"}
    )
    with pytest.raises(
        RuntimeError, match=r"debian-reference-ja=.*usr/share/debian-reference/<page>\.ja\.html"
    ):
        sources.debian_reference()

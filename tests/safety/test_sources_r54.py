"""Round 54's real-content source, held out in rounds 54-56 and dev since round 57:
libreoffice-help-dz-el-et-eu-km-om-tr-vi-zh-cn-zh-tw (LibreOffice's offline help, an office suite's commands,
dialogs, options, spreadsheet functions, Basic and macros one page each, in its Dzongkha, Greek, Estonian,
Basque, Khmer, Oromo, Turkish, Vietnamese and Simplified and Traditional Chinese translations: real content),
loaded from made-up Debian packages (never the real ones: a clean clone's test run has no network), each
package served its own files: one row a page of its ten locales, read by the help's own page reader
(`libreoffice_help_body`: the display area, the default variant of each switch, without the related topics);
el, zh-cn and zh-tw told translated by their scripts, the seven others by the English original page's headings
and paragraphs compared by their letters and digits and not in English by its common words, counted by
characters; pages under the floor, link lists, a page without an original and a page naming a reserved
collection left out, and a missing translation or original failing loudly with its package."""

from __future__ import annotations

import re

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs
from tests.support.round_sources import assert_pinned_translations, assert_promoted

ROUND_54 = (sources.libreoffice_help_dz_el_et_eu_km_om_tr_vi_zh_cn_zh_tw,)
SOURCE = "libreoffice-help-dz-el-et-eu-km-om-tr-vi-zh-cn-zh-tw"
BY_ORIGINAL = ("dz", "et", "eu", "km", "om", "tr", "vi")
SCRIPTS = ("el", "zh-cn", "zh-tw")
VERSION = "4:7.4.7-1+deb12u14"


def test_round_54_sources_are_dev_since_round_57_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 54-56 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r54w.py) and their encoded set (`encoded-r54`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r54, sources.authored_wild_r54_benign)
    assert_promoted((*ROUND_54, *wild), sources.encoded_r54, after=sources.encoded_r53)  # after round 53's
    # pinned (sha256, fetched by apt-get download), one version, the English original beside the ten
    specs = sources.LIBREOFFICE_HELP_DZ_EL_ET_EU_KM_OM_TR_VI_ZH_CN_ZH_TW
    original, locale_of = sources.LIBREOFFICE_HELP_ORIGINAL, sources._libreoffice_help_locale
    assert_pinned_translations("libreoffice-help", SOURCE, specs, original, VERSION, locale_of, "en-us")
    assert {locale_of(spec) for spec, _ in specs} == {*BY_ORIGINAL, *SCRIPTS}
    assert sources.LIBREOFFICE_HELP_LICENCE == "MPL-2.0"
    scripts = sources.LIBREOFFICE_HELP_SCRIPTS  # the seven others by the original's blocks
    assert set(scripts) == set(SCRIPTS)
    assert scripts["el"].search("γ") and scripts["zh-cn"].search("宏") and scripts["zh-tw"].search("巨")
    assert not scripts["el"].search("宏") and not scripts["zh-cn"].search("γ")


HEAD = (
    '<!DOCTYPE html>\n<html lang="{lang}" dir="ltr">\n<head>\n<title>{title}</title>\n</head>\n<body>\n'
    '<header id="TopLeftHeader"><a class="logo" href="x.html"><p dir="auto">LibreOffice 7.4 Help</p></a>'
    "</header>\n"
    '<aside class="leftside"><div id="Index">\n<div class="index-label" dir="auto">Index</div>\n</div></aside>\n'
    '<div id="DisplayArea" itemprop="softwareHelp" itemscope="true">\n'
)
FOOT = (
    '</div>\n<div id="SearchFrame"></div>\n<div id="DonationFrame"></div>\n'
    '<footer><div id="DEBUG" class="debug">\n<h3 class="bug">Help content debug info:</h3>\n'
    '<p dir="auto">This page is: {title}</p>\n</div></footer>\n</body>\n</html>\n'
)


def _page(title: str, *blocks: str, lang: str = "en-US") -> str:
    """A made-up help page: its header, index pane, display area (`blocks`), search and donation frames
    and debug footer, laid out as the help's generator lays them out."""
    return HEAD.format(lang=lang, title=title) + "\n".join(blocks) + "\n" + FOOT.format(title=title)


def _h(text: str) -> str:
    return f'<h1 id="hd_id1" dir="auto">\n<a name="x"></a>{text}\n</h1>'


def _p(text: str) -> str:
    return f'<p id="par_id1" class="paragraph" dir="auto">{text}</p>'


def _switch(default: str, mac: str) -> str:
    """A system switch: the macOS variant and the default one, each hidden until the help's script
    shows one."""
    return (
        '<span id="swlnsys1" class="switchinline"><span hidden="true" id="MACtext1" class="MAC">'
        f'<span class="emph">{mac}</span></span><span hidden="true" id="defaulttext1">'
        f'<span class="emph">{default}</span></span></span>'
    )


def _related(*links: str) -> str:
    body = "".join(f'<p class="paragraph" dir="auto"><a href="{k}.html">{k}</a></p>' for k in links)
    return (
        '<a name="relatedtopics"></a><div class="relatedtopics">\n<p class="related" dir="auto">'
        f'<span class="emph">Related Topics</span></p>\n<div class="relatedbody">{body}</div>\n</div>'
    )


def _code(code: str) -> str:
    return (
        f'<div class="bascode"><pre dir="auto"><code class="language-visual-basic">{code}</code></pre></div>'
    )


ORIGINAL = {
    "shell": (
        "Shell Function",
        "Starts another application and defines the respective window style, if necessary.",
        "If this value is set to “true”, the Shell command waits until the shell process completes.",
    ),
    "security": (
        "Macro Security",
        "Security Level",
        "Choose Tools - Options - LibreOffice - Security to open the dialog, then click Trusted Sources.",
    ),
    "short": ("Run", "Choose Tools - Macros."),
    "topics": (
        "Writer Topics",
        "Using Captions in Writer",
        "Inserting Footnotes",
        "Tables in Text",
        "Styles",
    ),
}


def _files(
    folder: str, text: dict[str, tuple[str, ...]], extra: dict[str, str] | None = None
) -> dict[str, str]:
    """A locale's package: the Shell function's page (a code example, related topics), the macro security
    page, a short page, a page of links (its title, then a link a paragraph), the contents script and an
    image, in its own folder (`usr/share/libreoffice/help/<folder>/`)."""
    base = f"{sources.LIBREOFFICE_HELP_DIR}{folder}/"
    shell, security, short, topics = (text[k] for k in ("shell", "security", "short", "topics"))
    pages = {
        "text/sbasic/shared/03130500.html": _page(
            shell[0], _h(shell[0]), _p(shell[1]), _p(shell[2]), _code('Shell("calc.exe", 2)'), _related("Run")
        ),
        "text/shared/optionen/macrosecurity.html": _page(
            security[0], _h(security[0]), f'<h2 id="hd_2" dir="auto">{security[1]}</h2>', _p(security[2])
        ),
        "text/shared/00/00000406.html": _page(short[0], _h(short[0]), _p(short[1])),
        "text/swriter/guide/main.html": _page(
            topics[0],
            _h(topics[0]),
            *(_p(f'<a target="_top" href="{k}.html">{t}</a>') for k, t in enumerate(topics)),
        ),
        "contents.js": "var contents = [];",
        "text/shared/guide/media/screenshot.png": "not a page",
        **(extra or {}),
    }
    return {base + path: page for path, page in pages.items()}


TRANSLATED = {  # made-up translations of the blocks, one locale's each (a text two locales share is one row)
    "tr": ("Shell İşlevi", "Başka bir uygulamayı başlatır ve gerekirse pencere biçemini belirler.", "Değer doğru ise Shell komutu kabuk işlemi bitene kadar bekler."),
    "et": ("Funktsioon Shell", "Käivitab teise rakenduse ja määrab vajadusel akna stiili.", "Kui väärtus on tõene, ootab käsk Shell, kuni protsess lõpeb."),
    "eu": ("Shell funtzioa", "Beste aplikazio bat abiarazten du eta leihoaren estiloa definitzen du.", "Balioa egia bada, Shell komandoak itxaron egiten du prozesua amaitu arte."),
    "om": ("Faankishinii Shell", "Sagantaa biraa jalqabsiisa, akkaataa foddaas murteessa.", "Gatiin dhugaa yoo ta'e, ajajni Shell hanga adeemsi xumuramutti eega."),
    "vi": ("Hàm Shell", "Khởi chạy một ứng dụng khác và xác định kiểu cửa sổ tương ứng, nếu cần.", "Nếu giá trị này là đúng, lệnh Shell sẽ chờ cho đến khi tiến trình hoàn tất."),
    "km": ("អនុគមន៍ Shell", "ចាប់ផ្ដើម​កម្មវិធី​ផ្សេង​ទៀត ហើយ​កំណត់​រចនាប័ទ្ម​បង្អួច។", "បើ​តម្លៃ​នេះ​ពិត ពាក្យ​បញ្ជា Shell រង់ចាំ​រហូត​ដល់​ដំណើរការ​បញ្ចប់។"),
    "dz": ("Shell ལས་འགན།", "གློག་རིམ་གཞན་ཅིག་འགོ་བཙུགསཔ་ད་ སྒོ་སྒྲིག་གི་བཟོ་རྣམ་ངེས་འཛིན་འབདཝ་ཨིན།", "གནས་གོང་འདི་བདེན་པ་ཨིན་པ་ཅིན་ Shell བརྡ་བཀོད་གིས་ བཱེལ་ལས་སྦྱོར་མཇུག་མ་བསྡུ་ཚུན་ བསྒུག་འོང་།"),
    "el": ("Συνάρτηση Shell", "Ξεκινά μια άλλη εφαρμογή και ορίζει τη μορφή του παραθύρου, αν χρειάζεται.", "Αν η τιμή είναι αληθής, η εντολή Shell περιμένει μέχρι να ολοκληρωθεί η διεργασία."),
    "zh-cn": ("Shell 函数", "启动另一个应用程序，并根据需要定义相应的窗口样式。", "如果此值为真，Shell 命令将等待 shell 进程完成。"),
    "zh-tw": ("Shell 函式", "啟動另一個應用程式，並視需要定義對應的視窗樣式。", "如果此值為真，Shell 指令會等待 shell 程序完成。"),
}  # fmt: skip
FOLDERS = {"zh-cn": "zh-CN", "zh-tw": "zh-TW"}


def _translation(loc: str) -> dict[str, tuple[str, ...]]:
    """A locale's made-up translation: the Shell function's page translated; macro security's heading and
    label translated over its long paragraph left in English (between other quotation marks: still the
    original's); the short page and the page of links (its links' texts too) translated."""
    shell = TRANSLATED[loc]
    return {
        "shell": shell,
        "security": (f"{shell[0]} (2)", "Seviye", ORIGINAL["security"][2].replace("“", "„")),
        "short": (f"{shell[0]} (3)", shell[1][:12]),
        "topics": (f"{shell[0]} (4)", *(f"{shell[1][:30]} {k}" for k in range(4))),
    }


def _packages() -> dict[str, dict[str, str]]:
    return {
        "libreoffice-help-en-us": _files("en-US", ORIGINAL),
        **{
            f"libreoffice-help-{loc}": _files(FOLDERS.get(loc, loc), _translation(loc))
            for loc in (*BY_ORIGINAL, *SCRIPTS)
        },
    }


def test_libreoffice_help_reads_ten_locales_each_from_its_own_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A row is a page, as a reader copies it off the help: its heading, paragraphs and code example, the
    default variant of a switch; nothing of the header, panes, frames, footer or related topics."""
    fake_debs(monkeypatch, _packages())
    rows = sources.libreoffice_help_dz_el_et_eu_km_om_tr_vi_zh_cn_zh_tw()
    # left out: macro security (a translated heading and label over a paragraph left in English), the short
    # page (under the floor), the page of links, the scripts, image and English original
    for loc in (*BY_ORIGINAL, *SCRIPTS):
        assert [r.id for r in rows if r.id.split("/")[0] == loc] == [f"{loc}/text/sbasic/shared/03130500"], (
            loc
        )
    shell = TRANSLATED["tr"]
    row = next(r for r in rows if r.id == "tr/text/sbasic/shared/03130500")
    assert row.text == "\n".join((*shell, 'Shell("calc.exe", 2)'))
    assert row.label.startswith("tr/text/sbasic/shared/03130500/")  # and its text_language
    assert len(rows) == 10
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_a_page_is_its_display_area_with_the_default_variant_of_each_switch() -> None:
    page = _page(
        "Macro Security",
        _h("Macro Security"),
        _p(f"Open {_switch('Tools - Options', 'LibreOffice - Preferences')} - Security."),
        _related("Trusted Sources", "Digital Signatures"),
    ).encode()
    body = sources.libreoffice_help_body(page)
    assert sources.reference_text(body) == "Macro Security\nOpen Tools - Options - Security."
    assert sources._libreoffice_help_blocks(body) == ["Macro Security", "Open Tools - Options - Security."]
    assert sources.libreoffice_help_body(b"<html><body><p>no display area</p></body></html>") == ""


def test_a_page_is_told_translated_by_its_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Macro security's translated heading and label do not outvote its paragraph left in English; with
    that one translated it is kept. A page naming a reserved collection and a page without an English
    original are left out."""
    basque = {
        **_translation("eu"),
        "security": (
            "Makroen segurtasuna",
            "Maila",
            "Aukeratu Tresnak - Aukerak - Segurtasuna menua, eta sakatu Iturburu fidagarriak botoia (eu).",
        ),
    }
    turkish = {**_translation("tr"), "shell": (*TRANSLATED["tr"][:2], "Bu sayfa garak ile ilgilidir.")}
    lone = {
        "text/shared/01/lone.html": _page("Yalnız", _h("Yalnız sayfa"), _p(TRANSLATED["tr"][1] + " (tr)"))
    }
    fake_debs(
        monkeypatch,
        {
            **_packages(),
            "libreoffice-help-eu": _files("eu", basque),
            "libreoffice-help-tr": _files("tr", turkish, lone),
        },
    )
    ids = {r.id for r in sources.libreoffice_help_dz_el_et_eu_km_om_tr_vi_zh_cn_zh_tw()}
    assert (
        "eu/text/shared/optionen/macrosecurity" in ids and "et/text/shared/optionen/macrosecurity" not in ids
    )
    assert not {i for i in ids if i.startswith("tr/")}


def test_a_script_page_is_told_by_its_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Greek and Chinese by their scripts, not by the original: a Simplified Chinese page in the Latin
    script of another wording than the original's is left out; Khmer and Dzongkha, whose scripts
    text_language has no range for, by the original's blocks."""
    latin = {**_translation("zh-cn"), "shell": ("Shell Function", "Starts another program.", "Waits for it.")}
    fake_debs(monkeypatch, {**_packages(), "libreoffice-help-zh-cn": _files("zh-CN", latin)})
    ids = {r.id for r in sources.libreoffice_help_dz_el_et_eu_km_om_tr_vi_zh_cn_zh_tw()}
    assert "zh-cn/text/sbasic/shared/03130500" not in ids
    assert {"zh-tw/text/sbasic/shared/03130500", "km/text/sbasic/shared/03130500"} <= ids


@pytest.mark.parametrize("missing", ["en-us", "dz", "om", "zh-tw"])
def test_libreoffice_help_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    fake_debs(monkeypatch, {k: v for k, v in _packages().items() if k != f"libreoffice-help-{missing}"})
    folder = {"en-us": "en-US", "zh-tw": "zh-TW"}.get(missing, missing)
    version = re.escape(VERSION)
    with pytest.raises(
        RuntimeError,
        match=rf"libreoffice-help-{missing}={version}: usr/share/libreoffice/help/{folder}/<page>\.html not found",
    ):
        sources.libreoffice_help_dz_el_et_eu_km_om_tr_vi_zh_cn_zh_tw()

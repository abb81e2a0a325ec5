"""A small reader of Mallard help pages (`.page`, projectmallard.org 1.0: GNOME's help topics), enough
to copy a page's prose off it as the help browser (yelp) shows it on the default GNOME desktop.

A page is its title and its blocks, each a paragraph: a `p`, a section's or a term's `title`, a table
cell's or tree item's own text, a `code` or `screen` block (its lines kept). Inline markup (`gui`,
`link`'s text, `key`, `cmd`, `em`, ...) is read as its text, spacing collapsed, key combinations and
menu paths joined as the help browser shows them. Left out: the page's
`info` (credits, licence, revisions, the `desc` its link lists show), editors' `comment`s, `media`
(images and videos, their alternative text and captions), automatic link lists (`links`) and a section
holding nothing else but its title (a guide page's heading of a list of links), and content
the default desktop does not show: Mallard's conditionals (`if:choose`, `if:when`, `if:else`, `if:if`
and `if:test` attributes) read with every test of a platform, target or action (`platform:gnome-classic`,
`platform:ubuntu`, `target:mobile`, `action:install`) false, so a negated one true. Standard library
only (xml.etree)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_IF = "{http://projectmallard.org/if/1.0/}"
_SKIP = frozenset({"info", "comment", "media", "links", "credit", "license", "include", "rules"})
_LEAF = frozenset({"p", "title", "subtitle", "desc", "code", "screen"})
_KEEP_LINES = frozenset({"code", "screen"})  # block code: its lines as they are


@dataclass(frozen=True)
class MallardPage:
    """A Mallard page: its id, type (`guide`: a page of links; `topic`), style, title and paragraphs."""

    id: str
    type: str
    style: str
    title: str
    paragraphs: tuple[str, ...]


def _name(el: ET.Element) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


def condition_holds(test: str) -> bool:
    """A Mallard conditional test on the default GNOME desktop: alternatives split by commas, each true
    when all its space-split tokens are; every token of a platform, target or action false (so a negated
    one, `!platform:gnome-classic`, true)."""
    return any(all(tok.startswith("!") for tok in alt.split()) for alt in test.split(",") if alt.strip())


def _shown(el: ET.Element) -> bool:
    test = el.get(f"{_IF}test")
    return test is None or condition_holds(test)


def _children(elements: Iterable[ET.Element]) -> Iterator[ET.Element]:
    """`elements` (an element's children) as the default desktop shows them: an `if:choose` read as its
    first `if:when` that holds (else its `if:else`), an `if:if` by its test, skipped parts left out."""
    for child in elements:
        name = _name(child)
        if not _shown(child) or name in _SKIP:
            continue
        if child.tag == f"{_IF}choose":
            whens = [w for w in child if w.tag == f"{_IF}when" and condition_holds(w.get("test", ""))]
            for branch in whens[:1] or [e for e in child if e.tag == f"{_IF}else"][:1]:
                yield from _children(branch)
        elif child.tag == f"{_IF}if":
            if condition_holds(child.get("test", "")):
                yield from _children(child)
        else:
            yield child


def _text(el: ET.Element) -> str:
    """An element's text with its shown inline children's (skipped ones' tails kept); a key combination
    (`keyseq`) and a menu path (`guiseq`) joined as the help browser shows them: `Ctrl+Alt`, `File ▸ Open`."""
    name = _name(el)
    if name in ("keyseq", "guiseq"):
        parts = [_text(c) for c in _children(el) if _name(c) in ("key", "gui", "keyseq")]
        if parts:
            join = " ▸ " if name == "guiseq" else " " if el.get("type") == "sequence" else "+"
            return join.join(parts)
    parts = [el.text or ""]
    for child in el:
        parts += [_text(c) for c in _children((child,))]
        parts.append(child.tail or "")
    return "".join(parts)


def _own_text(el: ET.Element) -> bool:
    """Whether an element holds text of its own (not only blocks): a table cell or tree item written
    without a paragraph."""
    return bool((el.text or "").strip() or any((c.tail or "").strip() for c in el))


def _blocks(elements: Iterable[ET.Element]) -> Iterator[str]:
    """The paragraphs of shown `elements` and of the blocks they hold, in reading order."""
    for child in _children(elements):
        name = _name(child)
        if name in _LEAF or _own_text(child):
            text = _text(child)
            if name in _KEEP_LINES:
                text = "\n".join(line.rstrip() for line in text.strip("\n").splitlines() if line.strip())
            else:
                text = " ".join(text.split())
            if text:
                yield text
        elif name == "section":
            # a section of nothing but its title (a guide page's list of links) gives no paragraph
            blocks = list(_blocks(child))
            title = child.find("{http://projectmallard.org/1.0/}title")
            if len(blocks) > (title is not None and _shown(title)):
                yield from blocks
        else:
            yield from _blocks(child)


def mallard_page(xml: str | bytes) -> MallardPage | None:
    """A Mallard page's title and paragraphs in reading order (the title not among them), or None when
    it is not a Mallard page (another root, or not XML)."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return None
    if _name(root) != "page":
        return None
    title, paragraphs = "", []
    for child in _children(root):
        if _name(child) == "title" and not title:
            title = " ".join(_text(child).split())
        else:
            paragraphs += _blocks((child,))
    return MallardPage(
        root.get("id", ""),
        root.get("type", "topic"),
        root.get("style", ""),
        title,
        tuple(paragraphs),
    )

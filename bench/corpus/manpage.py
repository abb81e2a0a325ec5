"""A small reader of manual pages (groff with the man macros) as a reader sees them on a terminal: their
sections (`.SH`), each its heading and its paragraphs of plain text. Written for the translated manual
pages the held-out corpus reads (manpages-l10n, po4a's output: one request a line, no macros of their
own beyond the man package's); linear, one line at a time, no groff semantics beyond what the text
needs: requests that only lay the page out are dropped, font and size changes stripped, special
characters read, tables (`.TS` to `.TE`), macro definitions (`.de`, `.am`) and ignored blocks (`.ig`) left
out. Pages in the mdoc macros (`.Sh`, BSD's) have no `.SH`: nothing of them is read."""

from __future__ import annotations

import re

# special characters (`\(xx`, `\[xx]`, `\*(xx` strings) a translated page uses; any other is dropped
_SPECIAL = {
    "em": "—", "en": "–", "hy": "-", "mi": "-", "bu": "•", "co": "©", "rg": "®", "tm": "™", "lq": "“",
    "rq": "”", "oq": "‘", "cq": "’", "aq": "'", "dq": '"', "Fo": "«", "Fc": "»", "fo": "‹", "fc": "›",
    "ga": "`", "aa": "´", "ti": "~", "ha": "^", "ti~": "~", "mu": "×", "di": "÷", "+-": "±", ">=": "≥",
    "<=": "≤", "!=": "≠", "->": "→", "<-": "←", "rA": "⇒", "lA": "⇐", "bv": "|", "ba": "|", "or": "|",
    "sl": "/", "rs": "\\", "dg": "†", "de": "°", "sc": "§", "ps": "¶", "pc": "·", "Eu": "€", "eu": "€",
    "R": "®", "Tm": "™", "at": "@", "sh": "#", "Do": "$", "ct": "¢", "Po": "£", "Ye": "¥", "ss": "ß",
    "12": "½", "14": "¼", "34": "¾", "ua": "↑", "da": "↓", "la": "⟨", "ra": "⟩", "dd": "‡", "ul": "_",
    "ru": "_", "lB": "[", "rB": "]", "lC": "{", "rC": "}", "tno": "~", "fm": "′", "sd": "″", "pl": "+",
    "eq": "=", "**": "∗", "<>": "↔", "OK": "✓",
    "Aq": "'", 'L"': "“", 'R"': "”",  # strings pod2man and Asciidoctor define
}  # fmt: skip
_ESCAPE = re.compile(
    r"""\\(?:
        \((?P<two>..)                        # \(xx
      | \[(?P<long>[^\]]*)\]                 # \[name], \[u00E9]
      | \*(?:\((?P<s2>..)|\[(?P<sl>[^\]]*)\]|(?P<s1>.))   # a string: \*(xx, \*[name], \*x
      | [fFgkmMnY](?:\(..|\[[^\]]*\]|.)      # a font, colour, register: dropped
      | s[-+]?(?:\(..|\[[^\]]*\]|\d\d?)      # a size change: dropped
      | [hvwoxXZbDlLNRA]'[^']*'             # a motion, width, overstrike, device control: dropped
      | (?P<char>.)                          # one character: \- \e \& \  \~ ...
    )""",
    re.X,
)
_ONE = {
    "-": "-",
    "e": "\\",
    "\\": "\\",
    " ": " ",
    "~": " ",
    "0": " ",
    "'": "´",
    "`": "`",
    ".": ".",
    "t": "\t",
}
_DROPPED = set("&|^c%:,/)ed{}!zpru")  # zero-width or layout only (\e is `\\`, above)
_FONTS = frozenset({"B", "I", "R", "SM", "SB"})  # one font: words joined by spaces
_ALTERNATING = frozenset({"BR", "RB", "BI", "IB", "IR", "RI"})  # alternating fonts: words joined as one
_BREAKS = frozenset(
    {"PP", "LP", "P", "TP", "TQ", "IP", "HP", "SS", "sp", "Sp", "EX", "EE", "nf", "fi", "UR", "MT"}
)
# a block left out, to the request that ends it (`..`, or `.  .` as po4a writes it inside a condition)
_SKIP_TO = {"de": ".", "de1": ".", "am": ".", "ig": ".", "TS": "TE", "EQ": "EN"}


def _escape(m: re.Match[str]) -> str:
    if (
        name := m.group("two") or m.group("long") or m.group("s2") or m.group("sl") or m.group("s1")
    ) is not None:
        if re.fullmatch(r"u[0-9A-Fa-f]{4,6}", name):
            return chr(int(name[1:], 16))
        return _SPECIAL.get(name, "")
    char = m.group("char")
    if char is None:
        return ""
    if char in _ONE:
        return _ONE[char]
    return "" if char in _DROPPED else char


def groff_text(line: str) -> str:
    """A line of text with its escapes read: a comment (`\\"`, `\\#`) dropped, fonts and sizes stripped,
    special characters read (`\\(em`, `\\[u00E9]`, `\\-`, `\\e`), zero-width ones (`\\&`, `\\c`) dropped."""
    line = re.split(r'\\["#]', line, maxsplit=1)[0]
    return _ESCAPE.sub(_escape, line)


def _arguments(rest: str) -> list[str]:
    """A request's arguments: words split at spaces, a double-quoted argument one word (`""` a quote)."""
    return [
        a[1:-1].replace('""', '"') if a.startswith('"') else a
        for a in re.findall(r'"(?:[^"]|"")*"?|\S+', rest)
    ]


def manpage_sections(source: str) -> list[tuple[str, list[str]]]:
    """A manual page's sections in page order, each (its heading, its paragraphs of text): a paragraph
    ends at a paragraph request (`.PP`, `.TP`, `.IP`, `.SS`, `.sp`, ...) or a blank line; its lines are
    joined by spaces while filling, by line breaks between `.nf` and `.fi`. A `.SS` heading is a paragraph
    of its own; a `.TP` or `.IP` tag starts its paragraph; the text before the first `.SH` is left out."""
    sections: list[tuple[str, list[str]]] = []
    para: list[str] = []
    fill = True
    heading_next = False
    skip_to = ""

    def end_paragraph() -> None:
        text = (" " if fill else "\n").join(para).strip()
        if sections and text:
            sections[-1][1].append(re.sub(r"[ \t]+", " ", text) if fill else text)
        para.clear()

    for raw in source.splitlines():
        request, _, rest = raw[1:].strip().partition(" ") if raw[:1] in ".'" else ("", "", "")
        if skip_to:
            skip_to = "" if request == skip_to else skip_to
            continue
        if raw[:1] in ".'":
            if request in _SKIP_TO:
                skip_to = _SKIP_TO[request]
                continue
            words = [groff_text(a) for a in _arguments(rest)]
            if request == "SH" or request in _BREAKS:
                end_paragraph()
            if request == "SH":
                heading = " ".join(words).strip()
                sections.append((heading, []))
                heading_next = not heading
            elif request == "SS" and words:
                para.append(" ".join(words))
                end_paragraph()
            elif request == "IP" and words and words[0].strip():
                para.append(words[0])
            elif request == "nf" or request == "EX":
                fill = False
            elif request == "fi" or request == "EE":
                fill = True
            elif request in _FONTS and words:
                para.append(" ".join(words))
            elif request in _ALTERNATING and words:
                para.append("".join(words))
            continue
        text = groff_text(raw)
        if heading_next:
            sections[-1] = (text.strip(), sections[-1][1])
            heading_next = False
        elif not raw.strip() and fill:
            end_paragraph()
        else:
            para.append(text)
    end_paragraph()
    return sections

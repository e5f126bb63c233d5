"""A page snapshot from an HTML file, with a real HTML parser (BeautifulSoup over lxml).

The rules are those of the extension's content script (``extension/content.js``), which applies them
to the live page: the same elements, the same ids (the element's own id, else ``albertine-<n>``),
the same labels. Without a browser, "visible" only means not hidden by the markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from communs.apps.guide.branches import all_required, branches
from communs.apps.guide.snapshot import MAX_TEXT, Element, Page
from communs.documents.html import attribute

INTERACTIVE_ROLES = frozenset(
    {"button", "link", "checkbox", "radio", "switch", "tab", "menuitem", "combobox", "textbox", "searchbox"}
)
SKIPPED_INPUTS = frozenset({"hidden"})
_SPACES = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_WORDY = re.compile(r"[^\W_]")  # a letter or a digit: a name, not a symbol
_SECTIONS = frozenset(
    {"section", "article", "aside", "nav", "form", "fieldset", "li", "div", "main", "header", "footer"}
)
_LOOKS_BUTTON = re.compile(r"(?:^|[-_ ])(?:btn|button|bouton|cta)(?:$|[-_ ])", re.IGNORECASE)
_LOOKS_LINK = re.compile(r"(?:^|[-_ ])(?:link|lien|linklike|linkbtn)(?:$|[-_ ])|btn--?link|link-?button", re.IGNORECASE)
_DESCRIPTIONS = frozenset({"small", "p"})  # the line under a tile's title
# The page's height in lines of text, without a browser: a block starts half a line down, text takes a line per
# LINE_CHARS characters. An element past BELOW_LINES is reached by scrolling: this count leaves out the height of
# boxes, margins and headings, so a page measured at 1,234 px or more in a browser (900 px high) counts some 50.
_BLOCKS = _SECTIONS | frozenset(
    "p ul ol dl dt dd table tr label legend input select textarea button summary details hr br blockquote pre "
    "figure h1 h2 h3 h4 h5 h6".split()
)
LINE_CHARS = 80
BLOCK_LINES = 0.5
BELOW_LINES = 50.0
# A block given a height in CSS (a picture, a spacer, a tall description: « height: 800px ») takes that room, in
# lines of PX_PER_LINE pixels; below TALL_PX it is a button or an icon, whose text already counts.
PX_PER_LINE = 20.0
TALL_PX = 100.0
_HEIGHT = re.compile(r"(?<![\w-])(?:min-)?height\s*:\s*(\d+(?:\.\d+)?)px")
_CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
_FIXED_STYLE = re.compile(r"position\s*:\s*(?:fixed|sticky)")
_INSET = re.compile(r"(?<![\w-])inset\s*:\s*0(?:px)?\s*(?:;|$)")
_SIDES = ("top", "left", "right", "bottom")
_MEDIA = re.compile(r"@media[^{]*\{")
_REQUIRED_MARK = re.compile(r"\*\s*$|\(\s*obligatoire\s*\)\s*$", re.IGNORECASE)
_NOTICE_ROLES = frozenset({"status", "alert"})


def _text(node: Tag | None) -> str:
    return _SPACES.sub(" ", node.get_text(" ", strip=True)).strip() if node is not None else ""


def _interactive(node: Tag) -> bool:
    name = node.name
    if name == "a":
        return node.has_attr("href") or attribute(node, "role") in INTERACTIVE_ROLES
    if name == "input":
        return (attribute(node, "type") or "text").lower() not in SKIPPED_INPUTS
    if name in ("button", "select", "textarea", "summary"):
        return True
    return attribute(node, "role") in INTERACTIVE_ROLES


def _hidden(node: Tag, background: frozenset[int] = frozenset()) -> bool:
    """Hidden by the markup: ``hidden``, ``display:none``, ``visibility:hidden``, ``aria-hidden`` or ``inert``
    on the element or an ancestor. ``background``: the containers made aria-hidden or inert only because a
    modal dialog is open over them; they come back when it closes, so they do not hide (see :func:`_modal`)."""
    for current in (node, *node.parents):
        if not isinstance(current, Tag) or current.name in ("[document]", "html"):
            continue
        if current.has_attr("hidden") or _HIDDEN_STYLE.search(attribute(current, "style")):
            return True
        if (attribute(current, "aria-hidden") == "true" or current.has_attr("inert")) and id(current) not in background:
            return True
    return False


def _is_modal(node: Tag) -> bool:
    role = attribute(node, "role")
    if node.name == "dialog":
        return node.has_attr("open") and attribute(node, "aria-modal") != "false"
    return role in ("dialog", "alertdialog") and attribute(node, "aria-modal") == "true"


def open_modal(soup: BeautifulSoup, covering: frozenset[str] = frozenset()) -> tuple[Tag | None, frozenset[int]]:
    """The open modal dialog (``aria-modal="true"`` or ``<dialog open>``, else the box over a veil: see
    :func:`_veiled`) and the containers around it that are aria-hidden or inert only because it is open (the
    siblings of the dialog and of its ancestors)."""
    dialog = next((d for d in soup.find_all(True) if _is_modal(d) and not _hidden(d)), None) or _veiled(soup, covering)
    if dialog is None:
        return None, frozenset()
    background: set[int] = set()
    for current in (dialog, *dialog.parents):
        if not isinstance(current, Tag) or current.parent is None:
            continue
        for sibling in current.parent.find_all(True, recursive=False):
            if sibling is not current and (attribute(sibling, "aria-hidden") == "true" or sibling.has_attr("inert")):
                background.add(id(sibling))
    return dialog, frozenset(background)


def _by_ids(soup: BeautifulSoup, ids: str) -> str:
    return " ".join(_text(soup.find(id=i)) for i in ids.split() if soup.find(id=i) is not None).strip()


def _label_text(label: Tag) -> tuple[str, str]:
    """A <label>'s own words, and the hint nested in it (``<span>Format : jj/mm/aaaa</span>``)."""
    own = _SPACES.sub(" ", " ".join(s for s in label.find_all(string=True, recursive=False))).strip()
    full = _text(label)
    if not own:
        return full, ""
    return own, full[len(own) :].strip() if full.startswith(own) else ""


def _content_name(node: Tag) -> tuple[str, str]:
    """A link's or button's name from its content, without what is aria-hidden (an icon), and the
    description a tile puts under its title (``<small>``, ``<p>``), kept apart as the hint."""
    name: list[str] = []
    described: list[str] = []
    for piece in node.find_all(string=True):
        words = piece.strip()
        parents = [p for p in piece.parents if p is not node and node in p.parents]
        if not words or any(attribute(p, "aria-hidden") == "true" for p in parents):
            continue
        (described if any(p.name in _DESCRIPTIONS for p in parents) else name).append(words)
    text, more = _SPACES.sub(" ", " ".join(name)).strip(), _SPACES.sub(" ", " ".join(described)).strip()
    return (text, more) if text else (more, "")


def _label(soup: BeautifulSoup, node: Tag) -> tuple[str, str]:
    """The accessible name of an element and its hint (the first found of the browser's usual sources)."""
    hint = _by_ids(soup, attribute(node, "aria-describedby")) if attribute(node, "aria-describedby") else ""
    if attribute(node, "aria-labelledby"):
        found = _by_ids(soup, attribute(node, "aria-labelledby"))
        if found:
            return found, hint
    if attribute(node, "aria-label").strip():
        return attribute(node, "aria-label").strip(), hint
    if node.name in ("input", "select", "textarea"):
        label = soup.find("label", attrs={"for": attribute(node, "id")}) if attribute(node, "id") else None
        label = label if label is not None and _text(label) else node.find_parent("label")
        if label is not None and _text(label):
            own, nested = _label_text(label)
            return own, hint or nested
        type_ = attribute(node, "type").lower()
        if type_ in ("submit", "button", "reset") and attribute(node, "value"):
            return attribute(node, "value").strip(), hint
        for source in ("placeholder", "title", "name"):
            if attribute(node, source).strip():
                return attribute(node, source).strip(), hint
        return "", hint
    text, described = _content_name(node)
    if text and (_WORDY.search(text) or not attribute(node, "title").strip()):  # « ? », « ✉ »: the title says it
        return text, hint or described
    image = node.find("img", alt=True)
    return (attribute(image, "alt") if image is not None else "") or attribute(node, "title"), hint


def _context(soup: BeautifulSoup, node: Tag, order: dict[int, int]) -> str:
    """The name of the nearest group the element sits in: a fieldset's legend, a dialog, a named region."""
    for parent in node.parents:
        if not isinstance(parent, Tag):
            continue
        if parent.name == "tr" and node.name in ("a", "button"):  # a table row's action: the row it acts on
            header = _row_header(parent, node)
            if header:
                return header
        if parent.name == "dd":  # a description list: the term it describes (« Coordonnées bancaires »)
            term = parent.find_previous_sibling("dt")
            if term is not None and _text(term):
                return _text(term)
        if parent.name == "fieldset":
            legend = parent.find("legend")
            if legend is not None:
                return _text(legend)
        # a landmark, or any block its author named (a card « aria-labelledby » its title)
        authored = parent.name in _SECTIONS and bool(
            attribute(parent, "aria-labelledby") or attribute(parent, "aria-label")
        )
        named = (
            authored
            or parent.name in ("nav", "section", "aside", "form", "dialog")
            or attribute(parent, "role")
            in (
                "dialog",
                "alertdialog",
                "navigation",
                "search",
                "region",
            )
        )
        if named:
            if attribute(parent, "aria-labelledby"):
                found = _by_ids(soup, attribute(parent, "aria-labelledby"))
                if found:
                    return found
            if attribute(parent, "aria-label"):
                return attribute(parent, "aria-label").strip()
            if attribute(parent, "role") == "search":
                return "Recherche"
        heading = _heading_before(parent, node, order)
        if heading:
            return heading
        if parent.name == "header":
            return "En-tête"
        if parent.name == "footer":
            return "Pied de page"
    return ""


def _row_header(row: Tag, node: Tag) -> str:
    """The name of a table row (« Taxe foncière – 12 rue… »): its row header, else its first cell when the
    element is not in it (several « Payer » or « Modifier » buttons, one per row)."""
    cells = [c for c in row.find_all(["th", "td"], recursive=False)]
    header = next((c for c in cells if c.name == "th" and attribute(c, "scope") != "col"), None)
    if header is None and cells and node not in cells[0].descendants:
        header = cells[0]
    if header is None or node in header.descendants:
        return ""
    return _text(header)


def _heading_before(container: Tag, node: Tag, order: dict[int, int]) -> str:
    """The last heading of a section-like container that comes before the element (the section's title,
    which names a « Modifier » button among several)."""
    if container.name not in _SECTIONS:
        return ""
    found = ""
    for heading in container.find_all(_HEADINGS):
        if order.get(id(heading), 0) > order.get(id(node), 0):
            break
        if heading in node.parents or heading.find(["a", "button"]) is not None:
            continue  # a result's or a tile's title is a link: it names its item, not the section
        found = _text(heading) or found
    return found


def _surroundings(node: Tag, label: str) -> str:
    """A link's list item or sentence without the link's words: the summary under a search result, the
    sentence a link sits in (« Pour toute correction, contactez le service… »)."""
    item = next(
        (p for p in node.parents if p.name in ("li", "p", "dd", "td") or attribute(p, "role") in ("status", "alert")),
        None,
    )  # its list item, sentence or notice (« votre avis de taxe foncière est disponible. Voir l'avis »)
    title = node.find_parent(_HEADINGS)
    if item is None and title is not None and title.parent is not None and title.parent.name in ("div", "article"):
        item = title.parent  # a result titled by its link: the lines under the title
    if item is None:
        return ""
    return _SPACES.sub(" ", _text(item).replace(label, " ", 1)).strip()[:300]


@dataclass
class _Styles:
    """What the page's style sheets say of its classes."""

    tall: dict[str, float]  # the heights in pixels they give (``.spacer { height: 800px }``)
    fixed: frozenset[str]  # those that stay on screen (``.tabbar { position: fixed }``)
    hidden: frozenset[str]  # those that hide (``.cachee { display: none }``)
    covering: frozenset[str]  # those that lay a veil over the whole page (``position: fixed; inset: 0``)


def _covers(rules: str) -> bool:
    """A rule that pins a block over the whole window: fixed, from edge to edge."""
    if not _FIXED_STYLE.search(rules) or "sticky" in rules:
        return False
    return bool(_INSET.search(rules)) or all(re.search(rf"(?<![\w-]){side}\s*:\s*0", rules) for side in _SIDES)


def _screen_rules(css: str) -> str:
    """A style sheet without its ``@media`` blocks (a small screen's or a printer's rules)."""
    out: list[str] = []
    index = 0
    for found in _MEDIA.finditer(css):
        if found.start() < index:
            continue
        out.append(css[index : found.start()])
        depth, index = 1, found.end()
        while index < len(css) and depth:
            depth += {"{": 1, "}": -1}.get(css[index], 0)
            index += 1
    out.append(css[index:])
    return "".join(out)


def _class_styles(soup: BeautifulSoup) -> _Styles:
    tall: dict[str, float] = {}
    fixed: set[str] = set()
    hidden: set[str] = set()
    covering: set[str] = set()
    for sheet in soup.find_all("style"):
        for name, rules in _CLASS_RULE.findall(_screen_rules(sheet.get_text())):
            found = _HEIGHT.search(rules)
            if found:
                tall[name] = max(tall.get(name, 0.0), float(found.group(1)))
            if _FIXED_STYLE.search(rules):
                fixed.add(name)
            if _HIDDEN_STYLE.search(rules):
                hidden.add(name)
            if _covers(rules):
                covering.add(name)
    return _Styles(tall, frozenset(fixed), frozenset(hidden), frozenset(covering))


def _hide_by_class(soup: BeautifulSoup, hidden: frozenset[str]) -> None:
    """What a class hides (``.cachee { display: none }``) is hidden as if the markup said it."""
    if hidden:
        for node in soup.find_all(class_=lambda c: c is not None and c in hidden):
            node["hidden"] = ""


def _veiled(soup: BeautifulSoup, covering: frozenset[str]) -> Tag | None:
    """The box a veil puts before everything else: a block pinned over the whole window (``position: fixed;
    inset: 0``) makes the page behind it unusable, like a modal dialog. The box is the veil itself when the
    veil holds it, else the veil's next block that has something to act on (« voile » then « bandeau »)."""
    for node in soup.find_all(True):
        classes = set(node.get("class") or [])
        if not (classes & covering or _covers(attribute(node, "style"))):
            continue
        if node.has_attr("hidden") or _HIDDEN_STYLE.search(attribute(node, "style")):
            continue
        if any(_interactive(n) for n in node.find_all(True)):
            return node
        box = node.find_next_sibling(True)
        while box is not None and not any(_interactive(n) for n in box.find_all(True)):
            box = box.find_next_sibling(True)
        if box is not None and not _hidden(box):
            return box
    return None


def _height_lines(node: Tag, tall: dict[str, float]) -> float:
    """The lines a block's CSS height takes (inline or from its classes), when it is tall."""
    found = _HEIGHT.search(attribute(node, "style"))
    pixels = float(found.group(1)) if found else 0.0
    classes: list[str] = list(node.get("class") or [])
    pixels = max([pixels, *(tall.get(c, 0.0) for c in classes)])
    return pixels / PX_PER_LINE if pixels >= TALL_PX else 0.0


def _depths(root: Tag, tall: dict[str, float] | None = None) -> dict[int, float]:
    """How far down the page each element starts, in lines (see :data:`BELOW_LINES`): the text and blocks
    shown before it. What the markup hides takes no room, nor a closed <details> past its <summary>; a block
    the CSS makes tall takes its height (``tall``: the classes' heights), after the elements it holds; a side
    column (an <aside> after the main column) starts at the top of the column it stands beside."""
    tall = tall or {}
    depths: dict[int, float] = {}
    lines = 0.0
    stack: list = list(reversed(list(root.children)))
    while stack:
        node = stack.pop()
        if isinstance(node, float):
            lines += node
            continue
        if isinstance(node, tuple):  # the end of a side column: the page goes on below the longer of the two
            lines = max(lines, node[0])
            continue
        if not isinstance(node, Tag):
            if isinstance(node, NavigableString) and not isinstance(node, Comment):
                lines += len(node.strip()) / LINE_CHARS
            continue
        if node.has_attr("hidden") or _HIDDEN_STYLE.search(attribute(node, "style")):
            continue
        beside = node.find_previous_sibling(True) if node.name == "aside" else None
        if beside is not None and beside.name != "aside" and id(beside) in depths:
            stack.append((lines,))  # a side column after the main one: it starts beside it, at its top
            lines = depths[id(beside)]
        if node.name in _BLOCKS:
            lines += BLOCK_LINES
        depths[id(node)] = lines
        children = list(node.children)
        if node.name == "details" and not node.has_attr("open"):
            children = [c for c in children if isinstance(c, Tag) and c.name == "summary"]
        height = _height_lines(node, tall)
        if height:
            stack.append(height)  # what follows the block starts below its height
        stack.extend(reversed(children))
    return depths


def _shown_text(root: Tag) -> str:
    """The text a person sees, one line per block (a paragraph, a list item, a table row: its cells, one after
    the other, as one reads them: « Inscription … – Mairie de Tours · Transmise le 03/02/2025 »), without what
    is hidden."""
    parts: list[str] = []
    stack: list = list(reversed(list(root.children)))
    while stack:
        node = stack.pop()
        if not isinstance(node, Tag):
            if isinstance(node, NavigableString) and not isinstance(node, Comment):
                parts.append(str(node))
            continue
        if node.has_attr("hidden") or _HIDDEN_STYLE.search(attribute(node, "style")):
            continue
        if node.name == "tr":
            cells = [_text(c) for c in node.find_all(["td", "th"], recursive=False) if not _hidden(c)]
            parts.append("\n" + " · ".join(c for c in cells if c) + "\n")
            continue
        if node.name in _BLOCKS:
            parts.append("\n")
        stack.extend(reversed(list(node.children)))
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _below(doc: _Document, node: Tag) -> bool:
    """Far down the page, out of a first view (not in a dialog or a bar that stays on screen)."""
    if doc.depths.get(id(node), 0.0) <= BELOW_LINES:
        return False
    return not any(
        _FIXED_STYLE.search(attribute(p, "style")) or _is_modal(p) or bool(doc.fixed & set(p.get("class") or []))
        for p in (node, *node.parents)
        if isinstance(p, Tag)
    )


@dataclass
class _Document:
    """The parsed page and what every element is judged against: document order, the open modal dialog."""

    soup: BeautifulSoup
    order: dict[int, int]
    dialog: Tag | None
    background: frozenset[int]
    forms: dict[int, str]
    depths: dict[int, float]
    fixed: frozenset[str] = frozenset()  # the classes that keep a bar on screen
    branches: dict[int, str] | None = None  # the fields shown for one answer of a radio question


def _disabled(node: Tag) -> bool:
    if node.has_attr("disabled") or attribute(node, "aria-disabled") == "true":
        return True
    fieldset = node.find_parent("fieldset")
    if fieldset is None or not fieldset.has_attr("disabled"):
        return False
    legend = fieldset.find("legend")  # the first legend's content stays usable, as in browsers
    return legend is None or legend not in node.parents


def _required(node: Tag, label: str, context: str) -> bool:
    """``required``, ``aria-required`` (for a radio button: on any of its group, as browsers do), or the mark
    the page puts after the label or the group's legend (« * », « (obligatoire) »)."""
    if node.has_attr("required") or attribute(node, "aria-required") == "true":
        return True
    type_ = attribute(node, "type").lower()
    if node.name not in ("input", "select", "textarea") or type_ in ("submit", "button", "reset", "image"):
        return False
    if type_ == "radio" and attribute(node, "name"):
        scope = node.find_parent("form") or node.find_parent("fieldset") or node.find_parent("body")
        group = scope.find_all("input", attrs={"name": attribute(node, "name")}) if scope is not None else []
        if any(r.has_attr("required") for r in group):
            return True
    return bool(_REQUIRED_MARK.search(label)) or (type_ == "radio" and bool(_REQUIRED_MARK.search(context)))


def _form_key(doc: _Document, node: Tag) -> str:
    form = node.find_parent("form")
    if form is None and attribute(node, "form"):
        form = doc.soup.find("form", id=attribute(node, "form"))
    return doc.forms.get(id(form), "") if form is not None else ""


def looks(node: Tag, kind: str) -> str:
    """What a link or button looks like when its classes draw it as the other one (« fr-btn » on a link)."""
    classes = attribute(node, "class")
    if kind == "link" and _LOOKS_BUTTON.search(classes) and not _LOOKS_LINK.search(classes):
        return "button"
    if kind == "button" and _LOOKS_LINK.search(classes):
        return "link"
    return ""


def _element(doc: _Document, node: Tag, ident: str) -> Element:
    soup = doc.soup
    tag = node.name
    type_ = (attribute(node, "type") or ("text" if tag == "input" else "")).lower()
    value: str | None = None
    options: list[str] = []
    if tag == "select":
        choices = node.find_all("option")
        options = [_text(o) for o in choices][:100]
        chosen = next((o for o in choices if o.has_attr("selected")), choices[0] if choices else None)
        value = (_text(chosen) if chosen is not None and attribute(chosen, "value", _text(chosen)) else "") or None
    typed = ""  # what is in a box to type in: only whether there is something is kept, never what
    if tag == "textarea":
        typed = _text(node)
    elif tag == "input" and type_ not in ("checkbox", "radio", "submit", "button", "reset", "image"):
        typed = attribute(node, "value")
    checked = node.has_attr("checked") if type_ in ("checkbox", "radio") else None
    if checked is None and attribute(node, "aria-pressed") in ("true", "false"):
        checked = attribute(node, "aria-pressed") == "true"  # a toggle button (a calendar's day): on or off
    label, hint = _label(soup, node)
    if not hint and (tag == "a" or attribute(node, "role") == "link"):
        hint = _surroundings(node, label)
    context = _context(soup, node, doc.order)
    element = Element(
        id=ident,
        tag=tag,
        role=attribute(node, "role"),
        label=label[:300],
        hint=hint[:300],
        type=type_,
        value=value[:300] if value else None,
        visible=not _hidden(node, doc.background),
        filled=bool((value or typed).strip()),
        prefilled=bool((value or typed).strip()) or bool(checked),  # from the markup: the page's, not the user's
        checked=checked,
        required=_required(node, label, context),
        disabled=_disabled(node),
        context=context[:200],
        options=options,
        modal=doc.dialog is not None and doc.dialog in node.parents,
        current=attribute(node, "aria-current") not in ("", "false"),
        form=_form_key(doc, node),
        group=attribute(node, "name") if type_ == "radio" else "",
        below=_below(doc, node),
        branch=(doc.branches or {}).get(id(node), ""),
    )
    element.looks = looks(node, element.kind)  # type: ignore[assignment]
    return element


def _notices(body: Tag, background: frozenset[int]) -> list[str]:
    """What the page announces (``role="status"``/``"alert"``, ``<output>``): a confirmation, an error."""
    found = [n for n in body.find_all(True) if attribute(n, "role") in _NOTICE_ROLES or n.name == "output"]
    return [_text(n)[:500] for n in found if _text(n) and not _hidden(n, background)][:10]


def snapshot_from_html(html: str | bytes, url: str = "") -> Page:
    """The snapshot of an HTML page (no values of sensitive fields: see :meth:`Page.sanitized`)."""
    soup = BeautifulSoup(html, "lxml")
    styles = _class_styles(soup)
    for dead in soup.find_all(["script", "style", "noscript", "template"]):
        dead.decompose()
    _hide_by_class(soup, styles.hidden)
    every = soup.find_all(True)
    dialog, background = open_modal(soup, styles.covering)
    doc = _Document(
        soup=soup,
        order={id(n): i for i, n in enumerate(every)},
        dialog=dialog,
        background=background,
        forms={id(f): f"form-{i}" for i, f in enumerate(soup.find_all("form"))},
        depths=_depths(soup.body or soup, styles.tall),
        fixed=styles.fixed,
        branches=branches(soup),
    )
    nodes = [n for n in every if _interactive(n)]
    own_ids = [attribute(n, "id") for n in nodes]
    elements = []
    for index, node in enumerate(nodes):
        own = attribute(node, "id")
        ident = own if own and own_ids.count(own) == 1 else f"albertine-{index}"
        elements.append(_element(doc, node, ident))
    body = soup.body or soup
    text = _shown_text(body)
    elements = all_required(text, elements)
    headings = [_text(h) for h in body.find_all(["h1", "h2", "h3"]) if not _hidden(h, background) and _text(h)]
    title = _text(soup.title) if soup.title else ""
    page = Page(
        url=url,
        title=title[:300],
        headings=headings[:100],
        text=text[:MAX_TEXT],
        notices=_notices(body, background),
        elements=elements,
    )
    page.progress = page.step_of()
    return page.sanitized()

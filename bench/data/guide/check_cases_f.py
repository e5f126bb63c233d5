#!/usr/bin/env python3
"""Consistency checker for Albertine evaluation set F (standard library only).

Usage: python3 check_cases.py [blind_f.json]

Checks the pages (unique ids, every actionable element has an id, no scripts, no external resources)
and the cases (gold / history / filled ids exist, gold not hidden / disabled / read-only / already acted on,
action consistent with the element type, done <=> gold null, open modal dialogs and blocking banners).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages_f"
SPLIT = "blind_f"
ACTIONS = {"click", "type", "select", "scroll", "done"}
VOID = {"input", "br", "meta", "img", "hr", "link", "source", "col", "area", "base", "wbr"}
ACTIONABLE = {"button", "input", "select", "textarea"}
TEXT_INPUTS = {"text", "email", "tel", "password", "search", "number", "date", "url", "month", "time"}

# Blocking layers open when the page loads: container id -> ids that close it.
# Elements with aria-modal="true" are found automatically; blocking cookie banners (a fixed veil
# that is not a role="dialog") are declared here.
BLOCKING_BANNERS = {
    "francetravail_candidature.html": "bandeau-cookies",
    "service_civique_missions.html": "bandeau-cookies",
}
CLOSERS = {
    "ameli_medecin_traitant.html": {"dlg-fermer", "dlg-email-ok", "dlg-email-modifier"},
    "ants_carte_grise_adresse.html": {"dlg-fermer", "dlg-compris"},
    "cesu_declaration.html": {"dlg-fermer", "dlg-plus-tard", "dlg-activer"},
    "francetravail_candidature.html": {"ck-accepter", "ck-refuser", "ck-personnaliser"},
    "service_civique_missions.html": {"ck-ok", "ck-non", "ck-parametrer"},
}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Node | str] = []

    def text(self) -> str:
        out = []
        for c in self.children:
            out.append(c if isinstance(c, str) else c.text())
        return "".join(out)

    def ancestors(self):
        n = self
        while n is not None:
            yield n
            n = n.parent


class Page(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.nodes: list[Node] = []
        self.style = ""
        self.scripts = 0
        self.feed(source)
        self.close()
        self.hidden_classes = set()
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", self.style):
            if re.search(r"display\s*:\s*none", body):
                for s in sel.split(","):
                    m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                    if m:
                        self.hidden_classes.add(m.group(1))
        self.by_id: dict[str, Node] = {}
        self.dup_ids: list[str] = []
        for n in self.nodes:
            i = n.attrs.get("id")
            if i:
                if i in self.by_id:
                    self.dup_ids.append(i)
                self.by_id[i] = n
        self.label_for = {}
        for n in self.nodes:
            if n.tag == "label" and n.attrs.get("for"):
                self.label_for[n.attrs["for"]] = n

    # parser callbacks
    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        node = Node(tag, a, self.stack[-1])
        self.stack[-1].children.append(node)
        self.nodes.append(node)
        if tag == "script":
            self.scripts += 1
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_data(self, data):
        if self.stack[-1].tag == "style":
            self.style += data
        self.stack[-1].children.append(data)

    # queries
    def is_hidden(self, n: Node) -> bool:
        for a in n.ancestors():
            if "hidden" in a.attrs or a.attrs.get("aria-hidden") == "true":
                return True
            if re.search(r"display\s*:\s*none", a.attrs.get("style", "")):
                return True
            if set(a.attrs.get("class", "").split()) & self.hidden_classes:
                return True
        return False

    def is_disabled(self, n: Node) -> bool:
        return any("disabled" in a.attrs and a.tag in ACTIONABLE | {"fieldset"} for a in n.ancestors())

    def is_readonly(self, n: Node) -> bool:
        return "readonly" in n.attrs

    def inside(self, n: Node, container_id: str) -> bool:
        return any(a.attrs.get("id") == container_id for a in n.ancestors())

    def label(self, element_id: str) -> str:
        """Accessible name, simplified: aria-label, label text, own text, title, placeholder."""
        n = self.by_id[element_id]
        name = n.attrs.get("aria-label", "")
        if not name and n.tag in {"input", "select", "textarea"}:
            lab = self.label_for.get(element_id)
            if lab is None:
                lab = next((a for a in n.ancestors() if a.tag == "label"), None)
            if lab is not None:
                name = lab.text()
        if not name and n.tag in {"a", "button"}:
            name = n.text()
        name = name or n.attrs.get("title", "") or n.attrs.get("placeholder", "")
        name = re.sub(r"\s+", " ", name).strip()
        return re.sub(r"\s*\*$", "", name)

    def actionable(self, n: Node) -> bool:
        return n.tag in ACTIONABLE or (n.tag == "a" and "href" in n.attrs)


def load_page(name: str) -> Page:
    return Page((PAGES_DIR / name).read_text(encoding="utf-8"))


def check_page(name: str, page: Page, source: str) -> list[str]:
    err = []
    for i in page.dup_ids:
        err.append(f"{name}: duplicate id {i}")
    for n in page.nodes:
        if page.actionable(n) and not n.attrs.get("id"):
            err.append(f"{name}: actionable <{n.tag}> without id ({n.text().strip()[:30]!r})")
    if page.scripts:
        err.append(f"{name}: contains <script>")
    if re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", source) or "url(" in source or "<link" in source:
        err.append(f"{name}: external resource")
    if name in BLOCKING_BANNERS and BLOCKING_BANNERS[name] not in page.by_id:
        err.append(f"{name}: blocking banner container missing")
    for c in CLOSERS.get(name, ()):
        if c not in page.by_id:
            err.append(f"{name}: closer {c} missing")
    return err


def modal_containers(name: str, page: Page) -> list[str]:
    ids = [n.attrs["id"] for n in page.nodes if n.attrs.get("aria-modal") == "true" and not page.is_hidden(n)]
    if name in BLOCKING_BANNERS:
        ids.append(BLOCKING_BANNERS[name])
    return ids


def check_case(c: dict, page: Page) -> list[str]:
    cid = c.get("id", "?")
    err = []
    keys = {"id", "page", "goal", "history", "filled", "gold", "action", "split"}
    if set(c) != keys:
        err.append(f"{cid}: keys {sorted(c)}")
        return err
    if c["split"] != SPLIT:
        err.append(f"{cid}: split {c['split']}")
    if not c["goal"].strip():
        err.append(f"{cid}: empty goal")
    act = c["action"]
    if act not in ACTIONS:
        err.append(f"{cid}: bad action {act}")
    gold = c["gold"]
    if (act == "done") != (gold is None):
        err.append(f"{cid}: gold must be null iff action is done")
    acted = set()
    for h in c["history"]:
        hid = h.get("element_id")
        if set(h) != {"element_id", "action", "label"}:
            err.append(f"{cid}: history keys {sorted(h)}")
        if hid not in page.by_id:
            err.append(f"{cid}: history id {hid} not in page")
            continue
        if h["action"] != "click":
            err.append(f"{cid}: history action {h['action']}")
        if h["label"] != page.label(hid):
            err.append(f"{cid}: history label {h['label']!r} != {page.label(hid)!r}")
        n = page.by_id[hid]
        if page.is_disabled(n) or page.is_hidden(n):
            err.append(f"{cid}: history id {hid} hidden or disabled")
        acted.add(hid)
    for f in c["filled"]:
        n = page.by_id.get(f)
        if n is None:
            err.append(f"{cid}: filled id {f} not in page")
            continue
        if n.tag not in {"input", "textarea", "select"} or n.attrs.get("type") in {"radio", "checkbox", "file"}:
            err.append(f"{cid}: filled id {f} is not a text field or select")
        if page.is_hidden(n) or page.is_disabled(n) or page.is_readonly(n):
            err.append(f"{cid}: filled id {f} hidden, disabled or read-only")
        acted.add(f)
    if gold is not None:
        if not isinstance(gold, list) or not gold:
            err.append(f"{cid}: gold must be a non-empty list")
            return err
        if len(set(gold)) != len(gold):
            err.append(f"{cid}: duplicate gold")
        for g in gold:
            n = page.by_id.get(g)
            if n is None:
                err.append(f"{cid}: gold {g} not in page")
                continue
            if not page.actionable(n):
                err.append(f"{cid}: gold {g} is not actionable")
            if page.is_hidden(n):
                err.append(f"{cid}: gold {g} is hidden")
            if page.is_disabled(n):
                err.append(f"{cid}: gold {g} is disabled")
            if page.is_readonly(n):
                err.append(f"{cid}: gold {g} is read-only")
            if g in acted:
                err.append(f"{cid}: gold {g} already acted on")
            typ = n.attrs.get("type", "text")
            if act == "type" and not (n.tag == "textarea" or (n.tag == "input" and typ in TEXT_INPUTS)):
                err.append(f"{cid}: type on <{n.tag} type={typ}>")
            if act == "select" and n.tag != "select":
                err.append(f"{cid}: select on <{n.tag}>")
            if act == "click" and n.tag == "select":
                err.append(f"{cid}: click on <select>")
            if act == "click" and n.tag == "textarea":
                err.append(f"{cid}: click on <textarea>")
            if act == "click" and n.tag == "input" and typ in TEXT_INPUTS:
                err.append(f"{cid}: click on text input {g}")
    # open dialogs / blocking banners
    name = c["page"]
    for cont in modal_containers(name, page):
        closed = any(h["element_id"] in CLOSERS.get(name, ()) for h in c["history"])
        if not closed:
            if act == "done":
                err.append(f"{cid}: done while {cont} is open")
            for g in gold or []:
                if g in page.by_id and not page.inside(page.by_id[g], cont):
                    err.append(f"{cid}: gold {g} outside open {cont}")
        else:
            for g in gold or []:
                if g in page.by_id and page.inside(page.by_id[g], cont):
                    err.append(f"{cid}: gold {g} inside closed {cont}")
    return err


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "blind_f.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    errors: list[str] = []
    if set(data) != {"about", "cases"}:
        errors.append(f"top-level keys {sorted(data)}")
    pages: dict[str, Page] = {}
    for p in sorted(PAGES_DIR.glob("*.html")):
        src = p.read_text(encoding="utf-8")
        pages[p.name] = Page(src)
        errors += check_page(p.name, pages[p.name], src)
    ids = Counter(c.get("id") for c in data["cases"])
    errors += [f"duplicate case id {i}" for i, k in ids.items() if k > 1]
    for c in data["cases"]:
        if c.get("page") not in pages:
            errors.append(f"{c.get('id')}: page {c.get('page')} missing")
            continue
        errors += check_case(c, pages[c["page"]])
    cases = data["cases"]
    print(f"{len(pages)} pages, {len(cases)} cases")
    print("per page:", dict(Counter(c["page"] for c in cases)))
    print("actions:", dict(Counter(c["action"] for c in cases)))
    print(
        f"with history: {sum(1 for c in cases if c['history'])}, with filled: {sum(1 for c in cases if c['filled'])}, "
        f"several gold: {sum(1 for c in cases if c['gold'] and len(c['gold']) > 1)}, "
        f"open layer to handle: {sum(1 for c in cases if _open_layer(c, pages.get(c['page'])))}"
    )
    unused = {n for n in pages if n not in {c["page"] for c in cases}}
    if unused:
        errors.append(f"pages without cases: {sorted(unused)}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def _open_layer(c: dict, page: Page | None) -> bool:
    if page is None or not modal_containers(c["page"], page):
        return False
    return not any(h["element_id"] in CLOSERS.get(c["page"], ()) for h in c["history"])


if __name__ == "__main__":
    sys.exit(main(sys.argv))

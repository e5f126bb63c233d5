#!/usr/bin/env python3
"""Consistency checker for the Albertine blind set G (standard library only).

Usage: python3 check_cases_g.py [blind_g.json]

It parses the pages of pages_g/ with html.parser and checks the pages themselves
(unique ids, ids on every actionable element, no script or external resource) and every
case (ids exist, gold is actionable, visible, enabled and not read-only, action matches the
element, history labels equal the accessible names, modal/blocking layers are respected...).
Exit status 1 if any error is found. The module is also imported by build_cases_g.py.
"""

import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES_DIR = os.path.join(HERE, "pages_g")
DEFAULT_JSON = os.path.join(HERE, "blind_g.json")
SPLIT = "blind_g"
ACTIONS = {"click", "type", "select", "scroll", "done"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TEXT_INPUTS = {"text", "email", "tel", "number", "date", "password", "search", "url"}
CLICK_INPUTS = {"radio", "checkbox", "file", "submit", "button", "reset", "image"}

# Blocking banners that are not role=dialog: a fixed veil covers the page (container id per page).
BLOCKING_BANNERS = {
    "inforetraite_demande.html": "bandeau-cookies",
    "crous_logement.html": "bandeau-cookies",
}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []  # Node or str

    def get(self, key, default=None):
        return self.attrs.get(key, default)

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.styles = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        node = self.cur
        while node is not None and node.tag != tag:
            node = node.parent
        if node is None:
            self.problems.append(f"unmatched </{tag}>")
            return
        if node is not self.cur:
            self.problems.append(f"unclosed element(s) before </{tag}>")
        self.cur = node.parent

    def handle_data(self, data):
        if self.cur.tag == "style":
            self.styles.append(data)
        self.cur.children.append(data)


def _hidden_classes(css):
    """Classes hidden by a simple rule `.a{...display:none...}` (comma lists allowed)."""
    hidden = set()
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        body = body.replace(" ", "").lower()
        if "display:none" not in body and "visibility:hidden" not in body:
            continue
        for sel in selectors.split(","):
            sel = sel.strip()
            if re.fullmatch(r"\.[\w-]+", sel):
                hidden.add(sel[1:])
    return hidden


class Page:
    def __init__(self, name):
        self.name = name
        path = os.path.join(PAGES_DIR, name)
        with open(path, encoding="utf-8") as fh:
            self.source = fh.read()
        builder = _Builder()
        builder.feed(self.source)
        builder.close()
        self.root = builder.root
        self.parse_problems = builder.problems
        self.hidden_classes = _hidden_classes("\n".join(builder.styles))
        self.nodes = list(self.root.iter())
        self.by_id = {}
        self.dup_ids = []
        for node in self.nodes:
            nid = node.get("id")
            if nid is None:
                continue
            if nid in self.by_id:
                self.dup_ids.append(nid)
            self.by_id[nid] = node

    # ----- element properties -------------------------------------------------
    @staticmethod
    def is_actionable(node):
        if node.tag == "a":
            return "href" in node.attrs
        if node.tag == "input":
            return (node.get("type") or "text").lower() != "hidden"
        return node.tag in ("button", "select", "textarea")

    def _self_hidden(self, node):
        if "hidden" in node.attrs or node.get("aria-hidden") == "true":
            return True
        style = (node.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        classes = set((node.get("class") or "").split())
        return bool(classes & self.hidden_classes)

    def is_hidden(self, node):
        return self._self_hidden(node) or any(self._self_hidden(a) for a in node.ancestors())

    @staticmethod
    def is_disabled(node):
        if "disabled" in node.attrs or node.get("aria-disabled") == "true":
            return True
        return any(a.tag == "fieldset" and "disabled" in a.attrs for a in node.ancestors())

    @staticmethod
    def is_readonly(node):
        return "readonly" in node.attrs or node.get("aria-readonly") == "true"

    @staticmethod
    def input_type(node):
        return (node.get("type") or "text").lower()

    def is_text_field(self, node):
        if node.tag == "textarea":
            return True
        return node.tag == "input" and self.input_type(node) in TEXT_INPUTS

    def prefilled(self, node):
        """True if the field has a value in the page file (value= or a selected non-empty option)."""
        if node.tag == "input" and self.is_text_field(node):
            return bool(node.get("value"))
        if node.tag == "select":
            for opt in node.iter():
                if opt.tag == "option" and "selected" in opt.attrs:
                    return opt.get("value", "x") != ""
        return False

    # ----- accessible name -------------------------------------------------------
    def text_of(self, node, skip=None):
        parts = []

        def walk(n):
            if isinstance(n, str):
                parts.append(n)
                return
            if n is skip or n.tag in ("style", "script") or n.get("aria-hidden") == "true":
                return
            if n.tag in ("input", "select", "textarea"):
                return
            if n.tag != "#root" and n is not node and n.get("aria-label"):
                parts.append(" " + n.get("aria-label") + " ")
                return
            for c in n.children:
                parts.append(" ")
                walk(c)

        walk(node)
        return re.sub(r"\s+", " ", "".join(parts)).strip()

    def acc_name(self, node):
        ids = node.get("aria-labelledby")
        if ids:
            return " ".join(self.text_of(self.by_id[i]) for i in ids.split() if i in self.by_id).strip()
        if node.get("aria-label"):
            return node.get("aria-label").strip()
        if node.tag in ("input", "select", "textarea"):
            if node.tag == "input" and self.input_type(node) in ("submit", "button", "reset"):
                if node.get("value"):
                    return node.get("value")
            nid = node.get("id")
            labels = [n for n in self.nodes if n.tag == "label" and nid and n.get("for") == nid]
            wrapping = [a for a in node.ancestors() if a.tag == "label"]
            label = labels[0] if labels else (wrapping[0] if wrapping else None)
            if label is not None:
                txt = self.text_of(label, skip=node)
                if txt:
                    return txt
        else:
            txt = self.text_of(node)
            if txt:
                return txt
        if node.get("title"):
            return node.get("title").strip()
        if node.get("placeholder"):
            return node.get("placeholder").strip()
        return ""

    # ----- layers (modal dialogs, blocking banners) ------------------------------
    def layers(self):
        found = []
        for node in self.nodes:
            if node.get("role") in ("dialog", "alertdialog") and node.get("aria-modal") == "true":
                if not self.is_hidden(node):
                    found.append(node)
        banner = BLOCKING_BANNERS.get(self.name)
        if banner and banner in self.by_id:
            found.append(self.by_id[banner])
        return found

    @staticmethod
    def inside(node, layer):
        return node is layer or layer in list(node.ancestors())


def check_page(page):
    errors = []
    p = page.name
    for prob in page.parse_problems:
        errors.append(f"{p}: HTML structure: {prob}")
    for nid in page.dup_ids:
        errors.append(f"{p}: duplicate id {nid!r}")
    for node in page.nodes:
        if page.is_actionable(node) and not node.get("id"):
            errors.append(f"{p}: actionable <{node.tag}> without id ({page.acc_name(node)!r})")
        if node.tag in ("script", "iframe", "link", "object", "embed"):
            errors.append(f"{p}: forbidden <{node.tag}>")
        for key, val in node.attrs.items():
            if key.startswith("on"):
                errors.append(f"{p}: event handler attribute {key} (script)")
            if key in ("src", "href", "action", "srcset", "poster", "data") and val:
                if re.match(r"\s*(https?:)?//", val):
                    errors.append(f"{p}: external resource {key}={val!r}")
        if page.is_actionable(node) and not page.acc_name(node):
            errors.append(f"{p}: actionable #{node.get('id')} has no accessible name")
    if re.search(r"url\s*\(|@import", page.source):
        errors.append(f"{p}: CSS url()/@import found")
    if page.name in BLOCKING_BANNERS and BLOCKING_BANNERS[page.name] not in page.by_id:
        errors.append(f"{p}: blocking banner id missing")
    return errors


def check_cases(data, pages):
    errors, notes = [], []
    if not isinstance(data.get("about"), str) or not data["about"]:
        errors.append("missing 'about'")
    seen = set()
    used = set()
    for case in data["cases"]:
        cid = case.get("id")
        where = f"case {cid}"
        keys = {"id", "page", "goal", "history", "filled", "gold", "action", "split"}
        if set(case) != keys:
            errors.append(f"{where}: keys {sorted(case)} != {sorted(keys)}")
            continue
        if cid in seen:
            errors.append(f"{where}: duplicate case id")
        seen.add(cid)
        if case["split"] != SPLIT:
            errors.append(f"{where}: split {case['split']!r}")
        if not isinstance(case["goal"], str) or len(case["goal"]) < 8:
            errors.append(f"{where}: goal too short")
        page = pages.get(case["page"])
        if page is None:
            errors.append(f"{where}: unknown page {case['page']!r}")
            continue
        used.add(case["page"])
        action, gold = case["action"], case["gold"]
        if action not in ACTIONS:
            errors.append(f"{where}: unknown action {action!r}")
        if (action == "done") != (gold is None):
            errors.append(f"{where}: 'done' iff gold is null")

        hist_ids = []
        for step in case["history"]:
            if set(step) != {"element_id", "action", "label"}:
                errors.append(f"{where}: bad history step {step}")
                continue
            node = page.by_id.get(step["element_id"])
            if node is None:
                errors.append(f"{where}: history id {step['element_id']!r} missing")
                continue
            hist_ids.append(step["element_id"])
            if step["action"] != "click":
                errors.append(f"{where}: history action {step['action']!r} (only clicks are recorded)")
            if page.acc_name(node) != step["label"]:
                errors.append(f"{where}: history label {step['label']!r} != name {page.acc_name(node)!r}")
            if page.is_hidden(node) or page.is_disabled(node) or not page.is_actionable(node):
                errors.append(f"{where}: history element {step['element_id']} not usable")
        if len(set(hist_ids)) != len(hist_ids):
            errors.append(f"{where}: same element twice in history")

        for fid in case["filled"]:
            node = page.by_id.get(fid)
            if node is None:
                errors.append(f"{where}: filled id {fid!r} missing")
            elif not (page.is_text_field(node) or node.tag == "select"):
                errors.append(f"{where}: filled id {fid!r} is not a text field or select")
            elif page.is_hidden(node) or page.is_disabled(node) or page.is_readonly(node):
                errors.append(f"{where}: filled id {fid!r} not usable")
        if len(set(case["filled"])) != len(case["filled"]):
            errors.append(f"{where}: duplicate filled id")

        # open layers: those with no history click inside them
        open_layers = []
        for layer in page.layers():
            closed = any(page.inside(page.by_id[h], layer) for h in hist_ids)
            if not closed:
                open_layers.append(layer)
        for layer in page.layers():
            inside = [i for i, h in enumerate(hist_ids) if page.inside(page.by_id[h], layer)]
            outside = [i for i, h in enumerate(hist_ids) if not page.inside(page.by_id[h], layer)]
            if inside and outside and min(outside) < min(inside):
                errors.append(f"{where}: history acts behind a layer before closing it")
            if len(inside) > 1:
                errors.append(f"{where}: several clicks inside the same layer")
        if action == "done" and open_layers:
            errors.append(f"{where}: 'done' while a dialog/blocking banner is open")

        if gold is None:
            continue
        if not isinstance(gold, list) or not gold:
            errors.append(f"{where}: gold must be a non-empty list or null")
            continue
        if len(set(gold)) != len(gold):
            errors.append(f"{where}: duplicate gold id")
        for gid in gold:
            node = page.by_id.get(gid)
            if node is None:
                errors.append(f"{where}: gold {gid!r} missing")
                continue
            if not page.is_actionable(node):
                errors.append(f"{where}: gold {gid!r} is not actionable")
            if page.is_hidden(node):
                errors.append(f"{where}: gold {gid!r} is hidden")
            if page.is_disabled(node):
                errors.append(f"{where}: gold {gid!r} is disabled")
            if page.is_readonly(node):
                errors.append(f"{where}: gold {gid!r} is read-only")
            if gid in hist_ids:
                errors.append(f"{where}: gold {gid!r} already clicked in history")
            if gid in case["filled"]:
                errors.append(f"{where}: gold {gid!r} already filled")
            if action == "type" and not page.is_text_field(node):
                errors.append(f"{where}: 'type' on non text field {gid!r}")
            if action == "select" and node.tag != "select":
                errors.append(f"{where}: 'select' on non-select {gid!r}")
            if action in ("click", "scroll") and (node.tag in ("select", "textarea") or page.is_text_field(node)):
                errors.append(f"{where}: '{action}' on a field {gid!r}")
            if action == "click" and node.tag == "input" and page.input_type(node) not in CLICK_INPUTS:
                errors.append(f"{where}: 'click' on input type {page.input_type(node)!r}")
            for layer in open_layers:
                if not page.inside(node, layer):
                    errors.append(f"{where}: gold {gid!r} outside the open layer")
            for layer in page.layers():
                if layer not in open_layers and page.inside(node, layer):
                    errors.append(f"{where}: gold {gid!r} inside a layer already closed")
            if action in ("type", "select") and page.prefilled(node):
                notes.append(f"{where}: gold {gid!r} is pre-filled in the page (goal must contradict it)")
    for name in pages:
        if name not in used:
            errors.append(f"page {name} used by no case")
    return errors, notes


def load_pages():
    return {n: Page(n) for n in sorted(os.listdir(PAGES_DIR)) if n.endswith(".html")}


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_JSON
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    pages = load_pages()
    errors = []
    for page in pages.values():
        errors.extend(check_page(page))
    case_errors, notes = check_cases(data, pages)
    errors.extend(case_errors)
    for note in notes:
        print("note:", note)
    for err in errors:
        print("ERROR:", err)
    cases = data["cases"]
    actions = {}
    for c in cases:
        actions[c["action"]] = actions.get(c["action"], 0) + 1
    print(f"{len(pages)} pages, {len(cases)} cases, actions {dict(sorted(actions.items()))}, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Consistency checker for the Albertine blind set H (standard library only).

Usage:
    python3 check_cases_h.py [blind_h.json]          # structural checks (pages + cases)
    python3 check_cases_h.py --geometry [blind_h.json]
        # also loads every page in a local headless chromium (1280x900) through a temporary
        # copy carrying a measuring script (the pages themselves stay script-free) and checks
        # that every `scroll` gold lies below the first screen.

Exit status 0 when no error was found. Notes (not errors) are printed for type/select golds
that are pre-filled in the page (the goal contradicts the pre-set value) and for golds taken
before an earlier required field of the same form is done (a goal-driven detour).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES_DIR = os.path.join(HERE, "pages_h")
SPLIT = "blind_h"
ACTIONS = {"click", "type", "select", "scroll", "done"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
FORBIDDEN_TAGS = {"script", "iframe", "link", "object", "embed", "frame", "frameset", "base", "img"}
TEXT_INPUTS = {"text", "email", "password", "search", "tel", "url", "number", ""}

# Buttons that close the layer (modal dialog or blocking cookie banner) opened at load.
# Every other actionable element inside the layer does something else (read the message,
# answer a survey, report a fraud, choose cookies one by one).
LAYER_CLOSERS = {
    "parcoursup_voeux.html": {"modal-x", "modal-fermer"},
    "maprocuration.html": {"modal-x", "modal-compris"},
    "ameli_indemnites.html": {"modal-x", "modal-nonmerci"},
    "msa_connexion.html": {"cookie-accepter", "cookie-refuser"},
    "hopital_rdv.html": {"modal-x", "modal-oui", "modal-non"},
    "mairie_signalement.html": {"cookie-ok", "cookie-non"},
    "maprimerenov_travaux.html": {"modal-x", "modal-compris"},
    "ter_abonnement.html": {"cookie-accepte", "cookie-refuse"},
}


class Node:
    def __init__(self, tag, attrs, parent, line):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []
        self.line = line

    def get(self, name, default=None):
        return self.attrs.get(name, default)

    def ancestors_or_self(self):
        n = self
        while n is not None:
            yield n
            n = n.parent

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def classes(self):
        return (self.get("class") or "").split()


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None, 0)
        self.stack = [self.root]
        self.errors = []
        self.css = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        node = Node(tag, a, self.stack[-1], self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag == "style":
            self._in_style = True
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag == "style":
            self._in_style = False
        if self.stack[-1].tag == tag:
            self.stack.pop()
        else:
            self.errors.append("line %d: </%s> closes <%s>" % (self.getpos()[0], tag, self.stack[-1].tag))
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == tag:
                    del self.stack[i:]
                    break

    def handle_data(self, data):
        if self._in_style:
            self.css.append(data)
        self.stack[-1].children.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


class Page:
    def __init__(self, path):
        self.path = path
        self.fname = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            self.source = f.read()
        p = PageParser()
        p.feed(self.source)
        p.close()
        self.errors = list(p.errors)
        if len(p.stack) > 1:
            self.errors.append("unclosed elements: " + ", ".join(n.tag for n in p.stack[1:]))
        self.root = p.root
        self.css = "\n".join(p.css)
        self.nodes = list(self.root.iter())[1:]
        self.by_id = {}
        for n in self.nodes:
            i = n.get("id")
            if i is None:
                continue
            if i in self.by_id:
                self.errors.append("duplicate id %r" % i)
            self.by_id[i] = n
        self.hidden_classes, self.veil_classes = self._css_classes()
        self.layer = self._find_layer()

    # ---- CSS -------------------------------------------------------------------------
    def _css_classes(self):
        hidden, veil = set(), set()
        css = re.sub(r"/\*.*?\*/", "", self.css, flags=re.S)
        for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
            decl = body.replace(" ", "").lower()
            for s in sel.split(","):
                m = re.fullmatch(r"\s*\.([\w-]+)\s*", s)
                if not m:
                    continue
                if "display:none" in decl or "visibility:hidden" in decl:
                    hidden.add(m.group(1))
                if "position:fixed" in decl and "inset:0" in decl:
                    veil.add(m.group(1))
        return hidden, veil

    def _find_layer(self):
        for n in self.nodes:
            if set(n.classes()) & self.veil_classes:
                return n
        for n in self.nodes:
            if n.get("aria-modal") == "true":
                return n
        return None

    # ---- element properties ------------------------------------------------------------
    def is_hidden(self, node):
        for a in node.ancestors_or_self():
            if a.tag == "#root":
                break
            if "hidden" in a.attrs or a.get("aria-hidden") == "true":
                return True
            style = (a.get("style") or "").replace(" ", "").lower()
            if "display:none" in style or "visibility:hidden" in style:
                return True
            if set(a.classes()) & self.hidden_classes:
                return True
        return False

    @staticmethod
    def is_disabled(node):
        if "disabled" in node.attrs:
            return True
        for a in node.ancestors_or_self():
            if a.tag == "fieldset" and "disabled" in a.attrs:
                return True
        return False

    @staticmethod
    def is_actionable(node):
        if node.tag == "a":
            return "href" in node.attrs
        if node.tag == "input":
            return node.get("type", "text") != "hidden"
        return node.tag in ("button", "select", "textarea")

    @staticmethod
    def kind(node):
        """'text' (typeable), 'select', 'toggle' (checkbox/radio/file) or 'press'."""
        if node.tag == "textarea":
            return "text"
        if node.tag == "select":
            return "select"
        if node.tag == "input":
            t = node.get("type", "text").lower()
            if t in TEXT_INPUTS:
                return "text"
            if t in ("checkbox", "radio", "file"):
                return "toggle"
            return "press"
        return "press"

    def in_layer(self, node):
        return self.layer is not None and any(a is self.layer for a in node.ancestors_or_self())

    def prefilled(self, node):
        if node.tag == "select":
            return any(isinstance(o, Node) and o.tag == "option" and "selected" in o.attrs
                       for o in node.iter())
        if node.tag == "input":
            return bool(node.get("value"))
        if node.tag == "textarea":
            return bool(norm(self.text(node)))
        return False

    # ---- accessible names ----------------------------------------------------------------
    def text(self, node, skip_hidden=False):
        out = []
        for c in node.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag in ("style", "script"):
                continue
            elif skip_hidden and (c.get("aria-hidden") == "true" or "hidden" in c.attrs):
                continue
            elif c.tag in ("select", "textarea"):
                continue
            else:
                out.append(" " + self.text(c, skip_hidden) + " ")
        return "".join(out)

    def name(self, node):
        ref = node.get("aria-labelledby")
        if ref:
            parts = [norm(self.text(self.by_id[r])) for r in ref.split() if r in self.by_id]
            if any(parts):
                return norm(" ".join(parts))
        if norm(node.get("aria-label")):
            return norm(node.get("aria-label"))
        if node.tag in ("input", "select", "textarea"):
            if node.tag == "input" and node.get("type") in ("submit", "button", "reset") and node.get("value"):
                return norm(node.get("value"))
            nid = node.get("id")
            for n in self.nodes:
                if n.tag == "label" and nid and n.get("for") == nid:
                    return norm(self.text(n, True))
            for a in node.ancestors_or_self():
                if a.tag == "label":
                    return norm(self.text(a, True))
        else:
            t = norm(self.text(node, True))
            if t:
                return t
        if norm(node.get("title")):
            return norm(node.get("title"))
        return norm(node.get("placeholder"))

    def actionables(self):
        return [n for n in self.nodes if self.is_actionable(n)]

    def form_of(self, node):
        for a in node.ancestors_or_self():
            if a.tag == "form":
                return a
        return None


def load_pages(names=None):
    pages = {}
    for fn in sorted(os.listdir(PAGES_DIR)):
        if fn.endswith(".html") and (names is None or fn in names):
            pages[fn] = Page(os.path.join(PAGES_DIR, fn))
    return pages


def check_page(page):
    errs = list(page.errors)
    low = page.source.lower()
    for n in page.nodes:
        if n.tag in FORBIDDEN_TAGS:
            errs.append("forbidden element <%s> (line %d)" % (n.tag, n.line))
        for k, v in n.attrs.items():
            if k.startswith("on"):
                errs.append("event handler attribute %s (line %d)" % (k, n.line))
            if k in ("href", "src", "action", "srcset", "poster", "data") and re.match(r"\s*(https?:)?//", v or ""):
                errs.append("external resource %s=%r (line %d)" % (k, v, n.line))
        if page.is_actionable(n):
            if not n.get("id"):
                errs.append("actionable <%s> without id (line %d)" % (n.tag, n.line))
            if not page.name(n):
                errs.append("actionable #%s has no accessible name" % n.get("id"))
    if "url(" in page.css.lower() or "@import" in page.css.lower():
        errs.append("CSS url() or @import")
    if "http://" in low or "https://" in low:
        errs.append("absolute URL in page")
    if page.fname in LAYER_CLOSERS:
        if page.layer is None:
            errs.append("closers declared but no layer found")
        for cid in LAYER_CLOSERS[page.fname]:
            n = page.by_id.get(cid)
            if n is None or not page.in_layer(n):
                errs.append("closer %s not inside the layer" % cid)
    elif page.layer is not None:
        errs.append("layer found but no closers declared")
    return errs


def check_cases(data, pages):
    errs, notes = [], []
    if not isinstance(data, dict) or set(data) != {"about", "cases"}:
        errs.append("top level must be {about, cases}")
        return errs, notes
    seen = set()
    used_pages = set()
    for c in data["cases"]:
        cid = c.get("id")
        E = lambda m: errs.append("%s: %s" % (cid, m))
        N = lambda m: notes.append("%s: %s" % (cid, m))
        if set(c) != {"id", "page", "goal", "history", "filled", "gold", "action", "split"}:
            E("wrong keys %s" % sorted(c))
            continue
        if cid in seen:
            E("duplicate case id")
        seen.add(cid)
        if c["split"] != SPLIT:
            E("split is not %s" % SPLIT)
        page = pages.get(c["page"])
        if page is None:
            E("unknown page %s" % c["page"])
            continue
        used_pages.add(c["page"])
        if not norm(c["goal"]):
            E("empty goal")
        closers = LAYER_CLOSERS.get(page.fname, set())
        layer_open = page.layer is not None
        clicked = set()
        for step in c["history"]:
            sid = step.get("element_id")
            node = page.by_id.get(sid)
            if set(step) != {"element_id", "action", "label"}:
                E("history step keys %s" % sorted(step))
            if node is None:
                E("history id %s missing" % sid)
                continue
            if step.get("action") != "click":
                E("history step %s is not a click" % sid)
            if step.get("label") != page.name(node):
                E("history label %r != accessible name %r" % (step.get("label"), page.name(node)))
            if not page.is_actionable(node) or page.kind(node) in ("text", "select"):
                E("history step %s is not clickable" % sid)
            if page.is_hidden(node) or page.is_disabled(node):
                E("history step %s hidden or disabled" % sid)
            if sid in clicked:
                E("history step %s repeated" % sid)
            if layer_open and not page.in_layer(node):
                E("history step %s behind the open layer" % sid)
            if not layer_open and page.in_layer(node):
                E("history step %s inside a closed layer" % sid)
            if layer_open and page.in_layer(node) and sid not in closers:
                E("history step %s in the layer does not close it" % sid)
            if sid in closers:
                layer_open = False
            clicked.add(sid)
        for fid in c["filled"]:
            node = page.by_id.get(fid)
            if node is None:
                E("filled id %s missing" % fid)
            elif page.kind(node) not in ("text", "select"):
                E("filled id %s is not a text field or select" % fid)
            elif page.is_hidden(node) or page.is_disabled(node) or "readonly" in node.attrs:
                E("filled id %s hidden, disabled or read-only" % fid)
            elif layer_open:
                E("filled id %s while the layer is open" % fid)
        if len(set(c["filled"])) != len(c["filled"]):
            E("filled ids repeated")
        act, gold = c["action"], c["gold"]
        if act not in ACTIONS:
            E("unknown action %s" % act)
            continue
        if (act == "done") != (gold is None):
            E("done <=> gold null violated")
            continue
        if act == "done":
            if layer_open:
                E("done while the layer is open")
            continue
        if not isinstance(gold, list) or not gold:
            E("gold must be a non-empty list")
            continue
        if len(set(gold)) != len(gold):
            E("gold ids repeated")
        for gid in gold:
            node = page.by_id.get(gid)
            if node is None:
                E("gold %s missing" % gid)
                continue
            if not page.is_actionable(node):
                E("gold %s not actionable" % gid)
            if page.is_hidden(node):
                E("gold %s hidden" % gid)
            if page.is_disabled(node):
                E("gold %s disabled" % gid)
            if "readonly" in node.attrs:
                E("gold %s read-only" % gid)
            if gid in clicked:
                E("gold %s already clicked" % gid)
            if gid in c["filled"]:
                E("gold %s already filled" % gid)
            k = page.kind(node)
            if act == "type" and k != "text":
                E("type on non-text %s" % gid)
            if act == "select" and k != "select":
                E("select on non-select %s" % gid)
            if act in ("click", "scroll") and k in ("text", "select"):
                E("%s on a text field or select %s" % (act, gid))
            if layer_open and not page.in_layer(node):
                E("gold %s behind the open layer" % gid)
            if not layer_open and page.in_layer(node):
                E("gold %s inside the closed layer" % gid)
            if act in ("type", "select") and page.prefilled(node):
                N("gold %s is pre-filled in the page (goal contradicts it)" % gid)
            missing = required_before(page, node, c)
            if missing:
                N("gold %s taken before required %s" % (gid, ", ".join(missing)))
    for p in pages:
        if p not in used_pages:
            errs.append("page %s used by no case" % p)
    return errs, notes


def required_before(page, gold, case):
    """Required fields of gold's form placed before gold (all of them for a submit) not done yet."""
    form = page.form_of(gold)
    submit = gold.tag == "button" and gold.get("type") == "submit"
    field = gold.tag in ("input", "select", "textarea")
    if form is None or not (submit or field):
        return []
    done_ids = {s["element_id"] for s in case["history"]} | set(case["filled"])
    missing, groups = [], {}
    for n in form.iter():
        if n is gold and not submit:
            break
        if not page.is_actionable(n) or page.is_hidden(n) or page.is_disabled(n):
            continue
        if n.get("type") == "radio":
            groups.setdefault(n.get("name"), []).append(n)
            continue
        if "required" not in n.attrs:
            continue
        if n.get("id") in done_ids or (page.kind(n) != "toggle" and page.prefilled(n)):
            continue
        if n.get("type") == "checkbox" and "checked" in n.attrs:
            continue
        missing.append(n.get("id"))
    for name, radios in groups.items():
        if gold.get("type") == "radio" and gold.get("name") == name:
            continue
        if not any("required" in r.attrs for r in radios):
            continue
        if any(r.get("id") in done_ids or "checked" in r.attrs for r in radios):
            continue
        missing.append("radios " + name)
    return missing


MEASURE = """<script>
(function(){var out=[];var els=document.querySelectorAll('[id]');
for(var i=0;i<els.length;i++){var r=els[i].getBoundingClientRect();
out.push(els[i].id+':'+Math.round(r.top+window.scrollY));}
document.body.setAttribute('data-geometry',out.join(','));})();
</script>"""


def geometry(pages):
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        return None
    tops = {}
    tmp = tempfile.mkdtemp(prefix="guide_h_geo_")
    try:
        for name, page in pages.items():
            path = os.path.join(tmp, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write(page.source.replace("</body>", MEASURE + "</body>"))
            out = subprocess.run(["nice", "-n", "10", exe, "--headless", "--no-sandbox", "--disable-gpu",
                                  "--window-size=1280,900", "--dump-dom", "file://" + path],
                                 capture_output=True, text=True, timeout=120).stdout
            m = re.search(r'data-geometry="([^"]*)"', out)
            tops[name] = {}
            if m:
                for item in m.group(1).split(","):
                    k, _, v = item.rpartition(":")
                    tops[name][k] = int(v)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return tops


def main(argv):
    geo = "--geometry" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "blind_h.json")
    pages = load_pages()
    errs = []
    for name, page in pages.items():
        errs += ["%s: %s" % (name, e) for e in check_page(page)]
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    cerrs, notes = check_cases(data, pages)
    errs += cerrs
    if geo:
        tops = geometry(pages)
        if tops is None:
            print("geometry: no chromium found, skipped")
        else:
            for c in data["cases"]:
                if c["action"] == "scroll":
                    for g in c["gold"]:
                        y = tops[c["page"]].get(g)
                        if y is None or y < 1100:
                            errs.append("%s: scroll gold %s at y=%s, not far below the first screen" % (c["id"], g, y))
            print("scroll targets (y in px at 1280x900):")
            for name in sorted(tops):
                ys = sorted({(g, tops[name][g]) for c in data["cases"] if c["page"] == name and c["action"] == "scroll" for g in c["gold"]})
                if ys:
                    print("  %s: %s" % (name, ", ".join("%s=%d" % gy for gy in ys)))
    cases = data["cases"]
    acts = Counter(c["action"] for c in cases)
    print("%d pages, %d cases (%s)" % (len(pages), len(cases), ", ".join("%s %d" % kv for kv in acts.most_common())))
    print("with history %d, with filled %d, multi-gold %d, layer open at start %d, layer closed in history %d" % (
        sum(1 for c in cases if c["history"]), sum(1 for c in cases if c["filled"]),
        sum(1 for c in cases if c["gold"] and len(c["gold"]) > 1),
        sum(1 for c in cases if c["page"] in LAYER_CLOSERS and not any(s["element_id"] in LAYER_CLOSERS[c["page"]] for s in c["history"])),
        sum(1 for c in cases if c["page"] in LAYER_CLOSERS and any(s["element_id"] in LAYER_CLOSERS[c["page"]] for s in c["history"]))))
    per_page = Counter(c["page"] for c in cases)
    print("cases per page: " + ", ".join("%s %d" % kv for kv in sorted(per_page.items())))
    for n in notes:
        print("note:", n)
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "%d error(s)" % len(errs))
    return 0 if not errs else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

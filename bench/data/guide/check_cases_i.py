#!/usr/bin/env python3
"""Consistency checker for the Albertine blind set I (standard library only).

Usage: python3 check_cases_i.py [blind_i.json] [--geometry]
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages_i")
SPLIT = "blind_i"
ACTIONS = {"click", "type", "select", "scroll", "done"}
VOID = {"meta", "input", "br", "hr", "img", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
TEXT_INPUTS = {"text", "search", "email", "tel", "url", "number", "password", "date", "month"}

# Pages that open with a layer (veil or aria-modal dialog): the ids of the buttons that close it.
# Other buttons inside the layer do something else and never close it.
LAYER_CLOSERS = {
    "urssaf_cesu_declaration.html": {"dialogue-fermer", "dialogue-plus-tard"},
    "monsoutienpsy_annuaire.html": {"cookies-refuser", "cookies-accepter"},
    "portail_famille.html": {"cookies-ok", "cookies-non"},
    "stationnement_residentiel.html": {"cookies-continuer", "cookies-accepter"},
    "logement_social.html": {"dlg-fermer", "dlg-plus-tard"},
}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []  # Node or str

    def text(self, skip_hidden=False):
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif skip_hidden and c.attrs.get("aria-hidden") == "true":
                continue
            elif c.tag in ("style", "script"):
                continue
            else:
                out.append(c.text(skip_hidden))
        return " ".join(out)


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root
        self.errors = []
        self.nodes = []
        self.style = ""

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        self.nodes.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        self.nodes.append(n)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append("bad nesting: </%s> closes <%s> (line %d)" % (tag, self.cur.tag, self.getpos()[0]))
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is None:
                return
            self.cur = n
        self.cur = self.cur.parent

    def handle_data(self, data):
        if self.cur.tag == "style":
            self.style += data
        self.cur.children.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


class Page:
    def __init__(self, name):
        self.fname = name
        self.path = os.path.join(PAGES, name)
        with open(self.path, encoding="utf-8") as f:
            self.src = f.read()
        p = Parser()
        p.feed(self.src)
        p.close()
        self.errors = list(p.errors)
        if p.cur is not p.root:
            self.errors.append("unclosed element <%s>" % p.cur.tag)
        self.nodes = p.nodes
        self.style = p.style
        self.hidden_classes = set()
        self.veil_classes = set()
        for m in re.finditer(r"([^{}]+)\{([^}]*)\}", self.style):
            sels, body = m.group(1), m.group(2).replace(" ", "")
            for cls in re.findall(r"^\s*\.([\w-]+)\s*$", sels.replace(",", "\n"), re.M):
                if "display:none" in body:
                    self.hidden_classes.add(cls)
                if "position:fixed" in body and "inset:0" in body:
                    self.veil_classes.add(cls)
        self.by_id = {}
        for n in self.nodes:
            i = n.attrs.get("id")
            if i is not None:
                if i in self.by_id:
                    self.errors.append("duplicate id %s" % i)
                self.by_id[i] = n
        self.layer = None
        for n in self.nodes:
            cls = set((n.attrs.get("class") or "").split())
            if cls & self.veil_classes:
                self.layer = n
                break
            if n.attrs.get("role") in ("dialog", "alertdialog") and n.attrs.get("aria-modal") == "true":
                self.layer = n
                break

    # --- properties -------------------------------------------------------
    def classes(self, n):
        return set((n.attrs.get("class") or "").split())

    def hidden(self, n):
        while n is not None and n.tag != "#root":
            a = n.attrs
            if "hidden" in a or a.get("aria-hidden") == "true":
                return True
            if re.search(r"display\s*:\s*none", a.get("style") or ""):
                return True
            if self.classes(n) & self.hidden_classes:
                return True
            n = n.parent
        return False

    def in_layer(self, n):
        while n is not None:
            if n is self.layer:
                return True
            n = n.parent
        return False

    @staticmethod
    def actionable(n):
        if n.tag == "a":
            return "href" in n.attrs
        if n.tag == "input":
            return n.attrs.get("type", "text") != "hidden"
        return n.tag in ("button", "select", "textarea")

    @staticmethod
    def kind(n):
        if n.tag == "input":
            t = n.attrs.get("type", "text")
            return "text" if t in TEXT_INPUTS else t
        return n.tag

    def disabled(self, n):
        return "disabled" in n.attrs or "readonly" in n.attrs

    def name(self, n):
        a = n.attrs
        if a.get("aria-labelledby"):
            return norm(" ".join(self.by_id[i].text(True) for i in a["aria-labelledby"].split() if i in self.by_id))
        if a.get("aria-label"):
            return norm(a["aria-label"])
        if n.tag in ("input", "select", "textarea") and a.get("id"):
            for lab in self.nodes:
                if lab.tag == "label" and lab.attrs.get("for") == a["id"]:
                    return norm(self._label_text(lab, n))
            p = n.parent
            while p is not None:
                if p.tag == "label":
                    return norm(self._label_text(p, n))
                p = p.parent
        if n.tag in ("a", "button"):
            t = norm(n.text(True))
            if t:
                return t
        if a.get("title"):
            return norm(a["title"])
        if a.get("placeholder"):
            return norm(a["placeholder"])
        return ""

    def _label_text(self, lab, ctrl):
        out = []
        for c in lab.children:
            if isinstance(c, str):
                out.append(c)
            elif c is ctrl or c.tag in ("input", "select", "textarea", "button"):
                continue
            elif c.attrs.get("aria-hidden") == "true":
                continue
            else:
                out.append(self._label_text(c, ctrl))
        return " ".join(out)

    def form_of(self, n):
        while n is not None and n.tag != "form":
            n = n.parent
        return n


_CACHE = {}


def page(name):
    if name not in _CACHE:
        _CACHE[name] = Page(name)
    return _CACHE[name]


def label_of(page_name, element_id):
    p = page(page_name)
    return p.name(p.by_id[element_id])


def check_page(p):
    errs = list(p.errors)
    low = p.src.lower()
    for bad, what in ((r"<script", "script"), (r"<img", "img"), (r"<iframe", "iframe"), (r"<link", "link"),
                      (r"<object", "object"), (r"<embed", "embed"), (r"\son[a-z]+\s*=", "event handler"),
                      (r"https?://(?!…)", "external address"), (r"(src|href)=\"//", "protocol-relative address"),
                      (r"url\(", "CSS url()"), (r"@import", "CSS @import")):
        if bad == r"https?://(?!…)":
            # the only allowed occurrence is a placeholder text "https://…"
            if re.search(r"https?://(?!…)", low):
                errs.append("external address")
            continue
        if re.search(bad, low):
            errs.append("forbidden: %s" % what)
    for n in p.nodes:
        if p.actionable(n):
            if not n.attrs.get("id"):
                errs.append("actionable <%s> without id" % n.tag)
            elif not p.name(n):
                errs.append("no accessible name: #%s" % n.attrs["id"])
    closers = LAYER_CLOSERS.get(p.fname, set())
    if (p.layer is None) != (not closers):
        errs.append("layer / LAYER_CLOSERS mismatch")
    for c in closers:
        if c not in p.by_id or not p.in_layer(p.by_id[c]):
            errs.append("closer %s not inside the layer" % c)
    return errs


def field_kind_ok(p, n, action):
    k = p.kind(n)
    if action == "type":
        return k in ("text", "textarea") or n.tag == "textarea"
    if action == "select":
        return n.tag == "select"
    if action in ("click", "scroll"):
        return n.tag in ("a", "button") or (n.tag == "input" and k not in ("text",))
    return False


def check_case(c, notes):
    errs = []
    for key in ("id", "page", "goal", "history", "filled", "gold", "action", "split"):
        if key not in c:
            errs.append("missing key %s" % key)
    if errs:
        return errs
    if set(c) != {"id", "page", "goal", "history", "filled", "gold", "action", "split"}:
        errs.append("unexpected keys %s" % sorted(set(c)))
    if c["split"] != SPLIT:
        errs.append("split is not %s" % SPLIT)
    if c["action"] not in ACTIONS:
        errs.append("bad action %r" % c["action"])
    if not isinstance(c["goal"], str) or not c["goal"].strip():
        errs.append("empty goal")
    if not os.path.exists(os.path.join(PAGES, c["page"])):
        return errs + ["page %s missing" % c["page"]]
    p = page(c["page"])
    closers = LAYER_CLOSERS.get(c["page"], set())
    layer_open = p.layer is not None
    clicked = set()
    for step in c["history"]:
        eid = step.get("element_id")
        if set(step) != {"element_id", "action", "label"}:
            errs.append("history step keys %s" % sorted(step))
        if eid not in p.by_id:
            errs.append("history id %s not in page" % eid)
            continue
        n = p.by_id[eid]
        if step.get("action") != "click":
            errs.append("history step %s is not a click" % eid)
        if step.get("label") != p.name(n):
            errs.append("history label %r != %r" % (step.get("label"), p.name(n)))
        if p.hidden(n) or p.disabled(n) or not p.actionable(n):
            errs.append("history step on hidden/disabled/non-actionable %s" % eid)
        if n.tag in ("select", "textarea") or p.kind(n) == "text":
            errs.append("history click on a field %s" % eid)
        if eid in clicked and p.kind(n) not in ("checkbox",):
            errs.append("history clicks %s twice" % eid)
        clicked.add(eid)
        if layer_open and not p.in_layer(n):
            errs.append("history step %s behind the open layer" % eid)
        if p.in_layer(n):
            if not layer_open:
                errs.append("history step %s inside a closed layer" % eid)
            elif eid not in closers:
                errs.append("history step %s on a layer button that does not close it" % eid)
            else:
                layer_open = False
    for fid in c["filled"]:
        if fid not in p.by_id:
            errs.append("filled id %s not in page" % fid)
            continue
        n = p.by_id[fid]
        if not (n.tag in ("select", "textarea") or p.kind(n) == "text"):
            errs.append("filled %s is not a text field or select" % fid)
        if p.hidden(n):
            errs.append("filled %s is hidden" % fid)
        if layer_open:
            errs.append("filled field %s while the layer is open" % fid)
    if len(set(c["filled"])) != len(c["filled"]):
        errs.append("filled ids repeated")
    if (c["action"] == "done") != (c["gold"] is None):
        errs.append("done <=> gold null violated")
    if c["action"] == "done" and layer_open:
        errs.append("done while the layer is open")
    if c["gold"] is not None:
        if not isinstance(c["gold"], list) or not c["gold"]:
            errs.append("gold must be a non-empty list")
            return errs
        for g in c["gold"]:
            if g not in p.by_id:
                errs.append("gold %s not in page" % g)
                continue
            n = p.by_id[g]
            if not p.actionable(n):
                errs.append("gold %s not actionable" % g)
            if p.hidden(n):
                errs.append("gold %s hidden" % g)
            if p.disabled(n):
                errs.append("gold %s disabled/read-only" % g)
            if g in clicked and p.kind(n) != "checkbox":
                errs.append("gold %s already clicked" % g)
            if g in c["filled"]:
                errs.append("gold %s already filled" % g)
            if not field_kind_ok(p, n, c["action"]):
                errs.append("action %s does not fit <%s %s> %s" % (c["action"], n.tag, p.kind(n), g))
            if layer_open and not p.in_layer(n):
                errs.append("gold %s outside the open layer" % g)
            if not layer_open and p.in_layer(n):
                errs.append("gold %s inside the closed layer" % g)
            if c["action"] in ("type", "select"):
                pre = ("value" in n.attrs) or any(
                    isinstance(o, Node) and o.tag == "option" and "selected" in o.attrs and o.attrs.get("value") != ""
                    for o in n.children)
                if pre:
                    notes.append("%s: gold %s is pre-filled in the page (goal contradicts it)" % (c["id"], g))
            form = p.form_of(n)
            submit = n.tag == "button" and n.attrs.get("type", "submit") == "submit"
            if form is not None and (c["action"] in ("type", "select") or submit
                                     or p.kind(n) in ("radio", "checkbox", "file")):
                missing = earlier_required_empty(p, form, n, set(c["filled"]), clicked)
                if missing:
                    notes.append("%s: gold %s while earlier required field(s) empty: %s" % (c["id"], g, ", ".join(missing)))
    return errs


def earlier_required_empty(p, form, target, filled, clicked):
    out, groups_ok = [], set()
    order = [n for n in p.nodes if p.form_of(n) is form]
    for n in order:
        if n is target:
            break
        if "required" not in n.attrs or p.hidden(n):
            continue
        i = n.attrs.get("id")
        k = p.kind(n)
        if k == "radio":
            grp = n.attrs.get("name")
            members = [m for m in order if m.attrs.get("name") == grp]
            if target in members:
                continue
            if any(m.attrs.get("id") in clicked for m in members):
                continue
            if grp not in groups_ok:
                out.append("radio group " + grp)
                groups_ok.add(grp)
        elif k in ("checkbox", "file"):
            if i not in clicked:
                out.append(i)
        elif n.tag == "select":
            pre = any(isinstance(o, Node) and o.tag == "option" and "selected" in o.attrs and o.attrs.get("value") != ""
                      for o in n.children)
            if i not in filled and not pre:
                out.append(i)
        elif i not in filled and "value" not in n.attrs:
            out.append(i)
    return out


GEOM_JS = """<script>
window.addEventListener('load', function () {
  var ids = %s, out = {};
  ids.forEach(function (i) { var e = document.getElementById(i);
    if (e) { var r = e.getBoundingClientRect(); out[i] = Math.round(r.top + window.scrollY); } });
  document.title = 'GEOM' + JSON.stringify(out);
});
</script>"""


def geometry(cases):
    want = {}
    for c in cases:
        if c["action"] == "scroll":
            want.setdefault(c["page"], set()).update(c["gold"])
    errs = []
    for name, ids in sorted(want.items()):
        src = page(name).src.replace("</body>", GEOM_JS % json.dumps(sorted(ids)) + "</body>")
        with tempfile.TemporaryDirectory() as d:
            tmp = os.path.join(d, name)
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(src)
            r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                                "--dump-dom", "file://" + tmp], capture_output=True, text=True, timeout=60)
        m = re.search(r"<title>GEOM(.*?)</title>", r.stdout)
        if not m:
            errs.append("%s: geometry not measured" % name)
            continue
        import html as _h
        pos = json.loads(_h.unescape(m.group(1)))
        for i in sorted(ids):
            y = pos.get(i)
            print("  geometry %s #%s: %s px" % (name, i, y))
            if y is None or y < 1100:
                errs.append("%s: scroll target %s at %s px (< 1100)" % (name, i, y))
    return errs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "blind_i.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    errors, notes = [], []
    if set(data) != {"about", "cases"} or not isinstance(data["about"], str):
        errors.append("top level must be {about: str, cases: [...]}")
    cases = data["cases"]
    used = {c.get("page") for c in cases}
    files = sorted(f for f in os.listdir(PAGES) if f.endswith(".html"))
    for f in files:
        for e in check_page(page(f)):
            errors.append("%s: %s" % (f, e))
        if f not in used:
            errors.append("%s: page not used by any case" % f)
    ids = [c.get("id") for c in cases]
    for i in sorted({i for i in ids if ids.count(i) > 1}):
        errors.append("duplicate case id %s" % i)
    for c in cases:
        for e in check_case(c, notes):
            errors.append("%s: %s" % (c.get("id"), e))
    if "--geometry" in argv:
        errors += geometry(cases)
    for n in notes:
        print("note:", n)
    acts = {}
    for c in cases:
        acts[c["action"]] = acts.get(c["action"], 0) + 1
    print("%d cases on %d pages; actions: %s" % (len(cases), len(files), ", ".join("%s %d" % kv for kv in sorted(acts.items()))))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

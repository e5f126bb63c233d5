#!/usr/bin/env python3
"""Consistency checker for Albertine blind set L (standard library only).

Usage: python3 check_cases_l.py [blind_l.json] [--geometry]
Exit status 0 when no error was found. Notes are printed but are not errors.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages_l")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ACTIONABLE = {"a", "button", "input", "select", "textarea", "summary"}
TEXTLIKE = {"text", "search", "email", "tel", "number", "password", "url", "date"}
ACTIONS = {"click", "type", "select", "scroll", "done"}
KEYS = ["id", "page", "goal", "history", "filled", "gold", "action", "split"]
SPLIT = "blind_l"

# Layers that block the page at load: container id, buttons that close it, buttons that do something else.
LAYERS = {
    "cartedepeche_achat.html": ("bandeau-cookies", {"ck-accepter", "ck-refuser"}, {"ck-parametrer"}),
    "cmi_fabrication.html": ("dlg-info", {"dlg-commencer", "dlg-fermer"}, {"dlg-courrier"}),
    "concours_inscription.html": ("dlg-rappel", {"dlg-lu", "dlg-fermer"}, {"dlg-calendrier"}),
    "critair_commande.html": ("bandeau-cookies", {"ck-accepter", "ck-refuser"}, {"ck-personnaliser"}),
    "solidarite_transport.html": ("dlg-cookies", {"ck-accepter", "ck-refuser"}, {"ck-choisir"}),
}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []  # Node or str

    def get(self, k, d=None):
        return self.attrs.get(k, d)

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.errors = []
        self.order = []
        self.styles = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        self.order.append(n)
        if tag == "style":
            self.in_style = True
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        self.order.append(n)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag == "style":
            self.in_style = False
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
        if self.in_style:
            self.styles.append(data)
        self.cur.children.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Page:
    def __init__(self, path):
        self.fname = os.path.basename(path)
        self.src = open(path, encoding="utf-8").read()
        p = Parser()
        p.feed(self.src)
        p.close()
        self.errors = list(p.errors)
        if p.cur is not p.root:
            self.errors.append("unclosed element <%s>" % p.cur.tag)
        self.order = p.order
        self.css = "\n".join(p.styles)
        self.hidden_classes = set(re.findall(r"\.([\w-]+)\s*\{[^}]*display\s*:\s*none", self.css))
        self.by_id = {}
        for n in self.order:
            i = n.get("id")
            if i is None:
                continue
            if i in self.by_id:
                self.errors.append("duplicate id %s" % i)
            self.by_id[i] = n
        self.labels_for = {}
        for n in self.order:
            if n.tag == "label" and n.get("for"):
                self.labels_for.setdefault(n.get("for"), n)

    # ---- names -------------------------------------------------------------
    def text(self, node, skip_controls=False):
        out = []

        def walk(n):
            for c in n.children:
                if isinstance(c, str):
                    out.append(c)
                    continue
                if c.get("aria-hidden") == "true" or c.tag in ("style", "script"):
                    continue
                if skip_controls and c.tag in ("select", "textarea", "input"):
                    continue
                walk(c)
        walk(node)
        return norm(" ".join(out))

    def name(self, n):
        if n.get("aria-labelledby"):
            parts = [self.text(self.by_id[i]) for i in n.get("aria-labelledby").split() if i in self.by_id]
            if any(parts):
                return norm(" ".join(parts))
        if n.get("aria-label"):
            return norm(n.get("aria-label"))
        if n.tag in ("input", "select", "textarea"):
            lab = self.labels_for.get(n.get("id"))
            if lab is not None:
                return self.text(lab, skip_controls=True)
            for a in n.ancestors():
                if a.tag == "label":
                    return self.text(a, skip_controls=True)
        else:
            t = self.text(n)
            if t:
                return t
        if n.get("title"):
            return norm(n.get("title"))
        if n.get("placeholder"):
            return norm(n.get("placeholder"))
        return ""

    # ---- states ------------------------------------------------------------
    def self_hidden(self, n):
        if "hidden" in n.attrs or n.get("aria-hidden") == "true":
            return True
        if re.search(r"display\s*:\s*none", n.get("style", "") or ""):
            return True
        if set((n.get("class") or "").split()) & self.hidden_classes:
            return True
        return n.tag == "input" and n.get("type") == "hidden"

    def hidden(self, n):
        return self.self_hidden(n) or any(self.self_hidden(a) for a in n.ancestors())

    def disabled(self, n):
        return "disabled" in n.attrs or any(a.tag == "fieldset" and "disabled" in a.attrs for a in n.ancestors())

    def actionable(self, n):
        if n.tag == "a":
            return n.get("href") is not None
        return n.tag in ACTIONABLE

    def kind(self, n):
        if n.tag == "input":
            t = (n.get("type") or "text").lower()
            return "text" if t in TEXTLIKE else t
        return n.tag

    def prefilled(self, n):
        if n.tag == "input" and self.kind(n) == "text":
            return bool(n.get("value"))
        if n.tag == "select":
            opts = [o for o in n.children if isinstance(o, Node) and o.tag == "option"]
            sel = [o for o in opts if "selected" in o.attrs]
            o = sel[0] if sel else (opts[0] if opts else None)
            return o is not None and (o.get("value") is None or o.get("value") != "") and bool(self.text(o))
        return False

    def inside(self, n, container_id):
        c = self.by_id.get(container_id)
        return c is not None and (n is c or c in list(n.ancestors()))

    def form_of(self, n):
        for a in n.ancestors():
            if a.tag == "form":
                return a
        return None


def check_page(pg):
    errs = list(pg.errors)
    low = pg.src.lower()
    for bad in ("<script", "<img", "<iframe", "<object", "<embed", "<link"):
        if bad in low:
            errs.append("forbidden element %s" % bad)
    if re.search(r"\son[a-z]+\s*=", pg.src, re.I):
        errs.append("event-handler attribute")
    if re.search(r"(https?:)?//[a-z0-9]", low.replace("<!doctype", "")):
        errs.append("external resource or address")
    if re.search(r"url\s*\(|@import", pg.css, re.I):
        errs.append("CSS url() or @import")
    for n in pg.order:
        if not pg.actionable(n) or pg.kind(n) == "hidden":
            continue
        if not n.get("id"):
            errs.append("actionable <%s> without id (%s)" % (n.tag, pg.text(n)[:40]))
        elif not pg.name(n):
            errs.append("actionable #%s without accessible name" % n.get("id"))
    has_layer = any(n.get("aria-modal") == "true" or "voile" in (n.get("class") or "").split() for n in pg.order)
    if has_layer != (pg.fname in LAYERS):
        errs.append("layer present=%s but LAYERS entry=%s" % (has_layer, pg.fname in LAYERS))
    if pg.fname in LAYERS:
        cid, closers, others = LAYERS[pg.fname]
        if cid not in pg.by_id:
            errs.append("layer container %s missing" % cid)
        for b in closers | others:
            if b not in pg.by_id or not pg.inside(pg.by_id[b], cid):
                errs.append("layer button %s missing or outside the layer" % b)
    return errs


def load_pages(names):
    pages = {}
    for nm in names:
        path = os.path.join(PAGES, nm)
        if os.path.exists(path):
            pages[nm] = Page(path)
    return pages


def check_cases(data, pages):
    errs, notes = [], []
    if set(data) != {"about", "cases"} or not isinstance(data["about"], str):
        errs.append("top level must be {about: str, cases: [...]}")
    seen = set()
    for c in data["cases"]:
        cid = c.get("id")
        e = lambda m: errs.append("%s: %s" % (cid, m))
        if list(c.keys()) != KEYS:
            e("keys %s" % list(c.keys()))
            continue
        if cid in seen:
            e("duplicate id")
        seen.add(cid)
        if c["split"] != SPLIT:
            e("split %r" % c["split"])
        pg = pages.get(c["page"])
        if pg is None:
            e("page %s missing" % c["page"])
            continue
        if not isinstance(c["goal"], str) or not c["goal"].strip():
            e("empty goal")
        if c["action"] not in ACTIONS:
            e("action %r" % c["action"])
        layer = LAYERS.get(c["page"])
        open_layer = layer is not None
        clicked = []
        for st in c["history"]:
            if set(st) != {"element_id", "action", "label"} or st["action"] != "click":
                e("bad history step %r" % st)
                continue
            n = pg.by_id.get(st["element_id"])
            if n is None:
                e("history id %s missing" % st["element_id"])
                continue
            if pg.name(n) != st["label"]:
                e("history label %r != %r" % (st["label"], pg.name(n)))
            if not pg.actionable(n) or pg.hidden(n) or pg.disabled(n) or pg.kind(n) in ("text", "select", "textarea"):
                e("history step on a non-clickable element %s" % st["element_id"])
            if st["element_id"] in clicked and pg.kind(n) != "checkbox":
                e("history step twice on %s" % st["element_id"])
            if layer:
                inside = pg.inside(n, layer[0])
                if open_layer and not inside:
                    e("history step %s behind the open layer" % st["element_id"])
                if open_layer and inside and st["element_id"] not in layer[1]:
                    e("history step %s on a layer button that does not close it" % st["element_id"])
                if not open_layer and inside:
                    e("history step %s inside the closed layer" % st["element_id"])
                if inside and st["element_id"] in layer[1]:
                    open_layer = False
            clicked.append(st["element_id"])
        for f in c["filled"]:
            n = pg.by_id.get(f)
            if n is None:
                e("filled id %s missing" % f)
            elif pg.kind(n) not in ("text", "select", "textarea") or pg.hidden(n):
                e("filled %s is not a visible text field or select" % f)
        if c["action"] == "done":
            if c["gold"] is not None:
                e("done with a gold")
            if open_layer:
                e("done while the layer is open")
            continue
        if not isinstance(c["gold"], list) or not c["gold"]:
            e("gold must be a non-empty list")
            continue
        for g in c["gold"]:
            n = pg.by_id.get(g)
            if n is None:
                e("gold %s missing" % g)
                continue
            k = pg.kind(n)
            if not pg.actionable(n):
                e("gold %s not actionable" % g)
            if pg.hidden(n):
                e("gold %s hidden" % g)
            if pg.disabled(n):
                e("gold %s disabled" % g)
            if "readonly" in n.attrs:
                e("gold %s read-only" % g)
            if g in clicked and k != "checkbox":
                e("gold %s already clicked" % g)
            if g in c["filled"]:
                e("gold %s already filled" % g)
            a = c["action"]
            if a == "type" and k not in ("text", "textarea"):
                e("type on %s (%s)" % (g, k))
            if a == "select" and k != "select":
                e("select on %s (%s)" % (g, k))
            if a in ("click", "scroll") and k in ("text", "textarea", "select"):
                e("%s on %s (%s)" % (a, g, k))
            if layer:
                inside = pg.inside(n, layer[0])
                if open_layer and not inside:
                    e("gold %s behind the open layer" % g)
                if not open_layer and inside:
                    e("gold %s inside the closed layer" % g)
            if a in ("type", "select") and pg.prefilled(n):
                notes.append("%s: gold %s is pre-filled in the page (the goal changes it)" % (cid, g))
            frm = pg.form_of(n)
            is_field = n.tag in ("input", "select", "textarea") or (n.tag == "button" and n.get("type") == "submit")
            if frm is not None and len(c["gold"]) == 1 and is_field:
                idx = pg.order.index(n)
                for m in pg.order[:idx]:
                    if pg.form_of(m) is not frm or "required" not in m.attrs or pg.hidden(m):
                        continue
                    if pg.kind(m) == "radio" and m.get("name") == n.get("name"):
                        continue
                    mk = pg.kind(m)
                    if mk == "radio":
                        grp = [x.get("id") for x in pg.order if x.get("name") == m.get("name") and x.tag == "input"]
                        ok = any(x in clicked for x in grp) or any("checked" in pg.by_id[x].attrs for x in grp if x)
                    elif mk in ("checkbox", "file"):
                        ok = m.get("id") in clicked
                    else:
                        ok = m.get("id") in c["filled"] or pg.prefilled(m)
                    if not ok:
                        notes.append("%s: gold %s taken while required %s is empty" % (cid, g, m.get("id")))
                        break
    return errs, notes


def geometry(data, pages):
    """Measure scroll targets in headless chromium on temporary copies carrying a measuring script."""
    errs = []
    targets = {nm: set() for nm in pages}
    for c in data["cases"]:
        if c["action"] == "scroll":
            targets.setdefault(c["page"], set()).update(c["gold"])
    for nm, ids in sorted(targets.items()):
        pg = pages[nm]
        hid = sorted(n.get("id") for n in pg.order if n.get("id") and pg.actionable(n) and pg.hidden(n))
        src = pages[nm].src
        js = ("<script>window.addEventListener('load',function(){var r={};%s.forEach(function(i){"
              "var e=document.getElementById(i);r[i]=e?Math.round(e.getBoundingClientRect().top+window.scrollY):-1;});"
              "var h=[];%s.forEach(function(i){var e=document.getElementById(i);var b=e.getBoundingClientRect();"
              "if(b.width>0||b.height>0){h.push(i);}});r['__shown_hidden__']=h;"
              "var p=document.createElement('pre');p.id='geo-out';p.textContent=JSON.stringify(r);"
              "document.body.appendChild(p);});</script>") % (json.dumps(sorted(ids)), json.dumps(hid))
        with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as t:
            t.write(src.replace("</body>", js + "</body>"))
            tmp = t.name
        try:
            out = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                                  "--virtual-time-budget=2000", "--dump-dom", "file://" + tmp],
                                 capture_output=True, text=True, timeout=60).stdout
        finally:
            os.unlink(tmp)
        m = re.search(r'<pre id="geo-out">(.*?)</pre>', out)
        if not m:
            errs.append("%s: geometry not measured" % nm)
            continue
        res = json.loads(m.group(1).replace("&quot;", '"'))
        for i in res.pop("__shown_hidden__"):
            errs.append("%s: element %s is hidden for the checker but rendered by chromium" % (nm, i))
        for i, y in sorted(res.items()):
            print("  geometry %s #%s top=%d px" % (nm, i, y))
            if y < 1100:
                errs.append("%s: scroll target %s only at %d px" % (nm, i, y))
    return errs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "blind_l.json")
    data = json.load(open(path, encoding="utf-8"))
    names = sorted(set(c.get("page") for c in data["cases"]) | set(os.listdir(PAGES)))
    pages = load_pages([n for n in names if n and n.endswith(".html")])
    errs = []
    for nm, pg in sorted(pages.items()):
        errs += ["%s: %s" % (nm, m) for m in check_page(pg)]
    used = set(c.get("page") for c in data["cases"])
    for nm in pages:
        if nm not in used:
            errs.append("%s: page not used by any case" % nm)
    ce, notes = check_cases(data, pages)
    errs += ce
    if "--geometry" in argv:
        errs += geometry(data, pages)
    for n in notes:
        print("note:", n)
    for m in errs:
        print("ERROR:", m)
    acts = {}
    for c in data["cases"]:
        acts[c["action"]] = acts.get(c["action"], 0) + 1
    print("%d pages, %d cases, actions %s: %s" % (len(pages), len(data["cases"]), json.dumps(acts, sort_keys=True),
                                                  "FAIL (%d errors)" % len(errs) if errs else "OK"))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Writes the 17 static pages of set L into pages_l/ (shared CSS and small helpers; the pages themselves are script-free)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CSS = """body{font-family:Arial,sans-serif;margin:0;background:#f3f4f7;color:#1e1e1e}
header{background:#fff;padding:10px 32px;display:flex;align-items:center;gap:16px;border-bottom:4px solid %(c)s}
.logo{color:%(c)s;font-weight:bold;font-size:21px;text-decoration:none}
header .d{margin-left:auto;display:flex;gap:10px;align-items:center;font-size:14px}
nav{background:%(c)s;padding:0 32px}nav a{color:#fff;display:inline-block;padding:10px 12px;text-decoration:none;font-size:14px}
.rond{border:1px solid %(c)s;background:#fff;color:%(c)s;border-radius:50%%;width:32px;height:32px;cursor:pointer}
.page{max-width:1000px;margin:18px auto;display:flex;gap:22px}
main{flex:1;background:#fff;padding:22px 28px;border-radius:6px}
aside{width:270px}
.etapes{display:flex;gap:8px;list-style:none;padding:0;font-size:13px}.etapes li{padding:6px 10px;background:#eee;border-radius:4px}
.etapes li.cur{background:%(c)s;color:#fff;font-weight:bold}
.encadre{background:#eaf1fb;padding:12px 14px;font-size:14px;border-radius:4px;margin:10px 0}
.alerte{background:#fff4e0;border-left:4px solid #e08a00;padding:10px 14px;font-size:14px;margin:10px 0}
fieldset{border:0;padding:0;margin:16px 0}legend{font-weight:bold;margin-bottom:6px}
.ligne{display:block;margin:7px 0}
.champ{margin:14px 0}.champ label{display:block;font-weight:bold;margin-bottom:4px}
.champ input,.champ select{padding:7px;width:260px}.champ textarea{width:95%%;height:80px}
.req{color:#c00}
.btn{background:%(c)s;color:#fff;border:0;padding:11px 24px;border-radius:4px;cursor:pointer;font-size:15px}
a.btn2{display:inline-block;border:2px solid %(c)s;color:%(c)s;padding:9px 20px;border-radius:4px;text-decoration:none}
.lienbtn{background:none;border:0;color:%(c)s;text-decoration:underline;cursor:pointer;font-size:15px;padding:0}
.bloc{background:#fff;padding:14px;border-radius:6px;margin-bottom:14px;font-size:14px}
.bloc a{display:block;color:%(c)s;margin:6px 0}
.actions{display:flex;gap:16px;align-items:center;margin-top:20px}
table{border-collapse:collapse;width:100%%;font-size:14px}td,th{border-bottom:1px solid #ddd;padding:7px;text-align:left}
.faq p{line-height:1.6;margin:0 0 14px}.faq h3{font-size:16px;margin:18px 0 6px}
.voile{position:fixed;inset:0;background:rgba(0,0,0,.55);z-index:10}
.fenetre{position:fixed;left:50%%;top:18%%;transform:translateX(-50%%);background:#fff;padding:22px;width:520px;z-index:11;border-radius:6px}
.x{display:none!important}
[hidden]{display:none!important}
"""


def txt(i, lab, req=False, extra="", ph=""):
    r = ' <span class="req">*</span>' if req else ""
    return '<div class="champ"><label for="%s">%s%s</label><input type="text" id="%s"%s%s%s></div>' % (
        i, lab, r, i, ' placeholder="%s"' % ph if ph else "", " required" if req else "", extra)


def area(i, lab, req=False):
    r = ' <span class="req">*</span>' if req else ""
    return '<div class="champ"><label for="%s">%s%s</label><textarea id="%s"%s></textarea></div>' % (
        i, lab, r, i, " required" if req else "")


def sel(i, lab, opts, req=False, empty=True, pre=None):
    r = ' <span class="req">*</span>' if req else ""
    o = '<option value="">— Choisir —</option>' if empty else ""
    o += "".join("<option%s>%s</option>" % (" selected" if x == pre else "", x) for x in opts)
    return '<div class="champ"><label for="%s">%s%s</label><select id="%s"%s>%s</select></div>' % (
        i, lab, r, i, " required" if req else "", o)


def radios(name, leg, items, req=False):
    r = ' <span class="req">*</span>' if req else ""
    s = "<fieldset><legend>%s%s</legend>" % (leg, r)
    for it in items:
        i, lab = it[0], it[1]
        extra = it[2] if len(it) > 2 else ""
        s += '<label class="ligne"><input type="radio" name="%s" id="%s"%s%s> %s</label>' % (
            name, i, " required" if req else "", extra, lab)
    return s + "</fieldset>"


def cb(i, lab, req=False, extra=""):
    return '<label class="ligne"><input type="checkbox" id="%s"%s%s> %s</label>' % (i, " required" if req else "", extra, lab)


def fil(i, lab, req=False):
    r = ' <span class="req">*</span>' if req else ""
    return '<div class="champ"><label for="%s">%s%s</label><input type="file" id="%s"%s></div>' % (
        i, lab, r, i, " required" if req else "")


def links(*items):
    return "".join('<a href="#" id="%s"%s>%s</a>' % (it[0], it[2] if len(it) > 2 else "", it[1]) for it in items)


def steps(items, cur):
    s = '<ol class="etapes">'
    for n, (i, lab) in enumerate(items, 1):
        if n < cur:
            s += '<li><a href="#" id="%s">%d. %s</a></li>' % (i, n, lab)
        elif n == cur:
            s += '<li class="cur" aria-current="step">%d. %s</li>' % (n, lab)
        else:
            s += "<li>%d. %s</li>" % (n, lab)
    return s + "</ol>"


def faq(paras):
    return '<section class="faq"><h2 style="font-size:18px">Questions fréquentes</h2>' + "".join(
        "<h3>%s</h3><p>%s</p>" % (q, a) for q, a in paras) + "</section>"


def write(name, title, color, body):
    html = ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<style>\n%s</style>\n'
            "</head>\n<body>\n%s\n</body>\n</html>\n") % (title, CSS % {"c": color}, body.strip())
    with open(os.path.join(HERE, "pages_l", name), "w", encoding="utf-8") as f:
        f.write(html)


PAGES = []


def page(name, title, color):
    def deco(fn):
        PAGES.append((name, title, color, fn))
        return fn
    return deco


if __name__ == "__main__":
    import make_pages_l as M
    import pages_l_a  # noqa: F401
    import pages_l_b  # noqa: F401
    for name, title, color, fn in M.PAGES:
        write(name, title, color, fn())
    print("wrote %d pages" % len(M.PAGES))

"""SONIC: navigate, question and apply the EU AI Act (Regulation (EU) 2024/1689).

- act.py: the Act shipped in data/act.json (built by build.py from parse.py and references.py);
- index.py / retrieve.py / glossary.py / recitals.py: paragraph-level hybrid search, French questions against the
  English text, the recitals voting for the articles they explain;
- ask.py: answers with checked citations; tree.py / describe.py / classify.py / obligations.py: classification.
"""

from __future__ import annotations

from typing import Any

from communs.apps.aiact.act import load_act
from communs.apps.aiact.describe import annex_iii_points
from communs.apps.aiact.tree import QUESTIONS


def questionnaire() -> dict[str, Any]:
    """The questions of the decision tree, with the Annex III points to choose from."""
    act = load_act()
    points = sorted(annex_iii_points(act), key=lambda p: [int(x) if x.isdigit() else x for x in p.split("_")[2:]])
    return {
        "questions": [
            {"id": q.id, "group": q.group, "text": q.text, "basis": q.basis, "label": act.label(q.basis)}
            for q in QUESTIONS
        ],
        "annex_iii": [{"id": p, "label": act.label(p), "text": act.text(p)} for p in points],
        "roles": ["provider", "deployer", "importer", "distributor"],
    }

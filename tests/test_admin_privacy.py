"""The master key (and any admin key) administers but does not read other users' work (issue 21): a user's private
collection, its documents, chunks and search, and the user's dossiers are not found for it, unless the setting
``admin_reads_content`` says so (dossiers). The real application over real HTTP, the real embeddings model.
"""

from __future__ import annotations

import httpx

from communs.config import Settings
from tests.test_auth_gate import serving
from tests.test_documents import make_text_pdf


def test_admin_keys_do_not_read_a_users_collections_nor_dossiers(settings: Settings) -> None:
    from communs.api.app import create_app

    app = create_app(settings)
    accounts = app.state.services.accounts
    alice_key, _ = accounts.create_key("alice")
    chief_key, _ = accounts.create_key("chef", role="admin")
    with serving(app) as url:
        alice = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {alice_key}"}, timeout=120)
        admins = {
            "master": httpx.Client(
                base_url=url, headers={"Authorization": f"Bearer {settings.master_key}"}, timeout=60
            ),
            "admin": httpx.Client(base_url=url, headers={"Authorization": f"Bearer {chief_key}"}, timeout=60),
        }
        collection = alice.post("/v1/collections", json={"name": "notes d'alice"}).json()["id"]
        text = "Le rendez-vous avec la mairie est fixé au 12 mars à 14 heures.".encode()
        upload = alice.post(
            "/v1/documents", files={"file": ("notes.txt", text, "text/plain")}, data={"collection": str(collection)}
        )
        assert upload.status_code == 201, upload.text
        document = upload.json()["id"]
        pdf = make_text_pdf([["PROCÈS-VERBAL D'AUDITION", "Le témoin déclare avoir vu le véhicule."]])
        dossier = alice.post("/v1/apps/dossier", files={"file": ("pv.pdf", pdf, "application/pdf")}, data={"llm": "0"})
        assert dossier.status_code == 200, dossier.text
        job = dossier.json()["id"]
        reads = [
            ("GET", f"/v1/collections/{collection}", None),
            ("GET", f"/v1/documents/{document}", None),
            ("GET", f"/v1/documents?collection={collection}", None),
            ("GET", f"/v1/chunks/{document}", None),
            ("POST", "/v1/search", {"prompt": "rendez-vous mairie", "collections": [collection]}),
            ("GET", f"/v1/apps/dossier/{job}", None),
            ("GET", f"/v1/apps/dossier/{job}/pages", None),
            ("GET", f"/v1/apps/dossier/{job}/report", None),
            ("POST", f"/v1/apps/dossier/{job}/ask", {"question": "Qu'a vu le témoin ?"}),
        ]
        for method, path, body in reads:
            if not path.endswith("/ask"):  # (a question would wait for the chat model: the owner's access is known)
                mine = alice.request(method, path, json=body)
                assert mine.status_code in (200, 400), (path, mine.status_code, mine.text[:200])  # 400: not ready
            for name, admin in admins.items():
                other = admin.request(method, path, json=body)
                assert other.status_code == 404, (name, path, other.status_code, other.text[:200])
                assert other.json()["error"]["code"] == "not_found" and "detail" in other.json()
        listed = admins["master"].get("/v1/collections").json()["data"]
        assert collection not in [c["id"] for c in listed]
        # administration stays theirs: every user's usage, for instance
        assert admins["master"].get("/v1/models").status_code == 200

        settings.admin_reads_content = True  # the deployment says admins may read users' dossiers
        for name, admin in admins.items():
            seen = admin.get(f"/v1/apps/dossier/{job}")
            assert seen.status_code == 200 and seen.json()["id"] == job, (name, seen.text[:200])
        assert admins["master"].get(f"/v1/collections/{collection}").status_code == 404  # collections: never
        for client in (alice, *admins.values()):
            client.close()

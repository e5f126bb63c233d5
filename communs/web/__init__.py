"""The web app: server-rendered French pages with the look of the DSFR, over the same services as the API.

``routes`` holds the sign-in, chat and documents pages and what every page uses (layout, menu,
security headers), ``session`` the browser's sign-in (cookies, CSRF), ``assets`` the static files
and templates. Each app's pages live in its own folder (``communs/apps/<app>/web.py``) and are
mounted from the app registry. Pages read through the services; their scripts change things through /v1.
"""

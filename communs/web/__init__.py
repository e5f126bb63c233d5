"""The web app: server-rendered French pages with the look of the DSFR, over the same services as the API.

``routes`` holds the pages, ``session`` the browser's sign-in (cookies, CSRF), ``assets`` the static
files and templates. Pages read through the services; their scripts change things through /v1.
"""

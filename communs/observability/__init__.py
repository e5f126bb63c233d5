"""Operations: Prometheus metrics (``metrics``), structured logs with a request id (``logs``), and the ASGI
middleware that ties both to each HTTP request (``middleware``)."""

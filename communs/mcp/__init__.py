"""communs as an MCP server (the official ``mcp`` SDK): the platform's search and each app's routes as tools.

A tool is an API route (:class:`communs.apps.registry.Tool`): its arguments are the route's JSON body, described
by the route's own request model, and calling it calls the route with the caller's API key. The MCP face adds no
logic of its own: the same validation, ownership rules, rate limits and usage records as the API.

Two transports: ``communs mcp`` (stdio, the key from ``--api-key`` or ``COMMUNS_API_KEY``; the API in process,
or a remote server with ``--url``) and streamable HTTP at ``/mcp`` on the API (``Authorization: Bearer``).
"""

"""Agents (Albert's ``/v1/agents``): a chat completion whose model may call the platform's tools, run here.

The tools are the MCP server's (:mod:`communs.mcp.tools`: search, collections, each app): one registry, two
faces. A tool call calls the tool's API route in this process with the caller's own credentials, so that the
route checks them, counts them against the caller's limits and records its usage, exactly as over MCP.

- :mod:`communs.agents.toolbox`: the tools a request may use, as Albert lists them and as function specs, and
  how one call is run and its answer shown to the model.
- :mod:`communs.agents.loop`: the loop (model → tool calls → results → model…), bounded, streamed or not.
"""

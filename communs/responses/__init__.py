"""OpenAI's Responses API (``/v1/responses``) over chat completions, and its stored responses."""

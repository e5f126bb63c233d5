"""State that the processes of a fleet share through Redis: the connection, and key-cache invalidations.

Without ``COMMUNS_REDIS_URL`` nothing here is used: rate limits and the key cache stay in the process's memory.
"""

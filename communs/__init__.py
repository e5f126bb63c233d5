"""communs: sovereign generative AI for French public services."""

__version__ = "0.1.0"

"""Lieux: French communes by name, postal code or free text, and the communes nearby (see communs.places)."""

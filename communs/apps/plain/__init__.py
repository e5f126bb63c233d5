"""Simplifier: plain-language rewriting of administrative French."""

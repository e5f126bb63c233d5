"""Translation of French administrative text, every fact checked, always labelled machine translation."""

"""Starclay: from a consultation recording or transcript to a verified prescription, a report and a patient plan."""

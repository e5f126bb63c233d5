"""Albertine: a browser assistant that guides a user step by step on any website.

The core takes the user's goal and a snapshot of the page (its interactive elements) and returns the
next step: which element, what to do with it, in one short French sentence. Rules rank the elements
first (:mod:`rank`, :mod:`patterns`); the chat model picks among the best and words the step; the
answer is checked and falls back to the rules (:mod:`step`).
"""

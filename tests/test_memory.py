"""Memory given back after a spike (issue 21): glibc keeps freed heap pages until ``malloc_trim``."""

from __future__ import annotations

import subprocess
import sys

SPIKE = """
import os
from communs.memory import give_back_memory, resident_bytes
start = resident_bytes()
objects = [os.urandom(1) * 1000 + bytes(i % 7) for i in range(300_000)]  # ~300 MB of 1 KB objects
peak = resident_bytes()
kept = objects[::100]  # one in a hundred stays alive: the heap cannot shrink from its top
del objects
freed = resident_bytes()
given = give_back_memory()
print(start, peak, freed, resident_bytes(), given)
"""


def test_a_spike_of_small_objects_is_given_back_to_the_system() -> None:
    done = subprocess.run([sys.executable, "-c", SPIKE], capture_output=True, text=True, timeout=120, check=True)
    start, peak, freed, after, given = (int(v) for v in done.stdout.split())
    mib = 2**20
    assert peak - start > 250 * mib
    assert freed - start > 200 * mib  # freed by Python, still resident
    assert after - start < 60 * mib and given > 200 * mib

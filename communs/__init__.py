"""communs: sovereign generative AI for French public services."""

import os

__version__ = "0.1.0"

# numpy's BLAS threads spin while they wait: on a 2-core server they take the core that a hybrid search's
# lexical half needs (bench/search.py: 100k-chunk hybrid p95 53.9 → 40.8 ms with one thread). Our matrix
# products are matrix-vector, which one thread does as fast. An explicit setting still wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

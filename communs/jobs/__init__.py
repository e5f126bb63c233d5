"""Long jobs (De Facto dossiers…): a queue with workers in a fleet, the same jobs in process by default.

- :mod:`communs.jobs.store`: the job state (``queue_jobs``) in ``Settings.database_url``, read by every replica;
  a job is claimed before it runs and its outcome written once.
- :mod:`communs.jobs.runner`: job kinds (``@job_kind``) and ``execute``, the one way a job runs.
- :mod:`communs.jobs.queue`: ``open_queue(settings)``: submit / get / cancel; ``InProcessQueue`` (the
  embedded default: tasks of the API's event loop, no broker).
- :mod:`communs.jobs.fleet`: ``ProcrastinateQueue`` and ``run_worker`` (``communs worker``): PostgreSQL with
  procrastinate; why this library is said there.
"""

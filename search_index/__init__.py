"""Full-text search with Whoosh: a narrow adapter between the database and the index.

- `service.SearchService`: one per process; `apply_pending` / `catch_up` (follow the change
  log: `changelog` is where an index stands, `replicas` the register of indexes and pruning),
  `search`, `earlier` (similar questions), `reindex`, start-up checks.
- `documents`: what is indexed; `analysis`: the Dutch analyzer and query parser;
  `query`: filters, highlights and counts; `earlier` and `consistency`: "eerder gezegd".

No Flask here: the CLI, scripts and tests use it as the web app does.
"""

"""The store on a PostgreSQL server, for a team sharing one queue (team mode).

So far: its schema and migrations (:mod:`.schema`), applied on first connect as the
SQLite store's are. The store interface over it comes next; until then nothing in the
app or the CLI connects to PostgreSQL.
"""

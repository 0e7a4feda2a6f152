"""The store on a PostgreSQL server, for a team sharing one queue (team mode): its schema
and migrations (:mod:`.schema`), the connection and its faults (:mod:`.connection`), and
the lock that lets one program poll for the team (:mod:`.lock`). The store's modules
speak to it through :class:`monitor.store.sql.PgSql`.
"""

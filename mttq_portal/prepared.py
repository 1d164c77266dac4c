"""A queryset's SQL prepared once per PostgreSQL connection, then executed with new values.

For the site's hottest query (the article page's, once per reader) PostgreSQL spent more time
planning than running it: 0.2 to 0.6 ms of planning against 0.05 ms of execution at 100,000
articles, and Django about as long again building and compiling it. A prepared statement is
planned once per connection (PREPARE) and then only executed (EXECUTE).

The queryset stays the definition: it is compiled once with stand-in values, which are found
again among the compiled parameters and become the statement's numbered parameters. On other
databases (SQLite) the queryset itself is evaluated.
"""

import datetime as dt
import re
import weakref

from django.conf import settings
from django.db import DatabaseError, connection

_PLACEHOLDER = re.compile(r"%%|%s")
# psycopg2's "prepared statement ... does not exist": the session was reset under us.
_UNDEFINED_STATEMENT = "26000"


class StandIn(str):
    """A text parameter only itself is equal to, so that it can be found again."""

    def __eq__(self, other):
        return self is other

    __hash__ = str.__hash__


def stand_in_for(name, example):
    """Return a stand-in of `example`'s type: a StandIn for text, an improbable moment for a
    datetime (the ORM may copy a datetime, never change its value)."""
    if isinstance(example, dt.datetime):
        return dt.datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=dt.UTC)
    return StandIn(f"\x00{name}\x00")


class PreparedQuery:
    """`build(**values)` returns a queryset of `.values_list()` rows; `rows(**values)` returns
    its rows, from a statement prepared on PostgreSQL, from the queryset elsewhere.

    `examples` names the arguments of build() and gives one value of each one's type.
    """

    def __init__(self, name, build, *, wrap=None, prefix="", **examples):
        self.name, self.build, self.examples = name, build, examples
        # wrap(sql) -> the statement prepared around the queryset's SELECT (an UPDATE ...
        # WHERE id IN (SELECT ...) RETURNING ...), whose rows are then not the queryset's.
        # prefix: statements sent with each EXECUTE, in the same round trip and transaction.
        self.wrap, self.prefix = wrap, prefix
        self.statement = None
        self.prepared_on = weakref.WeakSet()  # the connections it is prepared on

    def _compile(self):
        stand_ins = {name: stand_in_for(name, value) for name, value in self.examples.items()}
        sql, params = self.build(**stand_ins).query.sql_with_params()
        order = []  # for each parameter of the statement: ("value", name) or ("constant", x)
        for param in params:
            name = next(
                (
                    n
                    for n, s in stand_ins.items()
                    if param is s or (type(s) is not StandIn and param == s)
                ),
                None,
            )
            order.append(("value", name) if name else ("constant", param))
        numbers = iter(range(1, len(order) + 1))
        text = _PLACEHOLDER.sub(lambda m: "%" if m.group() == "%%" else f"${next(numbers)}", sql)
        # The same statement with the driver's placeholders, for when nothing is prepared.
        direct = self.wrap(sql) if self.wrap else sql
        return (self.wrap(text) if self.wrap else text), direct, order

    def rows(self, **values):
        if connection.vendor != "postgresql":
            if self.wrap:
                raise NotImplementedError("a wrapped statement needs PostgreSQL")
            return list(self.build(**values))
        if self.statement is None:
            self.statement = self._compile()
        text, direct, order = self.statement
        arguments = [values[item] if kind == "value" else item for kind, item in order]
        if not settings.DATABASE_PREPARED_STATEMENTS:
            # Behind PgBouncer in transaction mode a statement prepared on one server
            # connection is unknown on the next: the statement is sent whole, still in one
            # round trip.
            with connection.cursor() as cursor:
                cursor.execute(self.prefix + direct, arguments)
                return cursor.fetchall()
        try:
            return self._execute(text, arguments)
        except DatabaseError as error:
            gone = getattr(error.__cause__, "pgcode", None) == _UNDEFINED_STATEMENT
            if not gone or connection.in_atomic_block:
                raise
            self.prepared_on.discard(connection.connection)
            return self._execute(text, arguments)

    def _execute(self, text, arguments):
        with connection.cursor() as cursor:
            raw = connection.connection
            if raw not in self.prepared_on:
                cursor.execute(f"PREPARE {self.name} AS {text}")
                self.prepared_on.add(raw)
            placeholders = ", ".join(["%s"] * len(arguments))
            cursor.execute(f"{self.prefix}EXECUTE {self.name}({placeholders})", arguments)
            return cursor.fetchall()

"""Flat companions of nested columns: a list (or list of structs) column as one row per element.

BI tools (Power BI, Tableau, Excel) read flat columns only; `entities.aliases` becomes
`entity_aliases(entity_id, alias)`, `events.quantities` becomes
`event_quantities(event_id, article_id, count, unit)`. The pairs are declared in
`schemas.tables.COMPANIONS`.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from schemas.tables import COMPANIONS, TABLES, Companion


def flatten_column(data: pa.Table, companion: Companion, schema: pa.Schema) -> pa.Table:
    """One row per element of `data[companion.column]`, with the parent's `companion.keys`.

    A struct element's fields become columns of the same names; a plain element fills the one
    column of `schema` that is not a key. Null lists and null elements give no row.
    """
    lists = data.column(companion.column).combine_chunks()
    parents = pc.list_parent_indices(lists)
    values = pc.list_flatten(lists)
    present = pc.is_valid(values)
    columns = {key: data.column(key).take(parents).filter(present) for key in companion.keys}
    value_names = [name for name in schema.names if name not in companion.keys]
    values = values.filter(present)
    if pa.types.is_struct(values.type):
        for name in value_names:
            columns[name] = pc.struct_field(values, name)
    else:
        (name,) = value_names
        columns[name] = values
    return pa.Table.from_pydict(columns, schema=schema)


def companions(table: str, data: pa.Table) -> dict[str, pa.Table]:
    """The flat companion tables of `table` (named as in schemas.tables.TABLES), from its rows `data`."""
    return {
        name: flatten_column(data, companion, TABLES[name])
        for name, companion in COMPANIONS.items()
        if companion.parent == table
    }

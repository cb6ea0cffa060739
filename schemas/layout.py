"""Names in a dataset folder that readers outside `flows.storage` need too.

Kept apart from `flows.storage` so that a reader (the report) gets them without importing the
storage package, which loads the extraction code and spaCy.
"""

# The DuckDB catalog of views over the current version's Parquet files.
CATALOG_NAME = "newsfacts.duckdb"
# The DuckDB variable the views read the dataset folder from, so a copied folder still works.
DIR_VARIABLE = "newsfacts_dir"

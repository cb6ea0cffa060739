"""`newsfacts report`: one self-contained HTML file of the dataset, readable from disk with no network.

Steps: data.py reads the rows with DuckDB, charts.py turns them into Vega-Lite specs,
render.py puts specs, tables and the evidence (articles, sentences) into report.html.
"""

from flows.report.render import REPORT_NAME, write_report

__all__ = ["REPORT_NAME", "write_report"]

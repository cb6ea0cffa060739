"""Every word list the extractors read, in one place: one module per vocabulary.

`entities` (closed classes of news vocabulary the entity rules read: sports verbs, event,
facility and institution head nouns), `events` (PLOVER trigger words and the word classes of
event arguments), `speech` (speech and reporting verbs, read by quotes and by entity typing).
Places are not words: they come from the transforms/gazetteer package.
"""

"""Who a pronoun or a role noun stands for, among the entities of one article.

`ArticleCoref(doc, found)` indexes the article once; `resolve(token)` maps the head of a
noun phrase ("he", "the Kremlin spokesman", "Mr. Peskov", "Netanyahu's office") to the index
of an entity in `found.entities`, or None. Pronouns take the nearest compatible antecedent
(number and gender), preferring grammatical subjects and recent speakers over other mentions;
role nouns take the person the article names with that role ("spokesman Dmitry Peskov",
"Georgiy Tykhyi, a spokesman for the ministry").

The package's modules are its steps: words (the closed word lists), grammar (what the parse says of
a phrase), article (the index of one article: sentences, mentions, genders, roles, kinds, salience),
pronouns (pronouns, epithets and role nouns to people) and institutions (common nouns to
organisations, places and states).
"""

from transforms.coref.article import ArticleCoref
from transforms.coref.grammar import first_name_gender, indefinite, participle_subject
from transforms.coref.words import SPEAKER_LABELS

__all__ = ["SPEAKER_LABELS", "ArticleCoref", "first_name_gender", "indefinite", "participle_subject"]

"""Direct, partial and reported quotes and who said them.

`quotes_and_speakers(doc, found)` finds the quotes below and returns them with the article's
entities, to which it adds the speakers NER missed; `extract_quotes(doc, found)` gives the quotes
alone. They find:
- direct quotes between marks of any style, one per run of quoted text: `"A," he said, "B."`
  gives two quotes with one speaker; a quote left open at a paragraph's end ends there;
- partial quotes, quoted fragments woven into a sentence (`called the talks "productive and
  constructive"`), kind 'partial';
- reported speech (`X said that ...`, `according to X, ...`), kind 'indirect'.

The package's modules are its steps: spans (quoted runs), kinds (direct, partial or no quote),
cues (speech verbs, from transforms/lexicon/speech.py, and their subjects, by rule), candidates (who might have said a quote),
features and model (the learned speaker model that ranks them; speaker_model.md is its card),
missed (speaker phrases naming someone NER missed, made entities), attribute (the steps put
together), reported (reported speech).
"""

from transforms.quotes.attribute import extract_quotes, quotes_and_speakers
from transforms.quotes.spans import Quote, find_quoted_runs

__all__ = ["Quote", "extract_quotes", "find_quoted_runs", "quotes_and_speakers"]

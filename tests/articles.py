"""English articles written for the tests (60+ words each, so that language detection can judge them)."""

HARBOUR = (
    "The city council of Port Elm voted on Tuesday to rebuild the old harbour wall, which storms "
    "damaged twice last winter.\n\n"
    "Mayor Ellen Brooks said the work would start in April and cost about 12 million dollars. "
    "\u201cWe cannot wait for another storm to take the fish market with it,\u201d she told reporters "
    "after the vote.\n\n"
    "Fishermen welcomed the decision but asked the council to keep one quay open during the works, "
    "so that the spring catch can still be landed in town."
)
BRIDGE = (
    "Engineers closed the Mill Road bridge over the River Dane on Monday after inspectors found "
    "cracks in two of its steel beams.\n\n"
    "The regional transport office said traffic would be diverted through Oakford for at least six "
    "weeks while the beams are replaced. Bus routes 4 and 9 will add ten minutes to their journeys.\n\n"
    "\u201cSafety comes first, even if it means longer trips for everyone,\u201d said Tom Reyes, "
    "who leads the inspection team."
)
LIBRARY = (
    "A public library opened in the village of Westcombe on Saturday, the first in the valley since "
    "the old reading room closed in 1998.\n\n"
    "Volunteers spent two years raising money for the building, a former post office on the main "
    "square. It holds about eight thousand books, a children's corner and four computers.\n\n"
    "Librarian Grace Okafor said more than three hundred people signed up for a card on the first day, "
    "far more than the organisers had expected."
)
FRENCH = (
    "Le conseil municipal a vot\u00e9 mardi la reconstruction du vieux mur du port, endommag\u00e9 deux "
    "fois par les temp\u00eates de l'hiver dernier. La maire a d\u00e9clar\u00e9 que les travaux "
    "commenceraient en avril et co\u00fbteraient environ douze millions d'euros. Les p\u00eacheurs ont "
    "salu\u00e9 la d\u00e9cision mais ont demand\u00e9 qu'un quai reste ouvert pendant les travaux, afin "
    "que la p\u00eache du printemps puisse encore \u00eatre d\u00e9barqu\u00e9e en ville."
)
FERRY = (
    "The night ferry between Kelby and the island of Rhoss will run again from May, the operator "
    "said on Thursday, after a two-year pause caused by a shortage of crew.\n\n"
    "Islanders had campaigned for the service, saying the early morning boat forced workers to leave "
    "home before five. The company has hired eleven sailors and trained four new officers.\n\n"
    "\u201cThe island needs the night boat to stay alive,\u201d said Ruth Calder, a baker on Rhoss."
)
SCHOOL = (
    "Pupils at Hillside Primary School returned to their classrooms on Wednesday, three weeks after a "
    "burst pipe flooded the ground floor during the winter holiday.\n\n"
    "Head teacher Omar Said thanked parents for their patience and said the new floors had been laid "
    "in record time. Lessons were held in the church hall and the sports centre while the work went on.\n\n"
    "The council said the repairs cost about 90 thousand pounds and were covered by insurance."
)

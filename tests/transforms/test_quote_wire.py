"""Speakers in wire copy (Reuters, AP, AFP, BBC, Guardian, Al Jazeera conventions), whole articles
written for the classes of #19: institutions as speakers with no entity from NER, a name after a role
noun, colon introductions and statements over several paragraphs, speakers after the quote, and
unnamed sources, who are nobody and not the person named nearby."""

import pytest

from transforms.entities import extract_entities
from transforms.quotes import quotes_and_speakers


def _speakers(nlp, text):
    doc = nlp(text)
    quotes, found = quotes_and_speakers(doc, extract_entities(doc), indirect=False)
    return quotes, found


def _speaker_of(quotes, found, opening):
    hits = [q for q in quotes if q.text.startswith(opening)]
    assert len(hits) == 1, f"no single quote opens with {opening!r}: {[q.text for q in quotes]}"
    cluster = hits[0].speaker_cluster
    return found.entities[cluster].name if cluster is not None else None


ARTICLES = [
    # Reuters: an unnamed resident, a group named in full, a ministry named by its country in lower case
    (
        'Shelling kills nine in besieged Sudanese city, monitors say\n'
        '\n'
        'NYALA, Sudan (Reuters) - Artillery fire on a camp for displaced families near the South Darfur city of Nyala killed nine people on Thursday, a local monitoring group said.\n'
        '\n'
        'The Darfur Bar Association, a group of lawyers that documents abuses in the region, said in a statement: "The shelling of a camp full of women and children is a war crime. Those who ordered it must be held to account."\n'
        '\n'
        'The Sudanese health ministry said it "has sent two medical teams to the camp and will open a field hospital."\n'
        '\n'
        '"The shells fell while people were queueing for water," a resident said, asking not to be named for fear of reprisals.\n'
        '\n'
        'Paramilitary spokesman Omar Tijani denied that his forces had fired on civilians. "We have never targeted the camps," Tijani said.',
        [('The shelling of a camp', 'Darfur Bar Association'), ('has sent two medical teams', 'Sudanese Health Ministry'), ('The shells fell', None), ('We have never targeted', 'Omar Tijani')],
    ),
    # AP: a dateline before a role noun and a name that opens with 'He'
    (
        'China says U.S. chip curbs "poison" trade ties\n'
        '\n'
        'BEIJING (AP) — China\'s Ministry of Foreign Affairs spokesperson He Xiaoming told a regular news briefing on Tuesday that Washington "keeps abusing the concept of national security."\n'
        '\n'
        'Hua Chenglin, an economist at Renmin University, said the measures would slow growth. "The damage will be felt on both sides of the Pacific," Hua said.\n'
        '\n'
        'The U.S. Commerce Department said in a statement that the rules "protect American technology from misuse."',
        [('keeps abusing the concept', 'He Xiaoming'), ('The damage will be felt', 'Hua Chenglin'), ('protect American technology', 'U.S. Commerce Department')],
    ),
    # AFP: 'wrote on Telegram:' closing a paragraph, then two quoted paragraphs
    (
        "Ukraine's Zelenskiy urges allies to speed up air defence deliveries\n"
        '\n'
        'KYIV (AFP) - Ukrainian President Volodymyr Zelenskiy called on Western allies on Sunday to deliver promised air defence systems faster after a night of Russian strikes on the power grid.\n'
        '\n'
        'Zelenskiy wrote on Telegram:\n'
        '\n'
        '"Every night Russia sends dozens of drones against our cities. Every delay in deliveries costs lives.\n'
        '\n'
        '"We need the systems now, not in the spring."\n'
        '\n'
        'Kremlin spokesman Dmitry Peskov told reporters that Moscow would continue the campaign. "Our goals remain unchanged," Peskov said.',
        [('Every night Russia sends', 'Volodymyr Zelenskiy'), ('We need the systems now', 'Volodymyr Zelenskiy'), ('Our goals remain unchanged', 'Dmitry Peskov')],
    ),
    # BBC: 'In a statement, the agency said:' then the statement; a quote open over two paragraphs
    (
        'Flood warnings issued as storm batters northern England\n'
        '\n'
        'The Environment Agency has issued more than 40 flood warnings as Storm Hanna brought heavy rain and gales to northern England, the BBC understands.\n'
        '\n'
        'In a statement, the agency said:\n'
        '\n'
        '"River levels are rising quickly across Cumbria and Lancashire. People should not drive through flood water."\n'
        '\n'
        'Local councillor Janet Pryce said residents in Keswick had been moving furniture upstairs since the morning. "We have seen this too many times," she said. "The defences were promised after the last floods and they still have not been built.\n'
        '\n'
        '"People here feel forgotten."',
        [('River levels are rising', 'Environment Agency'), ('We have seen this', 'Janet Pryce'), ('The defences were promised', 'Janet Pryce'), ('People here feel forgotten', 'Janet Pryce')],
    ),
    # Guardian: 'said a spokesman for the ministry, NAME' after the quote
    (
        'Egypt rejects claims over border crossing\n'
        '\n'
        'CAIRO — Egypt has denied that it blocked aid lorries at the Rafah crossing, after days of accusations from relief agencies.\n'
        '\n'
        '"The crossing has been open on our side throughout the war," said a spokesman for the foreign ministry, Tarek Mansour.\n'
        '\n'
        'Aid workers said the delays came from inspections on the other side. "We waited three days for clearance," said Lina Haddad, a logistics officer with the Norwegian Refugee Council.',
        [('The crossing has been open', 'Tarek Mansour'), ('We waited three days', 'Lina Haddad')],
    ),
    # Al Jazeera: 'the agency quoted X as saying', an office named by its country, 'according to X'
    (
        "Iran's president calls for talks, state media says\n"
        '\n'
        'TEHRAN (Al Jazeera) - Iran is ready to resume indirect talks with the United States if sanctions are eased, President Masoud Rahimi said on Wednesday, according to state media.\n'
        '\n'
        'The official IRNA news agency quoted Rahimi as saying: "We have never left the negotiating table, it is the other side that walked away."\n'
        '\n'
        'The Israeli prime minister\'s office said in a statement that Israel "will not accept any deal that leaves Iran on the threshold of a bomb."\n'
        '\n'
        'According to Foreign Minister Abbas Kazemi, "the ball is now in Washington\'s court."',
        [('We have never left', 'Masoud Rahimi'), ('will not accept any deal', "Israeli Prime Minister's Office"), ('the ball is now', 'Abbas Kazemi')],
    ),
    # Reuters: 'X, speaking to Y, said:' and 'In an interview with Y, X said:'
    (
        "Brazil's finance minister defends spending plan\n"
        '\n'
        "SAO PAULO (Reuters) - Brazil's finance minister defended the government's spending plan on Monday as markets sold off.\n"
        '\n'
        'Finance Minister Rafael Moura, speaking to reporters in Brasilia, said: "The fiscal framework is being respected and the deficit target will be met."\n'
        '\n'
        'In an interview with GloboNews, central bank governor Helena Vidal said: "Inflation expectations are still too high for us to cut rates."',
        [('The fiscal framework', 'Rafael Moura'), ('Inflation expectations', 'Helena Vidal')],
    ),
    # AP: a concession speech after the winner is named; 'one official told Reuters' is nobody named
    (
        'Mayor concedes defeat in tight race for city hall\n'
        '\n'
        "CHICAGO (AP) — Incumbent mayor Gregory Halvorsen conceded defeat on Tuesday night after challenger Maria Delgado won the city's mayoral race by fewer than 4,000 votes.\n"
        '\n'
        'Speaking to supporters at a downtown hotel after Delgado was declared the winner, Halvorsen said: "The voters have spoken and I respect their decision."\n'
        '\n'
        'Delgado thanked her volunteers. "This city is ready for a fresh start," she said.\n'
        '\n'
        'One official told Reuters that turnout was the highest in two decades. "We had lines out the door at every precinct," the official said.',
        [('The voters have spoken', 'Gregory Halvorsen'), ('This city is ready', 'Maria Delgado'), ('We had lines out the door', None)],
    ),
    # Reuters business: chief executive, 'the company said', 'analysts at X wrote in a note:'
    (
        'Chipmaker cuts forecast as demand for phones slows\n'
        '\n'
        'LONDON (Reuters) - Shares in British chip designer Arcturon fell 9% on Thursday after the company cut its annual revenue forecast, blaming weak demand for smartphones.\n'
        '\n'
        '"We are seeing customers run down their inventories for longer than we expected," Arcturon chief executive Priya Natarajan said on a call with analysts.\n'
        '\n'
        '"The second half will be better than the first," the company said in a statement.\n'
        '\n'
        'Analysts at Barclays wrote in a note to clients: "Guidance looks conservative, but the market will want proof of a recovery before it buys the shares again."',
        [('We are seeing customers', 'Priya Natarajan'), ('The second half', 'Arcturon'), ('Guidance looks conservative', 'Barclays')],
    ),
    # Guardian science: 'said Dr X, a scientist at Y who led the study'; 'she added'
    (
        'Scientists find water ice deep beneath Martian equator\n'
        '\n'
        '(The Guardian) Scientists have found evidence of large amounts of water ice buried beneath the equator of Mars, a discovery that could help future crewed missions.\n'
        '\n'
        '"It is a surprising result, because the equator is the warmest part of the planet," said Dr Elena Sorvino, a planetary scientist at the University of Padua who led the study.\n'
        '\n'
        'The European Space Agency, which operates the orbiter that collected the data, said the finding "changes how we plan landing sites."\n'
        '\n'
        'Sorvino\'s team used radar soundings from 2018 to 2023. "We now need to drill to confirm it," she added.',
        [('It is a surprising result', 'Elena Sorvino'), ('changes how we plan', 'European Space Agency'), ('We now need to drill', 'Elena Sorvino')],
    ),
    # AP: a police chief named, then 'the group said' for an organisation
    (
        'Pakistan police say bomb kills three officers\n'
        '\n'
        'PESHAWAR, Pakistan (AP) — A roadside bomb killed three police officers in northwestern Pakistan on Friday, police said.\n'
        '\n'
        'Regional police chief Imran Shah said the officers were escorting a polio vaccination team. "They gave their lives so that children could be protected," Shah said.\n'
        '\n'
        'The Pakistani Taliban denied involvement. "We have nothing to do with this attack," the group said in a message to journalists.',
        [('They gave their lives', 'Imran Shah'), ('We have nothing to do', 'Taliban')],
    ),
    # AFP: a government in exile named with an appositive, 'said in a statement:'
    (
        'Myanmar junta extends state of emergency\n'
        '\n'
        "YANGON (AFP) - Myanmar's military government extended the state of emergency by six months on Wednesday, state television reported.\n"
        '\n'
        'Junta spokesman Zaw Min Tun said elections would be held "when the country is peaceful and stable."\n'
        '\n'
        'The National Unity Government, the civilian administration in exile, said in a statement: "This extension is another step in the junta\'s illegal grab for power."',
        [('when the country is peaceful', 'Zaw Min Tun'), ('This extension is another step', 'National Unity Government')],
    ),
    # Guardian: an unnamed spokesperson speaks for the body named before 'spokesperson'; a statement's
    # paragraph under 'In a statement, the charity said ...' is the unnamed charity's, not the last speaker's
    (
        'Government faces legal challenge over asylum barges\n'
        '\n'
        'LONDON (Guardian) - The Home Office is facing a legal challenge from a refugee charity over its plan to house asylum seekers on barges moored off the south coast.\n'
        '\n'
        'A Home Office spokesperson said: "We will not apologise for taking the steps needed to reduce the cost of hotels to the taxpayer."\n'
        '\n'
        'Lawyers for the charity said the barges were unsafe. In a statement, the charity said it would ask the high court to halt the scheme.\n'
        '\n'
        '"Nobody should be made to live in conditions like these."',
        [('We will not apologise', 'Home Office'), ('Nobody should be made', None)],
    ),
    # AP: 'the city's mayor' is the mayor named before; 'he' after an unnamed worker is nobody named
    (
        'Mayor vows to rebuild after tornado\n'
        '\n'
        'JOPLIN, Mo. (AP) — Mayor Karen Whitfield toured the damaged neighborhoods on Saturday with Governor Dan Reyes, who promised state money for the cleanup.\n'
        '\n'
        '"We are going to rebuild every home and every school," the city\'s mayor said at a news conference.\n'
        '\n'
        'An emergency worker at the scene said crews were still searching collapsed buildings. "We have not given up on anyone," he said.\n'
        '\n'
        'The International Rescue Committee opened three shelters overnight. The aid group called the damage "the worst we have seen in this state in a decade."',
        [('We are going to rebuild', 'Karen Whitfield'), ('We have not given up', None), ('the worst we have seen', 'International Rescue Committee')],
    ),
    # Reuters: 'an army spokesman' and 'a resident' unnamed, not the spokesman named later
    (
        'Rebels seize mining town in eastern Congo\n'
        '\n'
        'GOMA, Congo (Reuters) - Rebels seized the mining town of Rubaya on Thursday after two days of fighting with government troops, residents and a United Nations source said.\n'
        '\n'
        'An army spokesman, who asked not to be named because he was not authorised to speak to the media, said: "Our troops withdrew to avoid civilian casualties."\n'
        '\n'
        '"The rebels came in the night and took over the market," a resident told Reuters by phone.\n'
        '\n'
        'Congolese government spokesman Patrick Kabongo, whose office is in Kinshasa, told a news conference that the rebels were "foreign forces in disguise."',
        [('Our troops withdrew', None), ('The rebels came in the night', None), ('foreign forces in disguise', 'Patrick Kabongo')],
    ),
    # AFP: the loser's quotes after the winner is named; 'X's office said'
    (
        'Opposition leader rejects election results\n'
        '\n'
        "HARARE (AFP) - Zimbabwe's main opposition leader on Sunday rejected the results of the presidential election, which gave President Tendai Moyo a second term with 53 percent of the vote.\n"
        '\n'
        '"This election was stolen in broad daylight," opposition leader Farai Chikore said at a news conference in Harare. "We will challenge it in the courts."\n'
        '\n'
        'Moyo\'s office said in a statement that the vote had been "free, fair and credible."\n'
        '\n'
        'Election observers from the Southern African Development Community said the count "fell short" of regional standards, without giving details.',
        [('This election was stolen', 'Farai Chikore'), ('We will challenge it', 'Farai Chikore'), ('free, fair and credible', 'Tendai Moyo')],
    ),
    # Reuters: 'a company spokesperson' speaks for the company named
    (
        'Tech giant fined over data breach\n'
        '\n'
        'BRUSSELS (Reuters) - European regulators fined the social media company Vantapix 310 million euros on Friday for failing to protect the personal data of its users.\n'
        '\n'
        '"Companies that collect data on this scale must protect it," Irish Data Protection Commissioner Aoife Brennan said in a statement.\n'
        '\n'
        'Vantapix said it would appeal. "We disagree with this decision and intend to appeal," a company spokesperson said in an emailed statement.',
        [('Companies that collect data', 'Aoife Brennan'), ('We disagree with this decision', 'Vantapix')],
    ),
    # Kyiv Independent: 'the Ukrainian air force said in a statement on Monday:' over two paragraphs
    (
        'Drone strikes hit Odesa port, officials say\n'
        '\n'
        'ODESA, Ukraine - Russian drones struck port facilities in Odesa overnight, injuring five people, regional governor Oleh Kiper said on Monday.\n'
        '\n'
        'Kiper wrote on Telegram that fires had broken out at two warehouses. "Emergency services are working at the scene," he wrote.\n'
        '\n'
        'The Ukrainian air force said in a statement on Monday:\n'
        '\n'
        '"During the night the enemy attacked with 58 drones. Air defence destroyed 41 of them.\n'
        '\n'
        '"The remaining drones were lost on location, probably because of electronic warfare."',
        [('Emergency services are working', 'Oleh Kiper'), ('During the night the enemy', 'Ukrainian Air Force'), ('The remaining drones', 'Ukrainian Air Force')],
    ),
    # Reuters: a group NER misses introduced with an appositive; 'spokesperson He X' NER misses
    (
        'Aid convoy turned back in besieged city\n'
        '\n'
        'PORT SUDAN (Reuters) - A convoy of 12 lorries carrying flour and medicine was turned back at a checkpoint outside Kutum on Sunday, volunteers said.\n'
        '\n'
        'The Mothers of Kutum, a rights group that tracks the war, said in a statement: "Families have eaten nothing but boiled leaves for a week."\n'
        '\n'
        'Army spokesperson Khalid Nour said the checkpoint was closed for security reasons. "The road will reopen when it is safe," Nour said.\n'
        '\n'
        'Ministry spokesperson He Weidong told reporters in Beijing that China "supports every effort to end the fighting."',
        [('Families have eaten nothing', 'Mothers of Kutum'), ('The road will reopen', 'Khalid Nour'), ('supports every effort', 'He Weidong')],
    ),
    # AP: 'the prime minister's office' is the prime minister's; 'the ministry' is the lower-case ministry named above, not the nearest organisation
    (
        'Israel strikes Beirut suburb\n'
        '\n'
        "BEIRUT (AP) — Israeli warplanes struck Beirut's southern suburbs on Thursday, Lebanon's state news agency said. Prime Minister Benjamin Netanyahu said the strikes targeted Hezbollah commanders.\n"
        '\n'
        'The prime minister\'s office said in a statement that Israel "will act wherever necessary to protect its citizens."\n'
        '\n'
        'Hezbollah said in a statement that its fighters had fired rockets at a military base. "The resistance will respond to every aggression," the group said.\n'
        '\n'
        'Lebanon\'s health ministry said three people were killed. "Two of the dead were paramedics," the ministry said.',
        [('will act wherever necessary', 'Benjamin Netanyahu'), ('The resistance will respond', 'Hezbollah'), ('Two of the dead were paramedics', "Lebanon's Health Ministry")],
    ),
    # AFP: 'who had threatened to ...' between name and verb; 'Speaking to reporters as he left, X said:'
    (
        'EU leaders agree on migration deal\n'
        '\n'
        'BRUSSELS (AFP) - European Union leaders agreed on Friday to tighten border controls after all-night talks.\n'
        '\n'
        '\n'
        'Hungarian Prime Minister Viktor Orban, who had threatened to block the deal, said it was "a step in the right direction but not enough."\n'
        '\n'
        'Speaking to reporters as he left the summit, Dutch Prime Minister Dick Schoof said: "We have made real progress on returns."\n'
        '\n'
        'Aid groups criticised the plan. Amnesty International called it "a shameful betrayal of people seeking safety."',
        [('a step in the right direction', 'Viktor Orban'), ('We have made real progress', 'Dick Schoof'), ('a shameful betrayal', 'Amnesty International')],
    ),
    # Reuters: 'a community leader, who asked not to be named,' is nobody named; 'said another resident, NAME'
    (
        'Gunmen kill 12 in Nigerian village\n'
        '\n'
        "KANO, Nigeria (Reuters) - Gunmen killed 12 people in an overnight attack on a village in northwest Nigeria's Zamfara state, police said on Monday.\n"
        '\n'
        'Police spokesman Yazid Abubakar said the attackers arrived on motorcycles. "They shot at anyone who tried to run," he said.\n'
        '\n'
        'A community leader, who asked not to be named, said: "We buried the dead this morning. Many people have fled to the town."\n'
        '\n'
        '"We need soldiers here, not promises," said another resident, Musa Garba.',
        [('They shot at anyone', 'Yazid Abubakar'), ('We buried the dead', None), ('We need soldiers here', 'Musa Garba')],
    ),
    # Al Jazeera: epithets for a person named before ('the 52-year-old', 'the father of five'); the outlet told is no speaker
    (
        'Gaza families wait for news at hospital\n'
        '\n'
        'DEIR EL-BALAH, Gaza (Al Jazeera) - Umm Ahmed has been sitting outside al-Aqsa Martyrs Hospital for two days, waiting for news of her son.\n'
        '\n'
        '"They told me he was taken to the operating room and nobody has come out since," the 52-year-old told Al Jazeera.\n'
        '\n'
        'Her neighbour, Khaled Saeed, said the family\'s house had been destroyed in the same strike. "We have nowhere to go back to," the father of five said.\n'
        '\n'
        'Dr Marwan al-Hams, the director of field hospitals in Gaza, said medical staff were exhausted. "We are working without electricity, without fuel and without anaesthetic," he said.',
        [('They told me he was taken', 'Umm Ahmed'), ('We have nowhere to go back', 'Khaled Saeed'), ('We are working without electricity', 'Marwan al-Hams')],
    ),
    # BBC: 'Mr X' and 'he told the BBC'; an office nobody names is nobody
    (
        'Former minister charged with corruption\n'
        '\n'
        'Former energy minister Tomasz Wrobel has been charged with accepting bribes worth 2 million zlotys, prosecutors said on Wednesday.\n'
        '\n'
        'Mr Wrobel denied the charges. "I have never taken a single zloty from anyone," he told the BBC. "This is political revenge."\n'
        '\n'
        'His lawyer, Anna Kowalczyk, said her client would fight the case in court. The prosecutor\'s office said the evidence was "overwhelming and documented."\n'
        '\n'
        'Justice Minister Adam Bodnar declined to comment on the case, but said: "Nobody is above the law in Poland."',
        [('I have never taken', 'Tomasz Wrobel'), ('This is political revenge', 'Tomasz Wrobel'), ('overwhelming and documented', None), ('Nobody is above the law', 'Adam Bodnar')],
    ),
    # AP: the loser of a runoff quoted after the winner is named, by a pronoun whose antecedent opens the sentence before
    (
        'Runoff winner promises unity\n'
        '\n'
        "BUCHAREST (AP) — Centrist mayor Mihai Lazar won Romania's presidential runoff on Sunday, defeating nationalist George Simion by nine percentage points.\n"
        '\n'
        'Simion initially refused to concede. In a post on Facebook late Sunday, he wrote: "The Romanian people have been deceived, but we will not give up."\n'
        '\n'
        'Lazar told supporters in Bucharest that the result belonged to everyone. "Today we won together, and tomorrow we start rebuilding trust," he said.\n'
        '\n'
        'European Council President Antonio Costa congratulated Lazar, saying Romania had "chosen a strong Europe."',
        [('The Romanian people have been deceived', 'George Simion'), ('Today we won together', 'Mihai Lazar'), ('chosen a strong Europe', 'Antonio Costa')],
    ),
    # Reuters: 'a company spokeswoman' after the company; 'he told BFM TV'; 'the minister said'
    (
        'Strike shuts French refineries\n'
        '\n'
        "PARIS (Reuters) - Workers at four of France's six refineries walked out on Tuesday in a dispute over pay, the CGT union said, raising fears of fuel shortages.\n"
        '\n'
        'TotalEnergies said the strike was "unjustified" given the pay rise it had offered. A company spokeswoman said: "We remain open to dialogue, but we will not renegotiate an agreement that has already been signed."\n'
        '\n'
        'Union delegate Eric Sellini said workers would not return until their demands were met. "The company made record profits and the workers want their share," he told BFM TV.\n'
        '\n'
        'Energy Transition Minister Agnes Pannier-Runacher urged both sides to talk. "Nobody wins if the pumps run dry," the minister said.',
        [('We remain open to dialogue', 'TotalEnergies'), ('The company made record profits', 'Eric Sellini'), ('Nobody wins if the pumps', 'Agnes Pannier-Runacher')],
    ),
    # Reuters: 'the army said' after 'the Sudanese army': its country, not the armed group named nearer
    (
        'Army says it repelled attack on El Fasher\n'
        '\n'
        "PORT SUDAN (Reuters) - The Sudanese army said on Friday it had repelled a major assault by the Rapid Support Forces on the city of El Fasher, its last stronghold in Sudan's Darfur region.\n"
        '\n'
        'The RSF said its fighters had taken control of two districts. "Our forces are advancing on all fronts," the group said in a statement.\n'
        '\n'
        '"The militia suffered heavy losses in men and equipment," the army said.',
        [('Our forces are advancing', 'Rapid Support Forces'), ('The militia suffered heavy losses', 'Sudan')],
    ),
]


@pytest.mark.parametrize("text, expected", ARTICLES)
def test_wire_articles(nlp, text, expected):
    quotes, found = _speakers(nlp, text)
    assert [(opening, _speaker_of(quotes, found, opening)) for opening, _ in expected] == expected


@pytest.mark.parametrize(
    "text, opening, name, label",
    [
        # a group NER misses, introduced by an appositive
        ('The Night Watchers, a rights group that counts the dead, said in a statement: "Nine bodies were found '
         'in the river this week."', "Nine bodies", "Night Watchers", "ORG"),
        # a name after a role noun, its first word read as a pronoun by the tagger
        ('Ministry spokesperson He Lan told reporters on Monday that the visit "will go ahead as planned."',
         "will go ahead", "He Lan", "PERSON"),
        # a ministry named by its country in lower case is a body of its own
        ('Floods cut roads across Peru. The Peruvian transport ministry said it "has sent engineers to every '
         'province."', "has sent engineers", "Peruvian Transport Ministry", "ORG"),
        # a lone surname NER missed, the subject of the speech verb: a person, named as the article names
        # them in full where it does so once
        ('Voters queued for hours in Tarrow county. "The machines broke down twice before noon," Quillfeather '
         'said.', "The machines broke down", "Quillfeather", "PERSON"),
        # the firm of the analysts who wrote the note
        ('Analysts at Corvell Partners wrote in a note: "The merger makes sense only if costs fall."',
         "The merger makes sense", "Corvell Partners", "ORG"),
    ],
)
def test_missed_speakers_become_entities(nlp, text, opening, name, label):
    quotes, found = _speakers(nlp, text)
    assert _speaker_of(quotes, found, opening) == name
    entity = next(e for e in found.entities if e.name == name)
    assert entity.label == label
    assert any(m.cluster == entity.cluster for m in found.mentions)


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        # a state's bare army or government speaks for the state, as the dev gold names it
        ('Protests spread across Chile on Monday. The Chilean army said it "had restored order in the capital."',
         "had restored order", "Chile"),
        # an unnamed spokesperson speaks for the body named before the noun, a seat of power too
        ('Talks resumed in Geneva on Friday. A Downing Street spokesperson said: "The prime minister welcomes '
         'the progress."', "The prime minister welcomes", "Downing Street"),
        # 'the authorities' are the state of the country the story is in
        ('Opposition rallies were banned across Belarus on Sunday. The authorities said the marches '
         '"threatened public order and safety."', "threatened public order", "Belarus"),
        # the agency only reports the words
        ('The state news agency quoted Mayor Ilse Brandt as saying: "The bridge will reopen in March."',
         "The bridge will reopen", "Ilse Brandt"),
        ('Local media cited Governor Tomas Reyes as saying "every school will stay closed until Friday."',
         "every school will stay", "Tomas Reyes"),
        # 'one official' and 'a witness' are nobody the article names
        ('Minister Karl Osei visited the port on Tuesday. One official told reporters the cranes were '
         '"older than anyone working here."', "older than anyone", None),
        ('Police chief Dana Ruiz arrived an hour later. A witness said: "The car did not even slow down."',
         "The car did not", None),
        # the byline names the writer, who says nothing
        ('Dam at risk after rains\n\nBy Marta Lindqvist\n\nSTOCKHOLM (Reuters) - Water poured over the Kall dam '
         'on Monday. "We have never seen rain like this in October," she said.', "We have never seen", None),
    ],
)
def test_bodies_reporters_and_unnamed_sources(nlp, text, opening, expected):
    quotes, found = _speakers(nlp, text)
    assert _speaker_of(quotes, found, opening) == expected

"""Builds tide-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B();
`python3 gen_gold.py --no-credits` writes gold.jsonl without them (the committed variant).
The Doc helper class (E/B/Q/QS/QP/S/EV) is copied from bench/gauge-wire."""
import json, os, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'docs')
NO_CREDITS = '--no-credits' in sys.argv
def txt(doc): return open(os.path.join(D, doc), encoding='utf-8').read()

class Doc:
    def __init__(self, name, outlet, published):
        self.name, self.t = name, txt(name)
        self.rec = {"doc": name, "url": None, "outlet": outlet, "published": published,
                    "entities": [], "quotes": [], "events": []}
    def E(self, name, typ, *aliases):
        self.rec["entities"].append({"name": name, "type": typ, "aliases": list(aliases)})
    def B(self, name, typ, *aliases):  # named only in a byline, a credit, a masthead or a footer line
        if not NO_CREDITS: self.E(name, typ, *aliases)
    def Q(self, start, speaker, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = self.t.index(start, i + 1)
        j = min(k for k in (self.t.find('"', i), self.t.find('\u201d', i)) if k != -1)
        self.rec["quotes"].append({"text": self.t[i:j], "speaker": speaker})
    def QS(self, start, speaker):  # quotation in single marks: ends at the next ' or right single mark
        i = self.t.index(start)
        j = min(k for k in (self.t.find("'", i), self.t.find('\u2019', i)) if k != -1)
        self.rec["quotes"].append({"text": self.t[i:j], "speaker": speaker})
    def QP(self, start, speaker):  # paragraph of a multi-paragraph quote: no closing mark, ends at line end
        i = self.t.index(start); j = self.t.index('\n', i)
        self.rec["quotes"].append({"text": self.t[i:j], "speaker": speaker})
    def S(self, start, end=None):
        i = self.t.index(start)
        if end is None:  # headline / whole line
            j = self.t.index('\n', i)
            return self.t[i:j]
        j = self.t.index(end, i) + len(end)
        return self.t[i:j]
    def EV(self, typ, actor, target, location, date, killed, injured, evidence, also=()):
        self.rec["events"].append({"type": typ, "actor": actor, "target": target, "location": location,
            "date": date, "killed": killed, "injured": injured, "evidence": evidence, "also": list(also)})

docs = []
# ---------------- t01 The Kyiv Independent: Russian drones on Kivsharivka (Kupiansk district); KABs on Saltivskyi (Kharkiv); Zelensky-Rutte call
d = Doc("t01.txt", "The Kyiv Independent", "2027-03-03"); docs.append(d)
d.E("The Kyiv Independent", "ORG")
d.B("Oksana Melnychuk", "PERSON")
d.E("Kivsharivka", "GPE")
d.E("Kharkiv Oblast", "GPE")
d.E("Kharkiv", "GPE")
d.E("State Emergency Service of Ukraine", "ORG")
d.E("Russia", "GPE")
d.E("Kupiansk", "GPE", "Kupiansk district")
d.E("Oleh Syniehubov", "PERSON", "Governor Oleh Syniehubov", "Syniehubov")
d.E("Saltivskyi", "GPE", "Saltivskyi district")
d.E("Ihor Terekhov", "PERSON", "Mayor Ihor Terekhov")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Kherson", "GPE")
d.E("Sumy Oblast", "GPE", "Sumy region")
d.E("NATO", "ORG")
d.E("Mark Rutte", "PERSON", "Rutte")
d.E("Office of the President of Ukraine", "ORG", "Presidential Office")
d.E("Ukraine", "GPE")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Bryansk Oblast", "GPE")
d.E("Zaporizhzhia", "GPE")
d.Q("The enemy knows there are no soldiers", "Oleh Syniehubov")
d.Q("The windows of almost two hundred", "Ihor Terekhov")
d.Q("We will board them up", "Ihor Terekhov")
d.QP("Every night Russia chooses drones", "Volodymyr Zelensky")
d.Q("Our partners have the tools", "Volodymyr Zelensky")
d.Q("working to speed up", "Mark Rutte")
d.EV("ASSAULT", "Russia", None, "Kivsharivka", "2027-03-02", 3, 6,
     d.S("Three civilians were killed and six others injured", "Syniehubov said."),
     [d.S("Russian drone attack kills three"),
      d.S("According to Syniehubov, at least four", "a grocery store."),
      d.S("The dead were a married couple", "he said."),
      d.S("A 12-year-old girl was among the injured.")])
d.EV("ASSAULT", "Russia", None, "Saltivskyi", "2027-03-02", None, 11,
     d.S("Earlier on Tuesday, Russian forces dropped", "two children."),
     [d.S("Russian drone attack kills three"),
      d.S("Mayor Ihor Terekhov said one of the bombs", "last year."),
      d.S("The State Emergency Service of Ukraine said in a statement", "by evening.")])
d.EV("CONSULT", "Volodymyr Zelensky", "Mark Rutte", None, None, None, None,
     d.S("Zelensky later held a phone call", "drone production."),
     [d.S("Rutte said on X that allies", "the deliveries.")])

# ---------------- t02 Radio Dabanga: drone strike on Um Sumeima camp (El Obeid, North Kordofan); SAF bombs El Nahud market; al-Burhan-Lamamra
d = Doc("t02.txt", "Radio Dabanga", "2027-03-05"); docs.append(d)
d.E("Radio Dabanga", "ORG")
d.E("Kordofan", "GPE")
d.E("Darfur", "GPE")
d.E("El Obeid", "GPE", "EL OBEID")
d.E("North Kordofan", "GPE", "North Kordofan state")
d.E("Sudan Doctors Network", "ORG")
d.E("El Nahud", "GPE", "EL NAHUD")
d.E("Um Sumeima", "GPE")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Hamid Adam Ismail", "PERSON")
d.E("Khadija Abakar", "PERSON")
d.E("El Fasher", "GPE")
d.E("Sudan", "GPE")
d.E("Sudanese Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs")
d.E("United Nations Security Council", "ORG", "UN Security Council")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("West Kordofan", "GPE")
d.E("Transitional Sovereignty Council", "ORG", "Sovereignty Council")
d.E("Abdel Fattah al-Burhan", "PERSON", "Gen. Abdel Fattah al-Burhan", "al-Burhan")
d.E("Ramtane Lamamra", "PERSON", "Lamamra")
d.E("Port Sudan", "GPE")
d.E("Sheldon Yett", "PERSON", "Yett")
d.E("UNICEF", "ORG")
d.E("Mohamed Hamdan Dagalo", "PERSON")
d.E("United Nations", "ORG", "UN")
d.E("Tawila", "GPE")
d.E("North Darfur", "GPE")
d.E("Babanusa", "GPE")
d.Q("at the busiest hour of the day", "Sudan Doctors Network")
d.Q("We buried eleven of them", "Hamid Adam Ismail")
d.QP("We ran from El Fasher", "Khadija Abakar")
d.Q("There is nowhere left in Sudan", "Khadija Abakar")
d.Q("a war crime committed", "Sudanese Ministry of Foreign Affairs")
d.Q("revenge on innocent traders", "Rapid Support Forces")
d.Q("using hunger as a weapon", "Ramtane Lamamra")
d.Q("Children in Kordofan are paying", "Sheldon Yett")
d.EV("ASSAULT", None, None, "Um Sumeima", "2027-03-03", 14, 23,
     d.S("EL OBEID / EL NAHUD - At least 14 people", "on Wednesday evening."),
     [d.S("Drone strike on displacement camp near El Obeid kills 14"),
      d.S("The Sudan Doctors Network blamed", "for the attack."),
      d.S("In a statement on Thursday, the network said", "of the day\"."),
      d.S("The RSF did not comment on the strike.")])
d.EV("ASSAULT", "Sudanese Armed Forces", None, "El Nahud", "2027-03-04", 7, None,
     d.S("On Thursday, Sudanese Armed Forces (SAF) warplanes", "since 2024."),
     [d.S("Local activists said seven people were killed."),
      d.S("An RSF statement described the raid", "vowed to respond.")])
d.EV("CONSULT", "Abdel Fattah al-Burhan", "Ramtane Lamamra", "Port Sudan", "2027-03-04", None, None,
     d.S("Sovereignty Council chairman Gen.", "the council said."),
     [d.S("Lamamra later told reporters", "as a weapon\".")])

# ---------------- t03 The EastAfrican (curly quotes): M23 attack on Kalembe (Masisi); Wazalendo ambush near Nyabiondo; Doha talks
d = Doc("t03.txt", "The EastAfrican", "2027-03-08"); docs.append(d)
d.B("The EastAfrican", "ORG", "THE EASTAFRICAN")
d.B("Fidèle Muhindo", "PERSON", "FIDÈLE MUHINDO")
d.B("Nation Media Group", "ORG", "NATION MEDIA GROUP")
d.E("M23", "ORG")
d.E("Masisi", "GPE", "Masisi territory")
d.E("Kalembe", "GPE")
d.E("Doha", "GPE")
d.E("Goma", "GPE", "GOMA")
d.E("North Kivu", "GPE", "North Kivu province")
d.E("Wazalendo", "ORG")
d.E("Nyabiondo", "GPE")
d.E("Kinshasa", "GPE")
d.E("Jean-Marie Kabamba", "PERSON", "Col. Jean-Marie Kabamba", "Col. Kabamba")
d.E("Lawrence Kanyuka", "PERSON")
d.E("Alliance Fleuve Congo", "ORG", "AFC")
d.E("Armed Forces of the Democratic Republic of Congo", "ORG", "FARDC")
d.E("Patrick Muyaya", "PERSON")
d.E("Rwanda", "GPE")
d.E("Kigali", "GPE")
d.E("Qatar", "GPE")
d.E("Qatari Ministry of Foreign Affairs", "ORG")
d.E("Léonie de Brabandere", "PERSON")
d.E("Ghent University", "ORG")
d.E("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "ORG", "MONUSCO")
d.E("Sake", "GPE")
d.E("Bukavu", "GPE")
d.E("South Kivu", "GPE")
d.E("Félix Tshisekedi", "PERSON", "Tshisekedi")
d.E("Democratic Republic of Congo", "GPE", "Congo")
d.E("United Nations", "ORG", "UN")
d.Q("They went from house to house", "Jean-Marie Kabamba")
d.Q("armed militiamen wearing civilian clothes", "Lawrence Kanyuka")
d.Q("a flagrant violation of the ceasefire", "Armed Forces of the Democratic Republic of Congo")
d.Q("Every bullet fired in Masisi", "Patrick Muyaya")
d.Q("Negotiators in Doha talk about maps", "Léonie de Brabandere")
d.EV("ASSAULT", "M23", None, "Kalembe", "2027-03-06", 9, 5,
     d.S("GOMA \u2013 Fighters of the M23", "the Congolese army said."),
     [d.S("M23 rebels accused of killing nine villagers"),
      d.S("Nine civilians killed, five wounded in Kalembe"),
      d.S("The administrator of Masisi territory", "alongside the army."),
      d.S("The Armed Forces of the Democratic Republic of Congo (FARDC) said", "right to respond.")])
d.EV("ASSAULT", "Wazalendo", "M23", "Nyabiondo", "2027-03-07", 4, None,
     d.S("A day later, Wazalendo fighters ambushed", "not to be named."),
     [d.S("Wazalendo fighters ambush rebels near Nyabiondo"),
      d.S("The M23 did not confirm its losses.")])
d.EV("CONSULT", "Democratic Republic of Congo", "M23", "Doha", "2027-03-07", None, None,
     d.S("Meanwhile, delegations from the Congolese government", "Foreign Affairs said."),
     [d.S("Kinshasa and M23 delegations meet in Doha"),
      d.S("The talks focused on a prisoner exchange", "Goma airport.")])

# ---------------- t04 L'Orient Today: Israeli drone on car near Aitaroun (Bint Jbeil); strikes on Kfar Roummane (Nabatieh); Aoun-Ortagus, Salam-Ortagus
d = Doc("t04.txt", "L'Orient Today", "2027-03-10"); docs.append(d)
d.E("L'Orient Today", "ORG")
d.B("Rania Haddad", "PERSON")
d.B("Kamal Shoaib", "PERSON")
d.E("Lebanon", "GPE")
d.E("Aitaroun", "GPE")
d.E("Joseph Aoun", "PERSON", "President Joseph Aoun", "Aoun")
d.E("United States", "GPE", "US")
d.E("Kfar Roummane", "GPE")
d.E("Nabatieh", "GPE", "Nabatieh district")
d.E("Beirut", "GPE", "BEIRUT")
d.E("Bint Jbeil", "GPE", "Bint Jbeil district")
d.E("Lebanese Ministry of Public Health", "ORG", "Health Ministry", "Ministry of Public Health")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Hezbollah", "ORG")
d.E("Israel Katz", "PERSON", "Israeli Defense Minister Israel Katz")
d.E("Israel", "GPE")
d.E("Ali Fawwaz", "PERSON")
d.E("Baabda", "GPE")
d.E("Morgan Ortagus", "PERSON", "Ortagus")
d.E("Nawaf Salam", "PERSON", "Prime Minister Nawaf Salam", "Salam")
d.E("Nabih Berri", "PERSON", "Parliament Speaker Nabih Berri")
d.E("Hassan Fadlallah", "PERSON")
d.E("Washington", "GPE")
d.E("United Nations Interim Force in Lebanon", "ORG", "UN Interim Force in Lebanon", "UNIFIL")
d.E("Marjayoun", "GPE")
d.E("Tyre", "GPE")
d.E("Paris", "GPE")
d.Q("eliminated two Hezbollah terrorists", "Israel Defense Forces")
d.Q("Anyone who rearms Hezbollah", "Israel Katz")
d.Q("People are counting the drones", "Ali Fawwaz")
d.Q("We rebuilt the school", "Ali Fawwaz")
d.Q("gives Hezbollah the excuse", "Joseph Aoun")
d.Q("The decision of war and peace", "Nawaf Salam")
d.Q("does not respect any agreement", "Hassan Fadlallah")
d.EV("ASSAULT", "Israel Defense Forces", None, "Aitaroun", "2027-03-09", 2, 1,
     d.S("BEIRUT - Two men were killed on Tuesday", "November 2024 ceasefire."),
     [d.S("Two killed in Israeli drone strike on car in Aitaroun"),
      d.S("The Ministry of Public Health said in a statement that the strike", "a passer-by."),
      d.S("The Israel Defense Forces (IDF) said it had", "Bint Jbeil district.")])
d.EV("ASSAULT", "Israel Defense Forces", None, "Kfar Roummane", "2027-03-09", None, 5,
     d.S("Hours later, Israeli warplanes carried out", "according to the ministry."),
     [d.S("The IDF said it had targeted a rocket launching site.")])
d.EV("CONSULT", "Joseph Aoun", "Morgan Ortagus", "Baabda", "2027-03-09", None, None,
     d.S("In Baabda, President Joseph Aoun met", "Litani River."),
     [d.S("Two killed in Israeli drone strike on car in Aitaroun"),
      d.S("Aoun told the envoy that", "from the presidency.")])
d.EV("CONSULT", "Nawaf Salam", "Morgan Ortagus", None, None, None, None,
     d.S("Prime Minister Nawaf Salam, who also met Ortagus", "a new war."),
     [d.S("\"The decision of war and peace", "Nabih Berri.")])

# ---------------- t05 The Irrawaddy: junta airstrike on Tha Pyay Kone monastery (Kani, Sagaing); PDF drones near Monywa; Min Aung Hlaing-Deng Xijun
d = Doc("t05.txt", "The Irrawaddy", "2027-03-12"); docs.append(d)
d.B("The Irrawaddy", "ORG")
d.E("Myanmar", "GPE", "Burma")
d.E("Sagaing", "GPE", "Sagaing Region")
d.E("Kani", "GPE", "Kani Township")
d.E("Tha Pyay Kone", "GPE")
d.E("Kani People's Defense Force", "ORG", "Kani PDF", "PDF")
d.E("Thuzana", "PERSON", "U Thuzana")
d.E("Zaw Min Tun", "PERSON", "Major General Zaw Min Tun")
d.E("National Unity Government", "ORG", "NUG")
d.E("Kyaw Zaw", "PERSON", "U Kyaw Zaw")
d.E("Monywa", "GPE")
d.E("Naypyitaw", "GPE")
d.E("Min Aung Hlaing", "PERSON", "Senior General Min Aung Hlaing")
d.E("China", "GPE")
d.E("Deng Xijun", "PERSON")
d.E("The Global New Light of Myanmar", "ORG")
d.E("Maung Maung Soe", "PERSON", "Dr. Maung Maung Soe")
d.E("Chiang Mai", "GPE")
d.E("Beijing", "GPE")
d.E("United Nations Office of the High Commissioner for Human Rights", "ORG")
d.E("Arakan Army", "ORG")
d.E("Rakhine", "GPE")
d.E("Mandalay", "GPE")
d.Q("The first bomb hit the dining hall", "Thuzana")
d.Q("We have painkillers for one more day", None)
d.Q("the regime is bombing the places", "Kyaw Zaw")
d.Q("Naypyitaw believes it has a green light", "Maung Maung Soe")
d.EV("ASSAULT", "Myanmar", None, "Tha Pyay Kone", "2027-03-10", 11, 17,
     d.S("Eleven civilians, including four children", "resistance group said."),
     [d.S("Junta Airstrike on Monastery Kills 11"),
      d.S("About 200 villagers displaced", "Defense Force (PDF)."),
      d.S("He said the dead included a novice monk aged nine."),
      d.S("The civilian National Unity Government (NUG) condemned the strike.")])
d.EV("ASSAULT", "Kani People's Defense Force", None, "Monywa", "2027-03-11", 3, None,
     d.S("On Thursday, the Kani PDF and allied fighters", "post on Facebook."),
     [d.S("The claim could not be independently verified.")])
d.EV("CONSULT", "Min Aung Hlaing", "Deng Xijun", "Naypyitaw", "2027-03-10", None, None,
     d.S("Meanwhile in Naypyitaw, junta chief", "Myanmar reported."),
     [d.S("The two discussed the regime's plans", "the paper said.")])

# ---------------- t06 Al Jazeera (curly quotes): settler attack on al-Mughayyir (Ramallah); drone strike in Tammun (Tubas); Abbas-Abdullah II in Amman
d = Doc("t06.txt", "Al Jazeera", "2027-03-15"); docs.append(d)
d.E("Al Jazeera", "ORG")
d.E("West Bank", "GPE")
d.E("al-Mughayyir", "GPE")
d.E("Tammun", "GPE")
d.B("Nour Odeh Salem", "PERSON")
d.E("Jamal Abu Alia", "PERSON")
d.E("Ramallah", "GPE", "Ramallah governorate")
d.B("Rami Khalaf", "PERSON")
d.B("AFP", "ORG")
d.E("Palestinian Ministry of Health", "ORG")
d.E("Amin Abu Alia", "PERSON")
d.E("Israel Defense Forces", "ORG")
d.E("Tubas", "GPE", "Tubas governorate")
d.E("Wafa", "ORG")
d.E("Yesh Din", "ORG")
d.E("Ziv Stahl", "PERSON")
d.E("Bezalel Smotrich", "PERSON", "Israeli Finance Minister Bezalel Smotrich")
d.E("Amman", "GPE")
d.E("Mahmoud Abbas", "PERSON", "Palestinian President Mahmoud Abbas")
d.E("Jordan", "GPE")
d.E("Abdullah II", "PERSON", "King Abdullah II bin Al-Hussein", "King Abdullah")
d.E("Gaza", "GPE")
d.E("Jordanian Royal Court", "ORG")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "OCHA")
d.E("Israel", "GPE")
d.E("Bethlehem", "GPE")
d.E("Cairo", "GPE")
d.Q("They came down from the hill outpost", "Amin Abu Alia")
d.Q("The soldiers fired tear gas", "Amin Abu Alia")
d.Q("a violent confrontation", "Israel Defense Forces")
d.Q("an armed terrorist cell", "Israel Defense Forces")
d.Q("What we see in al-Mughayyir", "Ziv Stahl")
d.Q("Land is emptied village by village", "Ziv Stahl")
d.Q("defending their homes", "Bezalel Smotrich")
d.Q("the army must act with full force", "Bezalel Smotrich")
d.Q("threatens to ignite the whole region", "Abdullah II")
d.EV("ASSAULT", None, None, "al-Mughayyir", "2027-03-14", 1, 8,
     d.S("Ramallah, occupied West Bank \u2013 A Palestinian man was killed", "Ministry of Health said."),
     [d.S("Palestinian killed as Israeli settlers storm al-Mughayyir village"),
      d.S("The ministry named the man as Jamal Abu Alia", "near his house."),
      d.S("Four of the wounded were hit by live fire", "it said in a statement."),
      d.S("Amin Abu Alia, the head of the village council", "stood by.")])
d.EV("ASSAULT", "Israel Defense Forces", None, "Tammun", "2027-03-14", 2, None,
     d.S("Hours later, an Israeli drone strike on a house in Tammun", "news agency Wafa."),
     [d.S("Israeli forces also kill two in drone strike in Tammun"),
      d.S("The military said it had struck", "attacks on troops.")])
d.EV("CONSULT", "Mahmoud Abbas", "Abdullah II", "Amman", "2027-03-14", None, None,
     d.S("In Amman, Palestinian President Mahmoud Abbas met", "Royal Court said."),
     [d.S("King Abdullah warned that settler violence", "to the statement.")])

# ---------------- t07 RFI: JNIM attack on the Sebba detachment (Yagha); Burkinabe drone strike near Mansila; Traoré-Goïta in Ouagadougou
d = Doc("t07.txt", "RFI", "2027-03-17"); docs.append(d)
d.E("RFI", "ORG")
d.E("Burkina Faso", "GPE")
d.E("Sebba", "GPE")
d.E("Dori", "GPE")
d.B("Issouf Zongo", "PERSON")
d.B("AFP", "ORG")
d.E("Ouagadougou", "GPE")
d.E("Yagha", "GPE", "Yagha province")
d.E("al-Qaeda", "ORG")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "Group for the Support of Islam and Muslims", "JNIM")
d.E("Az-Zallaqa", "ORG")
d.E("Volunteers for the Defence of the Homeland", "ORG", "VDP")
d.E("RTB", "ORG")
d.E("Pingdwendé Sawadogo", "PERSON")
d.E("Mansila", "GPE")
d.E("Ibrahim Traoré", "PERSON", "Captain Ibrahim Traoré", "Traoré")
d.E("Assimi Goïta", "PERSON", "General Assimi Goïta", "Goïta")
d.E("Alliance of Sahel States", "ORG", "AES")
d.E("Mathieu de Villepoix", "PERSON")
d.E("Clingendael Institute", "ORG")
d.E("Human Rights Watch", "ORG")
d.E("Mali", "GPE")
d.E("Kayes", "GPE")
d.E("Niger", "GPE")
d.Q("We hid under the beds", None)
d.Q("pool their air resources", "Ibrahim Traoré")
d.Q("a war imposed from outside", "Assimi Goïta")
d.Q("Our peoples will not kneel", "Assimi Goïta")
d.Q("The group now attacks fewer places", "Mathieu de Villepoix")
d.Q("Sebba has been under blockade", "Mathieu de Villepoix")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", None, "Sebba", "2027-03-15", 27, 14,
     d.S("Ouagadougou \u2013 At least 27 soldiers", "told RFI."),
     [d.S("Burkina Faso: jihadists kill 27 soldiers"),
      d.S("The al-Qaeda-linked Group for the Support", "weapons and vehicles."),
      d.S("According to two security sources, the assailants", "also stationed."),
      d.S("Among the dead were nine VDP members, one source said."),
      d.S("A Sebba resident reached by telephone", "four hours.")])
d.EV("ASSAULT", "Burkina Faso", None, "Mansila", "2027-03-16", None, None,
     d.S("On Tuesday, a Burkinabe drone strike near Mansila", "the army said."),
     [d.S("The figure could not be independently verified.")])
d.EV("CONSULT", "Ibrahim Traoré", "Assimi Goïta", "Ouagadougou", "2027-03-16", None, None,
     d.S("Captain Ibrahim Traoré, who seized power", "States (AES)."),
     [d.S("After the meeting, Traoré said", "jihadist groups."),
      d.S("Goïta told journalists at Ouagadougou airport", "from outside\".")])

# ---------------- t08 Garowe Online: al-Shabaab truck bomb at Balcad base (Middle Shabelle); AFRICOM strike near Jilib; Fiqi-Muhoozi in Mogadishu
d = Doc("t08.txt", "Garowe Online", "2027-03-19"); docs.append(d)
d.E("Garowe Online", "ORG")
d.E("Somalia", "GPE")
d.E("Al-Shabaab", "ORG", "al-Shabaab")
d.E("Middle Shabelle", "GPE", "Middle Shabelle region")
d.E("Somali National Army", "ORG")
d.E("Balcad", "GPE")
d.E("Mogadishu", "GPE", "MOGADISHU")
d.E("Radio Andalus", "ORG")
d.E("Abdiqadir Nur Hassan", "PERSON")
d.E("Abdullahi Ali Farah", "PERSON", "Colonel Abdullahi Ali Farah")
d.E("Somali Ministry of Defence", "ORG", "Ministry of Defence")
d.E("United States Africa Command", "ORG", "US Africa Command", "AFRICOM")
d.E("Jilib", "GPE")
d.E("Middle Juba", "GPE", "Middle Juba region")
d.E("Federal Government of Somalia", "ORG")
d.E("Ahmed Moalim Fiqi", "PERSON", "Defence Minister Ahmed Moalim Fiqi")
d.E("Uganda", "GPE")
d.E("Muhoozi Kainerugaba", "PERSON", "General Muhoozi Kainerugaba")
d.E("African Union Support and Stabilization Mission in Somalia", "ORG", "AUSSOM")
d.E("Hassan Sheikh Mohamud", "PERSON", "President Hassan Sheikh Mohamud")
d.E("Faduma Warsame", "PERSON")
d.E("Nairobi", "GPE")
d.E("al-Qaeda", "ORG")
d.E("Puntland", "GPE")
d.E("ISIS", "ORG")
d.E("United Nations", "ORG", "UN")
d.E("Bay", "GPE")
d.E("Bakool", "GPE")
d.Q("dozens of apostate soldiers", "Al-Shabaab")
d.Q("The soldiers stopped the second group", "Abdiqadir Nur Hassan")
d.Q("Someone opened that road", "Abdullahi Ali Farah")
d.Q("the enemy's desperate attacks", "Somali Ministry of Defence")
d.Q("not retreat one metre", "Hassan Sheikh Mohamud")
d.Q("Al-Shabaab wants the donors", "Faduma Warsame")
d.EV("ASSAULT", "Al-Shabaab", "Somali National Army", "Balcad", "2027-03-18", 9, 16,
     d.S("MOGADISHU, Somalia - At least nine soldiers", "military officials said."),
     [d.S("Al-Shabaab suicide bomber kills nine soldiers"),
      d.S("The blast, heard several kilometres away", "according to witnesses."),
      d.S("Gunmen then tried to storm the base", "short firefight."),
      d.S("Al-Shabaab claimed responsibility for the attack", "apostate soldiers\".")])
d.EV("ASSAULT", "United States Africa Command", "Al-Shabaab", "Jilib", "2027-03-17", 5, None,
     d.S("On Wednesday, the US Africa Command (AFRICOM) said", "Government of Somalia."),
     [d.S("The command said its initial assessment", "were harmed.")])
d.EV("CONSULT", "Ahmed Moalim Fiqi", "Muhoozi Kainerugaba", "Mogadishu", "2027-03-18", None, None,
     d.S("Meanwhile, Defence Minister Ahmed Moalim Fiqi met", "expires in June."))

# ---------------- t09 Miami Herald: Gran Grif attack on Savien (Artibonite); police-GSF operation in Delmas 30; Fils-Aimé-GSF/OAS meeting
d = Doc("t09.txt", "Miami Herald", "2027-03-22"); docs.append(d)
d.E("Miami Herald", "ORG", "MIAMI HERALD")
d.E("Gran Grif", "ORG")
d.E("Haiti", "GPE")
d.B("Caroline Joseph", "PERSON", "CAROLINE JOSEPH")
d.B("Mélissa Pierre-Louis", "PERSON", "MÉLISSA PIERRE-LOUIS")
d.B("Patrick Étienne", "PERSON")
d.B("Associated Press", "ORG", "AP")
d.E("Savien", "GPE")
d.E("Saint-Marc", "GPE")
d.E("Port-au-Prince", "GPE", "PORT-AU-PRINCE")
d.E("Artibonite", "GPE", "Artibonite department")
d.E("Jean-Robert Dorvilus", "PERSON")
d.E("Petite-Rivière-de-l'Artibonite", "GPE")
d.E("Luckson Elan", "PERSON")
d.E("United Nations", "ORG", "UN")
d.E("National Human Rights Defense Network", "ORG", "RNDDH")
d.E("Haitian National Police", "ORG")
d.E("Gang Suppression Force", "ORG", "GSF")
d.E("Delmas 30", "GPE")
d.E("Alix Didier Fils-Aimé", "PERSON", "Prime Minister Alix Didier Fils-Aimé", "Fils-Aimé")
d.E("Organization of American States", "ORG")
d.E("Jimmy Chérizier", "PERSON", "Barbecue")
d.E("Viv Ansanm", "ORG")
d.E("Marie-Yolène Célestin", "PERSON")
d.E("United States", "GPE", "U.S.")
d.E("Dominican Republic", "GPE")
d.Q("They shot people who were running", "Jean-Robert Dorvilus")
d.Q("An old man who could not run", "Jean-Robert Dorvilus")
d.Q("abandoned the peasants of the Artibonite", "National Human Rights Defense Network")
d.Q("We cannot let one gang hold", "Alix Didier Fils-Aimé")
d.Q("pay the price", "Jimmy Chérizier")
d.Q("The GSF arrives, the gangs leave", "Marie-Yolène Célestin")
d.EV("ASSAULT", "Gran Grif", None, "Savien", "2027-03-20", 12, 9,
     d.S("PORT-AU-PRINCE, Haiti - Gunmen from the Gran Grif gang", "said Sunday."),
     [d.S("Gran Grif gang kills 12 in Artibonite village"),
      d.S("The attackers, some wearing police uniforms", "Petite-Rivière-de-l'Artibonite."),
      d.S("Police confirmed that the attack was carried out", "Artibonite valley.")])
d.EV("ASSAULT", "Haitian National Police", None, "Delmas 30", "2027-03-20", 4, None,
     d.S("In Port-au-Prince, the Haitian National Police said", "on Saturday."),
     [d.S("The police did not say which gang", "belonged to.")])
d.EV("CONSULT", "Alix Didier Fils-Aimé", "Gang Suppression Force", None, "2027-03-21", None, None,
     d.S("Prime Minister Alix Didier Fils-Aimé met", "his office said."),
     [d.S("\"We cannot let one gang hold", "after the meeting.")])

# ---------------- t10 The Guardian: Mahmood's asylum bill passes second reading; Mahmood-Nuñez in London
d = Doc("t10.txt", "The Guardian", "2027-03-23"); docs.append(d)
d.B("The Guardian", "ORG")
d.B("Harriet Lowe", "PERSON")
d.B("Samir Qureshi", "PERSON")
d.B("PA Media", "ORG", "PA")
d.E("Shabana Mahmood", "PERSON", "Mahmood")
d.E("House of Commons", "ORG", "Commons")
d.E("Labour Party", "ORG", "Labour")
d.E("Richard Burgon", "PERSON")
d.E("Conservative Party", "ORG", "Conservative", "Tories")
d.E("Kemi Badenoch", "PERSON")
d.E("Keir Starmer", "PERSON", "Starmer")
d.E("Reform UK", "ORG")
d.E("Nigel Farage", "PERSON")
d.E("Liberal Democrats", "ORG", "Liberal Democrat")
d.E("Ed Davey", "PERSON")
d.E("Refugee Council", "ORG")
d.E("Laurent Nuñez", "PERSON")
d.E("London", "GPE")
d.E("France", "GPE")
d.E("Home Office", "ORG")
d.E("Calais", "GPE")
d.Q("If we do not fix this", "Shabana Mahmood")
d.Q("I am not prepared to let that happen", "Shabana Mahmood")
d.Q("This is not what people voted Labour for", "Richard Burgon")
d.Q("copying our homework", "Kemi Badenoch")
d.Q("lost control of the borders", "Keir Starmer")
d.Q("Temporary status means nothing", "Nigel Farage")
d.Q("leave thousands of people in limbo", "Refugee Council")
d.Q("The whips can count", None)
d.EV("CONSULT", "Shabana Mahmood", "Laurent Nuñez", "London", "2027-03-22", None, None,
     d.S("On Monday, Mahmood met the French interior minister", "before the summer."),
     [d.S("The Home Office said the two had agreed", "near Calais.")])

# ---------------- t11 AP: 4th Circuit rules against Maryland transit freeze; Moore-Van Hollen/Alsobrooks in Annapolis
d = Doc("t11.txt", "Associated Press", "2027-03-25"); docs.append(d)
d.E("Associated Press", "ORG", "AP")
d.B("Daniel Kessler", "PERSON", "DANIEL KESSLER")
d.B("Maria Torres-Grant", "PERSON", "MARIA TORRES-GRANT")
d.B("Julio Ramírez", "PERSON")
d.E("Donald Trump", "PERSON", "President Donald Trump", "Trump")
d.E("Maryland", "GPE", "Md.")
d.E("Wes Moore", "PERSON", "Gov. Wes Moore", "Moore")
d.E("Annapolis", "GPE")
d.E("Richmond", "GPE", "RICHMOND")
d.E("Virginia", "GPE", "Va.")
d.E("United States Congress", "ORG", "Congress")
d.E("United States Court of Appeals for the Fourth Circuit", "ORG", "4th U.S. Circuit Court of Appeals")
d.E("United States Department of Transportation", "ORG", "Department of Transportation")
d.E("Baltimore", "GPE")
d.E("Teresa M. Alvarado", "PERSON", "Judge Teresa M. Alvarado")
d.E("Sean Duffy", "PERSON", "Transportation Secretary Sean Duffy", "Duffy")
d.E("Supreme Court of the United States", "ORG", "Supreme Court")
d.E("Washington", "GPE")
d.E("United States Senate", "ORG", "Senate")
d.E("John Thune", "PERSON", "Senate Majority Leader John Thune")
d.E("Republican Party", "ORG", "Republicans", "Republican")
d.E("Democratic Party", "ORG", "Democratic")
d.E("Chuck Schumer", "PERSON")
d.E("Chris Van Hollen", "PERSON", "Van Hollen")
d.E("Angela Alsobrooks", "PERSON")
d.E("Andy Harris", "PERSON", "Rep. Andy Harris")
d.E("Larry Hogan", "PERSON", "Gov. Larry Hogan")
d.E("Nadia Petrosyan", "PERSON")
d.E("University of Maryland", "ORG")
d.Q("no authority to rewrite a statute", "Teresa M. Alvarado")
d.Q("Today the court said what we have said", "Wes Moore")
d.Q("We will keep fighting for taxpayers", "Sean Duffy")
d.Q("the bare minimum of respect", "Chuck Schumer")
d.Q("Baltimore has waited long enough", "Chris Van Hollen")
d.Q("a long history of broken promises", "Andy Harris")
d.Q("Courts have been remarkably consistent", "Nadia Petrosyan")
d.EV("CONSULT", "Wes Moore", "Chris Van Hollen", "Annapolis", "2027-03-24", None, None,
     d.S("Moore met Maryland Sens.", "his office said."),
     [d.S("Van Hollen told reporters after the meeting", "Red Line money.")])

# ---------------- t12 Financial Times (curly quotes): Nordhavn buys Castellan Logistics; advisers; CMA and European Commission review
d = Doc("t12.txt", "Financial Times", "2027-03-29"); docs.append(d)
d.E("Financial Times", "ORG", "FINANCIAL TIMES")
d.B("Tom Ellery", "PERSON")
d.B("Karen Holm", "PERSON")
d.E("Nordhavn", "ORG")
d.E("Castellan Logistics", "ORG", "Castellan")
d.E("United Kingdom", "GPE", "UK")
d.E("London", "GPE")
d.E("Copenhagen", "GPE")
d.E("Felixstowe", "GPE")
d.E("Marieke van Dijk", "PERSON", "Van Dijk")
d.E("Henrik Lindqvist", "PERSON", "Lindqvist")
d.E("Goldman Sachs", "ORG")
d.E("Lazard", "ORG")
d.E("Rothschild & Co", "ORG")
d.E("JPMorgan", "ORG")
d.E("BNP Paribas", "ORG")
d.E("Danske Bank", "ORG")
d.E("Competition and Markets Authority", "ORG", "CMA")
d.E("European Commission", "ORG")
d.E("Rotterdam", "GPE")
d.E("Sarah Cardell", "PERSON")
d.E("Brussels", "GPE")
d.E("Peel Hunt", "ORG")
d.E("Unite the Union", "ORG", "Unite")
d.E("Sharon Graham", "PERSON")
d.E("Hull", "GPE")
d.Q("Castellan gives us the warehouses", "Henrik Lindqvist")
d.Q("Ships alone are no longer enough", "Henrik Lindqvist")
d.Q("the full value of what this team", "Marieke van Dijk")
d.Q("faster and more predictable", "Sarah Cardell")
d.Q("We do not expect an easy ride", "Henrik Lindqvist")
d.Q("full but not excessive", "Peel Hunt")
d.Q("Our members are not cargo", "Sharon Graham")

# ---------------- t13 Reuters: ECB cuts rates to 1.75%; Lagarde-von der Leyen in Brussels
d = Doc("t13.txt", "Reuters", "2027-03-18"); docs.append(d)
d.E("Reuters", "ORG", "REUTERS")
d.B("Frieda Lang", "PERSON")
d.B("Marco Benedetti", "PERSON")
d.B("Kai Wendland", "PERSON")
d.B("Nick Mallard", "PERSON")
d.E("European Central Bank", "ORG", "ECB")
d.E("Christine Lagarde", "PERSON", "President Christine Lagarde", "Lagarde")
d.E("Frankfurt", "GPE", "FRANKFURT")
d.E("Germany", "GPE")
d.E("United States", "GPE", "U.S.")
d.E("Italy", "GPE")
d.E("Joachim Nagel", "PERSON", "President Joachim Nagel")
d.E("Deutsche Bundesbank", "ORG", "Bundesbank")
d.E("Governing Council of the European Central Bank", "ORG", "Governing Council")
d.E("Eurostat", "ORG")
d.E("European Commission", "ORG", "Commission")
d.E("Ursula von der Leyen", "PERSON", "President Ursula von der Leyen", "Von der Leyen")
d.E("Brussels", "GPE")
d.E("Katharina Brenner", "PERSON")
d.E("Commerzbank", "ORG")
d.E("ING", "ORG")
d.E("Washington", "GPE")
d.E("Philip Lane", "PERSON")
d.E("Dublin", "GPE")
d.E("Bank of England", "ORG")
d.Q("tilted to the downside", "European Central Bank")
d.Q("We are not on a pre-set path", "Christine Lagarde")
d.Q("We will look at every number", "Christine Lagarde")
d.Q("I would not use that word today", "Christine Lagarde")
d.Q("must invest at home", "Ursula von der Leyen")
d.Q("The ECB has finally admitted", "Katharina Brenner")
d.Q("We expect one more cut", "Katharina Brenner")
d.EV("CONSULT", "Christine Lagarde", "Ursula von der Leyen", "Brussels", "2027-03-17", None, None,
     d.S("Lagarde met European Commission President", "spokesperson said."),
     [d.S("Von der Leyen said after the meeting", "trade relief.")])

# ---------------- t14 BBC News: emperor penguin decline study in Nature Climate Change (Utrecht, Leeds, BAS)
d = Doc("t14.txt", "BBC News", "2027-03-04"); docs.append(d)
d.E("BBC News", "ORG")
d.B("Giulia Fenwick", "PERSON")
d.B("Getty Images", "ORG")
d.E("University of Leeds", "ORG")
d.E("Utrecht University", "ORG")
d.E("British Antarctic Survey", "ORG")
d.E("Nature Climate Change", "ORG")
d.E("Pieter van der Berg", "PERSON", "Dr Pieter van der Berg")
d.E("Amina Okafor", "PERSON", "Prof Amina Okafor")
d.E("Hannah Whitcombe", "PERSON", "Dr Hannah Whitcombe")
d.E("Natural Environment Research Council", "ORG")
d.E("Dutch Research Council", "ORG")
d.E("Rod Downie", "PERSON")
d.E("WWF", "ORG")
d.E("Hiroshima", "GPE")
d.E("United States", "GPE")
d.E("International Union for Conservation of Nature", "ORG")
d.E("Greenland", "GPE")
d.Q("We expected a decline", "Pieter van der Berg")
d.Q("In some bays, colonies", "Pieter van der Berg")
d.Q("Satellites let us see places", "Amina Okafor")
d.Q("What they showed us", "Amina Okafor")
d.Q("is a species running out of time", "Amina Okafor")
d.Q("There are still strongholds", "Hannah Whitcombe")
d.Q("but they are getting smaller", "Hannah Whitcombe")
d.Q("The emperor penguin is telling us", "Rod Downie")

# ---------------- t15 ERR News (curly quotes): Isamaa wins the Riigikogu election; Reinsalu-Kõlvart coalition talks
d = Doc("t15.txt", "ERR News", "2027-03-08"); docs.append(d)
d.E("ERR News", "ORG", "ERR")
d.B("Marta Kivi", "PERSON")
d.B("Kaupo Tamm", "PERSON")
d.E("Isamaa", "ORG")
d.E("Riigikogu", "ORG")
d.E("Reform Party", "ORG", "Reform")
d.E("Urmas Reinsalu", "PERSON", "Reinsalu")
d.E("Centre Party", "ORG", "Centre")
d.E("Tallinn", "GPE")
d.E("Estonia", "GPE")
d.E("State Electoral Office", "ORG")
d.E("Kristen Michal", "PERSON", "Prime Minister Kristen Michal", "Michal")
d.E("Conservative People's Party of Estonia", "ORG", "Conservative People\u2019s Party of Estonia", "EKRE")
d.E("Eesti 200", "ORG")
d.E("Mihhail Kõlvart", "PERSON", "Kõlvart")
d.E("Martin Helme", "PERSON")
d.E("Tõnis Saarts", "PERSON")
d.E("Tallinn University", "ORG")
d.E("Narva", "GPE")
d.E("Russia", "GPE")
d.E("Postimees", "ORG")
d.E("Petteri Orpo", "PERSON", "Prime Minister Petteri Orpo")
d.E("Finland", "GPE")
d.Q("Estonians voted for security", "Urmas Reinsalu")
d.Q("Tomorrow we start work", "Urmas Reinsalu")
d.Q("The voters have spoken clearly", "Kristen Michal")
d.Q("Reform will rebuild in opposition", "Kristen Michal")
d.Q("still far apart", "Mihhail Kõlvart")
d.Q("if Isamaa remembers what it promised", "Martin Helme")
d.Q("It is a workable majority", "Tõnis Saarts")
d.Q("stand together as neighbours and allies", "Petteri Orpo")
d.EV("CONSULT", "Urmas Reinsalu", "Mihhail Kõlvart", "Riigikogu", "2027-03-08", None, None,
     d.S("Reinsalu met Centre Party leader", "both parties said."),
     [d.S("Kõlvart told ERR News after the meeting", "Russian-language schools.")])

# ---------------- t16 Kyodo News: Takaichi-Prabowo summit in Tokyo; Motegi-Sugiono; Naruhito receives Prabowo
d = Doc("t16.txt", "Kyodo News", "2027-03-30"); docs.append(d)
d.B("Kyodo News", "ORG", "KYODO NEWS", "Kyodo")
d.E("Japan", "GPE")
d.E("Indonesia", "GPE")
d.E("Sanae Takaichi", "PERSON", "Prime Minister Sanae Takaichi", "Takaichi")
d.E("Prabowo Subianto", "PERSON", "President Prabowo Subianto", "Prabowo")
d.E("Tokyo", "GPE", "TOKYO")
d.E("China", "GPE")
d.E("Natuna", "GPE", "Natuna regency")
d.E("Pertamina", "ORG")
d.E("Inpex", "ORG", "Inpex Corp.")
d.E("Jakarta", "GPE")
d.E("Toshimitsu Motegi", "PERSON", "Foreign Minister Toshimitsu Motegi")
d.E("Sugiono", "PERSON")
d.E("Japanese Ministry of Foreign Affairs", "ORG", "Foreign Ministry")
d.E("Sjafrie Sjamsoeddin", "PERSON", "Defense Minister Sjafrie Sjamsoeddin")
d.E("Mitsubishi Heavy Industries", "ORG")
d.E("Nagasaki", "GPE")
d.E("Naruhito", "PERSON", "Emperor Naruhito")
d.E("Imperial Household Agency", "ORG")
d.E("Minoru Kihara", "PERSON", "Chief Cabinet Secretary Minoru Kihara")
d.E("India", "GPE")
d.E("Aditya Nugroho", "PERSON")
d.E("Centre for Strategic and International Studies", "ORG")
d.E("Beijing", "GPE")
d.E("Washington", "GPE")
d.E("Osaka", "GPE")
d.E("Philippines", "GPE")
d.E("Association of Southeast Asian Nations", "ORG", "ASEAN")
d.E("Kuala Lumpur", "GPE")
d.Q("Indonesia is an indispensable partner", "Sanae Takaichi")
d.Q("We will not allow the status quo", "Sanae Takaichi")
d.Q("free and active", "Prabowo Subianto")
d.Q("Indonesia is a friend to all", "Prabowo Subianto")
d.Q("the largest democracy in Southeast Asia", "Minoru Kihara")
d.Q("Jakarta wants Japanese ships", "Aditya Nugroho")
d.EV("CONSULT", "Sanae Takaichi", "Prabowo Subianto", "Tokyo", "2027-03-30", None, None,
     d.S("TOKYO - Japanese Prime Minister Sanae Takaichi and", "South China Sea."),
     [d.S("Takaichi, Prabowo agree to boost maritime security ties"),
      d.S("At their talks at the prime minister's office", "Japanese government."),
      d.S("\"Indonesia is an indispensable partner", "after the meeting."),
      d.S("The leaders witnessed the signing", "railway in Jakarta.")])
d.EV("CONSULT", "Toshimitsu Motegi", "Sugiono", "Tokyo", "2027-03-30", None, None,
     d.S("Earlier on Tuesday, Foreign Minister Toshimitsu Motegi", "in a statement."))
d.EV("CONSULT", "Naruhito", "Prabowo Subianto", "Tokyo", "2027-03-29", None, None,
     d.S("On Monday evening, Emperor Naruhito received Prabowo", "Agency said."))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

"""Builds glen-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B();
`python3 gen_gold.py --no-credits` writes gold.jsonl without them (the committed variant).
The Doc helper class (E/B/Q/QS/QP/S/EV) is copied unchanged from bench/gauge-wire (lines 5-42, with sed)."""
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
# ---------------- n01 Ukrinform: Russian missiles on Kramatorsk; drone on Sloviansk; Zelensky-Jetten call
d = Doc("n01.txt", "Ukrinform", "2027-05-03"); docs.append(d)
d.E("Ukrinform", "ORG")
d.E("Donetsk Oblast", "GPE", "Donetsk region")
d.E("Kramatorsk", "GPE")
d.E("State Emergency Service of Ukraine", "ORG", "State Emergency Service")
d.E("Vadym Filashkin", "PERSON", "Filashkin")
d.E("Donetsk Regional Military Administration", "ORG")
d.E("Dnipro", "GPE")
d.E("Iryna Moroz-Kovalenko", "PERSON")
d.E("Oleksandr Honcharenko", "PERSON")
d.E("Sloviansk", "GPE")
d.E("Vadym Liakh", "PERSON")
d.E("Russian Ministry of Defence", "ORG", "Russian Defence Ministry")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Rob Jetten", "PERSON", "Dutch Prime Minister Rob Jetten", "Jetten")
d.E("Ukraine Defense Contact Group", "ORG")
d.E("General Staff of the Armed Forces of Ukraine", "ORG")
d.E("Lyman", "GPE")
d.E("Siversk", "GPE")
d.B("Ukraine", "GPE")  # footer only ("main news of Ukraine"); otherwise only inside names
d.Q("The enemy hit a residential quarter", "Vadym Filashkin")
d.Q("First there was a whistle", "Iryna Moroz-Kovalenko")
d.Q("a temporary deployment point", "Russian Ministry of Defence")
d.Q("Every ballistic missile", "Volodymyr Zelensky")
d.Q("Decisions on air defense", "Volodymyr Zelensky")
d.EV("ASSAULT", "Russia", None, "Kramatorsk", "2027-05-02", 5, 17,
     d.S("Russian troops struck the centre", "ten-year-old girl."),
     [d.S("Russian missile strike on Kramatorsk kills five"),
      d.S("According to him, three of the wounded", "overnight."),
      d.S("The State Emergency Service said rescuers", "stairwell."),
      d.S("Forty-one apartments, a school gym", "damaged."),
      d.S("The Russian Defence Ministry claimed", "in Kramatorsk.")])
d.EV("ASSAULT", "Russia", None, "Sloviansk", "2027-05-03", None, 3,
     d.S("Overnight into Monday, a Russian", "Vadym Liakh, said."),
     [d.S("The house and a neighbouring garage burned down.")])
d.EV("CONSULT", "Volodymyr Zelensky", "Rob Jetten", None, "2027-05-02", None, None,
     d.S("On Sunday evening, President Volodymyr Zelensky", "Rob Jetten."),
     [d.S("\"Every ballistic missile", "after the call."),
      d.S("The Dutch government confirmed", "Contact Group.")])

# ---------------- n02 TASS: drones on Taganrog; debris fire in Novoshakhtinsk; 61 drones over southern Russia; Slyusar-Kurenkov
d = Doc("n02.txt", "TASS", "2027-05-04"); docs.append(d)
d.E("TASS", "ORG")
d.E("Taganrog", "GPE")
d.E("Yury Slyusar", "PERSON", "Rostov Region Governor Yury Slyusar", "Slyusar")
d.E("Rostov-on-Don", "GPE", "ROSTOV-ON-DON")
d.E("Rostov Oblast", "GPE", "Rostov Region")
d.E("Kyiv", "GPE", "Kiev")
d.E("Novoshakhtinsk", "GPE")
d.E("Russian Ministry of Defence", "ORG", "Russian Defense Ministry")
d.E("Krasnodar Krai", "GPE", "Krasnodar Territory")
d.E("Crimea", "GPE", "Republic of Crimea")
d.E("Alexander Kurenkov", "PERSON", "Russian Emergencies Minister Alexander Kurenkov", "Kurenkov")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON", "Kremlin spokesman Dmitry Peskov")
d.E("Beriev Aircraft Company", "ORG")
d.E("Svetlana Grigoryeva-Tsoi", "PERSON")
d.E("Bryansk Oblast", "GPE", "Bryansk region")
d.E("Vladimir Putin", "PERSON", "Putin")
d.E("Security Council of Russia", "ORG", "Security Council")
d.Q("Last night the Kiev regime", "Yury Slyusar")
d.Q("The work will be completed", "Alexander Kurenkov")
d.Q("only confirm the terrorist nature", "Dmitry Peskov")
d.Q("I grabbed my daughter", "Svetlana Grigoryeva-Tsoi")
d.EV("ASSAULT", "Ukraine", None, "Taganrog", "2027-05-04", 1, 4,
     d.S("One person was killed and four others", "Yury Slyusar said."),
     [d.S("One person killed, four injured in Ukrainian drone attack"),
      d.S("According to Yury Slyusar, a drone hit"),
      d.S("According to him, the drone struck", "Chekhov Street."),
      d.S("Two of the injured are in a moderate", "ministry said."),
      d.S("Kremlin spokesman Dmitry Peskov said on Tuesday", "Kiev authorities."),
      d.S("Svetlana Grigoryeva-Tsoi, a resident", "3:00 a.m.")])
d.EV("ASSAULT", "Ukraine", None, "Novoshakhtinsk", "2027-05-04", None, None,
     d.S("In Novoshakhtinsk, debris from a downed drone", "Slyusar added."),
     [d.S("The blaze covered about 300", "by morning."),
      d.S("No one was hurt there.")])
d.EV("ASSAULT", "Ukraine", "Russia", "Russia", "2027-05-04", None, None,
     d.S("The Russian Defense Ministry reported earlier", "Republic of Crimea."))
d.EV("CONSULT", "Yury Slyusar", "Alexander Kurenkov", "Rostov-on-Don", "2027-05-03", None, None,
     d.S("On Monday, Slyusar held a working meeting", "earlier attacks."),
     [d.S("The two discussed additional mobile shelters", "press service reported."),
      d.S("\"The work will be completed", "after the meeting.")])

# ---------------- n03 Sudan Tribune: RSF drones on Wad Madani market; Al-Hasaheisa fuel depot; Idris-al-Khair
d = Doc("n03.txt", "Sudan Tribune", "2027-05-05"); docs.append(d)
d.E("Sudan Tribune", "ORG", "ST")
d.E("Sudan", "GPE")
d.E("Gezira", "GPE", "Gezira state")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Wad Madani", "GPE", "WAD MADANI")
d.E("Gezira State Ministry of Health", "ORG")
d.E("Hanan Osman al-Tayeb", "PERSON")
d.E("Sudan Doctors Network", "ORG")
d.E("Al-Hasaheisa", "GPE")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("al-Tahir Ibrahim al-Khair", "PERSON", "Gezira Governor al-Tahir Ibrahim al-Khair")
d.E("Kamil Idris", "PERSON", "Prime Minister Kamil Idris", "Idris")
d.E("International Organization for Migration", "ORG", "IOM")
d.E("Khalid Ahmed Babiker", "PERSON")
d.E("University of Gezira", "ORG")
d.E("Port Sudan", "GPE")
d.E("Cairo", "GPE")
d.E("El Obeid", "GPE")
d.E("North Kordofan", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("Abdel Fattah al-Burhan", "PERSON", "Burhan")
d.E("Mohamed Hamdan Dagalo", "PERSON", "Dagalo")
d.E("Jeddah", "GPE")
d.Q("We were unloading tomatoes", "Hanan Osman al-Tayeb")
d.Q("a deliberate targeting", "Sudan Doctors Network")
d.Q("a cowardly act that will not", "al-Tahir Ibrahim al-Khair")
d.Q("The government will provide", "Kamil Idris")
d.Q("Every strike on a market", "Khalid Ahmed Babiker")
d.EV("ASSAULT", "Rapid Support Forces", None, "Wad Madani", "2027-05-04", 7, 23,
     d.S("WAD MADANI (May 5, 2027) - At least seven", "medical sources said."),
     [d.S("RSF drone strike on Wad Madani market kills seven"),
      d.S("The Gezira State Ministry of Health said", "Teaching Hospital."),
      d.S("Witnesses said three drones hit", "opened their shops."),
      d.S("The Sudan Doctors Network condemned", "terrorist organisation."),
      d.S("Gezira Governor al-Tahir", "of Gezira\".")])
d.EV("ASSAULT", "Rapid Support Forces", None, "Al-Hasaheisa", "2027-05-03", None, None,
     d.S("In a separate attack on Monday night", "alight."),
     [d.S("The Sudanese Armed Forces (SAF) said", "no one was hurt.")])
d.EV("CONSULT", "Kamil Idris", "al-Tahir Ibrahim al-Khair", "Wad Madani", "2027-05-04", None, None,
     d.S("Hours later, Prime Minister Kamil Idris", "to the state."),
     [d.S("\"The government will provide", "after the meeting.")])

# ---------------- n04 Radio Okapi: Mai-Mai Apa na Pale attack on Kabeke (Nyunzu); FARDC clash near Mpiana; governor-UNHCR in Kalemie
d = Doc("n04.txt", "Radio Okapi", "2027-05-06"); docs.append(d)
d.E("Radio Okapi", "ORG")
d.E("Tanganyika", "GPE", "Tanganyika province")
d.E("Nyunzu", "GPE", "Nyunzu territory")
d.E("Kalemie", "GPE")
d.B("Didier Kabamba Mwenze", "PERSON")
d.E("Mai-Mai Apa na Pale", "ORG")
d.E("Kabeke", "GPE")
d.E("Jean-Pierre Mukalay Ilunga", "PERSON")
d.E("Armed Forces of the Democratic Republic of the Congo", "ORG", "Armed Forces of the Democratic Republic of Congo", "FARDC")
d.E("Mpiana", "GPE")
d.E("Marc Elongo Nyembo", "PERSON", "Lieutenant Marc Elongo Nyembo", "Lieutenant Elongo")
d.E("Ange-Marie Kasongo wa Kasongo", "PERSON")
d.E("Christophe Ngoy Kabulo", "PERSON", "Governor Ngoy Kabulo")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("Aïssata Ndiaye-Berthet", "PERSON")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "OCHA")
d.E("Manono", "GPE")
d.Q("The victims were surprised", "Jean-Pierre Mukalay Ilunga")
d.Q("using the population as a shield", "Marc Elongo Nyembo")
d.Q("We alerted the authorities", "Ange-Marie Kasongo wa Kasongo")
d.Q("The province cannot face", "Christophe Ngoy Kabulo")
d.EV("ASSAULT", "Mai-Mai Apa na Pale", None, "Kabeke", "2027-05-04", 9, 6,
     d.S("At least nine civilians were killed", "Tanganyika province."),
     [d.S("Tanganyika: nine civilians killed in militia attack"),
      d.S("According to the administrator of Nyunzu", "thirty huts."),
      d.S("The wounded were evacuated", "medical sources said.")])
d.EV("ASSAULT", "Armed Forces of the Democratic Republic of the Congo", "Mai-Mai Apa na Pale", "Mpiana", "2027-05-05", 3, 1,
     d.S("On Wednesday, a unit of the Armed Forces", "Marc Elongo Nyembo."),
     [d.S("He said one soldier was slightly injured."),
      d.S("Lieutenant Elongo also accused", "towards the forest.")])
d.EV("CONSULT", "Christophe Ngoy Kabulo", "Aïssata Ndiaye-Berthet", "Kalemie", "2027-05-05", None, None,
     d.S("In Kalemie on Wednesday, the governor", "fled the violence."),
     [d.S("According to the governor's communication unit", "next week.")])

# ---------------- n05 Garowe Online: al-Shabaab attack on Faafax Dhuun base (Gedo); AFRICOM strike near Bardhere; Madobe-Murkomen
d = Doc("n05.txt", "Garowe Online", "2027-05-07"); docs.append(d)
d.E("Garowe Online", "ORG")
d.E("Somalia", "GPE")
d.E("al-Shabaab", "ORG", "Al-Shabaab")
d.E("Jubaland", "GPE")
d.E("Gedo", "GPE", "Gedo region")
d.E("Beled Hawo", "GPE")
d.E("Garbaharey", "GPE", "GARBAHAREY")
d.E("Bardhere", "GPE")
d.E("Faafax Dhuun", "GPE")
d.E("Abdirisaq Hassan Farah-Guure", "PERSON")
d.E("Radio Andalus", "ORG")
d.E("Faadumo Sheekh Aadan", "PERSON")
d.E("United States Africa Command", "ORG", "AFRICOM")
d.E("Federal Government of Somalia", "ORG")
d.E("Kismayo", "GPE")
d.E("Ahmed Madobe", "PERSON", "Jubaland President Ahmed Madobe", "Madobe")
d.E("Kenya", "GPE")
d.E("Kipchumba Murkomen", "PERSON", "Interior Cabinet Secretary Kipchumba Murkomen", "Murkomen")
d.E("Mandera", "GPE", "Mandera county")
d.E("Nairobi", "GPE")
d.E("Mogadishu", "GPE")
d.E("Hamza Mohamed Dirie", "PERSON")
d.E("Hiraal Institute", "ORG")
d.E("Puntland", "GPE")
d.Q("killed dozens of the terrorists", "Abdirisaq Hassan Farah-Guure")
d.Q("overrun the apostate base", "al-Shabaab")
d.Q("The explosion shook", "Faadumo Sheekh Aadan")
d.Q("Kenya and Jubaland face", "Kipchumba Murkomen")
d.Q("When Kismayo and Mogadishu argue", "Hamza Mohamed Dirie")
d.Q("The attack near Bardhere", "Hamza Mohamed Dirie")
d.EV("ASSAULT", "al-Shabaab", None, "Faafax Dhuun", "2027-05-06", 6, 11,
     d.S("GARBAHAREY, Somalia - At least six", "witnesses said."),
     [d.S("Al-Shabaab attack on Jubaland base in Gedo kills six soldiers"),
      d.S("The assault began with a suicide car bomb", "to the media."),
      d.S("Gedo regional governor", "in the fighting."),
      d.S("Al-Shabaab claimed responsibility", "military vehicles."),
      d.S("Residents of Faafax Dhuun said", "the fighting.")])
d.EV("ASSAULT", "United States Africa Command", "al-Shabaab", "Bardhere", "2027-05-06", None, None,
     d.S("Later on Thursday, the United States Africa Command", "Federal Government of Somalia."),
     [d.S("The command said its initial assessment", "harmed.")])
d.EV("CONSULT", "Ahmed Madobe", "Kipchumba Murkomen", "Kismayo", "2027-05-05", None, None,
     d.S("In Kismayo on Wednesday", "Mandera county."),
     [d.S("\"Kenya and Jubaland face", "police units."),
      d.S("Madobe's office said", "for trade.")])

# ---------------- n06 L'Orient Today: Israeli drone strikes near Nabatieh and in Maarakeh (Tyre); Aoun-Abagnara in Baabda
d = Doc("n06.txt", "L'Orient Today", "2027-05-08"); docs.append(d)
d.E("L'Orient Today", "ORG")
d.E("Lebanon", "GPE")
d.E("Israel", "GPE")
d.E("Nabatieh", "GPE", "NABATIEH")
d.E("Tyre", "GPE")
d.E("United Nations Interim Force in Lebanon", "ORG", "UNIFIL")
d.E("Joseph Aoun", "PERSON", "President Aoun", "President Joseph Aoun", "Aoun")
d.E("Lebanese Army", "ORG")
d.B("Rana Haddad-Moukarzel", "PERSON")
d.B("Karim Fakhreddine", "PERSON")
d.E("Kfar Roummane", "GPE")
d.E("Lebanese Ministry of Public Health", "ORG", "Health Ministry")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Hezbollah", "ORG")
d.E("Abbas Shuaib", "PERSON")
d.E("Maarakeh", "GPE")
d.E("Nawaf Salam", "PERSON", "Prime Minister Nawaf Salam")
d.E("United States", "GPE")
d.E("France", "GPE")
d.E("Diodato Abagnara", "PERSON", "Maj. Gen. Diodato Abagnara", "Abagnara")
d.E("Baabda", "GPE")
d.E("United Nations Security Council", "ORG", "UN Security Council")
d.E("Naqoura", "GPE")
d.E("Nadine Abi Raad-Chami", "PERSON")
d.E("Issam Fares Institute", "ORG")
d.E("American University of Beirut", "ORG")
d.E("Marjayoun", "GPE")
d.E("Khiam", "GPE")
d.Q("an orderly and gradual handover", "Joseph Aoun")
d.Q("a Hezbollah operative", "Israel Defense Forces")
d.Q("We heard the buzzing", "Abbas Shuaib")
d.Q("a flagrant violation", "Nawaf Salam")
d.Q("The Lebanese Army is ready", "Joseph Aoun")
d.Q("but it needs the means", "Joseph Aoun")
d.Q("the phased closure", "United Nations Interim Force in Lebanon")
d.Q("People see the blue helmets", "Nadine Abi Raad-Chami")
d.Q("For a farmer in Marjayoun", "Nadine Abi Raad-Chami")
d.EV("ASSAULT", "Israel Defense Forces", None, "Nabatieh", "2027-05-08", 2, None,
     d.S("NABATIEH — Two men were killed", "in a statement."),
     [d.S("Israeli strikes kill two near Nabatieh"),
      d.S("The Israel Defense Forces (IDF) said", "southern Lebanon.\u201d"),
      d.S("\u201cWe heard the buzzing", "grocery shop nearby."),
      d.S("Prime Minister Nawaf Salam called the strikes", "press Israel to stop.")])
d.EV("ASSAULT", "Israel", None, "Maarakeh", "2027-05-08", None, 3,
     d.S("Earlier on Saturday, an Israeli drone fired", "according to the ministry."),
     [d.S("Israeli strikes kill two near Nabatieh")])
d.EV("CONSULT", "Joseph Aoun", "Diodato Abagnara", "Baabda", "2027-05-07", None, None,
     d.S("The strikes came a day after President Joseph Aoun", "on Friday."),
     [d.S("As UNIFIL\u2019s withdrawal enters its final phase"),
      d.S("According to the presidency, the two discussed", "to the army."),
      d.S("\u201cThe Lebanese Army is ready", "to do so.\u201d"),
      d.S("UNIFIL said in a statement after the meeting", "eastern sector.\u201d")])

# ---------------- n07 The Irrawaddy: air force bombs Mae Kanin (Myawaddy); KNLA attack near Thingannyinaung; Naresuan Task Force-KNA in Mae Sot
d = Doc("n07.txt", "The Irrawaddy", "2027-05-10"); docs.append(d)
d.E("The Irrawaddy", "ORG")
d.E("Myanmar", "GPE", "Burma")
d.E("Mae Kanin", "GPE")
d.E("Myawaddy", "GPE", "Myawaddy Township")
d.E("Kayin State", "GPE", "Karen State")
d.B("Karen Information Center", "ORG")
d.E("Myanmar Air Force", "ORG")
d.E("Karen National Union", "ORG", "KNU")
d.E("Naw Paw Htoo", "PERSON")
d.E("Zaw Min Tun", "PERSON", "Major General Zaw Min Tun")
d.E("Karen National Liberation Army", "ORG", "KNLA")
d.E("Thingannyinaung", "GPE")
d.E("Thailand", "GPE")
d.E("Tak", "GPE", "Tak province")
d.E("Mae Sot", "GPE")
d.E("Royal Thai Army", "ORG", "Thai Army")
d.E("Naresuan Task Force", "ORG")
d.E("Kittipong Sirisawat", "PERSON", "Maj. Gen. Kittipong Sirisawat", "Maj. Gen. Kittipong")
d.E("Karen National Army", "ORG", "KNA")
d.E("Border Guard Force", "ORG")
d.E("Shwe Kokko", "GPE")
d.E("China", "GPE")
d.E("India", "GPE")
d.E("Ethiopia", "GPE")
d.E("Saw Htoo Klei Moo", "PERSON")
d.E("Saw Eh Kalu Shwe Oo", "PERSON")
d.E("Chiang Mai", "GPE")
d.E("Kawkareik", "GPE", "Kawkareik Township")
d.Q("We have no bunkers", "Naw Paw Htoo")
d.Q("deliberately punishing civilians", "Karen National Union")
d.Q("a KNLA training camp", "Zaw Min Tun")
d.Q("Thailand will not reopen", "Kittipong Sirisawat")
d.Q("closed more than twenty buildings", "Saw Htoo Klei Moo")
d.Q("The uniforms changed", "Saw Eh Kalu Shwe Oo")
d.EV("ASSAULT", "Myanmar Air Force", None, "Mae Kanin", "2027-05-08", 6, 9,
     d.S("Six civilians, including two children", "Karen National Union (KNU)."),
     [d.S("Junta Airstrike Kills Six Villagers Near Myawaddy"),
      d.S("The jet dropped two bombs", "The Irrawaddy."),
      d.S("Eleven houses and the village monastery were destroyed."),
      d.S("The KNU said in a statement on Sunday", "to the military."),
      d.S("Junta spokesman Major General", "been targeted."),
      d.S("Saw Eh Kalu Shwe Oo, a Karen researcher", "makeover.")])
d.EV("ASSAULT", "Karen National Liberation Army", None, "Thingannyinaung", "2027-05-09", 4, None,
     d.S("On Sunday, troops of the Karen National Liberation Army", "a KNLA officer said."),
     [d.S("The regime has not commented on the attack.")])
d.EV("CONSULT", "Kittipong Sirisawat", "Karen National Army", "Mae Sot", "2027-05-07", None, None,
     d.S("Across the border on Friday", "Shwe Kokko."),
     [d.S("According to the task force, the KNA", "into Thailand."),
      d.S("\"Thailand will not reopen", "after the meeting.")])

# ---------------- n08 Dawn: TTP attack on Sarai Naurang police station (Lakki Marwat); Domel suicide bombing (Bannu); Afridi-Naqvi
d = Doc("n08.txt", "Dawn", "2027-05-11"); docs.append(d)
d.E("Dawn", "ORG", "DAWN")
d.E("Pakistan", "GPE")
d.E("Khyber Pakhtunkhwa", "GPE", "KP")
d.E("Lakki Marwat", "GPE", "LAKKI MARWAT", "Lakki Marwat district")
d.B("Umar Farooq Wazir", "PERSON")
d.E("Sarai Naurang", "GPE")
d.E("Nazir Khan Marwat", "PERSON")
d.E("Tehreek-e-Taliban Pakistan", "ORG", "Tehreek-i-Taliban Pakistan", "TTP")
d.E("Domel", "GPE")
d.E("Bannu", "GPE", "Bannu district")
d.E("Inter-Services Public Relations", "ORG", "ISPR")
d.E("Sohail Afridi", "PERSON", "Khyber Pakhtunkhwa Chief Minister Sohail Afridi", "Afridi")
d.E("Mohsin Naqvi", "PERSON", "Federal Interior Minister Mohsin Naqvi")
d.E("Islamabad", "GPE")
d.E("Pakistani Ministry of Interior", "ORG", "Ministry of Interior")
d.E("Gul Rehman Khattak", "PERSON", "Malik Gul Rehman Khattak")
d.E("Dera Ismail Khan", "GPE")
d.E("Peshawar", "GPE")
d.QS("will find no refuge", "Sohail Afridi")
d.Q("Our men fought", "Nazir Khan Marwat")
d.Q("Terrorists who attack our police", "Sohail Afridi")
d.Q("a joint strategy to secure", "Pakistani Ministry of Interior")
d.Q("Every month we bury", "Gul Rehman Khattak")
d.EV("ASSAULT", "Tehreek-e-Taliban Pakistan", None, "Sarai Naurang", "2027-05-10", 4, 3,
     d.S("LAKKI MARWAT: Four policemen were martyred", "police said."),
     [d.S("Four policemen martyred in Lakki Marwat attack"),
      d.S("District Police Officer (DPO) Nazir Khan Marwat said", "a quadcopter."),
      d.S("The injured were shifted", "critical condition."),
      d.S("The proscribed Tehreek-i-Taliban Pakistan (TTP) claimed", "journalists.")])
d.EV("ASSAULT", None, None, "Domel", "2027-05-11", 2, 7,
     d.S("Separately, two soldiers were martyred", "(ISPR) said."),
     [d.S("According to the military's media wing", "in the area."),
      d.S("No group had claimed the Bannu bombing", "this report.")])
d.EV("CONSULT", "Sohail Afridi", "Mohsin Naqvi", "Islamabad", "2027-05-11", None, None,
     d.S("Later on Tuesday, Afridi met", "of the province."),
     [d.S("The Ministry of Interior said the two", "KP police.")])

# ---------------- n09 EFE: ELN-33rd Front clashes in Campo Giles (Tibú); drones on El Tarra base; Villamizar-Marín in Cúcuta
d = Doc("n09.txt", "EFE", "2027-05-12"); docs.append(d)
d.E("EFE", "ORG")
d.E("Colombia", "GPE")
d.E("National Liberation Army", "ORG", "ELN")
d.E("Revolutionary Armed Forces of Colombia", "ORG", "FARC")
d.E("Catatumbo", "GPE")
d.E("Cúcuta", "GPE")
d.E("33rd Front", "ORG")
d.E("Tibú", "GPE")
d.E("Norte de Santander", "GPE")
d.E("Colombian Ombudsman's Office", "ORG", "Ombudsman's Office")
d.E("Campo Giles", "GPE")
d.E("Iris Marín", "PERSON", "Ombudsman Iris Marín", "Marín")
d.E("Venezuela", "GPE")
d.E("El Tarra", "GPE")
d.E("Colombian Army", "ORG")
d.E("Second Division of the Colombian Army", "ORG", "Second Division")
d.E("William Villamizar", "PERSON", "Villamizar")
d.E("Jhon Jairo Quintero Pabón", "PERSON", "Quintero")
d.E("Catatumbo Peasant Association", "ORG", "Ascamcat")
d.E("Estado Mayor de Bloques y Frente", "ORG")
d.E("Constitutional Court of Colombia", "ORG", "Colombian Constitutional Court")
d.Q("The civilian population is once again", "Iris Marín")
d.Q("Catatumbo cannot go back", "William Villamizar")
d.Q("We sent letters", "Jhon Jairo Quintero Pabón")
d.Q("Nobody answered until", "Jhon Jairo Quintero Pabón")
d.Q("in defense of the communities", "33rd Front")
d.EV("ASSAULT", "National Liberation Army", "33rd Front", "Campo Giles", "2027-05-11", 7, 4,
     d.S("Cúcuta (Colombia), May 12 (EFE).- At least seven", "authorities reported."),
     [d.S("Seven dead in clashes between ELN and FARC dissidents"),
      d.S("The Ombudsman's Office said that five of the dead", "Campo Giles."),
      d.S("Four other civilians were wounded", "Tibú."),
      d.S("According to the Ombudsman's Office, at least 1,200", "were reported."),
      d.S("The 33rd Front, which is part of", "attacked civilians.")])
d.EV("ASSAULT", None, None, "El Tarra", "2027-05-10", None, 4,
     d.S("In a separate incident on Monday", "El Tarra."),
     [d.S("The Colombian Army's Second Division attributed", "did not comment.")])
d.EV("CONSULT", "William Villamizar", "Iris Marín", "Cúcuta", "2027-05-11", None, None,
     d.S("On Tuesday afternoon, the governor of Norte de Santander", "by the fighting."),
     [d.S("\"Catatumbo cannot go back", "after the meeting."),
      d.S("Marín said the two had agreed", "the church.")])

# ---------------- n10 BusinessDay: SARB cuts repo rate to 6.25% (business; no events)
d = Doc("n10.txt", "BusinessDay", "2027-05-27"); docs.append(d)
d.B("BusinessDay", "ORG")
d.B("Thandeka Mokoena-Pillay", "PERSON")
d.B("Freddy Mavunda-Lee", "PERSON", "FREDDY MAVUNDA-LEE")
d.B("Arena Holdings", "ORG")
d.E("South African Reserve Bank", "ORG", "SARB", "SA Reserve Bank", "Reserve Bank", "Bank")
d.E("South African Reserve Bank Monetary Policy Committee", "ORG", "MPC")
d.E("Lesetja Kganyago", "PERSON", "Governor Lesetja Kganyago", "Kganyago")
d.E("Pretoria", "GPE")
d.E("Statistics South Africa", "ORG")
d.E("Enoch Godongwana", "PERSON")
d.E("Nomvula Dlamini-Schutte", "PERSON")
d.E("Karoo Asset Managers", "ORG")
d.E("Pieter van Rensburg-Mahlangu", "PERSON")
d.E("Cape Fynbos Capital", "ORG")
d.E("Bureau for Economic Research", "ORG")
d.E("Standard Bank", "ORG")
d.E("Absa", "ORG")
d.E("Nedbank", "ORG")
d.E("FNB", "ORG")
d.E("Congress of South African Trade Unions", "ORG", "Cosatu")
d.Q("The disinflation we have seen", "Lesetja Kganyago")
d.Q("support investment and ease", "Enoch Godongwana")
d.Q("Two dissenting votes", "Nomvula Dlamini-Schutte")
d.Q("Real rates are still", "Pieter van Rensburg-Mahlangu")
d.Q("too little, too late", "Congress of South African Trade Unions")

# ---------------- n11 Nikkei Asia: G7 finance ministers in Charleston; Katayama-Bessent
d = Doc("n11.txt", "Nikkei Asia", "2027-05-21"); docs.append(d)
d.B("Nikkei Asia", "ORG")
d.B("Tsubasa Nakamura-Holt", "PERSON", "TSUBASA NAKAMURA-HOLT")
d.B("Nikkei Inc.", "ORG", "Nikkei")
d.B("Reuters", "ORG")
d.E("Group of Seven", "ORG", "G7")
d.E("Satsuki Katayama", "PERSON", "Japanese Finance Minister Satsuki Katayama", "Katayama")
d.E("Scott Bessent", "PERSON", "U.S. Treasury Secretary Scott Bessent", "Bessent")
d.E("Charleston", "GPE", "CHARLESTON")
d.E("South Carolina", "GPE")
d.E("United States", "GPE", "U.S.", "America")
d.E("Tokyo", "GPE")
d.E("Russia", "GPE", "Russian Federation")
d.E("Ukraine", "GPE")
d.E("Moscow", "GPE")
d.E("China", "GPE")
d.E("Japanese Ministry of Finance", "ORG", "Ministry of Finance")
d.E("Japan", "GPE")
d.E("Washington", "GPE")
d.E("Rachel Reeves", "PERSON", "British Chancellor Rachel Reeves")
d.E("Lars Klingbeil", "PERSON", "German Finance Minister Lars Klingbeil")
d.E("François-Philippe Champagne", "PERSON")
d.E("Canada", "GPE")
d.E("European Central Bank", "ORG")
d.E("Christine Lagarde", "PERSON", "European Central Bank President Christine Lagarde")
d.E("Bank of Japan", "ORG", "BOJ")
d.E("Kazuo Ueda", "PERSON", "Bank of Japan Governor Kazuo Ueda", "Ueda")
d.E("Hiroshi Okabe-Lindqvist", "PERSON")
d.E("Marunouchi Securities", "ORG")
d.Q("excessive volatility and disorderly", "Group of Seven")
d.Q("keep using the immobilized", "Group of Seven")
d.Q("We shared a strong sense", "Satsuki Katayama")
d.Q("Japan will take appropriate", "Satsuki Katayama")
d.Q("A strong dollar is in", "Scott Bessent")
d.Q("Nobody wins when markets", "Scott Bessent")
d.Q("carefully examine the impact", "Kazuo Ueda")
d.Q("Verbal support from Washington", "Hiroshi Okabe-Lindqvist")
d.Q("It does not change the interest", "Hiroshi Okabe-Lindqvist")
d.EV("CONSULT", "Group of Seven", None, "Charleston", "2027-05-20", None, None,
     d.S("CHARLESTON, U.S. -- Finance ministers", "to the dollar."),
     [d.S("G7 finance chiefs vow to watch"),
      d.S("The communique also committed", "on rare earths."),
      d.S("Bessent, who hosted the gathering", "weaker dollar."),
      d.S("British Chancellor Rachel Reeves", "Kazuo Ueda.")])
d.EV("CONSULT", "Satsuki Katayama", "Scott Bessent", "Charleston", "2027-05-19", None, None,
     d.S("Japanese Finance Minister Satsuki Katayama held", "2025 trade deal."),
     [d.S("Katayama and Bessent hold bilateral talks"),
      d.S("\u201cWe shared a strong sense", "after the talks.")])

# ---------------- n12 Fierce Pharma: Skovlund Pharma Q1, guidance cut (business; no events)
d = Doc("n12.txt", "Fierce Pharma", "2027-05-06"); docs.append(d)
d.B("Fierce Pharma", "ORG")
d.B("Caitlin Brennan-Okafor", "PERSON")
d.B("Questex LLC", "ORG")
d.E("Skovlund Pharma", "ORG", "Skovlund")
d.E("Hillerød", "GPE")
d.E("Denmark", "GPE")
d.E("United States", "GPE", "U.S.", "US")
d.E("Centers for Medicare & Medicaid Services", "ORG")
d.E("Food and Drug Administration", "ORG", "FDA")
d.E("Mette Vestergaard-Olsen", "PERSON", "Vestergaard-Olsen")
d.E("European Medicines Agency", "ORG", "EMA")
d.E("Germany", "GPE")
d.E("France", "GPE")
d.E("Nasdaq Copenhagen", "ORG")
d.E("Anders Bjørnholm Kjær", "PERSON")
d.E("Kalundborg", "GPE")
d.E("Novo Nordisk", "ORG")
d.E("Eli Lilly", "ORG")
d.E("Marcus Oyelaran-Beck", "PERSON", "Dr. Marcus Oyelaran-Beck")
d.E("Halyard Street Research", "ORG")
d.E("New York", "GPE")
d.E("European Association for the Study of Obesity", "ORG")
d.E("Lisbon", "GPE")
d.Q("We are selling more Velmira", "Mette Vestergaard-Olsen")
d.Q("That was the deal we chose", "Mette Vestergaard-Olsen")
d.Q("We are not cutting capacity", "Anders Bjørnholm Kjær")
d.Q("Skovlund is a one-product story", "Marcus Oyelaran-Beck")
d.Q("When the price of that product", "Marcus Oyelaran-Beck")

# ---------------- n13 Business Standard: Vindhya Steel Q4 FY27 results (business; no events)
d = Doc("n13.txt", "Business Standard", "2027-05-14"); docs.append(d)
d.B("Business Standard", "ORG")
d.B("Sudhir Raghavan-Menon", "PERSON")
d.E("Vindhya Steel", "ORG", "Vindhya Steel Ltd")
d.E("Kalinganagar", "GPE")
d.E("Odisha", "GPE")
d.E("Mumbai", "GPE")
d.E("BSE", "ORG")
d.E("Rajeshwari Iyengar-Bose", "PERSON")
d.E("Directorate General of Trade Remedies", "ORG", "DGTR")
d.E("China", "GPE")
d.E("Vietnam", "GPE")
d.E("South Korea", "GPE")
d.E("Mohammed Irfan Qureshi", "PERSON")
d.E("Tata Steel", "ORG")
d.E("JSW Steel", "ORG")
d.E("Ananya Krishnaswamy", "PERSON")
d.E("Kotwal Capital", "ORG")
d.E("Association of Southeast Asian Nations", "ORG", "ASEAN")
d.Q("This was the quarter", "Rajeshwari Iyengar-Bose")
d.Q("We sold everything", "Rajeshwari Iyengar-Bose")
d.Q("We will keep net debt", "Mohammed Irfan Qureshi")
d.Q("The safeguard duty is doing", "Ananya Krishnaswamy")
d.Q("Investors should ask", "Ananya Krishnaswamy")
d.Q("may mark the peak of this cycle", None)

# ---------------- n14 SciDev.Net: early dengue season and DENV-3 shift in Bangladesh (science; no events)
d = Doc("n14.txt", "SciDev.Net", "2027-05-17"); docs.append(d)
d.B("SciDev.Net", "ORG")
d.B("Farzana Rahman Chowdhury", "PERSON")
d.B("Sumon Hasan-Ali", "PERSON")
d.E("Bangladesh", "GPE")
d.E("Dhaka", "GPE", "DHAKA")
d.E("Mirpur", "GPE")
d.E("Bangladeshi Directorate General of Health Services", "ORG", "Directorate General of Health Services", "DGHS")
d.E("PLOS Neglected Tropical Diseases", "ORG")
d.E("Chattogram", "GPE")
d.E("icddr,b", "ORG")
d.E("Jahangirnagar University", "ORG")
d.E("Tahmina Akter Shelley", "PERSON")
d.E("Bangladesh Meteorological Department", "ORG")
d.E("Mohammad Shafiqul Islam Bhuiyan", "PERSON")
d.E("Dhaka North City Corporation", "ORG")
d.E("World Health Organization", "ORG")
d.E("Sanjay Mehta-Rao", "PERSON", "Dr. Sanjay Mehta-Rao")
d.E("Public Health Foundation of India", "ORG")
d.QP("People who were infected with DENV-2", "Tahmina Akter Shelley")
d.Q("We are already seeing more patients", "Tahmina Akter Shelley")
d.Q("Our control campaigns still", "Mohammad Shafiqul Islam Bhuiyan")
d.Q("Serotype shifts like this", "Sanjay Mehta-Rao")
d.Q("Countries that sequence early", "Sanjay Mehta-Rao")

# ---------------- n15 The Express Tribune: heatwave in Sindh, Jacobabad 51C (local; no events)
d = Doc("n15.txt", "The Express Tribune", "2027-05-24"); docs.append(d)
d.E("The Express Tribune", "ORG")
d.B("Shahid Ali Soomro-Baloch", "PERSON")
d.E("Karachi", "GPE", "KARACHI")
d.E("Sindh", "GPE")
d.E("Jacobabad", "GPE")
d.E("Larkana", "GPE")
d.E("Pakistan Meteorological Department", "ORG", "PMD", "Met Office")
d.E("Dadu", "GPE")
d.E("Mohenjo Daro", "GPE")
d.E("Sukkur", "GPE")
d.E("Punjab", "GPE")
d.E("Sardar Sarfaraz Abbasi", "PERSON", "Dr Sardar Sarfaraz Abbasi")
d.E("Rubina Memon-Jatoi", "PERSON", "Dr Rubina Memon-Jatoi")
d.E("Edhi Foundation", "ORG")
d.E("Murad Ali Shah", "PERSON", "Chief Minister Murad Ali Shah")
d.E("Lyari", "GPE")
d.E("Korangi", "GPE")
d.E("K-Electric", "ORG")
d.E("Hyderabad", "GPE")
d.E("Hyderabad Electric Supply Company", "ORG", "Hesco")
d.E("Ghulam Mustafa Khoso", "PERSON")
d.Q("A high-pressure system", "Sardar Sarfaraz Abbasi")
d.Q("We are putting patients", "Rubina Memon-Jatoi")
d.Q("illegal connections in high-loss", "K-Electric")
d.Q("People here cannot stop", "Ghulam Mustafa Khoso")

# ---------------- n16 Mmegi: extraordinary SADC summit in Gaborone; Boko-Tshisekedi
d = Doc("n16.txt", "Mmegi", "2027-05-31"); docs.append(d)
d.B("Mmegi", "ORG", "Mmegi Online")
d.B("Lawrence Seboko-Molefe", "PERSON", "LAWRENCE SEBOKO-MOLEFE")
d.B("Kagiso Ramotswa", "PERSON", "KAGISO RAMOTSWA")
d.E("Southern African Development Community", "ORG", "SADC")
d.E("Democratic Republic of the Congo", "GPE", "Democratic Republic of Congo", "Congo", "DRC")
d.E("Madagascar", "GPE")
d.E("Gaborone", "GPE")
d.E("Kinshasa", "GPE")
d.E("M23", "ORG", "AFC/M23")
d.E("Duma Boko", "PERSON", "President Duma Boko", "Boko")
d.E("Cyril Ramaphosa", "PERSON", "Ramaphosa")
d.E("South Africa", "GPE")
d.E("Félix Tshisekedi", "PERSON", "Felix Tshisekedi", "Tshisekedi")
d.E("Hakainde Hichilema", "PERSON")
d.E("Zambia", "GPE")
d.E("Samia Suluhu Hassan", "PERSON")
d.E("Tanzania", "GPE")
d.E("North Kivu", "GPE")
d.E("South Kivu", "GPE")
d.E("Elias Magosi", "PERSON", "SADC Executive Secretary Elias Magosi")
d.E("Doha", "GPE")
d.E("Antananarivo", "GPE")
d.E("Michael Randrianirina", "PERSON", "Colonel Michael Randrianirina")
d.E("Office of the President of Botswana", "ORG", "Office of the President")
d.E("Botswana", "GPE")
d.E("Kelebogile Mmusi-Tsheko", "PERSON", "Dr Kelebogile Mmusi-Tsheko")
d.E("University of Botswana", "ORG")
d.E("Lilongwe", "GPE")
d.E("Malawi", "GPE")
d.E("Tlokweng", "GPE")
d.E("Botswana Unified Revenue Service", "ORG", "BURS")
d.QP("Our region has spent too much", "Duma Boko")
d.Q("I ask each of you", "Duma Boko")
d.Q("welcomed the planned resumption", "Southern African Development Community")
d.Q("Botswana will support", "Duma Boko")
d.Q("ready to go to Doha", "Félix Tshisekedi")
d.Q("rewards those who took up arms", "Félix Tshisekedi")
d.Q("SADC is good at summits", "Kelebogile Mmusi-Tsheko")
d.Q("The real test will be", "Kelebogile Mmusi-Tsheko")
d.EV("CONSULT", "Southern African Development Community", None, "Gaborone", "2027-05-29", None, None,
     d.S("Heads of state and government of the Southern", "in Madagascar."),
     [d.S("SADC leaders back Congo talks"),
      d.S("The one-day summit, hosted by", "of Tanzania."),
      d.S("In its final communique, read by", "respect the ceasefire."),
      d.S("Madagascar's transitional president", "by video link.")])
d.EV("CONSULT", "Duma Boko", "Félix Tshisekedi", "Gaborone", "2027-05-28", None, None,
     d.S("On Friday evening, Boko held bilateral talks", "state-owned companies."),
     [d.S("\"Botswana will support", "from his office.")])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

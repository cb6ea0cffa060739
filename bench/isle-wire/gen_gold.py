"""Builds isle-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B();
`python3 gen_gold.py --no-credits` writes gold.jsonl without them (the committed variant).
The Doc helper class (E/B/Q/QS/QP/S/EV) is copied unchanged from bench/gauge-wire/gen_gold.py (lines 5-42)."""
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
# ---------------- i01 The Kyiv Independent: missile on Korosten (Zhytomyr Oblast); drones on Rivne energy site; combined strike; Zelensky-Nawrocki call
d = Doc("i01.txt", "The Kyiv Independent", "2027-05-03"); docs.append(d)
d.B("The Kyiv Independent", "ORG", "THE KYIV INDEPENDENT", "Kyiv Independent")
d.B("Iryna Dovhaniuk-Marsh", "PERSON")
d.B("State Emergency Service of Ukraine", "ORG")
d.E("Ukraine", "GPE")
d.E("Korosten", "GPE")
d.E("Rivne", "GPE")
d.E("Zhytomyr Oblast", "GPE")
d.E("Vitalii Bunechko", "PERSON", "Governor Vitalii Bunechko")
d.E("Halyna Ostrovska", "PERSON")
d.E("Rivne Oblast", "GPE")
d.E("Oleksandr Koval", "PERSON", "Governor Oleksandr Koval")
d.E("Ukrainian Air Force", "ORG", "Air Force")
d.E("Yurii Ihnat", "PERSON")
d.E("Ukrenergo", "ORG")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Karol Nawrocki", "PERSON", "Polish President Karol Nawrocki", "Nawrocki")
d.E("Poland", "GPE")
d.E("Office of the President of Ukraine", "ORG", "President's Office")
d.E("NATO", "ORG")
d.E("Russian Ministry of Defence", "ORG", "Russian Defense Ministry")
d.E("Kyiv", "GPE")
d.E("Serhii Lytvynchuk", "PERSON", "Lytvynchuk")
d.E("Russia", "GPE")
d.Q("The whole street shook", "Halyna Ostrovska")
d.Q("The whole street shook, and then", "Halyna Ostrovska")
d.Q("My neighbor's kitchen", "Halyna Ostrovska")
d.Q("The enemy deliberately chose", "Yurii Ihnat")
d.Q("The west and the north", "Yurii Ihnat")
d.Q("Every interceptor that reaches us", "Volodymyr Zelensky")
d.Q("a massive strike with high-precision", "Russian Ministry of Defence")
d.Q("We are burying our people", "Serhii Lytvynchuk")
d.EV("ASSAULT", "Russia", None, "Korosten", "2027-05-02", 4, 19,
     d.S("Four people were killed and 19 injured", "Vitalii Bunechko said."),
     [d.S("Russian missile strike on Korosten kills four"),
      d.S("Rescuers work at the site of a destroyed", "on May 2, 2027."),
      d.S("Among the injured were three children", "on Telegram."),
      d.S("Korosten, a railway hub", "missile in 2024.")])
d.EV("ASSAULT", "Russia", None, "Rivne", "2027-05-02", None, None,
     d.S("In neighboring Rivne Oblast, a swarm", "Oleksandr Koval reported."),
     [d.S("Russian missile strike on Korosten kills four"),
      d.S("No one was hurt, but about 41,000", "several hours."),
      d.S("Ukrenergo, the national grid operator", "by noon.")])
d.EV("ASSAULT", "Russia", "Ukraine", "Ukraine", "2027-05-02", None, None,
     d.S("Both attacks were part of a combined strike", "Air Force said."),
     [d.S("Air defenses downed 104 drones and six missiles."),
      d.S("The Russian Defense Ministry claimed", "Ukrainian army.")])
d.EV("CONSULT", "Volodymyr Zelensky", "Karol Nawrocki", None, "2027-05-02", None, None,
     d.S("Later on May 2, President Volodymyr Zelensky", "President's Office."),
     [d.S("\"Every interceptor that reaches us", "after the call."),
      d.S("He said Nawrocki had promised", "summit in July.")])

# ---------------- i02 Novaya Gazeta Europe: Ukrainian drones on Dzhankoi (Crimea); 38 drones over Crimea; Krasnoperekopsk depot
d = Doc("i02.txt", "Novaya Gazeta Europe", "2027-05-05"); docs.append(d)
d.E("Novaya Gazeta Europe", "ORG")
d.B("Artyom Kalinichenko-Roth", "PERSON")
d.B("Krymsky Veter", "ORG")
d.E("Dzhankoi", "GPE")
d.E("Crimea", "GPE")
d.E("Ukraine", "GPE")
d.E("Sergei Aksyonov", "PERSON", "Aksyonov")
d.E("Russian Ministry of Defence", "ORG", "Russian Defence Ministry")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Unmanned Systems Forces", "ORG")
d.E("Lilia", "PERSON")
d.E("Krasnoperekopsk", "GPE")
d.E("Atesh", "ORG")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Kyiv", "GPE")
d.E("Eskender Bariiev", "PERSON")
d.E("Crimean Tatar Resource Center", "ORG")
d.E("Federal Security Service", "ORG", "FSB")
d.E("Russia", "GPE")
d.Q("Debris fell on a private home", "Sergei Aksyonov")
d.Q("a radar of an S-400", "General Staff of the Armed Forces of Ukraine")
d.Q("I counted at least twelve bangs", "Lilia")
d.Q("After the third one", "Lilia")
d.Q("a fire at an industrial facility", "Sergei Aksyonov")
d.Q("a terrorist act against civilians", "Dmitry Peskov")
d.Q("bear full responsibility", "Dmitry Peskov")
d.Q("People live between the drones", "Eskender Bariiev")
d.Q("Both of them come at night.", "Eskender Bariiev")
d.EV("ASSAULT", "Ukraine", None, "Dzhankoi", "2027-05-05", 2, 5,
     d.S("Two people were killed and five others injured", "head of Crimea, said."),
     [d.S("Drones hit Dzhankoi airfield"),
      d.S("Ukraine's military says the strike destroyed"),
      d.S("Aksyonov wrote on Telegram that the dead", "from the base."),
      d.S("It said drones of the Unmanned Systems Forces", "storage point\"."),
      d.S("Residents told Novaya Gazeta Europe", "almost an hour."),
      d.S("Kremlin spokesman Dmitry Peskov described", "for it.")])
d.EV("ASSAULT", "Ukraine", None, "Crimea", "2027-05-05", None, None,
     d.S("The Russian Defence Ministry said air defences", "5 a.m."),
     [d.S("It did not mention any damage to military targets.")])
d.EV("ASSAULT", "Ukraine", None, "Krasnoperekopsk", "2027-05-05", None, None,
     d.S("A second Ukrainian drone attack overnight", "a large fire."),
     [d.S("Aksyonov confirmed \"a fire", "been hurt.")])

# ---------------- i03 Radio Dabanga: drone strike on Ed Damazin market (Blue Nile); SAF air strike near Yabus; Badi-OCHA meeting
d = Doc("i03.txt", "Radio Dabanga", "2027-05-07"); docs.append(d)
d.E("Radio Dabanga", "ORG", "Dabanga Sudan", "Dabanga")
d.B("Free Press Unlimited", "ORG")
d.B("Amsterdam", "GPE")
d.E("Ed Damazin", "GPE", "ED DAMAZIN")
d.E("Blue Nile", "GPE", "Blue Nile state")
d.E("Yabus", "GPE")
d.E("Emergency Lawyers", "ORG")
d.E("Ahmed al-Omda Badi", "PERSON", "Blue Nile Governor Ahmed al-Omda Badi", "Governor Badi")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Sudan People's Liberation Movement-North", "ORG", "SPLM-N")
d.E("Abdelaziz al-Hilu", "PERSON")
d.E("Roseires", "GPE")
d.E("Sudan", "GPE")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("Bau", "GPE", "Bau locality")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "OCHA")
d.E("Fatoumata Diallo-Keïta", "PERSON", "Diallo-Keïta")
d.E("Sudan News Agency", "ORG", "SUNA")
d.E("Mubarak Idris Kuku", "PERSON")
d.E("Geissan", "GPE")
d.QP("We received the wounded in pick-ups", None)
d.Q("We are short of blood", None)
d.Q("the livelihood of ordinary citizens", "Ahmed al-Omda Badi")
d.Q("heavy losses in lives", "Sudanese Armed Forces")
d.Q("Humanitarian access to the southern", "Fatoumata Diallo-Keïta")
d.Q("We ran from the fighting", "Mubarak Idris Kuku")
d.EV("ASSAULT", None, None, "Ed Damazin", "2027-05-06", 5, 12,
     d.S("Five people were killed and twelve others wounded", "told Dabanga."),
     [d.S("Drone strike on Ed Damazin market kills five"),
      d.S("The drone hit a row of vegetable", "its busiest."),
      d.S("Among the dead were a woman", "in the war."),
      d.S("No party claimed responsibility for the strike."),
      d.S("Blue Nile Governor Ahmed al-Omda Badi accused", "ordinary citizens\".")])
d.EV("ASSAULT", "Sudanese Armed Forces", "Sudan People's Liberation Movement-North", "Yabus", "2027-05-06", None, None,
     d.S("The Sudanese Armed Forces (SAF) said on Friday", "lives and equipment\"."),
     [d.S("Drone strike on Ed Damazin market kills five"),
      d.S("The claim could not be verified.")])
d.EV("CONSULT", "Ahmed al-Omda Badi", "United Nations Office for the Coordination of Humanitarian Affairs", "Ed Damazin", "2027-05-06", None, None,
     d.S("Later on Thursday, Governor Badi received", "in the city."),
     [d.S("The two discussed the needs", "SUNA reported."),
      d.S("\"Humanitarian access to the southern", "after the meeting.")])

# ---------------- i04 The Reporter: attack on Adaytu (Gabi Rasu, Afar); driver killed near Gedamaytu; Agegnehu-Awol Arba-Mustafe talks in Addis Ababa
d = Doc("i04.txt", "The Reporter", "2027-05-10"); docs.append(d)
d.E("The Reporter", "ORG", "The Reporter Ethiopia")
d.B("Bethlehem Worku-Alemayehu", "PERSON")
d.E("Adaytu", "GPE", "Adaytu kebele")
d.E("Afar", "GPE")
d.E("Gabi Rasu", "GPE", "Gabi Rasu Zone")
d.E("Addis Ababa", "GPE", "Addis")
d.E("Ali Mohammed Ahmedu", "PERSON")
d.E("Afar Regional Police", "ORG")
d.E("Somali Region", "GPE")
d.E("Abdirahman Sheikh Nur-Hassan", "PERSON")
d.E("Fatuma Hamadu", "PERSON")
d.E("Gedamaytu", "GPE")
d.E("Djibouti", "GPE")
d.E("House of Federation", "ORG", "House")
d.E("Agegnehu Teshager", "PERSON")
d.E("Awol Arba", "PERSON", "Haji Awol Arba")
d.E("Mustafe Muhumed Omer", "PERSON", "Mustafe")
d.E("Undufo", "GPE")
d.E("Ethiopian Broadcasting Corporation", "ORG", "EBC")
d.E("Ethiopian Human Rights Commission", "ORG", "EHRC")
d.E("Yonas Tesfaye-Gebremariam", "PERSON")
d.E("Addis Ababa University", "ORG")
d.Q("They came to kill", "Ali Mohammed Ahmedu")
d.Q("an independent investigation that looks", "Abdirahman Sheikh Nur-Hassan")
d.Q("I heard the shooting", "Fatuma Hamadu")
d.Q("When we came back", "Fatuma Hamadu")
d.Q("prevent further loss of life", "House of Federation")
d.Q("will not accept any attack", "Mustafe Muhumed Omer")
d.Q("peace and a final decision", "Awol Arba")
d.Q("The federal government keeps", "Yonas Tesfaye-Gebremariam")
d.Q("It is a constitutional problem", "Yonas Tesfaye-Gebremariam")
d.EV("ASSAULT", None, None, "Adaytu", "2027-05-08", 11, 16,
     d.S("At least eleven people were killed", "told The Reporter."),
     [d.S("Eleven killed in attack on Adaytu"),
      d.S("The attackers came on foot before dawn", "Afar Regional Police."),
      d.S("Afar regional officials blamed armed men", "Somali Region."),
      d.S("The wounded were taken to the Dubti", "critical condition."),
      d.S("Fatuma Hamadu, who lost her brother", "been asleep.")])
d.EV("ASSAULT", None, None, "Gedamaytu", "2027-05-09", 1, None,
     d.S("A day later, a lorry driver was shot dead", "police said."))
d.EV("CONSULT", "Agegnehu Teshager", "Awol Arba", "Addis Ababa", "2027-05-09", None, None,
     d.S("On Sunday, House of Federation Speaker", "in Addis Ababa."),
     [d.S("Eleven killed in attack on Adaytu"),
      d.S("A statement from the House said", "Adaytu, Undufo and Gedamaytu."),
      d.S("Speaking after the meeting, Mustafe said", "whoever they are\".")])

# ---------------- i05 Daily Nation: al-Shabaab IED near Milihoi (Lamu); KDF raid in Boni forest; Murkomen-Timamy meeting in Mokowe
d = Doc("i05.txt", "Daily Nation", "2027-05-12"); docs.append(d)
d.E("Daily Nation", "ORG", "NATION", "Nation")
d.B("Kalume Mwamburi-Johnson", "PERSON", "KALUME MWAMBURI-JOHNSON")
d.B("Nation Media Group", "ORG")
d.E("Lamu", "GPE", "Lamu County")
d.E("Kipchumba Murkomen", "PERSON", "Interior Cabinet Secretary Kipchumba Murkomen", "Mr Murkomen", "Murkomen")
d.E("al-Shabaab", "ORG", "Al-Shabaab")
d.E("Garsen", "GPE")
d.E("Milihoi", "GPE")
d.E("Lamu West", "GPE")
d.E("Rural Border Patrol Unit", "ORG")
d.E("Mpeketoni", "GPE")
d.E("Moses Chepkurui Kiprotich", "PERSON")
d.E("Nairobi", "GPE")
d.E("Somalia", "GPE")
d.E("Radio Andalus", "ORG")
d.E("Issa Timamy", "PERSON", "Governor Issa Timamy", "Governor Timamy")
d.E("Shadrack Wekesa Ouma", "PERSON")
d.E("Mokowe", "GPE")
d.E("Kenya Defence Forces", "ORG", "KDF")
d.E("Lamu East", "GPE")
d.E("Mary Wanjiru Kamau", "PERSON")
d.E("Hindi", "GPE")
d.E("Ruweida Obo", "PERSON")
d.E("Abdullahi Sheikh Abdi", "PERSON")
d.E("Horn Institute for Strategic Studies", "ORG")
d.E("Kenya", "GPE")
d.QS("We will not surrender Lamu", "Kipchumba Murkomen")
d.Q("The escort vehicle was leading", "Moses Chepkurui Kiprotich")
d.Q("destroyed a vehicle of the Kenyan", "al-Shabaab")
d.Q("We will not surrender Lamu to", "Kipchumba Murkomen")
d.Q("The road will stay open", "Kipchumba Murkomen")
d.Q("My children do not go", "Mary Wanjiru Kamau")
d.Q("Operations come and go", "Ruweida Obo")
d.Q("as a forward base", "Abdullahi Sheikh Abdi")
d.EV("ASSAULT", "al-Shabaab", "Rural Border Patrol Unit", "Milihoi", "2027-05-11", 3, 4,
     d.S("Three police officers were killed and four others", "police have said."),
     [d.S("'We will not surrender Lamu', Murkomen vows"),
      d.S("Al-Shabaab claims roadside bomb"),
      d.S("The officers, attached to the Rural Border Patrol Unit", "Moses Chepkurui Kiprotich said."),
      d.S("The Somalia-based al-Shabaab militant group claimed", "crusader forces\".")])
d.EV("ASSAULT", "Kenya Defence Forces", "al-Shabaab", "Lamu East", "2027-05-11", None, None,
     d.S("Also on Tuesday, the Kenya Defence Forces", "recovering explosives."),
     [d.S("The military did not give a number.")])
d.EV("CONSULT", "Kipchumba Murkomen", "Issa Timamy", "Mokowe", "2027-05-11", None, None,
     d.S("Interior Cabinet Secretary Kipchumba Murkomen, who flew", "in Mokowe."),
     [d.S("\"We will not surrender Lamu to", "after the meeting."),
      d.S("He said the government would deploy", "along the highway."),
      d.S("Governor Timamy asked for compensation", "Boni forest.")])

# ---------------- i06 AP: ambush on army patrol in Vizcatán del Ene (VRAEM, Junín); police helicopter hit near Llochegua
d = Doc("i06.txt", "Associated Press", "2027-05-14"); docs.append(d)
d.E("Associated Press", "ORG", "AP", "The Associated Press")
d.B("Francisco Huamán-Quispe", "PERSON", "FRANCISCO HUAMÁN-QUISPE")
d.B("Martín Mejía", "PERSON")
d.E("Peru", "GPE")
d.E("VRAEM", "GPE", "Valley of the Apurímac, Ene and Mantaro Rivers")
d.E("Pichari", "GPE")
d.E("Lima", "GPE", "LIMA")
d.E("Shining Path", "ORG")
d.E("Vizcatán del Ene", "GPE")
d.E("Junín", "GPE", "Junín region")
d.E("Joint Command of the Armed Forces of Peru", "ORG", "Joint Command of the Armed Forces")
d.E("Militarized Communist Party of Peru", "ORG")
d.E("Víctor Quispe Palomino", "PERSON", "Comrade José")
d.E("Ayacucho", "GPE")
d.E("Cusco", "GPE")
d.E("Walter Astudillo Rengifo", "PERSON", "Defense Minister Walter Astudillo Rengifo", "Astudillo")
d.E("Llochegua", "GPE")
d.E("National Police of Peru", "ORG", "National Police")
d.E("Yolanda Cárdenas Ccori", "PERSON")
d.E("Santa Rosa", "GPE")
d.E("United Nations Office on Drugs and Crime", "ORG")
d.E("Gustavo Maldonado Ccahuana", "PERSON")
d.E("Instituto de Defensa Legal", "ORG")
d.E("United Nations", "ORG", "UN")
d.Q("The terrorist criminals used", "Joint Command of the Armed Forces of Peru")
d.Q("We will not give up a single meter", "Walter Astudillo Rengifo")
d.Q("When soldiers die", "Yolanda Cárdenas Ccori")
d.Q("We want the state here", "Yolanda Cárdenas Ccori")
d.Q("The group is small", "Gustavo Maldonado Ccahuana")
d.Q("and it has money from cocaine.", "Gustavo Maldonado Ccahuana")
d.EV("ASSAULT", "Militarized Communist Party of Peru", None, "Vizcatán del Ene", "2027-05-13", 4, 3,
     d.S("LIMA, Peru (AP) — Four soldiers were killed", "said Friday."),
     [d.S("Four Peruvian soldiers killed in ambush"),
      d.S("The patrol was returning to its base", "in a statement."),
      d.S("It said the attackers belonged to", "\"Comrade José\"."),
      d.S("\"The terrorist criminals used", "the statement said."),
      d.S("Security analyst Gustavo Maldonado Ccahuana", "since 2023.")])
d.EV("ASSAULT", None, None, "Llochegua", "2027-05-13", None, None,
     d.S("Hours after the ambush, a police helicopter", "National Police said."),
     [d.S("The aircraft landed safely and no one on board was hurt.")])

# ---------------- i07 The National: AQAP attack on Shabwa Defence Forces checkpoint in Al Said; Al Alimi-Al Jaber in Riyadh
d = Doc("i07.txt", "The National", "2027-05-16"); docs.append(d)
d.E("The National", "ORG")
d.B("Ali Mujahed bin Dahman", "PERSON")
d.B("AFP", "ORG")
d.E("Yemen", "GPE")
d.E("Al Qaeda in the Arabian Peninsula", "ORG", "AQAP", "Al Qaeda")
d.E("Shabwa", "GPE")
d.E("Al Said", "GPE", "Al Said district")
d.E("Shabwa Defence Forces", "ORG")
d.E("Ataq", "GPE")
d.E("Mohammed Saleh bin Fareed", "PERSON", "Col Mohammed Saleh bin Fareed", "Col bin Fareed")
d.E("United Arab Emirates", "GPE", "UAE")
d.E("Al Malahem", "ORG")
d.E("Saad bin Atef Al Awlaki", "PERSON")
d.E("Abyan", "GPE")
d.E("Aden", "GPE")
d.E("Awad Al Wazir Al Awlaki", "PERSON", "Shabwa Governor Awad Al Wazir Al Awlaki")
d.E("Nasser Abdullah Ba Wazir", "PERSON")
d.E("Riyadh", "GPE")
d.E("Rashad Al Alimi", "PERSON", "Dr Al Alimi")
d.E("Presidential Leadership Council", "ORG")
d.E("Mohammed Al Jaber", "PERSON", "Mr Al Jaber")
d.E("Saba News Agency", "ORG", "Saba news agency", "Saba")
d.E("Houthis", "ORG", "Houthi militia")
d.E("Iran", "GPE")
d.E("Sanaa", "GPE")
d.E("Raiman bin Salim Al Hamdani", "PERSON")
d.E("Sanaa Center for Strategic Studies", "ORG")
d.E("Al Jawf", "GPE")
d.Q("The martyrs held their positions", "Mohammed Saleh bin Fareed")
d.Q("Four of the attackers were killed", "Mohammed Saleh bin Fareed")
d.Q("the agents of the occupation", "Al Qaeda in the Arabian Peninsula")
d.Q("People are tired.", "Nasser Abdullah Ba Wazir")
d.Q("terrorist groups and the Houthi militia", "Rashad Al Alimi")
d.Q("full support for the legitimate", "Mohammed Al Jaber")
d.Q("Every time the coalition partners", "Raiman bin Salim Al Hamdani")
d.Q("Shabwa is where that gap", "Raiman bin Salim Al Hamdani")
d.EV("ASSAULT", "Al Qaeda in the Arabian Peninsula", "Shabwa Defence Forces", "Al Said", "2027-05-15", 6, 9,
     d.S("Six soldiers were killed and nine injured", "officials said."),
     [d.S("Al Qaeda attack on Shabwa checkpoint kills six soldiers"),
      d.S("Assault in Al Said district is the deadliest"),
      d.S("The attackers stormed the post in Al Said district", "backed by the UAE."),
      d.S("AQAP claimed responsibility in a statement", "of the occupation\"."),
      d.S("Doctors at Ataq General Hospital said", "their injuries."),
      d.S("Shabwa Governor Awad Al Wazir Al Awlaki condemned", "on the road.")])
d.EV("CONSULT", "Rashad Al Alimi", "Mohammed Al Jaber", "Riyadh", "2027-05-15", None, None,
     d.S("In Riyadh on Saturday, Rashad Al Alimi", "agency reported."),
     [d.S("According to Saba, Dr Al Alimi said", "the agency said.")])

# ---------------- i08 Middle East Eye: Israeli strike on al-Tuffah school shelter (Gaza City); drone strike in Shujaiya; Hamas-Rashad talks in Cairo
d = Doc("i08.txt", "Middle East Eye", "2027-05-18"); docs.append(d)
d.E("Middle East Eye", "ORG", "MEE")
d.B("Maha Abu Shawish", "PERSON")
d.B("Anadolu Agency", "ORG", "Anadolu")
d.B("Omar al-Qattaa", "PERSON")
d.E("Gaza City", "GPE")
d.E("al-Tuffah", "GPE")
d.E("Palestinian Civil Defence", "ORG", "Civil Defence")
d.E("Mahmoud Basal", "PERSON", "Basal")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Hamas", "ORG")
d.E("Gaza Ministry of Health", "ORG", "Ministry of Health in Gaza")
d.E("Shujaiya", "GPE")
d.E("Umm Khaled al-Sawafiri", "PERSON")
d.E("Gaza Strip", "GPE", "Gaza")
d.E("Cairo", "GPE")
d.E("Khalil al-Hayya", "PERSON")
d.E("Egypt", "GPE")
d.E("Hassan Rashad", "PERSON")
d.E("Israel", "GPE")
d.E("Tahani Mustafa-Green", "PERSON")
d.E("European Council on Foreign Relations", "ORG")
d.E("United Nations", "ORG", "UN")
d.E("Fatah", "ORG")
d.Q("The families were asleep", "Mahmoud Basal")
d.Q("There was no warning", "Mahmoud Basal")
d.Q("a Hamas terrorist who was operating", "Israel Defense Forces")
d.Q("crossed the line and approached", "Israel Defense Forces")
d.Q("We were told this is a ceasefire", "Umm Khaled al-Sawafiri")
d.Q("but in Gaza a ceasefire", "Umm Khaled al-Sawafiri")
d.Q("shown full flexibility", "Hamas")
d.Q("using every delay", "Hamas")
d.Q("Every strike on a shelter", "Tahani Mustafa-Green")
d.EV("ASSAULT", "Israel Defense Forces", None, "al-Tuffah", "2027-05-17", 7, 14,
     d.S("An Israeli air strike on a school sheltering", "Palestinian Civil Defence."),
     [d.S("Israeli strike on Gaza City school shelter kills seven"),
      d.S("Civil Defence says families were sleeping"),
      d.S("Palestinians inspect a classroom damaged", "17 May 2027"),
      d.S("Civil Defence spokesman Mahmoud Basal said", "the building."),
      d.S("The Israel Defense Forces (IDF) said in a statement", "as a school”."),
      d.S("The Ministry of Health in Gaza said", "intensive care.")])
d.EV("ASSAULT", "Israel Defense Forces", None, "Shujaiya", "2027-05-17", 2, None,
     d.S("Later on Monday, an Israeli drone strike killed two men", "medical sources said."),
     [d.S("The IDF said the men had", "immediate threat”.")])
d.EV("CONSULT", "Hamas", "Hassan Rashad", "Cairo", "2027-05-17", None, None,
     d.S("In Cairo on Monday, a Hamas delegation", "Rafah crossing."),
     [d.S("Hamas said in a statement after the talks", "our people”.")])

# ---------------- i09 Dawn: TTP attack on checkpost in Bagh (Tirah, Khyber); quadcopter attack in Sipah; Afridi-jirga in Peshawar
d = Doc("i09.txt", "Dawn", "2027-05-20"); docs.append(d)
d.E("Dawn", "ORG", "DAWN")
d.E("Pakistan", "GPE")
d.B("Zahid Imdad Afridi", "PERSON")
d.B("Umar Farooq", "PERSON")
d.E("Tirah", "GPE")
d.E("Inter-Services Public Relations", "ORG", "ISPR")
d.E("Khyber", "GPE", "Khyber district")
d.E("Peshawar", "GPE", "PESHAWAR")
d.E("Landi Kotal", "GPE", "LANDI KOTAL")
d.E("Bagh", "GPE")
d.E("Tehreek-e-Taliban Pakistan", "ORG", "TTP", "Fitna al-Khawarij")
d.E("Sipah", "GPE")
d.E("Gul Rehman Kukikhel", "PERSON")
d.E("Khyber Pakhtunkhwa", "GPE", "KP")
d.E("Sohail Afridi", "PERSON", "Khyber Pakhtunkhwa Chief Minister Sohail Afridi", "Mr Afridi")
d.E("Nasrullah Zakhakhel", "PERSON", "Malik Nasrullah Zakhakhel", "Malik Nasrullah")
d.E("Lashkar-e-Islam", "ORG")
d.E("Pakistan Institute for Conflict and Security Studies", "ORG", "PICSS")
d.E("Tariq Wazir-Khan", "PERSON", "Brig (retd) Tariq Wazir-Khan")
d.E("Afghanistan", "GPE")
d.E("Taliban", "ORG", "Afghan Taliban")
d.E("Islamabad", "GPE")
d.E("Bara", "GPE")
d.Q("effectively engaged the khwarij", "Inter-Services Public Relations")
d.Q("Sanitisation operation is being", "Inter-Services Public Relations")
d.Q("the perpetrators of this heinous act", "Inter-Services Public Relations")
d.Q("My nephews were playing", "Gul Rehman Kukikhel")
d.Q("We want peace, but not", "Nasrullah Zakhakhel")
d.Q("Decisions about Tirah", "Sohail Afridi")
d.Q("The Afghan Taliban promised", "Tariq Wazir-Khan")
d.EV("ASSAULT", "Tehreek-e-Taliban Pakistan", None, "Bagh", "2027-05-19", 5, 3,
     d.S("PESHAWAR / LANDI KOTAL: Five soldiers were martyred", "media wing said."),
     [d.S("Five soldiers martyred, nine terrorists killed in Tirah attack: ISPR"),
      d.S("According to a statement issued by the Inter-Services", "exchange of fire."),
      d.S("The banned Tehreek-e-Taliban Pakistan (TTP)", "to journalists."),
      d.S("Khyber Pakhtunkhwa Chief Minister Sohail Afridi, who belongs", "of the children.")])
d.EV("ASSAULT", None, None, "Sipah", "2027-05-19", 2, 4,
     d.S("Earlier on Wednesday, two children were killed", "told Dawn."),
     [d.S("No group claimed responsibility for the quadcopter", "did not mention it."),
      d.S("\"My nephews were playing", "funeral in Bagh.")])
d.EV("CONSULT", "Sohail Afridi", "Nasrullah Zakhakhel", "Peshawar", "2027-05-19", None, None,
     d.S("On Wednesday afternoon he met a jirga", "from his office."),
     [d.S("The elders demanded that the government", "suspended since March."),
      d.S("\"We want peace, but not", "after the meeting."),
      d.S("The chief minister said he would take up", "corps commander.")])

# ---------------- i10 The Hindu: IED on CoBRA team near Chhotanagra (West Singhbhum); JJMP encounter in Latehar; Soren-Shah in New Delhi
d = Doc("i10.txt", "The Hindu", "2027-05-22"); docs.append(d)
d.B("The Hindu", "ORG", "THE HINDU")
d.B("Shuvojit Mahato-Linda", "PERSON")
d.E("Jharkhand", "GPE", "JHARKHAND")
d.E("Commando Battalion for Resolute Action", "ORG", "CoBRA")
d.E("Hemant Soren", "PERSON", "Chief Minister Hemant Soren", "Mr. Soren")
d.E("Amit Shah", "PERSON", "Union Home Minister Amit Shah", "Mr. Shah")
d.E("Ranchi", "GPE", "RANCHI")
d.E("Chaibasa", "GPE")
d.E("Central Reserve Police Force", "ORG", "CRPF")
d.E("West Singhbhum", "GPE", "West Singhbhum district")
d.E("Chhotanagra", "GPE")
d.E("Jharkhand Jaguar", "ORG")
d.E("Misir Besra", "PERSON")
d.E("Communist Party of India (Maoist)", "ORG", "CPI (Maoist)")
d.E("Sanjeev Kumar Ekka", "PERSON", "Mr. Ekka")
d.E("Jharkhand Police", "ORG")
d.E("Jharkhand Jan Mukti Parishad", "ORG", "JJMP")
d.E("Latehar", "GPE", "Latehar district")
d.E("Kumar Gaurav Oraon", "PERSON")
d.E("New Delhi", "GPE")
d.E("Kolhan", "GPE", "Kolhan region")
d.E("Indian Ministry of Home Affairs", "ORG", "Ministry of Home Affairs", "MHA")
d.E("Odisha", "GPE")
d.E("Budhram Hembrom", "PERSON")
d.E("Tholkobad", "GPE")
d.E("Jharkhand Mukti Morcha", "ORG", "JMM")
d.E("Bharatiya Janata Party", "ORG", "BJP")
d.E("Babulal Marandi", "PERSON")
d.Q("The IED was planted", "Sanjeev Kumar Ekka")
d.Q("Jharkhand is very close", "Hemant Soren")
d.Q("stand with Jharkhand till", "Amit Shah")
d.Q("When there is firing", "Budhram Hembrom")
d.Q("stop politics over central forces", "Babulal Marandi")
d.EV("ASSAULT", "Communist Party of India (Maoist)", "Central Reserve Police Force", "Chhotanagra", "2027-05-21", 2, 4,
     d.S("Two commandos of the Central Reserve Police Force's CoBRA unit", "police said."),
     [d.S("Two CoBRA commandos killed in IED blast"),
      d.S("Four others injured; Chief Minister Hemant Soren meets"),
      d.S("The blast took place near Chhotanagra", "Sanjeev Kumar Ekka."),
      d.S("\"The IED was planted", "Mr. Ekka said."),
      d.S("The Jharkhand Mukti Morcha (JMM) and", "to the commandos.")])
d.EV("ASSAULT", "Jharkhand Police", "Jharkhand Jan Mukti Parishad", "Latehar", "2027-05-20", 2, None,
     d.S("In a separate operation on Thursday", "Kumar Gaurav Oraon said."))
d.EV("CONSULT", "Hemant Soren", "Amit Shah", "New Delhi", "2027-05-21", None, None,
     d.S("On Friday, Chief Minister Hemant Soren met", "Kolhan region."),
     [d.S("Four others injured; Chief Minister Hemant Soren meets"),
      d.S("\"Jharkhand is very close", "after the meeting."),
      d.S("According to a post by the Ministry of Home Affairs", "lays down arms\".")])

# ---------------- i11 Rappler: NPA ambush in Barangay Trinidad (Guihulngan, Negros Oriental); Talalak clash; Sagarbarria-Dela Peña-Sison meeting
d = Doc("i11.txt", "Rappler", "2027-05-24"); docs.append(d)
d.E("Rappler", "ORG", "Rappler.com")
d.B("Ma. Lourdes Cadeliña-Sy", "PERSON")
d.E("Philippines", "GPE")
d.E("New People's Army", "ORG", "NPA")
d.E("Guihulngan", "GPE", "Guihulngan City")
d.E("Negros Oriental", "GPE")
d.E("Trinidad", "GPE", "Barangay Trinidad")
d.E("302nd Infantry Brigade", "ORG")
d.E("Dumaguete", "GPE", "DUMAGUETE", "Dumaguete City")
d.E("94th Infantry Battalion", "ORG")
d.E("Rodelio Mangubat-Ybañez", "PERSON", "Lieutenant Colonel Rodelio Mangubat-Ybañez", "Mangubat-Ybañez")
d.E("Komiteng Rehiyon-Negros", "ORG")
d.E("Communist Party of the Philippines", "ORG", "CPP")
d.E("Talalak", "GPE", "Barangay Talalak")
d.E("Santa Catalina", "GPE")
d.E("Juanito Magbanua", "PERSON")
d.E("Manuel Sagarbarria", "PERSON", "Negros Oriental Governor Manuel Sagarbarria")
d.E("Arnulfo Dela Peña-Sison", "PERSON", "Brigadier General Arnulfo Dela Peña-Sison")
d.E("Jonathan Pillado-Uy", "PERSON", "Rev. Fr. Jonathan Pillado-Uy")
d.E("Negros Peace Forum", "ORG")
d.E("National Task Force to End Local Communist Armed Conflict", "ORG", "NTF-ELCAC")
d.E("Negros Island Region", "GPE")
d.Q("Our troops were coming", "Rodelio Mangubat-Ybañez")
d.Q("punishment for the militarization", "Juanito Magbanua")
d.Q("We will not let a few armed men", "Manuel Sagarbarria")
d.Q("Guihulngan has buried enough", "Jonathan Pillado-Uy")
d.Q("The government and the NPA must", "Jonathan Pillado-Uy")
d.Q("remain a threat to development", "National Task Force to End Local Communist Armed Conflict")
d.EV("ASSAULT", "New People's Army", "94th Infantry Battalion", "Trinidad", "2027-05-23", 2, 3,
     d.S("DUMAGUETE, Philippines – Two soldiers were killed", "the military said."),
     [d.S("2 soldiers killed, 3 hurt in NPA ambush"),
      d.S("AMBUSH SITE. Soldiers secure a section", "on May 23, 2027."),
      d.S("The soldiers, from the 94th Infantry Battalion", "302nd Infantry Brigade."),
      d.S("The brigade said the attackers belonged", "Philippines (CPP)."),
      d.S("In a statement sent to media", "hinterlands of Guihulngan\".")])
d.EV("ASSAULT", "94th Infantry Battalion", "New People's Army", "Talalak", "2027-05-22", 1, None,
     d.S("The attack came a day after soldiers of the same battalion", "Saturday, May 22."),
     [d.S("One rebel was killed, the brigade said.")])
d.EV("CONSULT", "Manuel Sagarbarria", "Arnulfo Dela Peña-Sison", "Dumaguete", "2027-05-23", None, None,
     d.S("Negros Oriental Governor Manuel Sagarbarria met", "upland barangays."),
     [d.S("After the meeting, the governor said", "of the wounded.")])

# ---------------- i12 Euronews: Sybiha at the OSCE Permanent Council; Polyansky-Sinirlioğlu; Sybiha-Meinl-Reisinger (Vienna)
d = Doc("i12.txt", "Euronews", "2027-05-27"); docs.append(d)
d.B("Euronews", "ORG", "euronews")
d.B("Lukas Brandstätter-Ilić", "PERSON")
d.B("AFP", "ORG")
d.B("Associated Press", "ORG", "AP")
d.B("Heinz-Peter Bader", "PERSON")
d.E("Andrii Sybiha", "PERSON", "Ukrainian Foreign Minister Andrii Sybiha", "Sybiha")
d.E("Organization for Security and Co-operation in Europe", "ORG", "OSCE")
d.E("Russia", "GPE")
d.E("Vienna", "GPE")
d.E("Ukraine", "GPE")
d.E("OSCE Permanent Council", "ORG", "Permanent Council")
d.E("Dmitry Polyansky", "PERSON", "Polyansky")
d.E("Kyiv", "GPE")
d.E("Feridun Sinirlioğlu", "PERSON", "OSCE Secretary General Feridun Sinirlioğlu", "Sinirlioğlu")
d.E("Donetsk", "GPE")
d.E("Luhansk", "GPE")
d.E("Beate Meinl-Reisinger", "PERSON", "Austrian Foreign Minister Beate Meinl-Reisinger", "Meinl-Reisinger")
d.E("Austrian Ministry of Foreign Affairs", "ORG", "Austrian Foreign Ministry")
d.E("Austria", "GPE")
d.E("Moscow", "GPE")
d.E("Katharina Egger-Nwosu", "PERSON")
d.E("Austrian Institute for International Affairs", "ORG", "oiip")
d.E("OSCE Special Monitoring Mission to Ukraine", "ORG", "Special Monitoring Mission to Ukraine")
d.Q("another mission that arrives", "Andrii Sybiha")
d.QP("The OSCE has people who know", "Andrii Sybiha")
d.Q("If a ceasefire comes", "Andrii Sybiha")
d.Q("Any talk of monitors", "Dmitry Polyansky")
d.Q("a tool of one side", "Dmitry Polyansky")
d.Q("The Secretary General raised", None)
d.Q("Austria is neutral", "Beate Meinl-Reisinger")
d.Q("We will offer Vienna", "Beate Meinl-Reisinger")
d.Q("Nobody expects a decision", "Katharina Egger-Nwosu")
d.Q("but if the OSCE does not plan", "Katharina Egger-Nwosu")
d.EV("CONSULT", "Andrii Sybiha", "OSCE Permanent Council", "Vienna", "2027-05-26", None, None,
     d.S("Ukraine's foreign minister called on the Organization", "arrives too late”."),
     [d.S("Sybiha urges OSCE to prepare"),
      d.S("Ukrainian Foreign Minister Andrii Sybiha speaks at the Hofburg", "26 May 2027."),
      d.S("Andrii Sybiha addressed a special session", "meet every week."),
      d.S("In his speech, Sybiha said:")])
d.EV("CONSULT", "Dmitry Polyansky", "Feridun Sinirlioğlu", "Vienna", "2027-05-25", None, None,
     d.S("On Tuesday, Polyansky held talks", "secretariat."),
     [d.S("A spokesperson for Sinirlioğlu said the meeting", "since 2022."),
      d.S("“The Secretary General raised", "the spokesperson said.")])
d.EV("CONSULT", "Andrii Sybiha", "Beate Meinl-Reisinger", "Vienna", "2027-05-26", None, None,
     d.S("After the Permanent Council, Sybiha met", "on Minoritenplatz."),
     [d.S("They discussed reconstruction financing", "Austrian Foreign Ministry.")])

# ---------------- i13 Omaha World-Herald: Nebraska 2nd District special election (politics; no events)
d = Doc("i13.txt", "Omaha World-Herald", "2027-05-12"); docs.append(d)
d.B("Omaha World-Herald", "ORG")
d.B("Marisa Lindqvist-Ortega", "PERSON")
d.B("Chris Machian", "PERSON")
d.E("Denise Okonkwo-Hart", "PERSON", "State Sen. Denise Okonkwo-Hart", "Okonkwo-Hart")
d.E("Democratic Party", "ORG", "Democrats")
d.E("Nebraska's 2nd Congressional District", "GPE", "2nd Congressional District", "2nd District")
d.E("Sarpy", "GPE", "Sarpy County")
d.E("Brett Vandenberg", "PERSON", "Vandenberg")
d.E("Omaha", "GPE")
d.E("Nebraska", "GPE")
d.E("Ray Tollefsen-Amoah", "PERSON")
d.E("Douglas", "GPE", "Douglas County")
d.E("Saunders", "GPE")
d.E("Washington", "GPE")
d.E("Jim Pillen", "PERSON", "Gov. Jim Pillen")
d.E("Papillion City Council", "ORG")
d.E("Don Bacon", "PERSON", "former Rep. Don Bacon")
d.E("Democratic Congressional Campaign Committee", "ORG")
d.E("National Republican Congressional Committee", "ORG")
d.E("Federal Election Commission", "ORG")
d.E("Hakeem Jeffries", "PERSON")
d.E("Nebraska Republican Party", "ORG")
d.E("Bellevue", "GPE")
d.E("La Vista", "GPE")
d.E("Gloria Jensen-Mbeki", "PERSON")
d.E("Miriam Sato-Whitfield", "PERSON")
d.E("University of Nebraska Omaha", "ORG")
d.E("Laura Beth Ochoa", "PERSON")
d.Q("Tonight the people of this district", "Denise Okonkwo-Hart")
d.Q("I intend to keep", "Denise Okonkwo-Hart")
d.Q("We ran a campaign", "Brett Vandenberg")
d.Q("a warning shot for every", "Hakeem Jeffries")
d.Q("low turnout in an off-cycle", "Nebraska Republican Party")
d.Q("I've voted Republican", "Gloria Jensen-Mbeki")
d.Q("Special elections reward energy", "Miriam Sato-Whitfield")
d.Q("November 2028 will be", "Miriam Sato-Whitfield")

# ---------------- i14 The Globe and Mail: Bank of Canada holds at 2.25% (business; no events)
d = Doc("i14.txt", "The Globe and Mail", "2027-04-14"); docs.append(d)
d.B("The Globe and Mail", "ORG", "THE GLOBE AND MAIL")
d.B("Mathieu Tremblay-Osei", "PERSON")
d.B("Justin Tang", "PERSON")
d.B("The Canadian Press", "ORG")
d.E("Bank of Canada", "ORG")
d.E("Tiff Macklem", "PERSON", "Governor Tiff Macklem", "Bank of Canada Governor Tiff Macklem", "Mr. Macklem")
d.E("Ottawa", "GPE")
d.E("Carolyn Rogers", "PERSON", "Senior Deputy Governor Carolyn Rogers", "Ms. Rogers")
d.E("United States", "GPE")
d.E("François-Philippe Champagne", "PERSON", "Finance Minister François-Philippe Champagne")
d.E("Priya Raghunathan-Bell", "PERSON")
d.E("Desjardins Group", "ORG", "Desjardins")
d.E("Avery Chukwuemeka-Lund", "PERSON")
d.E("Northhaven Capital", "ORG")
d.E("Toronto", "GPE")
d.E("Canadian Federation of Independent Business", "ORG")
d.E("Canada", "GPE")
d.QS("stuck in low gear", "Tiff Macklem")
d.Q("The economy is not in recession", "Tiff Macklem")
d.Q("Businesses tell us", "Tiff Macklem")
d.Q("Rents are finally easing", "Carolyn Rogers")
d.Q("but shelter costs remain", "Carolyn Rogers")
d.Q("continue to stand behind workers", "François-Philippe Champagne")
d.Q("We think the bank will cut", "Priya Raghunathan-Bell")
d.Q("With core inflation where it is", "Avery Chukwuemeka-Lund")
d.Q("Our members cannot wait", "Canadian Federation of Independent Business")

# ---------------- i15 Moneyweb: Setlhare Platinum interim results (business; no events)
d = Doc("i15.txt", "Moneyweb", "2027-05-13"); docs.append(d)
d.B("Moneyweb", "ORG")
d.B("Lerato Molefe-Andersen", "PERSON")
d.E("Setlhare Platinum", "ORG", "Setlhare")
d.E("Johannesburg Stock Exchange", "ORG", "JSE")
d.E("Rustenburg", "GPE")
d.E("Johannesburg", "GPE", "JOHANNESBURG")
d.E("Thandeka Mahlangu-Ferreira", "PERSON")
d.E("Pieter-Jan van Rensburg", "PERSON")
d.E("Impala Platinum", "ORG")
d.E("Sibanye-Stillwater", "ORG")
d.E("Ridwaan Mohamed-Essop", "PERSON")
d.E("Karoo Peak Securities", "ORG")
d.E("Association of Mineworkers and Construction Union", "ORG", "AMCU")
d.E("Sipho Mthembu-Ndlovu", "PERSON")
d.E("Gwede Mantashe", "PERSON", "Mineral and Petroleum Resources Minister Gwede Mantashe")
d.Q("The last two years forced us", "Thandeka Mahlangu-Ferreira")
d.Q("We kept our people safe", "Thandeka Mahlangu-Ferreira")
d.Q("We are not going to chase", "Pieter-Jan van Rensburg")
d.Q("The dividend is the signal", "Ridwaan Mohamed-Essop")
d.Q("When the price was low", "Sipho Mthembu-Ndlovu")

# ---------------- i16 Cosmos: Webb detects steam and CO2 on LP 714-38 c (science; no events)
d = Doc("i16.txt", "Cosmos", "2027-05-28"); docs.append(d)
d.B("Cosmos", "ORG", "COSMOS")
d.B("Royal Institution of Australia", "ORG")
d.B("Evangeline Papadakis-Reid", "PERSON")
d.B("Joseph Olmsted", "PERSON")
d.E("NASA", "ORG")
d.E("European Space Agency", "ORG", "ESA")
d.E("Canadian Space Agency", "ORG", "CSA")
d.E("Space Telescope Science Institute", "ORG", "STScI")
d.E("Nature Astronomy", "ORG")
d.E("Amélie Fortin-Nakamura", "PERSON", "Dr Amélie Fortin-Nakamura")
d.E("Trottier Institute for Research on Exoplanets", "ORG")
d.E("Université de Montréal", "ORG")
d.E("Oluwaseun Adeyemi-Clarke", "PERSON", "Professor Oluwaseun Adeyemi-Clarke")
d.E("University of Cambridge", "ORG")
d.E("Sarah Kaur Whitcombe", "PERSON", "Dr Sarah Kaur Whitcombe")
d.E("University of New South Wales", "ORG", "UNSW Sydney")
d.Q("For years the big question", "Amélie Fortin-Nakamura")
d.Q("This one clearly does.", "Amélie Fortin-Nakamura")
d.Q("We see steam high", "Oluwaseun Adeyemi-Clarke")
d.Q("Whether there are oceans", "Oluwaseun Adeyemi-Clarke")
d.Q("a genuine milestone", "Sarah Kaur Whitcombe")
d.Q("Four transits is a small", "Sarah Kaur Whitcombe")
d.Q("I’d like to see it", "Sarah Kaur Whitcombe")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

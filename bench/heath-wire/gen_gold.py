"""Builds heath-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- e01 Ukrainska Pravda: missiles on Dnipro; overnight attack on Ukraine; Kryvyi Rih hotel; Zelensky-Rutte in Kyiv
d = Doc("e01.txt", "Ukrainska Pravda", "2027-05-04"); docs.append(d)
d.E("Ukrainska Pravda", "ORG")
d.E("Dnipropetrovsk Oblast", "GPE", "Dnipropetrovsk region")
d.E("Dnipro", "GPE")
d.E("Kryvyi Rih", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Mark Rutte", "PERSON", "NATO Secretary General Mark Rutte", "Rutte")
d.B("Anastasiia Kovalenko", "PERSON")
d.E("Sobornyi", "GPE", "Sobornyi district")
d.B("State Emergency Service of Ukraine", "ORG")
d.E("Taras Lukianenko", "PERSON", "Lukianenko")
d.E("Dnipropetrovsk Regional Military Administration", "ORG")
d.E("Borys Filatov", "PERSON", "Dnipro Mayor Borys Filatov")
d.E("Air Force of the Armed Forces of Ukraine", "ORG", "Air Force")
d.E("Russia", "GPE")
d.E("Ukraine", "GPE")
d.E("Metalurhiinyi", "GPE", "Metalurhiinyi district")
d.E("Oleksandr Vilkul", "PERSON", "Vilkul")
d.E("Russian Ministry of Defence", "ORG", "Ministry of Defence")
d.E("North Atlantic Treaty Organization", "ORG", "NATO")
d.E("Kyiv", "GPE")
d.E("Hanna Ostapenko", "PERSON")
d.E("Nikopol", "GPE", "Nikopol district")
d.Q("The enemy chose the hour", "Taras Lukianenko")
d.Q("We will rebuild the depot", "Borys Filatov")
d.Q("but nobody can give us back", "Borys Filatov")
d.Q("a temporary deployment point", "Russian Ministry of Defence")
d.Q("a lie told to cover up", "Oleksandr Vilkul")
d.Q("Every system we receive", "Volodymyr Zelensky")
d.Q("working hard to deliver", "Mark Rutte")
d.Q("I ran here at six", "Hanna Ostapenko")
d.EV("ASSAULT", "Russia", None, "Dnipro", "2027-05-04", 7, 38,
     d.S("Seven people were killed and 38 injured", "Military Administration."),
     [d.S("Russian missiles kill seven in central Dnipro"),
      d.S("Five children are among the injured", "on Telegram."),
      d.S("Twelve people remain in hospital", "critical condition."),
      d.S("According to Lukianenko, the missiles hit", "Sobornyi district.")])
d.EV("ASSAULT", "Russia", "Ukraine", "Ukraine", "2027-05-04", None, None,
     d.S("The Air Force of the Armed Forces of Ukraine reported", "during the night."))
d.EV("ASSAULT", "Russia", None, "Kryvyi Rih", "2027-05-03", None, 11,
     d.S("On Monday evening, a ballistic missile hit", "military administration."),
     [d.S("Russian missiles kill seven in central Dnipro"),
      d.S("Russia's Ministry of Defence claimed", "in the city."),
      d.S("Vilkul called the claim", "war crime\".")])
d.EV("CONSULT", "Volodymyr Zelensky", "Mark Rutte", "Kyiv", "2027-05-04", None, None,
     d.S("Later on Tuesday, President Volodymyr Zelensky received", "in Kyiv."),
     [d.S("Rescuers searched the rubble"),
      d.S("Zelensky said he had asked for additional Patriot", "last year."),
      d.S("\"Every system we receive", "after the talks.")])

# ---------------- e02 Meduza: drones on Novorossiysk (Sheskharis) and Tuapse refinery; 84 drones over Krasnodar Krai
d = Doc("e02.txt", "Meduza", "2027-05-06"); docs.append(d)
d.E("Meduza", "ORG")
d.E("Russia", "GPE")
d.E("Novorossiysk", "GPE")
d.E("Tuapse", "GPE", "Tuapse district")
d.E("Krasnodar Krai", "GPE")
d.E("Transneft", "ORG")
d.E("Primorsky", "GPE", "Primorsky district")
d.E("Andrei Kravchenko", "PERSON", "Novorossiysk Mayor Andrei Kravchenko")
d.E("Rosneft", "ORG")
d.E("Veniamin Kondratyev", "PERSON", "Krasnodar Krai Governor Veniamin Kondratyev")
d.E("Russian Ministry of Defence", "ORG")
d.E("Crimea", "GPE")
d.E("Ukraine", "GPE")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Caspian Pipeline Consortium", "ORG")
d.E("Irina Sokolova-Brandt", "PERSON")
d.E("Berlin", "GPE")
d.E("Saratov", "GPE")
d.B("Prosecutor General's Office of Russia", "ORG", "Prosecutor General's Office")
d.Q("Schools are working remotely", "Andrei Kravchenko")
d.Q("part of the systematic work", "General Staff of the Armed Forces of Ukraine")
d.Q("The special military operation continues", "Dmitry Peskov")
d.Q("Novorossiysk handles roughly", "Irina Sokolova-Brandt")
d.EV("ASSAULT", "Ukraine", None, "Novorossiysk", "2027-05-06", 2, 9,
     d.S("Ukrainian drones attacked the port of Novorossiysk", "Krasnodar Krai."),
     [d.S("Drones hit Novorossiysk", "Tuapse refinery."),
      d.S("Two people killed in Krasnodar Krai"),
      d.S("Debris from a downed drone fell", "the headquarters said."),
      d.S("Two terminal workers were killed and four were injured."),
      d.S("Five more people, among them", "Primorsky district."),
      d.S("Ukraine's General Staff confirmed", "finance the war.\"")])
d.EV("ASSAULT", "Ukraine", None, "Tuapse", "2027-05-06", None, None,
     d.S("In Tuapse, a drone hit the vacuum unit", "administration said."),
     [d.S("Drones hit Novorossiysk", "Tuapse refinery."),
      d.S("Smoke above the Tuapse refinery", "Wednesday night."),
      d.S("No one was injured there", "processing crude.")])
d.EV("ASSAULT", "Ukraine", "Russia", "Krasnodar Krai", "2027-05-06", None, None,
     d.S("The Russian Ministry of Defence said air defences", "Black Sea overnight."))

# ---------------- e03 Dabanga: RSF drones on Kosti (White Nile); SAF bombing near Um Ruwaba; governor-OCHA in Rabak
d = Doc("e03.txt", "Dabanga", "2027-05-07"); docs.append(d)
d.E("Dabanga", "ORG")
d.E("Sudan", "GPE")
d.E("White Nile", "GPE", "White Nile state")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Kosti", "GPE", "KOSTI")
d.E("United Nations", "ORG", "UN")
d.E("White Nile State Ministry of Health", "ORG")
d.E("Rabak", "GPE")
d.E("Ezzeldin al-Safi Hamdan", "PERSON")
d.E("Awadiya Khalafalla Idris", "PERSON")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("Um Ruwaba", "GPE")
d.E("North Kordofan", "GPE")
d.E("Qamar al-Din Fadlalla", "PERSON", "White Nile Governor Qamar al-Din Fadlalla")
d.E("Ibrahima Sow-Diallo", "PERSON")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "UN Office for the Coordination of Humanitarian Affairs", "OCHA")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("South Sudan", "GPE")
d.E("Khartoum", "GPE")
d.E("Kordofan", "GPE", "Kordofan region")
d.E("El Obeid", "GPE")
d.E("Port Sudan", "GPE")
d.E("Sudanese Ministry of Finance", "ORG", "Ministry of Finance")
d.B("Netherlands", "GPE")
d.Q("the supply lines of the army", "Ezzeldin al-Safi Hamdan")
d.Q("The first drone fell", "Awadiya Khalafalla Idris")
d.Q("dozens of combat vehicles", "Sudanese Armed Forces")
d.Q("We need fuel for the hospitals", "Qamar al-Din Fadlalla")
d.Q("Kosti hosts tens of thousands", "United Nations High Commissioner for Refugees")
d.EV("ASSAULT", "Rapid Support Forces", None, "Kosti", "2027-05-05", 12, 27,
     d.S("KOSTI – At least 12 people were killed", "local officials said."),
     [d.S("RSF drones strike Kosti market"),
      d.S("The Rapid Support Forces (RSF) claimed the attack."),
      d.S("In a voice message circulated", "in Kosti\"."),
      d.S("The strike on the power station plunged", "into darkness.")])
d.EV("ASSAULT", "Sudanese Armed Forces", "Rapid Support Forces", "Um Ruwaba", "2027-05-06", None, None,
     d.S("The Sudanese Armed Forces (SAF) said in a statement", "combat vehicles\"."),
     [d.S("The army gave no figures for casualties.")])
d.EV("CONSULT", "Qamar al-Din Fadlalla", "Ibrahima Sow-Diallo", "Rabak", "2027-05-06", None, None,
     d.S("White Nile Governor Qamar al-Din Fadlalla met", "fled the city."),
     [d.S("The governor said after the meeting", "since Wednesday.")])

# ---------------- e04 Africanews: militia raid on Bapuli (Ubundu, Tshopo); Lendongolia-Shabani in Kisangani
d = Doc("e04.txt", "Africanews", "2027-05-08"); docs.append(d)
d.B("Africanews", "ORG", "africanews")
d.B("AFP", "ORG")
d.B("Justin Makangara Baelo", "PERSON")
d.E("Democratic Republic of the Congo", "GPE", "Democratic Republic Of Congo", "DR Congo", "Democratic Republic of Congo", "DRC")
d.E("Tshopo", "GPE", "Tshopo province")
d.E("Paulin Lendongolia", "PERSON", "Tshopo Governor Paulin Lendongolia", "Lendongolia")
d.E("Ubundu", "GPE", "Ubundu territory")
d.E("Kisangani", "GPE")
d.E("Bapuli", "GPE")
d.E("Albert Lokando Mbuyi", "PERSON", "Lokando")
d.E("Jacquemain Shabani", "PERSON", "Interior Minister Jacquemain Shabani", "Shabani")
d.E("Kinshasa", "GPE")
d.E("Congolese National Police", "ORG")
d.E("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "ORG",
    "UN Organization Stabilization Mission in the Democratic Republic of the Congo", "MONUSCO")
d.E("Marie-Claire Asani Bolamba", "PERSON")
d.E("Justice Pour Tous", "ORG")
d.E("Patrick Likunde Etshiko", "PERSON")
d.E("Goma", "GPE")
d.E("March 23 Movement", "ORG", "M23")
d.Q("we will not let Ubundu burn", "Paulin Lendongolia")
d.QP("We will not let Ubundu burn while", "Paulin Lendongolia")
d.Q("The Mbole and the Lengola", "Paulin Lendongolia")
d.Q("any inclusive dialogue", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo")
d.Q("They came singing", "Marie-Claire Asani Bolamba")
d.Q("Every attack was announced", "Patrick Likunde Etshiko")
d.EV("ASSAULT", None, None, "Bapuli", "2027-05-06", 9, 6,
     d.S("Nine people, including three women, were killed", "said on Friday."),
     [d.S("DR Congo: Tshopo governor says"),
      d.S("The attackers, armed with machetes", "Albert Lokando Mbuyi."),
      d.S("Six other villagers were wounded", "Ubundu town."),
      d.S("Lokando blamed a Mbole militia", "last month.")])
d.EV("CONSULT", "Paulin Lendongolia", "Jacquemain Shabani", "Kisangani", "2027-05-07", None, None,
     d.S("On Friday, Tshopo Governor Paulin Lendongolia received", "to the territory."),
     [d.S("Speaking to journalists after the meeting, Lendongolia said:"),
      d.S("Shabani said the government would deploy", "both communities.")])

# ---------------- e05 RFI: JNIM attack near Fada N'Gourma (Est); air force strikes near Diapaga; Traoré-Maïga in Ouagadougou
d = Doc("e05.txt", "RFI", "2027-05-10"); docs.append(d)
d.E("RFI", "ORG")
d.E("Burkina Faso", "GPE")
d.E("Fada N'Gourma", "GPE")
d.E("Ouagadougou", "GPE")
d.B("Boureima Zongo", "PERSON", "BOUREIMA ZONGO")
d.B("AFP", "ORG")
d.E("Est", "GPE", "Est region")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "JNIM")
d.E("al-Qaeda", "ORG")
d.E("az-Zallaqa", "ORG")
d.E("Pama", "GPE")
d.E("Volunteers for the Defence of the Homeland", "ORG", "VDP")
d.E("Ibrahim Traoré", "PERSON", "Captain Ibrahim Traoré", "Traoré")
d.E("Burkinabe Air Force", "ORG")
d.E("RTB", "ORG")
d.E("Diapaga", "GPE")
d.E("Tapoa", "GPE", "Tapoa province")
d.E("Mali", "GPE")
d.E("Abdoulaye Maïga", "PERSON", "General Abdoulaye Maïga", "Maïga")
d.E("Alliance of Sahel States", "ORG", "AES")
d.E("Niger", "GPE")
d.E("Benin", "GPE")
d.E("Togo", "GPE")
d.E("Kompienga", "GPE")
d.E("Aminata Sawadogo-Compaoré", "PERSON")
d.E("University of Ouagadougou", "ORG")
d.E("Centre for Sahel Studies", "ORG")
d.E("Kayes", "GPE")
d.E("Savanes", "GPE", "Savanes region")
d.Q("They came from the Pama road", None)
d.Q("neutralised dozens of terrorists", "Burkinabe Air Force")
d.Q("Our three countries face", "Abdoulaye Maïga")
d.Q("Fada N'Gourma is not a remote outpost", "Aminata Sawadogo-Compaoré")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", None, "Fada N'Gourma", "2027-05-08", 31, 20,
     d.S("At least 31 soldiers and auxiliaries were killed", "told RFI."),
     [d.S("Burkina Faso: dozens of soldiers killed"),
      d.S("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's", "az-Zallaqa."),
      d.S("According to a security source in Fada N'Gourma", "shortly after dawn."),
      d.S("Among the dead were at least nine members", "alongside the army."),
      d.S("At least 20 other soldiers were wounded", "another source said.")])
d.EV("ASSAULT", "Burkinabe Air Force", None, "Diapaga", "2027-05-09", None, None,
     d.S("On Monday, the Burkinabe Air Force said", "on Sunday."))
d.EV("CONSULT", "Ibrahim Traoré", "Abdoulaye Maïga", "Ouagadougou", "2027-05-10", None, None,
     d.S("Also on Monday, Traoré received", "in Ouagadougou."),
     [d.S("The two men discussed the creation", "Burkinabe presidency."),
      d.S("\"Our three countries face", "published by the presidency.")])

# ---------------- e06 The National: Israeli strikes on Hodeidah; Houthi missile at Tel Aviv; Grundberg-Albusaidi in Muscat
d = Doc("e06.txt", "The National", "2027-05-11"); docs.append(d)
d.E("The National", "ORG")
d.E("Hodeidah", "GPE")
d.E("Houthis", "ORG")
d.E("Tel Aviv", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("Hans Grundberg", "PERSON", "Mr Grundberg")
d.E("Muscat", "GPE")
d.E("Yemen", "GPE")
d.B("Hamza Al-Maqtari", "PERSON")
d.B("Reuters", "ORG")
d.E("Yemeni Ministry of Health", "ORG", "Ministry of Health")
d.E("Sanaa", "GPE")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Anis Mutahar", "PERSON")
d.E("Al-Hali", "GPE", "Al-Hali district")
d.E("Israel", "GPE")
d.E("Yahya Saree", "PERSON")
d.E("Gaza", "GPE")
d.E("Israel Katz", "PERSON", "Israeli Defence Minister Israel Katz")
d.E("Oman", "GPE")
d.E("Badr Albusaidi", "PERSON", "Foreign Minister Badr Albusaidi")
d.E("Omani Ministry of Foreign Affairs", "ORG", "Foreign Ministry")
d.E("World Food Programme", "ORG")
d.E("Abdulrahman Al-Ariqi", "PERSON")
d.E("Nadwa Saleh Bamatraf", "PERSON")
d.E("Sanaa Centre for Strategic Studies", "ORG")
d.E("Marib", "GPE")
d.E("Saudi Arabia", "GPE")
d.E("Aden", "GPE")
d.Q("infrastructure used by the Houthi", "Israel Defense Forces")
d.Q("continue its operations until", "Yahya Saree")
d.Q("Whoever raises a hand", "Israel Katz")
d.Q("undoing years of painful progress", "Hans Grundberg")
d.Q("Hodeidah is not only a military target", "Hans Grundberg")
d.Q("People here are not fighting", "Abdulrahman Al-Ariqi")
d.Q("Each strike on Hodeidah", "Nadwa Saleh Bamatraf")
d.EV("ASSAULT", "Israel", None, "Hodeidah", "2027-05-10", 4, 21,
     d.S("Israeli warplanes struck Hodeidah port", "Ministry of Health in Sanaa."),
     [d.S("Israeli strikes on Hodeidah port kill four"),
      d.S("The Israel Defense Forces (IDF) said its jets", "serving the port."),
      d.S("Ministry spokesman Anis Mutahar said", "dock workers."),
      d.S("Residents of Hodeidah's Al-Hali district", "of the city.")])
d.EV("ASSAULT", "Houthis", "Israel", "Tel Aviv", "2027-05-10", None, None,
     d.S("The strikes came hours after the Houthis said", "at Tel Aviv."),
     [d.S("Israeli strikes on Hodeidah port kill four"),
      d.S("The Israeli military said the missile was intercepted", "central Israel.")])
d.EV("CONSULT", "Hans Grundberg", "Badr Albusaidi", "Muscat", "2027-05-10", None, None,
     d.S("In Muscat on Monday, the UN special envoy", "Foreign Ministry said."),
     [d.S("UN envoy Hans Grundberg holds talks in Muscat"),
      d.S("Mr Grundberg told The National after the meeting", "humanitarian access.")])

# ---------------- e07 Rudaw: Turkish drone strike near Khanasor (Sinjar); al-Dakhil-Reber Ahmed in Erbil
d = Doc("e07.txt", "Rudaw", "2027-05-12"); docs.append(d)
d.E("Rudaw", "ORG")
d.E("Kurdistan Region", "GPE", "Kurdistan")
d.E("Iraq", "GPE")
d.E("Sinjar Resistance Units", "ORG", "YBS")
d.E("Sinjar", "GPE", "Sinjar district")
d.E("Nineveh", "GPE")
d.E("Erbil", "GPE", "ERBIL")
d.E("Khanasor", "GPE")
d.E("Turkey", "GPE")
d.E("Khidir Elias Hasso", "PERSON")
d.E("Sinun", "GPE", "Sinun subdistrict")
d.E("Turkish Ministry of National Defence", "ORG", "Ministry of National Defence")
d.E("Kurdistan Workers' Party", "ORG", "PKK")
d.E("Islamic State", "ORG", "ISIS")
d.E("Ankara", "GPE")
d.E("Baghdad", "GPE")
d.E("Abdulqadir al-Dakhil", "PERSON", "Nineveh Governor Abdulqadir al-Dakhil", "Dakhil")
d.E("Reber Ahmed", "PERSON", "Kurdistan Region Interior Minister Reber Ahmed", "Ahmed")
d.E("Duhok", "GPE", "Duhok province")
d.E("Layla Khudeida Hasan", "PERSON")
d.E("Kurdistan Regional Government", "ORG", "KRG")
d.E("Sharya", "GPE")
d.B("Rudaw Media Network", "ORG")
d.Q("The car burned completely", "Khidir Elias Hasso")
d.Q("neutralised three PKK terrorists", "Turkish Ministry of National Defence")
d.Q("martyred while protecting", "Sinjar Resistance Units")
d.Q("staying silent while foreign drones", "Sinjar Resistance Units")
d.Q("More than 180,000 Yazidis", "Reber Ahmed")
d.Q("the security file is in the hands", "Abdulqadir al-Dakhil")
d.Q("Every year there is a new committee", "Layla Khudeida Hasan")
d.EV("ASSAULT", "Turkey", "Sinjar Resistance Units", "Khanasor", "2027-05-11", 3, None,
     d.S("ERBIL, Kurdistan Region - Three members", "told Rudaw."),
     [d.S("Turkish drone strike kills three YBS fighters near Sinjar"),
      d.S("The vehicle was hit on the road", "Sinun subdistrict."),
      d.S("Turkey's Ministry of National Defence said", "exact location."),
      d.S("In a statement, the YBS command said", "Iraqi citizens\".")])
d.EV("CONSULT", "Abdulqadir al-Dakhil", "Reber Ahmed", "Erbil", "2027-05-12", None, None,
     d.S("Separately, Nineveh Governor Abdulqadir al-Dakhil met", "local administration."),
     [d.S("Nineveh governor and Kurdistan Region interior minister meet"),
      d.S("Dakhil said the two sides had agreed", "hands of Baghdad.\"")])

# ---------------- e08 Middle East Eye: drone strike in Nur Shams (Tulkarm); settler attack on Faqqua (Jenin); Kallas-Mustafa in Ramallah
d = Doc("e08.txt", "Middle East Eye", "2027-05-13"); docs.append(d)
d.E("Middle East Eye", "ORG", "MEE")
d.E("Nur Shams", "GPE")
d.E("Jenin", "GPE")
d.E("Tulkarm", "GPE")
d.E("Kaja Kallas", "PERSON", "Kallas")
d.E("Ramallah", "GPE")
d.E("West Bank", "GPE")
d.B("Mohammed Jaradat", "PERSON")
d.E("Palestinian Ministry of Health", "ORG")
d.E("Palestine Red Crescent Society", "ORG")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Samira Abu Zayed", "PERSON")
d.E("Faqqua", "GPE")
d.E("Wafa", "ORG")
d.E("Jamal Issa Nassar", "PERSON")
d.E("European Union", "ORG", "EU")
d.E("Mohammad Mustafa", "PERSON", "Palestinian Prime Minister Mohammad Mustafa", "Mustafa")
d.E("Palestinian Authority", "ORG")
d.E("Israel", "GPE")
d.E("Israeli Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs")
d.E("Bethlehem", "GPE")
d.E("Gaza", "GPE")
d.E("United Nations Relief and Works Agency for Palestine Refugees in the Near East", "ORG", "UNRWA")
d.E("Gaza City", "GPE")
d.Q("a terrorist cell that was planning", "Israel Defense Forces")
d.Q("My son went out to buy bread", "Samira Abu Zayed")
d.Q("They say he was a terrorist", "Samira Abu Zayed")
d.Q("We called them", "Jamal Issa Nassar")
d.Q("The violence in the West Bank must stop", "Kaja Kallas")
d.Q("on the edge of financial collapse", "Mohammad Mustafa")
d.Q("chosen to lecture Israel", "Israeli Ministry of Foreign Affairs")
d.EV("ASSAULT", "Israel", None, "Nur Shams", "2027-05-12", 3, 5,
     d.S("Three Palestinians, including a 16-year-old boy", "Ministry of Health said."),
     [d.S("Israeli drone strike kills three in Nur Shams camp"),
      d.S("The Palestine Red Crescent Society said", "serious condition."),
      d.S("The Israel Defense Forces (IDF) said in a statement", "Israeli forces”.")])
d.EV("ASSAULT", None, None, "Faqqua", "2027-05-13", None, 4,
     d.S("Early on Thursday, Israeli settlers set fire", "news agency Wafa."),
     [d.S("Israeli drone strike kills three in Nur Shams camp"),
      d.S("Four residents were treated", "village council said.")])
d.EV("CONSULT", "Kaja Kallas", "Mohammad Mustafa", "Ramallah", "2027-05-13", None, None,
     d.S("On Thursday, the EU’s foreign policy chief", "in Ramallah."),
     [d.S("Palestinian health officials say a teenager"),
      d.S("“The violence in the West Bank must stop.", "after the meeting."),
      d.S("Israel’s Ministry of Foreign Affairs criticised the visit", "confronting terror”.")])

# ---------------- e09 Dawn: convoy ambush near Bagan (Lower Kurram); army operation near Sadda; Afridi-Naqvi in Islamabad
d = Doc("e09.txt", "Dawn", "2027-05-14"); docs.append(d)
d.E("Dawn", "ORG", "DAWN")
d.E("Pakistan", "GPE")
d.E("Lower Kurram", "GPE")
d.B("Mohammad Hussain Turi", "PERSON")
d.B("Ali Akbar", "PERSON")
d.E("Thall", "GPE")
d.E("Parachinar", "GPE", "PARACHINAR")
d.E("Kurram", "GPE", "Kurram district")
d.E("Bagan", "GPE")
d.E("Peshawar", "GPE")
d.E("Ashfaq Ahmad Khattak", "PERSON", "Kurram Deputy Commissioner Ashfaq Ahmad Khattak")
d.E("Sadda", "GPE")
d.E("Syed Mir Hassan", "PERSON", "Dr Syed Mir Hassan")
d.E("Pakistan Army", "ORG")
d.E("Inter-Services Public Relations", "ORG", "ISPR")
d.E("Tehreek-e-Taliban Pakistan", "ORG", "Tehreek-i-Taliban Pakistan", "TTP")
d.E("Khyber Pakhtunkhwa", "GPE")
d.E("Sohail Afridi", "PERSON", "Khyber Pakhtunkhwa Chief Minister Sohail Afridi", "Afridi")
d.E("Mohsin Naqvi", "PERSON", "Federal Interior Minister Mohsin Naqvi", "Naqvi")
d.E("Islamabad", "GPE")
d.E("Frontier Corps", "ORG")
d.E("Haji Ghulam Abbas Bangash", "PERSON")
d.E("National Assembly of Pakistan", "ORG", "National Assembly")
d.E("Hameedullah Jan Turi", "PERSON")
d.E("Bannu", "GPE")
d.E("Peshawar High Court", "ORG")
d.Q("The attackers were positioned", "Ashfaq Ahmad Khattak")
d.Q("the peace agreement signed by the elders", "Sohail Afridi")
d.Q("We have buried our people", "Haji Ghulam Abbas Bangash")
d.Q("Every time they promise security", "Haji Ghulam Abbas Bangash")
d.Q("The state owes the people", "Hameedullah Jan Turi")
d.EV("ASSAULT", None, None, "Bagan", "2027-05-13", 9, 14,
     d.S("PARACHINAR: Nine people, among them", "hospital officials said."),
     [d.S("Nine killed as gunmen ambush passenger convoy in Lower Kurram"),
      d.S("The convoy of about 60 vehicles", "Ashfaq Ahmad Khattak."),
      d.S("Dr Syed Mir Hassan, the medical superintendent", "critical condition."),
      d.S("No group has claimed responsibility for the ambush.")])
d.EV("ASSAULT", "Pakistan Army", None, "Sadda", "2027-05-13", 5, None,
     d.S("On the same day, Pakistan Army troops killed five", "in a statement."))
d.EV("CONSULT", "Sohail Afridi", "Mohsin Naqvi", "Islamabad", "2027-05-13", None, None,
     d.S("Later on Thursday, Afridi met Federal Interior Minister", "office said."),
     [d.S("According to a statement issued after the meeting", "letter and spirit.\""),
      d.S("Naqvi assured the chief minister", "full support.")])

# ---------------- e10 Premium Times: bandit attack on Unguwar Dawa (Faskari, Katsina); NAF strike in Dutsin-Ma; Radda-Ribadu in Abuja
d = Doc("e10.txt", "Premium Times", "2027-05-17"); docs.append(d)
d.E("Premium Times", "ORG", "PREMIUM TIMES")
d.B("Abubakar Sadiq Ibrahim", "PERSON")
d.E("Katsina", "GPE", "Katsina State")
d.E("Unguwar Dawa", "GPE")
d.B("Yusuf Aminu Kankara", "PERSON")
d.E("Faskari", "GPE", "Faskari Local Government Area")
d.E("Katsina State Police Command", "ORG")
d.E("Usman Musa Danjuma", "PERSON")
d.E("Funtua", "GPE")
d.E("Shehu Lawal Dandume", "PERSON", "Mr Dandume")
d.E("Nigerian Air Force", "ORG", "NAF")
d.E("Dutsin-Ma", "GPE")
d.E("Kabiru Ayuba Ali", "PERSON")
d.E("Dikko Radda", "PERSON", "Governor Dikko Radda", "Mr Radda")
d.E("Abuja", "GPE")
d.E("Nuhu Ribadu", "PERSON", "Mr Ribadu")
d.E("Isah Miqdad Bello", "PERSON")
d.E("Katsina Community Watch Corps", "ORG")
d.E("Suleiman Danjuma Garba", "PERSON")
d.E("Amnesty International Nigeria", "ORG")
d.E("Zamfara", "GPE")
d.E("Tsafe", "GPE")
d.E("Kaduna", "GPE")
d.Q("The hoodlums, who were many", "Usman Musa Danjuma")
d.Q("They went from house to house", "Shehu Lawal Dandume")
d.Q("We paid them so that", None)
d.Q("a coordinated response involving", "Dikko Radda")
d.Q("Katsina people have suffered", "Dikko Radda")
d.Q("When communities pay levies", "Suleiman Danjuma Garba")
d.EV("ASSAULT", None, None, "Unguwar Dawa", "2027-05-15", 17, 8,
     d.S("Gunmen suspected to be bandits have killed", "Katsina State."),
     [d.S("Bandits kill 17, abduct dozens in Katsina community"),
      d.S("The attack happened late on Saturday", "the police."),
      d.S("He said 17 bodies had been recovered", "General Hospital, Funtua."),
      d.S("A resident, Shehu Lawal Dandume, told", "in the village.")])
d.EV("ASSAULT", "Nigerian Air Force", None, "Dutsin-Ma", "2027-05-16", None, None,
     d.S("Meanwhile, the Nigerian Air Force said", "on Sunday."),
     [d.S("In a statement, NAF spokesperson", "and logistics.")])
d.EV("CONSULT", "Dikko Radda", "Nuhu Ribadu", "Abuja", "2027-05-16", None, None,
     d.S("Governor Dikko Radda, who condemned the attack", "local governments."),
     [d.S("A statement by the governor's spokesperson", "Watch Corps.\"")])

# ---------------- e11 Mexico News Daily: CJNG drones on El Aguaje (Aguililla); Apatzingán ambush; Ramírez Bedolla-García Harfuch in Morelia
d = Doc("e11.txt", "Mexico News Daily", "2027-05-18"); docs.append(d)
d.B("Mexico News Daily", "ORG", "MND")
d.B("Cuartoscuro", "ORG")
d.B("Mexico", "GPE")
d.E("Michoacán", "GPE")
d.E("Mexican National Guard", "ORG", "National Guard")
d.E("Apatzingán", "GPE")
d.E("El Aguaje", "GPE")
d.E("Tierra Caliente", "GPE")
d.E("Michoacán Attorney General's Office", "ORG", "Attorney General's Office", "FGE")
d.E("Jalisco New Generation Cartel", "ORG", "CJNG")
d.E("Cárteles Unidos", "ORG")
d.E("Aguililla", "GPE")
d.E("El Universal", "ORG")
d.E("Buenavista", "GPE")
d.E("Mexican Secretariat of Security and Citizen Protection", "ORG", "Security Ministry")
d.E("Alfredo Ramírez Bedolla", "PERSON", "Michoacán Governor Alfredo Ramírez Bedolla", "Ramírez Bedolla")
d.E("Omar García Harfuch", "PERSON", "Security Minister Omar García Harfuch", "García Harfuch")
d.E("Morelia", "GPE")
d.E("Uruapan", "GPE")
d.E("Carlos Manzo", "PERSON")
d.E("Rosalba Cervantes Godínez", "PERSON")
d.E("Tomás Ibarra-Lucero", "PERSON")
d.E("Mexican Institute for Security Research", "ORG")
d.E("Claudia Sheinbaum", "PERSON", "Sheinbaum")
d.E("Sinaloa", "GPE")
d.E("United States", "GPE", "US")
d.Q("We hid under the beds", None)
d.Q("There will be no impunity", "Omar García Harfuch")
d.Q("a new and very difficult challenge", "Alfredo Ramírez Bedolla")
d.Q("Children cannot study", "Rosalba Cervantes Godínez")
d.Q("What used to be a few homemade", "Tomás Ibarra-Lucero")
d.EV("ASSAULT", "Jalisco New Generation Cartel", None, "El Aguaje", "2027-05-16", 2, 6,
     d.S("Cartel drones dropped explosives on the village of El Aguaje", "said on Monday."),
     [d.S("Explosive drones hit Michoacán village", "Apatzingán ambush"),
      d.S("The FGE said the attack was carried out", "for years."),
      d.S("According to residents, at least eight drones", "the schoolyard."),
      d.S("A 70-year-old woman and her grandson", "their kitchen.")])
d.EV("ASSAULT", None, "Mexican National Guard", "Apatzingán", "2027-05-16", 4, 3,
     d.S("Hours later, gunmen ambushed a National Guard patrol", "Security Ministry said."),
     [d.S("Explosive drones hit Michoacán village", "Apatzingán ambush"),
      d.S("No group claimed the ambush.")])
d.EV("CONSULT", "Alfredo Ramírez Bedolla", "Omar García Harfuch", "Morelia", "2027-05-17", None, None,
     d.S("On Monday, Michoacán Governor Alfredo Ramírez Bedolla met", "Carlos Manzo."),
     [d.S("After the meeting, García Harfuch announced", "Tierra Caliente.")])

# ---------------- e12 Rappler: Senate passes anti-political dynasty bill (politics; no events)
d = Doc("e12.txt", "Rappler", "2027-05-19"); docs.append(d)
d.B("Rappler", "ORG", "Rappler Inc")
d.B("Jodesz Villanueva-Gavilan", "PERSON")
d.B("Senate Public Relations and Information Bureau", "ORG", "Senate PRIB")
d.E("Philippines", "GPE")
d.E("Senate of the Philippines", "ORG", "Senate")
d.E("Pasay", "GPE", "Pasay City")
d.E("Manila", "GPE", "MANILA")
d.E("Risa Hontiveros", "PERSON", "Senator Risa Hontiveros", "Hontiveros")
d.E("Congress of the Philippines", "ORG", "Congress")
d.E("Vicente Sotto III", "PERSON", "Senate President Vicente Sotto III")
d.E("House of Representatives of the Philippines", "ORG", "House of Representatives", "House")
d.E("Imee Marcos", "PERSON", "Marcos")
d.E("Jinggoy Estrada", "PERSON")
d.E("Mark Villar", "PERSON")
d.E("Ilocos Norte", "GPE")
d.E("Francis Pangilinan", "PERSON", "Senator Francis Pangilinan")
d.E("Rowena Dizon-Macaraeg", "PERSON")
d.E("University of the Philippines Diliman", "ORG")
d.E("Kontra Daya", "ORG")
d.E("Faustino Dy III", "PERSON", "House Speaker Faustino Dy III")
d.E("Ferdinand Marcos Jr.", "PERSON", "President Ferdinand Marcos Jr.")
d.E("Commission on Elections", "ORG", "Comelec")
d.Q("For almost forty years", "Risa Hontiveros")
d.Q("kept its promise to the people", "Vicente Sotto III")
d.Q("an insult to voters", "Imee Marcos")
d.Q("If the people of Ilocos Norte", "Imee Marcos")
d.Q("It is not the perfect law", "Francis Pangilinan")
d.Q("Families will simply register", "Rowena Dizon-Macaraeg")
d.Q("a good first step", "Kontra Daya")
d.Q("before the sine die adjournment", "Faustino Dy III")

# ---------------- e13 ABC News: RBA holds the cash rate (business; no events)
d = Doc("e13.txt", "ABC News", "2027-05-25"); docs.append(d)
d.B("Australian Broadcasting Corporation", "ORG", "ABC News", "ABC")
d.B("Harriet Nguyen-Whitlock", "PERSON")
d.B("AAP", "ORG")
d.B("Tom Brereton-Walsh", "PERSON")
d.E("Reserve Bank of Australia", "ORG", "RBA", "Reserve Bank")
d.E("Michele Bullock", "PERSON", "Governor Michele Bullock")
d.E("Sydney", "GPE")
d.E("Reserve Bank of Australia Monetary Policy Board", "ORG", "Monetary Policy Board")
d.E("Reuters", "ORG")
d.E("Australian Bureau of Statistics", "ORG")
d.E("Jim Chalmers", "PERSON", "Treasurer Jim Chalmers")
d.E("Western Australia", "GPE")
d.E("Queensland", "GPE")
d.E("Ted O'Brien", "PERSON")
d.E("Australian Labor Party", "ORG", "Labor")
d.E("CommSec", "ORG")
d.E("Olivia Thanh Trieu-Marsden", "PERSON")
d.E("Westpac", "ORG")
d.E("Rajan Kulkarni-Browne", "PERSON")
d.E("Perth", "GPE")
d.E("Brisbane", "GPE")
d.QS("Not the time to relax", "Michele Bullock")
d.Q("still above the midpoint", "Reserve Bank of Australia Monetary Policy Board")
d.Q("a tight labour market", "Reserve Bank of Australia Monetary Policy Board")
d.Q("We have made a lot of progress", "Michele Bullock")
d.Q("disappointing for mortgage holders", "Jim Chalmers")
d.Q("Every dollar Labor borrows", "Ted O'Brien")
d.Q("The door to an August cut", "Olivia Thanh Trieu-Marsden")
d.Q("The RBA is telling us", "Rajan Kulkarni-Browne")

# ---------------- e14 Yle News: Kaamos Telecom first-quarter results (business; no events)
d = Doc("e14.txt", "Yle News", "2027-05-03"); docs.append(d)
d.B("Yle", "ORG", "Yle News")
d.B("Jussi Pakarinen-Oksa", "PERSON")
d.E("Kaamos Telecom", "ORG", "Kaamos")
d.E("Espoo", "GPE")
d.E("Keilaniemi", "GPE", "Keilaniemi district")
d.E("Vara Research", "ORG")
d.E("Nasdaq Helsinki", "ORG")
d.E("Helsinki", "GPE")
d.E("Annika Järvinen-Holm", "PERSON", "Järvinen-Holm")
d.E("Finland", "GPE")
d.E("Elisa", "ORG")
d.E("Telia", "ORG")
d.E("DNA", "ORG")
d.E("Kuopio", "GPE")
d.E("Oulu", "GPE")
d.E("Finnish Electrical Workers' Union", "ORG")
d.E("Mikko Salonen-Rautio", "PERSON")
d.E("Inderes", "ORG")
d.E("Petteri Hyvönen-Lind", "PERSON")
d.E("Fjällbacka Infra", "ORG")
d.E("Finnish Competition and Consumer Authority", "ORG", "KKV")
d.E("Finnish Transport and Communications Agency", "ORG", "Traficom")
d.E("Telia Finland", "ORG")
d.E("Finnair", "ORG")
d.Q("We raised our prices in February", "Annika Järvinen-Holm")
d.Q("The 5G network we built", "Annika Järvinen-Holm")
d.Q("A company that has just raised prices", "Mikko Salonen-Rautio")
d.Q("Finnish consumers have been surprisingly loyal", "Petteri Hyvönen-Lind")

# ---------------- e15 Kathimerini: earlier fire season, National Observatory of Athens study (science; no events)
d = Doc("e15.txt", "Kathimerini", "2027-05-21"); docs.append(d)
d.B("eKathimerini.com", "ORG")
d.B("Eleni Kostopoulou-Mavri", "PERSON")
d.B("InTime News", "ORG")
d.B("Kathimerini Publishing S.A.", "ORG")
d.E("Kathimerini", "ORG")
d.E("Greece", "GPE")
d.E("National Observatory of Athens", "ORG")
d.E("Attica", "GPE")
d.E("Evia", "GPE")
d.E("Athens", "GPE")
d.E("Corinth", "GPE")
d.E("Natural Hazards and Earth System Sciences", "ORG")
d.E("Peloponnese", "GPE")
d.E("Katerina Papadopoulou-Reyes", "PERSON", "Dr Katerina Papadopoulou-Reyes")
d.E("Institute for Environmental Research", "ORG")
d.E("Rhodes", "GPE")
d.E("Giannis Kefalogiannis", "PERSON", "Kefalogiannis")
d.E("Nikos Chatzigiannis-Ferreira", "PERSON")
d.E("Aristotle University of Thessaloniki", "ORG")
d.E("European Union", "ORG")
d.E("Crete", "GPE")
d.E("Dodecanese", "GPE")
d.Q("What used to be a summer problem", "Katerina Papadopoulou-Reyes")
d.Q("The vegetation dries out earlier", "Katerina Papadopoulou-Reyes")
d.Q("The science is clear", "Giannis Kefalogiannis")
d.Q("Pine forests that burned in 2007", "Nikos Chatzigiannis-Ferreira")

# ---------------- e16 Arab News: OPEC+ eight pause hikes (virtual meeting); Abdulaziz-Novak in Riyadh; Akkenzhenov-Al Ghais call
d = Doc("e16.txt", "Arab News", "2027-05-28"); docs.append(d)
d.B("Arab News", "ORG", "ARAB NEWS")
d.B("Reem Al-Harbi-Kassem", "PERSON")
d.E("OPEC+", "ORG")
d.E("Abdulaziz bin Salman", "PERSON", "Saudi Energy Minister Prince Abdulaziz bin Salman", "Prince Abdulaziz")
d.E("Russia", "GPE")
d.E("Alexander Novak", "PERSON", "Russian Deputy Prime Minister Alexander Novak", "Novak")
d.E("Riyadh", "GPE", "RIYADH")
d.E("Saudi Press Agency", "ORG", "SPA")
d.E("Saudi Arabia", "GPE", "Kingdom")
d.E("Iraq", "GPE")
d.E("United Arab Emirates", "GPE", "UAE")
d.E("Kuwait", "GPE")
d.E("Kazakhstan", "GPE")
d.E("Algeria", "GPE")
d.E("Oman", "GPE")
d.E("Organization of the Petroleum Exporting Countries", "ORG", "OPEC")
d.E("Al Arabiya", "ORG")
d.E("Yerlan Akkenzhenov", "PERSON", "Kazakh Energy Minister Yerlan Akkenzhenov")
d.E("Haitham Al Ghais", "PERSON", "OPEC Secretary General Haitham Al Ghais")
d.E("Astana", "GPE")
d.E("China", "GPE")
d.E("United States", "GPE")
d.E("Brazil", "GPE")
d.E("Guyana", "GPE")
d.E("Layal Mansour-Haddad", "PERSON")
d.E("Dubai", "GPE")
d.E("Sahm Energy Insight", "ORG")
d.E("Fawaz Al-Otaibi", "PERSON")
d.E("Al Rajhi Capital", "ORG")
d.E("Vienna", "GPE")
d.E("Saudi Aramco", "ORG", "Aramco")
d.E("Kurdistan Region", "GPE", "Kurdistan")
d.E("Ceyhan", "GPE")
d.Q("current market fundamentals", "OPEC+")
d.Q("may be returned in part", "OPEC+")
d.Q("We see a surplus forming", "Alexander Novak")
d.Q("not targeting a price", "Abdulaziz bin Salman")
d.Q("act preemptively whenever", "Abdulaziz bin Salman")
d.Q("fully committed to the agreement", "Yerlan Akkenzhenov")
d.Q("The eight are signalling", "Layal Mansour-Haddad")
d.Q("Every month of lower volumes", "Fawaz Al-Otaibi")
d.EV("CONSULT", "Saudi Arabia", "Russia", None, "2027-05-27", None, None,
     d.S("RIYADH: Saudi Arabia, Russia and six other members", "in 18 months."),
     [d.S("OPEC+ eight agree to pause output hikes in July as prices slide"),
      d.S("The eight countries, which also include Iraq", "seasonal outlook.\""),
      d.S("They added that the remaining", "market conditions.\"")])
d.EV("CONSULT", "Abdulaziz bin Salman", "Alexander Novak", "Riyadh", "2027-05-26", None, None,
     d.S("The meeting followed talks in Riyadh on Wednesday", "Saudi Press Agency reported."),
     [d.S("Saudi Energy Minister Prince Abdulaziz bin Salman met Russia's Alexander Novak"),
      d.S("Saudi Energy Minister Prince Abdulaziz bin Salman, right,", "on Wednesday."),
      d.S("Speaking to reporters after the talks", "weak market.\"")])
d.EV("CONSULT", "Yerlan Akkenzhenov", "Haitham Al Ghais", None, "2027-05-25", None, None,
     d.S("Kazakh Energy Minister Yerlan Akkenzhenov said in a phone call", "to the agreement.\""))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

"""Builds quay-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- q01 NV: Russian missiles on Uman (Cherkasy Oblast); drones on Zolotonosha district; overnight attack on Ukraine; Sybiha-Tsahkna call
d = Doc("q01.txt", "NV", "2027-06-01"); docs.append(d)
d.E("NV", "ORG")
d.B("Yuliia Kovalchuk-Serdiuk", "PERSON")
d.E("Uman", "GPE")
d.E("Zolotonosha", "GPE", "Zolotonosha district")
d.E("Cherkasy Oblast", "GPE", "Cherkasy")
d.E("State Emergency Service of Ukraine", "ORG", "SESU")
d.E("Ukraine", "GPE")
d.E("Ihor Taburets", "PERSON", "Cherkasy Oblast Governor Ihor Taburets", "Taburets")
d.E("Iryna Pletnova", "PERSON", "Uman Mayor Iryna Pletnova")
d.E("Oleksandra Hnatiuk-Bondar", "PERSON")
d.E("Ukrainian Air Force", "ORG", "Air Force")
d.E("Russia", "GPE")
d.E("Kirovohrad Oblast", "GPE", "Kirovohrad")
d.E("Poltava Oblast", "GPE", "Poltava")
d.E("Russian Ministry of Defence", "ORG", "Russian Defence Ministry")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Moscow", "GPE")
d.E("Andrii Sybiha", "PERSON", "Foreign Minister Andrii Sybiha", "Sybiha")
d.E("Margus Tsahkna", "PERSON", "Tsahkna")
d.E("Estonia", "GPE")
d.E("Ministry of Foreign Affairs of Ukraine", "ORG", "Ukrainian Foreign Ministry")
d.E("Nachman of Breslov", "PERSON", "Rabbi Nachman of Breslov")
d.E("Oleksandriia", "GPE")
d.Q("The enemy struck a sleeping city", "Ihor Taburets")
d.Q("search operations will continue", "State Emergency Service of Ukraine")
d.Q("We have 60 families", "Iryna Pletnova")
d.Q("The city will cover the repairs", "Iryna Pletnova")
d.Q("I heard the whistle", "Oleksandra Hnatiuk-Bondar")
d.Q("My neighbour's daughter", "Oleksandra Hnatiuk-Bondar")
d.Q("answering every diplomatic step", "Volodymyr Zelensky")
d.Q("We agreed on the next steps", "Andrii Sybiha")
d.Q("and on keeping the pressure", "Andrii Sybiha")
d.Q("Estonia stands with Uman", "Margus Tsahkna")
d.EV("ASSAULT", "Russia", None, "Uman", "2027-05-31", 6, 27,
     d.S("At least six people were killed and 27 injured", "authorities said."),
     [d.S("Russian ballistic missiles kill six in Uman"),
      d.S("One missile hit a five-storey residential building", "(SESU)."),
      d.S("Among the injured are four children."),
      d.S("Rescuers pulled 14 people", "has been checked\".")])
d.EV("ASSAULT", "Russia", None, "Zolotonosha", "2027-06-01", None, None,
     d.S("Separately, Russian drones hit an energy facility", "by morning."),
     [d.S("Drones also set fire to an energy facility"),
      d.S("No one was hurt, Taburets said.")])
d.EV("ASSAULT", "Russia", "Ukraine", "Ukraine", "2027-06-01", None, None,
     d.S("Ukraine's Air Force said Russia had launched", "into Tuesday."),
     [d.S("Hits were recorded in the Cherkasy", "oblasts."),
      d.S("The Russian Defence Ministry claimed", "facilities\".")])
d.EV("CONSULT", "Andrii Sybiha", "Margus Tsahkna", None, "2027-06-01", None, None,
     d.S("Foreign Minister Andrii Sybiha discussed the strike", "Tuesday morning."),
     [d.S("\"We agreed on the next steps", "on Moscow.\""),
      d.S("\"Estonia stands with Uman", "Foreign Ministry.")])

# ---------------- q02 Caucasian Knot: IS attack on a traffic post near Gubden (Karabudakhkent); FSB operation in Buynaksk; Melikov-Kolokoltsev
d = Doc("q02.txt", "Caucasian Knot", "2027-06-03"); docs.append(d)
d.E("Caucasian Knot", "ORG", "CAUCASIAN KNOT", "CK")
d.E("Dagestan", "GPE")
d.E("Buynaksk", "GPE")
d.E("Gubden", "GPE")
d.E("Karabudakhkent", "GPE", "Karabudakhkent district")
d.E("Ministry of Internal Affairs of Dagestan", "ORG", "Dagestan Interior Ministry")
d.E("Makhachkala", "GPE")
d.E("Islamic State", "ORG", "IS")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("National Antiterrorism Committee", "ORG", "NAK")
d.E("Federal Security Service", "ORG", "FSB")
d.E("Sergey Melikov", "PERSON", "Melikov")
d.E("Vladimir Kolokoltsev", "PERSON", "Russian Interior Minister Vladimir Kolokoltsev", "Kolokoltsev")
d.E("Magomed-Rasul Abdulkhalikov", "PERSON")
d.E("Ruslan Dzhabrailov-Umarov", "PERSON")
d.E("Southern Federal University", "ORG")
d.E("Rostov-on-Don", "GPE")
d.E("Derbent", "GPE")
d.E("Kabardino-Balkaria", "GPE")
d.E("Baksan", "GPE", "Baksan district")
d.E("Khasavyurt", "GPE")
d.B("Timur Ismailov", "PERSON")
d.B("Creative Commons", "ORG")
d.Q("They did not even hide", None)
d.Q("opened fire on officers of the Federal", "National Antiterrorism Committee")
d.Q("defending the peace of every family", "Sergey Melikov")
d.QP("There will be no negotiations", "Sergey Melikov")
d.Q("The republic will give the families", "Sergey Melikov")
d.Q("reinforce every post on the highway", "Vladimir Kolokoltsev")
d.Q("Every family here has someone", "Magomed-Rasul Abdulkhalikov")
d.Q("Now mothers ask them", "Magomed-Rasul Abdulkhalikov")
d.Q("These groups are weak", "Ruslan Dzhabrailov-Umarov")
d.Q("but they only need one car", "Ruslan Dzhabrailov-Umarov")
d.EV("ASSAULT", "Islamic State", None, "Gubden", "2027-06-01", 2, 3,
     d.S("Gunmen opened fire on a traffic police post", "Interior Ministry reported."),
     [d.S("Two police officers killed in attack on traffic post"),
      d.S("Three other officers were wounded", "correspondent."),
      d.S("The Islamic State (IS) claimed the attack", "police\u201d.")])
d.EV("ASSAULT", "Federal Security Service", None, "Buynaksk", "2027-06-02", 3, 1,
     d.S("On Wednesday evening, the National Antiterrorism Committee", "in Buynaksk."),
     [d.S("Two police officers killed in attack on traffic post"),
      d.S("According to the NAK, the men", "surrender\u201d."),
      d.S("One FSB officer was injured", "committee added.")])
d.EV("CONSULT", "Sergey Melikov", "Vladimir Kolokoltsev", "Makhachkala", "2027-06-02", None, None,
     d.S("Melikov met Russian Interior Minister", "federal highway."),
     [d.S("According to the ministry, Kolokoltsev ordered", "holiday season.")])

# ---------------- q03 AFP: JNIM attack on the Mandouri post (Kpendjal, Savanes); FAT strike near Koundjouare; Gnassingbe-Mahama in Lome; Dussey-Traore call
d = Doc("q03.txt", "AFP", "2027-06-05"); docs.append(d)
d.E("AFP", "ORG")
d.B("Komlan Agbodjan", "PERSON", "Komlan AGBODJAN")
d.B("Ousmane Diallo", "PERSON", "Ousmane DIALLO")
d.B("Ouagadougou", "GPE")
d.B("Emile Kouton", "PERSON", "Emile KOUTON")
d.E("Burkina Faso", "GPE", "Burkina")
d.E("Savanes", "GPE", "Savanes region")
d.E("Togo", "GPE")
d.E("Lomé", "GPE", "LOME", "Lome")
d.E("Mandouri", "GPE")
d.E("Kpendjal", "GPE", "Kpendjal prefecture")
d.E("al-Qaeda", "ORG", "Al-Qaeda")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "Group for the Support of Islam and Muslims", "JNIM")
d.E("Togolese Armed Forces", "ORG", "FAT")
d.E("Koundjouare", "GPE")
d.E("Jean-Lucien Savi de Tové", "PERSON", "Jean-Lucien Savi de Tove")
d.E("Yendoube Lardja", "PERSON")
d.E("Faure Gnassingbé", "PERSON", "Faure Gnassingbe", "Gnassingbe")
d.E("John Dramani Mahama", "PERSON", "Ghanaian President John Dramani Mahama", "Mahama")
d.E("Robert Dussey", "PERSON", "Foreign Minister Robert Dussey")
d.E("Karamoko Jean-Marie Traoré", "PERSON", "Karamoko Jean-Marie Traore")
d.E("Benin", "GPE")
d.E("Ghana", "GPE")
d.E("Lassina Diarra-Konate", "PERSON")
d.E("Timbuktu Institute", "ORG")
d.E("Dakar", "GPE")
d.Q("The attackers came out of the bush", None)
d.Q("taken the post of the Togolese army", "Jama'at Nusrat al-Islam wal-Muslimin")
d.Q("a significant number of terrorists", "Togolese Armed Forces")
d.Q("We lay on the floor", "Yendoube Lardja")
d.Q("What happened in Mandouri", "Faure Gnassingbé")
d.Q("Ghana will not wait", "John Dramani Mahama")
d.Q("and we are ready to share", "John Dramani Mahama")
d.Q("The coastal states are paying", "Lassina Diarra-Konate")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", None, "Mandouri", "2027-06-03", 9, 12,
     d.S("LOME (AFP) - At least nine soldiers", "country's forces."),
     [d.S("At least nine Togolese soldiers killed"),
      d.S("Twelve other soldiers were wounded", "anonymity."),
      d.S("The Al-Qaeda-linked Group", "seized weapons.")])
d.EV("ASSAULT", "Togolese Armed Forces", None, "Koundjouare", "2027-06-04", None, None,
     d.S("In a statement read on national television", "toward the border."),
     [d.S("The FAT said \"a significant", "a figure.")])
d.EV("CONSULT", "Faure Gnassingbé", "John Dramani Mahama", "Lomé", "2027-06-04", None, None,
     d.S("On Friday, Faure Gnassingbe", "border security."),
     [d.S("\"What happened in Mandouri", "after the meeting.")])
d.EV("CONSULT", "Robert Dussey", "Karamoko Jean-Marie Traoré", None, "2027-06-04", None, None,
     d.S("Foreign Minister Robert Dussey also spoke", "ministry said."))

# ---------------- q04 Somaliland Chronicle: SSC-Khatumo attack near Jiidali (Sanaag); roadside bomb near Oog (Sool); Irro-Shakhbout in Hargeisa
d = Doc("q04.txt", "Somaliland Chronicle", "2027-06-07"); docs.append(d)
d.B("Somaliland Chronicle", "ORG")
d.B("Mustafe Hassan Kaahiye", "PERSON")
d.E("Sanaag", "GPE", "Sanaag region")
d.E("SSC-Khatumo", "ORG")
d.E("Jiidali", "GPE")
d.E("Hargeisa", "GPE")
d.E("Erigavo", "GPE")
d.E("Somaliland", "GPE")
d.E("Somaliland Ministry of Defence", "ORG")
d.E("Abdiweli Ismail Jaamac-Dhool", "PERSON", "Col. Abdiweli Ismail Jaamac-Dhool")
d.E("Somalia", "GPE")
d.E("Hodan Faarax Nuur", "PERSON", "Dr. Hodan Faarax Nuur")
d.E("Oog", "GPE")
d.E("Sool", "GPE", "Sool region")
d.E("Abdirahman Mohamed Abdullahi", "PERSON", "President Abdirahman Mohamed Abdullahi", "Irro")
d.E("Shakhbout bin Nahyan Al Nahyan", "PERSON", "Emirati Minister of State Shakhbout bin Nahyan Al Nahyan")
d.E("Berbera", "GPE")
d.E("Mohamed Jama Hirsi-Aden", "PERSON", "Hirsi-Aden")
d.E("Las Anod", "GPE")
d.E("Mogadishu", "GPE")
d.E("Farhia Yusuf Abdi", "PERSON")
d.E("Heritage Institute for Policy Studies", "ORG", "HIPS")
d.E("United Arab Emirates", "GPE")
d.E("Waddani", "ORG")
d.Q("pushed the militia back", "Somaliland Ministry of Defence")
d.Q("defend every village that belongs", "Abdiweli Ismail Jaamac-Dhool")
d.Q("We received 17 wounded", "Hodan Faarax Nuur")
d.Q("Nobody here wanted this war", None)
d.Q("The President told the minister", "Mohamed Jama Hirsi-Aden")
d.Q("We did not choose this fight", "Abdirahman Mohamed Abdullahi")
d.Q("Each side now treats Jiidali", "Farhia Yusuf Abdi")
d.Q("Without mediation, the next clash", "Farhia Yusuf Abdi")
d.EV("ASSAULT", "SSC-Khatumo", None, "Jiidali", "2027-06-05", 11, 20,
     d.S("At least 11 people, three of them civilians", "officials and medics."),
     [d.S("Eleven killed as SSC-Khatumo forces"),
      d.S("The Somaliland Ministry of Defence said the attack began", "by midday."),
      d.S("Eight of the dead were soldiers, the ministry said.")])
d.EV("ASSAULT", None, None, "Oog", "2027-06-06", None, 2,
     d.S("On Sunday, two soldiers were injured", "Sool region."),
     [d.S("No group claimed the blast.")])
d.EV("CONSULT", "Abdirahman Mohamed Abdullahi", "Shakhbout bin Nahyan Al Nahyan", "Hargeisa", "2027-06-05", None, None,
     d.S("President Abdirahman Mohamed Abdullahi", "broke out."),
     [d.S("The two discussed the Berbera port", "Hirsi-Aden."),
      d.S("\"The President told the minister", "told reporters.")])

# ---------------- q05 ACP: raid on Kakanga near Lulingu (Shabunda); FARDC drone strike near Numbi (Kalehe); Purusi-MONUSCO in Uvira
d = Doc("q05.txt", "Agence Congolaise de Presse", "2027-06-09"); docs.append(d)
d.E("Agence Congolaise de Presse", "ORG", "ACP")
d.E("South Kivu", "GPE", "South Kivu province")
d.E("Lulingu", "GPE")
d.E("Armed Forces of the Democratic Republic of the Congo", "ORG", "FARDC")
d.E("M23", "ORG", "AFC/M23")
d.E("Kalehe", "GPE", "Kalehe territory")
d.E("Uvira", "GPE", "UVIRA")
d.E("Kakanga", "GPE")
d.E("Shabunda", "GPE", "Shabunda territory")
d.E("Bienvenu Mwilo-Kasongo", "PERSON", "Mr. Mwilo-Kasongo")
d.E("Marc Elongo Kyondwa", "PERSON", "Lt. Col. Marc Elongo Kyondwa", "Lt. Col. Elongo")
d.E("Raia Mutomboki", "ORG")
d.E("Numbi", "GPE")
d.E("Lawrence Kanyuka", "PERSON")
d.E("Kinshasa", "GPE")
d.E("Doha", "GPE")
d.E("Washington", "GPE")
d.E("Jean-Jacques Purusi Sadiki", "PERSON", "South Kivu Governor Jean-Jacques Purusi Sadiki")
d.E("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "ORG", "MONUSCO")
d.E("Abdoulaye Ba-Diallo", "PERSON")
d.E("United Nations", "ORG", "UN")
d.E("Rwanda", "GPE")
d.E("Bukavu", "GPE")
d.E("Fizi", "GPE")
d.E("Twirwaneho", "ORG")
d.B("Democratic Republic of the Congo", "GPE", "DRC")
d.Q("They came at nightfall", "Bienvenu Mwilo-Kasongo")
d.Q("These bandits will be tracked down", "Marc Elongo Kyondwa")
d.Q("One of them was my neighbour", None)
d.Q("Kinshasa continues to bomb", "Lawrence Kanyuka")
d.Q("Our targets are military", "Marc Elongo Kyondwa")
d.Q("The State will not abandon Shabunda", "Jean-Jacques Purusi Sadiki")
d.Q("and we count on MONUSCO", "Jean-Jacques Purusi Sadiki")
d.Q("ready to support the provincial authorities", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo")
d.EV("ASSAULT", None, None, "Kakanga", "2027-06-07", 7, 5,
     d.S("UVIRA, 9 June (ACP).- Seven artisanal miners", "told ACP."),
     [d.S("Seven miners killed in raid near Lulingu"),
      d.S("The attackers took gold", "Bienvenu Mwilo-Kasongo."),
      d.S("No group has claimed the raid", "raid.")])
d.EV("ASSAULT", "Armed Forces of the Democratic Republic of the Congo", "M23", "Numbi", "2027-06-08", 4, None,
     d.S("Separately, the FARDC said in a statement", "Tuesday morning."),
     [d.S("Seven miners killed in raid near Lulingu"),
      d.S("The AFC/M23 said the strike had killed four civilians", "at a market."),
      d.S("The army denied hitting civilians", "civilians.")])
d.EV("CONSULT", "Jean-Jacques Purusi Sadiki", "Abdoulaye Ba-Diallo", "Uvira", "2027-06-08", None, None,
     d.S("In Uvira on Tuesday", "mining zones."),
     [d.S("\u201cThe State will not abandon Shabunda,\u201d", "wounded out.\u201d")])

# ---------------- q06 The New Arab: IS attack near Imam Weis (Muqdadiyah, Diyala); Iraqi Air Force strike near Ain Laila; al-Abbasi-al-Karkhi in Baqubah; Fuad Hussein-al-Shaibani call
d = Doc("q06.txt", "The New Arab", "2027-06-11"); docs.append(d)
d.E("The New Arab", "ORG")
d.E("Iraq", "GPE")
d.E("Islamic State", "ORG", "IS", "ISIS")
d.E("Diyala", "GPE", "Diyala province")
d.E("Imam Weis", "GPE")
d.B("Getty Images", "ORG", "Getty")
d.E("Muqdadiyah", "GPE", "Muqdadiyah district")
d.E("Security Media Cell", "ORG", "SMC")
d.E("Iraqi Air Force", "ORG")
d.E("Ain Laila", "GPE")
d.E("Joint Operations Command", "ORG", "JOC")
d.E("Hadi Salman al-Azzawi", "PERSON")
d.E("Mustafa Kadhim", "PERSON")
d.E("Thabet al-Abbasi", "PERSON", "Defence Minister Thabet al-Abbasi", "al-Abbasi")
d.E("Baqubah", "GPE")
d.E("Raad Hussein al-Karkhi", "PERSON", "Diyala Governor Raad Hussein al-Karkhi")
d.E("Fuad Hussein", "PERSON", "Foreign Minister Fuad Hussein")
d.E("Asaad al-Shaibani", "PERSON")
d.E("Iraqi News Agency", "ORG", "INA")
d.E("Kirkuk", "GPE")
d.E("Salahuddin", "GPE")
d.E("Sarah Kadhim-Hollis", "PERSON")
d.E("Middle East Research Institute", "ORG", "MERI")
d.E("Erbil", "GPE")
d.Q("terrorist ISIS remnants", "Security Media Cell")
d.Q("The criminals used the darkness", "Security Media Cell")
d.Q("precise intelligence about the group", "Joint Operations Command")
d.Q("We warned that the orchards", "Hadi Salman al-Azzawi")
d.Q("He called our mother", "Mustafa Kadhim")
d.Q("The blood of our sons", "Thabet al-Abbasi")
d.Q("more troops and thermal cameras", "Raad Hussein al-Karkhi")
d.Q("These are small groups", "Sarah Kadhim-Hollis")
d.Q("But every attack like this one", "Sarah Kadhim-Hollis")
d.EV("ASSAULT", "Islamic State", None, "Imam Weis", "2027-06-09", 4, 3,
     d.S("Four Iraqi soldiers, including a lieutenant", "officials said."),
     [d.S("Four Iraqi soldiers killed in IS attack in Diyala"),
      d.S("The attack near Imam Weis is the deadliest"),
      d.S("The Security Media Cell (SMC), which speaks", "Hamrin mountains.")])
d.EV("ASSAULT", "Iraqi Air Force", "Islamic State", "Ain Laila", "2027-06-10", 5, None,
     d.S("On Thursday, Iraqi Air Force F-16 jets", "(JOC)."),
     [d.S("Four Iraqi soldiers killed in IS attack in Diyala"),
      d.S("The JOC said the strike followed", "attack\".")])
d.EV("CONSULT", "Thabet al-Abbasi", "Raad Hussein al-Karkhi", "Baqubah", "2027-06-10", None, None,
     d.S("Defence Minister Thabet al-Abbasi visited Baqubah", "local commanders."),
     [d.S("\"The blood of our sons", "after the meeting.")])
d.EV("CONSULT", "Fuad Hussein", "Asaad al-Shaibani", None, "2027-06-10", None, None,
     d.S("Foreign Minister Fuad Hussein also discussed", "(INA)."))

# ---------------- q07 Asharq Al-Awsat: AQAP attack in Wadi Omran (Mudiyah, Abyan); drone on Mukayras (al-Bayda); al-Daeri-Abu Bakr Hussein Salem in Zinjibar
d = Doc("q07.txt", "Asharq Al-Awsat", "2027-06-13"); docs.append(d)
d.E("Asharq Al-Awsat", "ORG")
d.E("Al-Qaeda in the Arabian Peninsula", "ORG", "AQAP")
d.E("Abyan", "GPE", "Abyan governorate")
d.E("Aden", "GPE")
d.B("Ali Rabih al-Aulaqi", "PERSON")
d.B("AFP", "ORG")
d.E("Wadi Omran", "GPE")
d.E("Mudiyah", "GPE", "Mudiyah district")
d.E("Yemen", "GPE")
d.E("Al Malahem", "ORG", "al-Malahem")
d.E("Yemeni Ministry of Defence", "ORG")
d.E("Saba News Agency", "ORG", "Saba")
d.E("Nasser bin Ali al-Yafei", "PERSON", "Brig. Gen. Nasser bin Ali al-Yafei")
d.E("Shabwa", "GPE")
d.E("Mukayras", "GPE", "Mukayras district")
d.E("al-Bayda", "GPE", "al-Bayda governorate")
d.E("Houthis", "ORG")
d.E("Mohsen al-Daeri", "PERSON", "Defence Minister Lt. Gen. Mohsen al-Daeri", "al-Daeri")
d.E("Zinjibar", "GPE")
d.E("Abu Bakr Hussein Salem", "PERSON", "Abyan Governor Abu Bakr Hussein Salem")
d.E("Salem Awad", "PERSON")
d.E("Shuqra", "GPE")
d.E("Nadia Saleh Ba-Wazir", "PERSON")
d.E("South24 Center for News and Studies", "ORG")
d.E("United Nations", "ORG", "UN")
d.Q("The drone came first", None)
d.Q("the agents of the Saudi-Emirati coalition", "Al-Qaeda in the Arabian Peninsula")
d.Q("repelled the attack and pursued", "Yemeni Ministry of Defence")
d.Q("We know the tracks they use", "Nasser bin Ali al-Yafei")
d.Q("Abyan has paid a heavy price", "Mohsen al-Daeri")
d.Q("Every family in Mudiyah", "Abu Bakr Hussein Salem")
d.Q("We stayed at home", "Salem Awad")
d.Q("The group is weaker", "Nadia Saleh Ba-Wazir")
d.EV("ASSAULT", "Al-Qaeda in the Arabian Peninsula", None, "Wadi Omran", "2027-06-11", 5, 6,
     d.S("Five soldiers were killed early on Friday", "security sources said."),
     [d.S("AQAP Kills Five Soldiers"),
      d.S("Six others were wounded in the assault", "Asharq Al-Awsat."),
      d.S("AQAP claimed the attack in a statement", "coalition\".")])
d.EV("ASSAULT", None, None, "Mukayras", "2027-06-12", 1, None,
     d.S("In a separate incident on Saturday", "al-Bayda governorate."),
     [d.S("Military officials blamed the Houthis", "did not comment.")])
d.EV("CONSULT", "Mohsen al-Daeri", "Abu Bakr Hussein Salem", "Zinjibar", "2027-06-12", None, None,
     d.S("Defence Minister Lt. Gen. Mohsen al-Daeri arrived", "coastal road."),
     [d.S("\"Abyan has paid a heavy price", "according to Saba.")])

# ---------------- q08 The Express Tribune: BLF attack on a Levies post in Wadh (Khuzdar); army IBO in Zehri; grenade in Panjgur; Bugti-Jiang Zaidong in Quetta
d = Doc("q08.txt", "The Express Tribune", "2027-06-15"); docs.append(d)
d.E("The Express Tribune", "ORG")
d.B("Pakistan", "GPE")
d.E("Balochistan", "GPE")
d.E("Khuzdar", "GPE", "Khuzdar district")
d.E("Balochistan Levies", "ORG", "Levies")
d.E("Wadh", "GPE", "Wadh tehsil")
d.E("Balochistan Liberation Front", "ORG", "BLF")
d.E("Zehri", "GPE")
d.E("Inter-Services Public Relations", "ORG", "ISPR")
d.B("Shahzad Baloch-Mengal", "PERSON")
d.E("Quetta", "GPE", "QUETTA")
d.E("Jahanzeb Zehri-Mengal", "PERSON", "Khuzdar Deputy Commissioner Jahanzeb Zehri-Mengal")
d.E("Gwahram Baloch", "PERSON", "Major Gwahram Baloch")
d.E("Pakistan Army", "ORG")
d.E("Fitna al-Hindustan", "ORG")
d.E("Panjgur", "GPE")
d.E("Naveed Ahmed Baloch", "PERSON")
d.E("Turbat", "GPE")
d.E("Sarfraz Bugti", "PERSON", "Balochistan Chief Minister Sarfraz Bugti", "Bugti")
d.E("Jiang Zaidong", "PERSON", "Chinese Ambassador Jiang Zaidong")
d.E("Chinese Embassy in Pakistan", "ORG")
d.E("Karachi", "GPE")
d.E("Gwadar", "GPE")
d.E("Chaman", "GPE")
d.E("Afghanistan", "GPE")
d.QS("We will not let Khuzdar live in fear", "Sarfraz Bugti")
d.Q("The men fought for more than an hour", "Jahanzeb Zehri-Mengal")
d.Q("punished the collaborators", "Gwahram Baloch")
d.Q("terrorists belonging to Fitna", "Inter-Services Public Relations")
d.Q("Sanitisation operation is being conducted", "Inter-Services Public Relations")
d.Q("My cousin was standing", "Naveed Ahmed Baloch")
d.Q("He is still in the hospital", "Naveed Ahmed Baloch")
d.Q("We will not let Khuzdar live in fear. The martyrs", "Sarfraz Bugti")
d.Q("highly appreciated the efforts", "Chinese Embassy in Pakistan")
d.Q("We are adding checkpoints", None)
d.EV("ASSAULT", "Balochistan Liberation Front", "Balochistan Levies", "Wadh", "2027-06-13", 4, 2,
     d.S("QUETTA: Four Levies personnel", "officials said."),
     [d.S("'We will not let Khuzdar live in fear': four"),
      d.S("BLF claims responsibility;"),
      d.S("According to Khuzdar Deputy Commissioner", "on fire."),
      d.S("The banned Balochistan Liberation Front (BLF) claimed", "responsibility.")])
d.EV("ASSAULT", "Pakistan Army", None, "Zehri", "2027-06-14", 6, None,
     d.S("On Monday, the military's media wing", "area of Khuzdar."),
     [d.S("BLF claims responsibility;"),
      d.S("The ISPR described the dead", "Wadh attack.")])
d.EV("ASSAULT", None, None, "Panjgur", "2027-06-14", None, 3,
     d.S("Separately, three people were injured", "police said."))
d.EV("CONSULT", "Sarfraz Bugti", "Jiang Zaidong", "Quetta", "2027-06-14", None, None,
     d.S("Bugti met Chinese Ambassador Jiang Zaidong", "office said."))

# ---------------- q09 The Philippine Star: DI-MG ambush in Barangay Ragayan (Butig, Lanao del Sur); 51st IB clash in Coloyan; Adiong-Dela Cruz-Abalos in Marawi
d = Doc("q09.txt", "The Philippine Star", "2027-06-17"); docs.append(d)
d.E("The Philippine Star", "ORG", "Philstar.com", "The STAR")
d.E("Lanao del Sur", "GPE")
d.B("Roel Pareño-Alontto", "PERSON")
d.E("103rd Infantry Brigade", "ORG")
d.E("Marawi", "GPE", "Marawi City", "MARAWI CITY")
d.E("Philippines", "GPE")
d.E("Dawlah Islamiyah-Maute Group", "ORG", "DI-MG", "Dawlah Islamiyah")
d.E("Philippine Army", "ORG", "Army")
d.E("Ragayan", "GPE", "Barangay Ragayan")
d.E("Butig", "GPE")
d.E("51st Infantry Battalion", "ORG")
d.E("Jose Ma. Ventura de Guzman", "PERSON", "Brig. Gen. Jose Ma. Ventura de Guzman", "de Guzman")
d.E("Coloyan", "GPE", "Barangay Coloyan")
d.E("Abdulmalik Pansar-Dimaporo", "PERSON", "Butig Mayor Abdulmalik Pansar-Dimaporo")
d.E("Mamintal Adiong Jr.", "PERSON", "Lanao del Sur Gov. Mamintal Adiong Jr.", "Adiong")
d.E("1st Infantry Division", "ORG")
d.E("Rommel Dela Cruz-Abalos", "PERSON", "Maj. Gen. Rommel Dela Cruz-Abalos")
d.E("Bangsamoro Ministry of Social Services and Development", "ORG")
d.E("Sittie Norhanie Macabando-Yusoph", "PERSON", "Prof. Sittie Norhanie Macabando-Yusoph")
d.E("Mindanao State University", "ORG")
d.E("Islamic State", "ORG")
d.E("Cotabato City", "GPE")
d.B("Philstar Global Corp", "ORG")
d.Q("They waited until the medical team", "Jose Ma. Ventura de Guzman")
d.Q("Our pursuit will not stop", "103rd Infantry Brigade")
d.Q("Our people are tired of running", "Abdulmalik Pansar-Dimaporo")
d.Q("We lay flat among the corn", None)
d.Q("We will not allow Butig", "Mamintal Adiong Jr.")
d.Q("food packs and cash aid", "Mamintal Adiong Jr.")
d.Q("The group is small, but", "Sittie Norhanie Macabando-Yusoph")
d.EV("ASSAULT", "Dawlah Islamiyah-Maute Group", "51st Infantry Battalion", "Ragayan", "2027-06-15", 3, 5,
     d.S("MARAWI CITY, Philippines \u2014 Three soldiers", "the military said."),
     [d.S("3 soldiers killed, 5 hurt in Lanao del Sur ambush"),
      d.S("The soldiers, from the 51st Infantry Battalion", "103rd Infantry Brigade.")])
d.EV("ASSAULT", "51st Infantry Battalion", "Dawlah Islamiyah-Maute Group", "Coloyan", "2027-06-16", 2, None,
     d.S("In a follow-up operation on Wednesday morning", "the brigade said."),
     [d.S("No soldier was hurt in the second encounter.")])
d.EV("CONSULT", "Mamintal Adiong Jr.", "Rommel Dela Cruz-Abalos", "Marawi", "2027-06-16", None, None,
     d.S("Lanao del Sur Gov. Mamintal Adiong Jr. met", "in the interior."),
     [d.S("\u201cWe will not allow Butig", "after the meeting.")])

# ---------------- q10 AP: Weichan Auka Mapu attack in Pidima (Ercilla, Araucania); shots at Carabineros near Collipulli; Kast-Rivas in Temuco
d = Doc("q10.txt", "Associated Press", "2027-06-19"); docs.append(d)
d.E("Associated Press", "ORG", "AP", "The Associated Press")
d.E("Chile", "GPE")
d.B("Patricia Luna-Vidal", "PERSON", "PATRICIA LUNA-VIDAL")
d.E("Pidima", "GPE")
d.E("Ercilla", "GPE")
d.E("Araucanía", "GPE", "Araucanía region")
d.B("Felipe Aguayo-Riquelme", "PERSON")
d.E("Temuco", "GPE", "TEMUCO")
d.E("Weichan Auka Mapu", "ORG")
d.E("Ingrid von Bischoffshausen", "PERSON", "von Bischoffshausen")
d.E("Héctor Painemal", "PERSON")
d.E("Forestal Cordillera Nahuelbuta", "ORG")
d.E("Carabineros de Chile", "ORG", "Carabineros")
d.E("Collipulli", "GPE")
d.E("José Antonio Kast", "PERSON", "President José Antonio Kast", "Kast")
d.E("Luciano Rivas", "PERSON", "Rivas")
d.E("Malleco", "GPE")
d.E("Cautín", "GPE")
d.E("Rosa Llancaqueo-Marileo", "PERSON")
d.E("Biobío", "GPE", "Biobío region")
d.B("Daniel Ortúzar", "PERSON")
d.B("Santiago", "GPE")
d.Q("territorial resistance against", "Weichan Auka Mapu")
d.Q("This was not sabotage", "Ingrid von Bischoffshausen")
d.Q("They shouted at us", "Héctor Painemal")
d.Q("I do not know how I am alive", "Héctor Painemal")
d.Q("real protection for the workers", "Forestal Cordillera Nahuelbuta")
d.Q("Our personnel repelled", "Carabineros de Chile")
d.Q("The state of exception will stay", "José Antonio Kast")
d.Q("and those who burned these trucks", "José Antonio Kast")
d.Q("Security and jobs have to arrive", "Luciano Rivas")
d.Q("criminalize all Mapuche", "Rosa Llancaqueo-Marileo")
d.Q("Our communities want land", "Rosa Llancaqueo-Marileo")
d.EV("ASSAULT", "Weichan Auka Mapu", None, "Pidima", "2027-06-17", 1, 2,
     d.S("TEMUCO, Chile (AP) \u2014 Hooded gunmen", "police said."),
     [d.S("Gunmen kill forestry worker, burn trucks"),
      d.S("The radical Mapuche group Weichan Auka Mapu claimed", "our land.\""),
      d.S("The dead man, a 43-year-old truck driver", "von Bischoffshausen.")])
d.EV("ASSAULT", None, "Carabineros de Chile", "Collipulli", "2027-06-18", None, 1,
     d.S("On Friday, a patrol of the national police force", "north of Ercilla."),
     [d.S("One officer was slightly wounded", "the force said."),
      d.S("No group claimed the shooting.")])
d.EV("CONSULT", "José Antonio Kast", "Luciano Rivas", "Temuco", "2027-06-18", None, None,
     d.S("President José Antonio Kast, who took office", "Cautín provinces."),
     [d.S("\"The state of exception will stay", "weight of the law.\"")])

# ---------------- q11 Balkan Insight: Sandu-Dan in Chisinau; Munteanu-Kos video call; Rosca-Vieru-Ignatiev in Bender (CONSULT only)
d = Doc("q11.txt", "Balkan Insight", "2027-06-21"); docs.append(d)
d.B("Balkan Insight", "ORG")
d.B("Balkan Investigative Reporting Network", "ORG", "BIRN")
d.E("Moldova", "GPE")
d.E("Chișinău", "GPE", "Chisinau")
d.E("European Union", "ORG", "EU")
d.E("Romania", "GPE")
d.E("Nicușor Dan", "PERSON", "Nicusor Dan", "Dan")
d.E("Bender", "GPE")
d.B("Madalin Necsutu-Roman", "PERSON")
d.E("Maia Sandu", "PERSON", "Moldovan President Maia Sandu", "Sandu")
d.B("Presidency of the Republic of Moldova", "ORG", "Moldovan Presidency")
d.E("Iași", "GPE", "Iasi")
d.E("Ungheni", "GPE")
d.E("Brussels", "GPE")
d.E("Bucharest", "GPE")
d.E("Alexandru Munteanu", "PERSON", "Prime Minister Alexandru Munteanu", "Munteanu")
d.E("Marta Kos", "PERSON", "Kos")
d.E("European Commission", "ORG")
d.E("Igor Rosca-Vieru", "PERSON", "Rosca-Vieru")
d.E("Vitaly Ignatiev", "PERSON", "Ignatiev")
d.E("OSCE Mission to Moldova", "ORG")
d.E("Bureau for Reintegration Policies", "ORG")
d.E("Transnistria", "GPE", "Pridnestrovie")
d.E("Ana Rusu-Dumbraveanu", "PERSON")
d.E("IDIS Viitorul", "ORG")
d.E("Romanian Senate", "ORG")
d.Q("Romania has been at our side", "Maia Sandu")
d.Q("Moldova's place is in the EU", "Nicușor Dan")
d.Q("and Romania will not let that road", "Nicușor Dan")
d.Q("The Romanians came with concrete offers", None)
d.Q("We are ready, and we expect", "Alexandru Munteanu")
d.Q("the pace and seriousness", "Marta Kos")
d.Q("The dialogue is difficult", "Igor Rosca-Vieru")
d.Q("economic pressure on the residents", "Vitaly Ignatiev")
d.Q("Chisinau needs Bucharest for Brussels", "Ana Rusu-Dumbraveanu")
d.EV("CONSULT", "Maia Sandu", "Nicușor Dan", "Chișinău", "2027-06-18", None, None,
     d.S("Moldovan President Maia Sandu hosted", "European Union."),
     [d.S("Romanian President Visits Chisinau"),
      d.S("Romania's Nicusor Dan promised", "first time this year."),
      d.S("A Moldovan diplomat who attended the talks", "on the Prut river.")])
d.EV("CONSULT", "Alexandru Munteanu", "Marta Kos", None, "2027-06-21", None, None,
     d.S("On Monday morning, Prime Minister Alexandru Munteanu", "negotiating clusters."),
     [d.S("\"We are ready, and we expect", "after the call.")])
d.EV("CONSULT", "Igor Rosca-Vieru", "Vitaly Ignatiev", "Bender", "2027-06-17", None, None,
     d.S("In Bender, on the right bank of the Dniester", "Moldova present."),
     [d.S("Romania's Nicusor Dan promised", "first time this year."),
      d.S("The talks focused on the supply of medicines", "Reintegration Policies."),
      d.S("\"The dialogue is difficult", "after the meeting.")])

# ---------------- q12 Loop PNG: polling opens in the Highlands (politics; no events)
d = Doc("q12.txt", "Loop PNG", "2027-06-23"); docs.append(d)
d.B("Loop PNG", "ORG", "LOOP PNG")
d.B("Melanie Vari-Kaupa", "PERSON")
d.E("Highlands Region", "GPE", "Highlands region", "Highlands")
d.E("Papua New Guinea", "GPE", "PNG")
d.E("Tari", "GPE")
d.E("Hela", "GPE", "Hela Province")
d.E("Enga", "GPE")
d.E("Eastern Highlands", "GPE")
d.E("Simon Sinai", "PERSON", "Electoral Commissioner Simon Sinai", "Sinai")
d.E("Australian Defence Force", "ORG")
d.E("PNG Electoral Commission", "ORG", "Electoral Commission")
d.E("Port Moresby", "GPE")
d.E("James Marape", "PERSON", "Prime Minister James Marape", "Marape")
d.E("Pangu Pati", "ORG")
d.E("Peter O'Neill", "PERSON", "Peter O\u2019Neill")
d.E("People's National Congress", "ORG", "People\u2019s National Congress", "PNC")
d.E("David Manning", "PERSON", "Police Commissioner David Manning")
d.E("Transparency International PNG", "ORG", "TIPNG")
d.E("Wabag", "GPE")
d.E("Lucy", "PERSON")
d.E("National Parliament of Papua New Guinea", "ORG", "National Parliament")
d.E("Rose Kalit-Wamp", "PERSON")
d.E("Goroka", "GPE")
d.E("United Resources Party", "ORG", "URP")
d.E("Commonwealth Observer Group", "ORG")
d.E("Vanuatu", "GPE")
d.E("Charlot Salwai", "PERSON")
d.E("Mount Hagen", "GPE", "Mt Hagen")
d.Q("We have learned from 2022", "Simon Sinai")
d.Q("This is the most important day", "James Marape")
d.Q("and I ask every Papua New Guinean", "James Marape")
d.Q("thousands of names of people", "Peter O'Neill")
d.Q("Clean elections need a clean roll", "Peter O'Neill")
d.Q("I thank the communities", "David Manning")
d.Q("in an orderly manner", "Transparency International PNG")
d.Q("My vote is my voice", "Lucy")
d.Q("still treated as visitors", "Rose Kalit-Wamp")

# ---------------- q13 Graphic Business: Bank of Ghana cuts to 13.5% (business; no events)
d = Doc("q13.txt", "Graphic Business", "2027-06-28"); docs.append(d)
d.B("Graphic Business", "ORG", "GRAPHIC BUSINESS")
d.B("Kwabena Adu-Gyamfi Boateng", "PERSON")
d.E("Bank of Ghana", "ORG", "BoG")
d.E("Johnson Pandit Asiama", "PERSON", "Dr Johnson Pandit Asiama", "Dr Asiama")
d.E("Accra", "GPE", "ACCRA")
d.B("Ebow Hanson", "PERSON", "EBOW HANSON")
d.E("Bank of Ghana Monetary Policy Committee", "ORG", "Monetary Policy Committee", "MPC")
d.E("Ghana Statistical Service", "ORG", "GSS")
d.E("Databank Research", "ORG")
d.E("Nana Akua Owusu-Sekyere", "PERSON")
d.E("IC Securities", "ORG")
d.E("Association of Ghana Industries", "ORG", "AGI")
d.E("Kwaku Dankwa-Frimpong", "PERSON")
d.E("Ghana Association of Banks", "ORG", "GAB")
d.E("Cassiel Ato Forson", "PERSON", "Finance Minister Dr Cassiel Ato Forson")
d.E("Ghana", "GPE")
d.E("International Monetary Fund", "ORG", "IMF")
d.B("Daily Graphic", "ORG")
d.B("Graphic Communications Group Ltd", "ORG")
d.Q("Inflation has now been in single digit", "Johnson Pandit Asiama")
d.Q("The committee judged", "Johnson Pandit Asiama")
d.Q("We will not hesitate to pause", "Johnson Pandit Asiama")
d.Q("The MPC is now front-loading", "Nana Akua Owusu-Sekyere")
d.Q("We see one more cut", "Nana Akua Owusu-Sekyere")
d.Q("Our members still borrow", "Kwaku Dankwa-Frimpong")
d.Q("review their base rates", "Ghana Association of Banks")
d.Q("the dividend of fiscal discipline", "Cassiel Ato Forson")

# ---------------- q14 IntraFish: Hvalstad Sjomat buys Nordlaks Foroyar (business; no events)
d = Doc("q14.txt", "IntraFish", "2027-06-24"); docs.append(d)
d.E("IntraFish", "ORG")
d.E("Hvalstad Sjømat", "ORG", "Hvalstad")
d.E("Nordlaks Føroyar", "ORG", "Nordlaks")
d.E("Faroe Islands", "GPE")
d.B("Sigrid Nakstad-Ølberg", "PERSON")
d.E("Hvannasund", "GPE")
d.E("Oslo", "GPE")
d.E("Jógvan á Lakjuni", "PERSON", "á Lakjuni")
d.E("Mowi", "ORG")
d.E("SalMar", "ORG")
d.E("Cermaq", "ORG")
d.E("Lerøy Seafood Group", "ORG")
d.E("Henrik von der Lippe", "PERSON", "Hvalstad CEO Henrik von der Lippe", "von der Lippe")
d.E("Norway", "GPE")
d.E("Euronext Oslo", "ORG")
d.E("Ragnhild Fossum-Dahl", "PERSON")
d.E("Pareto Securities", "ORG", "Pareto")
d.E("DNB Carnegie", "ORG")
d.E("Faroese Competition Authority", "ORG")
d.E("Norwegian Competition Authority", "ORG")
d.E("Heðin Mikkelsen-Poulsen", "PERSON", "Faroese Fisheries Minister Heðin Mikkelsen-Poulsen")
d.E("ABG Sundal Collier", "ORG")
d.E("Arctic Securities", "ORG")
d.E("Bakkafrost", "ORG")
d.B("DN Media Group", "ORG")
d.Q("The Faroe Islands have some", "Henrik von der Lippe")
d.Q("Together we can take costs", "Henrik von der Lippe")
d.Q("We were not looking to sell", "Jógvan á Lakjuni")
d.Q("Nordlaks will keep its name", "Jógvan á Lakjuni")
d.Q("The price is full", "Ragnhild Fossum-Dahl")
d.Q("far more predictable", "Ragnhild Fossum-Dahl")
d.Q("at the top of the range", "DNB Carnegie")
d.Q("Foreign ownership of salmon licences", "Heðin Mikkelsen-Poulsen")

# ---------------- q15 Down To Earth: Lancet Planetary Health study on heat and kidney disease among Agariyas (science; no events)
d = Doc("q15.txt", "Down To Earth", "2027-06-25"); docs.append(d)
d.E("Down To Earth", "ORG")
d.E("The Lancet Planetary Health", "ORG", "Lancet")
d.B("Vibha Raghunathan-Iyer", "PERSON")
d.E("Kharaghoda", "GPE")
d.E("Surendranagar", "GPE", "Surendranagar district")
d.B("Vikas Choudhary-Mehta", "PERSON")
d.B("Centre for Science and Environment", "ORG", "CSE")
d.E("Gujarat", "GPE")
d.E("Patan", "GPE")
d.E("Indian Institute of Public Health Gandhinagar", "ORG", "IIPHG")
d.E("London School of Hygiene & Tropical Medicine", "ORG", "LSHTM")
d.E("Priyanka Deshmukh-Rao", "PERSON", "Dr Priyanka Deshmukh-Rao")
d.E("Hendrik van Vuuren-Okafor", "PERSON", "Prof. Hendrik van Vuuren-Okafor")
d.E("Nicaragua", "GPE")
d.E("El Salvador", "GPE")
d.E("Harshad Koli", "PERSON")
d.E("Agariya Hit Rakshak Manch", "ORG")
d.E("Indian Council of Medical Research", "ORG", "ICMR")
d.E("India", "GPE")
d.E("Odisha", "GPE")
d.Q("What we are seeing is a kidney disease", "Priyanka Deshmukh-Rao")
d.Q("On many afternoons", "Priyanka Deshmukh-Rao")
d.Q("The same story is now unfolding", "Hendrik van Vuuren-Okafor")
d.Q("and it will spread", "Hendrik van Vuuren-Okafor")
d.Q("The tanker comes every four days", "Harshad Koli")
d.Q("known for a generation", "Agariya Hit Rakshak Manch")
d.Q("We will test every worker", None)

# ---------------- q16 Daily Mirror: Provincial Councils Elections (Amendment) Bill passed (politics; no events)
d = Doc("q16.txt", "Daily Mirror", "2027-06-22"); docs.append(d)
d.E("Daily Mirror", "ORG")
d.B("Sri Lanka", "GPE")
d.B("Yohan Perera-Gunasekera", "PERSON")
d.B("Ajith Siriwardana-Liyanage", "PERSON")
d.B("Kushan Pathiraja-de Silva", "PERSON")
d.E("Parliament of Sri Lanka", "ORG", "Parliament", "House")
d.E("Chandana Abayarathna", "PERSON", "Minister Abayarathna")
d.E("Samagi Jana Balawegaya", "ORG", "SJB")
d.E("Sajith Premadasa", "PERSON", "Opposition Leader Sajith Premadasa", "Mr. Premadasa")
d.E("Sri Lanka Podujana Peramuna", "ORG", "SLPP")
d.E("Namal Rajapaksa", "PERSON")
d.E("Ilankai Tamil Arasu Kachchi", "ORG", "ITAK")
d.E("Shanakiyan Rasamanickam", "PERSON")
d.E("Northern Province", "GPE", "Northern")
d.E("Eastern Province", "GPE", "Eastern")
d.E("Harini Amarasuriya", "PERSON", "Prime Minister Dr. Harini Amarasuriya")
d.E("Anura Kumara Dissanayake", "PERSON", "President Anura Kumara Dissanayake")
d.E("Election Commission of Sri Lanka", "ORG", "Election Commission", "Commission")
d.E("R.M.A.L. Rathnayake", "PERSON")
d.E("Nirmala de Mel-Fonseka", "PERSON", "Dr. Nirmala de Mel-Fonseka")
d.E("Centre for Policy Alternatives", "ORG", "CPA")
d.E("National People's Power", "ORG", "NPP")
d.E("Asiri Wickramaratne", "PERSON", "Rev. Asiri Wickramaratne")
d.E("National Christian Council of Sri Lanka", "ORG")
d.E("Colombo Municipal Council", "ORG")
d.Q("For eight years the people", "Chandana Abayarathna")
d.Q("We support devolution", "Sajith Premadasa")
d.Q("in every province, under any system", "Namal Rajapaksa")
d.Q("Devolution that exists only on paper", "Shanakiyan Rasamanickam")
d.Q("If the gazette is issued in July", "R.M.A.L. Rathnayake")
d.Q("Provincial councils are in the Constitution", "Nirmala de Mel-Fonseka")
d.Q("a step towards reconciliation", "Asiri Wickramaratne")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

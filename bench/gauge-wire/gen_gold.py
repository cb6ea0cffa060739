"""Builds gauge-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B();
`python3 gen_gold.py --no-credits` writes gold.jsonl without them (the committed variant).
The Doc helper class (E/B/Q/QS/QP/S/EV) is copied from bench/field-wire."""
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
# ---------------- g01 AFP: Boko Haram attack on Kaïga-Kindjiria (Lac); Chadian Air Force near Tchoukoutalia; Djamous-Yakubu
d = Doc("g01.txt", "AFP", "2027-02-02"); docs.append(d)
d.E("AFP", "ORG")
d.E("Chad", "GPE")
d.E("Boko Haram", "ORG")
d.E("Bol", "GPE")
d.E("Lac", "GPE", "Lac province")
d.B("Issouf Mahamat", "PERSON")
d.E("N'Djamena", "GPE", "N'DJAMENA")
d.E("Kaïga-Kindjiria", "GPE")
d.E("Télé Tchad", "ORG")
d.E("Issakha Ali Brahim", "PERSON", "Gen. Issakha Ali Brahim")
d.E("Chadian Air Force", "ORG")
d.E("Tchoukoutalia", "GPE")
d.E("Mahamat Idriss Déby", "PERSON", "President Mahamat Idriss Déby Itno", "Déby")
d.E("Issakha Malloua Djamous", "PERSON", "Defence Minister Issakha Malloua Djamous")
d.E("Multinational Joint Task Force", "ORG", "MNJTF")
d.E("Abdulsalami Garba Yakubu", "PERSON", "Maj. Gen. Abdulsalami Garba Yakubu")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "OCHA")
d.E("Achta Mahamat Saleh", "PERSON")
d.E("Lac Espoir", "ORG")
d.E("Nadjim Abakar Ousmane", "PERSON")
d.E("University of N'Djamena", "ORG")
d.E("Nigeria", "GPE")
d.E("Borno", "GPE")
d.Q("They knew exactly where", None)
d.Q("very heavy losses", "Issakha Ali Brahim")
d.Q("destroying eleven canoes", "Issakha Ali Brahim")
d.Q("a total and immediate response", "Mahamat Idriss Déby")
d.Q("Chad will not carry", "Issakha Malloua Djamous")
d.Q("The islands are emptying", "Achta Mahamat Saleh")
d.Q("Boko Haram is testing", "Nadjim Abakar Ousmane")
d.Q("Every post it overruns", "Nadjim Abakar Ousmane")
d.EV("ASSAULT", "Boko Haram", None, "Kaïga-Kindjiria", "2027-01-31", 14, 22,
     d.S("N'DJAMENA (AFP) — At least 14", "told AFP."),
     [d.S("Chad: Boko Haram kills 14 soldiers"),
      d.S("The assailants arrived in dozens", "anonymity."),
      d.S("Boko Haram claimed the raid", "burning tents."),
      d.S("In a statement read on the state broadcaster", "\"very heavy losses\"."),
      d.S("It is the deadliest attack", "by AFP.")])
d.EV("ASSAULT", "Chadian Air Force", None, "Tchoukoutalia", "2027-02-01", None, None,
     d.S("He said Chadian Air Force jets", "aboard them\"."),
     [d.S("Army says its jets hit")])
d.EV("CONSULT", "Issakha Malloua Djamous", "Abdulsalami Garba Yakubu", "N'Djamena", "2027-02-01", None, None,
     d.S("Also on Monday, Defence Minister", "on the islands."),
     [d.S("Army says its jets hit"),
      d.S("\"Chad will not carry", "after the meeting.")])

# ---------------- g02 Radio Tamazuj: SSPDF airstrike on Doma (Ulang County); White Army attack on Nasir barracks; Kiir-Dualeh
d = Doc("g02.txt", "Radio Tamazuj", "2027-02-04"); docs.append(d)
d.E("Radio Tamazuj", "ORG")
d.E("Upper Nile", "GPE", "Upper Nile State")
d.E("Ulang", "GPE", "Ulang County")
d.E("White Army", "ORG")
d.E("Nasir", "GPE")
d.E("Doma", "GPE")
d.E("Gatluak Nyang Chuol", "PERSON", "Ulang County Commissioner Gatluak Nyang Chuol")
d.E("Médecins Sans Frontières", "ORG", "MSF")
d.E("South Sudan People's Defence Forces", "ORG", "SSPDF")
d.E("Makur Deng Atem", "PERSON", "Brig. Gen. Makur Deng Atem")
d.E("Sudan People's Liberation Movement-in-Opposition", "ORG", "SPLM-IO")
d.E("Gatwech Kuol Bol", "PERSON")
d.E("United Nations Mission in South Sudan", "ORG", "UN Mission in South Sudan", "UNMISS")
d.E("Juba", "GPE")
d.E("Salva Kiir", "PERSON", "President Salva Kiir", "Kiir")
d.E("Intergovernmental Authority on Development", "ORG", "IGAD")
d.E("Abdi Farah Dualeh", "PERSON")
d.E("Nyabuoy Gatbel Riek", "PERSON")
d.E("United Nations", "ORG", "UN")
d.E("South Sudan", "GPE")
d.E("Sudan", "GPE")
d.E("Jonglei", "GPE")
d.E("Pibor", "GPE")
d.Q("The bombs fell on the market", "Gatluak Nyang Chuol")
d.Q("a White Army mobilisation point", "Makur Deng Atem")
d.Q("We do not bomb markets", "Makur Deng Atem")
d.Q("This regime answers", "Gatwech Kuol Bol")
d.Q("gravely concerned by", "United Nations Mission in South Sudan")
d.Q("an immediate cessation", "Abdi Farah Dualeh")
d.Q("remains committed to peace", "Salva Kiir")
d.EV("ASSAULT", "South Sudan People's Defence Forces", None, "Doma", "2027-02-02", 9, 13,
     d.S("At least nine civilians, four of them children", "told Radio Tamazuj."),
     [d.S("Airstrike kills nine civilians"),
      d.S("\"The bombs fell on the market", "on Wednesday."),
      d.S("The wounded were carried to a clinic", "charity said."),
      d.S("The South Sudan People's Defence Forces (SSPDF) confirmed the strike."),
      d.S("Army spokesman Brig. Gen. Makur Deng Atem said", "hitting civilians.")])
d.EV("ASSAULT", "White Army", "South Sudan People's Defence Forces", "Nasir", "2027-02-03", 3, 5,
     d.S("A day after the airstrike, fighters of the White Army", "according to the army."),
     [d.S("Airstrike kills nine civilians"),
      d.S("Residents said the shooting lasted", "were looted.")])
d.EV("CONSULT", "Salva Kiir", "Abdi Farah Dualeh", "Juba", "2027-02-03", None, None,
     d.S("In Juba on Wednesday, President Salva Kiir", "peace agreement."),
     [d.S("The envoy urged", "after the meeting."),
      d.S("Presidential press secretary", "its citizens\"."),
      d.S("Kiir also briefed him", "she said.")])

# ---------------- g03 The Indian Express: PREPAK ambush near Kalinagar (Jiribam); Torbung drone bombs; Bhalla-Shah in New Delhi
d = Doc("g03.txt", "The Indian Express", "2027-02-06"); docs.append(d)
d.E("The Indian Express", "ORG")
d.E("Assam Rifles", "ORG")
d.E("Jiribam", "GPE", "Jiribam district")
d.E("People's Revolutionary Party of Kangleipak", "ORG", "PREPAK")
d.E("Ajay Kumar Bhalla", "PERSON", "Governor Bhalla", "Manipur Governor Ajay Kumar Bhalla")
d.E("Amit Shah", "PERSON", "Union Home Minister Amit Shah", "Shah")
d.E("New Delhi", "GPE", "Delhi")
d.B("Thoibi Leishangthem", "PERSON")
d.E("Imphal", "GPE")
d.B("Deepak Shijagurumayum", "PERSON")
d.E("Kalinagar", "GPE")
d.E("Manipur", "GPE")
d.E("Assam", "GPE")
d.E("Torbung", "GPE")
d.E("Bishnupur", "GPE")
d.E("Churachandpur", "GPE")
d.E("Ningthoujam Premchand", "PERSON")
d.E("N. Biren Singh", "PERSON")
d.E("Indian Ministry of Home Affairs", "ORG", "Ministry of Home Affairs", "MHA")
d.E("Central Reserve Police Force", "ORG", "CRPF")
d.E("Kuki-Zo Council", "ORG")
d.E("Henlen Haokip", "PERSON")
d.E("Imphal East", "GPE")
d.Q("the occupation of our land", "People's Revolutionary Party of Kangleipak")
d.Q("The cowardly attack will not deter", "Assam Rifles")
d.Q("We were sitting down to dinner", "Ningthoujam Premchand")
d.Q("no armed group should be allowed", "Amit Shah")
d.Q("a trap for everyone", "Kuki-Zo Council")
d.Q("people on both sides", "Henlen Haokip")
d.EV("ASSAULT", "People's Revolutionary Party of Kangleipak", "Assam Rifles", "Kalinagar", "2027-02-05", 2, 5,
     d.S("Two jawans of the Assam Rifles were killed", "officials said."),
     [d.S("Two Assam Rifles jawans killed"),
      d.S("Five personnel injured as militants"),
      d.S("The patrol was checking culverts", "said."),
      d.S("The injured were taken to the Silchar", "Assam."),
      d.S("The People's Revolutionary Party of Kangleipak (PREPAK) claimed", "Indian forces\".")])
d.EV("ASSAULT", None, None, "Torbung", "2027-02-04", None, 3,
     d.S("Separately, three people were injured", "police said."),
     [d.S("No group has claimed the drone attack."),
      d.S("The Kuki-Zo Council condemned", "travels on it\".")])
d.EV("CONSULT", "Ajay Kumar Bhalla", "Amit Shah", "New Delhi", "2027-02-05", None, None,
     d.S("In New Delhi on Friday, Manipur Governor", "displaced families."),
     [d.S("Five personnel injured as militants"),
      d.S("According to the Ministry of Home Affairs (MHA)", "in the state\".")])

# ---------------- g04 The Libya Observer: Radaa-444 Brigade clashes in Souq al-Juma; drone strike near Zawiya; Dbeibah-Tetteh; Dbeibah-Fidan call
d = Doc("g04.txt", "The Libya Observer", "2027-02-09"); docs.append(d)
d.E("The Libya Observer", "ORG", "Libya Observer")
d.E("Libya", "GPE")
d.E("Tripoli", "GPE", "TRIPOLI")
d.E("Souq al-Juma", "GPE")
d.E("Zawiya", "GPE")
d.B("Ayman al-Warfalli", "PERSON")
d.E("Radaa Deterrence Apparatus", "ORG", "Radaa")
d.E("444 Combat Brigade", "ORG", "444 Brigade")
d.E("Emergency Medicine Centre", "ORG")
d.E("Misrata", "GPE")
d.E("Salma bin Ghalbon", "PERSON")
d.E("Zawiya Municipal Council", "ORG")
d.E("Government of National Unity", "ORG", "GNU")
d.E("Abdul Hamid Dbeibah", "PERSON", "Prime Minister Abdul Hamid Dbeibah", "Dbeibah")
d.E("United Nations Support Mission in Libya", "ORG", "UNSMIL")
d.E("Hanna Tetteh", "PERSON", "Tetteh")
d.E("Hakan Fidan", "PERSON", "Turkish Foreign Minister Hakan Fidan")
d.E("Ankara", "GPE")
d.E("Abdel Raouf Kara", "PERSON")
d.E("Mahmoud al-Zaqal", "PERSON", "Col. Mahmoud al-Zaqal")
d.E("Libyan Ministry of Interior", "ORG", "Interior Ministry")
d.E("Benghazi", "GPE")
d.E("Libyan House of Representatives", "ORG", "House of Representatives")
d.E("Sirte", "GPE")
d.Q("It was like the war in 2023", "Salma bin Ghalbon")
d.Q("holds the Government of National Unity", "Zawiya Municipal Council")
d.Q("alarmed by the use of heavy weapons", "Hanna Tetteh")
d.Q("Tripoli's residents cannot", "Hanna Tetteh")
d.Q("any effort to keep calm", "Hakan Fidan")
d.Q("Our units only responded", "Mahmoud al-Zaqal")
d.EV("ASSAULT", "Radaa Deterrence Apparatus", "444 Combat Brigade", "Souq al-Juma", "2027-02-07", 6, 19,
     d.S("TRIPOLI — At least six people", "said on Monday."),
     [d.S("Six killed in overnight clashes"),
      d.S("The fighting broke out after a dispute", "3 am."),
      d.S("Among the dead were two civilians", "the centre said."),
      d.S("The Radaa force, led by", "opening fire first.")])
d.EV("ASSAULT", None, None, "Zawiya", "2027-02-08", 2, None,
     d.S("A separate drone strike on Monday afternoon", "Libya Observer."),
     [d.S("Six killed in overnight clashes"),
      d.S("It was not clear who carried out the strike.")])
d.EV("CONSULT", "Abdul Hamid Dbeibah", "Hanna Tetteh", "Tripoli", "2027-02-08", None, None,
     d.S("Prime Minister Abdul Hamid Dbeibah met", "on Monday."),
     [d.S("According to his office, the two discussed", "residential areas."),
      d.S("Tetteh said after the meeting", "neighbourhoods\".")])
d.EV("CONSULT", "Abdul Hamid Dbeibah", "Hakan Fidan", None, "2027-02-08", None, None,
     d.S("Dbeibah also held a phone call", "(GNU) said."))

# ---------------- g05 Reuters: Los Tiguerones attack in Socio Vivienda (Guayaquil); Machala police station blast
d = Doc("g05.txt", "Reuters", "2027-02-11"); docs.append(d)
d.E("Reuters", "ORG", "REUTERS")
d.E("Guayaquil", "GPE", "GUAYAQUIL")
d.E("Ecuador", "GPE")
d.B("Diego Ordóñez Salas", "PERSON")
d.B("Paula Mendieta", "PERSON")
d.B("Washington Cepeda", "PERSON")
d.B("Kylie Madsen", "PERSON")
d.B("Rosa Linares", "PERSON")
d.E("Socio Vivienda", "GPE")
d.E("Los Tiguerones", "ORG")
d.E("Los Choneros", "ORG")
d.E("Machala", "GPE")
d.E("National Police of Ecuador", "ORG", "National Police")
d.E("Daniel Noboa", "PERSON", "President Daniel Noboa")
d.E("John Reimberg", "PERSON", "Interior Minister John Reimberg")
d.E("Quito", "GPE")
d.E("Renato Villacrés", "PERSON")
d.E("Central University of Ecuador", "ORG")
d.E("Ecuadorian Ombudsman's Office", "ORG")
d.E("Durán", "GPE")
d.E("Peru", "GPE")
d.E("Lima", "GPE")
d.E("Colombia", "GPE")
d.E("National Liberation Army", "ORG", "ELN")
d.E("Arauca", "GPE")
d.Q("They came in, they shot", None)
d.Q("the terrorists will find", "Daniel Noboa")
d.Q("We know who gave the order", "John Reimberg")
d.Q("The army can hold a street", "Renato Villacrés")
d.Q("The gangs hold it for years", "Renato Villacrés")
d.Q("guarantee the right to life", "Ecuadorian Ombudsman's Office")
d.EV("ASSAULT", "Los Tiguerones", "Los Choneros", "Socio Vivienda", "2027-02-09", 8, 4,
     d.S("GUAYAQUIL, Ecuador, Feb 11 (Reuters) - Gunmen killed eight", "drug routes."),
     [d.S("Gunmen kill eight in Guayaquil"),
      d.S("Police said the attackers, who arrived", "terrorist organisation."),
      d.S("They said the victims were members", "a neighbour."),
      d.S("Interior Minister John Reimberg told reporters", "Guayaquil attack.")])
d.EV("ASSAULT", None, None, "Machala", "2027-02-10", None, 2,
     d.S("Separately, an explosive device thrown", "National Police said."),
     [d.S("No group claimed responsibility.")])

# ---------------- g06 The Moscow Times: drone strike on Rylsk (Kursk Oblast); 46 drones over Russia; Lgov depot; Putin-Khinshtein
d = Doc("g06.txt", "The Moscow Times", "2027-02-13"); docs.append(d)
d.B("The Moscow Times", "ORG")
d.B("Anna Veretennikova", "PERSON")
d.E("Rylsk", "GPE")
d.E("Kursk Oblast", "GPE", "Kursk region")
d.E("Alexander Khinshtein", "PERSON", "Governor Alexander Khinshtein", "Khinshtein")
d.E("Ukraine", "GPE")
d.E("Sumy Oblast", "GPE", "Sumy region")
d.E("Russia", "GPE")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Bryansk Oblast", "GPE", "Bryansk")
d.E("Oryol Oblast", "GPE", "Oryol")
d.E("Moscow Oblast", "GPE", "Moscow region")
d.E("Moscow", "GPE")
d.E("Sergei Sobyanin", "PERSON")
d.E("Kyiv", "GPE")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Vladimir Putin", "PERSON", "President Vladimir Putin", "Putin")
d.E("Verstka", "ORG")
d.E("Yelena Bortnikova", "PERSON")
d.E("Kursk", "GPE")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Lgov", "GPE")
d.E("Belgorod", "GPE")
d.Q("A drone deliberately struck", "Alexander Khinshtein")
d.Q("another crime of the Kyiv regime", "Dmitry Peskov")
d.Q("not go unanswered", "Dmitry Peskov")
d.Q("must feel that the state", "Vladimir Putin")
d.Q("People have been living in basements", "Yelena Bortnikova")
d.EV("ASSAULT", "Ukraine", None, "Rylsk", "2027-02-12", 3, 7,
     d.S("Three people were killed and seven injured", "Khinshtein said."),
     [d.S("Ukrainian Drone Strike Kills Three"),
      d.S("\"A drone deliberately struck", "serious condition."),
      d.S("Ukraine did not comment on the Rylsk strike."),
      d.S("Kremlin spokesman Dmitry Peskov called", "unanswered\".")])
d.EV("ASSAULT", "Ukraine", "Russia", "Russia", "2027-02-12", None, None,
     d.S("Russia's Defense Ministry said air defenses", "Moscow region."),
     [d.S("Moscow Mayor Sergei Sobyanin said", "no casualties.")])
d.EV("ASSAULT", "Ukraine", None, "Lgov", "2027-02-12", None, None,
     d.S("Ukraine's General Staff said on Friday", "secondary explosions."),
     [d.S("Russian officials did not confirm the strike.")])
d.EV("CONSULT", "Vladimir Putin", "Alexander Khinshtein", "Kremlin", "2027-02-12", None, None,
     d.S("Later on Friday, President Vladimir Putin received", "by the Kremlin."),
     [d.S("Putin told the governor", "in words\"."),
      d.S("The readout said Khinshtein", "Putin agreed.")])

# ---------------- g07 Anadolu: mosque attack in Tizégorou (Banibangou, Tillabéri); FAN drones near Ouallam-Béri; Tiani-Güler; Güler-Mody
d = Doc("g07.txt", "Anadolu Agency", "2027-02-16"); docs.append(d)
d.E("Anadolu Agency", "ORG", "Anadolu", "AA")
d.E("Niger", "GPE")
d.E("Turkey", "GPE", "Türkiye")
d.E("Niamey", "GPE", "NIAMEY")
d.B("Moussa Issoufou Hama", "PERSON")
d.E("Tizégorou", "GPE")
d.E("Tillabéri", "GPE", "Tillabéri region")
d.E("Banibangou", "GPE", "Banibangou department")
d.E("Islamic State Sahel Province", "ORG", "ISSP")
d.E("Nigerien Armed Forces", "ORG", "FAN")
d.E("Télé Sahel", "ORG")
d.E("Mali", "GPE")
d.E("Ouallam-Béri", "GPE")
d.E("Issoufou Mamane Harouna", "PERSON", "Col. Issoufou Mamane Harouna")
d.E("Abdourahamane Tiani", "PERSON", "Gen. Abdourahamane Tiani")
d.E("Yaşar Güler", "PERSON", "Turkish National Defense Minister Yaşar Güler", "Güler")
d.E("Turkish Ministry of National Defence", "ORG", "Turkish National Defense Ministry")
d.E("Salifou Mody", "PERSON", "Gen. Salifou Mody")
d.E("Nigerien Ministry of National Defence", "ORG", "Ministry of National Defense")
d.E("Economic Community of West African States", "ORG", "ECOWAS")
d.E("Burkina Faso", "GPE")
d.E("Russia", "GPE")
d.E("Boubacar Salou Djibo", "PERSON")
d.E("Centre for Security Studies in the Sahel", "ORG")
d.E("United Nations", "ORG", "UN")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.B("Selin Kaya Öztürk", "PERSON")
d.Q("They did not say a word", None)
d.Q("a terrorist column", "Nigerien Armed Forces")
d.Q("the murderers of Tizégorou", "Issoufou Mamane Harouna")
d.Q("the fight against terrorism", "Turkish Ministry of National Defence")
d.Q("Türkiye will continue", "Yaşar Güler")
d.Q("ISSP is trying", "Boubacar Salou Djibo")
d.EV("ASSAULT", None, None, "Tizégorou", "2027-02-14", 22, 11,
     d.S("Gunmen killed at least 22 worshippers", "told Anadolu."),
     [d.S("Gunmen kill 22 worshippers"),
      d.S("The attackers, who arrived on motorcycles", "security reasons."),
      d.S("No group has claimed responsibility, but residents", "for years.")])
d.EV("ASSAULT", "Nigerien Armed Forces", None, "Ouallam-Béri", "2027-02-15", None, None,
     d.S("The Nigerien Armed Forces (FAN) said", "Ouallam-Béri."),
     [d.S("Army says drones targeted"),
      d.S("The army did not give a death toll.")])
d.EV("CONSULT", "Abdourahamane Tiani", "Yaşar Güler", "Niamey", "2027-02-15", None, None,
     d.S("Also on Monday, the head of Niger's", "in Niamey."),
     [d.S("Army says drones targeted"),
      d.S("According to the Turkish National Defense Ministry", "defense equipment\"."),
      d.S("\"Türkiye will continue", "according to the ministry.")])
d.EV("CONSULT", "Yaşar Güler", "Salifou Mody", "Niamey", "2027-02-15", None, None,
     d.S("Güler later met his Nigerien counterpart", "National Defense."))

# ---------------- g08 Mimi Mefo Info: separatist attack on Bafut gendarmerie; BIR raid on Bambui (Tubah)
d = Doc("g08.txt", "Mimi Mefo Info", "2027-02-18"); docs.append(d)
d.E("Mimi Mefo Info", "ORG", "MIMI MEFO INFO", "MMI")
d.E("Bafut", "GPE")
d.E("Bambui", "GPE")
d.E("Mezam", "GPE", "Mezam division")
d.E("Northwest Region", "GPE", "North West")
d.E("Mezam Liberation Fighters", "ORG")
d.E("Ayeke", "PERSON", "General Ayeke")
d.E("Cameroon", "GPE", "La République")
d.E("Rapid Intervention Battalion", "ORG", "BIR")
d.E("Tubah", "GPE", "Tubah subdivision")
d.E("Nkwenti Bih Lucas", "PERSON")
d.E("Cameroonian Ministry of Defence", "ORG", "Ministry of Defence", "MINDEF")
d.E("Emmanuel Tanyi Ashu", "PERSON", "Barrister Emmanuel Tanyi Ashu")
d.E("Centre for Human Rights and Democracy in Africa", "ORG", "CHRDA")
d.E("Emmanuel Ndongo Mvondo", "PERSON")
d.E("Bamenda", "GPE")
d.E("Southwest Region", "GPE", "South West")
d.E("International Crisis Group", "ORG")
d.E("Buea", "GPE")
d.E("University of Buea", "ORG")
d.Q("to punish those who collect taxes", "Ayeke")
d.Q("They broke the doors", "Nkwenti Bih Lucas")
d.Q("a cowardly act by terrorist gangs", "Cameroonian Ministry of Defence")
d.Q("the defence and security forces", "Cameroonian Ministry of Defence")
d.Q("Every time the separatists attack", "Emmanuel Tanyi Ashu")
d.Q("collaborate with the forces", "Emmanuel Ndongo Mvondo")
d.EV("ASSAULT", "Mezam Liberation Fighters", None, "Bafut", "2027-02-16", 2, 4,
     d.S("Two gendarmes were killed and four others wounded", "Mimi Mefo Info (MMI)."),
     [d.S("Anglophone Crisis: Two gendarmes killed"),
      d.S("The fighters, who belong to a group", "a resident said."),
      d.S("In a video circulated on WhatsApp", "La République\"."),
      d.S("Cameroon's Ministry of Defence, known", "fully mobilised\".")])
d.EV("ASSAULT", "Rapid Intervention Battalion", None, "Bambui", "2027-02-17", 3, None,
     d.S("On Wednesday, soldiers of the Rapid Intervention Battalion", "local rights group."),
     [d.S("Anglophone Crisis: Two gendarmes killed"),
      d.S("\"They broke the doors", "among the dead."),
      d.S("The army has not commented on the Bambui raid.")])

# ---------------- g09 The Jakarta Post: TPNPB kills miners in Yahukimo; Sugapa post attack (Intan Jaya); Agus Subiyanto-Fakhiri
d = Doc("g09.txt", "The Jakarta Post", "2027-02-20"); docs.append(d)
d.E("The Jakarta Post", "ORG")
d.E("Indonesia", "GPE")
d.E("Papua", "GPE")
d.E("Yahukimo", "GPE", "Yahukimo regency")
d.E("Indonesian Military", "ORG", "TNI")
d.E("Jayapura", "GPE")
d.B("Nur Azizah Rahmawati", "PERSON")
d.E("Dekai", "GPE")
d.E("Highland Papua", "GPE")
d.B("Antara", "ORG")
d.B("Fredy Wonda", "PERSON")
d.E("West Papua National Liberation Army", "ORG", "TPNPB")
d.E("Free Papua Organization", "ORG", "OPM")
d.E("Yosias Wenda", "PERSON")
d.E("Highland Papua Police", "ORG")
d.E("Johannes Manuputty", "PERSON", "Brig. Gen. Johannes Manuputty")
d.E("South Sulawesi", "GPE")
d.E("Sugapa", "GPE", "Sugapa district")
d.E("Intan Jaya", "GPE", "Intan Jaya regency")
d.E("Central Papua", "GPE")
d.E("Hendra Wibisono", "PERSON", "Maj. Gen. Hendra Wibisono")
d.E("Agus Subiyanto", "PERSON", "Gen. Agus Subiyanto", "Agus")
d.E("Mathius Fakhiri", "PERSON", "Papua Governor Mathius Fakhiri", "Fakhiri")
d.E("Papuan Customary Council", "ORG", "DAP")
d.E("Yakobus Dimara", "PERSON")
d.E("Jakarta", "GPE")
d.E("Amnesty International Indonesia", "ORG")
d.E("Nabire", "GPE")
d.E("Freeport-McMoRan", "ORG", "Freeport")
d.Q("spies working for the Indonesian military", "Yosias Wenda")
d.Q("They were not spies", "Johannes Manuputty")
d.Q("secured the area", "Hendra Wibisono")
d.Q("prioritize a humanitarian approach", "Agus Subiyanto")
d.Q("Our clinics in the highlands", "Mathius Fakhiri")
d.Q("Indigenous Papuans and migrants", "Yakobus Dimara")
d.EV("ASSAULT", "West Papua National Liberation Army", None, "Yahukimo", "2027-02-18", 4, 1,
     d.S("Four gold miners were shot dead", "police said."),
     [d.S("Armed group kills four gold miners"),
      d.S("The West Papua National Liberation Army (TPNPB), the armed wing", "the killings."),
      d.S("The injured miner was evacuated", "Jayapura.")])
d.EV("ASSAULT", "West Papua National Liberation Army", "Indonesian Military", "Sugapa", "2027-02-19", 1, None,
     d.S("On Friday, a soldier was killed", "in a statement."),
     [d.S("TNI spokesman Maj. Gen. Hendra Wibisono said", "the perpetrators\".")])
d.EV("CONSULT", "Agus Subiyanto", "Mathius Fakhiri", "Jayapura", "2027-02-19", None, None,
     d.S("Also on Friday, TNI chief", "Easter holidays."),
     [d.S("Armed group kills four gold miners"),
      d.S("Agus said the military would", "attacks on civilians."),
      d.S("Fakhiri told The Jakarta Post after the meeting", "health workers.")])

# ---------------- g10 The Astana Times: Tokayev-Mirziyoyev in Astana; Kosherbayev-Saidov; Tokayev-Japarov call
d = Doc("g10.txt", "The Astana Times", "2027-02-23"); docs.append(d)
d.B("The Astana Times", "ORG")
d.B("Aigerim Seitkali", "PERSON")
d.E("Kassym-Jomart Tokayev", "PERSON", "Kazakh President Kassym-Jomart Tokayev", "Tokayev")
d.E("Shavkat Mirziyoyev", "PERSON", "Uzbek President Shavkat Mirziyoyev", "Mirziyoyev")
d.E("Astana", "GPE", "ASTANA")
d.E("Akorda", "ORG")
d.E("Uzbekistan", "GPE")
d.E("Samarkand", "GPE")
d.E("Yermek Kosherbayev", "PERSON", "Kazakh Foreign Minister Yermek Kosherbayev")
d.E("Bakhtiyor Saidov", "PERSON", "Saidov")
d.E("Kazakh Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs of Kazakhstan")
d.E("Kazakhstan", "GPE")
d.E("Sadyr Japarov", "PERSON", "Kyrgyz President Sadyr Japarov", "Japarov")
d.E("Nurlan Toktobayev", "PERSON")
d.E("Bureau of National Statistics", "ORG")
d.E("Dana Zhumabekova", "PERSON")
d.E("Kazakhstan Institute for Strategic Studies", "ORG", "KazISS")
d.E("European Union", "ORG")
d.E("Almaty", "GPE")
d.Q("Uzbekistan is our strategic partner", "Kassym-Jomart Tokayev")
d.Q("warm and truly brotherly reception", "Shavkat Mirziyoyev")
d.Q("as one economic space", "Shavkat Mirziyoyev")
d.Q("We agreed on a road map", "Bakhtiyor Saidov")
d.Q("a matter of economic survival", "Dana Zhumabekova")
d.EV("CONSULT", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Astana", "2027-02-22", None, None,
     d.S("ASTANA – Kazakh President", "Syr Darya basin."),
     [d.S("Tokayev, Mirziyoyev agree to double trade"),
      d.S("The talks began in a narrow format", "press service reported."),
      d.S("The two leaders signed an agreement", "energy, transport and education.")])
d.EV("CONSULT", "Yermek Kosherbayev", "Bakhtiyor Saidov", "Astana", "2027-02-22", None, None,
     d.S("On the same day, Kazakh Foreign Minister", "third-country tourists."),
     [d.S("\"We agreed on a road map", "after the meeting.")])
d.EV("CONSULT", "Kassym-Jomart Tokayev", "Sadyr Japarov", None, "2027-02-21", None, None,
     d.S("On Feb. 21, a day before the visit", "the Akorda said."))

# ---------------- g11 RNZ: Luxon-Rabuka in Wellington; Peters-Prasad; Luxon-Albanese call
d = Doc("g11.txt", "RNZ", "2027-02-25"); docs.append(d)
d.E("RNZ", "ORG", "Radio New Zealand")
d.B("Laila Tautahi", "PERSON")
d.B("Samuel Ah Kuoi", "PERSON")
d.E("Christopher Luxon", "PERSON", "Prime Minister Christopher Luxon", "Luxon")
d.E("Sitiveni Rabuka", "PERSON", "Fiji Prime Minister Sitiveni Rabuka", "Rabuka")
d.E("Wellington", "GPE")
d.E("New Zealand Parliament", "ORG", "Parliament")
d.E("New Zealand", "GPE")
d.E("Fiji", "GPE")
d.E("New Zealand Defence Force", "ORG", "NZDF")
d.E("Republic of Fiji Military Forces", "ORG", "RFMF")
d.E("Winston Peters", "PERSON", "Foreign Minister Winston Peters", "Peters")
d.E("Biman Prasad", "PERSON")
d.E("Pacific Islands Forum", "ORG", "PIF")
d.E("Honiara", "GPE")
d.E("Anthony Albanese", "PERSON", "Australian Prime Minister Anthony Albanese")
d.E("Australia", "GPE")
d.E("China", "GPE")
d.E("Chinese Embassy in Fiji", "ORG")
d.E("Tamati Rewiri-Hale", "PERSON")
d.E("Auckland", "GPE")
d.E("Sione Tupou-Havili", "PERSON", "Dr Sione Tupou-Havili")
d.E("Victoria University of Wellington", "ORG")
d.E("Tonga", "GPE")
d.E("Nuku'alofa", "GPE")
d.E("Samoa", "GPE")
d.Q("as close as it has ever been", "Christopher Luxon")
d.Q("Fiji is a family member", "Christopher Luxon")
d.Q("listen first and build second", "Sitiveni Rabuka")
d.Q("more contested than", "Winston Peters")
d.Q("but we will be honest", "Winston Peters")
d.Q("independent choice of partners", "Chinese Embassy in Fiji")
d.Q("Pacific leaders have heard", "Tamati Rewiri-Hale")
d.Q("spreading its bets carefully", "Sione Tupou-Havili")
d.EV("CONSULT", "Christopher Luxon", "Sitiveni Rabuka", "Wellington", "2027-02-24", None, None,
     d.S("Prime Minister Christopher Luxon and his Fijian counterpart", "on Wednesday."),
     [d.S("Luxon and Rabuka sign new defence"),
      d.S("Speaking to reporters after the meeting", "ever been\".")])
d.EV("CONSULT", "Winston Peters", "Biman Prasad", "Wellington", "2027-02-24", None, None,
     d.S("Earlier on Wednesday, Foreign Minister Winston Peters", "in Honiara."))
d.EV("CONSULT", "Christopher Luxon", "Anthony Albanese", None, "2027-02-23", None, None,
     d.S("On Tuesday, ahead of the visit, Luxon", "his office said."))

# ---------------- g12 MercoPress: Lula-Paz in Brasília; Vieira-Aramayo; Paz-Milei call
d = Doc("g12.txt", "MercoPress", "2027-02-26"); docs.append(d)
d.B("MercoPress", "ORG", "South Atlantic News Agency")
d.E("Luiz Inácio Lula da Silva", "PERSON", "Brazilian President Luiz Inácio Lula da Silva", "Lula")
d.E("Rodrigo Paz", "PERSON", "Bolivian President Rodrigo Paz", "Paz")
d.E("Brasília", "GPE")
d.E("Javier Milei", "PERSON", "Argentine President Javier Milei", "Milei")
d.B("Agência Brasil", "ORG")
d.B("Tiago Brandão Lins", "PERSON")
d.E("Brazil", "GPE")
d.E("Bolivia", "GPE")
d.E("Petrobras", "ORG")
d.E("Tarija", "GPE")
d.E("Yacimientos Petrolíferos Fiscales Bolivianos", "ORG", "YPFB")
d.E("Mauro Vieira", "PERSON", "Foreign Minister Mauro Vieira")
d.E("Fernando Aramayo", "PERSON")
d.E("Brazilian Ministry of Foreign Affairs", "ORG", "Itamaraty", "Ministry of Foreign Affairs")
d.E("La Paz", "GPE")
d.E("Mercosur", "ORG")
d.E("Asunción", "GPE")
d.E("Casa Rosada", "ORG")
d.E("Santos", "GPE")
d.E("Ilo", "GPE")
d.E("Argentina", "GPE")
d.E("Mariana Quiroga Echeverría", "PERSON")
d.E("Fundación Milenio", "ORG")
d.E("Alexandre Silveira", "PERSON")
d.E("São Paulo", "GPE")
d.E("Federation of Industries of the State of São Paulo", "ORG", "FIESP")
d.E("Uruguay", "GPE")
d.E("Paraguay", "GPE")
d.E("Chile", "GPE")
d.Q("Bolivia has gas", "Luiz Inácio Lula da Silva")
d.Q("investment with rules", "Rodrigo Paz")
d.Q("partners who bring technology", "Rodrigo Paz")
d.Q("joint action against drug trafficking", "Brazilian Ministry of Foreign Affairs")
d.Q("Paz is trying to win back", "Mariana Quiroga Echeverría")
d.EV("CONSULT", "Luiz Inácio Lula da Silva", "Rodrigo Paz", "Brasília", "2027-02-25", None, None,
     d.S("Brazilian President Luiz Inácio Lula da Silva received", "November 2025."),
     [d.S("Lula and Paz sign gas and lithium accords"),
      d.S("The two leaders signed seven agreements", "(YPFB)."),
      d.S("The joint declaration named", "coming decade.")])
d.EV("CONSULT", "Mauro Vieira", "Fernando Aramayo", "Brasília", "2027-02-25", None, None,
     d.S("Foreign Minister Mauro Vieira met", "finalise the texts."),
     [d.S("According to Brazil's Ministry of Foreign Affairs", "on the border\".")])
d.EV("CONSULT", "Rodrigo Paz", "Javier Milei", None, "2027-02-24", None, None,
     d.S("On Wednesday, before leaving La Paz", "presidency said."),
     [d.S("Lula and Paz sign gas and lithium accords"),
      d.S("The Casa Rosada confirmed the call but gave no details.")])

# ---------------- g13 Mining Weekly: Orrin Vale Metals buys Kasempa Copper Holdings (business; no events)
d = Doc("g13.txt", "Mining Weekly", "2027-02-10"); docs.append(d)
d.E("Mining Weekly", "ORG")
d.E("Zambia", "GPE")
d.E("Canada", "GPE")
d.E("Orrin Vale Metals", "ORG", "Orrin Vale")
d.E("Kasempa Copper Holdings", "ORG", "Kasempa Copper", "Kasempa")
d.E("ZCCM Investments Holdings", "ORG", "ZCCM-IH")
d.B("Chanda Mwila Banda", "PERSON")
d.B("Creamer Media", "ORG")
d.E("North-Western", "GPE", "North-Western province")
d.E("Toronto Stock Exchange", "ORG", "TSX")
d.E("Margaret Delacroix-Hume", "PERSON")
d.E("Vancouver", "GPE")
d.E("Bwalya Chisanga", "PERSON")
d.E("Lusaka Securities Exchange", "ORG", "LuSE")
d.E("Paul Kabuswe", "PERSON")
d.E("Competition and Consumer Protection Commission", "ORG", "CCPC")
d.E("Stanbic Bank Zambia", "ORG")
d.E("Thandiwe Musonda-Reid", "PERSON")
d.E("Lusaka", "GPE")
d.E("Kafue Capital", "ORG")
d.E("Rothschild & Co", "ORG")
d.E("Absa Bank", "ORG")
d.E("Copperbelt Energy Corporation", "ORG")
d.E("Mopani Copper Mines", "ORG", "Mopani")
d.Q("a tier-one asset", "Margaret Delacroix-Hume")
d.Q("give the mine the capital", "Bwalya Chisanga")
d.Q("secured board representation", "ZCCM Investments Holdings")
d.Q("Zambia is open for business", "Paul Kabuswe")
d.Q("a fair but not generous multiple", "Stanbic Bank Zambia")
d.Q("Buyers are paying for tonnes", "Thandiwe Musonda-Reid")

# ---------------- g14 Health Policy Watch: finger-prick TB test trial in Viet Nam and Peru (science; no events)
d = Doc("g14.txt", "Health Policy Watch", "2027-02-17"); docs.append(d)
d.B("Health Policy Watch", "ORG")
d.B("Rohan Mehra-Castillo", "PERSON")
d.B("Nguyen Thi Lan", "PERSON")
d.E("Ho Chi Minh City", "GPE")
d.E("Oxford University Clinical Research Unit", "ORG", "OUCRU")
d.E("Vietnam", "GPE", "Viet Nam")
d.E("Peru", "GPE")
d.E("The Lancet Infectious Diseases", "ORG")
d.E("Universidad Peruana Cayetano Heredia", "ORG")
d.E("Lima", "GPE")
d.E("Wellcome Trust", "ORG")
d.E("Global Fund to Fight AIDS, Tuberculosis and Malaria", "ORG")
d.E("Tran Minh Khoa", "PERSON", "Dr. Tran Minh Khoa")
d.E("World Health Organization", "ORG", "WHO")
d.E("Lucía Fernández de Córdova", "PERSON", "Dr. Lucía Fernández de Córdova")
d.E("Brightwater Diagnostics", "ORG")
d.E("Leiden", "GPE")
d.E("Hendrik van der Merwe", "PERSON", "Prof. Hendrik van der Merwe")
d.E("Stellenbosch University", "ORG")
d.E("Stop TB Partnership", "ORG")
d.E("Indonesia", "GPE")
d.E("Jakarta", "GPE")
d.Q("Half of the people we tested", "Tran Minh Khoa")
d.Q("With blood, nobody", "Tran Minh Khoa")
d.Q("This is the first time", "Lucía Fernández de Córdova")
d.Q("But we need to see it work", "Lucía Fernández de Córdova")
d.Q("below five US dollars", "Brightwater Diagnostics")
d.Q("A test that works in a trial", "Hendrik van der Merwe")
d.Q("transform case-finding", "Stop TB Partnership")

# ---------------- g15 Malay Mail: High Court jails ex-deputy minister Razali Hashim (court; no events)
d = Doc("g15.txt", "Malay Mail", "2027-02-19"); docs.append(d)
d.B("Malay Mail", "ORG")
d.E("Malaysia", "GPE")
d.E("Razali Hashim", "PERSON", "Datuk Seri Razali Hashim", "Razali")
d.B("Izzati Roslan", "PERSON", "IZZATI ROSLAN")
d.E("Kuala Lumpur", "GPE", "KUALA LUMPUR")
d.B("Syazwan Mohd Hairi", "PERSON")
d.E("Kuala Lumpur High Court", "ORG", "High Court")
d.E("Noorazlina Abdul Wahab", "PERSON", "Judge Datuk Noorazlina Abdul Wahab")
d.E("Bina Teguh Sdn Bhd", "ORG", "Bina Teguh")
d.E("Pahang", "GPE")
d.E("Kelantan", "GPE")
d.E("Amarjit Singh Gill", "PERSON", "Datuk Amarjit Singh Gill")
d.E("Court of Appeal of Malaysia", "ORG", "Court of Appeal")
d.E("Malaysian Anti-Corruption Commission", "ORG", "MACC")
d.E("Nur Aisyah Kamarulzaman", "PERSON")
d.E("Lim Choon Hock", "PERSON")
d.E("Azam Baki", "PERSON", "Tan Sri Azam Baki")
d.E("Anwar Ibrahim", "PERSON", "Datuk Seri Anwar Ibrahim")
d.E("Putrajaya", "GPE")
d.E("United Malays National Organisation", "ORG", "Umno")
d.E("Transparency International Malaysia", "ORG", "TI-M")
d.E("Raja Shah Nizam Raja Ahmad", "PERSON", "Dr Raja Shah Nizam Raja Ahmad")
d.E("Najib Razak", "PERSON", "Najib")
d.E("Federal Court of Malaysia", "ORG", "Federal Court")
d.E("Sabah", "GPE")
d.Q("The accused abused a position", "Noorazlina Abdul Wahab")
d.Q("a clear message to holders", "Noorazlina Abdul Wahab")
d.Q("We respectfully disagree", "Amarjit Singh Gill")
d.Q("committed systematically over", "Nur Aisyah Kamarulzaman")
d.Q("no one is above the law", "Azam Baki")
d.Q("The judiciary has spoken", "Anwar Ibrahim")

# ---------------- g16 RTÉ Sport: Ireland 24-19 France, Six Nations (sport; no events)
d = Doc("g16.txt", "RTÉ Sport", "2027-02-07"); docs.append(d)
d.B("RTÉ", "ORG", "RTÉ Sport")
d.B("Ciarán Ó Dubhghaill", "PERSON")
d.B("INPHO", "ORG")
d.B("Oisín McGuinness", "PERSON")
d.E("Sam Prendergast", "PERSON", "Prendergast")
d.E("Ireland", "GPE")
d.E("France", "GPE")
d.E("Dublin", "GPE")
d.E("Louis Bielle-Biarrey", "PERSON", "Bielle-Biarrey")
d.E("Gus McCarthy", "PERSON", "McCarthy")
d.E("Leinster Rugby", "ORG", "Leinster")
d.E("Jamison Gibson-Park", "PERSON")
d.E("James Lowe", "PERSON", "Lowe")
d.E("Caelan Doris", "PERSON")
d.E("Antoine Dupont", "PERSON", "Dupont")
d.E("Thomas Ramos", "PERSON", "Ramos")
d.E("Damian Penaud", "PERSON")
d.E("Hugo Keenan", "PERSON")
d.E("Fabien Galthié", "PERSON", "Galthié")
d.E("Rome", "GPE")
d.E("Andy Farrell", "PERSON")
d.E("Irish Rugby Football Union", "ORG", "IRFU")
d.E("Tadhg Furlong", "PERSON")
d.E("Cardiff", "GPE")
d.E("Wales", "GPE")
d.E("Italy", "GPE")
d.E("Paris", "GPE")
d.E("Karl Dickson", "PERSON")
d.E("England", "GPE")
d.E("Munster Rugby", "ORG", "Munster")
d.E("Jack Crowley", "PERSON", "Crowley")
d.Q("You practise those kicks", "Sam Prendergast")
d.Q("That's the only reason", "Sam Prendergast")
d.Q("We had the attack", "Fabien Galthié")
d.Q("Against Ireland in Dublin", "Fabien Galthié")
d.Q("a serious doubt for Rome", "Fabien Galthié")
d.Q("The lads that came on", "Andy Farrell")
d.Q("I'm proud of how", "Andy Farrell")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

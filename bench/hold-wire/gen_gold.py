"""Builds hold-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / end-credit names are added with B() (they are entities by the
existing gold's practice); `python3 gen_gold.py --no-credits` writes gold.jsonl without them.
The Doc helper class is copied from bench/check-wire (itself from scout-, probe- and fresh-wire)."""
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
    def B(self, name, typ, *aliases):  # named only in a byline or a credit line
        if not NO_CREDITS: self.E(name, typ, *aliases)
    def Q(self, start, speaker, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = self.t.index(start, i + 1)
        j = min(k for k in (self.t.find('"', i), self.t.find('\u201d', i)) if k != -1)
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
# ---------------- h01 Addis Standard: Fano storm ENDF camp in Mota (East Gojjam); drone strike near Bichena; Abiy-Arega
d = Doc("h01.txt", "Addis Standard", "2027-02-02"); docs.append(d)
d.E("Fano", "ORG")
d.E("Mota", "GPE")
d.E("Bichena", "GPE")
d.E("Bahir Dar", "GPE")
d.E("Addis Standard", "ORG")
d.E("East Gojjam", "GPE", "East Gojjam zone")
d.E("Addis Ababa", "GPE", "Addis Abeba")
d.E("Ethiopian National Defense Force", "ORG", "ENDF")
d.E("Amhara", "GPE", "Amhara region")
d.E("Gojjam", "GPE")
d.E("Dessie Mekonnen", "PERSON", "Colonel Dessie Mekonnen")
d.E("Government Communication Service", "ORG")
d.E("West Gojjam", "GPE", "West Gojjam zone")
d.E("Abebe Tilahun", "PERSON")
d.E("Ethiopian Human Rights Commission", "ORG", "EHRC")
d.E("Abiy Ahmed", "PERSON", "Prime Minister Abiy Ahmed")
d.E("Arega Kebede", "PERSON", "Arega")
d.E("Office of the Prime Minister of Ethiopia", "ORG", "Office of the Prime Minister")
d.E("Ethiopian Broadcasting Corporation", "ORG", "EBC")
d.E("Fana Broadcasting Corporate", "ORG", "FBC")
d.Q("We received soldiers and farmers", None)
d.Q("held the camp for several hours", "Dessie Mekonnen")
d.Q("repelled an attack by extremist elements", "Government Communication Service")
d.Q("inflicted heavy losses", "Government Communication Service")
d.Q("The minibus was carrying people", "Abebe Tilahun")
d.Q("The door to peace remains open", "Arega Kebede")
d.EV("ASSAULT", "Fano", "Ethiopian National Defense Force", "Mota", "2027-01-31", 11, 19,
     d.S("Addis Abeba, February 2/2027 – At least 11 people", "told Addis Standard."),
     [d.S("News: At least 11 killed as Fano fighters"),
      d.S("Another 19 people were wounded", "not to be named."),
      d.S("A Fano commander in Gojjam who identified", "before withdrawing."),
      d.S("The Government Communication Service said", "on them.")])
d.EV("ASSAULT", None, None, "Bichena", "2027-02-01", 7, None,
     d.S("In a separate incident on Monday afternoon", "residents said."),
     [d.S("News: At least 11 killed as Fano fighters"),
      d.S("Relatives of the victims blamed federal forces", "since late 2023."),
      d.S("“The minibus was carrying people", "among the dead.")])
d.EV("CONSULT", "Abiy Ahmed", "Arega Kebede", "Addis Ababa", "2027-02-01", None, None,
     d.S("Meanwhile, Prime Minister Abiy Ahmed (PhD) met", "Prime Minister said."),
     [d.S("Arega told the state broadcaster EBC after the meeting", "closed by force.”")])

# ---------------- h02 Mimi Mefo Info: Bui Warriors attack gendarmerie post in Tobin (Kumbo); BIR raid on Kikaikelaki; Atanga Nji-Lele L'Afrique
d = Doc("h02.txt", "Mimi Mefo Info", "2027-02-04"); docs.append(d)
d.E("North-West", "GPE", "NW", "North-West region")
d.E("Kumbo", "GPE")
d.E("Kikaikelaki", "GPE")
d.B("Ndi Eugene Ngwa", "PERSON")
d.E("Tobin", "GPE")
d.E("Bui", "GPE", "Bui division")
d.E("Cameroon", "GPE")
d.E("Mimi Mefo Info", "ORG", "MMI")
d.E("Bui Warriors", "ORG")
d.E("Bamenda", "GPE")
d.E("Rapid Intervention Battalion", "ORG", "BIR")
d.E("Jean-Claude Essomba Ndoe", "PERSON", "Lieutenant Colonel Jean-Claude Essomba Ndoe")
d.E("Centre for Human Rights and Democracy in Africa", "ORG", "CHRDA")
d.E("Buea", "GPE")
d.E("Paul Atanga Nji", "PERSON", "Atanga Nji")
d.E("Adolphe Lele L'Afrique", "PERSON")
d.E("South-West", "GPE")
d.E("International Crisis Group", "ORG", "ICG")
d.E("Nigeria", "GPE")
d.Q("harass our people at checkpoints", None)
d.Q("The defence forces will continue", "Jean-Claude Essomba Ndoe")
d.Q("Every death in Kikaikelaki", "Centre for Human Rights and Democracy in Africa")
d.Q("Those who burn schools", "Paul Atanga Nji")
d.Q("they are criminals", "Paul Atanga Nji")
d.EV("ASSAULT", "Bui Warriors", None, "Tobin", "2027-02-02", 3, 2,
     d.S("Three gendarmes were killed and two others wounded", "told MMI."),
     [d.S("NW Crisis: Separatist fighters kill three gendarmes"),
      d.S("A separatist group calling itself the Bui Warriors", "Wednesday morning."),
      d.S("In the video, a masked fighter said", "every day.\""),
      d.S("The attackers set fire to a pick-up truck", "on condition of anonymity.")])
d.EV("ASSAULT", "Rapid Intervention Battalion", None, "Kikaikelaki", "2027-02-03", 5, None,
     d.S("Soldiers of the Rapid Intervention Battalion (BIR) killed", "the army said."),
     [d.S("NW Crisis: Separatist fighters kill three gendarmes"),
      d.S("Army spokesman Lieutenant Colonel", "locally made guns."),
      d.S("Residents of Kikaikelaki told MMI", "fields early.")])
d.EV("CONSULT", "Paul Atanga Nji", "Adolphe Lele L'Afrique", "Bamenda", "2027-02-03", None, None,
     d.S("In Bamenda, the Minister of Territorial Administration", "traditional rulers."),
     [d.S("\"Those who burn schools", "treat them as such.\"")])

# ---------------- h03 The Indian Express: Phubala firing (Bishnupur); Motbung IED (Kangpokpi); Shah-Bhalla review in New Delhi
d = Doc("h03.txt", "The Indian Express", "2027-02-06"); docs.append(d)
d.E("Manipur", "GPE")
d.E("Bishnupur", "GPE", "Bishnupur district")
d.E("Assam Rifles", "ORG")
d.E("Kangpokpi", "GPE", "Kangpokpi district")
d.E("Amit Shah", "PERSON", "Union Home Minister Amit Shah", "Shah")
d.E("Ajay Kumar Bhalla", "PERSON", "Governor Ajay Kumar Bhalla", "Governor Bhalla")
d.B("Sanjoy Kshetrimayum", "PERSON")
d.E("Imphal", "GPE")
d.E("Phubala", "GPE")
d.E("Central Reserve Police Force", "ORG", "CRPF")
d.E("Manipur Police", "ORG")
d.E("Laishram Ibomcha", "PERSON")
d.E("The Indian Express", "ORG", "Express")
d.E("Coordinating Committee on Manipur Integrity", "ORG", "COCOMI")
d.E("Indigenous Tribal Leaders' Forum", "ORG", "ITLF")
d.E("Government of India", "ORG", "Centre")
d.E("Thangminlen Haokip", "PERSON")
d.E("Churachandpur", "GPE")
d.E("Motbung", "GPE")
d.E("New Delhi", "GPE")
d.E("Govind Mohan", "PERSON", "Union Home Secretary Govind Mohan")
d.E("Intelligence Bureau", "ORG")
d.E("Tapan Deka", "PERSON")
d.E("Indian Army", "ORG", "Army")
d.E("Ministry of Home Affairs", "ORG", "MHA")
d.Q("Additional forces have been rushed", "Manipur Police")
d.Q("We can see the bunkers", "Laishram Ibomcha")
d.Q("failing to protect farmers", "Coordinating Committee on Manipur Integrity")
d.Q("We have no information that our volunteers", "Thangminlen Haokip")
d.EV("ASSAULT", None, None, "Phubala", "2027-02-05", 2, 3,
     d.S("Two farmers were killed and three others injured", "police said."),
     [d.S("Manipur: Two farmers killed in firing"),
      d.S("The farmers were preparing their fields", "a senior police officer said.")])
d.EV("ASSAULT", None, "Assam Rifles", "Motbung", "2027-02-04", None, 4,
     d.S("In Kangpokpi district, four Assam Rifles personnel", "officials said."),
     [d.S("Manipur: Two farmers killed in firing")])
d.EV("CONSULT", "Amit Shah", "Ajay Kumar Bhalla", "New Delhi", "2027-02-05", None, None,
     d.S("In New Delhi, Shah on Friday chaired", "(MHA) said."),
     [d.S("Union Home Minister Amit Shah reviews security"),
      d.S("Shah directed the security forces", "the statement said."),
      d.S("The meeting also reviewed the recovery", "it added.")])

# ---------------- h04 Bangkok Post: Sungai Kolok bomb (Narathiwat); headman shot in Taling Chan (Bannang Sata, Yala); Somkid-BRN talks in Kuala Lumpur
d = Doc("h04.txt", "Bangkok Post", "2027-02-08"); docs.append(d)
d.E("Sungai Kolok", "GPE", "Su-ngai Kolok")
d.B("Sakariya Dolah", "PERSON")
d.E("Narathiwat", "GPE", "NARATHIWAT")
d.E("Anuwat Sae-lim", "PERSON", "Pol Col Anuwat Sae-lim", "Pol Col Anuwat")
d.E("Krisada Thongsuk", "PERSON", "Col Krisada Thongsuk")
d.E("Internal Security Operations Command", "ORG", "Isoc")
d.E("Barisan Revolusi Nasional", "ORG", "BRN")
d.E("Yala", "GPE")
d.E("Mahama Sateh", "PERSON")
d.E("Taling Chan", "GPE")
d.E("Bannang Sata district", "GPE")
d.E("Somkid Wongprasert", "PERSON", "Gen Somkid Wongprasert", "Gen Somkid")
d.E("Kuala Lumpur", "GPE")
d.E("Malaysia", "GPE")
d.E("Bangkok Post", "ORG")
d.E("Zulkifli Abdul Hamid", "PERSON", "Tan Sri Zulkifli Abdul Hamid")
d.E("AFP", "ORG")
d.E("Deep South Watch", "ORG")
d.E("Pattani", "GPE")
d.E("Rueso", "GPE")
d.Q("It was set to go off", "Anuwat Sae-lim")
d.Q("frank and useful", "Somkid Wongprasert")
d.Q("committed to the political path", "Barisan Revolusi Nasional")
d.EV("ASSAULT", None, None, "Sungai Kolok", "2027-02-07", 2, 14,
     d.S("NARATHIWAT: Two people were killed", "police said."),
     [d.S("Two killed, 14 hurt in Sungai Kolok bomb"),
      d.S("Explosive hidden in motorcycle went off"),
      d.S("Forensic police examine the scene", "on Sunday night."),
      d.S("Four of the injured, including a Malaysian tourist", "Monday morning."),
      d.S("Pol Col Anuwat Sae-lim, superintendent", "8.30pm."),
      d.S("Col Krisada Thongsuk, a spokesman", "in border towns.")])
d.EV("ASSAULT", None, None, "Taling Chan", "2027-02-06", 1, None,
     d.S("In Yala, gunmen shot dead a village headman", "police said."))
d.EV("CONSULT", "Somkid Wongprasert", "Barisan Revolusi Nasional", "Kuala Lumpur", None, None, None,
     d.S("The attacks came days after Gen Somkid", "facilitated by Malaysia."),
     [d.S("Gen Somkid told the Bangkok Post", "month of Ramadan."),
      d.S("The BRN said in a statement after the talks", "lasting peace\".")])

# ---------------- h05 The Jakarta Post: TPNPB attack on Sugapa post (Intan Jaya); TNI raid in Hitadipa; Prabowo-Meki Nawipa in Jakarta
d = Doc("h05.txt", "The Jakarta Post", "2027-02-09"); docs.append(d)
d.E("West Papua National Liberation Army", "ORG", "TPNPB")
d.E("Intan Jaya", "GPE", "Intan Jaya regency")
d.B("The Jakarta Post", "ORG")
d.E("Jakarta", "GPE")
d.E("Jayapura", "GPE")
d.E("Sugapa", "GPE")
d.E("Central Papua", "GPE")
d.E("Antara", "ORG")
d.B("Rizal Mahendra", "PERSON")
d.E("Markus Kogoya", "PERSON", "Markus")
d.E("Papua", "GPE")
d.E("Free Papua Movement", "ORG", "OPM")
d.E("Indonesian National Armed Forces", "ORG", "Indonesian Military", "TNI")
d.E("Ridwan Siregar", "PERSON", "Brig. Gen. Ridwan Siregar", "Ridwan")
d.E("Timika", "GPE")
d.E("Hitadipa", "GPE")
d.E("Prabowo Subianto", "PERSON", "President Prabowo Subianto")
d.E("Meki Nawipa", "PERSON", "Central Papua Governor Meki Nawipa", "Meki")
d.E("Prasetyo Hadi", "PERSON", "State Secretary Prasetyo Hadi", "Prasetyo")
d.E("Amnesty International Indonesia", "ORG")
d.E("Usman Hamid", "PERSON")
d.E("Paniai", "GPE")
d.Q("as a warning to the Indonesian military", "Markus Kogoya")
d.Q("They were unarmed at that moment", "Ridwan Siregar")
d.Q("The President asked that the security approach", "Prasetyo Hadi")
d.Q("Papuans do not only need soldiers", "Meki Nawipa")
d.Q("Every operation ends with villagers", "Usman Hamid")
d.EV("ASSAULT", "West Papua National Liberation Army", None, "Sugapa", "2027-02-08", 2, 1,
     d.S("Two soldiers were killed and another was injured", "the military said."),
     [d.S("TPNPB claims attack that killed two soldiers"),
      d.S("TPNPB spokesperson Markus Kogoya said", "land of Papua\"."),
      d.S("Indonesian Military (TNI) information center head", "behind the post."),
      d.S("\"They were unarmed at that moment", "for treatment.")])
d.EV("ASSAULT", "Indonesian National Armed Forces", "West Papua National Liberation Army", "Hitadipa", "2027-02-09", 3, None,
     d.S("On Tuesday morning, troops raided a TPNPB camp", "follow-up statement."),
     [d.S("Markus disputed the military's account", "tending their gardens.")])
d.EV("CONSULT", "Prabowo Subianto", "Meki Nawipa", "Jakarta", "2027-02-08", None, None,
     d.S("In Jakarta, President Prabowo Subianto received", "Prasetyo Hadi said."),
     [d.S("\"The President asked that the security approach", "Prasetyo said."),
      d.S("Meki told state news agency Antara after the meeting", "to the highlands.")])

# ---------------- h06 Rudaw: drone on Bai Hassan field near Dibis (Kirkuk); IS attack near Daquq; Masrour Barzani-al-Sudani in Baghdad; Barzani-Bayraktar call
d = Doc("h06.txt", "Rudaw", "2027-02-10"); docs.append(d)
d.E("Erbil", "GPE", "ERBIL")
d.E("Baghdad", "GPE")
d.E("Rudaw", "ORG", "Rudaw English")
d.E("Kurdistan Region", "GPE")
d.E("Dibis", "GPE")
d.E("Kirkuk", "GPE")
d.E("North Oil Company", "ORG")
d.E("Iraq", "GPE")
d.E("Security Media Cell", "ORG")
d.E("Hussein Abdulkarim al-Jabouri", "PERSON")
d.E("Islamic State", "ORG", "ISIS")
d.E("Daquq", "GPE")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Peshmerga", "ORG")
d.E("Garmiyan", "GPE")
d.E("Masrour Barzani", "PERSON", "Prime Minister Masrour Barzani", "Barzani")
d.E("Mohammed Shia al-Sudani", "PERSON", "Prime Minister Mohammed Shia al-Sudani", "al-Sudani")
d.E("Turkey", "GPE")
d.E("Kurdistan Regional Government", "ORG", "KRG")
d.E("Alparslan Bayraktar", "PERSON", "Energy Minister Alparslan Bayraktar")
d.E("Iraqi Ministry of Oil", "ORG", "Ministry of Oil")
d.E("State Organization for Marketing of Oil", "ORG", "SOMO")
d.E("Sirwan Hama Karim", "PERSON")
d.Q("a small drone of unknown origin", "Security Media Cell")
d.Q("We will need at least ten days", "Hussein Abdulkarim al-Jabouri")
d.Q("has met every one of its obligations", "Masrour Barzani")
d.Q("The two sides agreed that the salaries", "Kurdistan Regional Government")
d.Q("We have heard these promises", "Sirwan Hama Karim")
d.EV("ASSAULT", None, None, "Dibis", "2027-02-10", None, 2,
     d.S("ERBIL, Kurdistan Region - An explosive-laden drone", "on Wednesday."),
     [d.S("Drone hits Bai Hassan oil field"),
      d.S("Iraq's Security Media Cell said in a statement", "by dawn."),
      d.S("\"We will need at least ten days", "told Rudaw English.")])
d.EV("ASSAULT", "Islamic State", None, "Daquq", "2027-02-08", 2, 3,
     d.S("On Monday night, Islamic State (ISIS) militants", "operations command."),
     [d.S("The group later claimed the attack", "news agency.")])
d.EV("CONSULT", "Masrour Barzani", "Mohammed Shia al-Sudani", "Baghdad", "2027-02-09", None, None,
     d.S("In Baghdad, Kurdistan Region Prime Minister", "(KRG) said."),
     [d.S("Drone hits Bai Hassan oil field"),
      d.S("Barzani told al-Sudani that Erbil", "to the statement."),
      d.S("\"The two sides agreed that the salaries", "the KRG added.")])
d.EV("CONSULT", "Masrour Barzani", "Alparslan Bayraktar", None, "2027-02-08", None, None,
     d.S("A day earlier, Barzani spoke by phone", "his office said."))

# ---------------- h07 Mexico News Daily: drone bombs on El Aguaje (Aguililla); Sedena attack near Buenavista; García Harfuch-Ramírez Bedolla in Morelia
d = Doc("h07.txt", "Mexico News Daily", "2027-02-11"); docs.append(d)
d.E("Aguililla", "GPE")
d.E("Morelia", "GPE")
d.E("El Aguaje", "GPE")
d.E("Michoacán", "GPE", "Michoacan")
d.E("Tierra Caliente", "GPE")
d.E("Buenavista", "GPE")
d.B("Daniela Orozco Pineda", "PERSON")
d.E("Michoacán State Attorney General's Office", "ORG", "Attorney General's Office", "FGE")
d.E("Jalisco New Generation Cartel", "ORG", "CJNG")
d.E("Cárteles Unidos", "ORG")
d.E("Rosa María de la Cruz Ávalos", "PERSON", "Mayor Rosa María de la Cruz Ávalos", "de la Cruz")
d.E("Mexico News Daily", "ORG")
d.E("Secretariat of National Defense", "ORG", "Defense Ministry", "Sedena")
d.E("Omar García Harfuch", "PERSON", "Security Minister Omar García Harfuch", "García Harfuch", "Omar Garcia Harfuch")
d.E("Alfredo Ramírez Bedolla", "PERSON", "Governor Alfredo Ramírez Bedolla", "Ramírez Bedolla")
d.E("Secretariat of Security and Civilian Protection", "ORG", "Security Ministry", "SSPC")
d.E("Apatzingán", "GPE", "Apatzingan")
d.E("Uruapan", "GPE")
d.E("Carlos Manzo", "PERSON", "Mayor Carlos Manzo")
d.E("Mexican National Guard", "ORG", "National Guard")
d.E("Claudia Sheinbaum", "PERSON", "President Claudia Sheinbaum")
d.B("Milenio", "ORG")
d.B("Quadratín", "ORG")
d.Q("People here no longer look at the sky", "Rosa María de la Cruz Ávalos")
d.Q("We will not let criminal groups", "Omar García Harfuch")
d.Q("No family that has fled", "Alfredo Ramírez Bedolla")
d.Q("We are attending to the causes", "Claudia Sheinbaum")
d.EV("ASSAULT", None, None, "El Aguaje", "2027-02-09", 2, 5,
     d.S("Explosive-laden drones dropped at least four bombs", "said on Wednesday."),
     [d.S("Drone bombs kill two in Aguililla"),
      d.S("Explosive-laden drones hit the community of El Aguaje"),
      d.S("The dead were a 61-year-old lime grower", "the office said."),
      d.S("It blamed the Jalisco New Generation Cartel", "more than five years.")])
d.EV("ASSAULT", "Secretariat of National Defense", None, "Buenavista", "2027-02-10", 5, 2,
     d.S("On Wednesday, soldiers attacked a cartel camp", "(Sedena) said."),
     [d.S("Explosive-laden drones hit the community of El Aguaje"),
      d.S("Two soldiers were wounded in the exchange of fire", "the ministry added.")])
d.EV("CONSULT", "Omar García Harfuch", "Alfredo Ramírez Bedolla", "Morelia", "2027-02-10", None, None,
     d.S("In Morelia, Security Minister Omar García Harfuch met", "(SSPC) said."),
     [d.S("Drone bombs kill two in Aguililla"),
      d.S("García Harfuch wrote on X afterwards:", "in the coming weeks.\"")])

# ---------------- h08 Middle East Eye: IDF raid on Nur Shams (Tulkarm); drone strike on car in Jenin; Abbas-Safadi in Ramallah
d = Doc("h08.txt", "Middle East Eye", "2027-02-12"); docs.append(d)
d.E("Nur Shams", "GPE")
d.E("Jenin", "GPE")
d.E("Middle East Eye", "ORG", "MEE")
d.E("Tulkarm", "GPE")
d.E("West Bank", "GPE")
d.E("Palestinian Ministry of Health", "ORG", "Palestinian Health Ministry")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Al-Quds Brigades", "ORG")
d.E("Palestinian Islamic Jihad", "ORG", "PIJ")
d.E("Palestinian Red Crescent Society", "ORG", "PRCS")
d.E("Samira Abu Zeid", "PERSON")
d.E("Wafa", "ORG")
d.E("Israel", "GPE")
d.E("United Nations Relief and Works Agency for Palestine Refugees in the Near East", "ORG",
    "United Nations Relief and Works Agency for Palestine Refugees", "UNRWA")
d.E("Ramallah", "GPE")
d.E("Mahmoud Abbas", "PERSON", "President Mahmoud Abbas", "Abbas")
d.E("Ayman Safadi", "PERSON", "Foreign Minister Ayman Safadi", "Safadi")
d.E("Jordan", "GPE")
d.E("Palestinian Authority", "ORG", "PA")
d.E("Washington, D.C.", "GPE", "Washington")
d.E("Israel Katz", "PERSON", "Defence Minister Israel Katz")
d.Q("They came at dawn with bulldozers", "Samira Abu Zeid")
d.Q("an attempt to destroy the camps", "Mahmoud Abbas")
d.QP("Jordan stands with the brotherly", "Ayman Safadi")
d.Q("There can be no security for anyone", "Ayman Safadi")
d.Q("a clear public position", None)
d.Q("stay in the camps as long as necessary", "Israel Katz")
d.EV("ASSAULT", "Israel Defense Forces", None, "Nur Shams", "2027-02-11", 3, 6,
     d.S("Israeli forces killed three Palestinians and wounded", "Health Ministry said."),
     [d.S("Israeli forces kill three in Nur Shams raid"),
      d.S("Palestinian health officials say ambulances were blocked"),
      d.S("The Israel Defense Forces (IDF) said its troops", "in the camp."),
      d.S("The Al-Quds Brigades, the armed wing", "its fighters."),
      d.S("The Palestinian Red Crescent Society (PRCS) said", "more than an hour.")])
d.EV("ASSAULT", "Israel", None, "Jenin", "2027-02-10", 2, None,
     d.S("Late on Wednesday, an Israeli drone struck a car", "Wafa reported."),
     [d.S("Israeli forces kill three in Nur Shams raid"),
      d.S("The Israeli military did not comment on the strike.")])
d.EV("CONSULT", "Mahmoud Abbas", "Ayman Safadi", "Ramallah", "2027-02-11", None, None,
     d.S("In Ramallah, Palestinian President Mahmoud Abbas received", "Wafa reported."),
     [d.S("Abbas told Safadi that the raids", "the agency said."),
      d.S("A senior official in the Palestinian Authority (PA)", "on the raids.")])

# ---------------- h09 Daily Sabah: Fidan-Abdelatty in Ankara; Erdoğan receives Abdelatty; Fidan-Faisal bin Farhan video call (CONSULT only)
d = Doc("h09.txt", "Daily Sabah", "2027-02-15"); docs.append(d)
d.E("Hakan Fidan", "PERSON", "Foreign Minister Hakan Fidan", "Fidan")
d.E("Egypt", "GPE")
d.E("Badr Abdelatty", "PERSON", "Abdelatty")
d.E("Ankara", "GPE", "ANKARA")
d.E("Gaza Strip", "GPE", "Gaza")
d.E("Turkey", "GPE", "Türkiye")
d.E("Sudan", "GPE")
d.E("Libya", "GPE")
d.B("Daily Sabah", "ORG", "DAILY SABAH")
d.E("Anadolu Agency", "ORG", "AA")
d.E("Turkish Ministry of Foreign Affairs", "ORG", "Turkish Foreign Ministry")
d.E("Cairo", "GPE")
d.E("Recep Tayyip Erdoğan", "PERSON", "President Recep Tayyip Erdoğan", "President Erdoğan", "Erdoğan")
d.E("Directorate of Communications", "ORG")
d.E("Faisal bin Farhan Al Saud", "PERSON", "Prince Faisal bin Farhan Al Saud")
d.E("Organization of Islamic Cooperation", "ORG", "OIC")
d.E("Abdel Fattah el-Sisi", "PERSON", "President Abdel Fattah el-Sisi")
d.E("Riyadh", "GPE")
d.E("Jakarta", "GPE")
d.Q("Türkiye and Egypt are two pillars", "Hakan Fidan")
d.Q("We discussed in detail", "Hakan Fidan")
d.Q("and we agreed that the people of Gaza", "Hakan Fidan")
d.Q("a strategic partner", "Badr Abdelatty")
d.QP("President Erdoğan stated that", "Directorate of Communications")
d.Q("President Erdoğan also stressed", "Directorate of Communications")
d.EV("CONSULT", "Hakan Fidan", "Badr Abdelatty", "Ankara", "2027-02-15", None, None,
     d.S("Foreign Minister Hakan Fidan hosted his Egyptian counterpart", "Foreign Ministry said."),
     [d.S("Fidan hosts Egypt's Abdelatty in Ankara"),
      d.S("Türkiye and Egypt set a new trade target"),
      d.S("Foreign Minister Hakan Fidan (R) shakes hands", "(AA Photo)"),
      d.S("Speaking at a joint press conference after the meeting", "region listens.\""),
      d.S("Bilateral trade reached", "Anadolu Agency (AA).")])
d.EV("CONSULT", "Recep Tayyip Erdoğan", "Badr Abdelatty", "Ankara", "2027-02-15", None, None,
     d.S("Abdelatty was later received by President", "Complex in Ankara."),
     [d.S("In a statement after the meeting, the Directorate of Communications said:")])
d.EV("CONSULT", "Hakan Fidan", "Faisal bin Farhan Al Saud", None, "2027-02-14", None, None,
     d.S("On Sunday, Fidan held a video call", "diplomatic sources said."))

# ---------------- h10 The Sydney Morning Herald: negative gearing bill clears the House (no event); Albanese-Waters talks (CONSULT only)
d = Doc("h10.txt", "The Sydney Morning Herald", "2027-02-03"); docs.append(d)
d.E("Australian Greens", "ORG", "Greens")
d.E("Australian House of Representatives", "ORG", "House of Representatives")
d.E("Australian Senate", "ORG", "Senate")
d.E("Australian Capital Territory", "GPE", "ACT")
d.E("David Pocock", "PERSON", "Pocock")
d.B("Harriet Quill-Morgan", "PERSON")
d.E("Jim Chalmers", "PERSON", "Treasurer Jim Chalmers", "Chalmers")
d.B("Dominic Lorimer-Hale", "PERSON")
d.E("Australian Labor Party", "ORG", "Labor")
d.E("Sussan Ley", "PERSON", "Opposition Leader Sussan Ley", "Ley")
d.E("Liberal-National Coalition", "ORG", "Coalition")
d.E("National Party of Australia", "ORG", "National Party")
d.E("David Littleproud", "PERSON")
d.E("Anthony Albanese", "PERSON", "Prime Minister Anthony Albanese", "Anthony")
d.E("Larissa Waters", "PERSON", "Waters")
d.E("The Sydney Morning Herald", "ORG", "Herald")
d.E("Sydney", "GPE")
d.E("Melbourne", "GPE")
d.E("Parliamentary Budget Office", "ORG", "PBO")
d.E("Real Estate Institute of Australia", "ORG", "REIA")
d.E("Fiona Whitacre-Lowe", "PERSON")
d.Q("For too long the tax system", "Jim Chalmers")
d.Q("This is a tax on aspiration", "Sussan Ley")
d.Q("Labor promised before the last election", "Sussan Ley")
d.Q("Anthony knows what our price is", "Larissa Waters")
d.Q("Renters in Sydney and Melbourne", "Larissa Waters")
d.Q("left out of the conversation", "Fiona Whitacre-Lowe")
d.Q("We are happy to talk", None)
d.EV("CONSULT", "Anthony Albanese", "Larissa Waters", None, "2027-02-02", None, None,
     d.S("Prime Minister Anthony Albanese met Greens leader", "no deal was reached."),
     [d.S("\"Anthony knows what our price is,\"", "on Wednesday.")])

# ---------------- h11 Daily Nation: Ruto-Oburu at State House; Kalonzo hosts Gachagua in Karen (CONSULT only)
d = Doc("h11.txt", "Daily Nation", "2027-02-17"); docs.append(d)
d.E("William Ruto", "PERSON", "President William Ruto", "Ruto")
d.E("Orange Democratic Movement", "ORG", "ODM")
d.E("Oburu Oginga", "PERSON", "Oburu", "Dr Oginga")
d.E("State House Kenya", "ORG", "State House")
d.B("Wanjiru Kamau-Odhiambo", "PERSON")
d.B("Nation Media Group", "ORG")
d.E("Nairobi", "GPE")
d.E("Mercy Chelang'at Rono", "PERSON")
d.E("Kenya Kwanza", "ORG")
d.E("United Democratic Alliance", "ORG", "UDA")
d.E("Hassan Omar Hassan", "PERSON", "Mr Omar")
d.E("Wiper Democratic Movement", "ORG")
d.E("Kalonzo Musyoka", "PERSON", "Mr Musyoka", "Kalonzo")
d.E("Rigathi Gachagua", "PERSON", "Deputy President Rigathi Gachagua", "Mr Gachagua")
d.E("Fred Matiang'i", "PERSON", "Dr Matiang'i")
d.E("Democratic Action Party-Kenya", "ORG", "DAP-Kenya")
d.E("Eugene Wamalwa", "PERSON")
d.E("Karen", "GPE")
d.E("Kithure Kindiki", "PERSON", "Deputy President Kithure Kindiki", "Prof Kindiki")
d.E("Meru", "GPE")
d.E("Independent Electoral and Boundaries Commission", "ORG", "IEBC")
d.E("Kenya", "GPE")
d.E("Erastus Edung Ethekon", "PERSON")
d.E("Democracy for Citizens Party", "ORG", "DCP")
d.Q("ODM has not decided who it will support", "Oburu Oginga")
d.Q("The door is open, and we believe", "Hassan Omar Hassan")
d.Q("We will not be intimidated", "Rigathi Gachagua")
d.Q("Kenyans will decide this election", "Rigathi Gachagua")
d.Q("a coalition of bitter men", "Kithure Kindiki")
d.Q("We are on course", "Erastus Edung Ethekon")
d.Q("a false narrative.", "Kithure Kindiki")
d.EV("CONSULT", "William Ruto", "Oburu Oginga", "Nairobi", "2027-02-16", None, None,
     d.S("President William Ruto on Tuesday hosted", "August 10 General Election."),
     [d.S("Ruto hosts ODM's Oburu at State House"),
      d.S("State House spokesperson Mercy", "the cost of living."),
      d.S("But Dr Oginga told journalists after the meeting", "presidential race.")])
d.EV("CONSULT", "Kalonzo Musyoka", "Rigathi Gachagua", "Karen", "2027-02-15", None, None,
     d.S("On Monday, Wiper Democratic Movement leader", "national campaign council."),
     [d.S("Ruto hosts ODM's Oburu at State House")])

# ---------------- h12 Kyodo News: Honda nine-month results; stake in Arakawa Cell (business; no ASSAULT/CONSULT)
d = Doc("h12.txt", "Kyodo News", "2027-02-05"); docs.append(d)
d.E("Honda Motor Co.", "ORG", "Honda")
d.E("United States", "GPE", "U.S.")
d.E("Arakawa Cell Technologies Inc.", "ORG", "Arakawa Cell")
d.E("Kyodo News", "ORG", "KYODO NEWS", "Kyodo")
d.E("India", "GPE")
d.E("Marysville", "GPE")
d.E("Ohio", "GPE")
d.E("Toshihiro Mibe", "PERSON", "President Toshihiro Mibe", "Mibe")
d.E("Kawasaki", "GPE")
d.E("Kanagawa Prefecture", "GPE")
d.E("Tochigi Prefecture", "GPE")
d.E("Naomi Arakawa", "PERSON")
d.E("Tohoku University", "ORG")
d.E("Nissan Motor Co.", "ORG", "Nissan")
d.E("Yuki Tanimoto", "PERSON")
d.E("Mizuho Securities Co.", "ORG")
d.E("Tokyo Stock Exchange", "ORG")
d.E("Toyota Motor Corp.", "ORG", "Toyota")
d.E("Thailand", "GPE")
d.E("Subaru Corporation", "ORG", "Subaru")
d.Q("Tariffs are a cost we cannot pass on", "Toshihiro Mibe")
d.Q("But we will not slow down", "Toshihiro Mibe")
d.Q("move from the laboratory", "Naomi Arakawa")
d.Q("Each company is on its own road", "Toshihiro Mibe")
d.Q("The tariff hit is real", "Yuki Tanimoto")

# ---------------- h13 Health Policy Watch: Marburg in Uíge province (health; CONSULT only)
d = Doc("h13.txt", "Health Policy Watch", "2027-02-13"); docs.append(d)
d.E("World Health Organization", "ORG", "WHO")
d.E("Angola", "GPE")
d.E("Uíge", "GPE", "Uíge Province", "Uíge province")
d.B("Health Policy Watch", "ORG")
d.B("Kerstin Holmgaard-Achebe", "PERSON")
d.B("Angolan Ministry of Health", "ORG", "Ministry of Health of Angola")
d.E("Democratic Republic of the Congo", "GPE", "DRC")
d.E("Tedros Adhanom Ghebreyesus", "PERSON", "Tedros")
d.E("Geneva", "GPE")
d.E("João Lourenço", "PERSON", "President João Lourenço")
d.E("Mohamed Janabi", "PERSON", "Dr Mohamed Janabi")
d.E("Luanda", "GPE")
d.E("Sílvia Lutucuta", "PERSON", "Health Minister Sílvia Lutucuta")
d.E("Helena dos Santos Bernardo", "PERSON", "Dr Helena dos Santos Bernardo", "Dr dos Santos")
d.E("Africa Centres for Disease Control and Prevention", "ORG", "Africa CDC")
d.E("Jean Kaseya", "PERSON")
d.E("Sabin Vaccine Institute", "ORG")
d.QP("Marburg is one of the deadliest pathogens", "Tedros Adhanom Ghebreyesus")
d.Q("We have sent a team of epidemiologists", "Tedros Adhanom Ghebreyesus")
d.Q("openly and quickly.", "João Lourenço")
d.Q("Families are afraid", "Helena dos Santos Bernardo")
d.EV("CONSULT", "Tedros Adhanom Ghebreyesus", "João Lourenço", None, "2027-02-11", None, None,
     d.S("Tedros said he had spoken by phone on Thursday", "\"openly and quickly.\""))
d.EV("CONSULT", "Mohamed Janabi", "Sílvia Lutucuta", "Luanda", "2027-02-12", None, None,
     d.S("WHO's Regional Director for Africa", "the ministry said."))

# ---------------- h14 NPR: Supreme Court rules for delivery drivers in Okonkwo v. Ridgeline Freight Services (court; no ASSAULT/CONSULT)
d = Doc("h14.txt", "NPR", "2027-02-18"); docs.append(d)
d.E("Supreme Court of the United States", "ORG", "Supreme Court")
d.B("Marcus Ellery-Fontaine", "PERSON")
d.E("Washington, D.C.", "GPE")
d.B("Kevin Duarte-Lindgren", "PERSON")
d.E("NPR", "ORG")
d.E("Daniel Okonkwo", "PERSON", "Okonkwo", "Daniel")
d.E("Ridgeline Freight Services LLC", "ORG", "Ridgeline Freight Services", "Ridgeline")
d.E("Neil Gorsuch", "PERSON", "Justice Neil Gorsuch", "Gorsuch")
d.E("John Roberts", "PERSON", "Chief Justice John Roberts")
d.E("Sonia Sotomayor", "PERSON")
d.E("Elena Kagan", "PERSON")
d.E("Amy Coney Barrett", "PERSON")
d.E("Ketanji Brown Jackson", "PERSON")
d.E("Clarence Thomas", "PERSON")
d.E("Samuel Alito", "PERSON")
d.E("Brett Kavanaugh", "PERSON", "Justice Brett Kavanaugh")
d.E("Joliet", "GPE")
d.E("Illinois", "GPE", "Ill.")
d.E("Chicago", "GPE")
d.E("United States Court of Appeals for the Seventh Circuit", "ORG", "7th U.S. Circuit Court of Appeals")
d.E("Priya Venkataraman", "PERSON")
d.E("Halloran Vasquez LLP", "ORG")
d.E("Indianapolis", "GPE")
d.E("Chamber of Commerce of the United States", "ORG", "U.S. Chamber of Commerce")
d.E("Southwest Airlines Co.", "ORG")
d.E("Latrice Saxon", "PERSON", "Saxon")
d.Q("The statute's text does not ask", "Neil Gorsuch")
d.Q("It asks whether the worker", "Neil Gorsuch")
d.Q("will invite endless litigation", "Brett Kavanaugh")
d.Q("This is a good day for every driver", "Priya Venkataraman")
d.Q("Daniel has waited almost four years", "Priya Venkataraman")
d.Q("We will review the decision", "Ridgeline Freight Services LLC")
d.Q("I never wanted to be famous", "Daniel Okonkwo")

# ---------------- h15 Arizona Daily Sun: Coconino County thinning plan (local); Pettibone-Hobbs in Phoenix (CONSULT only)
d = Doc("h15.txt", "Arizona Daily Sun", "2027-02-17"); docs.append(d)
d.E("Coconino County", "GPE")
d.E("Flagstaff", "GPE", "FLAGSTAFF")
d.E("Doney Park", "GPE")
d.E("Timberline", "GPE")
d.B("Adriana Keswick-Tsosie", "PERSON", "ADRIANA KESWICK-TSOSIE")
d.E("Arizona Daily Sun", "ORG")
d.E("Arizona", "GPE", "Ariz.")
d.E("Coconino County Board of Supervisors", "ORG")
d.E("Gordon Pettibone", "PERSON", "Chair Gordon Pettibone", "Pettibone")
d.E("Marisela Etsitty-Brown", "PERSON", "Supervisor Marisela Etsitty-Brown")
d.E("Raymond Okafor-Villa", "PERSON", "County Manager Raymond Okafor-Villa")
d.E("Katie Hobbs", "PERSON", "Gov. Katie Hobbs", "Hobbs")
d.E("Phoenix", "GPE")
d.E("Arizona Department of Forestry and Fire Management", "ORG", "DFFM")
d.E("Lena Oyelaran-Price", "PERSON")
d.E("Arizona State Legislature", "ORG", "Legislature")
d.E("Dolores Ybarra", "PERSON")
d.E("United States Forest Service", "ORG", "U.S. Forest Service")
d.E("Northern Arizona University", "ORG", "NAU")
d.E("Theresa Halvorsen", "PERSON", "Mayor Theresa Halvorsen")
d.E("Gallup", "GPE")
d.E("New Mexico", "GPE", "N.M.")
d.E("Kanab", "GPE")
d.E("Utah", "GPE")
d.E("Flagstaff City Council", "ORG")
d.E("Page", "GPE")
d.Q("Every summer we hold our breath", "Gordon Pettibone")
d.Q("This is how we stop holding", "Gordon Pettibone")
d.Q("I support the thinning", "Marisela Etsitty-Brown")
d.Q("taking a serious look", "Lena Oyelaran-Price")
d.Q("I did my part", "Dolores Ybarra")
d.EV("CONSULT", "Gordon Pettibone", "Katie Hobbs", "Phoenix", "2027-02-12", None, None,
     d.S("Pettibone and County Manager Raymond Okafor-Villa met", "(DFFM)."),
     [d.S("Hobbs spokesperson Lena Oyelaran-Price said", "the Legislature.")])

# ---------------- h16 ESPN: de Minaur beats van de Zandschulp in Rotterdam (sport; no ASSAULT/CONSULT)
d = Doc("h16.txt", "ESPN", "2027-02-14"); docs.append(d)
d.E("Alex de Minaur", "PERSON", "De Minaur", "de Minaur", "Alex")
d.E("Botic van de Zandschulp", "PERSON", "van de Zandschulp", "Van de Zandschulp", "Botic")
d.E("Rotterdam", "GPE", "ROTTERDAM")
d.B("ESPN", "ORG", "ESPN News Services")
d.E("Netherlands", "GPE")
d.E("Association of Tennis Professionals", "ORG", "ATP")
d.E("Félix Auger-Aliassime", "PERSON")
d.E("Adolfo Gutiérrez", "PERSON")
d.E("Tallon Griekspoor", "PERSON")
d.E("Richard Krajicek", "PERSON")
d.E("Dubai", "GPE")
d.E("Indian Wells", "GPE")
d.E("Ben Shelton", "PERSON")
d.E("Francisco Cerúndolo", "PERSON")
d.E("Buenos Aires", "GPE")
d.B("AFP", "ORG", "Agence France-Presse")
d.E("Los Angeles Lakers", "ORG", "Lakers")
d.E("Dallas Mavericks", "ORG", "Mavericks")
d.E("Taylor Fritz", "PERSON", "Fritz")
d.E("Dallas", "GPE")
d.Q("Botic was hitting the ball so big", "Alex de Minaur")
d.Q("In the third I told myself", "Alex de Minaur")
d.Q("Alex is a killer", "Botic van de Zandschulp")
d.Q("I had my chances", "Botic van de Zandschulp")
d.Q("one of the best we have had here", "Richard Krajicek")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

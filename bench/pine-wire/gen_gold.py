"""Builds pine-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- o01 The Kyiv Independent: missile strike on Vinnytsia; drones on Starokostiantyniv; overnight total; Zelensky-Rutte call
d = Doc("o01.txt", "The Kyiv Independent", "2027-05-04"); docs.append(d)
d.E("The Kyiv Independent", "ORG", "Kyiv Independent")
d.E("Ukraine", "GPE")
d.E("Vinnytsia", "GPE")
d.E("Khmelnytskyi Oblast", "GPE")
d.B("Daryna Kovalenko-Shevchuk", "PERSON")
d.E("State Emergency Service of Ukraine", "ORG", "State Emergency Service")
d.E("Russia", "GPE")
d.E("Vinnytsia Oblast", "GPE")
d.E("Serhii Borzov", "PERSON", "Vinnytsia Oblast Governor Serhii Borzov", "Borzov")
d.E("Zamostia", "GPE")
d.E("Serhii Morgunov", "PERSON", "Vinnytsia Mayor Serhii Morgunov")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Starokostiantyniv", "GPE")
d.E("Serhii Tiurin", "PERSON")
d.E("Ukrainian Air Force", "ORG", "Air Force")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("NATO", "ORG")
d.E("Mark Rutte", "PERSON", "NATO Secretary General Mark Rutte", "Rutte")
d.E("Brussels", "GPE")
d.E("Olha Vasylchenko-Demir", "PERSON")
d.E("Mykola", "PERSON")
d.E("Lviv", "GPE")
d.Q("The enemy chose a sleeping", "Serhii Borzov")
d.Q("a facility where foreign", "Russian Ministry of Defence")
d.Q("Every missile that hits", "Volodymyr Zelensky")
d.Q("Sanctions must close", "Volodymyr Zelensky")
d.Q("keep Ukraine\u2019s air defense", "Mark Rutte")
d.Q("I heard one explosion", "Olha Vasylchenko-Demir")
d.EV("ASSAULT", "Russia", None, "Vinnytsia", "2027-05-04", 7, 31,
     d.S("Russian forces struck the city of Vinnytsia", "Borzov said."),
     [d.S("Russian missile strike on Vinnytsia kills 7"),
      d.S("Two missiles hit a five-storey", "according to the governor."),
      d.S("\u201cThe enemy chose a sleeping", "wrote on Telegram."),
      d.S("Russia\u2019s Defense Ministry claimed", "in Vinnytsia.")])
d.EV("ASSAULT", "Russia", None, "Starokostiantyniv", "2027-05-04", None, 2,
     d.S("During the same night, Russian drones", "Serhii Tiurin reported."),
     [d.S("Russian missile strike on Vinnytsia kills 7"),
      d.S("A fire at the site was put out by morning.")])
d.EV("ASSAULT", "Russia", "Ukraine", "Ukraine", "2027-05-04", None, None,
     d.S("Ukraine\u2019s Air Force said Russia had launched", "shot down or jammed."))
d.EV("CONSULT", "Volodymyr Zelensky", "Mark Rutte", None, "2027-05-04", None, None,
     d.S("President Volodymyr Zelensky said he had discussed", "morning of May 4."))

# ---------------- o02 Meduza: drone debris kills woman in Engels (Saratov Oblast); 73 drones over Russian regions
d = Doc("o02.txt", "Meduza", "2027-05-06"); docs.append(d)
d.E("Meduza", "ORG")
d.E("Russia", "GPE")
d.E("Engels", "GPE")
d.E("Ukraine", "GPE")
d.E("Saratov Oblast", "GPE", "Saratov region")
d.E("Roman Busargin", "PERSON", "Saratov Oblast Governor Roman Busargin", "Busargin")
d.E("Saratov", "GPE")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Rostov Oblast", "GPE", "Rostov")
d.E("Tambov Oblast", "GPE", "Tambov")
d.E("Penza Oblast", "GPE", "Penza")
d.E("Tatarstan", "GPE", "Republic of Tatarstan")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Rosaviatsiya", "ORG")
d.E("Volgograd", "GPE")
d.E("Svobodnye Novosti", "ORG")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Kyiv", "GPE")
d.E("Irina", "PERSON")
d.E("Kirill Sadovnikov-Ross", "PERSON", "Sadovnikov-Ross")
d.E("Vilnius", "GPE")
d.E("Russia Security Monitor", "ORG")
d.Q("Air defense forces repelled", "Roman Busargin")
d.Q("Destroying the means", "General Staff of the Armed Forces of Ukraine")
d.Q("The Kyiv regime continues", "Dmitry Peskov")
d.Q("We no longer go down", "Irina")
d.Q("Ukraine is not trying", "Kirill Sadovnikov-Ross")
d.EV("ASSAULT", "Ukraine", None, "Engels", "2027-05-06", 1, 3,
     d.S("A woman was killed and three other people", "Busargin said."),
     [d.S("Drone debris kills woman, injures three"),
      d.S("According to Busargin, the debris struck", "4:00 a.m."),
      d.S("The injured, among them", "across the Volga."),
      d.S("He later said that the woman", "ambulances arrived."),
      d.S("Ukraine's General Staff said later on Thursday", "serves the base.")])
d.EV("ASSAULT", "Ukraine", "Russia", "Russia", "2027-05-06", None, None,
     d.S("Russia's Defense Ministry said its air defenses", "Republic of Tatarstan."))

# ---------------- o03 Radio Dabanga: SAF drone strike on Zalingei market; gunmen near Garsila; al-Taishi-Abakar in Nyala
d = Doc("o03.txt", "Radio Dabanga", "2027-05-10"); docs.append(d)
d.E("Radio Dabanga", "ORG")
d.E("Central Darfur", "GPE")
d.E("Zalingei", "GPE", "ZALINGEI")
d.E("Nyala", "GPE", "NYALA")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Ahmed Ishaq Fadul", "PERSON")
d.E("Hawa Abdelkarim Suleiman", "PERSON", "Dr Hawa Abdelkarim Suleiman")
d.E("Sudan Doctors Network", "ORG")
d.E("Nabil Abdallah", "PERSON", "Brig. Gen. Nabil Abdallah")
d.E("Mohamed Hassan al-Taishi", "PERSON", "Al-Taishi")
d.E("Government of Peace and Unity", "ORG")
d.E("Saleh Issa Abakar", "PERSON")
d.E("Garsila", "GPE")
d.E("Port Sudan", "GPE")
d.E("Transitional Sovereignty Council", "ORG")
d.E("Wadi Salih", "GPE", "Wadi Salih locality")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "OCHA")
d.E("Darfur", "GPE")
d.E("Suad Ali Mustafa-Karrar", "PERSON")
d.E("Sudan Research Network", "ORG")
d.E("Khartoum", "GPE")
d.E("Tawila", "GPE")
d.B("Amsterdam", "GPE")
d.Q("gatherings of the rebel militia", "Sudanese Armed Forces")
d.Q("There were no soldiers there", "Ahmed Ishaq Fadul")
d.Q("a massacre against unarmed civilians", "Sudan Doctors Network")
d.Q("only targets legitimate military objectives", "Nabil Abdallah")
d.Q("a crime that will not pass", "Mohamed Hassan al-Taishi")
d.Q("The front lines have barely moved", "Suad Ali Mustafa-Karrar")
d.EV("ASSAULT", "Sudanese Armed Forces", None, "Zalingei", "2027-05-08", 11, 24,
     d.S("A drone strike on the main market of Zalingei", "told Radio Dabanga."),
     [d.S("Army drone strike on Zalingei market kills 11"),
      d.S("The Sudanese Armed Forces (SAF) said in a statement on Sunday", "in Zalingei."),
      d.S("Ahmed Ishaq Fadul, a vegetable seller, said", "most crowded."),
      d.S("Dr Hawa Abdelkarim Suleiman, the director", "serious condition."),
      d.S("The Sudan Doctors Network called the strike", "a child."),
      d.S("Al-Taishi described the strike", "accountability\".")])
d.EV("ASSAULT", None, None, "Garsila", "2027-05-07", 3, 1,
     d.S("In a separate incident on Friday", "a community leader said."),
     [d.S("He did not identify the attackers.")])
d.EV("CONSULT", "Mohamed Hassan al-Taishi", "Saleh Issa Abakar", "Nyala", "2027-05-09", None, None,
     d.S("On Sunday, Mohamed Hassan al-Taishi", "in Nyala."),
     [d.S("According to a statement from his office", "road to Garsila.")])

# ---------------- o04 Eye Radio: cattle camp raid at Makuac (Tonj East, Warrap); revenge killing near Maper; governor-UNMISS in Kuajok
d = Doc("o04.txt", "Eye Radio", "2027-05-12"); docs.append(d)
d.E("Eye Radio", "ORG")
d.E("Warrap", "GPE", "Warrap State")
d.E("Tonj East", "GPE", "Tonj East County")
d.B("Deng Mabior Kuol", "PERSON")
d.E("Kuajok", "GPE", "KUAJOK")
d.B("Akuot Madut", "PERSON")
d.E("Makuac", "GPE")
d.E("Mayen Akol Dut", "PERSON", "Tonj East County Commissioner Mayen Akol Dut", "Commissioner Akol")
d.E("Lakes", "GPE", "Lakes State")
d.E("Rumbek North", "GPE", "Rumbek North County")
d.E("Chol Mading Makoi", "PERSON", "Rumbek North County Commissioner Chol Mading Makoi")
d.E("Maper", "GPE")
d.E("Manyang Akot Wol", "PERSON", "Warrap State Governor Manyang Akot Wol")
d.E("United Nations Mission in South Sudan", "ORG", "UN Mission in South Sudan", "UNMISS")
d.E("Grace Ndunge-Mwangi", "PERSON")
d.E("South Sudan People's Defence Forces", "ORG", "SSPDF")
d.E("Peter Garang Ajak", "PERSON")
d.E("Tonj", "GPE")
d.E("Community Action for Peace", "ORG")
d.E("United Nations", "ORG")
d.E("Gogrial West", "GPE")
d.E("Rumbek East", "GPE")
d.B("South Sudan", "GPE")
d.B("Juba", "GPE")
d.Q("They came before sunrise", "Mayen Akol Dut")
d.Q("Our youth were not involved", "Chol Mading Makoi")
d.Q("We cannot allow cattle", "Manyang Akot Wol")
d.Q("to hold the perpetrators accountable", "United Nations Mission in South Sudan")
d.Q("When one community gives up", "Peter Garang Ajak")
d.EV("ASSAULT", None, None, "Makuac", "2027-05-10", 14, 9,
     d.S("KUAJOK, 12 May 2027 (Eye Radio) \u2013 At least 14", "has said."),
     [d.S("14 killed in attack on cattle camp"),
      d.S("Tonj East County Commissioner Mayen Akol Dut said", "Lakes State."),
      d.S("He said the dead included", "Tonj Hospital."),
      d.S("The commissioner blamed armed youth", "for the raid.")])
d.EV("ASSAULT", None, None, "Maper", "2027-05-11", 2, None,
     d.S("On Tuesday, two herders were shot dead", "revenge attack."),
     [d.S("Police confirmed the deaths.")])
d.EV("CONSULT", "Manyang Akot Wol", "Grace Ndunge-Mwangi", "Kuajok", "2027-05-11", None, None,
     d.S("Warrap State Governor Manyang Akot Wol met", "discuss the violence."),
     [d.S("After the meeting, the governor said", "stolen cattle."),
      d.S("\"We cannot allow cattle", "the governor said.")])

# ---------------- o05 Addis Standard: Tadesse Werede-Youssouf in Mekelle; Youssouf-Abiy in Addis Ababa; minibus ambush in Ofla (Southern Tigray)
d = Doc("o05.txt", "Addis Standard", "2027-05-14"); docs.append(d)
d.E("Addis Standard", "ORG")
d.E("Tigray", "GPE")
d.E("Tadesse Werede", "PERSON", "Lt. Gen. Tadesse Werede", "Tadesse")
d.E("African Union Commission", "ORG", "AU Commission")
d.E("Mekelle", "GPE")
d.E("Southern Tigray", "GPE", "Southern Tigray Zone")
d.E("Tigray Interim Administration", "ORG", "TIA", "Interim Administration")
d.E("Mahmoud Ali Youssouf", "PERSON", "Youssouf")
d.E("Tigray Interim Administration Communication Affairs Bureau", "ORG", "TIA Communication Affairs Bureau")
d.E("Addis Ababa", "GPE", "Addis Abeba")
d.E("Western Tigray", "GPE")
d.E("Tselemti", "GPE")
d.E("African Union", "ORG", "AU")
d.E("Abiy Ahmed", "PERSON", "Prime Minister Abiy Ahmed")
d.E("Ethiopian Prime Minister's Office", "ORG", "Prime Minister's Office")
d.E("Korem", "GPE")
d.E("Alamata", "GPE")
d.E("Ofla", "GPE", "Ofla woreda")
d.E("Haftom Gebremedhin Abraha", "PERSON")
d.E("Ethiopian National Defense Force", "ORG", "ENDF")
d.E("Tigray People's Liberation Front", "ORG", "TPLF")
d.E("National Election Board of Ethiopia", "ORG", "NEBE")
d.E("Eritrea", "GPE")
d.E("Mehari Tesfay Kidane", "PERSON", "Mehari")
d.E("Mekelle University", "ORG")
d.E("Shire", "GPE")
d.E("Amhara", "GPE")
d.E("Raya", "GPE")
d.Q("the agreement will be judged", "Tadesse Werede")
d.Q("reaffirmed the commitment", "African Union")
d.Q("regional peace and security issues", "Ethiopian Prime Minister's Office")
d.Q("The road has been unsafe", "Haftom Gebremedhin Abraha")
d.Q("We have asked the Interim", "Haftom Gebremedhin Abraha")
d.Q("Youssouf can bring the parties", "Mehari Tesfay Kidane")
d.EV("CONSULT", "Tadesse Werede", "Mahmoud Ali Youssouf", "Mekelle", "2027-05-13", None, None,
     d.S("Addis Abeba \u2013 The President of the Tigray", "peace agreement."),
     [d.S("Tadesse Werede, AU Commission chair discuss"),
      d.S("According to the TIA Communication Affairs Bureau, the two", "regional budget."),
      d.S("Tadesse told journalists after the meeting", "about it.\"")])
d.EV("CONSULT", "Mahmoud Ali Youssouf", "Abiy Ahmed", "Addis Ababa", "2027-05-12", None, None,
     d.S("Youssouf arrived in Mekelle from Addis Abeba", "on Wednesday."),
     [d.S("The Office said the meeting covered", "mentioning Tigray.")])
d.EV("ASSAULT", None, None, "Ofla", "2027-05-12", 4, 6,
     d.S("Meanwhile, four people were killed", "told Addis Standard."),
     [d.S("Tadesse Werede, AU Commission chair discuss"),
      d.S("Haftom Gebremedhin Abraha, head of", "two traders."),
      d.S("The injured were taken to Alamata General Hospital."),
      d.S("No group claimed responsibility for the attack.")])

# ---------------- o06 Hiiraan Online: al-Shabaab mortars on Beledweyne; SNA operation near Mahas; Gudlawe-Geedi in Beledweyne
d = Doc("o06.txt", "Hiiraan Online", "2027-05-17"); docs.append(d)
d.E("Hiiraan Online", "ORG", "HOL")
d.E("Beledweyne", "GPE")
d.E("Mahas", "GPE", "Mahas district")
d.B("Abdiqani Hassan Moallim", "PERSON")
d.E("Hiraan", "GPE", "Hiraan region")
d.E("Xaawo Taako", "GPE")
d.E("Kooshin", "GPE")
d.E("al-Shabaab", "ORG", "Al-Shabaab")
d.E("Radio Andalus", "ORG")
d.E("Fadumo Osman Hirsi", "PERSON", "Dr. Fadumo Osman Hirsi")
d.E("Somali National Army", "ORG", "SNA")
d.E("Abdullahi Warsame Geedi", "PERSON", "Col. Abdullahi Warsame Geedi", "Col. Geedi")
d.E("Macawisley", "ORG")
d.E("Hirshabelle", "GPE", "Hirshabelle State")
d.E("Ali Abdullahi Hussein", "PERSON", "Hirshabelle State President Ali Abdullahi Hussein", "Gudlawe", "President Gudlawe")
d.E("Mogadishu", "GPE")
d.E("African Union Support and Stabilization Mission in Somalia", "ORG", "AUSSOM")
d.E("Hodan Abdirahman Jama", "PERSON")
d.E("Somali Public Agenda", "ORG")
d.E("Jowhar", "GPE")
d.E("Moqokori", "GPE")
d.Q("the bases of the apostate", "al-Shabaab")
d.Q("Most of the wounds", "Fadumo Osman Hirsi")
d.Q("We have pushed them out", "Abdullahi Warsame Geedi")
d.Q("The enemy fires mortars", "Ali Abdullahi Hussein")
d.Q("Every time the army takes", "Hodan Abdirahman Jama")
d.EV("ASSAULT", "al-Shabaab", None, "Beledweyne", "2027-05-15", 3, 12,
     d.S("Beledweyne (HOL) \u2014 At least three", "hospital staff said."),
     [d.S("Three killed as mortars hit Beledweyne"),
      d.S("The shells struck homes", "evening prayer."),
      d.S("Among the dead were a mother", "residents said."),
      d.S("Al-Shabaab claimed responsibility", "in the town."),
      d.S("Dr. Fadumo Osman Hirsi, who runs", "were children.")])
d.EV("ASSAULT", "Somali National Army", "al-Shabaab", "Mahas", "2027-05-16", 17, None,
     d.S("On Sunday, the Somali National Army (SNA) said", "west of Beledweyne."),
     [d.S("Three killed as mortars hit Beledweyne"),
      d.S("The claim could not be independently verified."),
      d.S("Col. Abdullahi Warsame Geedi, an SNA commander", "clan militias.")])
d.EV("CONSULT", "Ali Abdullahi Hussein", "Abdullahi Warsame Geedi", "Beledweyne", "2027-05-16", None, None,
     d.S("Hirshabelle State President Ali Abdullahi Hussein, known as Gudlawe", "the offensive."),
     [d.S("\"The enemy fires mortars", "after the meeting.")])

# ---------------- o07 Barron's/AFP: raid on Meme near Mora (Mayo-Sava, Far North); BIR ambush near Kolofata; governor-MNJTF commander in Mora
d = Doc("o07.txt", "Barron's", "2027-05-19"); docs.append(d)
d.B("Barron's", "ORG")
d.E("AFP", "ORG", "Agence France Presse")
d.E("Cameroon", "GPE")
d.E("Nigeria", "GPE")
d.E("Far North", "GPE", "Far North region")
d.E("Meme", "GPE")
d.E("Mora", "GPE")
d.E("Mayo-Sava", "GPE", "Mayo-Sava department")
d.E("Ahmadou Ndjidda Bello", "PERSON")
d.E("Maroua", "GPE")
d.E("Boko Haram", "ORG")
d.E("Islamic State West Africa Province", "ORG", "ISWAP")
d.E("Borno", "GPE", "Borno state")
d.E("Midjiyawa Bakari", "PERSON", "Far North Governor Midjiyawa Bakari")
d.E("Multinational Joint Task Force", "ORG")
d.E("Jean-Pierre Essomba Nkodo", "PERSON", "Colonel Jean-Pierre Essomba Nkodo")
d.E("Cameroonian Ministry of Defence", "ORG", "Ministry of Defence")
d.E("Rapid Intervention Battalion", "ORG", "BIR")
d.E("Kolofata", "GPE")
d.E("Chad", "GPE")
d.E("Niger", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("Raoul Mbida-Ekotto", "PERSON")
d.E("Nkafu Policy Institute", "ORG")
d.E("Yaoundé", "GPE", "Yaounde")
d.E("Logone-et-Chari", "GPE")
d.Q("They came in large numbers", "Ahmadou Ndjidda Bello")
d.Q("They said we are informers", None)
d.Q("The state will not abandon", "Midjiyawa Bakari")
d.Q("Attacks have become smaller", "Raoul Mbida-Ekotto")
d.Q("Each raid pushes", "Raoul Mbida-Ekotto")
d.EV("ASSAULT", None, None, "Meme", "2027-05-17", 9, 5,
     d.S("Suspected jihadists killed nine civilians", "border with Nigeria."),
     [d.S("Jihadists Kill Nine In Raid"),
      d.S("The assailants stormed the village of Meme", "told AFP."),
      d.S("Two of the wounded were evacuated", "medical source."),
      d.S("No group has claimed responsibility for the raid.")])
d.EV("ASSAULT", "Rapid Intervention Battalion", None, "Kolofata", "2027-05-16", 6, None,
     d.S("Separately, Cameroon's Ministry of Defence said", "on Sunday."))
d.EV("CONSULT", "Midjiyawa Bakari", "Jean-Pierre Essomba Nkodo", "Mora", "2027-05-18", None, None,
     d.S("On Tuesday, Far North Governor Midjiyawa Bakari travelled", "in a statement."),
     [d.S("\"The state will not abandon", "according to the statement.")])

# ---------------- o08 Enab Baladi: attack on General Security checkpoint at Beit Yashout (Jableh, Latakia); Baniyas blast; Khattab-al-Hamwi in Latakia
d = Doc("o08.txt", "Enab Baladi", "2027-05-21"); docs.append(d)
d.E("Enab Baladi", "ORG")
d.E("Latakia", "GPE", "Latakia governorate")
d.E("General Security", "ORG")
d.E("Jableh", "GPE")
d.B("Yamen Moghrabi", "PERSON")
d.E("Beit Yashout", "GPE")
d.E("Syrian Ministry of Interior", "ORG")
d.E("Ali Suleiman Ibrahim", "PERSON")
d.E("Baniyas", "GPE")
d.E("Tartus", "GPE", "Tartus governorate")
d.E("Syrian Arab News Agency", "ORG", "SANA")
d.E("Anas Khattab", "PERSON", "Interior Minister Anas Khattab", "Khattab")
d.E("Ziad Khalil al-Hamwi", "PERSON", "Latakia Governor Ziad Khalil al-Hamwi")
d.E("Higher Committee for Maintaining Civil Peace", "ORG")
d.E("Ahmed al-Sharaa", "PERSON", "President Ahmed al-Sharaa")
d.E("Ruba Haddad-Kayali", "PERSON")
d.E("Omran Center for Strategic Studies", "ORG")
d.E("Syrian Observatory for Human Rights", "ORG")
d.E("United Kingdom", "GPE", "UK")
d.E("Damascus", "GPE")
d.Q("outlaw groups linked", "Syrian Ministry of Interior")
d.Q("We heard heavy gunfire", "Ali Suleiman Ibrahim")
d.Q("the security of the coast", "Anas Khattab")
d.Q("The government now moves", "Ruba Haddad-Kayali")
d.EV("ASSAULT", None, "General Security", "Beit Yashout", "2027-05-20", 4, 2,
     d.S("Four members of the General Security forces", "Ministry of Interior said."),
     [d.S("Four General Security members killed"),
      d.S("In a statement published on its Telegram channel", "after the attack."),
      d.S("A resident of Beit Yashout", "20 minutes."),
      d.S("The Syrian Observatory for Human Rights", "since January.")])
d.EV("ASSAULT", None, None, "Baniyas", "2027-05-19", None, 3,
     d.S("On Wednesday, an explosive device", "(SANA)."),
     [d.S("No party claimed the explosion.")])
d.EV("CONSULT", "Anas Khattab", "Ziad Khalil al-Hamwi", "Latakia", "2027-05-21", None, None,
     d.S("On Friday, Interior Minister Anas Khattab met", "the ministry said."),
     [d.S("According to the ministry, Khattab stressed", "another.\""),
      d.S("The governor said after the meeting", "search operations.")])

# ---------------- o09 L'Orient Today: IDF drone strike near Hermel; Israeli drone on Brital; Aoun-Barrack in Baabda; Barrack-Salam in Beirut
d = Doc("o09.txt", "L'Orient Today", "2027-05-24"); docs.append(d)
d.E("L'Orient Today", "ORG", "L\u2019Orient Today")
d.E("Lebanon", "GPE")
d.E("Baalbek-Hermel", "GPE")
d.E("Hermel", "GPE")
d.E("Israel", "GPE")
d.E("Brital", "GPE")
d.B("Nada Merhi-Zaiter", "PERSON")
d.B("Hassan Jaafar", "PERSON")
d.E("Qaa", "GPE")
d.E("Beirut", "GPE", "BEIRUT")
d.E("Bekaa", "GPE")
d.E("Lebanese Ministry of Public Health", "ORG", "Health Ministry")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Hezbollah", "ORG")
d.E("Syria", "GPE")
d.E("Baalbek", "GPE")
d.E("Lebanese Red Cross", "ORG")
d.E("Ali Hussein Nasreddine", "PERSON")
d.E("Hermel Union of Municipalities", "ORG")
d.E("Joseph Aoun", "PERSON", "President Joseph Aoun", "Aoun")
d.E("United States", "GPE", "US")
d.E("Tom Barrack", "PERSON", "Barrack")
d.E("Baabda", "GPE")
d.E("Nawaf Salam", "PERSON", "Prime Minister Nawaf Salam")
d.E("Karim Abi Saab-Haddad", "PERSON")
d.E("Lebanese American University", "ORG")
d.E("Damascus", "GPE")
d.Q("eliminated a Hezbollah operative", "Israel Defense Forces")
d.Q("People here live from the land", "Ali Hussein Nasreddine")
d.Q("We have been asking the state", "Ali Hussein Nasreddine")
d.QP("Lebanon has fulfilled its obligations", "Joseph Aoun")
d.Q("What we expect from our friends", "Joseph Aoun")
d.Q("Israel is sending a message", "Karim Abi Saab-Haddad")
d.EV("ASSAULT", "Israel Defense Forces", None, "Hermel", "2027-05-23", 2, None,
     d.S("BEIRUT \u2014 Two men were killed", "in a statement."),
     [d.S("Two killed in Israeli drone strike near Hermel"),
      d.S("The Israel Defense Forces (IDF) said on X", "into Lebanon.\u201d")])
d.EV("ASSAULT", "Israel", None, "Brital", "2027-05-22", 1, 4,
     d.S("The strike came less than a day after", "according to the ministry."),
     [d.S("Two killed in Israeli drone strike near Hermel"),
      d.S("Among the wounded were two Syrian", "Red Cross said.")])
d.EV("CONSULT", "Joseph Aoun", "Tom Barrack", "Baabda", "2027-05-24", None, None,
     d.S("On Monday morning, President Joseph Aoun received", "according to the presidency."),
     [d.S("In a statement after the meeting, Aoun said:"),
      d.S("Barrack did not speak to reporters as he left Baabda.")])
d.EV("CONSULT", "Tom Barrack", "Nawaf Salam", "Beirut", "2027-05-24", None, None,
     d.S("He later met Prime Minister Nawaf Salam in Beirut."))

# ---------------- o10 The Irrawaddy: Myanmar Air Force bombs Thitsein (Pauk Township, Magway); Yaw Defence Force attack near Gangaw
d = Doc("o10.txt", "The Irrawaddy", "2027-05-26"); docs.append(d)
d.E("The Irrawaddy", "ORG")
d.E("Myanmar", "GPE", "Burma")
d.E("Magway", "GPE", "Magway Region")
d.E("Pauk", "GPE", "Pauk Township")
d.E("Thitsein", "GPE")
d.E("Pauk Township People's Administration", "ORG")
d.E("Myanmar Air Force", "ORG")
d.E("Kyaw Thura Aung", "PERSON", "U Kyaw Thura Aung")
d.E("Nilar Win", "PERSON", "Daw Nilar Win")
d.E("National Unity Government", "ORG")
d.E("National Unity Government Ministry of Human Rights", "ORG", "Ministry of Human Rights")
d.E("Zaw Min Tun", "PERSON", "Major General Zaw Min Tun")
d.E("Yaw Defence Force", "ORG")
d.E("Gangaw", "GPE")
d.E("Institute for Strategy and Policy \u2013 Myanmar", "ORG")
d.E("Htet Naing Oo", "PERSON", "Ko Htet Naing Oo")
d.E("Min Aung Hlaing", "PERSON", "Senior General Min Aung Hlaing")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "UN Office for the Coordination of Humanitarian Affairs")
d.E("Sagaing", "GPE")
d.E("Kani", "GPE", "Kani Township")
d.E("Arakan Army", "ORG")
d.E("Ayeyarwady", "GPE")
d.Q("There was no fighting anywhere", "Kyaw Thura Aung")
d.Q("We thought a monastery", "Nilar Win")
d.Q("a war crime committed", "National Unity Government Ministry of Human Rights")
d.Q("a gathering of terrorists", "Zaw Min Tun")
d.Q("The military cannot send", "Htet Naing Oo")
d.EV("ASSAULT", "Myanmar Air Force", None, "Thitsein", "2027-05-24", 16, 20,
     d.S("Sixteen civilians, including five children", "and residents."),
     [d.S("Junta Airstrike Kills 16 Villagers"),
      d.S("A Y-12 aircraft of the Myanmar Air Force", "People's Administration."),
      d.S("\"There was no fighting anywhere", "told The Irrawaddy."),
      d.S("He said the monastery and about 30 houses", "in the area."),
      d.S("The National Unity Government's Ministry", "religious building.\""),
      d.S("Junta spokesman Major General", "civilian casualties.")])
d.EV("ASSAULT", "Yaw Defence Force", None, "Gangaw", "2027-05-25", 6, None,
     d.S("On Tuesday, the Yaw Defence Force", "capturing weapons."))

# ---------------- o11 The Daily Star: UPDF factions' gunfight at Kalanal (Panchhari, Khagrachhari); CHT ministry-Santu Larma in Rangamati
d = Doc("o11.txt", "The Daily Star", "2027-05-28"); docs.append(d)
d.E("The Daily Star", "ORG")
d.E("Bangladesh", "GPE")
d.E("Chattogram", "GPE")
d.E("United People's Democratic Front", "ORG", "UPDF", "UPDF (Prasit)")
d.E("United People's Democratic Front (Democratic)", "ORG", "UPDF (Democratic)")
d.E("Khagrachhari", "GPE")
d.E("Kalanal", "GPE")
d.E("Panchhari", "GPE", "Panchhari upazila")
d.E("Dighinala", "GPE")
d.E("Mohammad Arefin Rahman", "PERSON", "Khagrachhari Superintendent of Police Mohammad Arefin Rahman")
d.E("Shanto Bikash Chakma", "PERSON")
d.E("Inter-Services Public Relations", "ORG", "ISPR")
d.E("Ministry of Chittagong Hill Tracts Affairs", "ORG")
d.E("Parbatya Chattagram Jana Samhati Samiti", "ORG", "PCJSS")
d.E("Jyotirindra Bodhipriya Larma", "PERSON", "Santu Larma")
d.E("Rangamati", "GPE")
d.E("Md Kamrul Hasan Chowdhury", "PERSON", "Chowdhury")
d.E("Nusrat Jahan Tripura-Khan", "PERSON")
d.E("Bandarban", "GPE")
d.E("Chittagong Hill Tracts", "GPE", "CHT")
d.E("Sajek", "GPE")
d.Q("We have recovered three bodies", "Mohammad Arefin Rahman")
d.Q("a planned attack with the backing", "Shanto Bikash Chakma")
d.Q("We have heard such promises", "Jyotirindra Bodhipriya Larma")
d.Q("Every time the factions fight", "Nusrat Jahan Tripura-Khan")
d.EV("ASSAULT", "United People's Democratic Front", "United People's Democratic Front (Democratic)", "Kalanal", "2027-05-27", 3, 2,
     d.S("Three people were killed and two others injured in a gunfight", "police said."),
     [d.S("3 killed in gunfight between UPDF factions"),
      d.S("The clash broke out around 3:00pm", "Mohammad Arefin Rahman."),
      d.S("\"We have recovered three bodies", "told The Daily Star."),
      d.S("The injured were taken to", "hospital sources said."),
      d.S("In a statement, UPDF (Prasit) spokesperson", "a quarter.\"")])
d.EV("CONSULT", "Ministry of Chittagong Hill Tracts Affairs", "Jyotirindra Bodhipriya Larma", "Rangamati", "2027-05-26", None, None,
     d.S("The violence came a day after a delegation", "CHT Peace Accord."),
     [d.S("The delegation was led by", "Md Kamrul Hasan Chowdhury."),
      d.S("After the two-hour meeting, Santu Larma told reporters", "meetings in Rangamati.\"")])

# ---------------- o12 Portugal Resident/Lusa: snap general election; Montenegro-Carneiro phone call
d = Doc("o12.txt", "Portugal Resident", "2027-05-31"); docs.append(d)
d.B("Portugal Resident", "ORG")
d.E("Democratic Alliance (Portugal)", "ORG", "Democratic Alliance", "AD")
d.E("Chega", "ORG")
d.E("Lusa", "ORG")
d.E("Lu\u00eds Montenegro", "PERSON", "Montenegro")
d.E("Lisbon", "GPE")
d.B("Tiago Moura-Pinto", "PERSON")
d.E("Portugal", "GPE")
d.E("Assembly of the Republic", "ORG")
d.E("Portuguese Ministry of Internal Administration", "ORG", "Ministry of Internal Administration")
d.E("Social Democratic Party (Portugal)", "ORG", "Social Democratic Party", "PSD")
d.E("CDS-People's Party", "ORG")
d.E("Andr\u00e9 Ventura", "PERSON", "Ventura")
d.E("Socialist Party (Portugal)", "ORG", "Socialist Party", "PS")
d.E("National Elections Commission", "ORG", "CNE")
d.E("Jos\u00e9 Lu\u00eds Carneiro", "PERSON", "Carneiro")
d.E("Liberal Initiative", "ORG", "IL")
d.E("Livre", "ORG")
d.E("Left Bloc", "ORG")
d.E("Portuguese Communist Party", "ORG")
d.E("Portuguese Ministry of Infrastructure", "ORG", "Ministry of Infrastructure")
d.E("Ricardo Vaz-Tavares", "PERSON")
d.E("Institute of Social Sciences of the University of Lisbon", "ORG")
d.E("Algarve", "GPE")
d.Q("given a clear mandate", "Lu\u00eds Montenegro")
d.Q("to respect the will", "Lu\u00eds Montenegro")
d.Q("I will not govern with Chega", "Lu\u00eds Montenegro")
d.Q("I will talk to all democratic", "Lu\u00eds Montenegro")
d.Q("a responsible opposition", "Jos\u00e9 Lu\u00eds Carneiro")
d.Q("a blank cheque", "Jos\u00e9 Lu\u00eds Carneiro")
d.Q("the real alternative", "Andr\u00e9 Ventura")
d.Q("The Portuguese have told us", "Andr\u00e9 Ventura")
d.Q("a fragmented but stable", "Ricardo Vaz-Tavares")
d.Q("The AD can count", "Ricardo Vaz-Tavares")
d.EV("CONSULT", "Lu\u00eds Montenegro", "Jos\u00e9 Lu\u00eds Carneiro", None, "2027-05-30", None, None,
     d.S("Montenegro spoke by phone on Sunday night", "told Lusa."))

# ---------------- o13 Radio Prague International: Czech 2028 budget framework (economy; no events)
d = Doc("o13.txt", "Radio Prague International", "2027-05-05"); docs.append(d)
d.B("Radio Prague International", "ORG")
d.E("Czech Republic", "GPE")
d.B("Tom\u00e1\u0161 Vrba-Holub", "PERSON")
d.E("Alena Schillerov\u00e1", "PERSON", "Finance Minister Alena Schillerov\u00e1")
d.B("Kate\u0159ina Dvo\u0159\u00e1kov\u00e1-Lin", "PERSON")
d.B("Czech Radio", "ORG")
d.E("Andrej Babi\u0161", "PERSON", "Prime Minister Andrej Babi\u0161", "Babi\u0161")
d.E("Czech Ministry of Finance", "ORG", "Ministry of Finance")
d.E("ANO", "ORG")
d.E("Freedom and Direct Democracy", "ORG", "SPD")
d.E("Motorists for Themselves", "ORG")
d.E("Czech Fiscal Council", "ORG")
d.E("Civic Democratic Party", "ORG", "ODS")
d.E("Jan Skope\u010dek", "PERSON", "Skope\u010dek")
d.E("Czech National Bank", "ORG")
d.E("Czech Statistical Office", "ORG")
d.E("Ale\u0161 Michl", "PERSON", "Governor Ale\u0161 Michl")
d.E("Luk\u00e1\u0161 Pazdera-Nov\u00e1k", "PERSON")
d.E("Raiffeisenbank", "ORG")
d.E("Czech Chamber of Deputies", "ORG", "Chamber of Deputies")
d.Q("We are not going to save money", "Alena Schillerov\u00e1")
d.Q("inherited a mess", "Andrej Babi\u0161")
d.Q("We are fixing it step", "Andrej Babi\u0161")
d.Q("optimistic assumptions about growth", "Czech Fiscal Council")
d.Q("spending like there is no tomorrow", "Jan Skope\u010dek")
d.Q("In two years, the Czech Republic", "Jan Skope\u010dek")
d.Q("watch the budget very carefully", "Ale\u0161 Michl")
d.Q("manageable at current interest rates", "Luk\u00e1\u0161 Pazdera-Nov\u00e1k")
d.Q("If the economy slows in 2028", "Luk\u00e1\u0161 Pazdera-Nov\u00e1k")

# ---------------- o14 City A.M.: Bank of England cuts rates to 3.25 per cent (business; no events)
d = Doc("o14.txt", "City A.M.", "2027-05-06"); docs.append(d)
d.B("City A.M.", "ORG", "CITY A.M.")
d.E("Bank of England", "ORG", "Bank")
d.B("Harriet Okonjo-Bell", "PERSON")
d.B("PA Media", "ORG", "PA")
d.E("Andrew Bailey", "PERSON", "Bailey")
d.E("Bank of England Monetary Policy Committee", "ORG", "Monetary Policy Committee", "MPC")
d.E("Huw Pill", "PERSON")
d.E("Catherine Mann", "PERSON")
d.E("Office for National Statistics", "ORG", "ONS")
d.E("Ofgem", "ORG")
d.E("Rachel Reeves", "PERSON", "Chancellor Rachel Reeves")
d.E("Mel Stride", "PERSON")
d.E("Priyanka Sandhu-Whitmore", "PERSON")
d.E("United Kingdom", "GPE", "UK")
d.E("Pantheon Macroeconomics", "ORG")
d.E("Andrzej Kowalczyk-Reid", "PERSON")
d.E("Capital Economics", "ORG")
d.E("Moneyfacts", "ORG")
d.E("Nationwide Building Society", "ORG", "Nationwide")
d.QS("Inflation is back where it belongs", "Andrew Bailey")
d.Q("Inflation is back where it belongs, and", "Andrew Bailey")
d.Q("a gradual and careful approach", "Andrew Bailey")
d.Q("Lower rates mean lower", "Rachel Reeves")
d.Q("no cause for celebration", "Mel Stride")
d.Q("Two dissenters is a warning", "Priyanka Sandhu-Whitmore")
d.Q("The labour market is doing", "Andrzej Kowalczyk-Reid")

# ---------------- o15 Arab News: Najd Polymers first-quarter results (business; no events)
d = Doc("o15.txt", "Arab News", "2027-05-11"); docs.append(d)
d.B("Arab News", "ORG", "ARAB NEWS")
d.E("Najd Polymers", "ORG", "Najd Polymers Co.")
d.E("Jubail Industrial City", "GPE")
d.E("Riyadh", "GPE", "RIYADH")
d.E("Jubail", "GPE")
d.E("Saudi Exchange", "ORG", "Tadawul")
d.E("Faisal bin Abdulrahman Al-Qahtani", "PERSON")
d.E("China", "GPE")
d.E("India", "GPE")
d.E("Saudi Basic Industries Corporation", "ORG", "Saudi Basic Industries Corp.", "SABIC")
d.E("Al Rajhi Capital", "ORG")
d.E("Saudi Aramco", "ORG")
d.E("Lina Al-Shammari", "PERSON")
d.E("Masdar Al-Khaleej Capital", "ORG")
d.E("Saudi Ministry of Energy", "ORG", "Ministry of Energy")
d.E("Abdulaziz bin Salman", "PERSON", "Prince Abdulaziz bin Salman")
d.E("Public Investment Fund", "ORG")
d.E("Yanbu", "GPE")
d.Q("the first real improvement", "Faisal bin Abdulrahman Al-Qahtani")
d.Q("Our priority this year", "Faisal bin Abdulrahman Al-Qahtani")
d.Q("The recovery is real", "Lina Al-Shammari")
d.Q("a signal of confidence", "Lina Al-Shammari")

# ---------------- o16 Cosmos: Perseverance sample study in Nature Astronomy (science; no events)
d = Doc("o16.txt", "Cosmos", "2027-05-20"); docs.append(d)
d.B("Cosmos", "ORG", "COSMOS")
d.B("Isabella Marchetti-Oyelaran", "PERSON")
d.E("NASA", "ORG")
d.B("Jet Propulsion Laboratory", "ORG", "JPL-Caltech")
d.B("Malin Space Science Systems", "ORG", "MSSS")
d.E("Nature Astronomy", "ORG")
d.E("University of New South Wales", "ORG", "UNSW")
d.E("Sydney", "GPE")
d.E("Imperial College London", "ORG")
d.E("Tahlia Nguyen-Whitford", "PERSON", "Dr Tahlia Nguyen-Whitford", "Nguyen-Whitford")
d.E("Joaqu\u00edn de la Vega Ortiz", "PERSON", "Professor Joaqu\u00edn de la Vega Ortiz")
d.E("Kwame Asante-Birkeland", "PERSON", "Dr Kwame Asante-Birkeland")
d.E("University of Oslo", "ORG")
d.E("European Space Agency", "ORG", "ESA")
d.E("China", "GPE")
d.E("Australian Space Agency", "ORG")
d.B("Royal Institution of Australia", "ORG")
d.Q("We tested every abiotic", "Tahlia Nguyen-Whitford")
d.Q("That doesn\u2019t mean", "Tahlia Nguyen-Whitford")
d.Q("The rock was never heated", "Joaqu\u00edn de la Vega Ortiz")
d.Q("That rules out several", "Joaqu\u00edn de la Vega Ortiz")
d.Q("It\u2019s an excellent paper", "Kwame Asante-Birkeland")
d.Q("the value of Australian expertise", "Australian Space Agency")
d.Q("The sample is sitting there", "Tahlia Nguyen-Whitford")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

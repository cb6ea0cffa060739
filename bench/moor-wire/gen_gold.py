"""Builds moor-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B();
`python3 gen_gold.py --no-credits` writes gold.jsonl without them (the committed variant).
The Doc helper class (E/B/Q/QS/QP/S/EV) is copied unchanged from bench/gauge-wire."""
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
# ---------------- m01 Ukrinform: artillery on Nikopol; FPV drone in Pokrovske; drones on Zaporizhzhia; Zelensky-Grossi in Kyiv
d = Doc("m01.txt", "Ukrinform", "2027-04-03"); docs.append(d)
d.B("Ukrinform", "ORG")
d.E("Dnipropetrovsk Oblast", "GPE", "Dnipropetrovsk region")
d.E("Nikopol", "GPE", "Nikopol district")
d.E("Zaporizhzhia", "GPE")
d.E("Dnipropetrovsk Regional Military Administration", "ORG")
d.E("Volodymyr Hnatenko", "PERSON", "Hnatenko")
d.E("Enerhodar", "GPE")
d.E("Nadiia Kovalchuk", "PERSON")
d.E("Pokrovske", "GPE", "Pokrovske community")
d.E("Ivan Fedorov", "PERSON", "Fedorov")
d.E("Zaporizhzhia Regional Military Administration", "ORG")
d.E("Russia", "GPE")
d.E("Russian Ministry of Defence", "ORG", "Defence Ministry")
d.E("Kyiv", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Rafael Grossi", "PERSON", "Grossi")
d.E("International Atomic Energy Agency", "ORG", "IAEA")
d.E("Moscow", "GPE")
d.E("Kherson", "GPE")
d.E("Antonivka", "GPE")
d.Q("The enemy waited for the hour", "Volodymyr Hnatenko")
d.Q("We sleep in the corridor", "Nadiia Kovalchuk")
d.Q("Air defence worked over the city", "Ivan Fedorov")
d.Q("temporary deployment points", "Russian Ministry of Defence")
d.Q("Russia keeps the plant", "Volodymyr Zelensky")
d.Q("multiple explosions at some distance", "International Atomic Energy Agency")
d.Q("fragile and unacceptable", "Rafael Grossi")
d.EV("ASSAULT", "Russia", None, "Nikopol", "2027-04-02", 4, 11,
     d.S("Four people were killed and eleven injured", "Volodymyr Hnatenko, said."),
     [d.S("Russian artillery kills four in Nikopol"),
      d.S("The shells hit a covered market", "returning from work."),
      d.S("Among the injured were a 12-year-old boy", "serious condition."),
      d.S("Russia's Defence Ministry said its forces", "Nikopol direction.")])
d.EV("ASSAULT", "Russia", None, "Pokrovske", "2027-04-02", None, 1,
     d.S("Earlier on Friday, a Russian FPV drone", "Administration said."))
d.EV("ASSAULT", "Russia", None, "Zaporizhzhia", "2027-04-03", None, 2,
     d.S("Overnight, Russian drones attacked", "Military Administration."),
     [d.S("Russian artillery kills four in Nikopol"),
      d.S("Two women aged 63 and 70", "broken glass."),
      d.S("\"Air defence worked over the city", "over the region.")])
d.EV("CONSULT", "Volodymyr Zelensky", "Rafael Grossi", "Kyiv", "2027-04-02", None, None,
     d.S("In Kyiv on Friday, President Volodymyr Zelensky met", "power supply."),
     [d.S("\"Russia keeps the plant", "after the meeting.")])

# ---------------- m02 The Kyiv Independent: glide bombs on Sumy; drone in Velyka Pysarivka; Ukrainian drones on Tyotkino; Budrys-Hryhorov
d = Doc("m02.txt", "The Kyiv Independent", "2027-04-06"); docs.append(d)
d.B("The Kyiv Independent", "ORG", "Kyiv Independent")
d.E("Ukraine", "GPE")
d.B("Daria Shevchuk-Rudenko", "PERSON")
d.E("Sumy", "GPE")
d.E("Sumy Oblast Military Administration", "ORG")
d.E("Oleh Hryhorov", "PERSON", "Governor Oleh Hryhorov", "Hryhorov")
d.E("Sumy Oblast", "GPE")
d.E("Velyka Pysarivka", "GPE")
d.E("Krasnopillia", "GPE")
d.E("Khotin", "GPE")
d.E("Liudmyla Bondar", "PERSON")
d.E("Oksana Marchuk", "PERSON")
d.E("State Border Guard Service of Ukraine", "ORG")
d.E("Russia", "GPE")
d.E("Kursk Oblast", "GPE")
d.E("Alexander Khinshtein", "PERSON", "Kursk Oblast Governor Alexander Khinshtein", "Governor Alexander Khinshtein")
d.E("Tyotkino", "GPE")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Kęstutis Budrys", "PERSON", "Lithuanian Foreign Minister Kęstutis Budrys", "Budrys")
d.E("Lithuania", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "Zelensky")
d.Q("People were coming out of the shelter", "Oleh Hryhorov")
d.Q("Rescuers are still checking", "Oleh Hryhorov")
d.Q("Every night I hear the planes", "Liudmyla Bondar")
d.Q("The enemy is accumulating forces", "Oksana Marchuk")
d.Q("until the threat to our border", "Dmitry Peskov")
d.Q("I came to see with my own eyes", "Kęstutis Budrys")
d.EV("ASSAULT", "Russia", None, "Sumy", "2027-04-05", 3, 19,
     d.S("Russian aircraft dropped two guided aerial bombs", "Hryhorov said."),
     [d.S("Russian glide bombs kill 3 in Sumy"),
      d.S("Rescue workers at the site of a Russian glide bomb strike", "April 5, 2027."),
      d.S("One of the bombs struck the courtyard", "Administration said."),
      d.S("Two children were among the injured."),
      d.S("\"People were coming out of the shelter", "Hryhorov said.")])
d.EV("ASSAULT", "Russia", None, "Velyka Pysarivka", "2027-04-05", 1, None,
     d.S("In the border community of Velyka Pysarivka", "the administration said."))
d.EV("ASSAULT", "Ukraine", None, "Tyotkino", "2027-04-05", None, None,
     d.S("Across the border, Kursk Oblast Governor", "without electricity."),
     [d.S("No one was hurt, he said.")])
d.EV("CONSULT", "Kęstutis Budrys", "Oleh Hryhorov", "Sumy", "2027-04-05", None, None,
     d.S("Lithuanian Foreign Minister Kęstutis Budrys, who arrived", "damaged building."),
     [d.S("Russian glide bombs kill 3 in Sumy")])

# ---------------- m03 Sudan Tribune: drone strike on Tawila camp; SAF bombing of El Fasher market; Burhan-Lamamra in Port Sudan
d = Doc("m03.txt", "Sudan Tribune", "2027-04-08"); docs.append(d)
d.E("Sudan Tribune", "ORG", "ST")
d.E("Sudan", "GPE")
d.E("Darfur", "GPE")
d.E("Tawila", "GPE", "TAWILA")
d.E("El Fasher", "GPE")
d.E("North Darfur", "GPE")
d.B("Ahmed Gamal-Eldin", "PERSON")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Mohamed Ahmed Yagoub", "PERSON", "Yagoub")
d.E("Sudan Doctors Network", "ORG")
d.E("Médecins Sans Frontières", "ORG", "MSF")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "OCHA")
d.E("Musa Abdelrahman Tijani", "PERSON")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("Nabil Abdallah", "PERSON", "Brig. Gen. Nabil Abdallah")
d.E("Minni Arko Minawi", "PERSON", "Darfur Governor Minni Arko Minawi")
d.E("Port Sudan", "GPE")
d.E("Transitional Sovereignty Council", "ORG", "Sovereignty Council")
d.E("Abdel Fattah al-Burhan", "PERSON", "Gen. Abdel Fattah al-Burhan", "Burhan")
d.E("United Nations", "ORG", "UN")
d.E("Ramtane Lamamra", "PERSON", "Lamamra")
d.E("Kordofan", "GPE")
d.E("Adre", "GPE")
d.E("World Food Programme", "ORG", "WFP")
d.E("Kassala", "GPE")
d.Q("The drone came twice", "Mohamed Ahmed Yagoub")
d.Q("a new massacre against people", "Sudan Doctors Network")
d.Q("Our forces have no drones", "Musa Abdelrahman Tijani")
d.Q("a gathering of militia vehicles", "Nabil Abdallah")
d.Q("turning every camp into a target", "Minni Arko Minawi")
d.Q("allow aid to move across front lines", "Ramtane Lamamra")
d.Q("for as long as it is not used", "Abdel Fattah al-Burhan")
d.EV("ASSAULT", None, None, "Tawila", "2027-04-06", 11, 24,
     d.S("April 7, 2027 (TAWILA) – A drone strike", "carrying out the attack."),
     [d.S("Drone strike on Tawila displacement camp kills 11"),
      d.S("The drone struck near a water point", "the camp's displaced."),
      d.S("\"The drone came twice.", "by phone."),
      d.S("The Sudan Doctors Network said the wounded", "critical condition."),
      d.S("It called the attack", "fled death twice\"."),
      d.S("The RSF denied", "involvement.")])
d.EV("ASSAULT", "Sudanese Armed Forces", None, "El Fasher", "2027-04-07", 6, 15,
     d.S("On Wednesday, aircraft of the Sudanese Armed Forces", "in the city said."),
     [d.S("Drone strike on Tawila displacement camp kills 11"),
      d.S("Army spokesman Brig. Gen. Nabil Abdallah said", "were targeted.")])
d.EV("CONSULT", "Abdel Fattah al-Burhan", "Ramtane Lamamra", "Port Sudan", "2027-04-07", None, None,
     d.S("In Port Sudan on Wednesday", "Darfur and Kordofan."),
     [d.S("Lamamra said after the meeting", "without conditions\"."),
      d.S("Burhan told the envoy", "Sovereignty Council said.")])

# ---------------- m04 Africanews: CODECO attack on Pimbo (Djugu); farmers killed near Komanda (Irumu); Luboya-Ould-Belkheir in Bunia
d = Doc("m04.txt", "Africanews", "2027-04-10"); docs.append(d)
d.B("Africanews", "ORG", "africanews")
d.E("Democratic Republic of the Congo", "GPE", "DR Congo", "Democratic Republic of Congo")
d.E("Cooperative for the Development of Congo", "ORG", "CODECO")
d.E("Ituri", "GPE", "Ituri province")
d.B("Patrick Mwamba Kasongo", "PERSON")
d.B("AFP", "ORG")
d.E("Djugu", "GPE", "Djugu territory")
d.E("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "ORG", "MONUSCO")
d.B("Jean-Marc Ilunga", "PERSON")
d.E("Bunia", "GPE", "BUNIA")
d.E("Pimbo", "GPE")
d.E("Jean-Claude Mbuyi Kalala", "PERSON", "Lt. Jean-Claude Mbuyi Kalala", "Mbuyi")
d.E("Jean-Pierre Ndjaza Mambo", "PERSON")
d.E("Aru", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("Irumu", "GPE", "Irumu territory")
d.E("Komanda", "GPE")
d.E("Allied Democratic Forces", "ORG", "ADF")
d.E("Islamic State", "ORG")
d.E("North Kivu", "GPE")
d.E("Johnny Luboya Nkashama", "PERSON", "Lt. Gen. Johnny Luboya Nkashama")
d.E("Karim Ould-Belkheir", "PERSON", "Ould-Belkheir")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG",
    "UN Office for the Coordination of Humanitarian Affairs", "OCHA")
d.E("Kinshasa", "GPE")
d.E("Kigali", "GPE")
d.E("Washington", "GPE")
d.E("Kasai", "GPE", "Kasai province")
d.Q("The assailants came down from the hills", "Jean-Claude Mbuyi Kalala")
d.Q("We found bodies in the fields", "Jean-Pierre Ndjaza Mambo")
d.Q("respects the ceasefire commitments", "Cooperative for the Development of Congo")
d.QP("Attacks on civilians in Djugu", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo")
d.Q("MONUSCO calls on all armed groups", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo")
d.Q("a permanent presence in Pimbo", "Johnny Luboya Nkashama")
d.Q("support the Congolese authorities", "Karim Ould-Belkheir")
d.EV("ASSAULT", "Cooperative for the Development of Congo", None, "Pimbo", "2027-04-09", 17, 9,
     d.S("BUNIA, Democratic Republic of Congo — Militiamen", "said on Friday."),
     [d.S("DR Congo: CODECO militia kills 17"),
      d.S("Nine other people were wounded", "Mbuyi Kalala said."),
      d.S("\"The assailants came down", "in Bunia."),
      d.S("A faction of the group denied involvement", "in Aru\"."),
      d.S("The UN peacekeeping mission, MONUSCO, said", "to Bunia.")])
d.EV("ASSAULT", None, None, "Komanda", "2027-04-08", 5, None,
     d.S("In Irumu territory, south of Bunia", "Forces (ADF)."))
d.EV("CONSULT", "Johnny Luboya Nkashama", "Karim Ould-Belkheir", "Bunia", "2027-04-09", None, None,
     d.S("On Friday, Ituri's military governor", "displacement sites."),
     [d.S("The governor said after the meeting", "within a week.")])

# ---------------- m05 Garowe Online: al-Shabaab attack on Mahaday base (Middle Shabelle); AFRICOM strike near Adan Yabaal; Hassan Sheikh-Souef
d = Doc("m05.txt", "Garowe Online", "2027-04-13"); docs.append(d)
d.E("Garowe Online", "ORG")
d.E("Somalia", "GPE", "SOMALIA")
d.E("al-Shabaab", "ORG", "Al-Shabaab")
d.E("Middle Shabelle", "GPE", "Middle Shabelle region")
d.B("Abdiweli Hassan Farah", "PERSON")
d.E("Somali National Army", "ORG")
d.E("Jowhar", "GPE")
d.E("Hirshabelle", "GPE")
d.B("Somali National News Agency", "ORG", "SONNA")
d.E("Mogadishu", "GPE", "MOGADISHU")
d.E("Mahaday", "GPE", "Mahaday district")
d.E("Abdirahman Ismail Warsame", "PERSON", "Warsame")
d.E("Radio Andalus", "ORG", "Andalus")
d.E("United States Africa Command", "ORG", "AFRICOM")
d.E("Adan Yabaal", "GPE")
d.E("Federal Government of Somalia", "ORG")
d.E("Hodan Ali Nur", "PERSON")
d.E("Heritage Institute for Policy Studies", "ORG")
d.E("Hassan Sheikh Mohamud", "PERSON", "President Hassan Sheikh Mohamud")
d.E("African Union Support and Stabilization Mission in Somalia", "ORG", "AUSSOM")
d.E("Mohamed El-Amine Souef", "PERSON", "Souef")
d.E("Jubaland", "GPE")
d.E("Gedo", "GPE")
d.E("Puntland", "GPE")
d.E("Bosaso", "GPE")
d.Q("The enemy came with a car", "Abdirahman Ismail Warsame")
d.Q("overrun the base", "al-Shabaab")
d.Q("Al-Shabaab is showing", "Hodan Ali Nur")
d.Q("The government holds the towns", "Hodan Ali Nur")
d.Q("fully committed to standing", "Mohamed El-Amine Souef")
d.Q("cannot ask us to fight", "Hassan Sheikh Mohamud")
d.EV("ASSAULT", "al-Shabaab", "Somali National Army", "Mahaday", "2027-04-12", 9, 14,
     d.S("MOGADISHU, Somalia — At least nine soldiers", "residents said."),
     [d.S("Al-Shabaab suicide attack on army base"),
      d.S("The attack began at dawn", "told Garowe Online."),
      d.S("Hirshabelle state security minister", "by midday."),
      d.S("\u201cThe enemy came with a car", "in Jowhar."),
      d.S("The army said dozens of militants", "independently verified."),
      d.S("Al-Shabaab claimed responsibility", "and vehicles\u201d.")])
d.EV("ASSAULT", "United States Africa Command", "al-Shabaab", "Adan Yabaal", "2027-04-11", None, None,
     d.S("Separately, the United States Africa Command", "Federal Government of Somalia."),
     [d.S("It said its initial assessment", "been hurt.")])
d.EV("CONSULT", "Hassan Sheikh Mohamud", "Mohamed El-Amine Souef", "Mogadishu", "2027-04-12", None, None,
     d.S("In Mogadishu on Monday, President", "the presidency said."),
     [d.S("Souef said in a statement after the talks", "security forces\u201d.")])

# ---------------- m06 AP: Viv Ansanm attack on Canapé-Vert; police/GSF operation in Bel Air; Fils-Aimé-Ofori-Mensah
d = Doc("m06.txt", "Associated Press", "2027-04-15"); docs.append(d)
d.E("Associated Press", "ORG", "AP")
d.E("Haiti", "GPE")
d.B("Jean-Robert Pierre-Louis", "PERSON", "JEAN-ROBERT PIERRE-LOUIS")
d.B("Danica Holloway", "PERSON", "DANICA HOLLOWAY")
d.E("Canapé-Vert", "GPE")
d.E("Port-au-Prince", "GPE", "PORT-AU-PRINCE")
d.B("Wilner Dorsainvil-Jean", "PERSON")
d.E("Lionel Bastien-Fénelon", "PERSON")
d.E("Haitian National Police", "ORG")
d.E("Mireille", "PERSON")
d.E("Jimmy Chérizier", "PERSON", "Barbecue")
d.E("Viv Ansanm", "ORG")
d.E("United Nations", "ORG", "U.N.")
d.E("Gang Suppression Force", "ORG")
d.E("Bel Air", "GPE")
d.E("Kenya", "GPE")
d.E("United Nations Security Council", "ORG", "U.N. Security Council")
d.E("Alix Didier Fils-Aimé", "PERSON", "Prime Minister Alix Didier Fils-Aimé", "Fils-Aimé")
d.E("Emmanuel Ofori-Mensah", "PERSON", "Brig. Gen. Emmanuel Ofori-Mensah", "Ofori-Mensah")
d.E("United Nations Integrated Office in Haiti", "ORG", "U.N. Integrated Office in Haiti")
d.E("International Organization for Migration", "ORG")
d.E("Dominican Republic", "GPE")
d.B("Mexico City", "GPE")
d.Q("They came down from the hill", "Mireille")
d.Q("My neighbor and his son", "Mireille")
d.Q("to punish the families", "Jimmy Chérizier")
d.Q("as long as the government hunts", "Jimmy Chérizier")
d.Q("The state will retake", "Alix Didier Fils-Aimé")
d.Q("helicopters, night-vision equipment", "Emmanuel Ofori-Mensah")
d.Q("deeply alarmed by the targeting", "United Nations Integrated Office in Haiti")
d.EV("ASSAULT", "Viv Ansanm", None, "Canapé-Vert", "2027-04-14", 7, 10,
     d.S("PORT-AU-PRINCE, Haiti (AP) — Gang members", "residents said."),
     [d.S("Gangs kill 7 in Haiti's capital"),
      d.S("At least 10 others were wounded", "Haitian National Police."),
      d.S("Jimmy Chérizier, the former police officer", "the police.\""),
      d.S("The U.N. Integrated Office in Haiti said", "brought to justice.")])
d.EV("ASSAULT", "Haitian National Police", None, "Bel Air", "2027-04-13", 12, 2,
     d.S("The attack came a day after officers", "12 gang members."),
     [d.S("Gangs kill 7 in Haiti's capital"),
      d.S("Authorities said two officers were wounded.")])
d.EV("CONSULT", "Alix Didier Fils-Aimé", "Emmanuel Ofori-Mensah", "Port-au-Prince", "2027-04-14", None, None,
     d.S("On Wednesday, Prime Minister Alix Didier Fils-Aimé met", "his office said."),
     [d.S("Ofori-Mensah told reporters after the meeting", "hold territory.")])

# ---------------- m07 DW: Merz-Klingbeil coalition talks in Berlin; Klingbeil-Fahimi; pensioners' rally (PROTEST)
d = Doc("m07.txt", "DW", "2027-04-16"); docs.append(d)
d.E("Deutsche Welle", "ORG", "DW")
d.E("Germany", "GPE")
d.E("Friedrich Merz", "PERSON", "Chancellor Friedrich Merz", "Merz")
d.E("Social Democratic Party of Germany", "ORG", "Social Democratic Party", "Social Democrats", "SPD")
d.B("Jana Brückner-Holm", "PERSON")
d.E("Lars Klingbeil", "PERSON", "Vice Chancellor Lars Klingbeil", "Klingbeil")
d.E("German Chancellery", "ORG", "Chancellery")
d.E("Berlin", "GPE")
d.B("Tobias Wendland", "PERSON")
d.B("Deutsche Presse-Agentur", "ORG", "dpa")
d.B("picture alliance", "ORG")
d.E("Christian Democratic Union of Germany", "ORG", "Christian Democratic Union", "CDU")
d.E("Christian Social Union in Bavaria", "ORG", "Christian Social Union", "CSU")
d.E("Stefan Kornelius", "PERSON")
d.E("German Federal Ministry of Finance", "ORG", "Finance Ministry")
d.E("Bärbel Bas", "PERSON")
d.E("Markus Söder", "PERSON", "Söder")
d.E("ZDF", "ORG")
d.E("German Trade Union Confederation", "ORG", "DGB")
d.E("Yasmin Fahimi", "PERSON")
d.E("Bundestag", "ORG")
d.E("Alternative for Germany", "ORG", "AfD")
d.E("Alice Weidel", "PERSON")
d.E("Forsa", "ORG")
d.E("Ursula Feldkamp-Reiss", "PERSON")
d.E("Free University of Berlin", "ORG")
d.B("Rüdiger Baumann-Lenz", "PERSON")
d.Q("serious and constructive in tone", "Stefan Kornelius")
d.QP("We will not accept a pension cut", "Lars Klingbeil")
d.Q("We are ready to talk", "Lars Klingbeil")
d.Q("if it is balanced on the backs", "Bärbel Bas")
d.Q("The money is simply not there", "Markus Söder")
d.Q("a government that has already separated", "Alice Weidel")
d.Q("Both sides know", "Ursula Feldkamp-Reiss")
d.Q("That is the strongest glue", "Ursula Feldkamp-Reiss")
d.EV("CONSULT", "Friedrich Merz", "Lars Klingbeil", "Berlin", "2027-04-15", None, None,
     d.S("Chancellor Friedrich Merz and Vice Chancellor", "May 2025."),
     [d.S("German coalition row over pensions deepens"),
      d.S("Chancellor Friedrich Merz's conservatives", "seven hours of talks."),
      d.S("Leaders of Merz's Christian Democratic Union", "speaking to reporters."),
      d.S("Government spokesman Stefan Kornelius later said", "next week.")])
d.EV("CONSULT", "Lars Klingbeil", "Yasmin Fahimi", None, "2027-04-14", None, None,
     d.S("On Wednesday, Klingbeil met the head", "against any cut."))
d.EV("PROTEST", None, None, "Bundestag", "2027-04-10", None, None,
     d.S("Thousands of pensioners and union members rallied", "last Saturday."))

# ---------------- m08 ABC News: NSW election; Sloane-Minns and Albanese-Minns phone calls
d = Doc("m08.txt", "ABC News", "2027-03-28"); docs.append(d)
d.E("Australian Broadcasting Corporation", "ORG", "ABC News", "ABC")
d.E("New South Wales", "GPE", "NSW")
d.E("Sydney", "GPE")
d.B("Olivia Trankell-Moore", "PERSON")
d.E("Kogarah", "GPE")
d.B("Callum Ashby-Roe", "PERSON")
d.E("Chris Minns", "PERSON", "Premier Chris Minns", "Mr Minns", "Minns")
d.E("Australian Labor Party", "ORG", "Labor")
d.E("New South Wales Legislative Assembly", "ORG", "Legislative Assembly")
d.E("Kellie Sloane", "PERSON", "Ms Sloane")
d.E("Manly", "GPE")
d.E("Liberal Party of Australia", "ORG", "Liberal Party")
d.E("Anthony Albanese", "PERSON", "Prime Minister Anthony Albanese")
d.E("Penrith", "GPE")
d.E("Camden", "GPE")
d.E("Parramatta", "GPE")
d.E("National Party of Australia", "ORG", "Nationals")
d.E("Dugald Saunders", "PERSON")
d.E("Australian Greens", "ORG", "Greens")
d.E("Balmain", "GPE")
d.E("Newtown", "GPE")
d.E("Priya Venkatesan-Clarke", "PERSON")
d.E("Pittwater", "GPE")
d.E("Mark Tennant-Hughes", "PERSON")
d.E("Blacktown", "GPE")
d.E("Helena Marchetti-Ward", "PERSON", "Dr Helena Marchetti-Ward")
d.E("University of Sydney", "ORG")
d.E("NSW Electoral Commission", "ORG")
d.Q("steady, honest government", "Chris Minns")
d.Q("Four years ago you gave us", "Chris Minns")
d.Q("The people of New South Wales have spoken", "Kellie Sloane")
d.Q("But the Liberal Party will not disappear", "Kellie Sloane")
d.Q("the story of the night", "Mark Tennant-Hughes")
d.Q("Housing was the issue everywhere", "Mark Tennant-Hughes")
d.Q("a very long conversation", "Helena Marchetti-Ward")
d.EV("CONSULT", "Kellie Sloane", "Chris Minns", None, "2027-03-27", None, None,
     d.S("Liberal leader Kellie Sloane conceded defeat", "congratulate him."))
d.EV("CONSULT", "Anthony Albanese", "Chris Minns", None, "2027-03-27", None, None,
     d.S("Prime Minister Anthony Albanese, who campaigned", "office said."))

# ---------------- m09 RFI: Faye-Sonko meeting in Dakar; IMF mission-Diba (curly quotes and apostrophes)
d = Doc("m09.txt", "RFI", "2027-04-19"); docs.append(d)
d.E("Radio France Internationale", "ORG", "RFI")
d.E("Senegal", "GPE")
d.E("Bassirou Diomaye Faye", "PERSON", "President Bassirou Diomaye Faye", "Faye")
d.E("Ousmane Sonko", "PERSON", "Prime Minister Ousmane Sonko", "Sonko")
d.E("International Monetary Fund", "ORG", "IMF")
d.E("African Patriots of Senegal for Work, Ethics and Fraternity", "ORG", "Pastef")
d.E("Dakar", "GPE")
d.B("Mamadou Thiam-Kane", "PERSON")
d.B("AFP", "ORG")
d.E("Ndèye Awa Mbengue", "PERSON")
d.E("Senegalese Court of Audit", "ORG")
d.E("Washington", "GPE")
d.E("Paris", "GPE")
d.E("Lucía Ferrante-Okoye", "PERSON", "Ferrante-Okoye")
d.E("Cheikh Diba", "PERSON", "Finance Minister Cheikh Diba")
d.E("London", "GPE")
d.E("Aïssatou Ndiaye-Fall", "PERSON")
d.E("Alliance for the Republic", "ORG", "APR")
d.E("Macky Sall", "PERSON")
d.E("Babacar Guèye-Sow", "PERSON")
d.E("Cheikh Anta Diop University", "ORG")
d.E("Guinea-Bissau", "GPE")
d.E("Gambia", "GPE")
d.Q("reaffirmed the unity of the executive", "Ndèye Awa Mbengue")
d.Q("I will not sign anything", "Ousmane Sonko")
d.Q("Our sovereignty is not for sale", "Ousmane Sonko")
d.Q("The institutions are functioning", "Bassirou Diomaye Faye")
d.Q("The discussions were constructive", "Lucía Ferrante-Okoye")
d.Q("on a clearly sustainable path", "Lucía Ferrante-Okoye")
d.Q("The country is being steered", "Aïssatou Ndiaye-Fall")
d.Q("Sonko speaks to the street", "Babacar Guèye-Sow")
d.EV("CONSULT", "Bassirou Diomaye Faye", "Ousmane Sonko", "Dakar", "2027-04-18", None, None,
     d.S("Senegal\u2019s President Bassirou Diomaye Faye and Prime Minister", "International Monetary Fund."),
     [d.S("Senegal\u2019s Faye and Sonko meet"),
      d.S("The meeting lasted more than three hours", "brought them to power."),
      d.S("Faye, who has taken a more cautious line", "Senegalese people.\u201d")])
d.EV("CONSULT", "International Monetary Fund", "Cheikh Diba", "Dakar", "2027-04-16", None, None,
     d.S("An IMF mission led by", "spending cuts."),
     [d.S("\u201cThe discussions were constructive", "sustainable path\u201d.")])

# ---------------- m10 OC Media: Tbilisi rally (PROTEST); TV Pirveli camera operator beaten; Kallas-Botchorishvili call
d = Doc("m10.txt", "OC Media", "2027-04-21"); docs.append(d)
d.B("OC Media", "ORG")
d.E("Georgia", "GPE")
d.E("Tbilisi", "GPE")
d.E("Constitutional Court of Georgia", "ORG", "Constitutional Court")
d.B("Nino Kavtaradze-Blum", "PERSON")
d.B("Mariam Gelashvili-Orr", "PERSON")
d.E("Parliament of Georgia", "ORG")
d.E("Georgian Dream", "ORG")
d.E("United National Movement", "ORG")
d.E("Coalition for Change", "ORG")
d.E("Strong Georgia", "ORG")
d.E("Tamar Jibladze-Hart", "PERSON")
d.E("Kutaisi", "GPE")
d.E("Salome Zourabichvili", "PERSON", "Former President Salome Zourabichvili")
d.E("Georgian Ministry of Internal Affairs", "ORG", "Interior Ministry")
d.E("TV Pirveli", "ORG")
d.E("Irakli Kobakhidze", "PERSON", "Prime Minister Irakli Kobakhidze", "Kobakhidze")
d.E("Brussels", "GPE")
d.E("European Union", "ORG", "EU")
d.E("Kaja Kallas", "PERSON")
d.E("Maka Botchorishvili", "PERSON", "Georgian Foreign Minister Maka Botchorishvili")
d.E("Levan Tsereteli-Brooks", "PERSON")
d.E("Georgian Institute of Politics", "ORG")
d.E("Armenia", "GPE")
d.E("Azerbaijan", "GPE")
d.Q("They can ban our parties", "Tamar Jibladze-Hart")
d.Q("Every time they close a door", "Tamar Jibladze-Hart")
d.Q("the final step in the dismantling", "Salome Zourabichvili")
d.Q("working for foreign agents", None)
d.Q("tried to organise a revolution", "Irakli Kobakhidze")
d.Q("Georgia is a sovereign state", "Irakli Kobakhidze")
d.Q("moves Georgia further away", "Kaja Kallas")
d.Q("Georgian Dream has now closed", "Levan Tsereteli-Brooks")
d.Q("What is left for the opposition", "Levan Tsereteli-Brooks")
d.EV("PROTEST", None, None, "Tbilisi", "2027-04-20", None, None,
     d.S("Tens of thousands of people rallied", "Georgian Dream party."),
     [d.S("Tens of thousands rally in Tbilisi")])
d.EV("ASSAULT", None, None, "Tbilisi", "2027-04-20", None, 1,
     d.S("Separately, a camera operator", "the channel said."),
     [d.S("He told colleagues that the men", "foreign agents\".")])
d.EV("CONSULT", "Kaja Kallas", "Maka Botchorishvili", None, "2027-04-20", None, None,
     d.S("In Brussels, the EU's foreign policy chief", "with every step\"."))

# ---------------- m11 BusinessDay: CBN rate cut (business; the MPC's own meeting is not a CONSULT between parties)
d = Doc("m11.txt", "BusinessDay", "2027-04-14"); docs.append(d)
d.E("BusinessDay", "ORG")
d.E("Central Bank of Nigeria", "ORG", "CBN")
d.B("Temitope Adeyemi-Clarke", "PERSON")
d.E("Olayemi Cardoso", "PERSON", "Governor Olayemi Cardoso", "Cardoso")
d.E("Central Bank of Nigeria Monetary Policy Committee", "ORG", "Monetary Policy Committee", "MPC")
d.E("Abuja", "GPE", "ABUJA")
d.E("Nigerian National Bureau of Statistics", "ORG", "National Bureau of Statistics", "NBS")
d.E("Wale Edun", "PERSON", "Finance Minister Wale Edun")
d.E("Manufacturers Association of Nigeria", "ORG", "MAN")
d.E("Adaeze Nwachukwu-Reyes", "PERSON")
d.E("Lagos", "GPE")
d.E("Halden Brook Securities", "ORG")
d.E("Nigerian Exchange", "ORG", "NGX")
d.E("International Monetary Fund", "ORG")
d.E("Kunle Badmus-Otieno", "PERSON")
d.Q("The committee's decision reflects", "Olayemi Cardoso")
d.Q("We will not, however", "Olayemi Cardoso")
d.Q("unlock credit for manufacturers", "Wale Edun")
d.Q("a step in the right direction", "Manufacturers Association of Nigeria")
d.Q("far above what any factory", "Manufacturers Association of Nigeria")
d.Q("The CBN has shown", "Adaeze Nwachukwu-Reyes")
d.Q("It is a bold call", "Adaeze Nwachukwu-Reyes")
d.Q("Money is already moving", "Kunle Badmus-Otieno")

# ---------------- m12 Focus Taiwan (CNA): Kestrel Semiconductor Q1 results (business; no events)
d = Doc("m12.txt", "Focus Taiwan", "2027-04-23"); docs.append(d)
d.B("Focus Taiwan", "ORG")
d.E("Central News Agency", "ORG", "CNA")
d.E("Kestrel Semiconductor", "ORG", "Kestrel Semiconductor Corp.", "Kestrel", "崇翔半導體")
d.E("Hsinchu", "GPE")
d.B("Chen Yu-ting", "PERSON")
d.B("Matthew Lauridsen-Ho", "PERSON")
d.E("Taipei", "GPE")
d.E("Taiwan Stock Exchange", "ORG")
d.E("Teresa Huang", "PERSON", "Huang", "黃美玲")
d.E("Taiwan Semiconductor Manufacturing Company", "ORG", "Taiwan Semiconductor Manufacturing Co.", "TSMC")
d.E("United States", "GPE")
d.E("Donald Trump", "PERSON", "President Donald Trump")
d.E("Lin Kuan-hsiung", "PERSON", "Lin", "林冠雄")
d.E("Mexico", "GPE")
d.E("Tainan", "GPE")
d.E("Arthur Cheng-Whitfield", "PERSON")
d.E("Yuanta Securities", "ORG")
d.E("Kung Ming-hsin", "PERSON", "Minister of Economic Affairs Kung Ming-hsin", "龔明鑫")
d.E("Taiwan", "GPE")
d.E("Chiayi", "GPE")
d.QS("will keep us sold out", "Teresa Huang")
d.Q("Customers are no longer asking", "Teresa Huang")
d.Q("Our capacity for this year", "Teresa Huang")
d.Q("limited and manageable", "Lin Kuan-hsiung")
d.Q("Kestrel is one of the few", "Arthur Cheng-Whitfield")
d.Q("once the larger rivals", "Arthur Cheng-Whitfield")
d.Q("keep the most advanced technology", "Kung Ming-hsin")

# ---------------- m13 BNamericas: Sierra Águila strike (PROTEST); union-company talks in Antofagasta
d = Doc("m13.txt", "BNamericas", "2027-04-26"); docs.append(d)
d.E("BNamericas", "ORG")
d.E("Chile", "GPE")
d.B("Valentina Herrera-Lund", "PERSON")
d.E("Calama", "GPE")
d.E("Workers' Union No. 2 of Sierra Águila", "ORG")
d.E("Minera Sierra Águila", "ORG")
d.E("Corvina Resources", "ORG", "Corvina")
d.E("Antofagasta", "GPE", "Antofagasta region")
d.E("Héctor Aravena-Soto", "PERSON")
d.E("Daniel Whitcombe-Parra", "PERSON")
d.E("Chilean Labour Directorate", "ORG", "Labour Directorate")
d.E("Francisca Oyarzún-Leiva", "PERSON", "Mining Minister Francisca Oyarzún-Leiva")
d.E("London Metal Exchange", "ORG")
d.E("Peru", "GPE")
d.E("Ignacio Bórquez-Wilde", "PERSON")
d.E("Santiago", "GPE")
d.E("Altiplano Metals Research", "ORG")
d.E("Chilean Copper Commission", "ORG", "Cochilco")
d.E("Codelco", "ORG")
d.Q("The company reported record profits", "Héctor Aravena-Soto")
d.Q("the best in the history", "Daniel Whitcombe-Parra")
d.Q("will not intervene in a negotiation", "Francisca Oyarzún-Leiva")
d.Q("Every week of stoppage", "Ignacio Bórquez-Wilde")
d.EV("CONSULT", "Workers' Union No. 2 of Sierra Águila", "Minera Sierra Águila", "Antofagasta", "2027-04-24", None, None,
     d.S("Representatives of the union and the company met", "according to both sides."),
     [d.S("Strike halts output at Sierra Águila"),
      d.S("Copper production at the Sierra Águila mine", "over the weekend.")])
d.EV("PROTEST", "Workers' Union No. 2 of Sierra Águila", "Minera Sierra Águila", "Antofagasta", "2027-04-22", None, None,
     d.S("The strike began on April 22", "real wage increase."),
     [d.S("Strike halts output at Sierra Águila"),
      d.S("Copper production at the Sierra Águila mine", "over the weekend.")])

# ---------------- m14 The Daily Star: Nipah vaccine trial in Bangladesh (health; no events; curly quotes and apostrophes)
d = Doc("m14.txt", "The Daily Star", "2027-04-27"); docs.append(d)
d.B("The Daily Star", "ORG")
d.E("Bangladesh", "GPE")
d.E("Faridpur", "GPE")
d.E("Rajbari", "GPE")
d.E("The New England Journal of Medicine", "ORG", "NEJM")
d.E("International Centre for Diarrhoeal Disease Research, Bangladesh", "ORG", "icddr,b")
d.E("Institute of Epidemiology, Disease Control and Research", "ORG", "IEDCR")
d.E("Coalition for Epidemic Preparedness Innovations", "ORG", "CEPI")
d.E("Dhaka", "GPE")
d.E("Meghna Biologics", "ORG")
d.E("Farhana Haque-Lindqvist", "PERSON", "Dr Farhana Haque-Lindqvist")
d.E("Abdul Karim Mollah", "PERSON")
d.E("Bhanga", "GPE", "Bhanga upazila")
d.E("India", "GPE")
d.E("Kerala", "GPE")
d.E("Mohammad Shahidul Alam-Rabbi", "PERSON", "Prof Mohammad Shahidul Alam-Rabbi")
d.E("Bangladeshi Directorate General of Health Services", "ORG", "Directorate General of Health Services", "DGHS")
d.E("World Health Organization", "ORG")
d.E("Tanvir Rahman-Siddiqui", "PERSON")
d.E("Gazipur", "GPE")
d.E("Naogaon", "GPE")
d.Q("For the first time, we have a vaccine", "Farhana Haque-Lindqvist")
d.Q("Antibodies are not the same", "Farhana Haque-Lindqvist")
d.Q("We still need to prove", "Farhana Haque-Lindqvist")
d.Q("My brother died of Nipah", "Abdul Karim Mollah")
d.Q("subject to regulatory approval", "Coalition for Epidemic Preparedness Innovations")
d.Q("prepare the cold chain", "Mohammad Shahidul Alam-Rabbi")

# ---------------- m15 Philippine Daily Inquirer: Marcos-Takaichi in Manila; Teodoro-Koizumi in Quezon City
d = Doc("m15.txt", "Philippine Daily Inquirer", "2027-04-29"); docs.append(d)
d.B("Philippine Daily Inquirer", "ORG", "INQUIRER.net")
d.B("Kristine Joy Villareal-Dizon", "PERSON")
d.E("Ferdinand Marcos Jr.", "PERSON", "President Ferdinand Marcos Jr.", "Marcos")
d.E("Sanae Takaichi", "PERSON", "Japanese Prime Minister Sanae Takaichi", "Takaichi")
d.B("Presidential Communications Office", "ORG", "PCO")
d.E("Manila", "GPE", "MANILA")
d.E("Philippines", "GPE", "PH")
d.E("Philippine Navy", "ORG", "Navy")
d.E("Japan", "GPE")
d.E("Tokyo", "GPE")
d.E("Gilberto Teodoro", "PERSON", "Defense Secretary Gilberto Teodoro Jr.", "Gilberto Teodoro Jr.", "Teodoro")
d.E("Shinjiro Koizumi", "PERSON", "Japanese Defense Minister Shinjiro Koizumi", "Koizumi")
d.E("Quezon City", "GPE")
d.E("Philippine Department of National Defense", "ORG", "Department of National Defense", "DND")
d.E("Beijing", "GPE")
d.E("Chinese Ministry of Foreign Affairs", "ORG", "Chinese Foreign Ministry")
d.E("Lin Jian", "PERSON")
d.E("United States Embassy in Manila", "ORG", "US Embassy in Manila")
d.E("Josefina Almonte-Reyes", "PERSON")
d.E("University of the Philippines", "ORG")
d.E("Diliman", "GPE")
d.E("Davao City", "GPE")
d.E("Batanes", "GPE")
d.E("India", "GPE")
d.Q("Japan and the Philippines share", "Sanae Takaichi")
d.Q("give our Navy the ships", "Ferdinand Marcos Jr.")
d.Q("a partnership that has become", "Ferdinand Marcos Jr.")
d.Q("The ships will go where", "Gilberto Teodoro")
d.Q("before the end of next year", "Shinjiro Koizumi")
d.Q("should not stir up trouble", "Lin Jian")
d.Q("strengthens a network of allies", "United States Embassy in Manila")
d.Q("Japan is no longer only giving", "Josefina Almonte-Reyes")
d.EV("CONSULT", "Ferdinand Marcos Jr.", "Sanae Takaichi", "Manila", "2027-04-28", None, None,
     d.S("MANILA, Philippines — President Ferdinand Marcos Jr.", "West Philippine Sea."),
     [d.S("Marcos, Takaichi seal deal"),
      d.S("President Ferdinand Marcos Jr. and Japanese Prime Minister Sanae Takaichi review troops", "on Wednesday."),
      d.S("The two leaders met for nearly two hours", "visit to Manila.")])
d.EV("CONSULT", "Gilberto Teodoro", "Shinjiro Koizumi", "Quezon City", "2027-04-27", None, None,
     d.S("On Tuesday, Defense Secretary", "(DND) said."),
     [d.S("In a statement after the meeting, Teodoro said:", "Spratly Islands.\"")])

# ---------------- m16 Iceland Review: Svartsengi magma study (science; no events; curly quotes and apostrophes)
d = Doc("m16.txt", "Iceland Review", "2027-04-30"); docs.append(d)
d.E("Iceland Review", "ORG")
d.B("Eydís Ragnarsdóttir-Holt", "PERSON")
d.E("Grindavík", "GPE")
d.B("Ragnar Ólafsson-Kerr", "PERSON")
d.E("Geophysical Research Letters", "ORG")
d.E("University of Iceland", "ORG")
d.E("Icelandic Meteorological Office", "ORG", "IMO")
d.E("Þórdís Hafsteinsdóttir", "PERSON", "Dr Þórdís Hafsteinsdóttir")
d.E("Ásrún Helga Kristinsdóttir", "PERSON")
d.E("Department of Civil Protection and Emergency Management", "ORG")
d.E("HS Orka", "ORG")
d.E("Tamsin Okereke-Vance", "PERSON", "Prof. Tamsin Okereke-Vance")
d.E("University of Bristol", "ORG")
d.E("Icelandic Tourist Board", "ORG")
d.Q("The inflow has been remarkably stable", "Þórdís Hafsteinsdóttir")
d.Q("We do not see any sign", "Þórdís Hafsteinsdóttir")
d.Q("That is good news for science", "Þórdís Hafsteinsdóttir")
d.Q("We have to plan for living", "Ásrún Helga Kristinsdóttir")
d.Q("within weeks rather than months", "Icelandic Meteorological Office")
d.Q("a careful piece of detective work", "Tamsin Okereke-Vance")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

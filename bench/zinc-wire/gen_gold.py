"""Builds zinc-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B();
`python3 gen_gold.py --no-credits` writes gold.jsonl without them (the committed variant).
The Doc helper class (E/B/Q/QS/QP/S/EV) is copied unchanged from bench/gauge-wire/gen_gold.py."""
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
# ---------------- z01 AP: Barrio 18 bus attack near Choloma (Cortés); police raid in Rivera Hernández; Alvarado Núñez-Villeda in Corinto
d = Doc("z01.txt", "Associated Press", "2027-09-01"); docs.append(d)
d.E("Associated Press", "ORG", "AP")
d.E("San Pedro Sula", "GPE", "SAN PEDRO SULA")
d.E("Honduras", "GPE")
d.E("Rivera Hernández", "GPE")
d.B("Orlando Paz-Mejía", "PERSON", "ORLANDO PAZ-MEJÍA")
d.B("Karen Villanueva Osorio", "PERSON", "KAREN VILLANUEVA OSORIO")
d.E("Choloma", "GPE")
d.B("Delmer Ruiz Alvarado", "PERSON")
d.E("Cortés", "GPE")
d.E("Wilmer Euceda Lagos", "PERSON", "Sub-Inspector Wilmer Euceda Lagos", "Euceda")
d.E("Barrio 18", "ORG")
d.E("National Police of Honduras", "ORG", "National Police")
d.E("Nasry Asfura", "PERSON", "President Nasry Asfura", "Asfura")
d.E("Francisca Ordóñez de Maradiaga", "PERSON")
d.E("Rigoberto Alvarado Núñez", "PERSON", "Security Minister Rigoberto Alvarado Núñez")
d.E("Marco Antonio Villeda", "PERSON", "Interior Minister Marco Antonio Villeda", "Villeda")
d.E("Corinto", "GPE")
d.E("Omoa", "GPE", "Omoa municipality")
d.E("Honduran Ministry of Security", "ORG", "Honduran Security Ministry")
d.E("Guatemala", "GPE")
d.E("Lucía Henríquez-Bardales", "PERSON")
d.E("National Autonomous University of Honduras", "ORG")
d.B("Marta Isabel Chocoj", "PERSON")
d.B("Guatemala City", "GPE")
d.E("National Congress of Honduras", "ORG", "Congress")
d.Q("They did not rob anyone", "Wilmer Euceda Lagos")
d.Q("There will be no negotiation", "Nasry Asfura")
d.Q("We are not going to send", "Francisca Ordóñez de Maradiaga")
d.Q("close the door on criminals", "Honduran Ministry of Security")
d.Q("The buses are the easiest target", "Lucía Henríquez-Bardales")
d.EV("ASSAULT", "Barrio 18", None, "Choloma", "2027-08-30", 7, 5,
     d.S("SAN PEDRO SULA, Honduras (AP) — Gunmen stopped", "Honduran police said."),
     [d.S("Gunmen kill 7 on a bus outside San Pedro Sula"),
      d.S("Police spokesman Sub-Inspector", "in July."),
      d.S("Among the dead were the driver", "outside the morgue.")])
d.EV("ASSAULT", "National Police of Honduras", "Barrio 18", "Rivera Hernández", "2027-08-31", 2, None,
     d.S("Hours later, on Tuesday morning", "San Pedro Sula."),
     [d.S("Police say a second operation"),
      d.S("Two suspected members of Barrio 18 were killed", "police said.")])
d.EV("CONSULT", "Rigoberto Alvarado Núñez", "Marco Antonio Villeda", "Corinto", "2027-08-31", None, None,
     d.S("Also on Tuesday, Security Minister", "Omoa municipality."),
     [d.S("The two agreed to \"close the door", "in a statement."),
      d.S("Villeda told reporters the meeting", "within two weeks.")])

# ---------------- z02 Reuters: attack on a Tajik border post (Shamsiddin Shohin, Khatlon); blast at a Chinese-run mine camp (Darvoz); Rahmon-Wang Xiaohong
d = Doc("z02.txt", "Reuters", "2027-09-03"); docs.append(d)
d.E("Reuters", "ORG", "REUTERS")
d.B("Farrukh Sharipov-Nazarov", "PERSON")
d.B("Dilnoza Rahimova", "PERSON")
d.E("Khatlon", "GPE", "Khatlon region")
d.E("Tajikistan", "GPE")
d.B("Nozim Kalandarov-Tosh", "PERSON")
d.E("Dushanbe", "GPE", "DUSHANBE")
d.E("Shamsiddin Shohin", "GPE", "Shamsiddin Shohin district")
d.E("Tajik State Committee for National Security", "ORG", "State Committee for National Security", "GKNB")
d.E("Shogun-Bolo", "GPE")
d.E("Kulob", "GPE")
d.E("Pamir Zhongxin Mining", "ORG")
d.E("Darvoz", "GPE", "Darvoz district")
d.E("Gorno-Badakhshan", "GPE", "Gorno-Badakhshan Autonomous Region")
d.E("Chinese Embassy in Tajikistan", "ORG")
d.E("Emomali Rahmon", "PERSON", "President Emomali Rahmon", "Rahmon")
d.E("China", "GPE")
d.E("Wang Xiaohong", "PERSON", "Wang")
d.E("Beijing", "GPE")
d.E("Chinese Ministry of Public Security", "ORG")
d.E("Taliban", "ORG")
d.E("Badakhshan", "GPE", "Badakhshan province")
d.E("Abdul Rahim Haqyar", "PERSON", "Mawlawi Abdul Rahim Haqyar")
d.E("Afghanistan", "GPE")
d.E("Shahlo Davlatzoda-Frick", "PERSON")
d.E("Centre for Eurasian Security Studies", "ORG")
d.E("Berlin", "GPE")
d.E("Kyrgyzstan", "GPE")
d.E("Xi Jinping", "PERSON", "Xi")
d.E("Astana", "GPE")
d.B("Sayed Hamid Rahmani-Zadran", "PERSON")
d.B("Kabul", "GPE")
d.B("Ying-Wen Qiao", "PERSON")
d.B("Edmund Okafor-Blair", "PERSON")
d.B("Thomson Reuters", "ORG")
d.Q("returned fire and forced", "Tajik State Committee for National Security")
d.Q("a terrorist act", None)
d.Q("strongly condemns this cowardly", "Chinese Embassy in Tajikistan")
d.Q("spare no effort", "Chinese Embassy in Tajikistan")
d.Q("Tajikistan will not allow", "Emomali Rahmon")
d.Q("ready to strengthen", "Wang Xiaohong")
d.Q("The soil of Afghanistan", "Abdul Rahim Haqyar")
d.Q("The border is long", "Shahlo Davlatzoda-Frick")
d.EV("ASSAULT", None, None, "Shamsiddin Shohin", "2027-09-01", 2, 3,
     d.S("DUSHANBE, Sept 3 (Reuters) - Gunmen firing", "said on Thursday."),
     [d.S("Two Tajik border guards killed"),
      d.S("The attackers used machine guns", "to retreat\"."),
      d.S("The wounded guards were flown", "in Kulob.")])
d.EV("ASSAULT", None, None, "Darvoz", "2027-09-02", 1, 2,
     d.S("In a separate incident on Thursday", "regional police said."),
     [d.S("Two Tajik border guards killed"),
      d.S("Police called the blast", "had been detained.")])
d.EV("CONSULT", "Emomali Rahmon", "Wang Xiaohong", "Dushanbe", "2027-09-02", None, None,
     d.S("On Thursday afternoon, President Emomali Rahmon received", "in Dushanbe."),
     [d.S("The two discussed security along", "press service said."),
      d.S("Wang said Beijing was", "Ministry of Public Security.")])

# ---------------- z03 HumAngle: Lakurawa raid on Tunga-Sarki (Arewa LGA, Kebbi); roadside bomb near Gaya (Dosso, Niger); Idris-Maman-Salé in Birnin Kebbi
d = Doc("z03.txt", "HumAngle", "2027-09-06"); docs.append(d)
d.E("HumAngle", "ORG")
d.E("Lakurawa", "ORG")
d.E("Kebbi", "GPE", "Kebbi State")
d.E("Nigeria", "GPE")
d.E("Niger", "GPE")
d.E("Tunga-Sarki", "GPE")
d.E("Arewa", "GPE", "Arewa LGA", "Arewa Local Government Area")
d.B("Abdulrazak Bello-Kamba", "PERSON")
d.B("Muhammad Sani Gwandu", "PERSON")
d.E("Umaru Dan-Fodio Tunga", "PERSON", "Alhaji Umaru Dan-Fodio Tunga")
d.E("Kebbi State Police Command", "ORG")
d.E("Haruna Isah-Koko", "PERSON", "DSP Haruna Isah-Koko")
d.E("Gaya", "GPE")
d.E("Dosso", "GPE", "Dosso region")
d.E("Nigerien Ministry of National Defence", "ORG", "Ministry of National Defence")
d.E("Nasir Idris", "PERSON", "Kebbi State Governor Nasir Idris", "Idris")
d.E("Issoufou Maman-Salé", "PERSON", "Brigadier General Issoufou Maman-Salé", "Maman-Salé")
d.E("Birnin Kebbi", "GPE")
d.E("Abuja", "GPE")
d.E("Niamey", "GPE")
d.E("Hadiza Musa-Gummi", "PERSON")
d.E("Centre for Democracy and Development", "ORG", "CDD")
d.E("Sokoto", "GPE")
d.Q("They asked for the zakat", "Umaru Dan-Fodio Tunga")
d.Q("Nine persons lost their lives", "Kebbi State Police Command")
d.Q("We share the same people", "Nasir Idris")
d.Q("ready to work with Kebbi", "Issoufou Maman-Salé")
d.Q("Lakurawa behaves like a government", "Hadiza Musa-Gummi")
d.Q("If we go to the farm", None)
d.EV("ASSAULT", "Lakurawa", None, "Tunga-Sarki", "2027-09-04", 9, 6,
     d.S("Lakurawa fighters on motorcycles attacked", "local officials said."),
     [d.S("Lakurawa fighters kill nine in Kebbi village raid"),
      d.S("The group, which moves freely", "on Saturday night."),
      d.S("The attackers arrived at about 9 p.m.", "Dan-Fodio Tunga."),
      d.S("Among the dead were his nephew", "naming ceremony."),
      d.S("The Kebbi State Police Command confirmed the attack."),
      d.S("Its spokesperson, DSP Haruna Isah-Koko", "towards the border."),
      d.S("\"Nine persons lost their lives", "the statement said.")])
d.EV("ASSAULT", None, None, "Gaya", "2027-09-05", None, 3,
     d.S("Across the border, a roadside bomb hit", "National Defence said."),
     [d.S("Lakurawa fighters kill nine in Kebbi village raid"),
      d.S("It did not say who planted the device", "claimed it.")])
d.EV("CONSULT", "Nasir Idris", "Issoufou Maman-Salé", "Birnin Kebbi", "2027-09-05", None, None,
     d.S("On Sunday afternoon, Kebbi State Governor", "in Birnin Kebbi."),
     [d.S("Officials said the two discussed", "attacks began."),
      d.S("\"We share the same people", "after the meeting.")])

# ---------------- z04 Addis Standard: cross-border raid on Lare woreda (Gambella); ambush near Jikawo; Tut Gatluak Dak-GPAA delegation in Gambella
d = Doc("z04.txt", "Addis Standard", "2027-09-08"); docs.append(d)
d.E("Addis Standard", "ORG")
d.E("Gambella", "GPE", "Gambella region")
d.E("Lare", "GPE", "Lare woreda")
d.B("Nyachuol Gatdet Ruach", "PERSON")
d.E("Addis Ababa", "GPE", "Addis Abeba")
d.E("South Sudan", "GPE")
d.E("Wath-Kuoth", "GPE")
d.E("Pal-Chuol", "GPE")
d.E("Ochan Omot Agwa", "PERSON")
d.E("Gambella Regional Police", "ORG")
d.E("Akobo", "GPE", "Akobo County")
d.E("Jonglei", "GPE", "Jonglei State")
d.E("Greater Pibor Administrative Area", "GPE")
d.E("Jikawo", "GPE")
d.E("United Nations Children's Fund", "ORG", "UNICEF")
d.E("Tut Gatluak Dak", "PERSON", "Tut")
d.E("Lokali Kachu Lotong", "PERSON", "Lokali")
d.E("Refugees and Returnees Service", "ORG", "RRS")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("Gatluak Riek-Manyang", "PERSON")
d.E("Gambella University", "ORG")
d.E("Itang", "GPE", "Itang special woreda")
d.E("Ethiopia", "GPE")
d.Q("They came after dark", "Ochan Omot Agwa")
d.Q("deeply alarmed by the abduction", "United Nations Children's Fund")
d.Q("immediate and unconditional return", "United Nations Children's Fund")
d.QP("We did not invite them", "Tut Gatluak Dak")
d.Q("If this committee fails", "Tut Gatluak Dak")
d.Q("condemns the killing of innocent people", "Lokali Kachu Lotong")
d.Q("search every cattle camp", "Lokali Kachu Lotong")
d.Q("A young man needs fifty cows", "Gatluak Riek-Manyang")
d.EV("ASSAULT", None, None, "Lare", "2027-09-05", 11, 7,
     d.S("Addis Abeba – Armed men who residents say", "told Addis Standard."),
     [d.S("Eleven killed, 14 children abducted"),
      d.S("The raiders also abducted 14 children", "Gambella Regional Police."),
      d.S("He said the attackers fled south", "Jonglei State."),
      d.S("Residents and officials blamed armed youth", "more than a decade.")])
d.EV("ASSAULT", None, None, "Jikawo", "2027-09-06", 2, None,
     d.S("On Monday, gunmen ambushed a police vehicle", "the commissioner said."),
     [d.S("It was not clear whether the ambush", "to the raid.")])
d.EV("CONSULT", "Tut Gatluak Dak", "Greater Pibor Administrative Area", "Gambella", "2027-09-07", None, None,
     d.S("On Tuesday, the president of the Gambella region", "in Gambella town."),
     [d.S("The two sides agreed to set up a joint committee", "affairs bureau."),
      d.S("Speaking after the meeting, Tut said:"),
      d.S("Lokali told reporters his administration", "cattle camp\u201d.")])

# ---------------- z05 OC Media: Ukrainian drones on a police base in Grozny (Staropromyslovsky district); drone near the Mozdok air base; Kadyrov-Kalimatov in Grozny
d = Doc("z05.txt", "OC Media", "2027-09-10"); docs.append(d)
d.E("OC Media", "ORG", "OC MEDIA")
d.E("Chechnya", "GPE")
d.E("Ingushetia", "GPE")
d.E("North Ossetia", "GPE")
d.E("Grozny", "GPE")
d.E("Ramzan Kadyrov", "PERSON", "Kadyrov")
d.E("Mozdok", "GPE")
d.B("Aslan Khasbulatov-Rieger", "PERSON")
d.E("Staropromyslovsky", "GPE", "Staropromyslovsky district")
d.E("OMON", "ORG")
d.E("Chechen Ministry of Internal Affairs", "ORG", "Chechen Interior Ministry")
d.E("Akhmat", "ORG")
d.E("Zaporizhzhia Oblast", "GPE")
d.E("Sergei Menyailo", "PERSON")
d.E("General Staff of the Armed Forces of Ukraine", "ORG")
d.E("Ukraine", "GPE")
d.E("Russian Special Forces University", "ORG")
d.E("Gudermes", "GPE")
d.E("Mahmud-Ali Kalimatov", "PERSON", "Kalimatov")
d.E("Grozny TV", "ORG")
d.E("Yunus-Bek Yevkurov", "PERSON")
d.E("Magas", "GPE")
d.E("Liana Dzhabrailova-Weiss", "PERSON")
d.E("University of Glasgow", "ORG")
d.E("Moscow", "GPE")
d.E("Dagestan", "GPE")
d.E("Kaspiysk", "GPE")
d.Q("The enemy strikes peaceful cities", "Ramzan Kadyrov")
d.Q("no one was hurt and", "Sergei Menyailo")
d.Q("an airfield used by Russian", "General Staff of the Armed Forces of Ukraine")
d.Q("Ingushetia and Chechnya are brotherly", "Mahmud-Ali Kalimatov")
d.Q("Kadyrov wants to show", "Liana Dzhabrailova-Weiss")
d.Q("The border question has not gone away", "Liana Dzhabrailova-Weiss")
d.EV("ASSAULT", "Ukraine", None, "Staropromyslovsky", "2027-09-09", None, 3,
     d.S("Ukrainian drones struck a riot police base", "Ramzan Kadyrov, said."),
     [d.S("Ukrainian drones hit Grozny police base"),
      d.S("Kadyrov wrote on Telegram that two drones", "Chechen Interior Ministry.")])
d.EV("ASSAULT", "Ukraine", None, "Mozdok", "2027-09-09", None, None,
     d.S("The same night, a drone hit a field", "Sergei Menyailo, said."),
     [d.S("Drones also targeted the Mozdok air base"),
      d.S("He added that \"no one was hurt", "working normally\"."),
      d.S("The General Staff of the Armed Forces of Ukraine said on Thursday", "without mentioning Grozny.")])
d.EV("CONSULT", "Ramzan Kadyrov", "Mahmud-Ali Kalimatov", "Grozny", "2027-09-09", None, None,
     d.S("Later on Thursday, Kadyrov received", "in Grozny."),
     [d.S("Ukrainian drones hit Grozny police base"),
      d.S("According to Kadyrov's press service", "redrawn in 2018."),
      d.S("\"Ingushetia and Chechnya are brotherly", "after the talks.")])

# ---------------- z06 RFE/RL: shooting at a Kosovo Police patrol near Košutovo (Leposavić); canal blast near Zupče (Zubin Potok); Kurti-Sørensen; Sørensen-Vučić call
d = Doc("z06.txt", "Radio Free Europe/Radio Liberty", "2027-09-13"); docs.append(d)
d.E("Radio Free Europe/Radio Liberty", "ORG", "RFE/RL")
d.E("Kosovo", "GPE", "Republic of Kosovo")
d.E("Kosovo Police", "ORG")
d.E("Albin Kurti", "PERSON", "Prime Minister Albin Kurti", "Kurti")
d.B("Arbër Gashi-Lleshi", "PERSON")
d.B("Jelena Marković-Ristić", "PERSON")
d.E("Leposavić", "GPE")
d.E("Pristina", "GPE", "PRISTINA")
d.E("Košutovo", "GPE")
d.E("Arbnora Krasniqi-Hoxha", "PERSON")
d.E("Serbia", "GPE")
d.E("Mitrovica", "GPE")
d.E("Zupče", "GPE")
d.E("Zubin Potok", "GPE", "Zubin Potok municipality")
d.E("Iber-Lepenc", "ORG")
d.E("European Union", "ORG", "EU")
d.E("Belgrade", "GPE")
d.E("Peter Sørensen", "PERSON", "Sørensen")
d.E("Aleksandar Vučić", "PERSON", "Serbian President Aleksandar Vučić", "Vučić")
d.E("North Atlantic Treaty Organization", "ORG", "NATO")
d.E("Kosovo Force", "ORG", "KFOR")
d.E("Srpska Lista", "ORG")
d.E("Valbona Rexhepi-Shala", "PERSON")
d.E("CiviKos Platform", "ORG")
d.E("Banjska", "GPE")
d.E("Montenegro", "GPE")
d.E("Brussels", "GPE")
d.QS("No Retreat From The Rule Of Law", "Albin Kurti")
d.Q("The officers were checking", "Arbnora Krasniqi-Hoxha")
d.Q("an act of terrorism against", "Albin Kurti")
d.Q("There will be no retreat", "Albin Kurti")
d.Q("in the strongest terms", "Peter Sørensen")
d.Q("calm and restraint", "Peter Sørensen")
d.Q("has nothing to do with this crime", "Aleksandar Vučić")
d.Q("to drive Serbs out", "Aleksandar Vučić")
d.Q("in close contact with the Kosovo Police", "Kosovo Force")
d.Q("condemns every act of violence", "Srpska Lista")
d.Q("Four years of quiet", "Valbona Rexhepi-Shala")
d.EV("ASSAULT", None, "Kosovo Police", "Košutovo", "2027-09-11", 1, 2,
     d.S("PRISTINA -- A Kosovo Police officer was killed", "police said."),
     [d.S("Kosovo Police Officer Killed In North"),
      d.S("The patrol came under fire", "Balkan Service."),
      d.S("The wounded officers were taken to hospital", "she added."),
      d.S("Police did not say who", "claimed responsibility.")])
d.EV("ASSAULT", None, None, "Zupče", "2027-09-12", None, None,
     d.S("On September 12, an explosive device damaged", "Zubin Potok municipality."),
     [d.S("No one was injured, but water supplies", "Iber-Lepenc said.")])
d.EV("CONSULT", "Albin Kurti", "Peter Sørensen", "Pristina", "2027-09-12", None, None,
     d.S("Prime Minister Albin Kurti met", "in Pristina on Sunday."),
     [d.S("Kurti told reporters after the meeting", "Republic of Kosovo\".")])
d.EV("CONSULT", "Peter Sørensen", "Aleksandar Vučić", None, "2027-09-12", None, None,
     d.S("Sørensen also spoke by telephone", "EU office in Pristina said."))

# ---------------- z07 ABC Pacific: gendarmes shot at the Saint-Louis roadblock (Mont-Dore); Ponga-Tein in Nouméa; High Commissioner-Wamytan in Saint-Louis
d = Doc("z07.txt", "ABC Pacific", "2027-09-15"); docs.append(d)
d.B("Australian Broadcasting Corporation", "ORG", "ABC Pacific")
d.E("New Caledonia", "GPE")
d.E("Saint-Louis", "GPE")
d.E("Alcide Ponga", "PERSON", "Mr Ponga", "Ponga")
d.E("Christian Tein", "PERSON", "Mr Tein", "Tein")
d.B("Marie-Thérèse Wakolo-Dupré", "PERSON")
d.E("Mont-Dore", "GPE")
d.E("Nouméa", "GPE")
d.B("Kévin Tuilagi-Martin", "PERSON")
d.E("Kanak and Socialist National Liberation Front", "ORG", "FLNKS")
d.E("France", "GPE")
d.E("French High Commission in New Caledonia", "ORG", "French High Commission", "High Commission")
d.E("Éric Vanderhaeghe-Moulin", "PERSON", "French High Commissioner Éric Vanderhaeghe-Moulin")
d.E("Roch Wamytan", "PERSON", "Mr Wamytan")
d.E("Congress of New Caledonia", "ORG")
d.E("Paris", "GPE")
d.E("NC la 1ère", "ORG")
d.E("University of New Caledonia", "ORG")
d.E("Denise Hnawia-Lacroix", "PERSON")
d.E("Vanuatu", "GPE")
d.Q("These shots were fired to kill", "French High Commission in New Caledonia")
d.Q("frank but respectful", "Alcide Ponga")
d.Q("Nobody in this country", "Alcide Ponga")
d.Q("keep its door open", "Christian Tein")
d.Q("the Kanak people will not accept", "Christian Tein")
d.Q("Our elders have asked", "Roch Wamytan")
d.Q("The shooting is a warning", "Denise Hnawia-Lacroix")
d.EV("ASSAULT", None, None, "Saint-Louis", "2027-09-13", None, 2,
     d.S("Two French gendarmes have been wounded", "New Caledonia say."),
     [d.S("Two gendarmes wounded by gunfire at Saint-Louis roadblock"),
      d.S("\u2022 Two gendarmes were wounded by gunfire"),
      d.S("The French High Commission said one gendarme", "the tribal area.")])
d.EV("CONSULT", "Alcide Ponga", "Christian Tein", "Nouméa", "2027-09-14", None, None,
     d.S("On Tuesday, the president of New Caledonia\u2019s government", "in Nouméa."),
     [d.S("Two gendarmes wounded by gunfire at Saint-Louis roadblock"),
      d.S("\u2022 New Caledonia\u2019s president and the FLNKS leader"),
      d.S("It was their first face-to-face meeting", "in March."),
      d.S("Mr Ponga said the talks were", "the shooting.")])
d.EV("CONSULT", "Éric Vanderhaeghe-Moulin", "Roch Wamytan", "Saint-Louis", "2027-09-14", None, None,
     d.S("Also on Tuesday, French High Commissioner", "Congress of New Caledonia."),
     [d.S("\u2022 France\u2019s top official visited"),
      d.S("Mr Wamytan told local broadcaster", "represent the tribe.")])

# ---------------- z08 Pakistan Today: gunmen fire on a KKH coach near Chilas (Diamer); Darel checkpost attack; Maqpoon-Diamer jirga in Chilas
d = Doc("z08.txt", "Pakistan Today", "2027-09-17"); docs.append(d)
d.E("Pakistan Today", "ORG")
d.E("Gilgit-Baltistan", "GPE", "GB")
d.E("Chilas", "GPE")
d.B("Shams-ul-Arifeen Kohistani", "PERSON")
d.E("Gilgit", "GPE", "GILGIT")
d.E("Rawalpindi", "GPE")
d.E("Diamer", "GPE", "Diamer district")
d.E("Muhammad Zubair Shigri-Baig", "PERSON")
d.E("Gilgit-Baltistan Scouts", "ORG")
d.E("Darel", "GPE", "Darel valley")
d.E("Raja Shahbaz Khan Maqpoon", "PERSON", "Gilgit-Baltistan Chief Minister Raja Shahbaz Khan Maqpoon")
d.E("Rehmat Khan Sarhadi", "PERSON", "Maulana Rehmat Khan Sarhadi", "Maulana Sarhadi")
d.E("Faizullah Faraq-Nagari", "PERSON")
d.E("Raikot", "GPE")
d.E("Mohsin Naqvi", "PERSON", "Interior Minister Mohsin Naqvi")
d.E("Kohistan", "GPE")
d.E("Nasreen Akhtar-Durrani", "PERSON", "Dr Nasreen Akhtar-Durrani")
d.E("Islamabad", "GPE")
d.E("Skardu", "GPE")
d.E("Hunza", "GPE")
d.QS("KKH killers will not escape", "Raja Shahbaz Khan Maqpoon")
d.Q("The coach was clearly marked", "Muhammad Zubair Shigri-Baig")
d.Q("Those who shed the blood", "Raja Shahbaz Khan Maqpoon")
d.Q("cooperate fully with the police", "Rehmat Khan Sarhadi")
d.Q("This is a temporary measure", "Faizullah Faraq-Nagari")
d.Q("Every attack on the KKH", "Nasreen Akhtar-Durrani")
d.EV("ASSAULT", None, None, "Chilas", "2027-09-15", 5, 8,
     d.S("GILGIT: Unidentified gunmen opened fire", "police said."),
     [d.S("'KKH killers will not escape'"),
      d.S("According to the Diamer district police", "above the Indus."),
      d.S("The driver kept going and reached Chilas", "Hospital."),
      d.S("Superintendent of Police (SP) Diamer", "returning from leave."),
      d.S("No group had claimed responsibility", "this report.")])
d.EV("ASSAULT", None, None, "Darel", "2027-09-16", None, 1,
     d.S("On Thursday, unidentified attackers fired on a police checkpost", "officials said."),
     [d.S("Police returned fire and the attackers escaped", "the forest.")])
d.EV("CONSULT", "Raja Shahbaz Khan Maqpoon", "Rehmat Khan Sarhadi", "Chilas", "2027-09-16", None, None,
     d.S("Later on Thursday, Gilgit-Baltistan Chief Minister", "in Chilas."),
     [d.S("\"Those who shed the blood", "after the meeting."),
      d.S("Maulana Sarhadi assured the government", "in their villages.")])

# ---------------- z09 VnExpress International: To Lam-Thongloun talks in Hanoi; Le Hoai Trung-Thongsavanh; To Lam-Hun Sen call (CONSULT only)
d = Doc("z09.txt", "VnExpress International", "2027-09-20"); docs.append(d)
d.B("VnExpress International", "ORG", "VnExpress")
d.E("Vietnam", "GPE")
d.E("Laos", "GPE")
d.E("Vientiane", "GPE")
d.E("Vung Ang", "GPE")
d.B("Nguyen Quy-Phan", "PERSON")
d.B("Hoang Thu Trang", "PERSON")
d.E("To Lam", "PERSON", "Party General Secretary To Lam")
d.E("Thongloun Sisoulith", "PERSON", "Thongloun")
d.E("Hanoi", "GPE")
d.B("Giang Huy-Le", "PERSON")
d.E("Lao People's Revolutionary Party", "ORG")
d.E("Ha Tinh", "GPE", "Ha Tinh province")
d.E("Thakhek", "GPE")
d.E("Le Hoai Trung", "PERSON", "Foreign Minister Le Hoai Trung")
d.E("Thongsavanh Phomvihane", "PERSON")
d.E("Vietnamese Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs")
d.E("Hun Sen", "PERSON")
d.E("Cambodian People's Party", "ORG")
d.E("Cambodia", "GPE")
d.E("Senate of Cambodia", "ORG", "Senate")
d.E("Phnom Penh", "GPE")
d.E("Nguyen Thi Bich Ngoc-Laurent", "PERSON")
d.E("Diplomatic Academy of Vietnam", "ORG")
d.E("General Statistics Office of Vietnam", "ORG", "General Statistics Office")
d.E("China", "GPE")
d.E("Thailand", "GPE")
d.E("Tay Ninh", "GPE")
d.E("Association of Southeast Asian Nations", "ORG", "ASEAN")
d.E("Singapore", "GPE")
d.Q("The Vietnam-Laos relationship", "To Lam")
d.Q("great and timely support", "Thongloun Sisoulith")
d.Q("a door to the sea", "Thongloun Sisoulith")
d.Q("resolutely not allow any force", "Vietnamese Ministry of Foreign Affairs")
d.Q("Financing has always been", "Nguyen Thi Bich Ngoc-Laurent")
d.EV("CONSULT", "To Lam", "Thongloun Sisoulith", "Hanoi", "2027-09-19", None, None,
     d.S("Party General Secretary To Lam and Thongloun Sisoulith, general secretary", "Ha Tinh province."),
     [d.S("Vietnam, Laos leaders agree to speed up"),
      d.S("The two leaders agreed to start construction", "after the talks."),
      d.S("The two sides signed 14 cooperation documents", "border management.")])
d.EV("CONSULT", "Le Hoai Trung", "Thongsavanh Phomvihane", None, "2027-09-19", None, None,
     d.S("The same day, Foreign Minister Le Hoai Trung", "Thongsavanh Phomvihane."),
     [d.S("They agreed to hold a joint committee meeting", "in a statement."),
      d.S("The ministry said the two countries", "against the other\".")])
d.EV("CONSULT", "To Lam", "Hun Sen", None, "2027-09-19", None, None,
     d.S("On Sunday evening, To Lam also held a phone call", "results of the visit."),
     [d.S("They discussed a summit of the three ruling parties", "in Phnom Penh.")])

# ---------------- z10 EFE: PCC attack on a police post in Pedro Juan Caballero (Jardín Aurora); blast near Capitán Bado (Amambay); Peña-Orsi in Asunción
d = Doc("z10.txt", "EFE", "2027-09-22"); docs.append(d)
d.E("EFE", "ORG")
d.E("Santiago Peña", "PERSON", "President Santiago Peña", "Peña")
d.E("Yamandú Orsi", "PERSON", "Orsi")
d.E("Pedro Juan Caballero", "GPE")
d.E("Brazil", "GPE")
d.B("Rodolfo Benítez-Aquino", "PERSON")
d.E("Asunción", "GPE")
d.E("Enrique Riera", "PERSON", "Interior Minister Enrique Riera", "Riera")
d.E("Jardín Aurora", "GPE")
d.E("Ponta Porã", "GPE")
d.E("Primeiro Comando da Capital", "ORG", "PCC")
d.E("Amambay", "GPE", "Amambay department")
d.E("Capitán Bado", "GPE")
d.E("National Police of Paraguay", "ORG")
d.E("Paraguay", "GPE")
d.E("Rivera", "GPE")
d.E("Salto", "GPE")
d.E("Uruguay", "GPE")
d.E("Federal Police of Brazil", "ORG")
d.E("Juan Carlos Aquino Sanabria", "PERSON")
d.E("Catholic University of Asunción", "ORG")
d.E("Jorge Rafaat", "PERSON")
d.E("Buenos Aires", "GPE")
d.Q("They attacked our post", "Enrique Riera")
d.Q("No country in the region", "Santiago Peña")
d.Q("in real time", "Yamandú Orsi")
d.Q("Uruguay has learned", "Yamandú Orsi")
d.Q("The PCC no longer sees", "Juan Carlos Aquino Sanabria")
d.Q("We threw ourselves on the floor", None)
d.EV("ASSAULT", "Primeiro Comando da Capital", None, "Jardín Aurora", "2027-09-20", 2, 1,
     d.S("Asunción, Sep 22 (EFE).- Gunmen attacked", "from organized crime."),
     [d.S("Two police officers killed in attack on post"),
      d.S("The attackers arrived in two pickup trucks", "by an avenue."),
      d.S("Riera told reporters on Tuesday", "Amambay department."),
      d.S("The Federal Police of Brazil had officers", "officials said.")])
d.EV("ASSAULT", None, None, "Capitán Bado", "2027-09-21", None, 2,
     d.S("On Tuesday afternoon, an explosive device", "Police of Paraguay said."),
     [d.S("Nobody claimed responsibility.")])
d.EV("CONSULT", "Santiago Peña", "Yamandú Orsi", "Asunción", "2027-09-21", None, None,
     d.S("The attacks came as President Santiago Peña hosted", "in Asunción on Tuesday."),
     [d.S("Two police officers killed in attack on post"),
      d.S("The two leaders discussed organized crime", "Paraguayan presidency."),
      d.S("Orsi said the two governments had agreed", "cross their borders.")])

# ---------------- z11 Cyprus Mail: Christodoulides-Erhürman meeting hosted by Holguín in Nicosia; Erhürman-Yılmaz in Ankara; Christodoulides-Costa call (CONSULT only)
d = Doc("z11.txt", "Cyprus Mail", "2027-09-24"); docs.append(d)
d.E("Cyprus Mail", "ORG", "CYPRUS MAIL")
d.E("Cyprus", "GPE")
d.E("María Ángela Holguín", "PERSON", "Holguín")
d.B("Stelios Charalambous-Ergin", "PERSON")
d.E("Nikos Christodoulides", "PERSON", "President Nikos Christodoulides", "Christodoulides")
d.E("United Nations", "ORG", "UN")
d.E("Tufan Erhürman", "PERSON", "Erhürman")
d.E("Nicosia", "GPE")
d.B("Christos Theodorides-Hay", "PERSON")
d.E("Mia Milia", "GPE")
d.E("Louroujina", "GPE")
d.E("Aleka Stavrinou-Diallo", "PERSON", "Stavrinou-Diallo")
d.E("Cevdet Yılmaz", "PERSON", "Turkish Vice President Cevdet Yılmaz")
d.E("Ankara", "GPE")
d.E("Turkey", "GPE")
d.E("Vice Presidency of Turkey", "ORG", "Vice Presidency")
d.E("European Council", "ORG")
d.E("António Costa", "PERSON", "European Council President António Costa", "Costa")
d.E("Andreas Pittas-Loizou", "PERSON")
d.E("European Union", "ORG")
d.E("United Nations Peacekeeping Force in Cyprus", "ORG", "Unficyp")
d.E("Progressive Party of Working People", "ORG", "Akel")
d.E("Stefanos Stefanou", "PERSON")
d.E("National Popular Front", "ORG", "Elam")
d.E("Theodora Panayiotou-Sahin", "PERSON")
d.E("University of Nicosia", "ORG")
d.E("Crans-Montana", "GPE")
d.E("Switzerland", "GPE")
d.E("Ersin Tatar", "PERSON", "Tatar")
d.E("Larnaca", "GPE")
d.Q("The door is open again", "María Ángela Holguín")
d.Q("The door is open again", "María Ángela Holguín", 1)
d.Q("I will report to the Secretary-General", "María Ángela Holguín")
d.Q("constructive and honest", "Nikos Christodoulides")
d.Q("We did not solve the Cyprus problem", "Nikos Christodoulides")
d.Q("make daily life easier", "Tufan Erhürman")
d.Q("evaluated the latest developments", "Vice Presidency of Turkey")
d.Q("full support for a solution", "António Costa")
d.Q("Our children go to school", None)
d.Q("overdue but welcome", "Progressive Party of Working People")
d.Q("a concession without anything", "National Popular Front")
d.Q("Confidence-building measures", "Theodora Panayiotou-Sahin")
d.EV("CONSULT", "Nikos Christodoulides", "Tufan Erhürman", "Nicosia", "2027-09-23", None, None,
     d.S("President Nikos Christodoulides and Turkish Cypriot leader Tufan Erhürman agreed", "in Nicosia."),
     [d.S("Holguín: \"The door is open again\" as leaders agree"),
      d.S("The two leaders also agreed to set up", "Stavrinou-Diallo."),
      d.S("Christodoulides said the meeting had been", "honest\".")])
d.EV("CONSULT", "Tufan Erhürman", "Cevdet Yılmaz", "Ankara", "2027-09-21", None, None,
     d.S("On Tuesday, Erhürman had met", "to discuss the talks."),
     [d.S("According to a statement from Turkey's Vice Presidency", "enlarged meeting\".")])
d.EV("CONSULT", "Nikos Christodoulides", "António Costa", None, "2027-09-22", None, None,
     d.S("Christodoulides held a phone call with European Council President", "on Wednesday."),
     [d.S("The government spokesman, Andreas Pittas-Loizou", "UN framework\".")])

# ---------------- z12 Montsame: the State Great Khural appoints Altantsetseg prime minister (politics; no events)
d = Doc("z12.txt", "Montsame", "2027-09-07"); docs.append(d)
d.E("Mongolian National News Agency", "ORG", "MONTSAME")
d.E("State Great Khural", "ORG", "Parliament")
d.E("Ganbaataryn Altantsetseg", "PERSON", "G.Altantsetseg", "Altantsetseg")
d.E("Mongolia", "GPE")
d.E("Ulaanbaatar", "GPE")
d.B("B. Solongo-Erdene", "PERSON")
d.E("Gombojavyn Zandanshatar", "PERSON", "G.Zandanshatar")
d.E("Mongolian People's Party", "ORG", "MPP")
d.E("Democratic Party of Mongolia", "ORG", "Democratic Party")
d.E("HUN Party", "ORG")
d.E("B.Bold-Erdene", "PERSON")
d.E("J.Tuvshinbayar", "PERSON")
d.E("China", "GPE")
d.E("Umnugovi", "GPE", "Umnugovi province")
d.E("Rio Tinto", "ORG")
d.E("Bank of Mongolia", "ORG")
d.E("Enkhjargal Davaasuren-Weller", "PERSON", "Dr. Enkhjargal Davaasuren-Weller")
d.E("National University of Mongolia", "ORG")
d.E("Gashuunsukhait", "GPE")
d.E("Dornogovi", "GPE", "Dornogovi province")
d.Q("Our economy cannot depend", "Ganbaataryn Altantsetseg")
d.Q("The people want a government", "Ganbaataryn Altantsetseg")
d.Q("can act quickly", "B.Bold-Erdene")
d.Q("We voted against a system", "J.Tuvshinbayar")
d.Q("support every decision", "HUN Party")
d.Q("She has the votes", "Enkhjargal Davaasuren-Weller")

# ---------------- z13 African Business: Zitouna Sahel Export half-year results (business; no events)
d = Doc("z13.txt", "African Business", "2027-09-16"); docs.append(d)
d.E("African Business", "ORG")
d.E("Zitouna Sahel Export", "ORG", "Zitouna Sahel")
d.B("Karim Ben Youssef-Lamine", "PERSON")
d.E("Sfax", "GPE")
d.E("Tunisia", "GPE")
d.E("Bourse de Tunis", "ORG")
d.E("Mohamed Ali Ben Romdhane-Ayari", "PERSON")
d.E("Toronto", "GPE")
d.E("Tokyo", "GPE")
d.E("Jaén", "GPE")
d.E("Tunis", "GPE")
d.E("Spain", "GPE")
d.E("Italy", "GPE")
d.E("Office National de l\u2019Huile", "ORG", "ONH")
d.E("Mahdia", "GPE")
d.E("Leïla Ben Salah-Kefi", "PERSON")
d.E("Carthage Capital Partners", "ORG")
d.E("Tunisian Union of Agriculture and Fisheries", "ORG", "UTAP")
d.E("Kairouan", "GPE", "Kairouan governorate")
d.E("Mehdi Jaziri-Bonnet", "PERSON")
d.E("University of Sfax", "ORG")
d.E("European Union", "ORG")
d.E("Morocco", "GPE")
d.E("OCP Group", "ORG", "OCP")
d.E("Egypt", "GPE")
d.B("IC Publications", "ORG")
d.Q("We sold more oil than ever", "Mohamed Ali Ben Romdhane-Ayari")
d.Q("Bulk oil is a price", "Mohamed Ali Ben Romdhane-Ayari")
d.Q("Our balance sheet is stronger", "Leïla Ben Salah-Kefi")
d.Q("weaker than expected", "Carthage Capital Partners")
d.Q("selling below the cost", "Tunisian Union of Agriculture and Fisheries")
d.Q("The value is added in Europe", "Mehdi Jaziri-Bonnet")

# ---------------- z14 Mongabay: Palau lagoon corals survive simulated heat wave, Science Advances study (science; no events)
d = Doc("z14.txt", "Mongabay", "2027-09-14"); docs.append(d)
d.B("Mongabay", "ORG")
d.E("Palau", "GPE")
d.B("Ilse van den Akker-Moses", "PERSON")
d.E("Science Advances", "ORG")
d.E("Palau International Coral Reef Center", "ORG", "PICRC")
d.E("Koror", "GPE")
d.E("Yimnang Ngirmang-Sakuma", "PERSON", "Dr. Yimnang Ngirmang-Sakuma")
d.E("Annelies de Vries-Olumide", "PERSON", "Prof. Annelies de Vries-Olumide")
d.E("University of Queensland", "ORG")
d.E("National Oceanic and Atmospheric Administration", "ORG", "NOAA")
d.E("Coral Reef Watch", "ORG")
d.E("Marcus Oyelaran-Pike", "PERSON", "Dr. Marcus Oyelaran-Pike")
d.E("Australian Institute of Marine Science", "ORG", "AIMS")
d.E("Palau Ministry of Agriculture, Fisheries and the Environment", "ORG")
d.E("Indonesia", "GPE")
d.E("Fiji", "GPE")
d.Q("We always knew the lagoons", "Yimnang Ngirmang-Sakuma")
d.Q("What surprised us", "Yimnang Ngirmang-Sakuma")
d.QP("These corals are like athletes", "Annelies de Vries-Olumide")
d.Q("But they are not magic", "Annelies de Vries-Olumide")
d.Q("for a few reefs", "Marcus Oyelaran-Pike")
d.Q("Moving corals around", "Marcus Oyelaran-Pike")
d.Q("Our lagoons may be a gift", "Palau Ministry of Agriculture, Fisheries and the Environment")

# ---------------- z15 Tatoli: rabies toll in Timor-Leste reaches nine, first death in Covalima (health; no events)
d = Doc("z15.txt", "Tatoli", "2027-09-27"); docs.append(d)
d.E("Tatoli", "ORG", "TATOLI", "Agência Noticiosa de Timor-Leste")
d.E("Timor-Leste", "GPE")
d.E("Covalima", "GPE", "Covalima municipality")
d.B("Zevonia Guterres-Amaral", "PERSON")
d.B("Filomeno Martins-Boavida", "PERSON")
d.E("Maliana", "GPE")
d.E("Bobonaro", "GPE", "Bobonaro municipality")
d.B("Jacinto Pereira-Lay", "PERSON")
d.E("Dili", "GPE", "DILI")
d.E("Suai", "GPE")
d.E("Timorese Ministry of Health", "ORG", "Ministry of Health")
d.E("Oecusse", "GPE")
d.E("Indonesia", "GPE")
d.E("East Nusa Tenggara", "GPE", "East Nusa Tenggara province")
d.E("Joanico Belo-Ximenes", "PERSON", "Dr. Joanico Belo-Ximenes")
d.E("Timorese Ministry of Agriculture, Livestock, Fisheries and Forestry", "ORG",
    "Ministry of Agriculture, Livestock, Fisheries and Forestry", "MALFF")
d.E("Agapito da Costa Soares", "PERSON", "Dr. Agapito da Costa Soares")
d.E("Maria Fátima dos Santos", "PERSON")
d.E("World Health Organization", "ORG", "WHO")
d.E("Food and Agriculture Organization", "ORG", "FAO")
d.E("Australia", "GPE")
d.E("Australian Department of Foreign Affairs and Trade", "ORG", "Department of Foreign Affairs and Trade", "DFAT")
d.E("Rosalina Ximenes-Hornby", "PERSON", "Dr. Rosalina Ximenes-Hornby")
d.E("National University of Timor Lorosa'e", "ORG", "UNTL")
d.E("Ermera", "GPE")
d.Q("This death was preventable", "Joanico Belo-Ximenes")
d.Q("We need to reach at least", "Agapito da Costa Soares")
d.Q("We cleaned the wound", "Maria Fátima dos Santos")
d.Q("free and accessible", "World Health Organization")
d.Q("People know about dengue", "Rosalina Ximenes-Hornby")

# ---------------- z16 Winnipeg Free Press: council approves the eastern rapid transit line 10-6 (local politics; no events)
d = Doc("z16.txt", "Winnipeg Free Press", "2027-09-28"); docs.append(d)
d.B("Winnipeg Free Press", "ORG")
d.E("Danielle Kowalchuk-Brandt", "PERSON", "Mayor Danielle Kowalchuk-Brandt")
d.B("Ginette Tremblay-Okoro", "PERSON")
d.E("Transcona", "GPE")
d.E("St. Boniface", "GPE")
d.B("Mikaela Sandhu-Rempel", "PERSON")
d.E("Winnipeg", "GPE")
d.E("Ottawa", "GPE")
d.E("Bradley Nychuk-Fontaine", "PERSON", "Coun. Bradley Nychuk-Fontaine")
d.E("North Kildonan", "GPE")
d.E("Théo Lagimodière", "PERSON", "Coun. Théo Lagimodière")
d.E("Wab Kinew", "PERSON", "Premier Wab Kinew")
d.E("Manitoba", "GPE")
d.E("Housing, Infrastructure and Communities Canada", "ORG")
d.E("Amalgamated Transit Union Local 1505", "ORG")
d.E("Winnipeg Transit", "ORG")
d.E("Kerri-Ann Oduya", "PERSON")
d.E("Loren Halvorsen-Mbeki", "PERSON")
d.E("Winnipeg Chamber of Commerce", "ORG")
d.E("Brandon", "GPE")
d.QS("the biggest decision this council", "Danielle Kowalchuk-Brandt")
d.Q("This is the biggest decision", "Danielle Kowalchuk-Brandt")
d.Q("We have potholes", "Bradley Nychuk-Fontaine")
d.Q("Every year we wait", "Théo Lagimodière")
d.Q("be at the table", "Wab Kinew")
d.Q("as quickly as possible", "Housing, Infrastructure and Communities Canada")
d.Q("A shiny corridor", "Kerri-Ann Oduya")
d.Q("finally connect the east side", "Loren Halvorsen-Mbeki")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

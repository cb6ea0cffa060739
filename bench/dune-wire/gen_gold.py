"""Builds dune-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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

# ---------------- d01 Ukrainska Pravda: missile strike on Pavlohrad; guided bombs on Ivanivka (Mezhova); Zelensky-Rutte call
d = Doc("d01.txt", "Ukrainska Pravda", "2027-05-04"); docs.append(d)
d.E("Ukrainska Pravda", "ORG")
d.B("Iryna Kovalenko-Shevchuk", "PERSON")
d.B("State Emergency Service of Ukraine", "ORG")
d.E("Dnipropetrovsk Oblast", "GPE", "Dnipropetrovsk region")
d.E("Pavlohrad", "GPE")
d.E("Dnipro", "GPE", "DNIPRO")
d.E("Russia", "GPE")
d.E("Dnipropetrovsk Regional Military Administration", "ORG")
d.E("Serhii Pylypenko-Dovhal", "PERSON")
d.E("Halyna Sydorenko", "PERSON")
d.E("Russian Ministry of Defence", "ORG", "Defence Ministry")
d.E("Ivanivka", "GPE")
d.E("Mezhova", "GPE", "Mezhova community")
d.E("Synelnykove", "GPE", "Synelnykove district")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Ukraine", "GPE")
d.E("North Atlantic Treaty Organization", "ORG", "NATO")
d.E("Mark Rutte", "PERSON", "Secretary General Mark Rutte", "Rutte")
d.E("Office of the President of Ukraine", "ORG", "Office of the President")
d.E("Oleksandr Kravets-Bilyi", "PERSON")
d.E("Kyiv", "GPE")
d.E("Centre for Defence Strategies", "ORG")
d.E("Moscow", "GPE")
d.E("Kryvyi Rih", "GPE")
d.E("Netherlands", "GPE")
d.Q("The blast threw people", "Serhii Pylypenko-Dovhal")
d.Q("I heard the siren", "Halyna Sydorenko")
d.Q("My neighbour's boy", "Halyna Sydorenko")
d.Q("a precision strike on an enterprise", "Russian Ministry of Defence")
d.Q("Russia chooses the hours", "Volodymyr Zelensky")
d.Q("Every Patriot that", "Volodymyr Zelensky")
d.Q("working to speed up", "Mark Rutte")
d.Q("They are looking for gaps", "Oleksandr Kravets-Bilyi")
d.EV("ASSAULT", "Russia", None, "Pavlohrad", "2027-05-04", 5, 23,
     d.S("DNIPRO – Five people", "said on Tuesday."),
     [d.S("Russian missiles hit Pavlohrad overnight"),
      d.S("Two missiles hit a residential quarter", "Military Administration."),
      d.S("Eleven of the injured remain", "serious condition."),
      d.S("Russia's Defence Ministry said", "in Pavlohrad."),
      d.S("President Volodymyr Zelensky said the Pavlohrad strike", "ballistic missiles.")])
d.EV("ASSAULT", "Russia", None, "Ivanivka", "2027-05-03", None, 3,
     d.S("Separately, Russian aircraft dropped", "administration reported."))
d.EV("CONSULT", "Volodymyr Zelensky", "Mark Rutte", None, "2027-05-03", None, None,
     d.S("On Monday evening Zelensky held a phone call", "President said."),
     [d.S("Rutte wrote afterwards", "on the list\".")])

# ---------------- d02 Meduza: drone debris on Voronezh (Kominternovsky); Lipetsk substation; 58 drones over Russian regions
d = Doc("d02.txt", "Meduza", "2027-05-08"); docs.append(d)
d.B("Meduza", "ORG")
d.E("Russia", "GPE")
d.E("Ukraine", "GPE")
d.E("Voronezh", "GPE")
d.E("Lipetsk", "GPE")
d.E("Kominternovsky", "GPE", "Kominternovsky district")
d.E("Alexander Gusev", "PERSON", "Governor Alexander Gusev", "Gusev")
d.E("Lipetsk Oblast", "GPE", "Lipetsk region")
d.E("Igor Artamonov", "PERSON", "Governor Igor Artamonov")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Voronezh Oblast", "GPE", "Voronezh region")
d.E("Belgorod Oblast", "GPE", "Belgorod")
d.E("Kursk Oblast", "GPE", "Kursk")
d.E("Tambov Oblast", "GPE", "Tambov")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Security Service of Ukraine", "ORG", "SBU")
d.E("Suspilne", "ORG")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Kyiv", "GPE")
d.E("Moscow", "GPE")
d.E("Tatyana", "PERSON")
d.E("Moyo!", "ORG")
d.QS("Windows were blown out on five floors", "Alexander Gusev")
d.Q("Windows were blown out on five floors, and", "Alexander Gusev")
d.Q("A woman born in 1961", "Alexander Gusev")
d.Q("several defense enterprises", None)
d.Q("the true nature of the Kyiv regime", "Dmitry Peskov")
d.Q("We were asleep", "Tatyana")
d.Q("Nobody warned us", "Tatyana")
d.EV("ASSAULT", "Ukraine", None, "Kominternovsky", "2027-05-08", None, 4,
     d.S("Four people were injured in Voronezh", "Alexander Gusev said."),
     [d.S("‘Windows were blown out on five floors’: Drones hit"),
      d.S("“A woman born in 1961", "concussions."),
      d.S("Residents of the damaged building in Voronezh", "the explosion.")])
d.EV("ASSAULT", "Ukraine", None, "Lipetsk", "2027-05-08", None, None,
     d.S("In neighboring Lipetsk Oblast, Governor", "on fire."),
     [d.S("‘Windows were blown out on five floors’: Drones hit"),
      d.S("He said nobody had been hurt", "four hours."),
      d.S("Ukraine’s General Staff did not comment", "the front.”")])
d.EV("ASSAULT", "Ukraine", "Russia", "Russia", "2027-05-08", None, None,
     d.S("Russia’s Defense Ministry said air defenses", "Tambov regions."),
     [d.S("Kremlin spokesman Dmitry Peskov told journalists", "negotiating position.")])

# ---------------- d03 RFI: attack on refugee women near Adré (Ouaddaï); drone strike on Sirba market; Salih-Halina; Salih-Idris call
d = Doc("d03.txt", "RFI", "2027-05-11"); docs.append(d)
d.E("RFI", "ORG")
d.B("Aïcha Moussa Ndingam", "PERSON")
d.E("Chad", "GPE")
d.E("Adré", "GPE")
d.E("Ouaddaï", "GPE", "Ouaddaï province")
d.E("Sudan", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("Adam Yacoub Hassan", "PERSON")
d.E("Médecins Sans Frontières", "ORG", "MSF")
d.E("Mahamat Saleh Ahmat-Bichara", "PERSON")
d.E("West Darfur", "GPE")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("El Geneina", "GPE")
d.E("United Nations High Commissioner for Refugees", "ORG", "UN High Commissioner for Refugees", "UNHCR")
d.E("Barham Salih", "PERSON", "Salih")
d.E("Allamaye Halina", "PERSON", "Prime Minister Allamaye Halina")
d.E("N'Djamena", "GPE")
d.E("Kamil Idris", "PERSON", "Prime Minister Kamil Idris")
d.E("Sirba", "GPE")
d.E("Sudan Doctors Network", "ORG")
d.E("Mariam Abdallah Issa", "PERSON")
d.E("El Fasher", "GPE")
d.E("Abéché", "GPE")
d.Q("They were beaten", "Adam Yacoub Hassan")
d.Q("Security outside the sites", "Mahamat Saleh Ahmat-Bichara")
d.Q("Chad has been more generous", "Barham Salih")
d.Q("It cannot be left", "Barham Salih")
d.Q("If we do not cook", "Mariam Abdallah Issa")
d.EV("ASSAULT", None, None, "Adré", "2027-05-09", 3, 5,
     d.S("Three Sudanese refugees were killed and five", "charity said."),
     [d.S("Three Sudanese refugees killed near Adré"),
      d.S("\"They were beaten", "who ran."),
      d.S("Médecins Sans Frontières (MSF), which runs", "wounded women."),
      d.S("Refugees blamed a militia", "was responsible.")])
d.EV("ASSAULT", None, None, "Sirba", "2027-05-08", 7, None,
     d.S("Across the border, a drone strike hit", "Sudanese army."))
d.EV("CONSULT", "Barham Salih", "Allamaye Halina", "N'Djamena", "2027-05-09", None, None,
     d.S("Salih met Prime Minister Allamaye Halina", "office said."),
     [d.S("Three Sudanese refugees killed near Adré"),
      d.S("The killings came as the UN High Commissioner", "taking office."),
      d.S("\"Chad has been more generous", "after the meeting.")])
d.EV("CONSULT", "Barham Salih", "Kamil Idris", None, "2027-05-10", None, None,
     d.S("On Monday, before travelling to Adré", "in a statement."))

# ---------------- d04 France 24/AFP: JNIM attack on Diabaly army post (Ségou); FAMa air strike near Dogofry; Camara-Yevkurov in Bamako
d = Doc("d04.txt", "France 24", "2027-05-13"); docs.append(d)
d.B("France 24", "ORG", "FRANCE 24")
d.E("AFP", "ORG")
d.E("Mali", "GPE")
d.E("Diabaly", "GPE")
d.B("Ousmane Traoré-Diakité", "PERSON")
d.E("Niono", "GPE", "Niono cercle")
d.E("Ségou", "GPE", "Ségou region")
d.E("Bamako", "GPE", "BAMAKO")
d.E("Mauritania", "GPE")
d.E("al-Qaeda", "ORG", "Al-Qaeda")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "JNIM")
d.E("ORTM", "ORG")
d.E("Malian Armed Forces", "ORG", "FAMa")
d.E("Dogofry", "GPE")
d.E("Office du Niger", "ORG")
d.E("Seydou Kané-Coulibaly", "PERSON")
d.E("Assimi Goïta", "PERSON", "General Assimi Goïta")
d.E("France", "GPE")
d.E("Russia", "GPE")
d.E("Africa Corps", "ORG")
d.E("Wagner Group", "ORG", "Wagner group")
d.E("Sadio Camara", "PERSON", "Defence Minister Sadio Camara", "Camara")
d.E("Yunus-Bek Yevkurov", "PERSON", "Deputy Defence Minister Yunus-Bek Yevkurov")
d.E("Malian Ministry of Defence", "ORG", "Ministry of Defence")
d.E("Fatoumata Sangaré-Diallo", "PERSON")
d.E("Timbuktu Institute", "ORG")
d.E("Dakar", "GPE")
d.E("Burkina Faso", "GPE")
d.E("Fada N'Gourma", "GPE")
d.E("Niger", "GPE")
d.Q("taken the camp of the apostate army", "Jama'at Nusrat al-Islam wal-Muslimin")
d.Q("dozens of soldiers and mercenaries", "Jama'at Nusrat al-Islam wal-Muslimin")
d.Q("The defence and security forces reacted", "Malian Armed Forces")
d.Q("terrorist logistics base", "Malian Armed Forces")
d.Q("People here are caught", "Seydou Kané-Coulibaly")
d.Q("When the army leaves", "Seydou Kané-Coulibaly")
d.Q("the supply of equipment", "Malian Ministry of Defence")
d.Q("Our partnership with Russia", "Sadio Camara")
d.Q("JNIM's strategy is economic", "Fatoumata Sangaré-Diallo")
d.Q("It attacks where it hurts", "Fatoumata Sangaré-Diallo")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", "Malian Armed Forces", "Diabaly", "2027-05-11", 11, 9,
     d.S("BAMAKO (AFP) - Eleven Malian soldiers", "region this year."),
     [d.S("Mali: jihadists kill 11 soldiers"),
      d.S("The assailants, who arrived before dawn", "safety reasons."),
      d.S("The Al-Qaeda-linked Jama'at", "mercenaries\"."),
      d.S("In a statement read on national television ORTM", "during the fighting.")])
d.EV("ASSAULT", "Malian Armed Forces", None, "Dogofry", "2027-05-12", None, None,
     d.S("The army added that its aircraft", "casualty figures."))
d.EV("CONSULT", "Sadio Camara", "Yunus-Bek Yevkurov", "Bamako", "2027-05-12", None, None,
     d.S("On Wednesday, Defence Minister Sadio Camara received", "on social media."),
     [d.S("\"Our partnership with Russia", "according to the ministry.")])

# ---------------- d05 The Reporter: minibus attack near Haru (West Wollega); ENDF drone strike near Dembi Dollo; Shimelis-Merera
d = Doc("d05.txt", "The Reporter", "2027-05-15"); docs.append(d)
d.E("The Reporter", "ORG", "The Reporter Ethiopia")
d.B("Ethiopia", "GPE")
d.B("Bethlehem Tadesse Alemu", "PERSON")
d.E("West Wollega", "GPE", "West Wollega zone")
d.E("Nekemte", "GPE")
d.E("Gimbi", "GPE")
d.E("Oromia", "GPE")
d.E("Haru", "GPE")
d.E("Gemechu Tolera Bayisa", "PERSON")
d.E("Oromo Liberation Army", "ORG", "OLA", "Shene")
d.E("Tesfaye Gudeta Wakjira", "PERSON")
d.E("Lencho Dhaba Gurmu", "PERSON")
d.E("Sayo", "GPE", "Sayo woreda")
d.E("Qellem Wollega", "GPE", "Qellem Wollega zone")
d.E("Dembi Dollo", "GPE")
d.E("Ethiopian National Defense Force", "ORG", "ENDF")
d.E("Ethiopian Human Rights Commission", "ORG", "EHRC")
d.E("Abiy Ahmed", "PERSON", "Prime Minister Abiy Ahmed")
d.E("Shimelis Abdisa", "PERSON", "Oromia President Shimelis Abdisa", "Shimelis")
d.E("Merera Gudina", "PERSON", "Merera")
d.E("Oromo Federalist Congress", "ORG", "OFC")
d.E("Addis Ababa", "GPE", "Finfinne", "Addis")
d.E("Wollega", "GPE")
d.E("Ambo", "GPE")
d.E("Gambella", "GPE")
d.QS("We found them lying beside the road", "Gemechu Tolera Bayisa")
d.Q("We found them lying beside the road, some", "Gemechu Tolera Bayisa")
d.Q("Nobody came for two hours", "Gemechu Tolera Bayisa")
d.Q("pursuing the perpetrators", "Tesfaye Gudeta Wakjira")
d.Q("does not target civilians", "Lencho Dhaba Gurmu")
d.Q("a precise operation", "Ethiopian National Defense Force")
d.Q("reduced to a handful of bandits", "Abiy Ahmed")
d.Q("frank but not yet fruitful", "Merera Gudina")
d.QP("Our members cannot organise", "Merera Gudina")
d.Q("The government says the door", "Merera Gudina")
d.Q("talk to anyone who chooses", "Shimelis Abdisa")
d.EV("ASSAULT", None, None, "Haru", "2027-05-13", 7, 4,
     d.S("Seven passengers were killed and four", "told The Reporter."),
     [d.S("Seven killed in minibus attack"),
      d.S("The vehicle was stopped near the town of Haru", "east of Gimbi."),
      d.S("According to a health officer", "gunshot wounds."),
      d.S("The Oromia regional government's communication bureau blamed", "Army (OLA).")])
d.EV("ASSAULT", "Ethiopian National Defense Force", "Oromo Liberation Army", "Dembi Dollo", "2027-05-12", 5, None,
     d.S("On Wednesday, residents of Sayo woreda", "Dembi Dollo."),
     [d.S("The Ethiopian National Defense Force (ENDF) said in a statement", "civilian victims.")])
d.EV("CONSULT", "Shimelis Abdisa", "Merera Gudina", "Addis Ababa", "2027-05-14", None, None,
     d.S("On Friday, Oromia President Shimelis Abdisa met", "in Addis Ababa."),
     [d.S("The two discussed security in western Oromia", "office said."),
      d.S("Merera told The Reporter after the meeting", "fruitful\".")])

# ---------------- d06 The National: ISIS attack on SDF checkpoint near Al Busayrah (Deir ez-Zor); Idlib car bomb; Al Shara-Abdi (with Barrack)
d = Doc("d06.txt", "The National", "2027-05-18"); docs.append(d)
d.E("The National", "ORG")
d.E("Syria", "GPE")
d.E("Islamic State", "ORG", "ISIS")
d.E("Syrian Democratic Forces", "ORG", "SDF")
d.E("Deir ez-Zor", "GPE", "Deir Ezzor")
d.E("Ahmed al-Sharaa", "PERSON", "President Ahmad Al Shara", "Al Shara", "Mr Al Shara")
d.E("Mazloum Abdi", "PERSON", "Abdi", "Mr Abdi")
d.E("Damascus", "GPE")
d.E("Idlib", "GPE", "Idlib city")
d.B("Nada Al Rifai-Homsi", "PERSON")
d.B("Beirut", "GPE")
d.B("AFP", "ORG")
d.E("Al Busayrah", "GPE")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Rojhat Derik-Hassan", "PERSON")
d.E("Syrian Observatory for Human Rights", "ORG")
d.E("Syrian Civil Defence", "ORG")
d.E("Obaida Al Hamwi", "PERSON")
d.E("Syrian Ministry of Interior", "ORG", "Interior Ministry")
d.E("Syrian Presidency", "ORG")
d.E("Tom Barrack", "PERSON", "Mr Barrack")
d.E("United States", "GPE", "US")
d.E("Raqqa", "GPE")
d.E("Washington, D.C.", "GPE", "Washington")
d.E("Lina Haddad-Sabbagh", "PERSON")
d.E("Chatham House", "ORG")
d.E("London", "GPE")
d.E("Turkey", "GPE")
d.Q("The cells of ISIS", "Rojhat Derik-Hassan")
d.Q("They know exactly when", "Rojhat Derik-Hassan")
d.Q("The street was full", "Obaida Al Hamwi")
d.Q("positive and focused on practical steps", "Ahmed al-Sharaa")
d.Q("committed to one Syria", "Mazloum Abdi")
d.Q("a single chain of command", "Tom Barrack")
d.Q("Every time Damascus", "Lina Haddad-Sabbagh")
d.Q("It is a message as much", "Lina Haddad-Sabbagh")
d.EV("ASSAULT", "Islamic State", "Syrian Democratic Forces", "Al Busayrah", "2027-05-16", 4, 2,
     d.S("Four fighters of the Kurdish-led", "the group said."),
     [d.S("ISIS kills four SDF fighters"),
      d.S("The SDF said the attackers", "explosive device."),
      d.S("ISIS claimed the attack through", "on Monday.")])
d.EV("ASSAULT", None, None, "Idlib", "2027-05-17", 2, 11,
     d.S("In the north-west, a car bomb exploded", "Civil Defence said."),
     [d.S("Car bomb in Idlib city injures 11"),
      d.S("No group claimed responsibility."),
      d.S("The Interior Ministry said it had opened", "two suspects.")])
d.EV("CONSULT", "Ahmed al-Sharaa", "Mazloum Abdi", "Damascus", "2027-05-17", None, None,
     d.S("Later on Monday, President Ahmad Al Shara received", "Presidency said."),
     [d.S("ISIS kills four SDF fighters"),
      d.S("US envoy Tom Barrack also attended", "US embassy."),
      d.S("Mr Al Shara’s office described the talks", "Deir Ezzor and Raqqa.")])

# ---------------- d07 Arab News: Houthi shelling of Al-Rawda (Taiz); drone on Al-Kadaha (Maqbanah); Al-Alimi-Grundberg in Riyadh
d = Doc("d07.txt", "Arab News", "2027-05-20"); docs.append(d)
d.E("Arab News", "ORG")
d.B("Abdullah Bin-Thabit", "PERSON", "ABDULLAH BIN-THABIT")
d.B("AFP", "ORG")
d.E("Taiz", "GPE")
d.E("Houthis", "ORG", "Houthi militia")
d.E("Al-Rawda", "GPE")
d.E("Al-Mukalla", "GPE", "AL-MUKALLA")
d.E("Iran", "GPE")
d.E("Afrah Saif Al-Qubati", "PERSON", "Dr. Afrah Saif Al-Qubati")
d.E("Nabil Shamsan", "PERSON", "Taiz Governor Nabil Shamsan")
d.E("United Nations", "ORG", "UN")
d.E("Al-Kadaha", "GPE")
d.E("Maqbanah", "GPE", "Maqbanah district")
d.E("Yemen", "GPE")
d.E("Riyadh", "GPE")
d.E("Rashad al-Alimi", "PERSON", "Rashad Al-Alimi", "Al-Alimi")
d.E("Presidential Leadership Council", "ORG", "PLC")
d.E("Hans Grundberg", "PERSON", "Grundberg")
d.E("Saba News Agency", "ORG", "Saba")
d.E("Muscat", "GPE")
d.E("Sanaa", "GPE")
d.E("Al-Masirah", "ORG")
d.E("Hisham Al-Absi", "PERSON")
d.E("Sanaa Center for Strategic Studies", "ORG")
d.E("United Nations Children's Fund", "ORG", "UNICEF")
d.E("Saudi Arabia", "GPE")
d.Q("The wounded include two women", "Afrah Saif Al-Qubati")
d.Q("a war crime committed", "Nabil Shamsan")
d.Q("using the lull to rearm", "Rashad al-Alimi")
d.Q("stop rewarding escalation", "Rashad al-Alimi")
d.Q("the urgent need to spare", "Hans Grundberg")
d.Q("committed to de-escalation", "Al-Masirah")
d.Q("Taiz is the pressure point", "Hisham Al-Absi")
d.EV("ASSAULT", "Houthis", None, "Al-Rawda", "2027-05-19", 2, 6,
     d.S("AL-MUKALLA: Two children were killed", "medics said."),
     [d.S("Two children killed as Houthi shells hit"),
      d.S("Mortar rounds fired from Houthi positions", "health office said."),
      d.S("The dead were a brother and sister", "seven and nine."),
      d.S("Taiz Governor Nabil Shamsan condemned", "to document it."),
      d.S("The Houthis did not comment on the Al-Rawda shelling.")])
d.EV("ASSAULT", "Houthis", None, "Al-Kadaha", "2027-05-18", 3, None,
     d.S("A day earlier, three government soldiers", "military official said."))
d.EV("CONSULT", "Rashad al-Alimi", "Hans Grundberg", "Riyadh", "2027-05-19", None, None,
     d.S("In Riyadh on Wednesday, Rashad Al-Alimi", "agency reported."),
     [d.S("Al-Alimi told the envoy", "concessions.\""),
      d.S("According to Saba, Grundberg briefed", "into Taiz."),
      d.S("In a statement after the meeting, the envoy's office", "Yemen.\"")])

# ---------------- d08 The Haitian Times: Gran Grif attack on Désarmes (Verrettes, Artibonite); PNH-GSF operation in Savien; Fils-Aimé-Asante-Darko
d = Doc("d08.txt", "The Haitian Times", "2027-05-22"); docs.append(d)
d.B("The Haitian Times", "ORG")
d.B("Wideline Charles-Auguste", "PERSON")
d.B("Jean-Marc Vilsaint", "PERSON")
d.E("Haiti", "GPE")
d.E("Artibonite", "GPE", "Artibonite department", "ARTIBONITE")
d.E("Gran Grif", "ORG")
d.E("Désarmes", "GPE")
d.E("Gang Suppression Force", "ORG", "GSF")
d.E("Savien", "GPE")
d.E("Saint-Marc", "GPE")
d.E("Verrettes", "GPE", "VERRETTES")
d.E("Marie-Claude Pierre-Louis", "PERSON")
d.E("Deschapelles", "GPE")
d.E("Civil Protection Directorate", "ORG", "DPC")
d.E("Luckson Elan", "PERSON")
d.E("Jean-Robert Dorsainvil", "PERSON")
d.E("Haitian National Police", "ORG", "PNH")
d.E("Petite-Rivière-de-l'Artibonite", "GPE")
d.E("International Organization for Migration", "ORG", "IOM")
d.E("Alix Didier Fils-Aimé", "PERSON", "Prime Minister Alix Didier Fils-Aimé", "Fils-Aimé")
d.E("Kwame Asante-Darko", "PERSON", "Brig. Gen. Kwame Asante-Darko")
d.E("Port-au-Prince", "GPE")
d.E("National Human Rights Defense Network", "ORG", "RNDDH")
d.E("Rosemond Alcindor-Jean", "PERSON")
d.E("Cap-Haïtien", "GPE")
d.Q("They went house by house", "Marie-Claude Pierre-Louis")
d.Q("This morning we counted", "Marie-Claude Pierre-Louis")
d.Q("feeding the police and the brigades", "Luckson Elan")
d.Q("I lost my house", "Jean-Robert Dorsainvil")
d.Q("The Artibonite feeds this country", "Alix Didier Fils-Aimé")
d.Q("We wrote to the authorities", "Rosemond Alcindor-Jean")
d.Q("Every massacre in the Artibonite", "Rosemond Alcindor-Jean")
d.EV("ASSAULT", "Gran Grif", None, "Désarmes", "2027-05-20", 9, 12,
     d.S("VERRETTES, Haiti — Gunmen from the Gran Grif gang", "residents said."),
     [d.S("Gran Grif gunmen kill nine in Désarmes"),
      d.S("The attackers arrived shortly after 10 p.m.", "mayor of Verrettes."),
      d.S("Twelve wounded people were taken", "Directorate (DPC)."),
      d.S("In a video posted on social media on Friday", "brigades.\"")])
d.EV("ASSAULT", "Haitian National Police", "Gran Grif", "Savien", "2027-05-21", None, None,
     d.S("On Friday afternoon, the Haitian National Police", "in a statement."),
     [d.S("Police and GSF launch counter-operation"),
      d.S("It did not give a number.")])
d.EV("CONSULT", "Alix Didier Fils-Aimé", "Kwame Asante-Darko", "Port-au-Prince", "2027-05-21", None, None,
     d.S("Prime Minister Alix Didier Fils-Aimé met", "his office said."),
     [d.S("\"The Artibonite feeds this country.", "weeks.\"")])

# ---------------- d09 AP: birthday-party shooting in Aguaruto (Culiacán); army shootout near Navolato; García Harfuch-Rocha Moya
d = Doc("d09.txt", "Associated Press", "2027-05-24"); docs.append(d)
d.E("Associated Press", "ORG", "AP")
d.E("Mexico", "GPE")
d.E("Culiacán", "GPE", "CULIACÁN")
d.E("Sinaloa", "GPE", "Sinaloa state")
d.B("Alejandra Peñaloza-Ruiz", "PERSON", "ALEJANDRA PEÑALOZA-RUIZ")
d.B("Hugo Zamudio-Beltrán", "PERSON")
d.E("Aguaruto", "GPE")
d.E("Sinaloa Cartel", "ORG", "Sinaloa cartel")
d.E("Los Chapitos", "ORG")
d.E("Joaquín Guzmán", "PERSON", "Joaquín \"El Chapo\" Guzmán", "El Chapo", "Guzmán")
d.E("Los Mayos", "ORG")
d.E("Ismael Zambada", "PERSON", "Ismael \"El Mayo\" Zambada", "El Mayo", "Zambada")
d.E("United States", "GPE")
d.E("Mexican Army", "ORG")
d.E("Navolato", "GPE")
d.E("Mexican Secretariat of National Defense", "ORG", "Defense Department")
d.E("Omar García Harfuch", "PERSON", "Security Secretary Omar García Harfuch", "García Harfuch")
d.E("Rubén Rocha Moya", "PERSON", "Gov. Rubén Rocha Moya", "Rocha Moya")
d.E("Mexican National Guard", "ORG", "National Guard")
d.E("Mexico City", "GPE")
d.E("Claudia Sheinbaum", "PERSON", "President Claudia Sheinbaum")
d.E("Verónica Inzunza Lafarga", "PERSON")
d.E("Causa en Común", "ORG")
d.B("Fabiola Cárdenas-Uribe", "PERSON")
d.Q("They didn't say anything", None)
d.Q("We are not going to leave Sinaloa", "Omar García Harfuch")
d.Q("The arrests are increasing", "Omar García Harfuch")
d.Q("It is not enough", "Rubén Rocha Moya")
d.Q("But the trend is there", "Rubén Rocha Moya")
d.Q("not abandoned Culiacán", "Claudia Sheinbaum")
d.Q("People here have learned", "Verónica Inzunza Lafarga")
d.Q("At seven o'clock", "Verónica Inzunza Lafarga")
d.EV("ASSAULT", None, None, "Aguaruto", "2027-05-23", 6, 3,
     d.S("CULIACÁN, Mexico (AP) — Gunmen burst", "almost three years."),
     [d.S("Gunmen kill 6 at a birthday party"),
      d.S("The attack happened late Sunday", "in a statement."),
      d.S("Among the dead were two brothers", "intended targets."),
      d.S("A 6-year-old girl was among the wounded.")])
d.EV("ASSAULT", "Mexican Army", None, "Navolato", "2027-05-24", 4, 1,
     d.S("On Monday, soldiers of the Mexican Army killed", "Defense Department said."),
     [d.S("One soldier was wounded.")])
d.EV("CONSULT", "Omar García Harfuch", "Rubén Rocha Moya", "Culiacán", "2027-05-24", None, None,
     d.S("Security Secretary Omar García Harfuch met", "in the state."),
     [d.S("Gunmen kill 6 at a birthday party"),
      d.S("\"We are not going to leave Sinaloa", "after the meeting.")])

# ---------------- d10 El País English: Madrid regional election, Ayuso's second absolute majority (politics; no events)
d = Doc("d10.txt", "El País", "2027-05-24"); docs.append(d)
d.B("El País", "ORG", "EL PAÍS")
d.B("Ediciones El País", "ORG", "EDICIONES EL PAÍS S.L.")
d.B("Spain", "GPE", "SPAIN")
d.B("Guillermo San Román-Echevarría", "PERSON", "GUILLERMO SAN ROMÁN-ECHEVARRÍA")
d.B("Claudio Álvarez-Osorio", "PERSON", "CLAUDIO ÁLVAREZ-OSORIO")
d.E("Isabel Díaz Ayuso", "PERSON", "Ayuso")
d.E("Madrid", "GPE")
d.E("Spanish Socialist Workers' Party", "ORG", "Socialist Party", "PSOE", "Socialists")
d.E("People's Party", "ORG", "Popular Party", "PP")
d.E("Assembly of Madrid", "ORG", "Assembly")
d.E("Community of Madrid", "GPE", "Madrid region")
d.E("Más Madrid", "ORG")
d.E("Manuela Bergerot", "PERSON", "Bergerot")
d.E("Óscar López", "PERSON", "López")
d.E("Vox", "ORG")
d.E("Getafe", "GPE")
d.E("Alcorcón", "GPE")
d.E("Móstoles", "GPE")
d.E("Fuenlabrada", "GPE")
d.E("Pedro Sánchez", "PERSON", "Prime Minister Pedro Sánchez")
d.E("Isabel Pérez Moñino", "PERSON")
d.E("José Luis Martínez-Almeida", "PERSON")
d.E("Lucía Garrido-Benavente", "PERSON")
d.E("Complutense University of Madrid", "ORG")
d.E("Barcelona", "GPE")
d.E("Jaume Collboni", "PERSON")
d.E("Catalunya en Comú", "ORG", "Comuns")
d.E("Zaragoza", "GPE")
d.E("Natalia Chueca", "PERSON")
d.Q("Madrid has once again said yes", "Isabel Díaz Ayuso")
d.Q("the only real alternative", "Manuela Bergerot")
d.Q("We have built something solid", "Manuela Bergerot")
d.Q("and the next time we will govern", "Manuela Bergerot")
d.Q("all the Socialist candidates", "Pedro Sánchez")
d.Q("Ayuso has turned a regional election", "Lucía Garrido-Benavente")
d.Q("The national PP will look", "Lucía Garrido-Benavente")

# ---------------- d11 The West Australian: Murchison Crest Resources half-year results (business; no events)
d = Doc("d11.txt", "The West Australian", "2027-05-19"); docs.append(d)
d.E("The West Australian", "ORG")
d.B("West Australian Newspapers Limited", "ORG")
d.B("Daniel Koutsoukis-Hale", "PERSON")
d.E("Murchison Crest Resources", "ORG", "Murchison Crest")
d.E("Cue", "GPE")
d.E("Deanne Whitlock-Oyelaran", "PERSON", "Ms Whitlock-Oyelaran")
d.E("Australian Securities Exchange", "ORG", "ASX")
d.E("Perth", "GPE")
d.E("Western Australia", "GPE", "WA")
d.E("Mid West", "GPE")
d.E("Rahul Venkatesan", "PERSON")
d.E("David Michael", "PERSON", "Mining Minister David Michael")
d.E("Canaccord Genuity", "ORG")
d.E("Tom Brearley-Singh", "PERSON")
d.E("Ellendale Gold Holdings", "ORG")
d.E("China", "GPE")
d.Q("Two years ago we were", "Deanne Whitlock-Oyelaran")
d.Q("We are not going to spend", "Deanne Whitlock-Oyelaran")
d.Q("Labour remains the tightest", "Rahul Venkatesan")
d.Q("They have the cash", "Tom Brearley-Singh")
d.Q("We would not be surprised", "Tom Brearley-Singh")
d.Q("always looking but never", "Deanne Whitlock-Oyelaran")

# ---------------- d12 NL Times: Kempenhorst Precision Systems first-quarter results (business; no events)
d = Doc("d12.txt", "NL Times", "2027-05-06"); docs.append(d)
d.E("NL Times", "ORG")
d.B("Bram Oosterhuis-Vidal", "PERSON")
d.E("ASML", "ORG")
d.E("Kempenhorst Precision Systems", "ORG", "Kempenhorst")
d.E("China", "GPE")
d.E("Eindhoven", "GPE")
d.E("Euronext Amsterdam", "ORG")
d.E("Marieke van den Heuvel-Osei", "PERSON")
d.E("Penang", "GPE")
d.E("Veldhoven", "GPE")
d.E("Japan", "GPE")
d.E("United States", "GPE")
d.E("Pieter-Jan de Waal", "PERSON")
d.E("Sander Bakhuizen", "PERSON")
d.E("Degroof Petercam", "ORG")
d.E("Netherlands", "GPE")
d.E("Brainport Development", "ORG")
d.E("The Hague", "GPE")
d.Q("The quarter confirms", "Marieke van den Heuvel-Osei")
d.Q("Our customers are asking", "Marieke van den Heuvel-Osei")
d.Q("We are a supplier of suppliers", "Pieter-Jan de Waal")
d.Q("We fully comply", "Pieter-Jan de Waal")
d.Q("very strong on the surface", "Sander Bakhuizen")
d.Q("The order book is great news", "Sander Bakhuizen")

# ---------------- d13 SciDev.Net: R21 malaria vaccine extended across Burkina Faso; Kargougou-Nishtar; Nishtar-Ouédraogo
d = Doc("d13.txt", "SciDev.Net", "2027-05-12"); docs.append(d)
d.B("SciDev.Net", "ORG")
d.B("Sylvie Ouédraogo-Tapsoba", "PERSON")
d.B("Issouf Sanogo-Kiemtoré", "PERSON")
d.E("Burkina Faso", "GPE")
d.E("Ouagadougou", "GPE", "OUAGADOUGOU")
d.E("Dédougou", "GPE")
d.E("Boucle du Mouhoun", "GPE", "Boucle du Mouhoun region")
d.E("Gavi, the Vaccine Alliance", "ORG", "Gavi")
d.E("University of Oxford", "ORG")
d.E("Serum Institute of India", "ORG")
d.E("Kenya", "GPE")
d.E("Mali", "GPE")
d.E("Tanzania", "GPE")
d.E("Robert Lucien Jean-Claude Kargougou", "PERSON", "Health Minister Robert Lucien Jean-Claude Kargougou", "Kargougou")
d.E("Sania Nishtar", "PERSON", "Nishtar")
d.E("Rimtalba Jean Emmanuel Ouédraogo", "PERSON", "Prime Minister Rimtalba Jean Emmanuel Ouédraogo")
d.E("Aminata Zongo-Kaboré", "PERSON")
d.E("Institut de Recherche en Sciences de la Santé", "ORG", "IRSS")
d.E("Bobo-Dioulasso", "GPE")
d.E("Hauts-Bassins", "GPE", "Hauts-Bassins region")
d.E("The Lancet Global Health", "ORG")
d.E("World Health Organization", "ORG", "WHO")
d.E("Salamata Diallo Compaoré", "PERSON")
d.E("United Nations Children's Fund", "ORG", "UNICEF")
d.Q("Malaria remains the first cause", "Robert Lucien Jean-Claude Kargougou")
d.Q("With this vaccine", "Robert Lucien Jean-Claude Kargougou")
d.Q("one of the fastest uptakes", "Sania Nishtar")
d.Q("The vaccine is not a magic bullet", "Aminata Zongo-Kaboré")
d.Q("When we combine it", "Aminata Zongo-Kaboré")
d.Q("Last rainy season", "Salamata Diallo Compaoré")
d.Q("I do not want to count", "Salamata Diallo Compaoré")
d.EV("CONSULT", "Robert Lucien Jean-Claude Kargougou", "Sania Nishtar", "Ouagadougou", "2027-05-10", None, None,
     d.S("Health Minister Robert Lucien Jean-Claude Kargougou met", "the ministry said."))
d.EV("CONSULT", "Sania Nishtar", "Rimtalba Jean Emmanuel Ouédraogo", "Ouagadougou", "2027-05-11", None, None,
     d.S("On Tuesday she met Prime Minister", "of the doses."))

# ---------------- d14 Jamaica Gleaner: ISA Council shelves Clarion Deep Metals plan; Johnson Smith-Carvalho in Kingston
d = Doc("d14.txt", "The Gleaner", "2027-05-28"); docs.append(d)
d.E("The Gleaner", "ORG", "Jamaica Gleaner")
d.B("Kimberley Hylton-Brissett", "PERSON")
d.B("Rudolph Brown-Mighty", "PERSON")
d.E("Clarion Deep Metals", "ORG", "Clarion Deep Metals Ltd")
d.E("Kingston", "GPE")
d.E("International Seabed Authority", "ORG", "ISA")
d.E("Council of the International Seabed Authority", "ORG", "Council")
d.E("Nauru", "GPE")
d.E("Leticia Carvalho", "PERSON", "Secretary-General Leticia Carvalho", "Carvalho")
d.E("United States", "GPE")
d.E("The Metals Company", "ORG")
d.E("Lisa Detenamo-Harris", "PERSON", "Ambassador Lisa Detenamo-Harris")
d.E("France", "GPE")
d.E("Chile", "GPE")
d.E("Brazil", "GPE")
d.E("Jamaica", "GPE")
d.E("Kamina Johnson Smith", "PERSON", "Foreign Minister Kamina Johnson Smith", "Johnson Smith")
d.E("Andre Lindo-Mattis", "PERSON", "Dr Andre Lindo-Mattis")
d.E("University of the West Indies", "ORG", "The University of the West Indies", "UWI")
d.E("Greenpeace", "ORG")
d.Q("The Council has sent a clear signal", "Leticia Carvalho")
d.Q("Nobody should read this", "Leticia Carvalho")
d.Q("disappointed by a decision", "Clarion Deep Metals")
d.Q("reviewing all options", "Clarion Deep Metals")
d.Q("followed every rule that exists", "Lisa Detenamo-Harris")
d.Q("being asked to wait forever", "Lisa Detenamo-Harris")
d.Q("Kingston is proud", "Kamina Johnson Smith")
d.Q("We are talking about habitats", "Andre Lindo-Mattis")
d.Q("Once you disturb them", "Andre Lindo-Mattis")
d.Q("a reprieve, not a rescue", "Greenpeace")
d.EV("CONSULT", "Kamina Johnson Smith", "Leticia Carvalho", "Kingston", "2027-05-26", None, None,
     d.S("On Wednesday, Foreign Minister Kamina Johnson Smith met", "the ministry said."),
     [d.S("\"Kingston is proud", "after the meeting.")])

# ---------------- d15 Euractiv: first EU-Mercosur trade council in Brussels; Ramírez Lezcano-von der Leyen
d = Doc("d15.txt", "Euractiv", "2027-05-31"); docs.append(d)
d.B("Euractiv", "ORG")
d.B("Théo Marchetti-Kowalczyk", "PERSON")
d.B("Tomasz Wierzbicki-Laine", "PERSON")
d.B("Nikolaj Brandt-Sørensen", "PERSON")
d.E("European Union", "ORG", "EU")
d.E("Mercosur", "ORG")
d.E("Maroš Šefčovič", "PERSON", "Trade Commissioner Maroš Šefčovič", "Šefčovič")
d.E("Brussels", "GPE")
d.E("European Commission", "ORG", "Commission")
d.E("Brazil", "GPE")
d.E("Argentina", "GPE")
d.E("Uruguay", "GPE")
d.E("Paraguay", "GPE")
d.E("Mauro Vieira", "PERSON", "Foreign Minister Mauro Vieira")
d.E("Pablo Quirno", "PERSON")
d.E("Mario Lubetkin", "PERSON")
d.E("Rubén Ramírez Lezcano", "PERSON", "Foreign Minister Rubén Ramírez Lezcano")
d.E("Ursula von der Leyen", "PERSON", "Commission President Ursula von der Leyen")
d.E("France", "GPE")
d.E("French Ministry of Agriculture", "ORG")
d.E("Paris", "GPE")
d.E("Copa-Cogeca", "ORG")
d.E("European Parliament", "ORG")
d.E("Court of Justice of the European Union", "ORG")
d.E("Ana Beatriz Lacerda-Holm", "PERSON")
d.E("Bruegel", "ORG")
d.E("Montevideo", "GPE")
d.E("Poland", "GPE")
d.E("Ireland", "GPE")
d.Q("We promised our farmers", "Maroš Šefčovič")
d.Q("as a disguised form", "Mauro Vieira")
d.Q("Brazil did not sign", "Mauro Vieira")
d.Q("a step, but not the guarantee", "French Ministry of Agriculture")
d.Q("far too long for perishable", "Copa-Cogeca")
d.Q("The Commission is trying", "Ana Beatriz Lacerda-Holm")
d.Q("If the first safeguard case", "Ana Beatriz Lacerda-Holm")
d.EV("CONSULT", "Maroš Šefčovič", "Mercosur", "Brussels", "2027-05-28", None, None,
     d.S("Trade Commissioner Maroš Šefčovič and the foreign ministers", "its implementation."),
     [d.S("EU and Mercosur ministers agree beef safeguard"),
      d.S("The European Commission and the four Mercosur countries agreed", "harvest season."),
      d.S("\"We promised our farmers", "after the meeting."),
      d.S("Argentina's Pablo Quirno pushed", "diplomats said.")])
d.EV("CONSULT", "Rubén Ramírez Lezcano", "Ursula von der Leyen", "Brussels", "2027-05-27", None, None,
     d.S("On Thursday evening, Paraguay's Foreign Minister", "Gateway programme."))

# ---------------- d16 CBC News: Nanaimo—Ladysmith federal byelection (politics; no events)
d = Doc("d16.txt", "CBC News", "2027-06-01"); docs.append(d)
d.B("CBC", "ORG", "CBC News", "CBC/Radio-Canada")
d.B("Raveena Sidhu-Thompson", "PERSON")
d.B("Gareth Ellwood-Kaye", "PERSON")
d.B("Toronto", "GPE")
d.B("Ontario", "GPE", "ON")
d.B("Canada", "GPE")
d.E("Liberal Party of Canada", "ORG", "Liberals")
d.E("Nanaimo—Ladysmith", "GPE")
d.E("Mark Carney", "PERSON", "Prime Minister Mark Carney", "Carney")
d.E("Conservative Party of Canada", "ORG", "Conservatives")
d.E("New Democratic Party", "ORG", "NDP")
d.E("Devinder Sandhu-Atwal", "PERSON", "Sandhu-Atwal")
d.E("Nanaimo", "GPE")
d.E("British Columbia", "GPE", "B.C.")
d.E("House of Commons of Canada", "ORG", "House of Commons")
d.E("Elections Canada", "ORG")
d.E("Brent Halvorsen-Yip", "PERSON")
d.E("Owen Thunderchild-Gray", "PERSON", "Thunderchild-Gray")
d.E("Hannah Sørlie", "PERSON")
d.E("Green Party of Canada", "ORG", "Green Party")
d.E("Parliament of Canada", "ORG", "Parliament")
d.E("Pierre Poilievre", "PERSON", "Conservative Leader Pierre Poilievre", "Poilievre")
d.E("Elizabeth May", "PERSON", "Green Leader Elizabeth May")
d.E("Saanich—Gulf Islands", "GPE")
d.E("Calum Nakamura-Reid", "PERSON")
d.E("Vancouver Island University", "ORG")
d.E("Ottawa", "GPE")
d.Q("People on this island", "Devinder Sandhu-Atwal")
d.Q("Starting tomorrow", "Devinder Sandhu-Atwal")
d.Q("Canadians want stability", "Mark Carney")
d.Q("run a strong local campaign", "Pierre Poilievre")
d.Q("Byelections come and go", "Pierre Poilievre")
d.Q("divided in a way that helped", "Elizabeth May")
d.Q("We pulled the conversation", "Owen Thunderchild-Gray")
d.Q("This is one of the most unpredictable", "Calum Nakamura-Reid")
d.Q("The Liberals won it", "Calum Nakamura-Reid")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

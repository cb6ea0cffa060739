"""Builds marsh-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- k01 Ukrinform: glide bombs on Orikhiv; FPV drone near Ternuvate (Zaporizhzhia Oblast)
d = Doc("k01.txt", "Ukrinform", "2027-05-03"); docs.append(d)
d.E("Ukrinform", "ORG")
d.E("Zaporizhzhia Oblast", "GPE", "Zaporizhzhia region")
d.E("Orikhiv", "GPE")
d.E("Ternuvate", "GPE")
d.E("Zaporizhzhia Regional Military Administration", "ORG")
d.E("Zaporizhzhia", "GPE", "ZAPORIZHZHIA", "Zaporizhzhia district")
d.E("Russia", "GPE")
d.E("Ivan Fedorov", "PERSON", "Governor Ivan Fedorov", "Fedorov")
d.E("Vostok SOS", "ORG")
d.E("Yurii Danylchenko", "PERSON")
d.E("Mykola Havryliuk-Sas", "PERSON")
d.E("Russian Ministry of Defence", "ORG", "Defence Ministry")
d.E("Stepnohirsk", "GPE")
d.E("United Nations Human Rights Monitoring Mission in Ukraine", "ORG", "UN Human Rights Monitoring Mission in Ukraine")
d.E("Kherson Oblast", "GPE", "Kherson")
d.E("Dnipropetrovsk Oblast", "GPE", "Dnipropetrovsk")
d.E("Volodymyr Zelensky", "PERSON", "Zelensky")
d.Q("The enemy dropped three KAB", "Ivan Fedorov")
d.Q("A 61-year-old woman", "Ivan Fedorov")
d.QP("We ask people to leave", "Yurii Danylchenko")
d.Q("Every time a bomb falls", "Yurii Danylchenko")
d.Q("shrapnel wounds to both legs", "Zaporizhzhia Regional Military Administration")
d.Q("Nobody will insure", "Mykola Havryliuk-Sas")
d.Q("heavy losses on the manpower", "Russian Ministry of Defence")
d.EV("ASSAULT", "Russia", None, "Orikhiv", "2027-05-02", 2, 5,
     d.S("ZAPORIZHZHIA, May 3 (Ukrinform) – Two civilians", "Ivan Fedorov said."),
     [d.S("Russian guided bombs kill two"),
      d.S("\"The enemy dropped three KAB", "wrote on Telegram."),
      d.S("\"A 61-year-old woman", "at the scene.\""),
      d.S("The wounded, among them", "he said.")])
d.EV("ASSAULT", "Russia", None, "Ternuvate", "2027-05-03", None, 1,
     d.S("Early on Monday, a Russian FPV drone", "Administration said."),
     [d.S("Russian guided bombs kill two"),
      d.S("The 44-year-old driver suffered", "it said.")])

# ---------------- k02 The Kyiv Independent: shelling of Hremiach; drones on Chernihiv; drones over Bryansk; Svyrydenko-Chaus
d = Doc("k02.txt", "The Kyiv Independent", "2027-05-05"); docs.append(d)
d.E("The Kyiv Independent", "ORG", "Kyiv Independent")
d.B("Daria Yaremchuk-Lind", "PERSON")
d.B("State Emergency Service of Ukraine", "ORG")
d.E("Ukraine", "GPE")
d.E("Russia", "GPE")
d.E("Chernihiv Oblast", "GPE")
d.E("Chernihiv", "GPE")
d.E("Hremiach", "GPE")
d.E("Viacheslav Chaus", "PERSON", "Governor Viacheslav Chaus", "Chaus")
d.E("Novhorod-Siverskyi", "GPE", "Novhorod-Siverskyi district")
d.E("Semenivka", "GPE", "Semenivka community")
d.E("Chernihivoblenergo", "ORG")
d.E("Yulia Svyrydenko", "PERSON", "Prime Minister Yulia Svyrydenko", "Svyrydenko")
d.E("Oleksandr Lomako", "PERSON")
d.E("Sumy Oblast", "GPE", "Sumy")
d.E("Kharkiv Oblast", "GPE", "Kharkiv")
d.E("Halyna Derkach", "PERSON")
d.E("Moscow", "GPE")
d.E("Bryansk Oblast", "GPE", "Bryansk")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Aleksandr Bogomaz", "PERSON", "Bryansk Governor Aleksandr Bogomaz")
d.E("Krasnopillia", "GPE", "Krasnopillia community")
d.Q("People in the border villages", "Viacheslav Chaus")
d.Q("If you hear the exit", "Viacheslav Chaus")
d.Q("The state will pay", "Yulia Svyrydenko")
d.Q("My husband is buried", "Halyna Derkach")
d.Q("Where would I go?", "Halyna Derkach")
d.EV("ASSAULT", "Russia", None, "Hremiach", "2027-05-04", 1, 2,
     d.S("A 73-year-old woman was killed", "Chaus said."),
     [d.S("Russian shelling kills woman"),
      d.S("The shells hit a street", "Chaus said."),
      d.S("The two injured men", "Novhorod-Siverskyi.")])
d.EV("ASSAULT", "Russia", None, "Chernihiv", "2027-05-05", None, None,
     d.S("Overnight on May 5, Russian Shahed-type drones", "Chernihivoblenergo said."),
     [d.S("Russian shelling kills woman"),
      d.S("Rescue workers clear debris", "May 5, 2027."),
      d.S("No one was injured.")])
d.EV("ASSAULT", "Ukraine", None, "Bryansk Oblast", "2027-05-05", None, None,
     d.S("Russia's Defense Ministry said that air defenses", "overnight."),
     [d.S("Bryansk Governor Aleksandr Bogomaz reported no casualties.")])
d.EV("CONSULT", "Yulia Svyrydenko", "Viacheslav Chaus", "Chernihiv", "2027-05-05", None, None,
     d.S("Later on May 5, Prime Minister", "border schools."),
     [d.S("\"The state will pay", "after the meeting.")])

# ---------------- k03 L'Orient Today: drone strike near Bint Jbeil; strike on Kfar Roummane; Aoun-Le Drian; Le Drian-Salam
d = Doc("k03.txt", "L'Orient Today", "2027-05-06"); docs.append(d)
d.E("L'Orient Today", "ORG", "L\u2019Orient Today")
d.B("Rami Haddad-Farhat", "PERSON")
d.B("Kamal Bazzi", "PERSON")
d.E("Lebanon", "GPE")
d.E("Israel", "GPE")
d.E("Bint Jbeil", "GPE")
d.E("Aynata", "GPE")
d.E("Lebanese Ministry of Public Health", "ORG", "Health Ministry")
d.E("Public Health Emergency Operations Center", "ORG")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Hezbollah", "ORG")
d.E("Kfar Roummane", "GPE")
d.E("Nabatieh", "GPE")
d.E("National News Agency", "ORG", "NNA")
d.E("Ali Dakroub", "PERSON")
d.E("Joseph Aoun", "PERSON", "President Joseph Aoun", "Aoun")
d.E("Jean-Yves Le Drian", "PERSON", "Le Drian")
d.E("Baabda", "GPE")
d.E("Paris", "GPE")
d.E("France", "GPE")
d.E("Nawaf Salam", "PERSON", "Prime Minister Nawaf Salam")
d.E("Beirut", "GPE")
d.E("Hassan Fadlallah", "PERSON")
d.E("United Nations", "ORG")
d.E("Kfar Kila", "GPE")
d.Q("eliminated a Hezbollah operative", "Israel Defense Forces")
d.Q("a Hezbollah weapons storage facility", "Israel Defense Forces")
d.Q("They were going to pour", "Ali Dakroub")
d.Q("Is that infrastructure?", "Ali Dakroub")
d.Q("France will not accept", "Jean-Yves Le Drian")
d.Q("The Lebanese army is doing its part", "Jean-Yves Le Drian")
d.Q("is committed to the exclusive", "Joseph Aoun")
d.Q("undermining every step", "Joseph Aoun")
d.Q("The committee meets", "Hassan Fadlallah")
d.EV("ASSAULT", "Israel", None, "Bint Jbeil", "2027-05-06", 2, 1,
     d.S("Two men were killed Thursday morning", "in a statement."),
     [d.S("Israeli drone strike on car near Bint Jbeil"),
      d.S("The ministry\u2019s Public Health", "by shrapnel."),
      d.S("The Israel Defense Forces (IDF) said", "southern Lebanon.\u201d")])
d.EV("ASSAULT", "Israel", None, "Kfar Roummane", "2027-05-06", None, 4,
     d.S("Hours later, an Israeli strike hit", "(NNA)."),
     [d.S("The army said the building housed", "facility.\u201d")])
d.EV("CONSULT", "Joseph Aoun", "Jean-Yves Le Drian", "Baabda", "2027-05-06", None, None,
     d.S("President Joseph Aoun received", "Thursday afternoon."),
     [d.S("Israeli drone strike on car near Bint Jbeil"),
      d.S("According to the presidency, the two discussed", "in Paris."),
      d.S("\u201cFrance will not accept", "after the meeting."),
      d.S("Aoun, according to the statement", "army takes.\u201d")])
d.EV("CONSULT", "Jean-Yves Le Drian", "Nawaf Salam", "Beirut", "2027-05-06", None, None,
     d.S("Le Drian later met Prime Minister Nawaf Salam", "in Beirut."))

# ---------------- k04 The Irrawaddy: air force bombs Min Pyin Gyi (Ramree); AA overruns outpost near Kyaukphyu; AA-Deng Xijun in Kunming
d = Doc("k04.txt", "The Irrawaddy", "2027-05-08"); docs.append(d)
d.E("The Irrawaddy", "ORG")
d.E("Myanmar", "GPE", "Burma")
d.E("Rakhine", "GPE", "Rakhine State")
d.E("Arakan Army", "ORG", "AA")
d.E("Kyaukphyu", "GPE")
d.E("Min Pyin Gyi", "GPE")
d.E("Ramree", "GPE", "Ramree Township")
d.B("Ramree Township People's Administration", "ORG")
d.E("Myanmar Air Force", "ORG")
d.E("Maung Tin Aye", "PERSON", "U Maung Tin Aye")
d.E("Zaw Min Tun", "PERSON", "Maj-Gen Zaw Min Tun")
d.E("Sittwe", "GPE")
d.E("Manaung", "GPE")
d.E("Nyo Twan Awng", "PERSON", "Brig-Gen Nyo Twan Awng")
d.E("China", "GPE")
d.E("Deng Xijun", "PERSON")
d.E("Kunming", "GPE")
d.E("Yunnan", "GPE", "Yunnan Province")
d.E("Thiri Kyaw Soe", "PERSON")
d.E("Institute for Strategy and Policy \u2013 Myanmar", "ORG")
d.E("Naypyitaw", "GPE")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "UN Office for the Coordination of Humanitarian Affairs")
d.E("Ann", "GPE", "Ann Township")
d.Q("There were no soldiers", "Maung Tin Aye")
d.Q("a deliberate war crime", "Arakan Army")
d.Q("defend the Kyaukphyu deep-sea port", "Zaw Min Tun")
d.Q("China wants a guarantee", None)
d.Q("The AA has become the gatekeeper", "Thiri Kyaw Soe")
d.Q("Naypyitaw can bomb villages", "Thiri Kyaw Soe")
d.EV("ASSAULT", "Myanmar Air Force", None, "Min Pyin Gyi", "2027-05-06", 11, 17,
     d.S("Eleven civilians, including three novice monks", "Arakan Army (AA)."),
     [d.S("Junta Airstrike Kills 11"),
      d.S("Villagers search the rubble", "on Thursday."),
      d.S("The jet dropped two bombs", "The Irrawaddy."),
      d.S("The Arakan Army said in a statement that the attack", "AA's advance."),
      d.S("The junta has not commented on the Ramree airstrike.")])
d.EV("ASSAULT", "Arakan Army", None, "Kyaukphyu", "2027-05-05", 25, None,
     d.S("The AA also said on Friday that its troops", "including a major."),
     [d.S("The claim could not be independently verified.")])
d.EV("CONSULT", "Arakan Army", "Deng Xijun", "Kunming", "2027-05-06", None, None,
     d.S("On Thursday, an AA delegation led by", "close to the group said."))

# ---------------- k05 Africanews/AFP: JNIM attack on Djibo; air force strike near Baraboulé; Traoré-Camara-Mody (AES) in Ouagadougou
d = Doc("k05.txt", "Africanews", "2027-05-10"); docs.append(d)
d.B("Africanews", "ORG", "africanews")
d.E("AFP", "ORG")
d.E("Burkina Faso", "GPE")
d.E("Djibo", "GPE")
d.E("Ouagadougou", "GPE")
d.E("al-Qaeda", "ORG")
d.E("Group for the Support of Islam and Muslims", "ORG", "JNIM")
d.E("Volunteers for the Defence of the Homeland", "ORG", "VDP")
d.E("Az-Zallaqa", "ORG")
d.E("Ibrahim Traoré", "PERSON", "Captain Ibrahim Traoré", "Traoré")
d.E("Radiodiffusion Télévision du Burkina", "ORG", "RTB")
d.E("Burkinabe Air Force", "ORG")
d.E("Baraboulé", "GPE")
d.E("Soum", "GPE", "Soum province")
d.E("Mali", "GPE")
d.E("Hamadoum Sidibé", "PERSON")
d.E("Barsalogho", "GPE")
d.E("Armed Conflict Location & Event Data", "ORG", "ACLED")
d.E("Sadio Camara", "PERSON", "Malian Defence Minister Sadio Camara", "Camara")
d.E("Salifou Mody", "PERSON")
d.E("Alliance of Sahel States", "ORG", "AES")
d.E("Gao", "GPE")
d.E("Tillabéri", "GPE")
d.E("Ousmane Dicko-Barry", "PERSON")
d.E("Dakar", "GPE")
d.E("Timbuktu Institute", "ORG")
d.E("Bamako", "GPE")
d.E("Niger", "GPE")
d.E("Abdourahamane Tiani", "PERSON", "Tiani")
d.Q("The assailants came from three directions", None)
d.Q("punished the mercenaries", "Group for the Support of Islam and Muslims")
d.Q("repelled a terrorist incursion", "Radiodiffusion Télévision du Burkina")
d.Q("dozens of motorcycles", "Radiodiffusion Télévision du Burkina")
d.Q("People eat once a day", "Hamadoum Sidibé")
d.Q("Our three armies", "Sadio Camara")
d.Q("The VDP are brave", "Ousmane Dicko-Barry")
d.Q("JNIM knows exactly", "Ousmane Dicko-Barry")
d.EV("ASSAULT", "Group for the Support of Islam and Muslims", None, "Djibo", "2027-05-08", 34, 50,
     d.S("At least 34 soldiers and volunteers", "on Sunday."),
     [d.S("Burkina Faso: dozens of soldiers killed"),
      d.S("The attack, claimed by the al-Qaeda-linked", "were wounded."),
      d.S("\"The assailants came from three directions", "by telephone."),
      d.S("JNIM said in a statement released", "the junta.\""),
      d.S("State broadcaster RTB said on Sunday evening", "in Djibo.")])
d.EV("ASSAULT", "Burkinabe Air Force", None, "Baraboulé", "2027-05-09", None, None,
     d.S("According to RTB, the Burkinabe Air Force", "pick-up trucks\"."))
d.EV("CONSULT", "Ibrahim Traoré", "Sadio Camara", "Ouagadougou", "2027-05-09", None, None,
     d.S("On Sunday, Traoré received", "the presidency said."),
     [d.S("\"Our three armies", "according to a statement.")])

# ---------------- k06 Premium Times: bandit raid on Gidan Kaura (Maru, Zamfara); Lawal-Ribadu in Abuja
d = Doc("k06.txt", "Premium Times", "2027-05-11"); docs.append(d)
d.E("Premium Times", "ORG", "PREMIUM TIMES")
d.B("Abdulrahman Sani Bello", "PERSON")
d.E("Nigeria", "GPE")
d.E("Gidan Kaura", "GPE")
d.E("Maru", "GPE", "Maru Local Government Area")
d.E("Zamfara", "GPE", "Zamfara State")
d.E("Musa Lawali-Dankande", "PERSON")
d.E("Aliyu Ibrahim Gusau", "PERSON")
d.E("Bello Turji", "PERSON")
d.E("Sokoto", "GPE")
d.E("Dauda Lawal", "PERSON", "Mr Lawal")
d.E("Community Protection Guards", "ORG")
d.E("Nuhu Ribadu", "PERSON", "Ribadu")
d.E("Abuja", "GPE")
d.E("Habibu Danmaliki Idris", "PERSON")
d.E("Tsafe", "GPE")
d.E("Dansadau", "GPE")
d.E("Amnesty International Nigeria", "ORG")
d.E("Isa Sanusi", "PERSON", "Mr Sanusi")
d.E("Katsina", "GPE")
d.E("Lakurawa", "ORG")
d.E("Tangaza", "GPE")
d.Q("They came shortly after Maghrib", "Musa Lawali-Dankande")
d.Q("to rescue the kidnapped victims unhurt", "Aliyu Ibrahim Gusau")
d.Q("barbaric and cowardly", "Dauda Lawal")
d.Q("The governor told the NSA", "Habibu Danmaliki Idris")
d.Q("He requested more troops", "Habibu Danmaliki Idris")
d.Q("not abandon Zamfara to criminals", "Nuhu Ribadu")
d.Q("a total collapse of protection", "Amnesty International Nigeria")
d.Q("Every time this happens", "Isa Sanusi")
d.EV("ASSAULT", None, None, "Gidan Kaura", "2027-05-09", 19, 11,
     d.S("Gunmen suspected to be bandits have killed 19", "Zamfara State."),
     [d.S("Bandits kill 19, abduct dozens"),
      d.S("The attack occurred on Sunday evening", "PREMIUM TIMES."),
      d.S("He said 11 injured villagers", "in Maru."),
      d.S("The police spokesperson in Zamfara State", "at 14."),
      d.S("The Zamfara State Governor, Dauda Lawal, condemned", "in the area.")])
d.EV("CONSULT", "Dauda Lawal", "Nuhu Ribadu", "Abuja", "2027-05-10", None, None,
     d.S("On Monday, Mr Lawal met", "Habibu Danmaliki Idris."),
     [d.S("\"The governor told the NSA", "the statement said."),
      d.S("Ribadu assured the governor", "the statement added.")])

# ---------------- k07 Dawn: BLA attack on bus near Turbat (Kech); grenade in Quetta; Bugti-Naqvi in Quetta
d = Doc("k07.txt", "Dawn", "2027-05-13"); docs.append(d)
d.E("Dawn", "ORG", "DAWN")
d.B("Shahzad Qambrani", "PERSON")
d.E("Pakistan", "GPE")
d.E("Balochistan", "GPE")
d.E("Turbat", "GPE", "TURBAT")
d.E("Karachi", "GPE")
d.E("Kech", "GPE", "Kech district")
d.E("Abdul Wahid Shehzad", "PERSON", "Kech Deputy Commissioner Abdul Wahid Shehzad")
d.E("Punjab", "GPE")
d.E("Balochistan Liberation Army", "ORG", "BLA")
d.E("Samina Rauf Mengal", "PERSON")
d.E("Quetta", "GPE")
d.E("Sarfraz Bugti", "PERSON", "Chief Minister Sarfraz Bugti", "Mr Bugti")
d.E("Mohsin Naqvi", "PERSON", "Interior Minister Mohsin Naqvi", "Mr Naqvi")
d.E("Chief Minister's Secretariat", "ORG")
d.E("Frontier Corps", "ORG")
d.E("Naseer Ahmed Dashti", "PERSON")
d.E("Human Rights Commission of Pakistan", "ORG", "HRCP")
d.E("Gwadar", "GPE")
d.QS("Their target is the road", "Sarfraz Bugti")
d.Q("Among the dead are", "Abdul Wahid Shehzad")
d.Q("personnel of the occupying forces", "Balochistan Liberation Army")
d.Q("a lie to justify", "Samina Rauf Mengal")
d.Q("The terrorists want to cut", "Sarfraz Bugti")
d.QS("every resource needed", "Mohsin Naqvi")
d.Q("My brother called me", "Naseer Ahmed Dashti")
d.Q("Now I am told", "Naseer Ahmed Dashti")
d.Q("the targeting of travellers", "Human Rights Commission of Pakistan")
d.EV("ASSAULT", "Balochistan Liberation Army", None, "Turbat", "2027-05-12", 7, 12,
     d.S("TURBAT: At least seven people", "officials said."),
     [d.S("'Their target is the road': 7 killed"),
      d.S("Kech Deputy Commissioner", "turn back."),
      d.S("\"Among the dead are", "critical condition."),
      d.S("The banned Balochistan Liberation Army", "civilian disguise\".")])
d.EV("ASSAULT", None, None, "Quetta", "2027-05-11", None, 2,
     d.S("In a separate incident, two policemen", "police said."),
     [d.S("No group claimed the attack.")])
d.EV("CONSULT", "Sarfraz Bugti", "Mohsin Naqvi", "Quetta", "2027-05-12", None, None,
     d.S("Chief Minister Sarfraz Bugti and Interior Minister", "Secretariat."),
     [d.S("The meeting decided to deploy", "the M-8."),
      d.S("\"The terrorists want to cut", "after the meeting."),
      d.S("The statement quoted Mr Naqvi", "of the province.")])

# ---------------- k08 EFE: car bomb in Suárez (Cauca); drone on army base in Argelia
d = Doc("k08.txt", "EFE", "2027-05-14"); docs.append(d)
d.E("EFE", "ORG", "Agencia EFE")
d.E("Colombia", "GPE")
d.E("Cauca", "GPE")
d.E("Popayán", "GPE")
d.E("Suárez", "GPE")
d.E("National Police of Colombia", "ORG", "National Police")
d.E("Octavio Guzmán", "PERSON", "Guzmán")
d.E("Jaime Martínez Front", "ORG", "Jaime Martínez front", "Jaime Martínez")
d.E("Revolutionary Armed Forces of Colombia", "ORG", "FARC")
d.E("Estado Mayor Central", "ORG", "EMC")
d.E("Santander de Quilichao", "GPE")
d.E("Jamundí", "GPE")
d.E("Luz Dary Mina Carabalí", "PERSON")
d.E("Argelia", "GPE")
d.E("Colombian Army", "ORG")
d.E("Carlos Patiño Front", "ORG", "Carlos Patiño front", "Carlos Patiño")
d.E("Iván Mordisco", "PERSON", "Néstor Gregorio Vera")
d.E("Gustavo Petro", "PERSON")
d.E("Colombian Ombudsman's Office", "ORG", "Ombudsman's Office")
d.E("Juan Camilo Restrepo-Ossa", "PERSON")
d.E("Ideas for Peace Foundation", "ORG", "FIP")
d.E("National Liberation Army", "ORG", "ELN")
d.E("Arauca", "GPE")
d.Q("This is a criminal act", "Octavio Guzmán")
d.Q("We will not let them take", "Octavio Guzmán")
d.Q("We heard the explosion", "Luz Dary Mina Carabalí")
d.Q("confirms the risk we documented", "Colombian Ombudsman's Office")
d.Q("They do not need to win battles", "Juan Camilo Restrepo-Ossa")
d.Q("Every car bomb buys", "Juan Camilo Restrepo-Ossa")
d.EV("ASSAULT", None, None, "Suárez", "2027-05-13", 3, 9,
     d.S("Popayán (Colombia), May 14 (EFE).- Three police officers", "authorities said."),
     [d.S("Car bomb kills three police officers"),
      d.S("According to the National Police, the vehicle", "a patrol was leaving."),
      d.S("Among the wounded are two children", "reported."),
      d.S("The Cauca governor, Octavio Guzmán, blamed", "Jamundí.")])
d.EV("ASSAULT", "Carlos Patiño Front", "Colombian Army", "Argelia", "2027-05-13", None, 4,
     d.S("Hours later, a drone dropped explosives", "in a statement."),
     [d.S("Car bomb kills three police officers"),
      d.S("It said the attack had been carried out", "EMC faction.")])

# ---------------- k09 The Guardian: Reform UK wins Stoke-on-Trent Central byelection (politics; no events)
d = Doc("k09.txt", "The Guardian", "2027-05-07"); docs.append(d)
d.B("The Guardian", "ORG")
d.B("Helena Brightwell-Adu", "PERSON")
d.B("Christopher Furlong", "PERSON")
d.B("Getty Images", "ORG")
d.E("Reform UK", "ORG", "Reform")
d.E("Stoke-on-Trent Central", "GPE")
d.E("Keir Starmer", "PERSON", "Starmer")
d.E("Nigel Farage", "PERSON", "Farage")
d.E("Labour Party", "ORG", "Labour")
d.E("Danielle Oakes-Mbatha", "PERSON", "Oakes-Mbatha")
d.E("Imran Qureshi", "PERSON")
d.E("Conservative Party", "ORG", "Conservatives")
d.E("Green Party of England and Wales", "ORG", "Greens", "Green party")
d.E("Gareth Snell", "PERSON")
d.E("Stoke-on-Trent", "GPE", "Stoke")
d.E("London", "GPE")
d.E("Essex", "GPE")
d.E("Kemi Badenoch", "PERSON")
d.E("Zack Polanski", "PERSON")
d.E("Aisling Roberts-Nwosu", "PERSON", "Dr Aisling Roberts-Nwosu")
d.E("University of Nottingham", "ORG")
d.E("Staffordshire", "GPE")
d.QS("We are coming for every red brick", "Nigel Farage")
d.QP("People in this city have voted", "Danielle Oakes-Mbatha")
d.Q("I will be a full-time MP", "Danielle Oakes-Mbatha")
d.Q("anywhere Labour has taken", "Nigel Farage")
d.Q("We are coming for every red brick", "Nigel Farage", nth=1)
d.Q("This is a disappointing result", "Labour Party")
d.Q("tough for Labour", "Keir Starmer")
d.Q("People want to see change faster", "Keir Starmer")
d.Q("a long road back", "Kemi Badenoch")
d.Q("the progressive vote no longer", "Zack Polanski")
d.Q("What is new is the size", "Aisling Roberts-Nwosu")

# ---------------- k10 Arizona Mirror: budget talks; Hobbs-Kittredge/Valdez-Hartley in Phoenix
d = Doc("k10.txt", "Arizona Mirror", "2027-05-19"); docs.append(d)
d.E("Arizona Mirror", "ORG")
d.B("Marisol Ocampo-Reyes", "PERSON")
d.B("Caleb Nwankwo-Trent", "PERSON")
d.B("States Newsroom", "ORG")
d.E("Katie Hobbs", "PERSON", "Gov. Katie Hobbs", "Hobbs")
d.E("Arizona", "GPE")
d.E("Phoenix", "GPE")
d.E("Republican Party", "ORG", "GOP", "Republicans")
d.E("Democratic Party", "ORG", "Democrats")
d.E("Arizona Legislature", "ORG", "Legislature")
d.E("Brandon Kittredge", "PERSON", "Senate President Brandon Kittredge", "Kittredge")
d.E("Lorena Valdez-Hartley", "PERSON", "House Speaker Lorena Valdez-Hartley", "Valdez-Hartley")
d.E("Arizona Health Care Cost Containment System", "ORG")
d.E("Joint Legislative Budget Committee", "ORG")
d.E("Priya Deshmukh-Carroll", "PERSON", "Senate Minority Leader Priya Deshmukh-Carroll")
d.E("Tucson", "GPE")
d.E("Dana Whitlock-Ayala", "PERSON")
d.E("Morrison Institute for Public Policy", "ORG")
d.E("Arizona State University", "ORG")
d.E("Arizona Senate", "ORG")
d.E("Pinal", "GPE", "Pinal County")
d.QS("We are not going to shut down the state", "Katie Hobbs")
d.Q("It was a frank conversation", "Brandon Kittredge")
d.Q("We are still far apart", "Brandon Kittredge")
d.Q("We are not going to shut down the state, and", "Katie Hobbs")
d.Q("moving the goalposts", "Lorena Valdez-Hartley")
d.Q("a structural shortfall", "Joint Legislative Budget Committee")
d.Q("a budget that balances", "Priya Deshmukh-Carroll")
d.Q("Nobody wants to own a shutdown", "Dana Whitlock-Ayala")
d.Q("The question is how much", "Dana Whitlock-Ayala")
d.EV("CONSULT", "Katie Hobbs", "Brandon Kittredge", "Phoenix", "2027-05-18", None, None,
     d.S("Gov. Katie Hobbs met Tuesday afternoon", "fiscal year ends."),
     [d.S("Hobbs, GOP leaders meet as budget talks stall"),
      d.S("Hobbs, a Democrat, sat down with", "both sides."),
      d.S("Neither side described the meeting as a breakthrough."),
      d.S("\"It was a frank conversation", "afterward.")])

# ---------------- k11 The Korea Herald: Seorim Battery Q1 results (business; no events)
d = Doc("k11.txt", "The Korea Herald", "2027-04-30"); docs.append(d)
d.B("The Korea Herald", "ORG")
d.B("Park Ji-won", "PERSON")
d.E("Seorim Battery", "ORG", "Seorim")
d.E("South Korea", "GPE", "Korea")
d.E("Cheongju", "GPE")
d.E("North Chungcheong", "GPE", "North Chungcheong Province")
d.E("Yonhap Infomax", "ORG")
d.E("Yoon Seok-hwan", "PERSON", "Chief Executive Officer Yoon Seok-hwan", "Yoon")
d.E("Tennessee", "GPE")
d.E("Min Hae-rin", "PERSON", "Chief Financial Officer Min Hae-rin")
d.E("LG Energy Solution", "ORG")
d.E("Samsung SDI", "ORG")
d.E("Kang Min-jae", "PERSON")
d.E("Kiwoom Securities", "ORG")
d.E("Lee Seo-yeon", "PERSON")
d.E("Mirae Asset Securities", "ORG")
d.E("Washington", "GPE")
d.E("Samsung Electronics", "ORG")
d.Q("The energy storage business has become", "Yoon Seok-hwan")
d.Q("We expect it to account", "Yoon Seok-hwan")
d.Q("before the second half of 2028", "Min Hae-rin")
d.Q("The storage pivot came earlier", "Kang Min-jae")
d.Q("Chinese suppliers are still", "Lee Seo-yeon")
d.Q("If Washington softens", "Lee Seo-yeon")

# ---------------- k12 Reuters: Copom cuts the Selic to 12.25% (business; no events)
d = Doc("k12.txt", "Reuters", "2027-05-06"); docs.append(d)
d.E("Reuters", "ORG", "REUTERS")
d.B("Tatiana Bezerra-Lobo", "PERSON")
d.B("Marcos Aurélio Fontes", "PERSON")
d.B("Leandro Tavares-Brito", "PERSON")
d.B("Rosalind Keane-Murray", "PERSON")
d.B("Thomson Reuters", "ORG")
d.E("Brazil", "GPE")
d.E("Central Bank of Brazil", "ORG", "Banco Central do Brasil")
d.E("Brasília", "GPE", "Brasilia", "BRASILIA")
d.E("Central Bank of Brazil Monetary Policy Committee", "ORG", "Monetary Policy Committee", "Copom")
d.E("Camila Sant'Anna Rezende", "PERSON")
d.E("Banco Alvorada", "ORG")
d.E("São Paulo", "GPE", "Sao Paulo")
d.E("Gabriel Galípolo", "PERSON", "Gabriel Galipolo")
d.E("Brazilian Ministry of Finance", "ORG", "Finance Ministry")
d.E("XP Investimentos", "ORG")
d.E("Eduardo Kowalski Neto", "PERSON")
d.Q("The committee judges", "Central Bank of Brazil Monetary Policy Committee")
d.Q("Future steps will depend", "Central Bank of Brazil Monetary Policy Committee")
d.Q("of the same magnitude", "Central Bank of Brazil Monetary Policy Committee")
d.Q("The door to a pause", "Camila Sant'Anna Rezende")
d.Q("The bank is worried", "Camila Sant'Anna Rezende")
d.Q("to be boring and predictable", "Gabriel Galípolo")
d.Q("a step in the right direction", "Brazilian Ministry of Finance")
d.Q("We think the committee", "Eduardo Kowalski Neto")
d.Q("A pause in June", "Eduardo Kowalski Neto")

# ---------------- k13 Andina: dengue in Piura and Tumbes; Quispe-Barbosa (PAHO) in Lima
d = Doc("k13.txt", "Andina", "2027-05-17"); docs.append(d)
d.E("Andina", "ORG", "ANDINA", "Agencia Peruana de Noticias")
d.E("Peru", "GPE")
d.E("Lima", "GPE")
d.E("Piura", "GPE")
d.E("Tumbes", "GPE")
d.E("Peruvian Ministry of Health", "ORG", "Ministry of Health", "Minsa")
d.E("National Center for Epidemiology, Prevention and Disease Control", "ORG", "CDC-Minsa")
d.E("Sullana", "GPE")
d.E("Castilla", "GPE")
d.E("Veintiséis de Octubre", "GPE")
d.E("Zarumilla", "GPE")
d.E("Aguas Verdes", "GPE")
d.E("Lambayeque", "GPE")
d.E("La Libertad", "GPE")
d.E("San Martín", "GPE")
d.E("Rosa Elvira Quispe Manrique", "PERSON", "Health Minister Rosa Elvira Quispe Manrique", "Quispe")
d.E("Pan American Health Organization", "ORG", "PAHO")
d.E("Jarbas Barbosa", "PERSON", "Barbosa")
d.E("Luis Enrique Zapata Aldana", "PERSON")
d.E("Karina Yovera Chunga", "PERSON")
d.E("Walter Huamán Cárdenas", "PERSON", "Dr. Walter Huamán Cárdenas")
d.E("Universidad Peruana Cayetano Heredia", "ORG", "Cayetano Heredia Peruvian University")
d.E("EsSalud", "ORG")
d.Q("The mosquito does not come", "Rosa Elvira Quispe Manrique")
d.Q("If every family spends", "Rosa Elvira Quispe Manrique")
d.Q("Peru is facing one of", "Jarbas Barbosa")
d.Q("We have patients on chairs", "Karina Yovera Chunga")
d.Q("Ten years ago", "Walter Huamán Cárdenas")
d.EV("CONSULT", "Rosa Elvira Quispe Manrique", "Jarbas Barbosa", "Lima", "2027-05-14", None, None,
     d.S("On Friday, Quispe met the director", "in Lima."),
     [d.S("According to Minsa, the two agreed", "northern regions."),
      d.S("\"Peru is facing one of", "after the meeting.")])

# ---------------- k14 Phys.org: Northeast Greenland Ice Stream thinning study (science; no events)
d = Doc("k14.txt", "Phys.org", "2027-05-20"); docs.append(d)
d.B("Phys.org", "ORG")
d.B("Signe Falk-Rasmussen", "PERSON")
d.B("Mads Kristoffer Lund", "PERSON")
d.E("Greenland", "GPE")
d.E("University of Copenhagen", "ORG")
d.E("Geological Survey of Denmark and Greenland", "ORG", "GEUS")
d.E("Communications Earth & Environment", "ORG")
d.E("Anders Vinther-Møller", "PERSON", "Vinther-Møller")
d.E("Niels Bohr Institute", "ORG")
d.E("Nivi Olsvig Heilmann", "PERSON")
d.E("Nuuk", "GPE")
d.E("Intergovernmental Panel on Climate Change", "ORG", "IPCC")
d.E("Ruth Ackermann-Obi", "PERSON", "Dr. Ruth Ackermann-Obi")
d.E("Alfred Wegener Institute", "ORG")
d.E("Bremerhaven", "GPE")
d.E("Germany", "GPE")
d.E("Villum Foundation", "ORG")
d.E("European Space Agency", "ORG")
d.Q("We used to think", "Anders Vinther-Møller")
d.Q("It is not sleeping anymore", "Anders Vinther-Møller")
d.Q("What surprised us", "Nivi Olsvig Heilmann")
d.Q("Changes at the coast", "Nivi Olsvig Heilmann")
d.Q("a serious warning", "Ruth Ackermann-Obi")
d.Q("Most ice sheet models", "Ruth Ackermann-Obi")
d.Q("We have been looking", "Anders Vinther-Møller")
d.Q("Now we need to look", "Anders Vinther-Møller")

# ---------------- k15 The EastAfrican: AU extraordinary summit in Addis Ababa; Abiy-Ruto; Youssouf-Kamil Idris
d = Doc("k15.txt", "The EastAfrican", "2027-05-24"); docs.append(d)
d.E("The EastAfrican", "ORG", "THE EASTAFRICAN")
d.B("Tesfaye Gebremariam-Odhiambo", "PERSON")
d.E("African Union", "ORG", "AU")
d.E("Addis Ababa", "GPE", "Addis")
d.E("Sudan", "GPE")
d.E("African Union Peace and Security Council", "ORG", "AU Peace and Security Council")
d.E("Burkina Faso", "GPE")
d.E("El Obeid", "GPE")
d.E("North Kordofan", "GPE", "North Kordofan state")
d.E("African Union Commission", "ORG", "AU Commission")
d.E("Mahmoud Ali Youssouf", "PERSON", "Youssouf")
d.E("Abiy Ahmed", "PERSON", "Ethiopian Prime Minister Abiy Ahmed")
d.E("William Ruto", "PERSON", "Kenyan President William Ruto", "Ruto")
d.E("Somalia", "GPE")
d.E("Ethiopian Office of the Prime Minister", "ORG", "Office of the Prime Minister")
d.E("Kenya", "GPE")
d.E("Ethiopia", "GPE")
d.E("Kamil Idris", "PERSON", "Idris")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Darfur", "GPE")
d.E("Kordofan", "GPE")
d.E("Omar Hamdan al-Tayeb", "PERSON")
d.E("Nigeria", "GPE")
d.E("Algeria", "GPE")
d.E("Meron Tsegaye-Lindqvist", "PERSON", "Dr Meron Tsegaye-Lindqvist")
d.E("Institute for Security Studies", "ORG", "ISS")
d.E("Samia Suluhu Hassan", "PERSON", "Samia")
d.E("Namanga", "GPE")
d.E("African Union Support and Stabilisation Mission in Somalia", "ORG", "AUSSOM")
d.QP("Africa cannot keep outsourcing", "Mahmoud Ali Youssouf")
d.Q("Today I am asking you for both.", "Mahmoud Ali Youssouf")
d.Q("engage both parties", "African Union")
d.Q("Kenya and Ethiopia do not compete", "William Ruto")
d.Q("You cannot discuss Sudan", "Kamil Idris")
d.Q("was born dead.", "Omar Hamdan al-Tayeb")
d.Q("structures, not money.", "Meron Tsegaye-Lindqvist")
d.Q("The contact group can matter", "Meron Tsegaye-Lindqvist")
d.EV("CONSULT", "African Union", None, "Addis Ababa", "2027-05-22", None, None,
     d.S("African Union heads of state and government met", "West Africa."),
     [d.S("AU leaders agree Sudan contact group"),
      d.S("African leaders pose for a family photo", "May 22, 2027."),
      d.S("The one-day summit, attended by 31", "North Kordofan state."),
      d.S("In its final communiqué", "without preconditions.\"")])
d.EV("CONSULT", "Abiy Ahmed", "William Ruto", "Addis Ababa", "2027-05-22", None, None,
     d.S("On the sidelines of the summit, Ethiopian Prime Minister", "Office of the Prime Minister."),
     [d.S("\"Kenya and Ethiopia do not compete", "after the meeting.")])
d.EV("CONSULT", "Mahmoud Ali Youssouf", "Kamil Idris", "Addis Ababa", "2027-05-21", None, None,
     d.S("On Friday, Youssouf hosted", "AU headquarters."),
     [d.S("Idris urged the AU to lift", "at the table."),
      d.S("\"You cannot discuss Sudan", "after the meeting.")])

# ---------------- k16 CBC News: Alberta general election, UCP re-elected (politics; no events)
d = Doc("k16.txt", "CBC News", "2027-10-19"); docs.append(d)
d.B("CBC News", "ORG")
d.B("Canadian Broadcasting Corporation", "ORG", "CBC/Radio-Canada")
d.B("Janelle Whitecalf-Morin", "PERSON")
d.B("Leah Hennessey-Kaur", "PERSON")
d.E("Canada", "GPE")
d.E("Calgary", "GPE")
d.E("Danielle Smith", "PERSON", "Premier Danielle Smith", "Smith")
d.E("United Conservative Party", "ORG", "UCP")
d.E("Alberta", "GPE")
d.E("Naheed Nenshi", "PERSON", "Nenshi")
d.E("Alberta New Democratic Party", "ORG", "NDP")
d.E("Edmonton", "GPE")
d.E("Elections Alberta", "ORG")
d.E("Ottawa", "GPE")
d.E("Calgary-Elbow", "GPE")
d.E("St. Albert", "GPE")
d.E("Sherwood Park", "GPE")
d.E("Marguerite Okonkwo-Leblanc", "PERSON")
d.E("Mount Royal University", "ORG")
d.E("Mark Carney", "PERSON", "Prime Minister Mark Carney")
d.Q("trusting us with your jobs", "Danielle Smith")
d.Q("Albertans have told Ottawa", "Danielle Smith")
d.Q("And they have told me", "Danielle Smith")
d.Q("never been closer", "Naheed Nenshi")
d.Q("We did not win tonight", "Naheed Nenshi")
d.Q("I will be back in the legislature", "Naheed Nenshi")
d.Q("a comfortable win", "Marguerite Okonkwo-Leblanc")
d.Q("Rural Alberta stayed", "Marguerite Okonkwo-Leblanc")
d.Q("continuing our work together", "Mark Carney")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

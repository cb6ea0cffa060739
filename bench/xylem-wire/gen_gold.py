"""Builds xylem-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- x01 Hespress English: FAR drone strike near Tifariti; Polisario shelling in the Mahbes sector; de Mistura-Ghali in Rabouni
d = Doc("x01.txt", "Hespress English", "2027-10-01"); docs.append(d)
d.E("Hespress English", "ORG", "Hespress")
d.B("Yassine Benjelloun-Amrani", "PERSON")
d.B("Karim Ouazzani", "PERSON")
d.E("Tifariti", "GPE")
d.E("Polisario Front", "ORG", "Polisario")
d.E("Mahbes", "GPE", "Mahbes sector")
d.E("Staffan de Mistura", "PERSON", "de Mistura", "De Mistura")
d.E("Brahim Ghali", "PERSON", "Polisario Secretary-General Brahim Ghali", "Ghali")
d.E("Tindouf", "GPE")
d.E("United Nations Mission for the Referendum in Western Sahara", "ORG", "MINURSO")
d.E("Royal Moroccan Armed Forces", "ORG", "Royal Armed Forces", "FAR")
d.E("Smara", "GPE")
d.E("Western Sahara", "GPE")
d.E("Algeria", "GPE")
d.E("Rabouni", "GPE")
d.E("Sahara Press Service", "ORG", "SPS")
d.E("United Nations", "ORG", "UN")
d.E("United Nations Security Council", "ORG", "Security Council")
d.E("Algiers", "GPE")
d.E("Nouakchott", "GPE")
d.E("Fabienne Oduya-Leclercq", "PERSON")
d.E("Rabat", "GPE")
d.E("Nasser Bourita", "PERSON", "Foreign Minister Nasser Bourita")
d.E("Morocco", "GPE")
d.E("Hicham Ait Lahcen-Berrada", "PERSON")
d.E("Policy Center for the New South", "ORG")
d.E("New York", "GPE")
d.E("Laayoune", "GPE")
d.E("Dakhla", "GPE")
d.Q("an armed unit preparing", None)
d.Q("in response to the crime of Tifariti", "Polisario Front")
d.Q("in open ground far from our units", None)
d.Q("aware of the reports", "United Nations Mission for the Referendum in Western Sahara")
d.Q("will never accept a solution", "Brahim Ghali")
d.Q("The personal envoy is listening", "Fabienne Oduya-Leclercq")
d.Q("the only basis for negotiations", "Nasser Bourita")
d.Q("Every incident east of the wall", "Hicham Ait Lahcen-Berrada")
d.Q("The Polisario wants to show", "Hicham Ait Lahcen-Berrada")
d.EV("ASSAULT", "Royal Moroccan Armed Forces", None, "Tifariti", "2027-09-29", 4, 2,
     d.S("At least four people were killed on Wednesday evening", "the Polisario Front said."),
     [d.S("Drone strike kills four near Tifariti"),
      d.S("The separatist movement said the dead were herders", "a clinic in Rabouni."),
      d.S("A military source, speaking on condition", "carrying weapons.")])
d.EV("ASSAULT", "Polisario Front", "Royal Moroccan Armed Forces", "Mahbes", "2027-09-30", None, None,
     d.S("On Thursday, the Polisario said in a statement", "crime of Tifariti\"."),
     [d.S("Drone strike kills four near Tifariti"),
      d.S("The Moroccan military source said the shells fell", "no casualties.")])
d.EV("CONSULT", "Staffan de Mistura", "Brahim Ghali", "Rabouni", "2027-09-30", None, None,
     d.S("The exchanges came as the UN Secretary-General", "in Rabouni on Thursday."),
     [d.S("UN envoy de Mistura meets Brahim Ghali"),
      d.S("According to the SPS, Ghali told the envoy", "Security Council\".")])

# ---------------- x02 Tehran Times: Jaish al-Adl attack on the Rask police station; IRGC clash near Saravan; Momeni in Zahedan; Araghchi-Dar call
d = Doc("x02.txt", "Tehran Times", "2027-10-03"); docs.append(d)
d.E("Tehran Times", "ORG")
d.E("Rask", "GPE")
d.E("Islamic Revolutionary Guard Corps", "ORG", "Islamic Revolution Guards Corps", "IRGC")
d.E("Jaish al-Adl", "ORG")
d.E("Saravan", "GPE")
d.E("Eskandar Momeni", "PERSON", "Interior Minister Eskandar Momeni", "Momeni")
d.E("Zahedan", "GPE")
d.E("Islamic Republic News Agency", "ORG", "IRNA")
d.E("Tehran", "GPE", "TEHRAN")
d.E("Sistan and Baluchestan", "GPE", "Sistan and Baluchestan province")
d.E("Mohammad-Reza Sarhaddi-Nejad", "PERSON", "Brigadier General Mohammad-Reza Sarhaddi-Nejad")
d.E("Law Enforcement Command of the Islamic Republic of Iran", "ORG", "FARAJA")
d.E("Iran", "GPE", "Islamic Republic")
d.E("Alireza Marhamati-Nia", "PERSON", "Governor Alireza Marhamati-Nia", "Marhamati-Nia")
d.E("Abbas Araghchi", "PERSON", "Foreign Minister Abbas Araghchi", "Araghchi")
d.E("Ishaq Dar", "PERSON", "Dar")
d.E("Iranian Ministry of Foreign Affairs", "ORG", "Foreign Ministry")
d.E("Islamabad", "GPE")
d.E("Pakistan", "GPE")
d.E("Taftan", "GPE")
d.E("Nasrin Gholami-Bakhsh", "PERSON")
d.E("University of Sistan and Baluchestan", "ORG")
d.E("Chabahar", "GPE")
d.Q("base of the occupying forces", "Jaish al-Adl")
d.Q("We heard shooting", None)
d.Q("The enemies of the Islamic Republic", "Eskandar Momeni")
d.Q("the real front line", "Eskandar Momeni")
d.Q("Security and development go together", "Alireza Marhamati-Nia")
d.Q("serious and practical measures", "Abbas Araghchi")
d.Q("not allow its soil", "Ishaq Dar")
d.Q("Poverty and the smuggling routes", "Nasrin Gholami-Bakhsh")
d.EV("ASSAULT", "Jaish al-Adl", "Law Enforcement Command of the Islamic Republic of Iran", "Rask", "2027-10-01", 5, 3,
     d.S("TEHRAN – Five police officers were martyred", "provincial officials said."),
     [d.S("Five police officers martyred in terrorist attack"),
      d.S("The attackers opened fire on the station", "told IRNA."),
      d.S("The Jaish al-Adl terrorist group claimed", "occupying forces\u201d."),
      d.S("The station belongs to the Law Enforcement Command", "(FARAJA).")])
d.EV("ASSAULT", "Islamic Revolutionary Guard Corps", "Jaish al-Adl", "Saravan", "2027-10-02", 3, None,
     d.S("In a statement on Saturday, the Islamic Revolution Guards Corps", "arrested two others."),
     [d.S("IRGC says three members of the Jaish al-Adl group")])
d.EV("CONSULT", "Eskandar Momeni", "Alireza Marhamati-Nia", "Zahedan", "2027-10-02", None, None,
     d.S("Interior Minister Eskandar Momeni travelled to Zahedan", "IRGC commanders."),
     [d.S("IRGC says three members of the Jaish al-Adl group"),
      d.S("\u201cThe enemies of the Islamic Republic", "after the meeting.")])
d.EV("CONSULT", "Abbas Araghchi", "Ishaq Dar", None, "2027-10-02", None, None,
     d.S("Also on Saturday, Foreign Minister Abbas Araghchi", "the Foreign Ministry said."),
     [d.S("According to the ministry, Araghchi asked", "from its territory."),
      d.S("Dar condemned the attack", "the statement added.")])

# ---------------- x03 Lusa: FLEC-FAC ambush near Necuto (Buco-Zau); FAA operation near Miconje; dos Santos-Macosso in Cabinda
d = Doc("x03.txt", "Lusa", "2027-10-05"); docs.append(d)
d.E("Lusa", "ORG", "LUSA")
d.E("Angola", "GPE")
d.E("Front for the Liberation of the Enclave of Cabinda-Armed Forces of Cabinda", "ORG", "FLEC-FAC")
d.E("Cabinda", "GPE")
d.E("Miconje", "GPE")
d.E("Luanda", "GPE")
d.E("Necuto", "GPE")
d.E("Buco-Zau", "GPE", "Buco-Zau municipality")
d.E("Angolan Armed Forces", "ORG", "FAA")
d.E("Carlos Mabiala Tati", "PERSON", "FLEC-FAC spokesman Carlos Mabiala Tati")
d.E("Televisão Pública de Angola", "ORG", "TPA")
d.E("Republic of the Congo", "GPE")
d.E("João Ernesto dos Santos", "PERSON", "Defence Minister João Ernesto dos Santos")
d.E("Hermenegildo Puati Macosso", "PERSON")
d.E("Democratic Republic of the Congo", "GPE")
d.E("João Lourenço", "PERSON", "President João Lourenço")
d.E("Ana Sofia Lemos da Cunha", "PERSON")
d.E("ISCTE - University Institute of Lisbon", "ORG")
d.E("Sonangol", "ORG")
d.Q("The occupation army will find", "Carlos Mabiala Tati")
d.Q("Every patrol is a target", "Carlos Mabiala Tati")
d.Q("The situation in the province is calm", "Angolan Armed Forces")
d.Q("People are afraid to go", None)
d.Q("There is no war in Cabinda", "João Ernesto dos Santos")
d.Q("Luanda treats Cabinda", "Ana Sofia Lemos da Cunha")
d.Q("Neither version helps", "Ana Sofia Lemos da Cunha")
FLEC = "Front for the Liberation of the Enclave of Cabinda-Armed Forces of Cabinda"
d.EV("ASSAULT", FLEC, "Angolan Armed Forces", "Necuto", "2027-10-03", 4, 3,
     d.S("Luanda, Oct 5 (Lusa) - The Front", "exclave of Cabinda."),
     [d.S("Angola: FLEC-FAC says it killed four soldiers"),
      d.S("In a statement sent to Lusa", "seized two rifles."),
      d.S("The FAA did not confirm", "confirm the toll.")])
d.EV("ASSAULT", "Angolan Armed Forces", FLEC, "Miconje", "2027-10-02", 6, None,
     d.S("In a statement read on Televisão Pública de Angola", "communication equipment."),
     [d.S("Army reports dismantling a separatist camp")])
d.EV("CONSULT", "João Ernesto dos Santos", "Hermenegildo Puati Macosso", "Cabinda", "2027-10-04", None, None,
     d.S("Defence Minister João Ernesto dos Santos arrived", "military region."),
     [d.S("Army reports dismantling a separatist camp"),
      d.S("Speaking to reporters at the airport after the meeting", "continue to neutralise.\"")])

# ---------------- x04 Citi Newsroom: road attack near Kulungugu (Bawku-Pusiga road); patrol attacked near Binduri; Muntaka-REGSEC in Bolgatanga
d = Doc("x04.txt", "Citi Newsroom", "2027-10-06"); docs.append(d)
d.E("Citi Newsroom", "ORG", "CITI NEWSROOM", "Citi News", "Citinewsroom")
d.E("Upper East Region", "GPE", "Upper East")
d.E("Bawku", "GPE", "Bawku Municipal")
d.E("Kulungugu", "GPE")
d.E("Binduri", "GPE")
d.E("Bolgatanga", "GPE")
d.E("Upper East Regional Security Council", "ORG", "REGSEC")
d.B("Abdul-Razak Yakubu-Atia", "PERSON")
d.E("Pusiga", "GPE")
d.E("Upper East Regional Police Command", "ORG")
d.E("Adisa Wuni-Azure", "PERSON")
d.E("Ghana Armed Forces", "ORG", "GAF")
d.E("Muntaka Mubarak", "PERSON", "Interior Minister Muntaka Mubarak")
d.E("Akolgo Ayamga-Nsoh", "PERSON", "Mr Ayamga-Nsoh")
d.E("Burkina Faso", "GPE")
d.E("Togo", "GPE")
d.E("Hawa Sumaila", "PERSON")
d.E("Builsa South", "GPE")
d.Q("Police have deployed additional", "Upper East Regional Police Command")
d.Q("They did not ask anybody", "Adisa Wuni-Azure")
d.Q("The troops returned fire", "Ghana Armed Forces")
d.Q("people who shoot at passengers", "Muntaka Mubarak")
d.Q("We are talking to the chiefs", "Muntaka Mubarak")
d.Q("worrying but contained", "Akolgo Ayamga-Nsoh")
d.Q("Nobody wants to travel", "Hawa Sumaila")
d.EV("ASSAULT", None, None, "Kulungugu", "2027-10-05", 6, 4,
     d.S("Six people were shot dead and four others wounded", "police have confirmed."),
     [d.S("Bawku: Six shot dead"),
      d.S("The Upper East Regional Police Command said in a statement", "tried to flee."),
      d.S("It did not say who was behind the attack", "dispute in Bawku.")])
d.EV("ASSAULT", None, None, "Binduri", "2027-10-06", None, 2,
     d.S("Separately, a joint military and police patrol", "(GAF) said."),
     [d.S("Soldiers wounded in separate attack"),
      d.S("\"The troops returned fire", "brief statement.")])
d.EV("CONSULT", "Muntaka Mubarak", "Upper East Regional Security Council", "Bolgatanga", "2027-10-05", None, None,
     d.S("In Bolgatanga on Tuesday, hours before the road attack", "past two years."),
     [d.S("Soldiers wounded in separate attack"),
      d.S("After the meeting, the minister told journalists", "\"hot spots\".")])

# ---------------- x05 APAnews: ambush near Boussoloum (Sindian, Bignona); army raid near Kassana-Diola; Diop-governor in Ziguinchor
d = Doc("x05.txt", "APAnews", "2027-10-08"); docs.append(d)
d.E("APAnews", "ORG", "APA")
d.E("Sindian", "GPE", "Sindian commune")
d.E("Dakar", "GPE")
d.E("Boussoloum", "GPE")
d.E("Bignona", "GPE", "Bignona department")
d.E("Directorate of Information and Public Relations of the Armed Forces", "ORG", "DIRPA")
d.E("Ziguinchor", "GPE")
d.E("Movement of Democratic Forces of Casamance", "ORG", "MFDC")
d.E("Senegalese Armed Forces", "ORG")
d.E("Kassana-Diola", "GPE")
d.E("Gambia", "GPE")
d.E("Birame Diop", "PERSON", "Armed Forces Minister Birame Diop")
d.E("Papa Ibrahima Sow-Badiane", "PERSON")
d.E("Bissau", "GPE")
d.E("Guinea-Bissau", "GPE")
d.E("Jean-Baptiste Diatta-Coly", "PERSON")
d.E("Ibrahima Kassé-Bodian", "PERSON")
d.E("Assane Seck University", "ORG")
d.E("Senegal", "GPE")
d.E("Ousmane Sonko", "PERSON", "Sonko")
DIRPA = "Directorate of Information and Public Relations of the Armed Forces"
d.Q("The search operations are continuing", DIRPA)
d.QP("Peace in Casamance is not a slogan", "Birame Diop")
d.Q("We will not allow a few armed men", "Birame Diop")
d.Q("frightened people who had only just come home", "Jean-Baptiste Diatta-Coly")
d.Q("They no longer have a political project", "Ibrahima Kassé-Bodian")
d.EV("ASSAULT", None, None, "Boussoloum", "2027-10-06", 2, 3,
     d.S("Dakar (APA) – Two Senegalese soldiers", "the army said on Thursday."),
     [d.S("Casamance: two soldiers killed in ambush near Sindian"),
      d.S("In a statement, the Directorate of Information", "in the forest."),
      d.S("The army did not name the attackers", "peace process."),
      d.S("The ambush is the deadliest against the army", "in Bissau in 2023.")])
d.EV("ASSAULT", "Senegalese Armed Forces", None, "Kassana-Diola", "2027-10-07", None, None,
     d.S("On Thursday, the Senegalese Armed Forces said", "backed by artillery."),
     [d.S("The DIRPA said \u201cseveral\u201d fighters", "gave no figure.")])
d.EV("CONSULT", "Birame Diop", "Papa Ibrahima Sow-Badiane", "Ziguinchor", "2027-10-07", None, None,
     d.S("Armed Forces Minister Birame Diop travelled", "southern military zone."),
     [d.S("Speaking to the press after the meeting, the minister said:")])

# ---------------- x06 The Arunachal Times: NSCN (K-YA) ambush near Pongchau (Longding); IED near Lazu (Tirap); Khandu-Kathait in Itanagar
d = Doc("x06.txt", "The Arunachal Times", "2027-10-11"); docs.append(d)
d.B("The Arunachal Times", "ORG")
d.E("Assam Rifles", "ORG", "AR")
d.E("Longding", "GPE", "Longding district")
d.E("National Socialist Council of Nagaland (Khaplang-Yung Aung)", "ORG", "NSCN (K-YA)")
d.E("Lazu", "GPE")
d.E("Khonsa", "GPE")
d.E("Indian Army", "ORG", "Army")
d.E("Itanagar", "GPE", "ITANAGAR")
d.E("Pongchau", "GPE", "Pongchau circle")
d.E("Dibrugarh", "GPE")
d.E("Assam", "GPE")
d.E("Myanmar", "GPE")
d.E("Chasam Wangham", "PERSON", "Longding Deputy Commissioner Chasam Wangham")
d.E("Tirap", "GPE", "Tirap district")
d.E("Pema Khandu", "PERSON", "Chief Minister Pema Khandu", "Khandu")
d.E("Spear Corps", "ORG")
d.E("Devendra Singh Kathait", "PERSON", "Lt Gen Devendra Singh Kathait")
d.E("Arunachal Pradesh", "GPE", "Arunachal")
d.E("Changlang", "GPE")
d.E("Kamrang Wanglat", "PERSON", "MLA Kamrang Wanglat")
d.E("National Socialist Council of Nagaland (Khaplang)", "ORG", "NSCN (K)")
d.E("Sagaing", "GPE", "Sagaing Region")
d.E("Arunachal Pradesh Police", "ORG")
d.E("Nagaland", "GPE")
d.E("Ngonglin Boi-Lowang", "PERSON")
d.E("Rajiv Gandhi University", "ORG")
d.E("New Delhi", "GPE", "Delhi")
d.E("Jairampur", "GPE")
NSCN = "National Socialist Council of Nagaland (Khaplang-Yung Aung)"
d.Q("an occupation force on Naga soil", NSCN)
d.Q("Our jawans laid down", "Assam Rifles")
d.Q("Schools will remain closed", "Chasam Wangham")
d.Q("Arunachal will not become", "Pema Khandu")
d.Q("misled by outsiders", "Kamrang Wanglat")
d.Q("They are sending a message", "Ngonglin Boi-Lowang")
d.EV("ASSAULT", NSCN, "Assam Rifles", "Pongchau", "2027-10-09", 2, 4,
     d.S("ITANAGAR, 10 Oct: Two Assam Rifles", "officials said."),
     [d.S("Two AR jawans killed"),
      d.S("The patrol was returning from a village outreach", "Longding said."),
      d.S("The injured were airlifted", "in Assam."),
      d.S("The NSCN (K-YA) claimed responsibility", "Naga soil\"."),
      d.S("In a statement, the Assam Rifles said:", "people of Longding.")])
d.EV("ASSAULT", None, None, "Lazu", "2027-10-10", None, None,
     d.S("On Sunday morning, an improvised explosive device", "Tirap district."),
     [d.S("IED explodes near Lazu"),
      d.S("No one was hurt, police said", "security convoys.")])
d.EV("CONSULT", "Pema Khandu", "Devendra Singh Kathait", "Itanagar", "2027-10-10", None, None,
     d.S("Chief Minister Pema Khandu chaired", "officials said."),
     [d.S("IED explodes near Lazu"),
      d.S("\"Arunachal will not become", "after the meeting.")])

# ---------------- x07 Belfast Telegraph: New IRA pipe bomb in Creggan (Derry); shots at a Strabane house; Benn-O'Neill/Little-Pengelly at Stormont Castle
d = Doc("x07.txt", "Belfast Telegraph", "2027-10-12"); docs.append(d)
d.B("Belfast Telegraph", "ORG")
d.E("New IRA", "ORG")
d.E("Creggan", "GPE")
d.E("Strabane", "GPE")
d.B("Ciara Ní Mhurchú-Doherty", "PERSON")
d.E("Derry", "GPE")
d.B("Lorcan McKeever-Shiels", "PERSON")
d.E("Police Service of Northern Ireland", "ORG", "PSNI")
d.E("Derry Journal", "ORG")
d.E("Gráinne Ní Bhriain", "PERSON", "Detective Superintendent Gráinne Ní Bhriain")
d.E("Tyrone", "GPE", "County Tyrone")
d.E("Jon Boutcher", "PERSON", "Chief Constable Jon Boutcher")
d.E("Northern Ireland", "GPE")
d.E("Hilary Benn", "PERSON", "Northern Ireland Secretary Hilary Benn", "Mr Benn")
d.E("Michelle O'Neill", "PERSON", "First Minister Michelle O\u2019Neill", "Michelle O\u2019Neill", "Ms O\u2019Neill")
d.E("Emma Little-Pengelly", "PERSON", "deputy First Minister Emma Little-Pengelly", "Mrs Little-Pengelly")
d.E("Belfast", "GPE")
d.E("Social Democratic and Labour Party", "ORG", "SDLP")
d.E("Colum Eastwood", "PERSON", "SDLP leader Colum Eastwood")
d.E("John Caldwell", "PERSON", "Detective Chief Inspector John Caldwell")
d.E("Omagh", "GPE")
d.Q("This was a deliberate attempt", "Gráinne Ní Bhriain")
d.Q("It is only by chance", "Gráinne Ní Bhriain")
d.Q("reckless and cowardly", "Jon Boutcher")
d.Q("The people who did this", "Hilary Benn")
d.Q("nothing to offer this city", "Michelle O'Neill")
d.Q("Police officers go to work", "Emma Little-Pengelly")
d.Q("Creggan is sick of this", "Colum Eastwood")
d.Q("My wee boy", None)
d.EV("ASSAULT", "New IRA", "Police Service of Northern Ireland", "Creggan", "2027-10-10", None, 2,
     d.S("Two police officers were injured when a pipe bomb", "the PSNI has said."),
     [d.S("New IRA says it was behind Creggan"),
      d.S("Two officers hurt as device thrown"),
      d.S("The officers, who had been responding", "Altnagelvin Hospital."),
      d.S("In a statement to the Derry Journal", "\u201cremain targets\u201d."),
      d.S("Detective Superintendent Gráinne Ní Bhriain said the device", "at a junction."),
      d.S("Chief Constable Jon Boutcher described", "remained substantial.")])
d.EV("ASSAULT", None, None, "Strabane", "2027-10-11", None, None,
     d.S("Separately, shots were fired at a house in Strabane", "early hours of Monday."),
     [d.S("Two officers hurt as device thrown"),
      d.S("A woman and two children were inside", "no one was injured.")])
d.EV("CONSULT", "Hilary Benn", "Michelle O'Neill", "Belfast", "2027-10-11", None, None,
     d.S("Northern Ireland Secretary Hilary Benn met", "policing budgets."),
     [d.S("\u201cThe people who did this", "said afterwards.")])

# ---------------- x08 TAP: explosion near Ain Selsla (Jebel Semmama, Kasserine); army shelling west of Kasserine; Saied-Nouri/Sehili in Carthage; Saied-Tebboune call
d = Doc("x08.txt", "Tunis Afrique Presse", "2027-10-14"); docs.append(d)
d.E("Tunis Afrique Presse", "ORG", "TAP")
d.E("Kasserine", "GPE", "Kasserine governorate")
d.E("Tunisian National Guard", "ORG", "National Guard")
d.E("Tunis", "GPE")
d.E("Ain Selsla", "GPE")
d.E("Tunisian Ministry of Interior", "ORG", "Interior Ministry")
d.E("Mohamed Ali Ben Hmida", "PERSON", "Interior Ministry spokesman Mohamed Ali Ben Hmida")
d.E("Tunisian Armed Forces", "ORG")
d.E("Tunisian Ministry of National Defence", "ORG", "Defence Ministry")
d.E("Kais Saied", "PERSON", "President Kais Saied", "Saied")
d.E("Khaled Nouri", "PERSON", "Interior Minister Khaled Nouri")
d.E("Khaled Sehili", "PERSON", "Defence Minister Khaled Sehili")
d.E("Carthage", "GPE")
d.E("Abdelmadjid Tebboune", "PERSON", "Algerian President Abdelmadjid Tebboune")
d.E("Hichem Ben Slimane-Jaziri", "PERSON")
d.E("Sbeitla", "GPE")
d.E("Anis Ouerghemmi-Tlili", "PERSON", "Lieutenant Anis Ouerghemmi-Tlili")
d.E("Brahim Khadhraoui", "PERSON")
d.E("Nizar Ben Ammar-Mestiri", "PERSON")
d.E("al-Qaeda", "ORG")
d.E("Islamic State", "ORG")
d.E("Sidi Bouzid", "GPE")
d.E("Tunisia", "GPE")
d.E("Algeria", "GPE")
d.E("Sakiet Sidi Youssef", "GPE")
d.Q("The security units are continuing", "Mohamed Ali Ben Hmida")
d.Q("those who target the country", "Kais Saied")
d.Q("the state will not bargain", "Kais Saied")
d.Q("We live from these mountains", "Brahim Khadhraoui")
d.Q("The numbers are small", "Nizar Ben Ammar-Mestiri")
d.EV("ASSAULT", None, "Tunisian National Guard", "Ain Selsla", "2027-10-12", 3, 2,
     d.S("Tunis, 14/10/2027 (TAP) - Three National Guard officers", "the Interior Ministry said."),
     [d.S("Kasserine: Three National Guard officers killed"),
      d.S("The officers were taking part in a combing operation", "in a statement."),
      d.S("The two injured officers were flown", "described as stable."),
      d.S("No group has claimed", "claimed the attack."),
      d.S("The ministry blamed", "more than a decade.")])
d.EV("ASSAULT", "Tunisian Armed Forces", None, "Kasserine", "2027-10-13", 2, None,
     d.S("On Wednesday, the Tunisian Armed Forces shelled", "the Defence Ministry said."))
d.EV("CONSULT", "Kais Saied", "Khaled Nouri", "Carthage", "2027-10-13", None, None,
     d.S("President Kais Saied received", "west of the country."),
     [d.S("According to a statement posted on the presidency", "with its security\".")])
d.EV("CONSULT", "Kais Saied", "Abdelmadjid Tebboune", None, "2027-10-13", None, None,
     d.S("Saied also spoke by telephone", "the presidency said."),
     [d.S("The two leaders discussed cooperation", "end of the year.")])

# ---------------- x09 Stabroek News: gunmen fire on a GDF boat near Eteringbang; shots at a Kaikan mining camp; Persaud summons the Venezuelan charge; Ali-Rubio call
d = Doc("x09.txt", "Stabroek News", "2027-10-15"); docs.append(d)
d.E("Stabroek News", "ORG")
d.E("Guyana", "GPE")
d.E("Guyana Defence Force", "ORG", "GDF")
d.E("Eteringbang", "GPE")
d.E("Georgetown", "GPE")
d.E("Omar Khan", "PERSON", "Chief of Staff Brigadier Omar Khan", "Brigadier Omar Khan")
d.E("Kaikan", "GPE")
d.E("Guyana Police Force", "ORG")
d.E("Nigel Joseph-Cornelius", "PERSON")
d.E("Robert Persaud", "PERSON", "Foreign Secretary Robert Persaud")
d.E("Venezuela", "GPE")
d.E("Alejandro Morán Urdaneta", "PERSON")
d.E("Guyanese Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs")
d.E("Irfaan Ali", "PERSON", "President Irfaan Ali", "Ali")
d.E("Marco Rubio", "PERSON", "US Secretary of State Marco Rubio")
d.E("United States", "GPE", "US")
d.E("Office of the President of Guyana", "ORG", "Office of the President")
d.E("International Court of Justice", "ORG", "ICJ")
d.E("Caracas", "GPE")
d.E("Cuyuni-Mazaruni", "GPE", "Region Seven")
d.E("Rosalind Sukhdeo-Fraser", "PERSON", "Dr Rosalind Sukhdeo-Fraser")
d.E("University of Guyana", "ORG")
d.E("Bartica", "GPE")
d.Q("armed criminal elements", "Guyana Defence Force")
d.Q("Our soldiers were doing their job", "Omar Khan")
d.Q("We are caught in the middle", "Nigel Joseph-Cornelius")
d.Q("to act against criminal groups", "Guyanese Ministry of Foreign Affairs")
d.Q("Guyana will defend every inch", "Irfaan Ali")
d.Q("criminal, not military", "Rosalind Sukhdeo-Fraser")
d.Q("Every shooting on the Cuyuni", "Rosalind Sukhdeo-Fraser")
d.EV("ASSAULT", None, "Guyana Defence Force", "Eteringbang", "2027-10-13", None, 3,
     d.S("Three soldiers of the Guyana Defence Force (GDF) were wounded", "the army said."),
     [d.S("Three GDF soldiers wounded as gunmen fire"),
      d.S("In a statement, the GDF said the boat", "soldiers returned fire."),
      d.S("Military sources told this newspaper", "sides of the river.")])
d.EV("ASSAULT", None, None, "Kaikan", "2027-10-11", None, 1,
     d.S("On Monday night, shots were fired at a mining camp at Kaikan", "Guyana Police Force said."))
d.EV("CONSULT", "Robert Persaud", "Alejandro Morán Urdaneta", "Georgetown", "2027-10-14", None, None,
     d.S("On Thursday, Foreign Secretary Robert Persaud summoned", "protest the attack."),
     [d.S("The ministry said in a statement that Guyana expected", "from its territory\".")])
d.EV("CONSULT", "Irfaan Ali", "Marco Rubio", None, "2027-10-14", None, None,
     d.S("President Irfaan Ali discussed the incident", "Office of the President said."),
     [d.S("\"Guyana will defend every inch", "after the call.")])

# ---------------- x10 Defimedia: Ramgoolam-Cooper in Port Louis; Ramful-Doughty; Ramgoolam-Modi call (diplomacy; CONSULT only)
d = Doc("x10.txt", "Defimedia", "2027-10-18"); docs.append(d)
d.E("Defimedia", "ORG")
d.E("Chagos Archipelago", "GPE", "Chagos")
d.E("Navin Ramgoolam", "PERSON", "Prime Minister Navin Ramgoolam", "Dr Ramgoolam", "Ramgoolam")
d.E("Yvette Cooper", "PERSON", "British Foreign Secretary Yvette Cooper", "Ms Cooper", "Cooper")
d.B("Priyanka Ramdharry-Lebon", "PERSON")
d.B("Government Information Service", "ORG", "GIS")
d.E("Port Louis", "GPE")
d.E("Mauritius", "GPE")
d.E("United Kingdom", "GPE", "UK")
d.E("Diego Garcia", "GPE")
d.E("United States", "GPE", "US")
d.E("Dhananjay Ramful", "PERSON", "Foreign Minister Dhananjay Ramful", "Mr Ramful")
d.E("Stephen Doughty", "PERSON")
d.E("Narendra Modi", "PERSON", "Indian Prime Minister Narendra Modi")
d.E("Prime Minister's Office of Mauritius", "ORG", "Prime Minister\u2019s Office")
d.E("Agaléga", "GPE")
d.E("Marie-Josée Ladouceur-Vingadassalom", "PERSON")
d.E("Crawley", "GPE")
d.E("University of Mauritius", "ORG")
d.E("Rajen Appadoo-Saminaden", "PERSON")
d.E("United Nations", "ORG", "UN")
d.Q("Today we are no longer talking", "Navin Ramgoolam")
d.Q("secured the future of the base", "Yvette Cooper")
d.Q("a painful chapter", "Yvette Cooper")
d.Q("This is what modern diplomacy", "Yvette Cooper")
d.Q("from the very first meeting", "Dhananjay Ramful")
d.Q("Our elders were born", "Marie-Josée Ladouceur-Vingadassalom")
d.Q("For fifty years, Mauritius", "Rajen Appadoo-Saminaden")
d.EV("CONSULT", "Navin Ramgoolam", "Yvette Cooper", "Port Louis", "2027-10-16", None, None,
     d.S("Prime Minister Navin Ramgoolam received British", "came into force."),
     [d.S("Chagos: Ramgoolam and Cooper agree"),
      d.S("Prime Minister Navin Ramgoolam welcomes", "New Treasury Building."),
      d.S("The two sides agreed a timetable", "after the talks."),
      d.S("\u201cToday we are no longer talking", "after the meeting."),
      d.S("Ms Cooper said the agreement had", "into a partnership.")])
d.EV("CONSULT", "Dhananjay Ramful", "Stephen Doughty", "Port Louis", "2027-10-16", None, None,
     d.S("Separately, Foreign Minister Dhananjay Ramful held talks", "issued from Port Louis."),
     [d.S("In a statement, Mr Ramful\u2019s ministry said", "scientific committee.")])
d.EV("CONSULT", "Navin Ramgoolam", "Narendra Modi", None, "2027-10-17", None, None,
     d.S("On Sunday, Dr Ramgoolam spoke by telephone", "Prime Minister\u2019s Office said."),
     [d.S("The two leaders also discussed the airstrip", "on Agaléga.")])

# ---------------- x11 Lesotho Times: nominations close for the National Assembly election (politics; no events)
d = Doc("x11.txt", "Lesotho Times", "2027-10-21"); docs.append(d)
d.E("Lesotho Times", "ORG")
d.E("Sam Matekane", "PERSON", "Prime Minister Sam Matekane", "Mr Matekane", "Matekane")
d.E("Revolution for Prosperity", "ORG", "RFP")
d.E("All Basotho Convention", "ORG", "ABC")
d.B("Mohloai Sello-Ramokoena", "PERSON")
d.E("Maseru", "GPE", "MASERU")
d.E("Independent Electoral Commission of Lesotho", "ORG", "Independent Electoral Commission", "IEC")
d.E("National Assembly of Lesotho", "ORG", "National Assembly")
d.E("'Mamolise Ramakhula-Letsie", "PERSON", "Advocate 'Mamolise Ramakhula-Letsie")
d.E("Motlatsi Phafane-Moremoholo", "PERSON")
d.E("Democratic Congress", "ORG", "DC")
d.E("Retšelisitsoe Nthako", "PERSON")
d.E("Southern African Development Community", "ORG", "SADC")
d.E("Mamello Tšoeu-Khoabane", "PERSON", "Dr Mamello Tšoeu-Khoabane")
d.E("National University of Lesotho", "ORG")
d.E("Mokhotlong", "GPE")
d.E("Thaba-Tseka", "GPE")
d.E("Qacha's Nek", "GPE")
d.E("South Africa", "GPE")
d.QS("RFP will win all 80 constituencies", "Sam Matekane")
d.Q("We checked every nomination form", "'Mamolise Ramakhula-Letsie")
d.Q("RFP will win all 80 constituencies. Basotho", "Sam Matekane")
d.Q("waste five years negotiating", "Sam Matekane")
d.Q("chosen quality over quantity", "Motlatsi Phafane-Moremoholo")
d.Q("We would rather win 40 seats", "Motlatsi Phafane-Moremoholo")
d.Q("When the opposition splits", "Mamello Tšoeu-Khoabane")

# ---------------- x12 Times of Oman: Sohar Gateway Logistics nine-month results (business; no events)
d = Doc("x12.txt", "Times of Oman", "2027-10-20"); docs.append(d)
d.B("Times of Oman", "ORG", "TIMES OF OMAN")
d.E("Sohar Gateway Logistics", "ORG", "Sohar Gateway Logistics SAOG", "Sohar Gateway")
d.B("Times News Service", "ORG")
d.E("Sohar", "GPE")
d.E("Muscat", "GPE", "MUSCAT")
d.E("United Arab Emirates", "GPE")
d.E("Muscat Stock Exchange", "ORG", "MSX")
d.E("Abu Dhabi", "GPE")
d.E("Salim bin Hamad Al Harthy", "PERSON", "Chief Executive Officer Salim bin Hamad Al Harthy")
d.E("Hafeet Rail", "ORG")
d.E("Maryam bint Khalfan Al Balushi", "PERSON", "Dr Maryam bint Khalfan Al Balushi")
d.E("Oman Investment Authority", "ORG", "OIA")
d.E("Al Maamari & Sons", "ORG")
d.E("Ubhar Capital", "ORG")
d.E("Rashmi Venkataraman-Iyer", "PERSON")
d.E("Duqm", "GPE")
d.E("Oman", "GPE")
d.E("National Centre for Statistics and Information", "ORG")
d.E("Salalah", "GPE")
d.Q("The rail line has changed", "Salim bin Hamad Al Harthy")
d.Q("Omanisation is a cost today", "Maryam bint Khalfan Al Balushi")
d.Q("prices in most of the rail upside", "Ubhar Capital")
d.Q("Sohar is a strong story", "Rashmi Venkataraman-Iyer")

# ---------------- x13 Kuensel: WHO certifies Bhutan malaria-free (health; no events)
d = Doc("x13.txt", "Kuensel", "2027-10-23"); docs.append(d)
d.B("Kuensel", "ORG", "KUENSEL", "Kuensel Corporation Ltd")
d.E("World Health Organization", "ORG", "WHO")
d.E("Bhutan", "GPE")
d.B("Tshering Dema Wangmo", "PERSON")
d.E("Gelephu", "GPE")
d.E("Sarpang", "GPE")
d.E("Royal Centre for Disease Control", "ORG", "RCDC")
d.E("Maldives", "GPE")
d.E("Sri Lanka", "GPE")
d.E("Timor-Leste", "GPE")
d.E("Samdrup Jongkhar", "GPE")
d.E("India", "GPE")
d.E("Assam", "GPE")
d.E("Tedros Adhanom Ghebreyesus", "PERSON", "WHO Director-General Dr Tedros Adhanom Ghebreyesus", "Dr Tedros Adhanom Ghebreyesus")
d.E("Geneva", "GPE")
d.E("Tandin Wangchuk", "PERSON", "Health Minister Lyonpo Tandin Wangchuk", "Lyonpo Tandin Wangchuk")
d.E("Vector-borne Disease Control Programme", "ORG", "VDCP")
d.E("Rinzin Namgay Dorji", "PERSON")
d.E("Karma Lhazeen-Tobgyal", "PERSON", "Dr Karma Lhazeen-Tobgyal")
d.E("Khesar Gyalpo University of Medical Sciences of Bhutan", "ORG")
d.E("Phuentsholing", "GPE")
d.E("Tshering Tobgay", "PERSON", "Prime Minister Tshering Tobgay")
d.E("Samtse", "GPE")
d.Q("Bhutan has shown that", "Tedros Adhanom Ghebreyesus")
d.Q("They walked for days", "Tandin Wangchuk")
d.Q("Elimination is not the end", "Rinzin Namgay Dorji")
d.Q("Malaria does not stop", "Karma Lhazeen-Tobgyal")
d.Q("a gift from the people", "Tshering Tobgay")

# ---------------- x14 Ahram Online: Birketcetus qaruni, an early whale from the Fayoum (science; no events)
d = Doc("x14.txt", "Ahram Online", "2027-10-25"); docs.append(d)
d.E("Ahram Online", "ORG")
d.E("Faiyum", "GPE", "Fayoum")
d.B("Nada El-Shennawy-Farid", "PERSON")
d.E("Mansoura University Vertebrate Paleontology Center", "ORG", "MUVP")
d.E("Egypt", "GPE")
d.E("Journal of Vertebrate Paleontology", "ORG")
d.E("Mansoura University", "ORG")
d.E("Nourhan Abdel-Ghaffar El-Sayed", "PERSON", "Dr Nourhan Abdel-Ghaffar El-Sayed")
d.E("UNESCO", "ORG")
d.E("Matsumoto Rina", "PERSON", "Matsumoto")
d.E("Hokkaido University", "ORG")
d.E("Japan", "GPE")
d.E("Mohamed Talaat Sobhy", "PERSON")
d.E("Nature Conservation Sector", "ORG")
d.E("Egyptian Ministry of Environment", "ORG", "Ministry of Environment")
d.E("Science, Technology and Innovation Funding Authority", "ORG", "STDF")
d.E("American University in Cairo", "ORG")
d.E("Grand Egyptian Museum", "ORG")
d.E("Kharga", "GPE")
d.Q("The teeth and the chemistry", "Nourhan Abdel-Ghaffar El-Sayed")
d.Q("For a long time, the story", "Nourhan Abdel-Ghaffar El-Sayed")
d.Q("one of the best natural laboratories", "Matsumoto Rina")
d.Q("Every field season in Egypt", "Matsumoto Rina")
d.Q("We want Egyptians to know", "Mohamed Talaat Sobhy")

# ---------------- x15 Trinidad and Tobago Guardian: Tancoo's 2027/2028 budget (politics; no events)
d = Doc("x15.txt", "Trinidad and Tobago Guardian", "2027-10-05"); docs.append(d)
d.B("Trinidad and Tobago Guardian", "ORG")
d.E("Davendranath Tancoo", "PERSON", "Finance Minister Davendranath Tancoo", "Tancoo")
d.B("Renuka Maharaj-Boodram", "PERSON")
d.B("Kerwin Alleyne-Joseph", "PERSON")
d.E("House of Representatives of Trinidad and Tobago", "ORG", "House of Representatives", "House")
d.E("Heritage and Stabilisation Fund", "ORG")
d.E("Kamla Persad-Bissessar", "PERSON", "Prime Minister Kamla Persad-Bissessar")
d.E("Pennelope Beckles", "PERSON", "Opposition Leader Pennelope Beckles", "Beckles")
d.E("People's National Movement", "ORG", "People\u2019s National Movement", "PNM")
d.E("Laventille", "GPE")
d.E("Trinidad and Tobago Chamber of Industry and Commerce", "ORG")
d.E("Anand Rampersad-Mohammed", "PERSON", "Dr Anand Rampersad-Mohammed")
d.E("University of the West Indies", "ORG")
d.E("St Augustine", "GPE")
d.E("Tobago House of Assembly", "ORG")
d.E("Farley Augustine", "PERSON", "Chief Secretary Farley Augustine")
d.E("Tobago", "GPE")
d.E("Central Bank of Trinidad and Tobago", "ORG")
d.E("Point Lisas", "GPE")
d.Q("We inherited an economy", "Davendranath Tancoo")
d.Q("a budget for the people who get up early", "Kamla Persad-Bissessar")
d.Q("hit every taxi driver", "Pennelope Beckles")
d.Q("The minister spoke for three hours", "Pennelope Beckles")
d.Q("a credible path to fiscal balance", "Trinidad and Tobago Chamber of Industry and Commerce")
d.Q("The assumptions are conservative", "Anand Rampersad-Mohammed")
d.Q("better than last year", "Farley Augustine")

# ---------------- x16 The Namibian: Kharas Hydrogen Holdings reaches financial close (business; no events)
d = Doc("x16.txt", "The Namibian", "2027-10-28"); docs.append(d)
d.B("The Namibian", "ORG")
d.E("Lüderitz", "GPE")
d.B("Tjiuai Kaumbi-Shikongo", "PERSON")
d.E("Kharas Hydrogen Holdings", "ORG")
d.E("European Investment Bank", "ORG", "EIB")
d.E("Development Bank of Namibia", "ORG", "DBN")
d.E("Standard Bank", "ORG")
d.E("Germany", "GPE")
d.E("Netherlands", "GPE")
d.E("Hendrik Swartbooi-Nel", "PERSON")
d.E("Namibia", "GPE")
d.E("Namibia Green Hydrogen Development Fund", "ORG")
d.E("Netumbo Nandi-Ndaitwah", "PERSON", "President Netumbo Nandi-Ndaitwah")
d.E("Namibian Ministry of Industries, Mines and Energy", "ORG", "Ministry of Industries, Mines and Energy")
d.E("Earthlife Namibia", "ORG")
d.E("Magdalena Hoaës-Brandt", "PERSON")
d.E("Petrus Amutenya-Schwarz", "PERSON")
d.E("Windhoek", "GPE")
d.E("Simonis Storm", "ORG")
d.E("//Kharas Regional Council", "ORG")
d.E("Namport", "ORG", "Namibian Ports Authority")
d.Q("Today the project moves", "Hendrik Swartbooi-Nel")
d.Q("confirms that Namibia", "Netumbo Nandi-Ndaitwah")
d.Q("We are not against the project", "Magdalena Hoaës-Brandt")
d.Q("The money is real now", "Petrus Amutenya-Schwarz")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

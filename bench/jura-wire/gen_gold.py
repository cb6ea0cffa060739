"""Builds jura-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- j01 AFP: JNIM raid on the Nagbéni post (Kpendjal, Savanes); FAT drones near Kpinkankandi; Gnassingbé-Mahama in Lomé
d = Doc("j01.txt", "AFP", "2027-07-01"); docs.append(d)
d.E("AFP", "ORG")
d.E("Togo", "GPE")
d.E("Savanes", "GPE", "Savanes region")
d.E("Lomé", "GPE", "LOMÉ")
d.E("Accra", "GPE")
d.E("Dapaong", "GPE")
d.B("Koffi Adjété-Amouzou", "PERSON")
d.E("Burkina Faso", "GPE")
d.E("Nagbéni", "GPE")
d.E("Kpendjal", "GPE", "Kpendjal prefecture")
d.E("Mandouri", "GPE")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "Group for Support of Islam and Muslims", "JNIM")
d.E("al-Qaeda", "ORG")
d.E("Az-Zallaqa", "ORG")
d.E("Akossiwa Dogbé-Lawson", "PERSON")
d.E("Togolese Armed Forces", "ORG", "FAT")
d.E("Kpinkankandi", "GPE")
d.E("Faure Gnassingbé", "PERSON", "Gnassingbé")
d.E("John Dramani Mahama", "PERSON", "Ghanaian President John Dramani Mahama", "Mahama")
d.E("Efua Mensah-Bonsu", "PERSON")
d.E("Kofi Annan International Peacekeeping Training Centre", "ORG", "KAIPTC")
d.E("Ghana", "GPE")
d.E("Bawku", "GPE")
d.Q("We heard the first shots", None)
d.Q("burned the camp of the apostates", "Jama'at Nusrat al-Islam wal-Muslimin")
d.Q("a cowardly and barbaric attack", "Akossiwa Dogbé-Lawson")
d.Q("a column of terrorists", "Togolese Armed Forces")
d.Q("The terrorists do not respect our borders", "John Dramani Mahama")
d.Q("Our armies cannot afford", "John Dramani Mahama")
d.Q("never negotiate with those", "Faure Gnassingbé")
d.Q("JNIM is no longer just passing", "Efua Mensah-Bonsu")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", "Togolese Armed Forces", "Nagbéni", "2027-06-29", 12, 8,
     d.S("LOMÉ (AFP) — At least 12", "told AFP on Thursday."),
     [d.S("Togo: jihadists kill 12 soldiers"),
      d.S("Jihadists claimed the pre-dawn attack"),
      d.S("The assailants, who came on motorbikes", "one of the sources said."),
      d.S("The Group for Support of Islam and Muslims (JNIM)", "of the apostates\"."),
      d.S("In a statement read on national television", "gave no toll."),
      d.S("Four of the wounded were flown", "a hospital source said.")])
d.EV("ASSAULT", "Togolese Armed Forces", None, "Kpinkankandi", "2027-06-30", None, None,
     d.S("The FAT said on Wednesday evening", "of them."))
d.EV("CONSULT", "Faure Gnassingbé", "John Dramani Mahama", "Lomé", "2027-06-30", None, None,
     d.S("On Wednesday, Faure Gnassingbé, who has led Togo", "border security."),
     [d.S("Jihadists claimed the pre-dawn attack"),
      d.S("The two leaders agreed to set up", "joint communiqué."),
      d.S("\"The terrorists do not respect our borders,\"", "after the meeting.")])

# ---------------- j02 The Star: al-Shabaab raid on the Lafey police camp (Mandera County); IED near Rhamu; Tuya-Khalif in Mandera
d = Doc("j02.txt", "The Star", "2027-07-03"); docs.append(d)
d.B("The Star", "ORG")
d.B("Kenya", "GPE")
d.B("Abdirahman Hussein-Gure", "PERSON", "ABDIRAHMAN HUSSEIN-GURE")
d.E("al-Shabaab", "ORG", "Al-Shabaab")
d.E("Lafey", "GPE")
d.E("Rhamu", "GPE")
d.E("Soipan Tuya", "PERSON", "Defence Cabinet Secretary Soipan Tuya", "Tuya")
d.E("Mandera", "GPE", "Mandera County")
d.E("Somalia", "GPE")
d.E("Joseph Kiprotich-Lagat", "PERSON", "Kiprotich-Lagat")
d.E("Kenya Defence Forces", "ORG", "KDF")
d.E("El Wak", "GPE")
d.E("Nairobi", "GPE")
d.E("Mohamed Adan Khalif", "PERSON", "Governor Mohamed Adan Khalif", "Khalif")
d.E("Hassan Osman Bulle", "PERSON", "Mr Bulle")
d.E("Institute for Security Studies", "ORG", "ISS")
d.E("Wajir", "GPE")
d.E("Garissa", "GPE")
d.Q("Our officers held their ground", "Joseph Kiprotich-Lagat")
d.Q("The shooting did not stop", None)
d.Q("calm but tense", "Kenya Defence Forces")
d.Q("lost too many sons and daughters", "Mohamed Adan Khalif")
d.Q("We have asked for more police camps", "Mohamed Adan Khalif")
d.Q("We will not cede an inch", "Soipan Tuya")
d.Q("Al-Shabaab hits these camps", "Hassan Osman Bulle")
d.Q("Every rainy season", "Hassan Osman Bulle")
d.EV("ASSAULT", "al-Shabaab", None, "Lafey", "2027-07-01", 6, 5,
     d.S("Six police officers were killed and five others injured", "at dawn on Thursday."),
     [d.S("Six police officers killed as al-Shabaab"),
      d.S("Police said the attackers, about 40 in number", "from Somalia overnight."),
      d.S("Mandera police commander Joseph Kiprotich-Lagat said", "arrived from El Wak.")])
d.EV("ASSAULT", None, None, "Rhamu", "2027-07-02", 2, 3,
     d.S("Separately, two people were killed", "on Friday afternoon."),
     [d.S("Two civilians also die in a roadside blast"),
      d.S("Three passengers were injured", "police said."),
      d.S("No group has claimed the blast.")])
d.EV("CONSULT", "Soipan Tuya", "Mohamed Adan Khalif", "Mandera", "2027-07-02", None, None,
     d.S("Defence Cabinet Secretary Soipan Tuya arrived", "county security committee."),
     [d.S("Khalif told journalists after the meeting", "cross-border attacks.")])

# ---------------- j03 SOS Médias Burundi: RED-Tabara attack on the FDNB position on Gitukura hill (Musigati); Imbonerakure beating; Ndayishimiye-Kombo in Gitega
d = Doc("j03.txt", "SOS Médias Burundi", "2027-07-05"); docs.append(d)
d.E("SOS Médias Burundi", "ORG")
d.E("Bujumbura", "GPE", "Bujumbura province")
d.E("Musigati", "GPE", "Musigati commune")
d.E("RED-Tabara", "ORG", "Résistance pour un État de Droit au Burundi")
d.E("National Defence Force of Burundi", "ORG", "FDNB")
d.E("Gitukura", "GPE", "Gitukura hill")
d.E("Bubanza", "GPE", "Bubanza province")
d.E("Gaspard Nzeyimana", "PERSON", "Col. Gaspard Nzeyimana")
d.E("Uvira", "GPE", "Uvira territory")
d.E("South Kivu", "GPE")
d.E("Democratic Republic of Congo", "GPE")
d.E("Gitega", "GPE")
d.E("Rwanda", "GPE")
d.E("Kigali", "GPE")
d.E("Imbonerakure", "ORG")
d.E("CNDD-FDD", "ORG")
d.E("Alexis Ntirampeba", "PERSON")
d.E("Évariste Ndayishimiye", "PERSON", "President Évariste Ndayishimiye", "Ndayishimiye")
d.E("Mahmoud Thabit Kombo", "PERSON", "Tanzanian Foreign Minister Mahmoud Thabit Kombo")
d.E("Samia Suluhu Hassan", "PERSON", "President Samia Suluhu Hassan")
d.E("Tanzania", "GPE")
d.E("Kigoma", "GPE", "Kigoma region")
d.E("Burundi", "GPE")
d.E("Ligue Iteka", "ORG")
d.E("Cibitoke", "GPE")
d.Q("Our fighters attacked the Gitukura position", "RED-Tabara")
d.Q("These are criminals who attack at night", "Gaspard Nzeyimana")
d.Q("The situation is under control", "Gaspard Nzeyimana")
d.Q("They said he was cooking", None)
d.Q("No Imbonerakure took part", "Alexis Ntirampeba")
d.Q("Burundi is at peace", "Évariste Ndayishimiye")
d.EV("ASSAULT", "RED-Tabara", "National Defence Force of Burundi", "Gitukura", "2027-07-03", None, 2,
     d.S("The RED-Tabara rebel movement has claimed", "the Kibira forest."),
     [d.S("Musigati: RED-Tabara claims night attack"),
      d.S("The fighting began at about 10 pm", "residents said."),
      d.S("The army said two soldiers were wounded", "had been killed."),
      d.S("In a post on X on Sunday, the movement wrote:", "seized weapons.")])
d.EV("ASSAULT", "Imbonerakure", None, "Gitukura", "2027-07-04", 1, 2,
     d.S("On Sunday, members of the Imbonerakure", "according to residents."),
     [d.S("Musigati: RED-Tabara claims night attack"),
      d.S("One of them, a 34-year-old farmer, died", "are being treated.")])
d.EV("CONSULT", "Évariste Ndayishimiye", "Mahmoud Thabit Kombo", "Gitega", "2027-07-03", None, None,
     d.S("In Gitega on Saturday, President Évariste Ndayishimiye", "Samia Suluhu Hassan."),
     [d.S("The two discussed border security", "according to the presidency.")])

# ---------------- j04 The New Arab: IS attack on Albu Karam (Jalawla, Khanaqin, Diyala); CTS raid near Mazraat Abbas; al-Rubaie-al-Fayyadh in Baghdad
d = Doc("j04.txt", "The New Arab", "2027-07-07"); docs.append(d)
d.E("The New Arab", "ORG")
d.E("Iraq", "GPE")
d.E("Islamic State", "ORG", "Daesh", "IS")
d.E("Diyala", "GPE", "Diyala governorate")
d.E("Jalawla", "GPE", "Jalawla subdistrict")
d.E("Popular Mobilisation Forces", "ORG", "PMF")
d.E("Baquba", "GPE")
d.E("Khanaqin", "GPE", "Khanaqin district")
d.B("Getty Images", "ORG", "Getty")
d.E("Albu Karam", "GPE")
d.E("Security Media Cell", "ORG")
d.E("Abu Ali al-Karkhi", "PERSON")
d.E("Iraqi Counter-Terrorism Service", "ORG", "Counter-Terrorism Service", "CTS")
d.E("Mazraat Abbas", "GPE")
d.E("Adnan al-Rubaie", "PERSON", "Diyala Governor Adnan al-Rubaie", "al-Rubaie")
d.E("Faleh al-Fayyadh", "PERSON")
d.E("Baghdad", "GPE")
d.E("Kurdistan Regional Government", "ORG")
d.E("Ministry of Peshmerga Affairs", "ORG")
d.E("Kirkuk", "GPE")
d.E("Salahuddin", "GPE")
d.E("Sarmad al-Bayati", "PERSON")
d.E("Al-Nahrain Center for Strategic Studies", "ORG")
d.E("Peshmerga", "ORG")
d.Q("terrorist Daesh gangs", "Security Media Cell")
d.Q("They knew the shift change", "Abu Ali al-Karkhi")
d.Q("We need soldiers on the hills", "Adnan al-Rubaie")
d.Q("the security vacuum in the disputed areas", "Ministry of Peshmerga Affairs")
d.QP("IS does not hold a single village", "Sarmad al-Bayati")
d.Q("The problem is the seam", "Sarmad al-Bayati")
d.EV("ASSAULT", "Islamic State", "Popular Mobilisation Forces", "Albu Karam", "2027-07-05", 6, 8,
     d.S("Six people, among them four members", "Iraqi security officials said."),
     [d.S("Six killed as Islamic State remnants attack"),
      d.S("Eight others were wounded, two of them critically", "told The New Arab."),
      d.S("Iraq's Security Media Cell said in a statement", "used by reinforcements."),
      d.S("A shepherd and his son were among the dead.")])
d.EV("ASSAULT", "Iraqi Counter-Terrorism Service", "Islamic State", "Mazraat Abbas", "2027-07-06", 3, None,
     d.S("On Tuesday, the Counter-Terrorism Service (CTS) said", "north-east of Jalawla."),
     [d.S("Iraqi commandos raided militant hideouts a day later"),
      d.S("The CTS said the three belonged", "Albu Karam attack.")])
d.EV("CONSULT", "Adnan al-Rubaie", "Faleh al-Fayyadh", "Baghdad", "2027-07-06", None, None,
     d.S("Diyala Governor Adnan al-Rubaie met", "the governor's office said."),
     [d.S("Iraqi commandos raided militant hideouts a day later"),
      d.S("\"We need soldiers on the hills", "after the meeting.")])

# ---------------- j05 The Express Tribune: Jangal Khan gang attack on the Pakko Dero picket (Khanpur, Shikarpur); police-Rangers operation; Memon-Anwar in Sukkur
d = Doc("j05.txt", "The Express Tribune", "2027-07-09"); docs.append(d)
d.B("The Express Tribune", "ORG", "EXPRESS")
d.B("Pakistan", "GPE")
d.E("Sindh", "GPE")
d.E("Punjab", "GPE")
d.E("Shikarpur", "GPE", "Shikarpur district", "SHIKARPUR")
d.E("Pakko Dero", "GPE")
d.E("Khanpur", "GPE", "Khanpur taluka")
d.E("Faizan Ali Chandio", "PERSON", "Shikarpur SSP Faizan Ali Chandio")
d.E("Jangal Khan gang", "ORG")
d.E("Ali Nawaz Mahar", "PERSON", "Head Constable Ali Nawaz Mahar")
d.E("Imdad Hussain", "PERSON")
d.E("Shahid Ali Buriro", "PERSON")
d.E("Ghulam Qadir Mahar", "PERSON")
d.E("Sindh Police", "ORG")
d.E("Sindh Rangers", "ORG", "Rangers")
d.E("Ghulam Nabi Memon", "PERSON", "Inspector General of Police Sindh Ghulam Nabi Memon", "Memon")
d.E("Usman Anwar", "PERSON", "Dr Usman Anwar")
d.E("Sukkur", "GPE")
d.E("Rahim Yar Khan", "GPE", "Rahim Yar Khan district")
d.E("Zia-ul-Hassan Lanjar", "PERSON", "Sindh Home Minister Zia-ul-Hassan Lanjar")
d.E("Human Rights Commission of Pakistan", "ORG", "HRCP")
d.E("Kashmore", "GPE")
d.E("Ghotki", "GPE")
d.QS("No sanctuary will be left", "Ghulam Nabi Memon")
d.Q("The dacoits fired rockets", "Faizan Ali Chandio")
d.Q("My son went to protect people", "Ghulam Qadir Mahar")
d.Q("No sanctuary will be left for these criminals", "Ghulam Nabi Memon")
d.Q("We will clear the area", "Ghulam Nabi Memon")
d.Q("The sacrifice of our police", "Zia-ul-Hassan Lanjar")
d.Q("the writ of the state has collapsed", "Human Rights Commission of Pakistan")
d.EV("ASSAULT", "Jangal Khan gang", None, "Pakko Dero", "2027-07-07", 3, 2,
     d.S("Three policemen were martyred and two others injured", "late on Wednesday night."),
     [d.S("Three policemen martyred in katcha attack"),
      d.S("According to Shikarpur SSP Faizan Ali Chandio", "for several years."),
      d.S("The martyred were identified as", "Shahid Ali Buriro.")])
d.EV("ASSAULT", "Sindh Police", "Jangal Khan gang", "Pakko Dero", "2027-07-08", 2, None,
     d.S("On Thursday, Sindh Police and the Rangers launched", "police said in a statement."),
     [d.S("Two suspected dacoits killed in follow-up operation"),
      d.S("One of them was a \"most wanted\" member", "the statement said.")])
d.EV("CONSULT", "Ghulam Nabi Memon", "Usman Anwar", "Sukkur", "2027-07-08", None, None,
     d.S("Later on Thursday, Inspector General of Police Sindh", "in Sukkur."),
     [d.S("Two suspected dacoits killed in follow-up operation"),
      d.S("The two agreed on a joint operation", "Rahim Yar Khan district."),
      d.S("\"No sanctuary will be left for these criminals", "after the meeting.")])

# ---------------- j06 Manila Bulletin: 55th IB-DI-MG clash in Barangay Lumbac Dilabayan (Piagapo); Malabang market IED; Adiong-Dela Cruz-Ramos in Marawi
d = Doc("j06.txt", "Manila Bulletin", "2027-07-12"); docs.append(d)
d.E("Manila Bulletin", "ORG")
d.E("Dawlah Islamiyah-Maute Group", "ORG", "Dawlah Islamiyah", "DI-MG")
d.E("Lanao del Sur", "GPE")
d.E("Malabang", "GPE", "Malabang town")
d.B("Ali Macabalang-Tan", "PERSON")
d.E("55th Infantry Battalion", "ORG")
d.E("Piagapo", "GPE", "Piagapo town")
d.E("103rd Infantry Brigade", "ORG")
d.E("Marawi", "GPE", "MARAWI CITY", "Marawi City")
d.E("Lumbac Dilabayan", "GPE", "Barangay Lumbac Dilabayan")
d.E("Philippine Army", "ORG", "Army")
d.E("Ronaldo de Guzman", "PERSON", "Lt. Col. Ronaldo de Guzman")
d.E("Sahid Macabanding", "PERSON", "Police Maj. Sahid Macabanding")
d.E("Malabang Municipal Police Station", "ORG")
d.E("Norhaya Pangandaman", "PERSON")
d.E("Mamintal Adiong Jr.", "PERSON", "Lanao del Sur Governor Mamintal Adiong Jr.", "Adiong")
d.E("Antonio Dela Cruz-Ramos", "PERSON", "Maj. Gen. Antonio Dela Cruz-Ramos", "Dela Cruz-Ramos")
d.E("1st Infantry Division", "ORG")
d.E("Bangsamoro Ministry of Public Order and Safety", "ORG", "MPOS")
d.E("Bangsamoro Autonomous Region in Muslim Mindanao", "GPE", "BARMM")
d.E("Moro Islamic Liberation Front", "ORG", "MILF")
d.E("Maguindanao del Norte", "GPE")
d.Q("Our troops engaged the enemy", "Ronaldo de Guzman")
d.Q("I had just opened my stall", "Norhaya Pangandaman")
d.Q("I thought the whole market", "Norhaya Pangandaman")
d.Q("We cannot allow a few misguided men", "Mamintal Adiong Jr.")
d.Q("We ask the public to report", "Antonio Dela Cruz-Ramos")
d.Q("an attack on ordinary families", "Bangsamoro Ministry of Public Order and Safety")
d.EV("ASSAULT", "55th Infantry Battalion", "Dawlah Islamiyah-Maute Group", "Lumbac Dilabayan", "2027-07-10", 4, 1,
     d.S("MARAWI CITY, Lanao del Sur – Four members", "the military said."),
     [d.S("4 Dawlah Islamiyah fighters killed"),
      d.S("The Philippine Army's 103rd Infantry Brigade said", "around 2 p.m."),
      d.S("One soldier was wounded", "Medical Center.")])
d.EV("ASSAULT", None, None, "Malabang", "2027-07-09", None, 7,
     d.S("A day earlier, an improvised explosive device went off", "two children."),
     [d.S("4 Dawlah Islamiyah fighters killed"),
      d.S("No one was killed."),
      d.S("Police Maj. Sahid Macabanding, chief", "sack of dried fish."),
      d.S("Nobody has claimed the blast", "in the province.")])
d.EV("CONSULT", "Mamintal Adiong Jr.", "Antonio Dela Cruz-Ramos", "Marawi", "2027-07-11", None, None,
     d.S("On Sunday, Lanao del Sur Governor", "market security."),
     [d.S("\"We cannot allow a few misguided men", "after the meeting.")])

# ---------------- j07 AP: RMM arson and shooting near Pidima (Ercilla, Malleco, Araucanía); gunfire on a Carabineros patrol in Collipulli; Kast-Rivas in Temuco
d = Doc("j07.txt", "Associated Press", "2027-07-13"); docs.append(d)
d.E("Associated Press", "ORG", "The Associated Press", "AP")
d.B("Eva Vergara-Soto", "PERSON", "EVA VERGARA-SOTO", "Vergara-Soto")
d.B("Matías Delacroix", "PERSON")
d.B("Argentina", "GPE")
d.B("Santiago", "GPE")
d.E("Chile", "GPE")
d.E("Ercilla", "GPE")
d.E("Temuco", "GPE", "TEMUCO")
d.E("Araucanía", "GPE", "Araucanía region")
d.E("Pidima", "GPE")
d.E("Malleco", "GPE", "Malleco province")
d.E("Angol", "GPE")
d.E("Resistencia Mapuche Malleco", "ORG", "RMM")
d.E("Juan Carlos Medina-Ulloa", "PERSON", "Juan")
d.E("Victoria", "GPE")
d.E("Carabineros de Chile", "ORG", "Carabineros")
d.E("Collipulli", "GPE")
d.E("José Antonio Kast", "PERSON", "President José Antonio Kast", "Kast")
d.E("Luciano Rivas", "PERSON", "Governor Luciano Rivas", "Rivas")
d.E("Transportes De la Fuente", "ORG")
d.E("Los Ángeles", "GPE")
d.E("Pablo de la Fuente", "PERSON", "de la Fuente")
d.E("Luis Painemal-Huenchullán", "PERSON", "Rev. Luis Painemal-Huenchullán")
d.E("Biobío", "GPE")
d.Q("They came out of the trees", None)
d.Q("Juan did not even have time", None)
d.Q("Those who burn trucks", "José Antonio Kast")
d.Q("The army can guard a road", "Luciano Rivas")
d.Q("but only prosecutors can put", "Luciano Rivas")
d.Q("We are not the owners", "Pablo de la Fuente")
d.Q("Every death in this land", "Luis Painemal-Huenchullán")
d.EV("ASSAULT", "Resistencia Mapuche Malleco", None, "Pidima", "2027-07-11", 1, 2,
     d.S("TEMUCO, Chile (AP) — Hooded attackers", "in the area this year."),
     [d.S("Truck driver killed in arson attack"),
      d.S("The attack happened late Sunday", "Malleco province."),
      d.S("Two other workers were wounded by gunfire", "health authorities said."),
      d.S("The Resistencia Mapuche Malleco, or RMM", "according to prosecutors.")])
d.EV("ASSAULT", None, "Carabineros de Chile", "Collipulli", "2027-07-12", None, None,
     d.S("Hours later, on Monday morning, gunmen fired", "commune of Collipulli."),
     [d.S("No one was hurt, the force said", "claimed that attack.")])
d.EV("CONSULT", "José Antonio Kast", "Luciano Rivas", "Temuco", "2027-07-12", None, None,
     d.S("President José Antonio Kast, who took office", "local prosecutors."),
     [d.S("Rivas said after the meeting", "more soldiers.")])

# ---------------- j08 Kyiv Post: Russian drones on the Izmail port (Odesa Oblast); overnight attack on Ukraine; Zelensky-Sandu in Odesa; Zelensky-Dan call
d = Doc("j08.txt", "Kyiv Post", "2027-07-15"); docs.append(d)
d.B("Kyiv Post", "ORG", "KYIV POST")
d.B("Olena Hrytsenko-Vasyliv", "PERSON")
d.B("State Emergency Service of Ukraine", "ORG")
d.E("Odesa Oblast", "GPE")
d.E("Izmail", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Maia Sandu", "PERSON", "Moldovan President Maia Sandu", "Sandu")
d.E("Oleh Kiper", "PERSON", "Governor Oleh Kiper", "Kiper")
d.E("Ukrainian Sea Ports Authority", "ORG", "USPA")
d.E("Russia", "GPE")
d.E("Ukraine", "GPE")
d.E("Ukrainian Air Force", "ORG")
d.E("Romanian Ministry of National Defence", "ORG", "Ministry of National Defence")
d.E("Romania", "GPE")
d.E("Tulcea", "GPE", "Tulcea county")
d.E("Odesa", "GPE")
d.E("European Union", "ORG")
d.E("Office of the President of Ukraine", "ORG", "Presidential Office")
d.E("Moldova", "GPE")
d.E("Nicușor Dan", "PERSON", "Romanian President Nicușor Dan")
d.E("Reni", "GPE")
d.E("Kyiv School of Economics", "ORG")
d.E("Kharkiv", "GPE")
d.Q("The enemy again targeted", "Oleh Kiper")
d.Q("Ships are waiting on the roads", "Ukrainian Sea Ports Authority")
d.Q("We heard the moped sound", None)
d.Q("no drone entered national airspace", "Romanian Ministry of National Defence")
d.Q("Every Russian drone over the Danube", "Volodymyr Zelensky")
d.Q("Moldova will not be a bystander", "Maia Sandu")
d.Q("Our ports and our grain", "Maia Sandu")
d.Q("fast and concrete", "Volodymyr Zelensky")
d.EV("ASSAULT", "Russia", None, "Izmail", "2027-07-15", 2, 5,
     d.S("Russian drones attacked port infrastructure in Izmail", "Governor Oleh Kiper said."),
     [d.S("Russian Drones Kill Two Port Workers"),
      d.S("Kiper wrote on Telegram:", "Danube ports."),
      d.S("The attack on Izmail was part", "overnight assault.")])
d.EV("ASSAULT", "Russia", "Ukraine", "Ukraine", "2027-07-15", None, None,
     d.S("Russia launched 74 Shahed-type drones", "electronic warfare."))
d.EV("CONSULT", "Volodymyr Zelensky", "Maia Sandu", "Odesa", "2027-07-14", None, None,
     d.S("On July 14, President Volodymyr Zelensky met", "in Odesa."),
     [d.S("Russian Drones Kill Two Port Workers"),
      d.S("The two leaders discussed the protection", "the Presidential Office said."),
      d.S("\"Every Russian drone over the Danube", "at a joint press conference.")])
d.EV("CONSULT", "Volodymyr Zelensky", "Nicușor Dan", None, "2027-07-15", None, None,
     d.S("Zelensky also spoke by phone on Thursday morning", "after the strike."),
     [d.S("The two presidents agreed to expand", "Zelensky said.")])

# ---------------- j09 Caucasian Knot: IS-claimed attack on a traffic police post at Karabulak (Ingushetia); FSB kills a suspect in Troitskaya
d = Doc("j09.txt", "Caucasian Knot", "2027-07-17"); docs.append(d)
d.E("Caucasian Knot", "ORG")
d.E("Ingushetia", "GPE")
d.E("Karabulak", "GPE")
d.E("Ministry of Internal Affairs of Ingushetia", "ORG")
d.E("Islamic State", "ORG")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Mahmud-Ali Kalimatov", "PERSON")
d.E("National Anti-Terrorism Committee", "ORG", "NAC")
d.E("Sunzhensky", "GPE", "Sunzhensky district")
d.E("Federal Security Service", "ORG", "FSB")
d.E("Troitskaya", "GPE")
d.E("Timur Barakhoev-Kostoev", "PERSON")
d.E("Nazran", "GPE")
d.E("Malgobek", "GPE")
d.E("Russia", "GPE")
d.E("Chechnya", "GPE")
d.E("Urus-Martan", "GPE")
d.Q("This is a cowardly crime", "Mahmud-Ali Kalimatov")
d.Q("He knew every car that passed", None)
d.Q("offered armed resistance", "National Anti-Terrorism Committee")
d.Q("Nobody asked the neighbours anything", None)
d.Q("Every time the NAC reports", "Timur Barakhoev-Kostoev")
d.Q("supporters of the Islamic State", None)
d.EV("ASSAULT", "Islamic State", None, "Karabulak", "2027-07-15", 2, 1,
     d.S("Two traffic police officers were killed and one was wounded", "reported."),
     [d.S("Two police officers killed in attack on traffic post"),
      d.S("According to the ministry, the two attackers", "came to help."),
      d.S("The Islamic State* claimed responsibility", "with a flag.")])
d.EV("ASSAULT", "Federal Security Service", None, "Troitskaya", "2027-07-16", 1, None,
     d.S("Later that day, FSB officers killed", "the NAC said."),
     [d.S("Residents of Troitskaya said that the shooting", "badly damaged.")])

# ---------------- j10 The Jordan Times: JAF kills smugglers near Ruwaished (Mafraq); unclaimed strike near Al-Ghariyah (Sweida); Huneiti-Abu Qasra in Amman; Safadi-al-Shaibani call
d = Doc("j10.txt", "The Jordan Times", "2027-07-19"); docs.append(d)
d.B("The Jordan Times", "ORG", "JT")
d.E("Syria", "GPE")
d.E("Khaled bin Rakan al-Zoubi", "PERSON", "Col. Khaled bin Rakan al-Zoubi")
d.E("Eastern Military Region", "ORG")
d.E("Jordan News Agency", "ORG", "Petra")
d.E("Amman", "GPE", "AMMAN")
d.E("Jordan Armed Forces-Arab Army", "ORG", "JAF")
d.E("Ruwaished", "GPE")
d.E("Mafraq", "GPE", "Mafraq governorate")
d.E("Syrian Arab News Agency", "ORG", "SANA")
d.E("Al-Ghariyah", "GPE")
d.E("Sweida", "GPE")
d.E("Yousef Huneiti", "PERSON", "Maj. Gen. Yousef Huneiti", "Huneiti")
d.E("Murhaf Abu Qasra", "PERSON", "Syrian Defence Minister Murhaf Abu Qasra", "Abu Qasra")
d.E("Jordan", "GPE")
d.E("Ayman Safadi", "PERSON", "Foreign Minister Ayman Safadi")
d.E("Asaad al-Shaibani", "PERSON")
d.E("Jordanian Ministry of Foreign Affairs and Expatriates", "ORG", "Ministry of Foreign Affairs and Expatriates")
d.E("Rana al-Smadi", "PERSON", "Dr Rana al-Smadi")
d.E("Center for Strategic Studies", "ORG", "CSS")
d.E("University of Jordan", "ORG")
d.Q("a number of armed individuals", "Khaled bin Rakan al-Zoubi")
d.Q("The armed forces will strike", "Jordan Armed Forces-Arab Army")
d.Q("There were no smugglers here", None)
d.Q("will not allow its border", "Yousef Huneiti")
d.Q("We share the same enemy", "Murhaf Abu Qasra")
d.Q("They now move in larger groups", "Rana al-Smadi")
d.Q("This is no longer smuggling", "Rana al-Smadi")
d.EV("ASSAULT", "Jordan Armed Forces-Arab Army", None, "Ruwaished", "2027-07-18", 5, None,
     d.S("AMMAN — Five armed drug smugglers", "(JAF) said."),
     [d.S("Army kills five smugglers"),
      d.S("In a statement carried by the Jordan News Agency", "ignored warnings.")])
d.EV("ASSAULT", None, None, "Al-Ghariyah", "2027-07-17", 3, None,
     d.S("Separately, Syrian state news agency SANA reported", "killing three people."),
     [d.S("SANA did not say who carried out the strike", "did not comment.")])
d.EV("CONSULT", "Yousef Huneiti", "Murhaf Abu Qasra", "Amman", "2027-07-18", None, None,
     d.S("Chairman of the Joint Chiefs of Staff", "Petra reported."),
     [d.S("The two sides discussed coordination", "weapons and narcotics."),
      d.S("Huneiti stressed that Jordan", "according to the agency.")])
d.EV("CONSULT", "Ayman Safadi", "Asaad al-Shaibani", None, "2027-07-18", None, None,
     d.S("Also on Sunday, Foreign Minister Ayman Safadi", "Expatriates said."))

# ---------------- j11 24.kg: Japarov-Rahmon state visit in Bishkek; Kulubaev-Muhriddin; Rahmon-Mirziyoyev phone call (CONSULT only)
d = Doc("j11.txt", "24.kg", "2027-07-21"); docs.append(d)
d.E("24.kg", "ORG")
d.E("Sadyr Japarov", "PERSON", "President of Kyrgyzstan Sadyr Japarov", "Japarov")
d.E("Emomali Rahmon", "PERSON", "President of Tajikistan Emomali Rahmon", "Rahmon")
d.E("Bishkek", "GPE", "BISHKEK")
d.B("Aigul Temirbekova", "PERSON")
d.E("Kyrgyzstan", "GPE")
d.E("Tajikistan", "GPE")
d.E("Khovar", "ORG")
d.E("Jeenbek Kulubaev", "PERSON", "Foreign Minister of Kyrgyzstan Jeenbek Kulubaev", "Kulubaev")
d.E("Sirojiddin Muhriddin", "PERSON")
d.E("Batken", "GPE", "Batken region")
d.E("Sughd", "GPE", "Sughd region")
d.E("Tajik Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs of Tajikistan")
d.E("Shavkat Mirziyoyev", "PERSON", "President of Uzbekistan Shavkat Mirziyoyev")
d.E("Uzbekistan", "GPE")
d.E("Khujand", "GPE")
d.E("Kok-Tash", "GPE")
d.E("Nurbek Sydykov-Aliev", "PERSON")
d.E("Moscow", "GPE")
d.E("Beijing", "GPE")
d.Q("Two years ago we did", "Sadyr Japarov")
d.Q("the peoples of Tajikistan and Kyrgyzstan", "Emomali Rahmon")
d.Q("The commission will meet every quarter", "Jeenbek Kulubaev")
d.Q("strengthens the legal basis", "Tajik Ministry of Foreign Affairs")
d.Q("For years we could not even visit", None)
d.Q("Central Asia has learned", "Nurbek Sydykov-Aliev")
d.EV("CONSULT", "Sadyr Japarov", "Emomali Rahmon", "Bishkek", "2027-07-20", None, None,
     d.S("President of Kyrgyzstan Sadyr Japarov held talks", "more than a decade."),
     [d.S("Japarov and Rahmon open"),
      d.S("The talks were held first in a narrow", "extended format."),
      d.S("The parties signed nine documents", "the state border.")])
d.EV("CONSULT", "Jeenbek Kulubaev", "Sirojiddin Muhriddin", "Bishkek", "2027-07-20", None, None,
     d.S("On the same day, Foreign Minister of Kyrgyzstan", "Sirojiddin Muhriddin."),
     [d.S("The ministers signed a protocol", "Sughd region.")])
d.EV("CONSULT", "Emomali Rahmon", "Shavkat Mirziyoyev", None, "2027-07-19", None, None,
     d.S("A day before the visit, on Monday", "Shavkat Mirziyoyev."),
     [d.S("The leaders discussed preparations", "press service reported.")])

# ---------------- j12 MyJoyOnline: Parliament passes the diaspora voting bill (politics; no events)
d = Doc("j12.txt", "MyJoyOnline", "2027-07-23"); docs.append(d)
d.B("MyJoyOnline", "ORG")
d.B("Kwabena Owusu-Ansah", "PERSON")
d.E("Parliament of Ghana", "ORG", "Parliament", "House")
d.E("Accra", "GPE")
d.E("Electoral Commission of Ghana", "ORG", "Electoral Commission", "EC")
d.E("Mahama Ayariga", "PERSON", "Majority Leader Mahama Ayariga", "Ayariga")
d.E("London", "GPE")
d.E("Toronto", "GPE")
d.E("Dubai", "GPE")
d.E("Alexander Afenyo-Markin", "PERSON", "Minority Leader Alexander Afenyo-Markin")
d.E("Alban Bagbin", "PERSON")
d.E("Samuel Okudzeto Ablakwa", "PERSON")
d.E("John Dramani Mahama", "PERSON", "President John Dramani Mahama", "Mahama")
d.E("Office of the President of Ghana", "ORG", "Office of the President")
d.E("Ghana Center for Democratic Development", "ORG", "CDD-Ghana")
d.E("New Patriotic Party", "ORG", "NPP")
d.E("National Democratic Congress", "ORG", "NDC")
d.E("Kumasi", "GPE")
d.E("Canada", "GPE")
d.Q("a historic injustice", "Mahama Ayariga")
d.Q("Our brothers and sisters", "Mahama Ayariga")
d.Q("We are not against the diaspora", "Alexander Afenyo-Markin")
d.Q("This House will not become", "Alban Bagbin")
d.Q("welcomes the passage of the bill", "Electoral Commission of Ghana")
d.Q("engage all stakeholders", "Electoral Commission of Ghana")
d.Q("The diaspora is not a guest", "Samuel Okudzeto Ablakwa")
d.Q("credibility must come before speed", "Ghana Center for Democratic Development")

# ---------------- j13 Sunday Standard: Mmereki-Dintwe elected BDP president at the Palapye congress (politics; no events)
d = Doc("j13.txt", "Sunday Standard", "2027-07-25"); docs.append(d)
d.B("Sunday Standard", "ORG")
d.B("Keabetswe Ramotswa", "PERSON", "KEABETSWE RAMOTSWA")
d.E("Lorato Mmereki-Dintwe", "PERSON", "Mmereki-Dintwe")
d.E("Botswana Democratic Party", "ORG", "BDP")
d.E("Palapye", "GPE")
d.E("Botswana", "GPE")
d.E("Serowe West", "GPE")
d.E("Onalenna Sekgoma", "PERSON", "Sekgoma")
d.E("Tebogo Phiri", "PERSON", "Kgosi Tebogo Phiri")
d.E("Mokgweetsi Masisi", "PERSON", "former President Mokgweetsi Masisi", "Masisi")
d.E("Umbrella for Democratic Change", "ORG", "UDC")
d.E("Francistown", "GPE")
d.E("Maun", "GPE")
d.E("Mpho Kelebemang-Tau", "PERSON")
d.E("Letlhogonolo Rapoo", "PERSON")
d.E("Kebonye Mothibi", "PERSON", "Dr Kebonye Mothibi")
d.E("University of Botswana", "ORG")
d.E("Duma Boko", "PERSON", "President Duma Boko")
d.Q("rebuild from the ground", "Lorato Mmereki-Dintwe")
d.Q("We lost because we stopped listening", "Lorato Mmereki-Dintwe")
d.Q("The delegates have spoken", "Onalenna Sekgoma")
d.Q("stop fighting yesterday's battles", "Mokgweetsi Masisi")
d.Q("Every accredited delegate voted", "Mpho Kelebemang-Tau")
d.Q("The BDP can change its leader", "Letlhogonolo Rapoo")
d.Q("Mmereki-Dintwe has a clean image", "Kebonye Mothibi")
d.Q("but the party's finances", "Kebonye Mothibi")

# ---------------- j14 Reuters: Kuusiranta Oyj to buy Lindvall Förpackning (business; no events)
d = Doc("j14.txt", "Reuters", "2027-07-26"); docs.append(d)
d.E("Reuters", "ORG")
d.E("Finland", "GPE")
d.E("Kuusiranta Oyj", "ORG", "Kuusiranta")
d.E("Lindvall Förpackning AB", "ORG", "Lindvall")
d.E("Helsinki", "GPE", "HELSINKI")
d.E("Nasdaq Stockholm", "ORG")
d.E("Essen Invest", "ORG")
d.E("Marjolein van Dijk", "PERSON", "Van Dijk")
d.E("Carl-Johan von Essen", "PERSON")
d.E("Jönköping", "GPE")
d.E("European Commission", "ORG")
d.E("Aino Lehtikangas-Brandt", "PERSON")
d.E("Inderes", "ORG")
d.E("Sweden", "GPE")
d.E("Poland", "GPE")
d.E("Carnegie", "ORG")
d.E("Johan Sundqvist", "PERSON")
d.E("Nordea", "ORG")
d.E("SEB", "ORG")
d.B("Elina Pursiainen", "PERSON")
d.B("Anders Lindgren", "PERSON")
d.B("Stockholm", "GPE")
d.B("Kirsten Donovan-Hale", "PERSON")
d.B("Thomson Reuters", "ORG")
d.Q("Lindvall gives us the converting capacity", "Marjolein van Dijk")
d.Q("Now we can offer a food company", "Marjolein van Dijk")
d.Q("My grandfather started", "Carl-Johan von Essen")
d.Q("The price is full", "Aino Lehtikangas-Brandt")
d.Q("at the top of the cycle", "Johan Sundqvist")
d.Q("accretive to earnings per share", "Kuusiranta Oyj")

# ---------------- j15 STAT: water-rest-shade trial among sugarcane cutters in Nicaragua and El Salvador (science/health; no events)
d = Doc("j15.txt", "STAT", "2027-07-27"); docs.append(d)
d.B("STAT", "ORG")
d.B("Helen Brandt-Okafor", "PERSON")
d.E("Chichigalpa", "GPE")
d.E("Nicaragua", "GPE")
d.E("La Isla Network", "ORG")
d.E("El Salvador", "GPE")
d.E("The Lancet Planetary Health", "ORG")
d.E("Karin von der Heyde", "PERSON", "Dr. Karin von der Heyde")
d.E("Boston University School of Public Health", "ORG")
d.E("National Autonomous University of Nicaragua in León", "ORG", "UNAN-León")
d.E("Jaime Pérez de la Vega", "PERSON", "Dr. Jaime Pérez de la Vega")
d.E("Marvin Ortega-Lainez", "PERSON")
d.E("Priya Natarajan-Cole", "PERSON", "Dr. Priya Natarajan-Cole")
d.E("Emory University", "ORG")
d.E("International Labour Organization", "ORG", "ILO")
d.E("Sri Lanka", "GPE")
d.E("India", "GPE")
d.E("Mexico", "GPE")
d.E("United States", "GPE", "U.S.")
d.Q("We finally have randomized evidence", "Karin von der Heyde")
d.Q("The cutters were skeptical", "Jaime Pérez de la Vega")
d.Q("They are paid by the ton", "Jaime Pérez de la Vega")
d.Q("Before, we worked until", "Marvin Ortega-Lainez")
d.Q("important and overdue", "Priya Natarajan-Cole")
d.Q("We still don", "Priya Natarajan-Cole")

# ---------------- j16 The Nation Thailand: Bank of Thailand cuts the policy rate to 1.00% (business; no events)
d = Doc("j16.txt", "The Nation Thailand", "2027-07-28"); docs.append(d)
d.B("The Nation Thailand", "ORG", "nationthailand", "The Nation")
d.B("Nation Multimedia Group", "ORG")
d.E("Bank of Thailand", "ORG", "BOT")
d.E("Bangkok", "GPE")
d.E("Bank of Thailand Monetary Policy Committee", "ORG", "Monetary Policy Committee", "MPC")
d.E("Chayawadee Sirikul-Anand", "PERSON")
d.E("Vitai Ratanakorn", "PERSON", "Governor Vitai Ratanakorn")
d.E("Stock Exchange of Thailand", "ORG", "SET")
d.E("Thai Ministry of Finance", "ORG", "Ministry of Finance")
d.E("Kasikorn Research Center", "ORG", "K-Research")
d.E("Nattapong Srisuwan-Kul", "PERSON")
d.E("China", "GPE")
d.E("United States", "GPE", "US")
d.E("SCB EIC", "ORG")
d.E("Federation of Thai Industries", "ORG", "FTI")
d.E("Somchai Kittipornphan-Lee", "PERSON")
d.E("Vietnam", "GPE")
d.Q("The committee sees a bigger risk", "Chayawadee Sirikul-Anand")
d.Q("Monetary policy alone cannot", "Chayawadee Sirikul-Anand")
d.Q("Lower rates help", "Vitai Ratanakorn")
d.Q("will support liquidity", "Thai Ministry of Finance")
d.Q("Exports to China", "Nattapong Srisuwan-Kul")
d.Q("wait and see", "SCB EIC")
d.Q("too little, too late", "Federation of Thai Industries")
d.Q("Our members lost orders", "Somchai Kittipornphan-Lee")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

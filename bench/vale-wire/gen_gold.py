"""Builds vale-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- v01 The Kyiv Independent: shelling of Kizomys (Bilozerka hromada); drone on a bus in Dniprovskyi district
d = Doc("v01.txt", "The Kyiv Independent", "2027-03-02"); docs.append(d)
d.E("The Kyiv Independent", "ORG", "Kyiv Independent")
d.B("Ukraine", "GPE")  # only in the section label "Ukraine War Latest"
d.E("Kherson Oblast", "GPE")
d.B("Iryna Savchuk-Melnyk", "PERSON")
d.E("Kizomys", "GPE")
d.E("Kherson Regional Military Administration", "ORG")
d.E("Bilozerka", "GPE", "Bilozerka hromada")
d.E("Oleksandr Prokudin", "PERSON")
d.E("Valentyna Ostapchuk", "PERSON", "Ostapchuk")
d.E("Kherson", "GPE")
d.E("Dniprovskyi", "GPE", "Dniprovskyi district")
d.E("Russia", "GPE")
d.E("Oleshky", "GPE")
d.E("Ukrainian Red Cross Society", "ORG")
d.E("Mykolaiv", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "Zelensky")
d.E("Zaporizhzhia Oblast", "GPE")
d.Q("The Russian army is again hunting", "Oleksandr Prokudin")
d.Q("People stay because", "Valentyna Ostapchuk")
d.Q("We bring them bread", "Valentyna Ostapchuk")
d.Q("The driver managed", "Kherson Regional Military Administration")
d.EV("ASSAULT", "Russia", None, "Kizomys", "2027-03-01", 2, 3,
     d.S("Two civilians were killed and three others injured", "administration reported."),
     [d.S("Russian shelling kills 2"),
      d.S("A 64-year-old man and his 59-year-old wife", "Military Administration."),
      d.S("Three neighbors, among them", "shrapnel wounds.")])
d.EV("ASSAULT", "Russia", None, "Dniprovskyi", "2027-03-01", None, 4,
     d.S("Later on March 1, a Russian drone", "regional administration said."),
     [d.S("Russian shelling kills 2"),
      d.S("\"The driver managed", "evening update.")])

# ---------------- v02 Al Jazeera: air strike on a tent in al-Mawasi (Khan Younis); shooting near aid point in Tal as-Sultan (Rafah)
d = Doc("v02.txt", "Al Jazeera", "2027-03-04"); docs.append(d)
d.E("Al Jazeera", "ORG")
d.E("Gaza Strip", "GPE", "Gaza", "Strip")
d.E("Khan Younis", "GPE")
d.E("Rafah", "GPE")
d.E("Gaza Civil Defence", "ORG", "Civil Defence")
d.E("al-Mawasi", "GPE")
d.B("Hatem Abu Ramadan", "PERSON")
d.B("AFP", "ORG")
d.E("Ahmed Abu Shamala", "PERSON")
d.E("Gaza Health Ministry", "ORG", "Health Ministry")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Hamas", "ORG")
d.E("Tal as-Sultan", "GPE")
d.E("Israel", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("United Nations Relief and Works Agency for Palestine Refugees in the Near East", "ORG", "UNRWA")
d.E("Juliette Mercier-Haddad", "PERSON")
d.E("Amman", "GPE")
d.E("Deir el-Balah", "GPE")
d.Q("There was no warning", "Ahmed Abu Shamala")
d.Q("already beyond capacity", "Gaza Health Ministry")
d.Q("a Hamas terrorist who", "Israel Defense Forces")
d.Q("The IDF regrets", "Israel Defense Forces")
d.Q("a flagrant violation", "Hamas")
d.Q("suspects who approached", "Israel Defense Forces")
d.Q("We have flour", "Juliette Mercier-Haddad")
d.EV("ASSAULT", "Israel", None, "al-Mawasi", "2027-03-04", 7, 12,
     d.S("At least seven Palestinians, including three children", "Civil Defence."),
     [d.S("Israeli attacks kill 10"),
      d.S("Gaza's Civil Defence says three children"),
      d.S("Twelve others were wounded", "the agency said."),
      d.S("In a statement, the Health Ministry in Gaza", "capacity\"."),
      d.S("The Israel Defense Forces (IDF) said its aircraft", "civilian casualties."),
      d.S("Hamas described the strike", "agreement\".")])
d.EV("ASSAULT", "Israel", None, "Tal as-Sultan", "2027-03-03", 3, 9,
     d.S("Separately, Israeli troops opened fire", "Field Hospital said."),
     [d.S("Israeli attacks kill 10"),
      d.S("The IDF said soldiers had fired", "Israeli control.")])

# ---------------- v03 Radio Dabanga: drone strike on Nyala market; RSF raid on Otash camp; al-Taishi-WFP in Nyala
d = Doc("v03.txt", "Radio Dabanga", "2027-03-05"); docs.append(d)
d.E("Radio Dabanga", "ORG")
d.E("South Darfur", "GPE")
d.E("Nyala", "GPE", "NYALA")
d.E("Sudan Doctors Network", "ORG")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("Port Sudan", "GPE")
d.E("Sudan Founding Alliance", "ORG", "Tasis")
d.E("Mohamed Hassan al-Taishi", "PERSON", "Al-Taishi")
d.E("World Food Programme", "ORG", "WFP")
d.E("Chad", "GPE")
d.E("Adre", "GPE")
d.E("Otash", "GPE", "Otash camp")
d.E("Adam Yahya Abakar", "PERSON", "Abakar")
d.E("Norwegian Refugee Council", "ORG", "NRC")
d.E("United Nations", "ORG", "UN")
d.E("Mohamed Hamdan Dagalo", "PERSON", "Hemedti")
d.E("Darfur", "GPE")
d.E("Kalma", "GPE", "Kalma camp")
d.B("Amsterdam", "GPE")
d.Q("working with a fraction", "Sudan Doctors Network")
d.Q("a new massacre", "Rapid Support Forces")
d.Q("military gatherings and supply lines", "Sudanese Armed Forces")
d.Q("People were looking up", None)
d.Q("guarantee safe passage", "Mohamed Hassan al-Taishi")
d.Q("They went from shelter", "Adam Yahya Abakar")
d.Q("Our staff cannot work", "Norwegian Refugee Council")
d.EV("ASSAULT", None, None, "Nyala", "2027-03-03", 11, 23,
     d.S("NYALA – At least 11 civilians", "Sudan Doctors Network."),
     [d.S("Drone strike on Nyala market kills 11"),
      d.S("In a statement, the doctors' group said", "anaesthetics\"."),
      d.S("The Rapid Support Forces (RSF), which have controlled", "militia\"."),
      d.S("The army did not comment", "paramilitaries."),
      d.S("A trader who lost his shop", "explosion.")])
d.EV("ASSAULT", "Rapid Support Forces", None, "Otash", "2027-03-02", 4, 9,
     d.S("In a separate incident, RSF fighters raided", "coordinator in the camp."),
     [d.S("He said the fighters were searching", "with the army."),
      d.S("The Norwegian Refugee Council (NRC) said it had suspended", "after the raid.")])
d.EV("CONSULT", "Mohamed Hassan al-Taishi", "World Food Programme", "Nyala", "2027-03-04", None, None,
     d.S("On Thursday, Mohamed Hassan al-Taishi", "town of Adre."),
     [d.S("Al-Taishi said his administration", "from his office.")])

# ---------------- v04 The EastAfrican: ADF raid on Mayimoya (Beni); M23 shelling around Alimbongo (Lubero); Kasongo Mwamba-Kahindo Musubao in Oicha
d = Doc("v04.txt", "The EastAfrican", "2027-03-08"); docs.append(d)
d.B("The EastAfrican", "ORG")
d.E("Allied Democratic Forces", "ORG", "ADF")
d.E("Beni", "GPE", "Beni territory")
d.E("M23", "ORG", "AFC/M23")
d.E("Lubero", "GPE", "Lubero territory")
d.B("Jean-Pierre Kambale", "PERSON", "JEAN-PIERRE KAMBALE")
d.B("Alexis Muhindo", "PERSON", "ALEXIS MUHINDO")
d.B("AFP", "ORG")
d.E("Oicha", "GPE")
d.E("Mayimoya", "GPE")
d.E("Democratic Republic of the Congo", "GPE", "Democratic Republic of Congo", "DR Congo")
d.E("North Kivu", "GPE", "North Kivu province")
d.E("United Nations", "ORG", "UN")
d.E("Radio Okapi", "ORG")
d.E("Jules Ngongo Kasereka", "PERSON", "Lt. Jules Ngongo Kasereka")
d.E("Armed Forces of the Democratic Republic of the Congo", "ORG", "FARDC")
d.E("Alphonse Kasongo Mwamba", "PERSON", "Col. Alphonse Kasongo Mwamba", "Kasongo Mwamba")
d.E("Jeanine Kahindo Musubao", "PERSON", "Kahindo Musubao")
d.E("Alimbongo", "GPE")
d.E("Wazalendo", "ORG")
d.E("Butembo", "GPE")
d.E("Kinshasa", "GPE")
d.E("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "ORG", "MONUSCO")
d.E("Islamic State", "ORG")
d.E("Uganda", "GPE")
d.E("Doha", "GPE")
d.E("Qatar", "GPE")
d.E("Ituri", "GPE")
d.E("CODECO", "ORG")
d.B("Nation Media Group", "ORG")
d.Q("They shouted at us", None)
d.Q("pursuing the terrorists", "Jules Ngongo Kasereka")
d.Q("the population is tired", "Jeanine Kahindo Musubao")
d.Q("responded to repeated attacks", "M23")
d.Q("deeply concerned by the resurgence", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo")
d.EV("ASSAULT", "Allied Democratic Forces", None, "Mayimoya", "2027-03-06", 14, 6,
     d.S("Fighters of the Allied Democratic Forces (ADF) killed", "said on Sunday."),
     [d.S("ADF rebels kill 14 in Beni"),
      d.S("The attackers arrived on foot", "Radio Okapi."),
      d.S("Six others were wounded", "into the forest."),
      d.S("Army spokesman Lt. Jules Ngongo Kasereka said", "forest\u201d.")])
d.EV("ASSAULT", "M23", "Armed Forces of the Democratic Republic of the Congo", "Alimbongo", "2027-03-06", 3, 8,
     d.S("In neighbouring Lubero territory, M23 rebels shelled", "health official."),
     [d.S("ADF rebels kill 14 in Beni"),
      d.S("The AFC/M23 said in a statement on X", "liberated zones.\u201d")])
d.EV("CONSULT", "Alphonse Kasongo Mwamba", "Jeanine Kahindo Musubao", "Oicha", "2027-03-07", None, None,
     d.S("The territory administrator, Col. Alphonse Kasongo Mwamba, met", "administration said."),
     [d.S("She said she told Kasongo Mwamba at the meeting", "camps.\u201d")])

# ---------------- v05 France 24 / AFP: JNIM ambush near Tin-Hama (Gao); FAMa drone strikes near Anefis (Kidal); Maïga-transporters in Bamako
d = Doc("v05.txt", "France 24", "2027-03-10"); docs.append(d)
d.B("France 24", "ORG")
d.E("Mali", "GPE")
d.E("Gao", "GPE", "GAO", "Gao region")
d.E("Kidal", "GPE")
d.E("Ansongo", "GPE")
d.B("Issa Kanté", "PERSON")
d.E("AFP", "ORG")
d.E("Tin-Hama", "GPE")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "Group for the Support of Islam and Muslims", "JNIM")
d.E("al-Qaeda", "ORG")
d.E("az-Zallaqa", "ORG")
d.E("Iyad Ag Ghaly", "PERSON")
d.E("Senegal", "GPE")
d.E("Ivory Coast", "GPE")
d.E("Boubacar Diallo Sanogo", "PERSON", "Col. Boubacar Diallo Sanogo")
d.E("Office de Radiodiffusion Télévision du Mali", "ORG", "ORTM")
d.E("Malian Armed Forces", "ORG", "FAMa")
d.E("Anefis", "GPE")
d.E("Azawad Liberation Front", "ORG", "FLA")
d.E("Mossa Ag Elkhamis", "PERSON")
d.E("Russia", "GPE")
d.E("Wagner Group", "ORG", "Wagner")
d.E("Africa Corps", "ORG")
d.E("Russian Ministry of Defence", "ORG", "Russian Defence Ministry")
d.E("Bamako", "GPE")
d.E("Abdoulaye Maïga", "PERSON", "Prime Minister Abdoulaye Maïga")
d.E("Malian Council of Road Transporters", "ORG")
d.E("Fatoumata Konaté Diarra", "PERSON")
d.E("Timbuktu Institute", "ORG")
d.E("Dakar", "GPE")
d.E("Assimi Goïta", "PERSON", "Goïta")
d.E("Burkina Faso", "GPE")
d.E("Djibo", "GPE")
d.B("France Médias Monde", "ORG")
d.Q("The tankers burned", None)
d.Q("regained control of the axis", "Boubacar Diallo Sanogo")
d.Q("the terrorists will not decide", "Boubacar Diallo Sanogo")
d.Q("neutralised several terrorists", "Malian Armed Forces")
d.Q("Once again, the junta", "Mossa Ag Elkhamis")
d.Q("The blockade is JNIM", "Fatoumata Konaté Diarra")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", "Malian Armed Forces", "Tin-Hama", "2027-03-08", 9, 14,
     d.S("GAO (AFP) - Jihadists attacked a fuel convoy", "told AFP."),
     [d.S("Mali: jihadists ambush fuel convoy"),
      d.S("Fourteen other people were wounded", "anonymity."),
      d.S("The Group for the Support of Islam and Muslims (JNIM)", "seized weapons."),
      d.S("The governor of the Gao region", "under escort.")])
d.EV("ASSAULT", "Malian Armed Forces", None, "Anefis", "2027-03-09", 4, None,
     d.S("Separately, the Malian Armed Forces (FAMa) said on Tuesday", "south of Kidal."),
     [d.S("Mali: jihadists ambush fuel convoy"),
      d.S("The separatist Azawad Liberation Front (FLA)", "two children."),
      d.S("\"Once again, the junta's drones", "wrote on X.")])
d.EV("CONSULT", "Abdoulaye Maïga", "Malian Council of Road Transporters", "Bamako", "2027-03-09", None, None,
     d.S("In Bamako on Tuesday, Prime Minister Abdoulaye Maïga met", "his office said."))

# ---------------- v06 Dawn: TTP attack on a post in Mir Ali; IED in Datta Khel; IBO in Spinwam; Afridi-Bangash in Peshawar
d = Doc("v06.txt", "Dawn", "2027-03-11"); docs.append(d)
d.E("Dawn", "ORG", "DAWN")
d.E("Pakistan", "GPE")
d.E("North Waziristan", "GPE", "North Waziristan district")
d.E("Inter-Services Public Relations", "ORG", "ISPR")
d.B("Nasrullah Dawar", "PERSON")
d.B("Saad Ahmed Yousafzai", "PERSON")
d.E("Miranshah", "GPE", "MIRANSHAH")
d.B("Reuters", "ORG")
d.E("Mir Ali", "GPE", "Mir Ali tehsil")
d.E("Tehrik-i-Taliban Pakistan", "ORG", "Tehreek-i-Taliban Pakistan", "TTP", "Fitna al-Khawarij")
d.E("Datta Khel", "GPE")
d.E("Waqas Rafiq Khattak", "PERSON", "District Police Officer Waqas Rafiq Khattak")
d.E("Spinwam", "GPE")
d.E("Khyber Pakhtunkhwa", "GPE", "KP")
d.E("Sohail Afridi", "PERSON", "Khyber Pakhtunkhwa Chief Minister Sohail Afridi", "Afridi")
d.E("Peshawar", "GPE")
d.E("Sajjad Ali Bangash", "PERSON", "Inspector General of Police Sajjad Ali Bangash")
d.E("Khyber Pakhtunkhwa Police", "ORG")
d.E("Islamabad", "GPE")
d.E("Taliban", "ORG")
d.E("Kabul", "GPE")
d.E("Bannu", "GPE")
d.E("Lakki Marwat", "GPE")
d.Q("A sanitisation operation", "Inter-Services Public Relations")
d.Q("The blood of our martyrs", "Sohail Afridi")
d.Q("Our men are fighting", "Khyber Pakhtunkhwa Police")
d.Q("We cannot take our children", None)
d.EV("ASSAULT", "Tehrik-i-Taliban Pakistan", None, "Mir Ali", "2027-03-10", 3, None,
     d.S("MIRANSHAH: Three soldiers were martyred", "said on Thursday."),
     [d.S("3 soldiers martyred, 6 terrorists killed"),
      d.S("According to a statement by the Inter-Services Public Relations", "of the attackers."),
      d.S("The banned Tehreek-i-Taliban Pakistan (TTP)", "to journalists."),
      d.S("Khyber Pakhtunkhwa Chief Minister Sohail Afridi condemned", "to the soldiers.")])
d.EV("ASSAULT", None, None, "Datta Khel", "2027-03-11", None, 2,
     d.S("Separately, two policemen were injured", "Khattak said."))
d.EV("ASSAULT", "Pakistan", None, "Spinwam", "2027-03-09", 4, None,
     d.S("On Tuesday, Pakistani troops killed four militants", "separate statement."))
d.EV("CONSULT", "Sohail Afridi", "Sajjad Ali Bangash", "Peshawar", "2027-03-11", None, None,
     d.S("Later on Thursday, Afridi chaired a meeting", "CM's office."))

# ---------------- v07 The Herald: FMQs (Swinney-Sarwar), Holyrood health committee report; Gray-BMA Scotland talks in Edinburgh
d = Doc("v07.txt", "The Herald", "2027-03-12"); docs.append(d)
d.B("The Herald", "ORG")
d.E("John Swinney", "PERSON", "Swinney", "First Minister John Swinney", "Mr Swinney")
d.E("Scottish Labour", "ORG", "Labour")
d.E("Scottish Parliament", "ORG", "Holyrood")
d.E("NHS Scotland", "ORG", "NHS")
d.B("Kirsty MacLeod-Grant", "PERSON")
d.B("PA Media", "ORG", "PA")
d.E("Scottish Government", "ORG")
d.E("Anas Sarwar", "PERSON", "Mr Sarwar")
d.E("Scotland", "GPE")
d.E("UK Government", "ORG")
d.E("Health, Social Care and Sport Committee", "ORG")
d.E("Morag Lindsay-Baird", "PERSON")
d.E("Scottish Conservatives", "ORG", "Scottish Conservative", "Scottish Tories")
d.E("Russell Findlay", "PERSON")
d.E("Neil Gray", "PERSON", "Health Secretary Neil Gray", "Mr Gray")
d.E("Scottish Liberal Democrats", "ORG", "Scottish Liberal Democrat")
d.E("Alex Cole-Hamilton", "PERSON")
d.E("Scottish National Party", "ORG", "SNP")
d.E("Public Health Scotland", "ORG")
d.E("BMA Scotland", "ORG")
d.E("Edinburgh", "GPE")
d.E("Reform UK", "ORG")
d.B("Newsquest Media Group", "ORG")
d.QS("We will not be lectured by Labour", "John Swinney")
d.QS("lacks credible targets", "Health, Social Care and Sport Committee")
d.Q("lectures from Labour", "John Swinney")
d.QP("This First Minister promised", "Anas Sarwar")
d.Q("Patients do not need", "Anas Sarwar")
d.Q("I will not be lectured by a party", "John Swinney")
d.Q("ambitions rather than targets", "Health, Social Care and Sport Committee")
d.Q("We heard from clinicians", "Morag Lindsay-Baird")
d.Q("run out of road", "Alex Cole-Hamilton")
d.Q("constructive but inconclusive", "BMA Scotland")
d.EV("CONSULT", "Neil Gray", "BMA Scotland", "Edinburgh", "2027-03-10", None, None,
     d.S("Separately, Mr Gray met leaders of BMA Scotland", "threatened walkout."),
     [d.S("A spokesperson for BMA Scotland said the talks", "as planned.")])

# ---------------- v08 AP: Senate Commerce hearing on driverless trucks; Stein veto of House Bill 418; Stein-Jackson in Raleigh
d = Doc("v08.txt", "Associated Press", "2027-03-16"); docs.append(d)
d.E("Associated Press", "ORG", "AP", "The Associated Press")
d.B("Danielle R. Okafor", "PERSON", "DANIELLE R. OKAFOR", "Okafor")
d.B("Marcus Holt", "PERSON", "MARCUS HOLT", "Holt")
d.B("Travis Lyle Dunmore", "PERSON")
d.E("Longhaul Robotics", "ORG")
d.E("Charlotte", "GPE")
d.E("North Carolina", "GPE")
d.E("Washington", "GPE", "WASHINGTON")
d.E("Senate Committee on Commerce, Science, and Transportation", "ORG", "Senate Commerce Committee")
d.E("Ted Cruz", "PERSON", "Sen. Ted Cruz")
d.E("Texas", "GPE")
d.E("National Highway Traffic Safety Administration", "ORG", "NHTSA")
d.E("Maria Cantwell", "PERSON", "Sen. Maria Cantwell", "Cantwell")
d.E("Priya Ramanathan-Stokes", "PERSON", "Deputy Administrator Priya Ramanathan-Stokes", "Ramanathan-Stokes")
d.E("Raleigh", "GPE")
d.E("Josh Stein", "PERSON", "Gov. Josh Stein", "Stein")
d.E("North Carolina General Assembly", "ORG", "General Assembly")
d.E("Jeff Jackson", "PERSON", "Attorney General Jeff Jackson", "Jackson")
d.E("Austin", "GPE")
d.E("Dallas", "GPE")
d.E("Houston", "GPE")
d.Q("too slow to write the rules", "Ted Cruz")
d.Q("in its final stages", "Priya Ramanathan-Stokes")
d.Q("We are not going to let", "Priya Ramanathan-Stokes")
d.Q("North Carolina welcomes new technology", "Josh Stein")
d.Q("Our state should lead", "Jeff Jackson")
d.Q("disappointed that the governor", "Longhaul Robotics")
d.EV("CONSULT", "Josh Stein", "Jeff Jackson", "Raleigh", "2027-03-15", None, None,
     d.S("Stein met with Jackson", "his office said."))

# ---------------- v09 Kyodo News: Tachikawa Seiki-Marlowe Automation merger; Nakagawa-UAW in Toledo
d = Doc("v09.txt", "Kyodo News", "2027-03-17"); docs.append(d)
d.B("Kyodo News", "ORG", "KYODO NEWS", "Kyodo")
d.E("Japan", "GPE")
d.E("Tachikawa Seiki", "ORG", "Tachikawa Seiki Co.", "Tachikawa")
d.E("United States", "GPE", "U.S.")
d.E("Marlowe Automation", "ORG", "Marlowe Automation Inc.", "Marlowe")
d.E("Hiroshi Nakagawa", "PERSON", "Nakagawa")
d.E("Dana Whitfield", "PERSON", "Whitfield")
d.E("Tokyo", "GPE", "TOKYO")
d.E("Tachikawa Marlowe Holdings", "ORG")
d.E("Nikkei", "ORG")
d.E("Tokyo Stock Exchange", "ORG")
d.E("New York Stock Exchange", "ORG")
d.E("Nomura Securities", "ORG", "Nomura Securities Co.")
d.E("Morgan Stanley", "ORG")
d.E("Goldman Sachs", "ORG")
d.E("Japan Fair Trade Commission", "ORG")
d.E("European Union", "ORG")
d.E("Committee on Foreign Investment in the United States", "ORG")
d.E("United Auto Workers", "ORG", "UAW")
d.E("Ohio", "GPE")
d.E("Michigan", "GPE")
d.E("Toledo", "GPE")
d.E("Tamika Brandt-Hollis", "PERSON")
d.E("Mizuho Securities", "ORG")
d.E("Japanese Ministry of Economy, Trade and Industry", "ORG", "Ministry of Economy, Trade and Industry")
d.Q("By combining Tachikawa", "Hiroshi Nakagawa")
d.Q("a merger of equals", "Dana Whitfield")
d.Q("examine the transaction carefully", "Japan Fair Trade Commission")
d.Q("We've heard promises", "Tamika Brandt-Hollis")
d.Q("Integrating two corporate cultures", "Mizuho Securities")
d.EV("CONSULT", "Hiroshi Nakagawa", "United Auto Workers", "Toledo", "2027-03-15", None, None,
     d.S("Nakagawa met UAW leaders in Toledo", "spokesperson said."))

# ---------------- v10 City A.M.: Northline Airways annual results (business; no events)
d = Doc("v10.txt", "City A.M.", "2027-03-18"); docs.append(d)
d.E("City A.M.", "ORG", "CITY A.M.")
d.E("Northline Airways Group", "ORG", "Northline Airways", "Northline")
d.B("Jack Pemberton-Ruiz", "PERSON")
d.E("Catriona Webb", "PERSON", "Webb")
d.E("Manchester", "GPE")
d.E("Airbus", "ORG")
d.E("Pratt & Whitney", "ORG")
d.E("France", "GPE")
d.E("Jefferies", "ORG")
d.E("Sofia Marchetti-Long", "PERSON")
d.E("Bernstein", "ORG")
d.E("United Kingdom", "GPE", "UK")
d.E("Spain", "GPE")
d.E("Canary Islands", "GPE")
d.E("Turkey", "GPE")
d.E("Egypt", "GPE")
d.B("City A.M. Ltd", "ORG")
d.Q("never been in better shape", "Catriona Webb")
d.Q("planning for a summer", "Catriona Webb")
d.QP("People are still travelling", "Catriona Webb")
d.Q("What we will not do", "Catriona Webb")
d.Q("solid but priced in", "Jefferies")
d.Q("will reinforce fears", "Jefferies")
d.Q("Northline has the lowest unit costs", "Sofia Marchetti-Long")

# ---------------- v11 The Guardian: Weddell Sea bottom-water study in Nature Geoscience (science; no events)
d = Doc("v11.txt", "The Guardian", "2027-03-22"); docs.append(d)
d.B("The Guardian", "ORG")
d.B("Helena Marsh-Adeyemi", "PERSON")
d.E("British Antarctic Survey", "ORG")
d.E("University of Southampton", "ORG")
d.E("National Oceanography Centre", "ORG", "NOC")
d.E("Nature Geoscience", "ORG")
d.E("Ewan Calloway", "PERSON", "Dr Ewan Calloway")
d.E("Maaike van der Linden", "PERSON", "Dr Maaike van der Linden")
d.E("Utrecht University", "ORG")
d.E("Kenji Morimoto", "PERSON", "Prof Kenji Morimoto")
d.E("Japan Agency for Marine-Earth Science and Technology", "ORG", "Jamstec")
d.E("Adaeze Okonkwo-Reyes", "PERSON", "Dr Adaeze Okonkwo-Reyes")
d.E("Woods Hole Oceanographic Institution", "ORG")
d.E("Massachusetts", "GPE")
d.E("United Kingdom", "GPE", "UK")
d.E("Natural Environment Research Council", "ORG")
d.E("European Research Council", "ORG")
d.E("Greenland", "GPE")
d.B("Guardian News & Media", "ORG", "Guardian News & Media Limited")
d.Q("not a blip", "Ewan Calloway")
d.QP("We have ship measurements", "Ewan Calloway")
d.Q("The models we use", "Ewan Calloway")
d.Q("Think of it as putting", "Maaike van der Linden")
d.Q("careful and convincing", "Adaeze Okonkwo-Reyes")
d.Q("We are trying to measure", "Adaeze Okonkwo-Reyes")
d.QS("We are running out of time", None)

# ---------------- v12 Daily Nation: cholera in Kakuma camp (Turkana); Duale-Lokorio in Lodwar
d = Doc("v12.txt", "Daily Nation", "2027-03-23"); docs.append(d)
d.B("Daily Nation", "ORG", "NATION")
d.E("Turkana", "GPE", "Turkana County")
d.E("Kakuma", "GPE", "Kakuma refugee camp")
d.B("Ekuwam Lokol", "PERSON")
d.B("Sammy Lokwang", "PERSON")
d.B("Nation Media Group", "ORG")
d.E("Kenyan Ministry of Health", "ORG", "Ministry of Health")
d.E("Kalobeyei", "GPE")
d.E("South Sudan", "GPE")
d.E("Sudan", "GPE")
d.E("Somalia", "GPE")
d.E("Aden Duale", "PERSON", "Health Cabinet Secretary Aden Duale", "Duale")
d.E("Peter Ewoi Lokorio", "PERSON", "Turkana Governor Peter Ewoi Lokorio", "Governor Lokorio")
d.E("United Nations", "ORG", "UN")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("Lodwar", "GPE")
d.E("World Health Organization", "ORG", "WHO")
d.E("Lokichogio", "GPE")
d.E("Halima Warsame-Njoroge", "PERSON", "Dr Halima Warsame-Njoroge")
d.E("Nairobi", "GPE")
d.E("Kenya Red Cross Society", "ORG")
d.E("Ethiopia", "GPE")
d.E("Africa Centres for Disease Control and Prevention", "ORG", "Africa CDC")
d.E("Kenya", "GPE")
d.E("Uganda", "GPE")
d.E("Busia", "GPE")
d.Q("The ministry has deployed", "Kenyan Ministry of Health")
d.Q("When 300,000 people", "Peter Ewoi Lokorio")
d.Q("at least 40 new water points", "Peter Ewoi Lokorio")
d.Q("high at the national level", "World Health Organization")
d.Q("We are asking donors", "United Nations High Commissioner for Refugees")
d.EV("CONSULT", "Aden Duale", "Peter Ewoi Lokorio", "Lodwar", "2027-03-22", None, None,
     d.S("Health Cabinet Secretary Aden Duale, who met", "end of the week."))

# ---------------- v13 The Tribune: Punjab polling; SAD attack on AAP workers in Bhikhiwind (Tarn Taran); Kejriwal-Mann in Chandigarh
d = Doc("v13.txt", "The Tribune", "2027-03-25"); docs.append(d)
d.B("The Tribune", "ORG")
d.B("Tribune News Service", "ORG")
d.B("The Tribune Trust", "ORG")
d.E("Punjab", "GPE")
d.E("Election Commission of India", "ORG", "ECI", "EC")
d.E("Tarn Taran", "GPE", "Tarn Taran district")
d.E("Chandigarh", "GPE")
d.E("Gurleen Kaur Randhawa", "PERSON", "Chief Electoral Officer Gurleen Kaur Randhawa")
d.E("Sardulgarh", "GPE")
d.E("Amritsar West", "GPE")
d.E("Shiromani Akali Dal", "ORG", "SAD")
d.E("Aam Aadmi Party", "ORG", "AAP")
d.E("Bhikhiwind", "GPE")
d.E("Harjeet Singh Grewal", "PERSON", "SSP Harjeet Singh Grewal")
d.E("Sukhbir Singh Badal", "PERSON")
d.E("Bhagwant Mann", "PERSON", "Chief Minister Bhagwant Mann", "Mann")
d.E("Satoj", "GPE")
d.E("Sangrur", "GPE", "Sangrur district")
d.E("Arvind Kejriwal", "PERSON")
d.E("Indian National Congress", "ORG", "Congress")
d.E("Amarinder Singh Raja Warring", "PERSON", "Warring")
d.E("Ludhiana", "GPE")
d.E("Bharatiya Janata Party", "ORG", "BJP")
d.E("Sunil Jakhar", "PERSON")
d.E("Uttar Pradesh", "GPE")
d.E("Uttarakhand", "GPE")
d.Q("largely peaceful and orderly", "Election Commission of India")
d.Q("unleashed the police", "Sukhbir Singh Badal")
d.QP("Punjab has seen five years", "Bhagwant Mann")
d.Q("On March 29, the results", "Bhagwant Mann")
d.Q("The silent voter", "Amarinder Singh Raja Warring")
d.Q("surprise everyone in the Doaba", "Sunil Jakhar")
d.EV("ASSAULT", "Shiromani Akali Dal", "Aam Aadmi Party", "Bhikhiwind", "2027-03-24", None, 4,
     d.S("In Tarn Taran, police said supporters", "four of them."),
     [d.S("Punjab votes: 67.9% turnout"),
      d.S("Punjab recorded a provisional voter turnout", "Tarn Taran district."),
      d.S("Two SAD supporters were arrested", "Grewal said."),
      d.S("SAD president Sukhbir Singh Badal alleged", "approach the EC.")])
d.EV("CONSULT", "Arvind Kejriwal", "Bhagwant Mann", "Chandigarh", "2027-03-24", None, None,
     d.S("Later on Wednesday, AAP national convener", "party sources said."))

# ---------------- v14 Philippine Daily Inquirer: Typhoon Amang in Bicol (no ASSAULT); Marcos-Bautista-Sarmiento in Virac
d = Doc("v14.txt", "Philippine Daily Inquirer", "2027-03-29"); docs.append(d)
d.B("Philippine Daily Inquirer", "ORG", "INQUIRER.NET", "The Philippine Daily Inquirer")
d.B("Jhoanna Villareal-Bonto", "PERSON")
d.B("Virac Municipal Disaster Risk Reduction and Management Office", "ORG", "VIRAC MDRRMO")
d.E("Bicol", "GPE", "Bicol region")
d.E("Catanduanes", "GPE")
d.E("Calatagan", "GPE", "Barangay Calatagan")
d.E("Virac", "GPE", "VIRAC")
d.E("Philippines", "GPE")
d.E("National Disaster Risk Reduction and Management Council", "ORG", "NDRRMC")
d.E("Bato", "GPE")
d.E("Philippine Atmospheric, Geophysical and Astronomical Services Administration", "ORG", "Pagasa")
d.E("Teresita Bautista-Sarmiento", "PERSON", "Catanduanes Governor Teresita Bautista-Sarmiento", "Bautista-Sarmiento")
d.E("dzRH", "ORG")
d.E("Ramon de la Cruz", "PERSON", "Mayor Ramon de la Cruz")
d.E("Ferdinand Marcos Jr.", "PERSON", "President Ferdinand Marcos Jr.")
d.E("Department of Social Welfare and Development", "ORG", "DSWD")
d.E("Rhea Mae Dumlao", "PERSON")
d.E("Albay", "GPE")
d.E("Guinobatan", "GPE")
d.E("Camarines Sur", "GPE")
d.E("Office of Civil Defense", "ORG")
d.E("Philippine Coast Guard", "ORG")
d.E("Sorsogon", "GPE")
d.E("National Food Authority", "ORG", "NFA")
d.Q("Ninety percent of the houses", "Teresita Bautista-Sarmiento")
d.Q("The water came up", "Ramon de la Cruz")
d.Q("Amang is unusual for March", "Rhea Mae Dumlao")
d.EV("CONSULT", "Ferdinand Marcos Jr.", "Teresita Bautista-Sarmiento", "Virac", "2027-03-28", None, None,
     d.S("President Ferdinand Marcos Jr. flew to Virac", "in aid."))

# ---------------- v15 ABC News: Federal Court fines Harbourline Energy in ACCC case (court; no events)
d = Doc("v15.txt", "ABC News", "2027-03-30"); docs.append(d)
d.B("Australian Broadcasting Corporation", "ORG", "ABC News", "ABC")
d.B("Olivia Tran-Beaumont", "PERSON")
d.B("Daniel Kovač", "PERSON")
d.E("Harbourline Energy", "ORG", "Harbourline")
d.E("Federal Court of Australia", "ORG", "Federal Court")
d.E("Melbourne", "GPE")
d.E("Catherine Moreau-Hill", "PERSON", "Justice Catherine Moreau-Hill", "Justice Moreau-Hill")
d.E("Australian Competition and Consumer Commission", "ORG", "ACCC")
d.E("Victoria", "GPE")
d.E("New South Wales", "GPE")
d.E("Queensland", "GPE")
d.E("Nadia bin Yusof", "PERSON", "Nadia bin Yusof SC")
d.E("Peter van Rensburg", "PERSON", "Peter van Rensburg SC")
d.E("Liam Nguyen-Whitfield", "PERSON")
d.E("Australian Energy Regulator", "ORG")
d.E("Gemma O\u2019Rourke-Lim", "PERSON")
d.E("Consumer Action Law Centre", "ORG")
d.Q("serious, sustained", "Catherine Moreau-Hill")
d.Q("The promise was not", "Catherine Moreau-Hill")
d.Q("a small player trying", "Nadia bin Yusof")
d.Q("a clear signal to the energy market", "Liam Nguyen-Whitfield")
d.Q("Households are under real pressure", "Liam Nguyen-Whitfield")
d.Q("accepts the court", "Harbourline Energy")
d.Q("The penalty is welcome", "Gemma O\u2019Rourke-Lim")

# ---------------- v16 Yonhap: Lee-Prabowo summit at Cheong Wa Dae; Cho-Sugiono; Prabowo-Kim Min-seok lunch
d = Doc("v16.txt", "Yonhap News Agency", "2027-03-31"); docs.append(d)
d.E("Yonhap News Agency", "ORG", "Yonhap")
d.E("Lee Jae-myung", "PERSON", "President Lee Jae-myung", "Lee")
d.E("Prabowo Subianto", "PERSON", "Indonesian President Prabowo Subianto", "Prabowo")
d.B("Park Ji-hoon", "PERSON")
d.E("Cheong Wa Dae", "ORG")
d.E("Seoul", "GPE", "SEOUL")
d.E("Indonesia", "GPE")
d.E("South Korea", "GPE", "Korea", "S. Korea")
d.E("South Korean Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs")
d.E("Cho Hyun", "PERSON", "Foreign Minister Cho Hyun")
d.E("Sugiono", "PERSON")
d.E("Kim Min-seok", "PERSON", "Prime Minister Kim Min-seok", "Kim")
d.E("Nusantara", "GPE")
d.E("Sjafrie Sjamsoeddin", "PERSON", "Indonesian Defense Minister Sjafrie Sjamsoeddin")
d.E("Sacheon", "GPE")
d.E("Jakarta", "GPE")
d.E("Choi Eun-jung", "PERSON")
d.E("Korea Institute for Defense Analyses", "ORG")
d.E("Association of Southeast Asian Nations", "ORG", "ASEAN")
d.E("Singapore", "GPE")
d.Q("Indonesia is not only", "Lee Jae-myung")
d.Q("not just to dig", "Prabowo Subianto")
d.Q("A productive meeting", "Sugiono")
d.Q("Jakarta has been a patient", "Choi Eun-jung")
d.EV("CONSULT", "Lee Jae-myung", "Prabowo Subianto", "Cheong Wa Dae", "2027-03-30", None, None,
     d.S("SEOUL, March 31 (Yonhap) -- President Lee Jae-myung", "said Wednesday."),
     [d.S("(LEAD) Lee, Prabowo agree"),
      d.S("The two leaders witnessed the signing", "according to Cheong Wa Dae."),
      d.S("In a joint statement issued after the talks", "every year.")])
d.EV("CONSULT", "Cho Hyun", "Sugiono", "Seoul", "2027-03-29", None, None,
     d.S("On Monday, Foreign Minister Cho Hyun met", "Ministry of Foreign Affairs said."),
     [d.S("Sugiono wrote on X after the meeting:")])
d.EV("CONSULT", "Prabowo Subianto", "Kim Min-seok", "Seoul", "2027-03-29", None, None,
     d.S("Prabowo also had lunch with Prime Minister Kim Min-seok", "Kim's office said."))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

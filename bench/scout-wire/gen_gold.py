"""Builds scout-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / end-credit names are added with B() (they are entities by the
existing gold's practice); `python3 gen_gold.py --no-credits` writes gold.jsonl without them.
The Doc helper class is copied from bench/probe-wire (itself from bench/fresh-wire)."""
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
# ---------------- s01 Reuters: ELN drone attack in Tibu (Catatumbo); Suarez drone; Colombia-Venezuela commanders
d = Doc("s01.txt", "Reuters", "2026-12-14"); docs.append(d)
d.E("National Liberation Army", "ORG", "ELN")
d.B("Camila Restrepo", "PERSON")
d.B("Andrés Villalba", "PERSON")
d.E("Tibú", "GPE", "Tibu")
d.E("Colombia", "GPE")
d.E("Norte de Santander", "GPE", "Norte de Santander department")
d.E("Reuters", "ORG", "REUTERS")
d.B("Luis Eduardo Gómez", "PERSON")
d.E("Catatumbo", "GPE")
d.E("Venezuela", "GPE")
d.E("Bogotá", "GPE", "BOGOTA", "Bogota")
d.E("Second Division", "ORG")
d.E("Colombian Ministry of National Defense", "ORG", "Defense Ministry")
d.E("Revolutionary Armed Forces of Colombia", "ORG", "FARC")
d.E("Northeastern War Front", "ORG")
d.E("Caracol Radio", "ORG")
d.E("William Villamizar", "PERSON", "Governor William Villamizar")
d.E("Gustavo Petro", "PERSON", "Former President Gustavo Petro")
d.E("Iris Marín", "PERSON", "Iris Marin")
d.E("Cauca", "GPE")
d.E("Suárez", "GPE", "Suarez")
d.E("Jaime Martínez Front", "ORG", "Jaime Martinez front")
d.E("Estado Mayor Central", "ORG", "EMC")
d.E("Juan Camilo de los Ríos", "PERSON", "Juan Camilo de los Rios")
d.E("Peace and Reconciliation Foundation", "ORG")
d.E("Cúcuta", "GPE", "Cucuta")
d.B("Daniel Hartmann", "PERSON")
d.Q("The terrorists used drones", "Colombian Ministry of National Defense")
d.Q("responded to military operations", None)
d.Q("Catatumbo cannot wait", "William Villamizar")
d.Q("a drug cartel with a flag", "Gustavo Petro")
d.Q("The armed groups are using", "Iris Marín")
d.Q("Drones have changed the balance", "Juan Camilo de los Ríos")
d.EV("ASSAULT", "National Liberation Army", None, "Tibú", "2026-12-13", 7, 12,
     d.S("BOGOTA, Dec 14 (Reuters) - Fighters", "the army said."),
     [d.S("Seven Colombian soldiers killed in ELN drone attack"),
      d.S("Seven soldiers killed, 12 wounded, army says"),
      d.S("Another 12 soldiers were wounded", "in a statement.")])
d.EV("ASSAULT", None, None, "Suárez", "2026-12-12", None, 4,
     d.S("In the southwestern province of Cauca, a drone", "police command said."),
     [d.S("Police blamed the Jaime Martinez front", "(EMC).")])
d.EV("CONSULT", "Colombia", "Venezuela", "Cúcuta", "2026-12-11", None, None,
     d.S("Military commanders from Colombia and Venezuela met", "Defense Ministry said."),
     [d.S("Military commanders of Colombia and Venezuela met on Friday")])

# ---------------- s02 EFE: Salamanca bar shooting (Guanajuato); Culiacan ambush; Garcia Harfuch-Johnson
d = Doc("s02.txt", "EFE", "2026-12-15"); docs.append(d)
d.E("Salamanca", "GPE")
d.E("Mexico", "GPE")
d.E("Guanajuato", "GPE", "Guanajuato state")
d.E("United States", "GPE", "US")
d.E("EFE", "ORG")
d.E("Mexico City", "GPE")
d.E("Guanajuato Attorney General's Office", "ORG")
d.E("Libia Dennise García", "PERSON", "Governor Libia Dennise García")
d.E("National Guard of Mexico", "ORG", "National Guard")
d.E("María de los Ángeles Ruiz", "PERSON")
d.E("Pemex", "ORG")
d.E("Santa Rosa de Lima Cartel", "ORG")
d.E("Jalisco New Generation Cartel", "ORG", "CJNG")
d.E("Sinaloa", "GPE")
d.E("Culiacán", "GPE", "Culiacan")
d.E("Sinaloa Public Security Secretariat", "ORG", "Public Security Secretariat")
d.E("Sinaloa Cartel", "ORG")
d.E("Omar García Harfuch", "PERSON", "Security Secretary Omar García Harfuch", "García Harfuch")
d.E("Ronald Johnson", "PERSON", "Ambassador Ronald Johnson")
d.E("Security and Citizen Protection Secretariat", "ORG")
d.E("Claudia Sheinbaum", "PERSON", "President Claudia Sheinbaum")
d.E("National Public Security System", "ORG")
d.Q("This was an act of extermination", "Guanajuato Attorney General's Office")
d.Q("We will not allow criminals", "Libia Dennise García")
d.Q("for one beer with his cousins", "María de los Ángeles Ruiz")
d.Q("We agreed to speed up", "Omar García Harfuch")
d.Q("Mexico will cooperate", "Omar García Harfuch")
d.Q("There is still a lot to do", "Claudia Sheinbaum")
d.EV("ASSAULT", None, None, "Salamanca", "2026-12-13", 11, 6,
     d.S("Mexico City, Dec 15 (EFE).- Armed men", "state authorities said."),
     [d.S("Gunmen kill 11 at bar"),
      d.S("The attack in Guanajuato state is the deadliest"),
      d.S("The Guanajuato Attorney General's Office said in a statement that", "after the shooting."),
      d.S("Four of the dead were women, it said.")])
d.EV("ASSAULT", None, None, "Culiacán", "2026-12-14", 2, None,
     d.S("In the northwestern state of Sinaloa, gunmen", "Secretariat said."))
d.EV("CONSULT", "Omar García Harfuch", "Ronald Johnson", "Mexico City", "2026-12-14", None, None,
     d.S("Meanwhile, Security Secretary Omar", "Protection Secretariat said."),
     [d.S("The attack in Guanajuato state is the deadliest"),
      d.S("\"We agreed to speed up", "after the meeting.")])

# ---------------- s03 AFP: Al-Shabaab attack on Balcad base; Mogadishu car bomb; AFRICOM strike; Ruto-Madobe
d = Doc("s03.txt", "AFP", "2026-12-16"); docs.append(d)
d.E("Al-Shabaab", "ORG", "al-Shabaab")
d.E("Somalia", "GPE")
d.E("Mogadishu", "GPE")
d.E("Middle Shabelle", "GPE")
d.E("AFP", "ORG", "Agence France-Presse")
d.E("Balcad", "GPE")
d.E("Abdullahi Hussein Nur", "PERSON", "Captain Abdullahi Hussein Nur")
d.E("Radio Andalus", "ORG")
d.E("Al-Qaeda", "ORG")
d.E("Ahmed Diriye", "PERSON", "Abu Ubaidah")
d.E("Abdifatah Adan Hassan", "PERSON")
d.E("African Union", "ORG")
d.E("United States", "GPE", "US")
d.E("Hiiraan", "GPE")
d.E("African Union Support and Stabilization Mission in Somalia", "ORG", "AUSSOM")
d.E("United States Africa Command", "ORG", "Africa Command", "AFRICOM")
d.E("Jilib", "GPE")
d.E("Middle Juba", "GPE")
d.E("Nairobi", "GPE")
d.E("William Ruto", "PERSON", "President William Ruto", "Ruto")
d.E("Jubaland", "GPE")
d.E("Ahmed Mohamed Islam", "PERSON", "Ahmed Madobe")
d.E("Kenya", "GPE")
d.E("Somali Ministry of Foreign Affairs", "ORG", "Somali foreign ministry")
d.E("Hodan Warsame", "PERSON")
d.E("Heritage Institute for Policy Studies", "ORG")
d.Q("They came with two vehicles", "Abdullahi Hussein Nur")
d.Q("dozens of apostate soldiers", "Al-Shabaab")
d.Q("The explosion happened", "Abdifatah Adan Hassan")
d.Q("Kenya's security begins", "William Ruto")
d.Q("Any engagement with regional leaders", "Somali Ministry of Foreign Affairs")
d.Q("lost momentum because", "Hodan Warsame")
d.EV("ASSAULT", "Al-Shabaab", None, "Balcad", "2026-12-15", 9, 7,
     d.S("Mogadishu (AFP) – Al-Shabaab fighters stormed", "in the capital."),
     [d.S("Al-Shabaab kills nine soldiers"),
      d.S("The jihadists attacked the base", "an army officer said."),
      d.S("Seven more soldiers were wounded", "he said."),
      d.S("Al-Shabaab claimed responsibility on its Radio Andalus", "soldiers\".")])
d.EV("ASSAULT", None, None, "Mogadishu", "2026-12-15", 3, 11,
     d.S("Earlier on Tuesday, a car bomb exploded", "Adan Hassan said."),
     [d.S("Mogadishu (AFP) – Al-Shabaab fighters stormed", "in the capital."),
      d.S("Al-Shabaab kills nine soldiers")])
d.EV("ASSAULT", "United States Africa Command", None, "Jilib", "2026-12-13", None, None,
     d.S("The US military's Africa Command", "on Sunday."),
     [d.S("It said no civilians were hurt.")])
d.EV("CONSULT", "William Ruto", "Ahmed Mohamed Islam", "Nairobi", "2026-12-14", None, None,
     d.S("In Nairobi, Kenyan President William Ruto met", "Ruto's office said."),
     [d.S("\"Kenya's security begins", "according to the statement.")])

# ---------------- s04 The EastAfrican: Mucojo raid (Macomia, Cabo Delgado); FDS counter-attack; Awasse ambush; Chapo-Kagame
d = Doc("s04.txt", "The EastAfrican", "2026-12-12"); docs.append(d)
d.E("Cabo Delgado", "GPE", "Cabo Delgado province")
d.E("Daniel Chapo", "PERSON", "President Daniel Chapo", "Chapo")
d.E("Mozambique", "GPE")
d.E("Kigali", "GPE")
d.E("Paul Kagame", "PERSON", "President Paul Kagame", "Kagame")
d.B("Francisco Muchanga", "PERSON", "FRANCISCO MUCHANGA")
d.E("The EastAfrican", "ORG")
d.E("Mocímboa da Praia", "GPE")
d.B("AFP", "ORG")
d.E("Mucojo", "GPE")
d.E("Rwanda", "GPE")
d.E("Islamic State", "ORG")
d.E("Macomia", "GPE", "Macomia district")
d.E("Tomás dos Santos Mucavele", "PERSON", "dos Santos Mucavele")
d.E("Islamic State Mozambique Province", "ORG", "Ahlu Sunnah Wa-Jama")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Defence and Security Forces", "ORG", "FDS")
d.E("Awasse", "GPE")
d.E("Rwanda Security Forces", "ORG")
d.E("European Union", "ORG")
d.E("Niassa", "GPE", "Niassa province")
d.E("TotalEnergies", "ORG")
d.E("Lídia da Conceição Macuácua", "PERSON")
d.E("Centre for Public Integrity", "ORG", "CIP")
d.E("Maputo", "GPE")
d.Q("We found six bodies", "Tomás dos Santos Mucavele")
d.Q("six Christians and members", "Islamic State Mozambique Province")
d.Q("Rwanda will stay", "Paul Kagame")
d.Q("expand joint operations", "Daniel Chapo")
d.Q("The insurgency is not being defeated", "Lídia da Conceição Macuácua")
d.EV("ASSAULT", "Islamic State Mozambique Province", None, "Mucojo", "2026-12-09", 6, None,
     d.S("Insurgents linked to the Islamic State group beheaded", "residents said."),
     [d.S("Insurgents behead six in Cabo Delgado raid"),
      d.S("The attackers arrived in Mucojo", "Tomás dos Santos Mucavele."),
      d.S("Islamic State Mozambique Province, known locally", "militia\".")])
d.EV("ASSAULT", "Defence and Security Forces", None, "Mucojo", "2026-12-10", 8, None,
     d.S("The Mozambican Defence and Security Forces (FDS) said", "on Thursday."))
d.EV("ASSAULT", None, None, "Awasse", "2026-12-08", 2, None,
     d.S("Separately, insurgents ambushed a truck", "association said."))
d.EV("CONSULT", "Daniel Chapo", "Paul Kagame", "Kigali", "2026-12-11", None, None,
     d.S("In Kigali on Friday, Chapo held talks", "European Union."),
     [d.S("Insurgents behead six in Cabo Delgado raid"),
      d.S("Mozambique's President Daniel Chapo was in Kigali", "gas-rich province."),
      d.S("\"Rwanda will stay", "after the meeting."),
      d.S("Chapo said the two countries had agreed", "Reserve.")])

# ---------------- s05 Dawn: Kalat bus attack (BLA); Pezu police station (TTP); North Waziristan; Istanbul talks
d = Doc("s05.txt", "Dawn", "2026-12-17"); docs.append(d)
d.E("Kalat", "GPE", "Kalat district")
d.E("Lakki Marwat", "GPE", "Lakki Marwat district")
d.E("Sarfraz Bugti", "PERSON", "CM Bugti", "Chief Minister Mir Sarfraz Bugti", "Mir Sarfraz Bugti")
d.E("Pakistan", "GPE")
d.E("Afghanistan", "GPE")
d.E("Istanbul", "GPE")
d.B("Amanullah Kasi", "PERSON")
d.B("Iftikhar Shirazi", "PERSON")
d.E("Quetta", "GPE", "QUETTA")
d.E("Balochistan", "GPE")
d.E("Karachi", "GPE")
d.E("Mangochar", "GPE")
d.E("Jamil Ahmed Baloch", "PERSON", "Deputy Commissioner Jamil Ahmed Baloch")
d.E("Dawn", "ORG")
d.E("Punjab", "GPE")
d.E("Baloch Liberation Army", "ORG", "BLA")
d.E("Mohsin Naqvi", "PERSON", "Interior Minister Mohsin Naqvi")
d.E("Khyber Pakhtunkhwa", "GPE")
d.E("Pezu", "GPE")
d.E("Umar Farooq Khattak", "PERSON", "District Police Officer Umar Farooq Khattak")
d.E("Tehreek-i-Taliban Pakistan", "ORG", "TTP")
d.E("Inter-Services Public Relations", "ORG", "ISPR")
d.E("North Waziristan", "GPE")
d.E("Taliban", "ORG")
d.E("Turkey", "GPE")
d.E("Qatar", "GPE")
d.E("Pakistani Ministry of Foreign Affairs", "ORG", "Foreign Office")
d.E("Tahir Andrabi", "PERSON")
d.E("Zabihullah Mujahid", "PERSON")
d.E("Kabul", "GPE")
d.E("Islamabad", "GPE")
d.Q("The terrorists offloaded passengers", "Jamil Ahmed Baloch")
d.Q("These are not fighters", "Sarfraz Bugti")
d.Q("a desperate attempt by foreign-sponsored", "Mohsin Naqvi")
d.Q("The attackers used the darkness", "Umar Farooq Khattak")
d.Q("Our single-point agenda", "Tahir Andrabi")
d.Q("does not allow anyone", "Zabihullah Mujahid")
d.Q("good relations with all neighbours", "Zabihullah Mujahid")
d.EV("ASSAULT", "Baloch Liberation Army", None, "Kalat", "2026-12-16", 11, 7,
     d.S("QUETTA: Gunmen stopped a passenger bus", "officials said."),
     [d.S("Gunmen kill 11 bus passengers in Kalat"),
      d.S("The bus was travelling from Quetta", "told Dawn."),
      d.S("The banned Baloch Liberation Army (BLA) claimed", "to the media.")])
d.EV("ASSAULT", "Tehreek-i-Taliban Pakistan", None, "Pezu", "2026-12-15", 4, 2,
     d.S("In Khyber Pakhtunkhwa's Lakki Marwat district, four policemen", "police said."),
     [d.S("Gunmen kill 11 bus passengers in Kalat"),
      d.S("The banned Tehreek-i-Taliban Pakistan (TTP) claimed the attack.")])
d.EV("ASSAULT", None, None, "North Waziristan", "2026-12-14", 13, None,
     d.S("Separately, the military's media wing", "on Monday."))
d.EV("CONSULT", "Pakistan", "Afghanistan", "Istanbul", "2026-12-16", None, None,
     d.S("Meanwhile, delegations from Pakistan", "Foreign Office said."),
     [d.S("CM Bugti vows to hunt down attackers"),
      d.S("He said the talks would continue on Thursday.")])

# ---------------- s06 Al-Monitor: Houthi attack on tanker; IDF strikes on Hodeidah; Houthi missile at Israel; Muscat and Riyadh talks
d = Doc("s06.txt", "Al-Monitor", "2026-12-18"); docs.append(d)
d.E("Houthis", "ORG", "Houthi")
d.E("Oman", "GPE")
d.E("Israel", "GPE")
d.E("Muscat", "GPE")
d.B("Nadia al-Kindi", "PERSON")
d.E("Sanaa", "GPE")
d.B("Ahmed al-Mahdi", "PERSON")
d.B("AFP", "ORG")
d.B("Getty Images", "ORG")
d.E("Yemen", "GPE")
d.E("United Kingdom Maritime Trade Operations", "ORG", "UKMTO")
d.E("Hodeidah", "GPE")
d.E("Yahya Saree", "PERSON", "Saree")
d.E("Al-Masirah", "ORG", "Al-Masirah TV")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Yemeni Ministry of Public Health and Population", "ORG", "Health Ministry")
d.E("Badr bin Hamad Al Busaidi", "PERSON", "Foreign Minister Badr bin Hamad Al Busaidi", "Al Busaidi")
d.E("Mohammed Abdulsalam", "PERSON", "Abdulsalam")
d.E("Taiz", "GPE")
d.E("Oman News Agency", "ORG")
d.E("United Nations", "ORG", "UN")
d.E("Hans Grundberg", "PERSON", "Grundberg")
d.E("Riyadh", "GPE")
d.E("Saudi Arabia", "GPE")
d.E("Mohammed Al Jaber", "PERSON")
d.E("Maysaa bin Shamlan", "PERSON")
d.E("Sanaa Center for Strategic Studies", "ORG")
d.E("Washington", "GPE")
d.E("Al-Monitor", "ORG")
d.Q("The Yemeni armed forces will continue", "Yahya Saree")
d.Q("Houthi terrorist targets", "Israel Defense Forces")
d.Q("ready for a comprehensive exchange", "Mohammed Abdulsalam")
d.Q("There is a window for a deal", "Hans Grundberg")
d.Q("The Houthis use the sea", "Maysaa bin Shamlan")
d.EV("ASSAULT", "Houthis", None, None, "2026-12-17", None, 2,
     d.S("Yemen's Houthi rebels launched four drones", "maritime authorities."),
     [d.S("Houthis fire drones, missile at tanker"),
      d.S("The United Kingdom Maritime Trade Operations (UKMTO) center said", "Hodeidah."),
      d.S("Houthi military spokesman Yahya Saree said the group had targeted", "Israeli ports.")])
d.EV("ASSAULT", "Israel Defense Forces", None, "Hodeidah", "2026-12-18", 3, 14,
     d.S("The Israel Defense Forces (IDF) said early Friday", "Wednesday night."),
     [d.S("The Houthi-run Health Ministry said", "Israeli strikes.")])
d.EV("ASSAULT", "Houthis", "Israel", None, "2026-12-16", None, None,
     d.S("The Israel Defense Forces (IDF) said early Friday", "Wednesday night."),
     [d.S("The missile was intercepted, the IDF said.")])
d.EV("CONSULT", "Badr bin Hamad Al Busaidi", "Mohammed Abdulsalam", "Muscat", "2026-12-16", None, None,
     d.S("In Muscat, Omani Foreign Minister", "News Agency reported."),
     [d.S("Houthis fire drones, missile at tanker"),
      d.S("The Houthis said they targeted the vessel", "in Muscat."),
      d.S("Abdulsalam told Al Busaidi", "Houthi delegation.")])
d.EV("CONSULT", "Hans Grundberg", "Mohammed Al Jaber", "Riyadh", "2026-12-15", None, None,
     d.S("UN special envoy Hans Grundberg, who held separate talks", "derail the process."))

# ---------------- s07 The Times of Israel: settler attack on al-Mughayyir; Qabatiya raid; strike near Khan Arnabah; al-Shaibani-Barrack
d = Doc("s07.txt", "The Times of Israel", "2026-12-19"); docs.append(d)
d.E("West Bank", "GPE")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Jenin", "GPE")
d.E("Palestinian Ministry of Health", "ORG", "Palestinian Health Ministry")
d.E("al-Mughayyir", "GPE")
d.E("Syria", "GPE")
d.E("Quneitra", "GPE", "Quneitra province")
d.B("Noa Shalev-Katz", "PERSON")
d.E("The Times of Israel", "ORG", "ToI")
d.E("Wafa", "ORG")
d.E("Palestine Red Crescent Society", "ORG", "Palestinian Red Crescent")
d.E("Marzouq Abu Naim", "PERSON")
d.E("Palestinian Ministry of Foreign Affairs", "ORG", "Palestinian Foreign Ministry")
d.E("Qabatiya", "GPE")
d.E("Knesset", "ORG")
d.E("IDF Central Command", "ORG", "Central Command")
d.E("Avi Bluth", "PERSON", "Maj. Gen. Avi Bluth")
d.E("Knesset Foreign Affairs and Defense Committee", "ORG", "Foreign Affairs and Defense Committee")
d.E("Khan Arnabah", "GPE")
d.E("Syrian Arab News Agency", "ORG", "SANA")
d.E("Asaad al-Shaibani", "PERSON", "Foreign Minister Asaad al-Shaibani", "al-Shaibani")
d.E("United States", "GPE", "US")
d.E("Tom Barrack", "PERSON", "Barrack")
d.E("Damascus", "GPE")
d.E("Israel", "GPE")
d.E("Washington", "GPE")
d.E("Gaza Strip", "GPE", "Gaza")
d.E("Yesh Din", "ORG")
d.Q("They came in the middle of the day", "Marzouq Abu Naim")
d.Q("a violent confrontation between", "Israel Defense Forces")
d.QP("The occupation government bears", "Palestinian Ministry of Foreign Affairs")
d.Q("We call on the international community", "Palestinian Ministry of Foreign Affairs")
d.Q("a small and violent minority", "Avi Bluth")
d.Q("intended for terror operatives", "Israel Defense Forces")
d.Q("wants to see calm", "Tom Barrack")
d.EV("ASSAULT", None, None, "al-Mughayyir", "2026-12-18", None, 5,
     d.S("Dozens of Israeli settlers attacked", "Health Ministry said."),
     [d.S("Settlers torch homes and cars"),
      d.S("Palestinian Health Ministry says 5 wounded"),
      d.S("One of the wounded, a 62-year-old man", "the ministry said.")])
d.EV("ASSAULT", "Israel Defense Forces", None, "Qabatiya", "2026-12-17", 2, 1,
     d.S("In the northern West Bank, troops killed", "the IDF said."),
     [d.S("Settlers torch homes and cars"),
      d.S("The Wafa news agency said a third man was wounded.")])
d.EV("ASSAULT", "Israel", None, "Khan Arnabah", "2026-12-19", None, None,
     d.S("In Syria, Israeli jets struck", "SANA reported."),
     [d.S("Palestinian Health Ministry says 5 wounded"),
      d.S("The IDF said the depot held", "near the border.")])
d.EV("CONSULT", "Asaad al-Shaibani", "Tom Barrack", "Damascus", "2026-12-17", None, None,
     d.S("On Thursday, Syrian Foreign Minister Asaad al-Shaibani met", "SANA said."),
     [d.S("Barrack told al-Shaibani", "according to the agency.")])

# ---------------- s08 BBC: Wegel Tena wedding drone strike (Amhara); Tadesse-Youssouf
d = Doc("s08.txt", "BBC News", "2026-12-14"); docs.append(d)
d.E("Ethiopia", "GPE")
d.E("Amhara", "GPE", "Amhara region")
d.B("Tesfaye Alemu", "PERSON")
d.E("BBC", "ORG", "BBC News")
d.E("Addis Ababa", "GPE")
d.B("Getty Images", "ORG")
d.E("Fano", "ORG")
d.E("Wegel Tena", "GPE")
d.E("South Wollo", "GPE", "South Wollo zone")
d.E("BBC Amharic", "ORG")
d.E("Government Communication Service", "ORG")
d.E("Wollo", "GPE")
d.E("Amnesty International", "ORG")
d.E("Tigray", "GPE")
d.E("Tadesse Werede", "PERSON", "Lt Gen Tadesse Werede", "Lt Gen Tadesse")
d.E("African Union Commission", "ORG")
d.E("Mahmoud Ali Youssouf", "PERSON")
d.E("African Union", "ORG", "AU")
d.E("Tigray People's Liberation Front", "ORG", "TPLF")
d.E("Eritrea", "GPE")
d.E("Abiy Ahmed", "PERSON", "Prime Minister Abiy Ahmed", "Mr Abiy")
d.E("Isaias Afwerki", "PERSON", "President Isaias Afwerki")
d.Q("We were dancing when", None)
d.Q("revenge for our victories in Wollo", "Fano")
d.Q("Striking a wedding party", "Amnesty International")
d.Q("We are not preparing for war", "Tadesse Werede")
d.Q("Ethiopia will not go to war", "Abiy Ahmed")
d.EV("ASSAULT", None, None, "Wegel Tena", "2026-12-12", 19, 31,
     d.S("A drone strike on a wedding party in Ethiopia's Amhara region", "told the BBC."),
     [d.S("Ethiopia drone strike on Amhara wedding kills 19"),
      d.S("The strike hit a compound", "served lunch."),
      d.S("A health worker at the local clinic said 31", "to treat burns."),
      d.S("Fano, a loose network", "in Wollo\u201d.")])
d.EV("CONSULT", "Tadesse Werede", "Mahmoud Ali Youssouf", "Addis Ababa", "2026-12-11", None, None,
     d.S("The head of Tigray's interim administration", "the AU said."),
     [d.S("\u201cWe are not preparing for war", "after the meeting.")])

# ---------------- s09 Premium Times: ISWAP attack on Damboa base; Dansadau bandit attack; Zulum-Tinubu
d = Doc("s09.txt", "Premium Times", "2026-12-16"); docs.append(d)
d.E("Islamic State West Africa Province", "ORG", "ISWAP")
d.E("Borno", "GPE", "Borno State")
d.E("Zamfara", "GPE", "Zamfara State")
d.B("Aliyu Dangida", "PERSON")
d.B("Ibrahim Adeyemi-Bello", "PERSON")
d.B("Nigerian Army", "ORG")
d.E("Damboa", "GPE", "Damboa Local Government Area")
d.E("Premium Times", "ORG", "PREMIUM TIMES")
d.E("25 Task Force Brigade", "ORG")
d.E("Boko Haram", "ORG")
d.E("Islamic State", "ORG")
d.E("Amaq News Agency", "ORG")
d.E("Defence Media Operations", "ORG")
d.E("Defence Headquarters", "ORG", "DHQ")
d.E("Samuel Ogbeche", "PERSON", "Brig.-Gen. Samuel Ogbeche")
d.E("Babagana Zulum", "PERSON", "Governor Babagana Zulum", "Mr Zulum")
d.E("Bola Tinubu", "PERSON", "President Bola Tinubu")
d.E("Abuja", "GPE")
d.E("Bakura Modu", "PERSON", "Alhaji Bakura Modu")
d.E("Dansadau", "GPE")
d.E("Maru", "GPE", "Maru Local Government Area")
d.E("Lawali Sani", "PERSON", "Malam Lawali Sani")
d.E("Zamfara State Police Command", "ORG")
d.E("Muhammad Shehu Gusau", "PERSON")
d.E("Dauda Lawal", "PERSON", "Governor Dauda Lawal", "Mr Lawal")
d.E("Abdulrahman Dogon-Daji", "PERSON")
d.E("Amnesty International", "ORG")
d.E("Nigeria", "GPE")
d.E("Isa Sanusi", "PERSON")
d.E("United Nations", "ORG", "UN")
d.Q("repelled the attack and neutralised", "Samuel Ogbeche")
d.Q("We must take the fight", "Babagana Zulum")
d.Q("They were more than 100", "Lawali Sani")
d.Q("Our people cannot keep paying", "Dauda Lawal")
d.Q("failed to protect rural communities", "Isa Sanusi")
d.EV("ASSAULT", "Islamic State West Africa Province", None, "Damboa", "2026-12-14", 12, 18,
     d.S("Insurgents of the Islamic State West Africa Province", "PREMIUM TIMES."),
     [d.S("ISWAP kills 12 soldiers"),
      d.S("The insurgents, who came in gun trucks", "the sources said."),
      d.S("At least 18 soldiers were injured."),
      d.S("ISWAP, which split from Boko Haram", "Amaq News Agency."),
      d.S("The Acting Director, Defence Media Operations", "military casualties.")])
d.EV("ASSAULT", None, None, "Dansadau", "2026-12-13", 5, None,
     d.S("In Zamfara State, bandits on Sunday", "residents said."),
     [d.S("ISWAP kills 12 soldiers"),
      d.S("The spokesperson of the Zamfara State Police Command", "had been abducted.")])
d.EV("CONSULT", "Babagana Zulum", "Bola Tinubu", "Abuja", "2026-12-15", None, None,
     d.S("Mr Zulum later met President Bola Tinubu", "in a statement."),
     [d.S("The two discussed the redeployment", "he said.")])

# ---------------- s10 DW: Bundestag passes 2027 budget; Merz-Vucic; Wadephul-Mirzoyan-Bayramov
d = Doc("s10.txt", "DW", "2026-12-18"); docs.append(d)
d.E("Germany", "GPE")
d.E("Bundestag", "ORG")
d.E("Friedrich Merz", "PERSON", "Chancellor Friedrich Merz", "Merz")
d.E("Aleksandar Vučić", "PERSON", "President Aleksandar Vucic", "Aleksandar Vucic", "Vucic")
d.E("Berlin", "GPE")
d.E("Lars Klingbeil", "PERSON", "Finance Minister Lars Klingbeil")
d.B("Jonas Brettschneider", "PERSON")
d.B("dpa", "ORG")
d.B("picture alliance", "ORG")
d.E("CDU/CSU", "ORG")
d.E("Social Democratic Party of Germany", "ORG", "Social Democrats", "SPD")
d.E("Alternative for Germany", "ORG", "AfD")
d.E("Alliance 90/The Greens", "ORG", "Greens")
d.E("The Left", "ORG", "Left Party")
d.E("Alice Weidel", "PERSON")
d.E("Britta Haßelmann", "PERSON")
d.E("Friederike von Alvensleben", "PERSON")
d.E("Bundesrat", "ORG")
d.E("Infratest dimap", "ORG")
d.E("ARD", "ORG")
d.E("Serbia", "GPE")
d.E("European Union", "ORG", "EU")
d.E("Russia", "GPE")
d.E("Kosovo", "GPE")
d.E("Pristina", "GPE")
d.E("Brussels", "GPE")
d.E("Johann Wadephul", "PERSON", "Foreign Minister Johann Wadephul", "Wadephul")
d.E("Ararat Mirzoyan", "PERSON")
d.E("Jeyhun Bayramov", "PERSON")
d.E("Federal Foreign Office", "ORG")
d.E("DW", "ORG")
d.B("Martin Kessler-Yildiz", "PERSON")
d.Q("We are investing in the security", "Lars Klingbeil")
d.Q("That is not a burden", "Lars Klingbeil")
d.Q("plundering the future", "Alice Weidel")
d.Q("financing yesterday's technology", "Britta Haßelmann")
d.Q("the price of peace in Europe", "Friederike von Alvensleben")
d.Q("Serbia's path to the European Union", "Friedrich Merz")
d.Q("will never recognize", "Aleksandar Vučić")
d.Q("Both ministers told me", "Johann Wadephul")
d.EV("CONSULT", "Friedrich Merz", "Aleksandar Vučić", "Berlin", "2026-12-16", None, None,
     d.S("On Wednesday, Chancellor Friedrich Merz hosted", "in Berlin."),
     [d.S("Chancellor Friedrich Merz also hosted", "in Berlin."),
      d.S("Merz presses Vucic on sanctions"),
      d.S("Merz urged Serbia", "with Kosovo."),
      d.S("\"Serbia's path", "joint press conference.")])
d.EV("CONSULT", "Johann Wadephul", "Ararat Mirzoyan", "Berlin", "2026-12-15", None, None,
     d.S("Foreign Minister Johann Wadephul, meanwhile", "Foreign Office said."),
     [d.S("\"Both ministers told me", "after the meeting.")])

# ---------------- s11 France 24: Lecornu survives no-confidence vote; Macron-Meloni in Rome
d = Doc("s11.txt", "France 24", "2026-12-17"); docs.append(d)
d.B("France 24", "ORG", "FRANCE 24")
d.B("AFP", "ORG")
d.E("Sébastien Lecornu", "PERSON", "Prime Minister Sébastien Lecornu", "Lecornu")
d.E("French National Assembly", "ORG", "National Assembly", "Assembly")
d.E("Paris", "GPE")
d.B("Théo Garnier", "PERSON")
d.E("Socialist Party", "ORG", "PS")
d.E("France Unbowed", "ORG", "LFI")
d.E("National Rally", "ORG", "RN")
d.E("Mathilde Panot", "PERSON", "Panot")
d.E("Olivier Faure", "PERSON", "Faure")
d.E("France", "GPE")
d.E("Jordan Bardella", "PERSON")
d.E("Charles de Courson", "PERSON", "de Courson")
d.E("French Senate", "ORG", "Senate")
d.E("Élodie de La Roche-Vasseur", "PERSON")
d.E("Sciences Po", "ORG")
d.E("Emmanuel Macron", "PERSON", "President Emmanuel Macron", "Macron")
d.E("Giorgia Meloni", "PERSON", "Prime Minister Giorgia Meloni", "Meloni")
d.E("Rome", "GPE")
d.E("Ukraine", "GPE")
d.E("European Union", "ORG", "EU")
d.E("Élysée Palace", "ORG", "Élysée")
d.E("Italy", "GPE")
d.E("Spain", "GPE")
d.E("Pedro Sánchez", "PERSON", "Prime Minister Pedro Sánchez")
d.E("Congress of Deputies", "ORG")
d.Q("This government governs", "Mathilde Panot")
d.Q("We are not here to save", "Olivier Faure")
d.Q("the last days of a regime", "Jordan Bardella")
d.Q("Nobody in this chamber", "Charles de Courson")
d.Q("Lecornu survives because", "Élodie de La Roche-Vasseur")
d.Q("Italy and France do not always agree", "Giorgia Meloni")
d.Q("a common European answer", "Emmanuel Macron")
d.EV("CONSULT", "Emmanuel Macron", "Giorgia Meloni", "Rome", "2026-12-15", None, None,
     d.S("President Emmanuel Macron, meanwhile, met", "the Élysée said."),
     [d.S("Macron in Rome"),
      d.S("\"Italy and France", "joint press conference."),
      d.S("Macron told Meloni", "according to the Élysée.")])

# ---------------- s12 CBC: budget bill passes the Commons; Carney-Trump call; Carney-Smith
d = Doc("s12.txt", "CBC News", "2026-12-10"); docs.append(d)
d.E("House of Commons of Canada", "ORG", "House of Commons")
d.E("Mark Carney", "PERSON", "Prime Minister Mark Carney", "Carney", "Mark")
d.E("Donald Trump", "PERSON", "President Donald Trump", "Trump")
d.E("Bloc Québécois", "ORG", "Bloc")
d.E("Prime Minister's Office of Canada", "ORG", "PMO", "Prime Minister's Office")
d.B("Rosalie Tremblay-Okoye", "PERSON")
d.B("CBC News", "ORG", "CBC")
d.E("Ottawa", "GPE")
d.B("Marc-André Dufour", "PERSON")
d.B("The Canadian Press", "ORG")
d.E("Conservative Party of Canada", "ORG", "Conservative Party")
d.E("François-Philippe Champagne", "PERSON", "Finance Minister François-Philippe Champagne")
d.E("Canada", "GPE")
d.E("Pierre Poilievre", "PERSON", "Conservative Leader Pierre Poilievre")
d.E("Yves-François Blanchet", "PERSON", "Bloc Leader Yves-François Blanchet")
d.E("Quebec", "GPE")
d.E("United States", "GPE", "U.S.")
d.E("Washington", "GPE")
d.E("Dominic LeBlanc", "PERSON")
d.E("Algoma Steel", "ORG")
d.E("Sault Ste. Marie", "GPE")
d.E("Ontario", "GPE", "Ont.")
d.E("Alberta", "GPE")
d.E("Danielle Smith", "PERSON", "Premier Danielle Smith", "Smith")
d.E("British Columbia", "GPE", "B.C.")
d.Q("This budget builds a Canada", "François-Philippe Champagne")
d.Q("a credit card budget", "Pierre Poilievre")
d.Q("Canadians will pay for this", "Pierre Poilievre")
d.Q("that nobody in Quebec wants", "Yves-François Blanchet")
d.Q("The two leaders agreed that their teams", "Prime Minister's Office of Canada")
d.Q("will not negotiate under the threat", "Mark Carney")
d.Q("a very good call with Mark", "Donald Trump")
d.Q("the first item on the table", "Dominic LeBlanc")
d.Q("productive but not conclusive", "Danielle Smith")
d.EV("CONSULT", "Mark Carney", "Donald Trump", None, "2026-12-09", None, None,
     d.S("Hours earlier, Prime Minister Mark Carney spoke", "in a readout."),
     [d.S("Budget bill clears House of Commons as Carney"),
      d.S("\"The two leaders agreed", "the readout said."),
      d.S("It said Carney told Trump", "new tariffs\"."),
      d.S("Trump wrote on Truth Social", "\"making progress\".")])
d.EV("CONSULT", "Mark Carney", "Danielle Smith", "Ottawa", "2026-12-08", None, None,
     d.S("On Tuesday, Carney met Alberta Premier", "B.C. coast."),
     [d.S("Smith said afterward", "conclusive\".")])

# ---------------- s13 Bloomberg: ECB holds rates; Lagarde-Pan; stocks (no ASSAULT)
d = Doc("s13.txt", "Bloomberg", "2026-12-17"); docs.append(d)
d.E("European Central Bank", "ORG", "ECB")
d.E("Christine Lagarde", "PERSON", "President Christine Lagarde", "Lagarde")
d.B("Katrin Albrecht-Moyo", "PERSON")
d.B("Paolo Rinaldi", "PERSON")
d.B("Lena Hoffbauer", "PERSON")
d.E("Bloomberg", "ORG", "Bloomberg L.P.")
d.E("Frankfurt", "GPE")
d.E("Bundesbank", "ORG")
d.E("Joachim Nagel", "PERSON")
d.E("Annelies van Rompaey", "PERSON")
d.E("ING", "ORG")
d.E("Amsterdam", "GPE")
d.E("Goldman Sachs", "ORG", "Goldman Sachs Group Inc.")
d.E("Morgan Stanley", "ORG")
d.E("Federal Reserve", "ORG")
d.E("People's Bank of China", "ORG")
d.E("Pan Gongsheng", "PERSON", "Governor Pan Gongsheng", "Pan")
d.E("China", "GPE")
d.E("Xinhua", "ORG")
d.E("Mercedes-Benz Group AG", "ORG")
d.E("Ahlgren Berg AB", "ORG")
d.E("Lazard", "ORG")
d.E("United States", "GPE", "US")
d.E("Johnson & Johnson", "ORG")
d.B("Mirela Dragomir", "PERSON")
d.Q("We are in a good place", "Christine Lagarde")
d.Q("That does not mean we are on autopilot.", "Christine Lagarde")
d.Q("a data-dependent and meeting-by-meeting approach", "European Central Bank")
d.Q("very high at the moment", "Joachim Nagel")
d.Q("The ECB has basically declared", "Annelies van Rompaey")
d.Q("The next move is more likely", "Annelies van Rompaey")
d.Q("welcomes a stable and predictable euro", "Pan Gongsheng")
d.EV("CONSULT", "Christine Lagarde", "Pan Gongsheng", "Frankfurt", "2026-12-16", None, None,
     d.S("On Wednesday, Lagarde met People's Bank", "the ECB said."),
     [d.S("Pan told Lagarde", "according to Xinhua.")])

# ---------------- s14 Yonhap: Samsung patent ruling; SK hynix deal; Lee-Takaichi summit (NK missile launch: not ASSAULT)
d = Doc("s14.txt", "Yonhap News Agency", "2026-12-18"); docs.append(d)
d.E("Samsung Electronics", "ORG", "Samsung Electronics Co.", "Samsung")
d.E("United States", "GPE", "U.S.")
d.E("SK Hynix", "ORG", "SK hynix Inc.", "SK hynix")
d.B("Park Ji-won", "PERSON")
d.E("Seoul", "GPE", "SEOUL")
d.E("Yonhap News Agency", "ORG", "Yonhap")
d.E("Seoul Central District Court", "ORG")
d.E("Harlan Brooks Technologies Inc.", "ORG", "Harlan Brooks")
d.E("California", "GPE")
d.E("Korea Exchange", "ORG")
d.E("Kim & Chang", "ORG")
d.E("Lee & Ko", "ORG")
d.E("Megan O'Donnell-Park", "PERSON")
d.E("South Korea", "GPE", "Korea")
d.E("Van Loon Dekker B.V.", "ORG")
d.E("Morgan Stanley", "ORG")
d.E("Goldman Sachs", "ORG")
d.E("Ernst & Young", "ORG")
d.E("Lee Jae-myung", "PERSON", "President Lee Jae-myung", "Lee")
d.E("Sanae Takaichi", "PERSON", "Prime Minister Sanae Takaichi", "Takaichi")
d.E("Kang Yu-jung", "PERSON", "Kang")
d.E("Tokyo", "GPE")
d.E("North Korea", "GPE")
d.E("Joint Chiefs of Staff", "ORG", "JCS")
d.Q("The defendant was aware", "Seoul Central District Court")
d.Q("We respect the court", "Samsung Electronics")
d.Q("sends a message that small inventors", "Megan O'Donnell-Park")
d.Q("The two leaders agreed that economic", "Kang Yu-jung")
d.Q("turn the page on the past", "Lee Jae-myung")
d.EV("CONSULT", "Lee Jae-myung", "Sanae Takaichi", "Seoul", "2026-12-17", None, None,
     d.S("Meanwhile, President Lee Jae-myung held summit talks", "supply chains."),
     [d.S("\"The two leaders agreed that economic", "told reporters."),
      d.S("Lee told Takaichi", "according to Kang.")])

# ---------------- s15 The Guardian: Manchester City 2-1 Liverpool (sport; no ASSAULT/CONSULT)
d = Doc("s15.txt", "The Guardian", "2026-12-19"); docs.append(d)
d.E("Premier League", "ORG")
d.E("Erling Haaland", "PERSON", "Haaland", "Erling")
d.E("Liverpool F.C.", "ORG", "Liverpool")
d.E("Manchester City F.C.", "ORG", "Manchester City", "City")
d.E("Arsenal F.C.", "ORG", "Arsenal")
d.E("Alexis Mac Allister", "PERSON", "Mac Allister")
d.B("Owen Pritchard", "PERSON")
d.B("Dean Halloway", "PERSON")
d.B("PA Media", "ORG", "PA")
d.E("Manchester", "GPE")
d.E("Phil Foden", "PERSON")
d.E("Alisson Becker", "PERSON", "Alisson")
d.E("Pep Guardiola", "PERSON", "Guardiola")
d.E("Virgil van Dijk", "PERSON", "Van Dijk")
d.E("Arne Slot", "PERSON", "Slot")
d.E("Rúben Dias", "PERSON")
d.E("Anthony Taylor", "PERSON")
d.E("Gianluigi Donnarumma", "PERSON")
d.E("Dominik Szoboszlai", "PERSON")
d.E("Aston Villa F.C.", "ORG", "Aston Villa")
d.E("Newcastle United F.C.", "ORG", "Newcastle United")
d.E("Everton F.C.", "ORG", "Everton")
d.Q("Erling doesn't need many chances", "Pep Guardiola")
d.Q("But I liked the reaction", "Pep Guardiola")
d.Q("That's on me", "Virgil van Dijk")
d.Q("I know where he wants to go", "Virgil van Dijk")
d.Q("For me it's a red card", "Arne Slot")
d.Q("But I'm not going to stand here", "Arne Slot")
d.Q("Ask me in April", "Pep Guardiola")
d.Q("In December nobody wins anything.", "Pep Guardiola")

# ---------------- s16 Nature: single-dose dengue vaccine (science; CONSULT with no date)
d = Doc("s16.txt", "Nature", "2026-12-16"); docs.append(d)
d.E("Instituto Butantan", "ORG", "Butantan")
d.E("Indonesia", "GPE")
d.B("Helena Craddock", "PERSON")
d.E("São Paulo", "GPE")
d.E("Brazil", "GPE")
d.B("Rafael Oliveira Lima", "PERSON")
d.B("AFP", "ORG")
d.B("Getty Images", "ORG", "Getty")
d.E("The Lancet Infectious Diseases", "ORG")
d.E("Mariana dos Santos Oliveira", "PERSON")
d.E("University of São Paulo", "ORG")
d.E("Brazilian Ministry of Health", "ORG")
d.E("Esper Kallás", "PERSON", "Kallás")
d.E("Takeda", "ORG")
d.E("United States", "GPE", "US")
d.E("National Institutes of Health", "ORG", "NIH")
d.E("Merck Sharp & Dohme", "ORG")
d.E("Ni Made Ayu Wijayanti", "PERSON")
d.E("Eijkman Research Center for Molecular Biology", "ORG")
d.E("Jakarta", "GPE")
d.E("West Java", "GPE")
d.E("Bali", "GPE")
d.E("Budi Gunadi Sadikin", "PERSON")
d.E("Bio Farma", "ORG")
d.E("World Health Organization", "ORG", "WHO")
d.E("Jonas Oyelaran-Whitfield", "PERSON")
d.E("London School of Hygiene & Tropical Medicine", "ORG")
d.Q("Five years is the point", "Mariana dos Santos Oliveira")
d.Q("The durability is the real news", "Ni Made Ayu Wijayanti")
d.Q("We still need to see", "Jonas Oyelaran-Whitfield")
d.EV("CONSULT", "Esper Kallás", "Budi Gunadi Sadikin", "São Paulo", None, None, None,
     d.S("Kallás met Indonesian health minister", "Bio Farma."))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

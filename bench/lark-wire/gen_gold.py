"""Builds lark-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- l01 Ukrinform: Russian shelling of Ochakiv; FPV drone near Pokrovka (Kutsurub); 58 drones over Ukraine; Kim-Holm-Sørensen
d = Doc("l01.txt", "Ukrinform", "2027-05-03"); docs.append(d)
d.E("Ukrinform", "ORG")
d.E("Ukraine", "GPE")
d.E("Mykolaiv Oblast", "GPE", "Mykolaiv region")
d.E("Ochakiv", "GPE")
d.E("Mykolaiv Regional Military Administration", "ORG")
d.E("Mykolaiv", "GPE", "MYKOLAIV")
d.E("Vitaliy Kim", "PERSON", "Kim")
d.E("Andrii Kolomiiets-Dubyna", "PERSON")
d.E("Ochakiv City Military Administration", "ORG")
d.E("Pokrovka", "GPE")
d.E("Kutsurub", "GPE", "Kutsurub community")
d.E("Russia", "GPE")
d.E("Ukrainian Air Force", "ORG")
d.E("Ukrainian Ministry of Foreign Affairs", "ORG", "Foreign Ministry")
d.E("Heorhii Tykhyi", "PERSON")
d.E("Kirsten Holm-Sørensen", "PERSON", "Danish Ambassador to Ukraine Kirsten Holm-Sørensen")
d.E("Denmark", "GPE")
d.Q("Around 19:30 the enemy", "Vitaliy Kim")
d.Q("The shelling went on", "Andrii Kolomiiets-Dubyna")
d.Q("People simply did not have time", "Andrii Kolomiiets-Dubyna")
d.Q("Every night Russia shows", "Heorhii Tykhyi")
d.Q("Denmark has been with Mykolaiv region", "Kirsten Holm-Sørensen")
d.EV("ASSAULT", "Russia", None, "Ochakiv", "2027-05-02", 2, 6,
     d.S("Russian troops shelled the port city of Ochakiv", "killing two civilians."),
     [d.S("Russian shelling of Ochakiv kills two"),
      d.S("A 14-year-old girl is among the six injured."),
      d.S("\"Around 19:30 the enemy", "from the Kinburn Spit."),
      d.S("A man aged 63 and", "Kim wrote."),
      d.S("According to him, six people were wounded."),
      d.S("The girl was taken to the regional", "as moderate."),
      d.S("Two five-storey buildings", "were damaged."),
      d.S("\"The shelling went on for almost", "Military Administration.")])
d.EV("ASSAULT", "Russia", None, "Pokrovka", "2027-05-02", None, 1,
     d.S("Earlier on Sunday, a Russian FPV drone", "Kutsurub community."),
     [d.S("The 52-year-old driver suffered burns", "administration said.")])
d.EV("ASSAULT", "Russia", "Ukraine", "Ukraine", "2027-05-03", None, None,
     d.S("Overnight into Monday, Russia also launched", "said on Telegram."),
     [d.S("Air defense forces shot down", "of the country.")])
d.EV("CONSULT", "Vitaliy Kim", "Kirsten Holm-Sørensen", "Mykolaiv", "2027-05-03", None, None,
     d.S("On Monday, Kim met in Mykolaiv", "for the region."),
     [d.S("\"Denmark has been with Mykolaiv region", "regional administration.")])

# ---------------- l02 Meduza: Ukrainian drone and sea-drone attack on Sevastopol; debris at Feodosia depot; Razvozhayev-Belousov call
d = Doc("l02.txt", "Meduza", "2027-05-05"); docs.append(d)
d.E("Meduza", "ORG")
d.E("Crimea", "GPE", "Republic of Crimea")
d.E("Sevastopol", "GPE")
d.E("Feodosia", "GPE")
d.E("Crimean Wind", "ORG")
d.E("Ukraine", "GPE")
d.E("Mikhail Razvozhayev", "PERSON", "Razvozhayev")
d.E("Black Sea Fleet", "ORG")
d.E("Nakhimovsky", "GPE", "Nakhimovsky district")
d.E("Russia", "GPE")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Sergei Aksyonov", "PERSON")
d.E("Ukrainian Navy", "ORG", "Navy")
d.E("Dmytro Pletenchuk", "PERSON")
d.E("Suspilne", "ORG")
d.E("Security Service of Ukraine", "ORG", "SBU")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Andrei Belousov", "PERSON", "Defense Minister Andrei Belousov")
d.Q("The attack on the city lasted", "Mikhail Razvozhayev")
d.Q("intercepted and destroyed over", "Russian Ministry of Defence")
d.Q("No one was injured", "Sergei Aksyonov")
d.Q("Any ship of the occupiers", "Dmytro Pletenchuk")
d.Q("and they know it very well", "Dmytro Pletenchuk")
d.Q("Not everything the Russians showed", None)
d.Q("a terrorist act against", "Dmitry Peskov")
d.EV("ASSAULT", "Ukraine", None, "Sevastopol", "2027-05-05", 1, 5,
     d.S("Ukraine attacked Sevastopol overnight into Wednesday", "on Wednesday morning."),
     [d.S("Overnight attack on Sevastopol:"),
      d.S("According to Razvozhayev, the man, 44,", "before 4:00 a.m."),
      d.S("Two of the wounded are in serious condition."),
      d.S("“The attack on the city lasted", "three hours."),
      d.S("Air defense and the Black Sea Fleet destroyed", "four boats."),
      d.S("Russia’s Defense Ministry said in its morning summary", "damage to ships."),
      d.S("The Telegram channel Crimean Wind published", "are moored."),
      d.S("Ukraine’s Navy spokesperson Dmytro Pletenchuk declined", "night’s strike."),
      d.S("A source in Ukraine’s Security Service (SBU) told Meduza", "defense battery."),
      d.S("Kremlin spokesman Dmitry Peskov called the attack", "regular reports.")])
d.EV("ASSAULT", None, None, "Feodosia", "2027-05-05", None, None,
     d.S("Separately, the head of annexed Crimea", "quickly extinguished."),
     [d.S("Explosions were also heard near an oil depot in Feodosia")])
d.EV("CONSULT", "Mikhail Razvozhayev", "Andrei Belousov", None, "2027-05-05", None, None,
     d.S("Later on Wednesday, Razvozhayev said he had discussed", "over the beaches."))

# ---------------- l03 Sudans Post: raid on Wangkei cattle camps (Mayom County, Unity); Puok-Manyang in Bentiu
d = Doc("l03.txt", "Sudans Post", "2027-05-06"); docs.append(d)
d.E("Sudans Post", "ORG")
d.E("Unity", "GPE", "Unity State")
d.E("Mayom", "GPE", "Mayom County")
d.E("Warrap", "GPE", "Warrap State")
d.E("Bentiu", "GPE", "BENTIU")
d.E("Wangkei", "GPE", "Wangkei payam")
d.E("Chuol Riak Bol", "PERSON", "Mayom County Commissioner Chuol Riak Bol", "Commissioner Chuol")
d.E("United Nations Mission in South Sudan", "ORG", "UNMISS")
d.E("Tonj North", "GPE", "Tonj North County")
d.E("Akol Madut Ring", "PERSON", "Tonj North Commissioner Akol Madut Ring")
d.E("South Sudan People's Defence Forces", "ORG", "SSPDF")
d.E("Lul Ruai Koang", "PERSON", "Maj. Gen. Lul Ruai Koang")
d.E("Stephen Puok Diu Kuach", "PERSON", "Unity State Governor Stephen Puok Diu Kuach", "Governor Puok")
d.E("Manyang Akol Deng", "PERSON", "Governor Manyang")
d.E("Tonj", "GPE")
d.E("Nyakuma Gai Wiyual", "PERSON")
d.E("Community Empowerment for Progress Organization", "ORG", "CEPO")
d.E("Juba", "GPE")
d.E("Rubkona", "GPE")
d.E("Twic", "GPE", "Twic County")
d.Q("They came in large numbers", "Chuol Riak Bol")
d.Q("Cattle raiders are criminals", "Akol Madut Ring")
d.Q("We cannot allow the cattle camp", "Stephen Puok Diu Kuach")
d.Q("The people of Mayom and the people of Tonj", "Stephen Puok Diu Kuach")
d.Q("Whoever took these animals", "Manyang Akol Deng")
d.Q("deeply concerned by the loss", "United Nations Mission in South Sudan")
d.Q("address the root causes", "United Nations Mission in South Sudan")
d.Q("A family without cows", "Nyakuma Gai Wiyual")
d.EV("ASSAULT", None, None, "Wangkei", "2027-05-03", 11, 9,
     d.S("BENTIU – At least eleven people", "a local official said."),
     [d.S("11 killed as armed youth raid cattle camps"),
      d.S("Mayom County Commissioner Chuol Riak Bol told", "head of cattle."),
      d.S("Among the dead are three women", "by phone on Tuesday."),
      d.S("He said four of the wounded were flown", "(UNMISS).")])
d.EV("CONSULT", "Stephen Puok Diu Kuach", "Manyang Akol Deng", "Bentiu", "2027-05-05", None, None,
     d.S("On Wednesday, Unity State Governor", "border violence."),
     [d.S("Unity and Warrap governors meet in Bentiu"),
      d.S("The two governors agreed to deploy a joint force along the border."),
      d.S("\"We cannot allow the cattle camp", "after the meeting.")])

# ---------------- l04 RFI: JNIM attack on army post near Kompa (Karimama, Alibori); Wadagni-Touray in Cotonou
d = Doc("l04.txt", "RFI", "2027-05-08"); docs.append(d)
d.E("RFI", "ORG")
d.E("Benin", "GPE")
d.E("Niger", "GPE")
d.B("Yanick Folly", "PERSON")
d.B("AFP", "ORG")
d.E("Alibori", "GPE", "Alibori department")
d.E("Kompa", "GPE")
d.E("Karimama", "GPE", "Karimama commune")
d.E("Al-Qaeda", "ORG")
d.E("Group for the Support of Islam and Muslims", "ORG", "JNIM")
d.E("Az-Zallaqa", "ORG")
d.E("Operation Mirador", "ORG")
d.E("Burkina Faso", "GPE")
d.E("Parakou", "GPE")
d.E("Wilfried Léandre Houngbédji", "PERSON")
d.E("Soumaïla Garba Bio", "PERSON")
d.E("Romuald Wadagni", "PERSON", "President Romuald Wadagni", "Wadagni")
d.E("Economic Community of West African States", "ORG", "Ecowas Commission", "Ecowas")
d.E("Omar Alieu Touray", "PERSON", "Touray")
d.E("Cotonou", "GPE")
d.E("Niamey", "GPE")
d.E("Aïcha Tidjani-Serpos", "PERSON")
d.E("University of Abomey-Calavi", "ORG")
d.E("Armed Conflict Location and Event Data project", "ORG", "ACLED")
d.E("Togo", "GPE")
d.E("Savanes", "GPE", "Savanes region")
d.Q("They came on motorbikes", None)
d.Q("soldiers who fell with honour", "Wilfried Léandre Houngbédji")
d.Q("The army has launched an operation", "Wilfried Léandre Houngbédji")
d.Q("Since the beginning of the year, people no longer", "Soumaïla Garba Bio")
d.Q("in full solidarity", "Omar Alieu Touray")
d.Q("terrorism in the Sahel", "Omar Alieu Touray")
d.Q("The group is no longer content", "Aïcha Tidjani-Serpos")
d.EV("ASSAULT", "Group for the Support of Islam and Muslims", "Operation Mirador", "Kompa", "2027-05-06", 9, 5,
     d.S("Nine Beninese soldiers were killed and five wounded", "told RFI."),
     [d.S("Benin: jihadists kill nine soldiers"),
      d.S("The Al-Qaeda-linked Group for the Support", "two pick-up trucks."),
      d.S("The assault lasted more than two hours", "a military source."),
      d.S("The soldiers belong to Operation Mirador", "Burkina Faso."),
      d.S("The wounded were evacuated to Parakou."),
      d.S("In a statement read on national television", "of our territory\".")])
d.EV("CONSULT", "Romuald Wadagni", "Omar Alieu Touray", "Cotonou", "2027-05-07", None, None,
     d.S("On Friday, President Romuald Wadagni received", "in Cotonou."),
     [d.S("The two men discussed the deployment", "to the presidency."),
      d.S("Touray said after the audience", "any border\".")])

# ---------------- l05 Club of Mozambique: IS attack on Naulala (Mecula, Niassa); ranger post fired on; Chume-Saíde in Lichinga
d = Doc("l05.txt", "Club of Mozambique", "2027-05-10"); docs.append(d)
d.B("Club of Mozambique", "ORG")
d.E("Mozambique", "GPE")
d.E("Niassa", "GPE", "Niassa province")
d.E("Mecula", "GPE", "Mecula district")
d.B("United Nations Children's Fund", "ORG", "UNICEF")
d.B("Manuel Chivambo", "PERSON")
d.E("Naulala", "GPE")
d.E("Fátima Abudo Sulemane", "PERSON", "Mecula district administrator Fátima Abudo Sulemane")
d.E("Lusa", "ORG")
d.E("Islamic State", "ORG")
d.E("Amaq", "ORG")
d.E("Switzerland", "GPE")
d.E("Cabo Delgado", "GPE", "Cabo Delgado province")
d.E("National Administration of Conservation Areas", "ORG", "ANAC")
d.E("Cristóvão Chume", "PERSON", "Defence Minister Cristóvão Chume", "Chume")
d.E("Lichinga", "GPE")
d.E("Armindo Tembe Saíde", "PERSON", "Governor Saíde")
d.E("Defence and Security Forces", "ORG", "FDS")
d.E("Marrupa", "GPE")
d.E("Hélder Nhamuave-Cossa", "PERSON")
d.E("Institute for Social and Economic Studies", "ORG", "IESE")
d.E("Maputo", "GPE")
d.E("Armed Conflict Location and Event Data project", "ORG", "ACLED")
d.E("Mocímboa da Praia", "GPE")
d.E("Daniel Chapo", "PERSON", "Chapo")
d.Q("The bandits beheaded", "Fátima Abudo Sulemane")
d.Q("People are now sleeping", "Fátima Abudo Sulemane")
d.Q("soldiers of the caliphate", "Islamic State")
d.Q("Our teams withdrew", "National Administration of Conservation Areas")
d.Q("The terrorists want to open", "Cristóvão Chume")
d.Q("We ask the population", "Cristóvão Chume")
d.Q("They move in small groups", "Hélder Nhamuave-Cossa")
d.Q("It is cheap for them", "Hélder Nhamuave-Cossa")
d.EV("ASSAULT", "Islamic State", None, "Naulala", "2027-05-08", 4, 3,
     d.S("Insurgents killed four civilians and wounded three", "district administration said."),
     [d.S("Mozambique: Insurgents kill four civilians"),
      d.S("According to Mecula district administrator", "at least 30 huts."),
      d.S("“The bandits beheaded two of the victims", "running to the bush,”"),
      d.S("The Islamic State claimed the attack", "in the district.")])
d.EV("ASSAULT", None, None, None, "2027-05-07", None, 2,
     d.S("On Friday, insurgents had also fired on a ranger post", "said in a statement."))
d.EV("CONSULT", "Cristóvão Chume", "Armindo Tembe Saíde", "Lichinga", "2027-05-09", None, None,
     d.S("Defence Minister Cristóvão Chume travelled to Lichinga", "in the province."),
     [d.S("After the meeting Chume said", "Marrupa districts.")])

# ---------------- l06 MindaNews: ambush in Limpongo (Datu Hoffer Ampatuan); Army shelling; Macacua-Brawner in Cotabato City
d = Doc("l06.txt", "MindaNews", "2027-05-12"); docs.append(d)
d.E("MindaNews", "ORG")
d.B("Mindanao News and Information Cooperative Center", "ORG")
d.E("Bangsamoro", "GPE", "BANGSAMORO", "BARMM")
d.E("Maguindanao del Sur", "GPE")
d.E("Philippine Army", "ORG", "Army")
d.E("Bangsamoro Islamic Freedom Fighters", "ORG", "BIFF")
d.B("Ferdinandh Cabrera-Omar", "PERSON", "FERDINANDH CABRERA-OMAR")
d.E("601st Infantry Brigade", "ORG")
d.E("Limpongo", "GPE", "Barangay Limpongo")
d.E("6th Infantry Division", "ORG", "6ID")
d.E("Datu Hoffer Ampatuan", "GPE", "DATU HOFFER AMPATUAN")
d.E("Hanifa Abdulrahman-Ditucalan", "PERSON", "Capt. Hanifa Abdulrahman-Ditucalan")
d.E("Dawlah Islamiyah", "ORG")
d.E("Abu Jihad", "PERSON")
d.E("Shariff Saydona Mustapha", "GPE")
d.E("Rodolfo Barcelon-Ilagan", "PERSON", "Maj. Gen. Rodolfo Barcelon-Ilagan")
d.E("Zulfikar Dimaukom Pendatun", "PERSON")
d.E("Cotabato City", "GPE", "Cotabato")
d.E("Abdulraof Macacua", "PERSON", "Bangsamoro Chief Minister Abdulraof Macacua", "Macacua")
d.E("Armed Forces of the Philippines", "ORG", "AFP")
d.E("Romeo Brawner Jr.", "PERSON", "Gen. Romeo Brawner Jr.")
d.E("Pagatin", "GPE")
d.E("Mamasapano", "GPE")
d.E("Shariff Aguak", "GPE")
d.E("Moro Islamic Liberation Front", "ORG", "MILF")
d.E("Jamila Usman-Sangki", "PERSON")
d.E("Mindanao Peoples Caucus", "ORG")
d.E("Maguindanao del Norte", "GPE")
d.B("Philippine Press Council", "ORG")
d.Q("Our troops fought back", "Hanifa Abdulrahman-Ditucalan")
d.Q("run after these criminals", "Rodolfo Barcelon-Ilagan")
d.Q("The people are tired", "Zulfikar Dimaukom Pendatun")
d.Q("Violent extremism has no place", "Abdulraof Macacua")
d.Q("Guns alone will not solve this", "Jamila Usman-Sangki")
d.EV("ASSAULT", "Dawlah Islamiyah", "Philippine Army", "Limpongo", "2027-05-11", 3, 4,
     d.S("DATU HOFFER AMPATUAN, Maguindanao del Sur (MindaNews / 12 May) — Three soldiers", "the military said."),
     [d.S("3 soldiers killed, 4 hurt in ambush"),
      d.S("Capt. Hanifa Abdulrahman-Ditucalan, spokesperson", "near a cornfield."),
      d.S("Three of our brave men died on the spot", "told MindaNews."),
      d.S("She said the attackers belonged to the Dawlah Islamiyah", "(BIFF).")])
d.EV("ASSAULT", "Philippine Army", None, "Datu Hoffer Ampatuan", "2027-05-11", None, None,
     d.S("Later on Tuesday night, Army howitzers shelled", "details on casualties."))
d.EV("CONSULT", "Abdulraof Macacua", "Romeo Brawner Jr.", "Cotabato City", "2027-05-12", None, None,
     d.S("In Cotabato City on Wednesday morning", "where the armed groups operate."),
     [d.S("Macacua's office said the two agreed", "(MILF)."),
      d.S("\"Violent extremism has no place", "after the meeting.")])

# ---------------- l07 Premium Times: gunmen kill 23 in Ruwi (Bokkos, Plateau); OPSH kills 5 near Mangu; Mutfwang-Tinubu in Abuja
d = Doc("l07.txt", "Premium Times", "2027-05-14"); docs.append(d)
d.B("Premium Times", "ORG", "PREMIUM TIMES")
d.B("Nigeria", "GPE")
d.E("North-Central", "GPE")
d.E("Plateau", "GPE", "Plateau State")
d.E("Caleb Mutfwang", "PERSON", "Governor Caleb Mutfwang", "Mutfwang")
d.E("Bola Tinubu", "PERSON", "President Bola Tinubu", "Tinubu", "Mr Tinubu")
d.B("Nanret Dakup-Haruna", "PERSON")
d.E("Ruwi", "GPE")
d.E("Bokkos", "GPE", "Bokkos Local Government Area", "Bokkos LGA")
d.B("Plateau State Government", "ORG")
d.E("Daniel Pam Gyang", "PERSON")
d.E("Nanven Dashe Bulus", "PERSON")
d.E("Jos University Teaching Hospital", "ORG")
d.E("Plateau State Police Command", "ORG")
d.E("Hauwa Lagu-Dakwak", "PERSON", "DSP Hauwa Lagu-Dakwak")
d.E("Operation Safe Haven", "ORG")
d.E("Mangu", "GPE")
d.E("Oya Jonah-Bitrus", "PERSON", "Capt. Oya Jonah-Bitrus")
d.E("Abuja", "GPE")
d.E("Miyetti Allah Cattle Breeders Association of Nigeria", "ORG", "MACBAN")
d.E("Ibrahim Babangida Yusuf", "PERSON")
d.E("Amnesty International Nigeria", "ORG")
d.E("Riyom", "GPE")
d.E("Nigerian Senate", "ORG", "Senate")
d.E("Federal Government of Nigeria", "ORG", "FG")
d.Q("We heard the first gunshots", "Daniel Pam Gyang")
d.QP("I have told Mr President", "Caleb Mutfwang")
d.Q("The President assured me", "Caleb Mutfwang")
d.Q("take every necessary step", "Bola Tinubu")
d.Q("We are also victims in Plateau", "Ibrahim Babangida Yusuf")
d.Q("failing to act on early warnings", "Amnesty International Nigeria")
d.EV("ASSAULT", None, None, "Ruwi", "2027-05-12", 23, 11,
     d.S("At least 23 people were killed and 11 others injured", "officials said."),
     [d.S("Gunmen kill 23 in Plateau village"),
      d.S("The attackers, who came on motorcycles", "survivors said."),
      d.S("By the time the soldiers came", "in a maize farm."),
      d.S("The chairman of Bokkos LGA", "Teaching Hospital.")])
d.EV("ASSAULT", "Operation Safe Haven", None, "Mangu", "2027-05-13", 5, None,
     d.S("Operation Safe Haven, the military task force", "in a gun battle."))
d.EV("CONSULT", "Caleb Mutfwang", "Bola Tinubu", "Abuja", "2027-05-13", None, None,
     d.S("Governor Caleb Mutfwang met President Bola Tinubu", "on the killings."),
     [d.S("Gunmen kill 23 in Plateau village"),
      d.S("Speaking to State House correspondents after the meeting", "the governor said:"),
      d.S("\"The President assured me", "will be found.\"")])

# ---------------- l08 Mexico News Daily: car wash attack in Tierra Blanca (Culiacán); drone explosives on National Guard; García Harfuch-Rocha Moya
d = Doc("l08.txt", "Mexico News Daily", "2027-05-15"); docs.append(d)
d.B("Mexico News Daily", "ORG")
d.E("Culiacán", "GPE")
d.E("Sinaloa", "GPE")
d.E("Sinaloa Cartel", "ORG")
d.B("Rodrigo Valenzuela Ochoa", "PERSON")
d.E("Tierra Blanca", "GPE")
d.B("Cuartoscuro", "ORG")
d.E("Sinaloa State Attorney General's Office", "ORG", "Attorney General's Office")
d.E("Noroeste", "ORG")
d.E("Los Chapitos", "ORG")
d.E("Joaquín Guzmán", "PERSON", 'Joaquín "El Chapo" Guzmán', "El Chapo", "Guzmán")
d.E("La Mayiza", "ORG")
d.E("Ismael Zambada", "PERSON", 'Ismael "El Mayo" Zambada', "El Mayo", "Zambada")
d.E("Mexican National Guard", "ORG", "National Guard")
d.E("Navolato", "GPE")
d.E("Secretariat of Security and Civilian Protection", "ORG", "Security Ministry", "SSPC")
d.E("Omar García Harfuch", "PERSON", "Security Minister Omar García Harfuch", "García Harfuch")
d.E("Rubén Rocha Moya", "PERSON", "Governor Rubén Rocha Moya", "Rocha Moya")
d.E("Mariela Osuna Beltrán", "PERSON")
d.E("Causa en Común", "ORG")
d.E("Claudia Sheinbaum", "PERSON", "President Claudia Sheinbaum")
d.E("Mexico", "GPE")
d.E("United States", "GPE")
d.Q("My son was washing a truck", None)
d.Q("We are not going to leave Sinaloa", "Omar García Harfuch")
d.Q("The violence has changed", "Mariela Osuna Beltrán")
d.EV("ASSAULT", None, None, "Tierra Blanca", "2027-05-13", 6, 3,
     d.S("Gunmen killed six people and wounded three others", "Sinaloa Cartel."),
     [d.S("Six killed in attack on car wash in Culiacán"),
      d.S("The attack took place shortly after 9 p.m. in Tierra Blanca."),
      d.S("According to the state prosecutor's office", "before fleeing."),
      d.S("Among the dead were two teenage brothers", "Noroeste reported."),
      d.S("One of the wounded, a woman, is in critical condition.")])
d.EV("ASSAULT", None, "Mexican National Guard", "Culiacán", "2027-05-14", None, 2,
     d.S("On Friday afternoon, a National Guard convoy", "(SSPC) said."))
d.EV("CONSULT", "Omar García Harfuch", "Rubén Rocha Moya", "Culiacán", "2027-05-14", None, None,
     d.S("Security Minister Omar García Harfuch flew to Culiacán", "government palace."),
     [d.S("The operation will continue for as long as necessary", "after the meeting.")])

# ---------------- l09 The Herald: Glasgow City Council by-election in Partick East/Kelvindale (politics; no events)
d = Doc("l09.txt", "The Herald", "2027-05-07"); docs.append(d)
d.B("The Herald", "ORG")
d.E("Scottish Labour", "ORG", "Labour", "LABOUR")
d.E("Partick East/Kelvindale", "GPE")
d.E("Glasgow", "GPE")
d.E("Scottish Greens", "ORG", "Greens")
d.B("Calum MacLeod-Rennie", "PERSON")
d.E("Priya Dhaliwal-Grant", "PERSON", "Ms Dhaliwal-Grant")
d.B("Iain McQuarrie-Boyd", "PERSON")
d.E("Glasgow City Council", "ORG")
d.E("Scottish National Party", "ORG", "SNP")
d.E("Ruaridh Fairbairn-Nkemelu", "PERSON", "Mr Fairbairn-Nkemelu")
d.E("Eilidh Campbell", "PERSON")
d.E("Reform UK", "ORG")
d.E("Scottish Conservatives", "ORG")
d.E("Scottish Liberal Democrats", "ORG", "Liberal Democrats")
d.E("Morven Ure", "PERSON")
d.E("Anas Sarwar", "PERSON")
d.E("Susan Aitken", "PERSON")
d.E("Mhairi Lamont-Osei", "PERSON", "Professor Mhairi Lamont-Osei")
d.E("University of Strathclyde", "ORG")
d.E("Gary Thomson", "PERSON")
d.E("Scotland", "GPE")
d.E("Springburn/Robroyston", "GPE")
d.E("Langside", "GPE")
d.B("Newsquest", "ORG")
d.QS("a message to every party", "Priya Dhaliwal-Grant")
d.Q("People here told me", "Priya Dhaliwal-Grant")
d.Q("rebuilding trust street by street", "Anas Sarwar")
d.Q("We came within a few hundred votes", "Ruaridh Fairbairn-Nkemelu")
d.Q("and the people who voted for us", "Ruaridh Fairbairn-Nkemelu")
d.Q("By-elections on low turnouts", "Scottish National Party")
d.Q("keep delivering for every neighbourhood", "Susan Aitken")
d.Q("Green transfers went heavily", "Mhairi Lamont-Osei")
d.Q("shown it can compete anywhere", "Gary Thomson")

# ---------------- l10 Courier Journal: Kentucky governor primaries, Coleman and Adkins win (politics; no events)
d = Doc("l10.txt", "Courier Journal", "2027-05-19"); docs.append(d)
d.B("Courier Journal", "ORG", "Louisville Courier Journal")
d.B("USA TODAY Network", "ORG")
d.E("Russell Coleman", "PERSON", "Attorney General Russell Coleman", "Coleman")
d.E("Rocky Adkins", "PERSON", "Adkins")
d.E("Kentucky", "GPE", "Ky.")
d.B("Jordan Whitfield-Amos", "PERSON")
d.E("Frankfort", "GPE")
d.B("Darnell Okoro-Banks", "PERSON")
d.E("Louisville", "GPE", "LOUISVILLE")
d.E("Andy Beshear", "PERSON", "Gov. Andy Beshear", "Beshear")
d.E("Brandon Whitaker-Lyles", "PERSON", "Whitaker-Lyles")
d.E("Bowling Green", "GPE")
d.E("Paducah", "GPE")
d.E("Deanna Marcum-Fields", "PERSON", "Marcum-Fields")
d.E("Kentucky State Board of Elections", "ORG")
d.E("Elliott", "GPE", "Elliott County")
d.E("Sandy Hook", "GPE")
d.E("Michael Adams", "PERSON", "Secretary of State Michael Adams", "Adams")
d.E("Donald Trump", "PERSON", "President Donald Trump")
d.E("Democratic Party", "ORG", "Democrats")
d.E("Marisol Tran-Delgado", "PERSON")
d.E("University of Kentucky", "ORG")
d.E("Republican Governors Association", "ORG")
d.Q("Kentucky is ready to finish the job", "Russell Coleman")
d.Q("And in November, we are going", "Russell Coleman")
d.Q("I've spent my whole life", "Rocky Adkins")
d.Q("This race is about whether", "Rocky Adkins")
d.Q("It was a clean, smooth, secure election", "Michael Adams")
d.Q("the right person to keep Kentucky", "Andy Beshear")
d.Q("Adkins is the strongest candidate", "Marisol Tran-Delgado")
d.Q("Coleman starts as the favorite", "Marisol Tran-Delgado")

# ---------------- l11 Hürriyet Daily News: CBRT cuts policy rate to 29.5% (business; no events)
d = Doc("l11.txt", "Hürriyet Daily News", "2027-05-21"); docs.append(d)
d.B("Hürriyet Daily News", "ORG")
d.E("Central Bank of the Republic of Türkiye", "ORG", "Central Bank", "CBRT")
d.E("Ankara", "GPE", "ANKARA")
d.B("Anadolu Agency", "ORG", "AA")
d.E("Central Bank of the Republic of Türkiye Monetary Policy Committee", "ORG", "Monetary Policy Committee", "MPC")
d.E("Fatih Karahan", "PERSON", "Governor Fatih Karahan", "Karahan")
d.E("Turkish Statistical Institute", "ORG", "TÜİK")
d.E("Deniz Yılmaz-Aktaş", "PERSON")
d.E("Istanbul", "GPE")
d.E("Boğaziçi Yatırım", "ORG")
d.E("United States", "GPE", "U.S.")
d.E("Borsa Istanbul", "ORG")
d.E("Mehmet Şimşek", "PERSON", "Treasury and Finance Minister Mehmet Şimşek", "Şimşek")
d.E("Turkish Exporters Assembly", "ORG", "TİM")
d.E("Nihat Kocabıyık", "PERSON")
d.E("Anıl Baştürk-Levent", "PERSON")
d.E("Koç University", "ORG")
d.E("Turkey", "GPE", "Türkiye")
d.Q("The underlying trend of inflation", "Central Bank of the Republic of Türkiye Monetary Policy Committee")
d.Q("the tight monetary policy stance", "Central Bank of the Republic of Türkiye Monetary Policy Committee")
d.Q("meeting by meeting", "Central Bank of the Republic of Türkiye Monetary Policy Committee")
d.Q("The bank is clearly buying insurance", "Deniz Yılmaz-Aktaş")
d.Q("working, even if the results", "Mehmet Şimşek")
d.Q("Disinflation is a marathon", "Mehmet Şimşek")
d.Q("losing orders every month", "Nihat Kocabıyık")
d.Q("if the harvest is not a disaster", "Anıl Baştürk-Levent")

# ---------------- l12 BusinessWorld: Sampaguita Pacific Holdings Q1 results (business; no events)
d = Doc("l12.txt", "BusinessWorld", "2027-05-13"); docs.append(d)
d.B("BusinessWorld", "ORG", "BusinessWorld Publishing Corporation")
d.E("Sampaguita Pacific Holdings, Inc.", "ORG", "SAMPAGUITA PACIFIC Holdings, Inc.", "Sampaguita Pacific", "SPHI")
d.B("Kristine Joy Manalastas-Reyes", "PERSON")
d.E("Bonifacio Global City", "GPE")
d.E("Taguig", "GPE")
d.E("Cebu", "GPE")
d.E("Pampanga", "GPE")
d.E("Cavite", "GPE")
d.E("Jose Miguel Tan-Araneta", "PERSON", "Mr. Tan-Araneta", "Tan-Araneta")
d.E("Tierra Sampaguita Land, Inc.", "ORG")
d.E("Porac", "GPE")
d.E("Lakas Hangin Energy Corp.", "ORG")
d.E("Ilocos Norte", "GPE")
d.E("Batangas", "GPE")
d.E("Pacific Union Savings Bank", "ORG")
d.E("Ma. Teresa Abad-Santos", "PERSON", 'Ma. Teresa "Tess" Abad-Santos', "Abad-Santos", "Tess")
d.E("Lakandula Securities, Inc.", "ORG")
d.E("Bangko Sentral ng Pilipinas", "ORG")
d.E("Philippine Stock Exchange", "ORG", "PSE")
d.E("Binondo", "GPE")
d.E("Manila", "GPE")
d.B("Aaron Michael C. Sy", "PERSON")
d.E("Harbourfront Properties", "ORG")
d.E("United States", "GPE", "US")
d.Q("We saw strong take-up", "Jose Miguel Tan-Araneta")
d.Q("We are being prudent", "Jose Miguel Tan-Araneta")
d.Q("Property and power carried", "Ma. Teresa Abad-Santos")
d.Q("With the Bangko Sentral", "Ma. Teresa Abad-Santos")

# ---------------- l13 The Japan Times: Kisaragi Motor fuel-pump recall; Onodera-Kaneko at the land ministry in Tokyo
d = Doc("l13.txt", "The Japan Times", "2027-05-25"); docs.append(d)
d.B("The Japan Times", "ORG")
d.E("Kisaragi Motor Corp.", "ORG", "Kisaragi Motor", "Kisaragi")
d.B("Haruka Nishimura-Bell", "PERSON")
d.E("Takuya Onodera", "PERSON", "Company President Takuya Onodera", "Onodera")
d.E("Tokyo", "GPE")
d.B("Kyodo News", "ORG", "Kyodo")
d.E("Japan", "GPE")
d.E("United States", "GPE", "U.S.")
d.E("Nagoya", "GPE")
d.E("Yasushi Kaneko", "PERSON", "Kaneko")
d.E("Hoshino Seimitsu Kogyo", "ORG", "Hoshino")
d.E("Gifu", "GPE", "Gifu Prefecture")
d.E("National Highway Traffic Safety Administration", "ORG")
d.E("Emiko Sato-Laurent", "PERSON")
d.E("Daiwa Securities", "ORG")
d.E("Thailand", "GPE")
d.E("Indonesia", "GPE")
d.E("Hiroshima", "GPE")
d.Q("We deeply apologize", "Takuya Onodera")
d.Q("We will replace the parts", "Takuya Onodera")
d.Q("carry out a thorough review", "Yasushi Kaneko")
d.Q("cooperate fully with the investigation", "Hoshino Seimitsu Kogyo")
d.Q("The money is not the problem", "Emiko Sato-Laurent")
d.Q("The problem is that customers", "Emiko Sato-Laurent")
d.EV("CONSULT", "Takuya Onodera", "Yasushi Kaneko", "Tokyo", "2027-05-24", None, None,
     d.S("Company President Takuya Onodera visited the land ministry", "and apologize."),
     [d.S("Kisaragi Motor recalls 640,000 cars"),
      d.S("“We deeply apologize", "after the meeting."),
      d.S("According to a ministry official, Kaneko urged", "its suppliers.”")])

# ---------------- l14 swissinfo.ch: study of 41 unstable Alpine glaciers after Birch/Blatten (science; no events)
d = Doc("l14.txt", "SWI swissinfo.ch", "2027-05-26"); docs.append(d)
d.E("SWI swissinfo.ch", "ORG", "swissinfo.ch")
d.B("Léa Chappuis-Wenger", "PERSON")
d.E("Blatten", "GPE")
d.E("Valais", "GPE", "canton of Valais")
d.B("Keystone", "ORG")
d.B("Anton Meier-Rüegg", "PERSON")
d.E("Communications Earth & Environment", "ORG")
d.E("Switzerland", "GPE")
d.E("Italy", "GPE")
d.E("France", "GPE")
d.E("Austria", "GPE")
d.E("Matteo Bertolini-Krebs", "PERSON")
d.E("ETH Zurich", "ORG")
d.E("Giulia Ferrandi", "PERSON")
d.E("University of Turin", "ORG")
d.E("Federal Office for the Environment", "ORG", "FOEN")
d.E("Nadia Perrenoud-Aebi", "PERSON")
d.E("WSL Institute for Snow and Avalanche Research SLF", "ORG")
d.E("Davos", "GPE")
d.E("Reto Kalbermatten", "PERSON")
d.E("Glacier Monitoring Switzerland", "ORG", "GLAMOS")
d.B("Swiss Broadcasting Corporation", "ORG", "SRG SSR")
d.Q("Birch was not a freak event", "Matteo Bertolini-Krebs")
d.Q("We were surprised by how fast", "Giulia Ferrandi")
d.Q("In several cases, the movement", "Giulia Ferrandi")
d.Q("already known and under observation", "Federal Office for the Environment")
d.Q("Radar gives us a very useful", "Nadia Perrenoud-Aebi")
d.Q("confirms that we are not an isolated case", "Reto Kalbermatten")

# ---------------- l15 Daily Monitor: mpox in Uganda; Aceng-Janabi in Kampala; Olaro-Tanzanian officials at Mutukula
d = Doc("l15.txt", "Daily Monitor", "2027-05-27"); docs.append(d)
d.B("Daily Monitor", "ORG", "The Monitor Publications Ltd")
d.E("Uganda", "GPE")
d.E("World Health Organization", "ORG", "WHO")
d.E("Kampala", "GPE")
d.B("Esther Nakalema-Ouma", "PERSON", "ESTHER NAKALEMA-OUMA")
d.B("Ronald Ssekandi-Mugisha", "PERSON")
d.E("Mutukula", "GPE")
d.E("Kyotera", "GPE", "Kyotera District")
d.E("Ugandan Ministry of Health", "ORG", "Ministry of Health")
d.E("Wakiso", "GPE")
d.E("Kalangala", "GPE", "Kalangala District")
d.E("Jane Ruth Aceng", "PERSON", "Health Minister Jane Ruth Aceng", "Dr Aceng")
d.E("Mohamed Yakub Janabi", "PERSON", "Dr Janabi")
d.E("Access and Allocation Mechanism", "ORG")
d.E("Africa Centres for Disease Control and Prevention", "ORG", "Africa CDC")
d.E("Gavi, the Vaccine Alliance", "ORG", "Gavi")
d.E("United Nations Children's Fund", "ORG", "Unicef")
d.E("Doreen Atuhaire-Nsubuga", "PERSON")
d.E("Democratic Republic of the Congo", "GPE", "Democratic Republic of Congo")
d.E("Charles Olaro", "PERSON", "Dr Charles Olaro")
d.E("Brenda Kyomuhendo-Achieng", "PERSON", "Dr Brenda Kyomuhendo-Achieng")
d.E("Joseph Kizito-Lubega", "PERSON")
d.E("Lutoboka", "GPE")
d.E("Uganda Medical Association", "ORG")
d.E("Kasese", "GPE")
d.E("Parliament of Uganda", "ORG", "Parliament")
d.B("Nation Media Group", "ORG")
d.Q("We have the health workers", "Jane Ruth Aceng")
d.Q("If we had them", "Jane Ruth Aceng")
d.Q("Uganda has shown that it can detect", "Mohamed Yakub Janabi")
d.Q("Some patients are sharing beds", "Brenda Kyomuhendo-Achieng")
d.Q("If they take you for 21 days", "Joseph Kizito-Lubega")
d.Q("the health workers on the front line", "Uganda Medical Association")
d.EV("CONSULT", "Jane Ruth Aceng", "Mohamed Yakub Janabi", "Kampala", "2027-05-26", None, None,
     d.S("Health Minister Jane Ruth Aceng met", "for the response."),
     [d.S("Mpox: Uganda confirms 312 new cases"),
      d.S("Speaking after the meeting, Dr Aceng said", "requested this year."),
      d.S("Dr Janabi said WHO would help Uganda", "Gavi and Unicef.")])
d.EV("CONSULT", "Charles Olaro", "Tanzania", "Mutukula", "2027-05-25", None, None,
     d.S("On Tuesday, the Director General of Health Services", "along the border."))

# ---------------- l16 Solomon Star: PIF foreign ministers in Honiara; Manele-Wong; Peters-Agovaka (CONSULT only)
d = Doc("l16.txt", "Solomon Star", "2027-05-28"); docs.append(d)
d.B("Solomon Star", "ORG", "SOLOMON STAR")
d.E("Solomon Islands", "GPE")
d.E("Pacific Islands Forum", "ORG", "PIF", "Forum")
d.E("Honiara", "GPE")
d.B("Georgina Kikolo-Maepio", "PERSON", "GEORGINA KIKOLO-MAEPIO")
d.B("Pacific Islands Forum Secretariat", "ORG", "PIF Secretariat")
d.E("Peter Shanel Agovaka", "PERSON", "Mr Agovaka")
d.E("Nuku'alofa", "GPE")
d.E("Baron Waqa", "PERSON", "PIF Secretary General Baron Waqa")
d.E("Pacific Resilience Facility", "ORG")
d.E("Tonga", "GPE")
d.E("Jeremiah Manele", "PERSON", "Prime Minister Jeremiah Manele")
d.E("Penny Wong", "PERSON", "Australian Foreign Minister Penny Wong", "Senator Wong")
d.E("Australia", "GPE")
d.E("Solomon Islands Office of the Prime Minister", "ORG", "Office of the Prime Minister")
d.E("New Zealand", "GPE")
d.E("Winston Peters", "PERSON", "New Zealand Foreign Minister Winston Peters")
d.E("Solomon Islands Ministry of Foreign Affairs and External Trade", "ORG", "Ministry of Foreign Affairs and External Trade")
d.E("Chinese Embassy in Solomon Islands", "ORG", "Embassy of the People's Republic of China in Honiara")
d.E("China", "GPE")
d.E("Vanuatu", "GPE")
d.E("Kiribati", "GPE")
d.E("Afu Billy-Tanito", "PERSON", "Dr Afu Billy-Tanito")
d.E("Solomon Islands National University", "ORG", "SINU")
d.E("Royal Solomon Islands Police Force", "ORG", "RSIPF")
d.E("Malaita", "GPE")
d.QP("The Pacific has decided", "Peter Shanel Agovaka")
d.Q("This roadmap tells our partners", "Peter Shanel Agovaka")
d.Q("Every dollar in this facility", "Baron Waqa")
d.Q("proud to be Solomon Islands", "Penny Wong")
d.Q("respects the choices", "Chinese Embassy in Solomon Islands")
d.Q("without any political conditions", "Chinese Embassy in Solomon Islands")
d.Q("For the first time there are deadlines", "Afu Billy-Tanito")
d.EV("CONSULT", "Pacific Islands Forum", None, "Honiara", "2027-05-27", None, None,
     d.S("FOREIGN ministers of the Pacific Islands Forum", "meeting in Honiara."),
     [d.S("Forum ministers back 'Ocean of Peace' roadmap"),
      d.S("The Forum Foreign Ministers Meeting, chaired by", "member countries."),
      d.S("PIF Secretary General Baron Waqa said the meeting", "hosted in Tonga.")])
d.EV("CONSULT", "Jeremiah Manele", "Penny Wong", "Honiara", "2027-05-26", None, None,
     d.S("On Wednesday, Prime Minister Jeremiah Manele met", "in Honiara."),
     [d.S("The two discussed policing support", "Prime Minister.")])
d.EV("CONSULT", "Winston Peters", "Peter Shanel Agovaka", "Honiara", "2027-05-27", None, None,
     d.S("New Zealand Foreign Minister Winston Peters and Mr Agovaka", "External Trade said."))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

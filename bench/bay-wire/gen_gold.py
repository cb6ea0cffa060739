"""Builds bay-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / footer-only names are added with B();
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
# ---------------- y01 Ukrainska Pravda: missiles on Kremenchuk bus depot; drones on Myrhorod; Melnychuk-Svyrydenko in Kyiv
d = Doc("y01.txt", "Ukrainska Pravda", "2027-05-03"); docs.append(d)
d.B("Ukrainska Pravda", "ORG")
d.E("Poltava Oblast", "GPE")
d.E("Kremenchuk", "GPE", "KREMENCHUK")
d.B("Iryna Kovalenko-Shevchuk", "PERSON")
d.E("State Emergency Service of Ukraine", "ORG", "State Emergency Service")
d.E("Ihor Melnychuk", "PERSON", "Melnychuk")
d.E("Poltava Oblast Military Administration", "ORG")
d.E("Vitalii Maletskyi", "PERSON", "Mayor Vitalii Maletskyi")
d.E("Air Force of the Armed Forces of Ukraine", "ORG")
d.E("Russia", "GPE")
d.E("Kursk Oblast", "GPE")
d.E("Myrhorod", "GPE", "Myrhorod district")
d.E("Russian Ministry of Defence", "ORG", "Defence Ministry")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Ukraine", "GPE")
d.E("Yulia Svyrydenko", "PERSON", "Prime Minister Yulia Svyrydenko")
d.E("Kyiv", "GPE")
d.E("Cabinet of Ministers of Ukraine", "ORG", "Cabinet of Ministers")
d.E("Halyna Ostapenko", "PERSON")
d.E("Sumy Oblast", "GPE")
d.Q("The enemy knew this", "Ihor Melnychuk")
d.Q("There is no military target", "Ihor Melnychuk")
d.Q("a fuel storage site", "Russian Ministry of Defence")
d.Q("Every city in the centre", "Volodymyr Zelensky")
d.Q("and every system we receive", "Volodymyr Zelensky")
d.Q("We sleep in the corridor", "Halyna Ostapenko")
d.Q("After the shopping centre", "Halyna Ostapenko")
d.EV("ASSAULT", "Russia", None, "Kremenchuk", "2027-05-02", 4, 19,
     d.S("KREMENCHUK – Four people", "said on Monday."),
     [d.S("Russian missiles hit Kremenchuk bus depot"),
      d.S("Ihor Melnychuk, head of", "was on duty."),
      d.S("Two drivers and a mechanic", "serious condition."),
      d.S("The Air Force of the Armed Forces", "intercepted."),
      d.S("Russia's Defence Ministry claimed", "naming the town."),
      d.S("President Volodymyr Zelensky said the strike", "Patriot systems.")])
d.EV("ASSAULT", "Russia", None, "Myrhorod", "2027-05-01", None, 2,
     d.S("A day earlier, Russian Shahed-type", "power line."),
     [d.S("Two employees of the elevator", "district said.")])
d.EV("CONSULT", "Ihor Melnychuk", "Yulia Svyrydenko", "Kyiv", "2027-05-03", None, None,
     d.S("On Monday, Melnychuk met", "Ministers said."),
     [d.S("The government allocated", "its statement.")])

# ---------------- y02 Meduza: Ukrainian drone on Novomoskovsk plant (Tula Oblast); 38 drones over Russia; debris in Vorotynsk (Kaluga Oblast)
d = Doc("y02.txt", "Meduza", "2027-05-05"); docs.append(d)
d.E("Meduza", "ORG")
d.E("Russia", "GPE")
d.E("Novomoskovsk", "GPE")
d.E("Tula Oblast", "GPE", "Tula region")
d.E("Kaluga Oblast", "GPE", "Kaluga region")
d.B("Tula Oblast Government", "ORG")
d.E("Dmitry Milyaev", "PERSON", "Governor Dmitry Milyaev", "Milyaev")
d.E("Novomoskovsk Azot", "ORG")
d.E("EuroChem", "ORG")
d.E("Sokolniki", "GPE")
d.E("Myslo", "ORG")
d.E("Russian Ministry of Defence", "ORG", "Defence Ministry")
d.E("Moscow Oblast", "GPE", "Moscow region")
d.E("Vladislav Shapsha", "PERSON")
d.E("Vorotynsk", "GPE")
d.E("General Staff of the Armed Forces of Ukraine", "ORG")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Kyiv", "GPE")
d.E("Vladimir Putin", "PERSON", "President Vladimir Putin")
d.E("Andrei Slutsky-Oreshkin", "PERSON")
d.E("Moscow", "GPE")
d.E("Aleksin", "GPE")
d.E("Bryansk Oblast", "GPE", "Bryansk")
d.E("Kaluga", "GPE")
d.Q("There is no threat to residents", "Dmitry Milyaev")
d.Q("The windows were shaking", None)
d.Q("facilities that supply", "General Staff of the Armed Forces of Ukraine")
d.Q("the true nature of the Kyiv regime", "Dmitry Peskov")
d.Q("among the most dangerous", "Andrei Slutsky-Oreshkin")
d.Q("If a drone hits a full tank", "Andrei Slutsky-Oreshkin")
d.Q("Nobody in the city", "Andrei Slutsky-Oreshkin")
d.EV("ASSAULT", "Ukraine", None, "Novomoskovsk", "2027-05-05", 1, 4,
     d.S("One worker was killed", "Milyaev said."),
     [d.S("Drone strike sets fire to fertiliser plant"),
      d.S("Milyaev wrote that the drone", "by 7:30."),
      d.S("Kremlin spokesman Dmitry Peskov told", "had been briefed.")])
d.EV("ASSAULT", "Ukraine", "Russia", "Russia", "2027-05-05", None, None,
     d.S("Russia's Defence Ministry said air defence", "Moscow region."))
d.EV("ASSAULT", "Ukraine", None, "Vorotynsk", "2027-05-05", None, 1,
     d.S("Kaluga region governor Vladislav Shapsha said", "74-year-old woman."),
     [d.S("Kaluga region governor says a pensioner"),
      d.S("Debris also damaged", "he added.")])

# ---------------- y03 Radio Dabanga: drone strike on El Obeid market; RSF attack on Bara; Kamil Idris-Abdelatty in Port Sudan
d = Doc("y03.txt", "Radio Dabanga", "2027-05-06"); docs.append(d)
d.E("Radio Dabanga", "ORG")
d.E("Sudan", "GPE")
d.E("North Kordofan", "GPE")
d.E("El Obeid", "GPE", "EL OBEID")
d.E("Bara", "GPE", "BARA", "Bara locality")
d.E("Egypt", "GPE")
d.E("Port Sudan", "GPE")
d.E("Sudan Doctors Network", "ORG")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("Hamid Osman Abakar", "PERSON")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG",
    "UN Office for the Coordination of Humanitarian Affairs", "OCHA")
d.E("Kamil Idris", "PERSON", "Prime Minister Kamil Idris")
d.E("Badr Abdelatty", "PERSON", "Egyptian Foreign Minister Badr Abdelatty", "Abdelatty")
d.E("Abdel Fattah el-Sisi", "PERSON", "President Abdel Fattah el-Sisi")
d.E("Transitional Sovereignty Council", "ORG", "Sovereignty Council")
d.E("Abdel Fattah al-Burhan", "PERSON", "Gen. Abdel Fattah al-Burhan")
d.E("Egyptian Ministry of Foreign Affairs", "ORG")
d.E("Cairo", "GPE")
d.E("Abdelrahim Musa Hamid", "PERSON", "Governor Abdelrahim Musa Hamid")
d.E("Kordofan", "GPE")
d.E("Kadugli", "GPE")
d.E("White Nile", "GPE")
d.Q("a deliberate massacre", "Sudan Doctors Network")
d.QP("We received 38 wounded", None)
d.Q("We operated in the corridors", None)
d.Q("They came from the desert side", "Hamid Osman Abakar")
d.Q("The people of Bara have", "Hamid Osman Abakar")
d.Q("destroyed the defences", "Rapid Support Forces")
d.Q("full support for the unity", "Badr Abdelatty")
d.Q("anti-drone systems, not condolences", "Abdelrahim Musa Hamid")
d.EV("ASSAULT", None, None, "El Obeid", "2027-05-04", 11, 27,
     d.S("At least 11 people were killed", "told Radio Dabanga."),
     [d.S("Drone strike on El Obeid livestock market"),
      d.S("The Sudan Doctors Network said", "their families\"."),
      d.S("The RSF did not respond", "the attack.")])
d.EV("ASSAULT", "Rapid Support Forces", "Sudanese Armed Forces", "Bara", "2027-05-03", 7, None,
     d.S("RSF fighters attacked positions", "local official said."),
     [d.S("Fighting resumes around Bara"),
      d.S("Fighting also resumed around Bara", "of El Obeid."),
      d.S("Five soldiers and two civilians", "Hamid Osman Abakar."),
      d.S("In a post on its Telegram channel", "for the army.")])
d.EV("CONSULT", "Kamil Idris", "Badr Abdelatty", "Port Sudan", "2027-05-05", None, None,
     d.S("In Port Sudan on Wednesday", "al-Burhan."),
     [d.S("Fighting resumes around Bara"),
      d.S("According to the Egyptian Ministry", "institutions\".")])

# ---------------- y04 Eye Radio: attack on Tambura market; SSPDF attack on SPLA-IO base at Bazungua; Bangbaru-UNMISS in Yambio
d = Doc("y04.txt", "Eye Radio", "2027-05-08"); docs.append(d)
d.E("Eye Radio", "ORG")
d.E("Western Equatoria", "GPE", "Western Equatoria State")
d.E("Tambura", "GPE", "Tambura County")
d.E("United Nations Mission in South Sudan", "ORG", "UN Mission in South Sudan", "UNMISS")
d.E("Yambio", "GPE", "YAMBIO")
d.B("Nyamile Joseph Lagu", "PERSON")
d.E("Angelo Bazia Renzi", "PERSON", "Commissioner Renzi")
d.E("Sudan People's Liberation Army-in-Opposition", "ORG", "SPLA-IO")
d.E("Lam Paul Gabriel", "PERSON", "Col. Lam Paul Gabriel")
d.E("South Sudan People's Defence Forces", "ORG", "SSPDF")
d.E("Bazungua", "GPE")
d.E("Lul Ruai Koang", "PERSON", "Maj. Gen. Lul Ruai Koang")
d.E("Maridi", "GPE")
d.E("Mary Nadia Bangbaru", "PERSON", "Governor Mary Nadia Bangbaru", "Governor Bangbaru")
d.E("Margaret Achieng-Lwanga", "PERSON", "Achieng-Lwanga")
d.E("Nagero", "GPE")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("Ezbon Kumbo Wanga", "PERSON")
d.E("Salva Kiir", "PERSON", "Kiir")
d.E("Sudan People's Liberation Movement-in-Opposition", "ORG", "SPLM-IO")
d.E("Juba", "GPE")
d.Q("They did not ask who", "Angelo Bazia Renzi")
d.Q("have no presence anywhere", "Lam Paul Gabriel")
d.Q("dislodged the rebels", "Lul Ruai Koang")
d.Q("We agreed that the county", "Mary Nadia Bangbaru")
d.Q("deeply alarmed by renewed", "United Nations Mission in South Sudan")
d.Q("Our peacekeepers will go", "Margaret Achieng-Lwanga")
d.Q("People are afraid to travel", "Ezbon Kumbo Wanga")
d.EV("ASSAULT", None, None, "Tambura", "2027-05-06", 6, 9,
     d.S("YAMBIO, 8 May 2027 (Eye Radio) – Six people", "authorities said."),
     [d.S("Six killed in attack on Tambura market"),
      d.S("Tambura County Commissioner Angelo", "customers."),
      d.S("He blamed forces loyal", "the attack."),
      d.S("The wounded were taken", "commissioner said.")])
d.EV("ASSAULT", "South Sudan People's Defence Forces", "Sudan People's Liberation Army-in-Opposition", "Bazungua",
     "2027-05-05", 3, 2,
     d.S("Separately, the South Sudan People's", "on Wednesday."),
     [d.S("SSPDF spokesperson Maj. Gen.", "road\"."),
      d.S("He said three SPLA-IO fighters", "operation.")])
d.EV("CONSULT", "Mary Nadia Bangbaru", "Margaret Achieng-Lwanga", "Yambio", "2027-05-06", None, None,
     d.S("On Thursday, Western Equatoria State Governor", "counties."),
     [d.S("Six killed in attack on Tambura market"),
      d.S("\"We agreed that the county", "after the meeting."),
      d.S("She said the mission", "road.")])

# ---------------- y05 Premium Times: gunmen attack Yelwata (Guma, Benue); farmers killed at Tse-Ajaver (Logo); Alia-Tinubu in Abuja
d = Doc("y05.txt", "Premium Times", "2027-05-10"); docs.append(d)
d.E("Premium Times", "ORG", "PREMIUM TIMES")
d.E("Benue", "GPE", "Benue State")
d.E("Yelwata", "GPE")
d.B("Timothy Agbo-Okpe", "PERSON")
d.E("Makurdi", "GPE")
d.E("Guma", "GPE", "Guma Local Government Area")
d.E("Terhemba Iorliam", "PERSON")
d.E("Benue State Police Command", "ORG")
d.E("Udeme Ekpo-Adah", "PERSON", "SP Udeme Ekpo-Adah")
d.E("Tse-Ajaver", "GPE")
d.E("Ayilamo", "GPE")
d.E("Logo", "GPE", "Logo Local Government Area")
d.E("Terseer Adaa-Gbande", "PERSON")
d.E("Hyacinth Alia", "PERSON", "Governor Hyacinth Alia", "Alia")
d.E("Bola Tinubu", "PERSON", "President Bola Tinubu", "Tinubu")
d.E("Abuja", "GPE")
d.E("Fidelis Tyokase", "PERSON")
d.E("Miyetti Allah Cattle Breeders Association of Nigeria", "ORG", "MACBAN")
d.E("Amnesty International Nigeria", "ORG")
d.E("Isa Sanusi", "PERSON")
d.E("Benue State House of Assembly", "ORG")
d.E("Dooshima Akaa", "PERSON", "Mrs Dooshima Akaa")
d.E("Nasarawa", "GPE")
d.E("Keana", "GPE")
d.E("Nigerian Senate", "ORG", "Senate")
d.QS("We buried 17 people in one day", "Terhemba Iorliam")
d.Q("We buried 17 people in one day. Some", "Terhemba Iorliam")
d.Q("They came through the rice farms", "Terhemba Iorliam")
d.Q("a combined team of police", "Udeme Ekpo-Adah")
d.Q("assured the people of Benue", "Bola Tinubu")
d.Q("blaming a whole ethnic group", "Miyetti Allah Cattle Breeders Association of Nigeria")
d.Q("The authorities keep promising", "Isa Sanusi")
d.Q("Every year they tell us", "Dooshima Akaa")
d.EV("ASSAULT", None, None, "Yelwata", "2027-05-08", 17, 12,
     d.S("At least 17 people were killed", "police said."),
     [d.S("'We buried 17 people in one day': Gunmen"),
      d.S("The attackers, some carrying", "told PREMIUM TIMES."),
      d.S("The Benue State Police Command confirmed", "the attack.")])
d.EV("ASSAULT", None, None, "Tse-Ajaver", "2027-05-09", 3, None,
     d.S("Separately, three farmers were killed", "said."))
d.EV("CONSULT", "Hyacinth Alia", "Bola Tinubu", "Abuja", "2027-05-09", None, None,
     d.S("Governor Hyacinth Alia, who visited", "Sunday night."),
     [d.S("Alia meets Tinubu"),
      d.S("In a statement after the meeting", "prosecuted\".")])

# ---------------- y06 Shafaq News: ISIS attack near Ramadi (Albu Dhiab); Iraqi Air Force strikes near Rutba; al-Shammari-al-Dulaimi in Ramadi
d = Doc("y06.txt", "Shafaq News", "2027-05-11"); docs.append(d)
d.E("Shafaq News", "ORG", "Shafaq News Agency")
d.E("Anbar", "GPE", "Anbar province")
d.E("Islamic State", "ORG", "ISIS")
d.E("Ramadi", "GPE")
d.E("Rutba", "GPE")
d.E("Iraq", "GPE")
d.E("10th Division", "ORG")
d.E("Albu Dhiab", "GPE")
d.E("Security Media Cell", "ORG")
d.E("Iraqi Air Force", "ORG")
d.E("Iraqi Joint Operations Command", "ORG", "Joint Operations Command")
d.E("Abdul Amir al-Shammari", "PERSON", "Interior Minister Abdul Amir al-Shammari", "Al-Shammari")
d.E("Omar Mishaan al-Dulaimi", "PERSON", "Governor Omar Mishaan al-Dulaimi", "al-Dulaimi")
d.E("Iraqi Ministry of Interior", "ORG", "Ministry of Interior")
d.E("Syria", "GPE")
d.E("Rawa", "GPE")
d.E("Anah", "GPE")
d.E("Raed Hamid al-Issawi", "PERSON")
d.E("Baghdad", "GPE")
d.E("Washington", "GPE")
d.E("Kurdistan Region", "GPE")
d.E("Popular Mobilization Forces", "ORG", "PMF")
d.E("Diyala", "GPE")
d.E("Muqdadiyah", "GPE")
d.Q("terrorist remnants trying", "Security Media Cell")
d.Q("The strikes were carried out", "Iraqi Joint Operations Command")
d.Q("securing the desert", "Iraqi Ministry of Interior")
d.Q("Anbar today is not", "Omar Mishaan al-Dulaimi")
d.Q("a few hundred fighters", "Raed Hamid al-Issawi")
d.Q("a gap in surveillance", "Raed Hamid al-Issawi")
d.Q("The cells move at night", "Raed Hamid al-Issawi")
d.EV("ASSAULT", "Islamic State", "10th Division", "Albu Dhiab", "2027-05-10", 3, 2,
     d.S("Shafaq News/ Three Iraqi soldiers", "Shafaq News Agency."),
     [d.S("ISIS attack kills three soldiers"),
      d.S("The source, speaking", "into the desert."),
      d.S("The Security Media Cell confirmed", "their defeat\".")])
d.EV("ASSAULT", "Iraqi Air Force", "Islamic State", "Rutba", "2027-05-11", 4, None,
     d.S("On Tuesday morning, Iraqi Air Force", "Joint Operations Command."),
     [d.S("ISIS attack kills three soldiers"),
      d.S("\"The strikes were carried out", "destroyed.")])
d.EV("CONSULT", "Abdul Amir al-Shammari", "Omar Mishaan al-Dulaimi", "Ramadi", "2027-05-11", None, None,
     d.S("Interior Minister Abdul Amir al-Shammari arrived", "governorate building."),
     [d.S("According to a statement from the Ministry", "Euphrates."),
      d.S("\"Anbar today is not", "after the meeting.")])

# ---------------- y07 Al Jazeera: Israeli strike on tents in al-Bassa (Deir al-Balah); shooting near Juhr al-Deek; Hamas-Rashad in Cairo
d = Doc("y07.txt", "Al Jazeera", "2027-05-13"); docs.append(d)
d.E("Al Jazeera", "ORG", "AL JAZEERA")
d.E("Gaza Strip", "GPE", "Gaza")
d.E("Deir al-Balah", "GPE", "Deir el-Balah")
d.E("Hamas", "ORG")
d.E("Cairo", "GPE")
d.B("Hani Abu Rizq", "PERSON")
d.B("AFP", "ORG")
d.E("al-Bassa", "GPE")
d.E("Hind Abu Sharkh", "PERSON")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Mahmoud Basal", "PERSON")
d.E("Palestinian Civil Defence", "ORG", "Civil Defence")
d.E("Gaza Ministry of Health", "ORG", "Ministry of Health")
d.E("Juhr al-Deek", "GPE")
d.E("Gaza City", "GPE")
d.E("Khalil al-Hayya", "PERSON")
d.E("Egypt", "GPE")
d.E("Hassan Rashad", "PERSON")
d.E("Tahani Shurrab", "PERSON")
d.E("Kerem Shalom", "GPE")
d.E("United Nations Relief and Works Agency for Palestine Refugees in the Near East", "ORG", "UNRWA")
d.Q("There were no warnings", "Hind Abu Sharkh")
d.Q("a Hamas terrorist who", "Israel Defense Forces")
d.Q("Whoever believes there is", "Mahmoud Basal")
d.Q("suspects who approached", "Israel Defense Forces")
d.Q("the occupation's daily", "Hamas")
d.Q("Nobody wants to return", None)
d.Q("They say the war ended", "Tahani Shurrab")
d.EV("ASSAULT", "Israel", None, "al-Bassa", "2027-05-13", 9, 15,
     d.S("An Israeli air strike on a tent encampment", "medical sources."),
     [d.S("Israeli strike on tents in Deir el-Balah"),
      d.S("The strike hit the al-Bassa area", "Al Jazeera."),
      d.S("At least 15 people were wounded", "critically."),
      d.S("The Israel Defense Forces (IDF) said", "civilian casualties.")])
d.EV("ASSAULT", "Israel", None, "Juhr al-Deek", "2027-05-12", 3, 11,
     d.S("Separately, the Gaza Ministry of Health said", "Gaza City."),
     [d.S("The IDF said soldiers had fired", "casualties.")])
d.EV("CONSULT", "Hamas", "Hassan Rashad", "Cairo", "2027-05-12", None, None,
     d.S("In Cairo, a Hamas delegation", "from Hamas."),
     [d.S("Hamas delegation holds talks"),
      d.S("An Egyptian official, who spoke", "stabilisation force.")])

# ---------------- y08 The National: clashes in al-Mazraa (Sweida); Israeli drones near Thaala; al-Shaibani-Safadi-Barrack in Amman
d = Doc("y08.txt", "The National", "2027-05-15"); docs.append(d)
d.E("The National", "ORG")
d.B("Rashid Haddad-Nasr", "PERSON")
d.E("Amman", "GPE")
d.B("Reuters", "ORG")
d.E("Sweida", "GPE", "Sweida province")
d.E("Syria", "GPE")
d.E("Jordan", "GPE")
d.E("United States", "GPE", "US")
d.E("al-Mazraa", "GPE")
d.E("Syrian Observatory for Human Rights", "ORG", "Observatory")
d.E("Damascus", "GPE")
d.E("Syrian Ministry of Interior", "ORG", "Interior Ministry")
d.E("Sweida National Guard", "ORG")
d.E("Hikmat al-Hijri", "PERSON", "Sheikh Hikmat Al Hijri")
d.E("Thaala", "GPE")
d.E("Israel Defense Forces", "ORG")
d.E("Asaad al-Shaibani", "PERSON", "Syrian Foreign Minister Asaad Al Shaibani", "Mr Al Shaibani")
d.E("Ayman Safadi", "PERSON", "Foreign Minister Ayman Safadi", "Mr Safadi")
d.E("Tom Barrack", "PERSON", "Mr Barrack")
d.E("Washington", "GPE")
d.E("Suha Abu Fakher", "PERSON")
d.E("Karim Nassif-Odeh", "PERSON")
d.E("Chatham House", "ORG")
d.E("Bashar al-Assad", "PERSON", "Assad")
d.Q("will not enter the city", "Syrian Ministry of Interior")
d.Q("attacking our villages", "Sweida National Guard")
d.Q("military equipment moving", "Israel Defense Forces")
d.Q("Stability in southern Syria", "Ayman Safadi")
d.Q("and the people of Sweida", "Ayman Safadi")
d.Q("holding accountable anyone", "Asaad al-Shaibani")
d.Q("a Syria for all Syrians", "Tom Barrack")
d.Q("There is no fuel", "Suha Abu Fakher")
d.Q("Each incident starts", "Karim Nassif-Odeh")
d.EV("ASSAULT", None, None, "al-Mazraa", "2027-05-13", 14, 30,
     d.S("At least 14 people were killed", "monitoring group said."),
     [d.S("Sweida clashes kill 14"),
      d.S("The Syrian Observatory for Human Rights said", "other villages."),
      d.S("Among the dead were", "it said.")])
d.EV("ASSAULT", "Israel", None, "Thaala", "2027-05-13", 2, None,
     d.S("Late on Thursday, Israeli drones", "Observatory."),
     [d.S("The Israel Defense Forces said", "southern Syria\u201d.")])
d.EV("CONSULT", "Asaad al-Shaibani", "Ayman Safadi", "Amman", "2027-05-14", None, None,
     d.S("In Amman on Friday", "September 2025."),
     [d.S("Sweida clashes kill 14"),
      d.S("\u201cStability in southern Syria", "breakdown.\u201d"),
      d.S("Mr Al Shaibani said", "they are\u201d.")])

# ---------------- y09 TOLOnews: Pakistani airstrike on Kotkai (Dangam, Kunar); border fire near Dangam; Pakistani envoy summoned in Kabul
d = Doc("y09.txt", "TOLOnews", "2027-05-17"); docs.append(d)
d.E("TOLOnews", "ORG")
d.E("Afghanistan", "GPE")
d.E("Pakistan", "GPE")
d.E("Kunar", "GPE", "Kunar province")
d.E("Taliban", "ORG", "Islamic Emirate")
d.E("Kabul", "GPE")
d.E("Dangam", "GPE", "Dangam district")
d.B("Sayed Jawad Rahimi", "PERSON")
d.E("Hamdullah Fitrat", "PERSON", "Fitrat")
d.E("Kotkai", "GPE")
d.E("Gul Rahman", "PERSON")
d.E("Inter-Services Public Relations", "ORG", "ISPR")
d.E("Islamabad", "GPE")
d.E("Tehreek-e-Taliban Pakistan", "ORG", "TTP")
d.E("Afghan Ministry of National Defense", "ORG", "Ministry of National Defense")
d.E("Afghan Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs")
d.E("Ubaidullah Khattak", "PERSON")
d.E("Abdul Qahar Balkhi", "PERSON", "Balkhi")
d.E("Pakistani Ministry of Foreign Affairs", "ORG", "Foreign Office")
d.E("Sadia Rehman Abbasi", "PERSON")
d.E("Istanbul", "GPE")
d.E("Turkey", "GPE")
d.E("Qatar", "GPE")
d.E("United Nations Assistance Mission in Afghanistan", "ORG", "UNAMA")
d.E("Mirwais Sultani", "PERSON", "Sultani")
d.E("Torkham", "GPE")
d.E("Ghulam Khan", "GPE")
d.E("Peshawar", "GPE")
d.E("Asadabad", "GPE")
d.E("Amir Khan Muttaqi", "PERSON", "Muttaqi")
d.Q("This is a clear violation", "Hamdullah Fitrat")
d.Q("We are farmers", "Gul Rahman")
d.Q("intelligence-based operations", "Inter-Services Public Relations")
d.Q("several Pakistani posts", "Afghan Ministry of National Defense")
d.Q("Such actions damage", "Abdul Qahar Balkhi")
d.Q("respects the sovereignty", "Sadia Rehman Abbasi")
d.Q("not allow its territory", "Sadia Rehman Abbasi")
d.Q("The trade crossings", "Mirwais Sultani")
d.EV("ASSAULT", "Pakistan", None, "Kotkai", "2027-05-15", 6, 8,
     d.S("Pakistani airstrikes killed six", "Fitrat said."),
     [d.S("Pakistani Airstrikes Kill Six"),
      d.S("Fitrat said the jets struck", "Kotkai."),
      d.S("Gul Rahman, a resident of Kotkai", "family."),
      d.S("Pakistan's military media wing", "border\".")])
d.EV("ASSAULT", "Taliban", "Pakistan", "Dangam", "2027-05-16", None, 2,
     d.S("On Sunday afternoon, border forces", "Defense said."),
     [d.S("Kabul summons Pakistan's envoy"),
      d.S("Two Afghan border guards were wounded", "the ministry said.")])
d.EV("CONSULT", "Afghan Ministry of Foreign Affairs", "Ubaidullah Khattak", "Kabul", "2027-05-16", None, None,
     d.S("Earlier on Sunday, the Ministry of Foreign Affairs", "Balkhi said."),
     [d.S("Kabul summons Pakistan's envoy"),
      d.S("\"Such actions damage", "Balkhi said.")])

# ---------------- y10 Philippine News Agency: 11th Infantry Division-Abu Sayyaf clash in Kabbon Takas (Patikul, Sulu); Teodoro-Tan-Jalaluddin in Jolo
d = Doc("y10.txt", "Philippine News Agency", "2027-05-18"); docs.append(d)
d.B("Philippine News Agency", "ORG")
d.B("Alnazir Halun Jr.", "PERSON")
d.E("Abu Sayyaf", "ORG")
d.E("Patikul", "GPE")
d.E("11th Infantry Division", "ORG", "11ID")
d.E("Sulu", "GPE", "SULU")
d.E("Jolo", "GPE", "JOLO")
d.E("Philippine Army", "ORG", "Army")
d.E("Rolando Alcantara-Sison", "PERSON", "Maj. Gen. Rolando Alcantara-Sison", "Alcantara-Sison")
d.E("Radzmil Jannatul", "PERSON", "Jannatul")
d.E("Kabbon Takas", "GPE", "Barangay Kabbon Takas")
d.E("Zamboanga City", "GPE", "Zamboanga")
d.E("Indanan", "GPE")
d.E("Western Mindanao Command", "ORG")
d.E("Gilberto Teodoro", "PERSON", "Defense Secretary Gilberto Teodoro Jr.", "Teodoro")
d.E("Abdulhakim Tan-Jalaluddin", "PERSON", "Governor Abdulhakim Tan-Jalaluddin", "Tan-Jalaluddin")
d.E("Parang", "GPE")
d.E("Maimbung", "GPE")
d.E("Bangsamoro Autonomous Region in Muslim Mindanao", "GPE", "BARMM")
d.E("Supreme Court of the Philippines", "ORG")
d.E("Hadja Nurhaida Asjali", "PERSON")
d.E("Tawi-Tawi", "GPE")
d.E("Basilan", "GPE")
d.E("Philippine Department of National Defense", "ORG", "DND")
d.Q("Our troops stood their ground", "Rolando Alcantara-Sison")
d.Q("The Abu Sayyaf as an organization", "Gilberto Teodoro")
d.Q("Peace in Sulu is no longer", "Abdulhakim Tan-Jalaluddin")
d.Q("The children heard the shots", "Hadja Nurhaida Asjali")
d.EV("ASSAULT", "11th Infantry Division", "Abu Sayyaf", "Kabbon Takas", "2027-05-16", 5, 4,
     d.S("JOLO, Sulu – Two soldiers", "said Monday."),
     [d.S("2 soldiers, 3 Abu Sayyaf remnants"),
      d.S("Maj. Gen. Rolando Alcantara-Sison, the division commander", "firefight."),
      d.S("Four soldiers were wounded", "Zamboanga City.")])
d.EV("CONSULT", "Gilberto Teodoro", "Abdulhakim Tan-Jalaluddin", "Jolo", "2027-05-17", None, None,
     d.S("On Monday, Defense Secretary", "provincial capitol."),
     [d.S("Teodoro visits Jolo"),
      d.S("They discussed the expansion", "office said."),
      d.S("\"The Abu Sayyaf as an organization", "after the meeting.")])

# ---------------- y11 EFE: police fire on protesters at Juliaca airport (Puno); Olaechea-Mamani in Puno
d = Doc("y11.txt", "EFE", "2027-05-20"); docs.append(d)
d.E("EFE", "ORG")
d.E("Peru", "GPE", "Perú")
d.E("Juliaca", "GPE")
d.E("Puno", "GPE")
d.E("Lima", "GPE")
d.E("Peruvian Ombudsman's Office", "ORG", "Ombudsman's Office")
d.E("National Police of Peru", "ORG", "PNP")
d.E("Peruvian Ministry of Energy and Mines", "ORG", "Ministry of Energy and Mines")
d.E("Andes Litio SAC", "ORG")
d.E("Carabaya", "GPE")
d.E("Macusani", "GPE")
d.E("Southern Aymara Defence Front", "ORG")
d.E("Eusebio Condori Huanca", "PERSON")
d.E("Ilave", "GPE")
d.E("Javier Olaechea Ruiz", "PERSON", "Interior Minister Javier Olaechea Ruiz", "Olaechea")
d.E("Wilber Mamani Quispe", "PERSON", "Governor Mamani")
d.E("Arequipa", "GPE")
d.E("Cusco", "GPE")
d.E("Bolivia", "GPE")
d.E("Desaguadero", "GPE")
d.E("Dina Boluarte", "PERSON", "President Dina Boluarte")
d.E("Patricia Zevallos-Cárdenas", "PERSON")
d.E("Pontifical Catholic University of Peru", "ORG")
d.Q("immediately guarantee the right", "Peruvian Ombudsman's Office")
d.Q("with slingshots, stones", "National Police of Peru")
d.Q("Lithium may be the future", "Eusebio Condori Huanca")
d.Q("We are not going to lift", "Eusebio Condori Huanca")
d.Q("We have come to listen", "Javier Olaechea Ruiz")
d.Q("If Lima does not hear", "Wilber Mamani Quispe")
d.Q("complied with every", "Andes Litio SAC")
d.Q("learned nothing from Juliaca", "Patricia Zevallos-Cárdenas")
d.EV("ASSAULT", "National Police of Peru", None, "Juliaca", "2027-05-19", 2, 14,
     d.S("Lima/Puno (Peru), May 20 (EFE).- Two protesters", "lithium concession."),
     [d.S("Two dead in Juliaca clashes"),
      d.S("Peru's Ombudsman's Office said the two men", "demonstrators.\""),
      d.S("The National Police of Peru (PNP) said", "precaution.")])
d.EV("CONSULT", "Javier Olaechea Ruiz", "Wilber Mamani Quispe", "Puno", "2027-05-20", None, None,
     d.S("Interior Minister Javier Olaechea Ruiz travelled", "the ministry said."),
     [d.S("Minister meets governor"),
      d.S("\"We have come to listen", "had been opened."),
      d.S("Governor Mamani asked", "carried out.")])

# ---------------- y12 Geneva Solutions: PABS annex talks at the World Health Assembly; African Group-EU meeting; Tedros-Budi
d = Doc("y12.txt", "Geneva Solutions", "2027-05-21"); docs.append(d)
d.B("Geneva Solutions", "ORG")
d.E("World Health Assembly", "ORG", "Assembly")
d.E("World Health Organization", "ORG", "WHO")
d.B("Clara Vuilleumier-Osei", "PERSON")
d.B("Anouk Delacrétaz", "PERSON")
d.E("Geneva", "GPE", "GENEVA")
d.E("African Group", "ORG")
d.E("European Union", "ORG", "EU")
d.E("Nokuthula Dlamini-Asante", "PERSON")
d.E("Tedros Adhanom Ghebreyesus", "PERSON", "Director-General Tedros Adhanom Ghebreyesus", "Tedros")
d.E("Indonesia", "GPE")
d.E("Budi Gunadi Sadikin", "PERSON", "Budi")
d.E("International Federation of Pharmaceutical Manufacturers and Associations", "ORG", "IFPMA")
d.E("David Reddy", "PERSON")
d.E("United States", "GPE")
d.E("Ilse Vandenberghe", "PERSON")
d.E("Graduate Institute Geneva", "ORG")
d.E("Intergovernmental Working Group", "ORG")
d.B("Le Temps", "ORG")
d.Q("We came with flexibility", None)
d.Q("a system where we share", "Nokuthula Dlamini-Asante")
d.QP("I know how hard this is", "Tedros Adhanom Ghebreyesus")
d.Q("But the virus will not wait", "Tedros Adhanom Ghebreyesus")
d.Q("a matter of justice", "Budi Gunadi Sadikin")
d.Q("would make companies think", "International Federation of Pharmaceutical Manufacturers and Associations")
d.Q("Member states have resolved", "Ilse Vandenberghe")
d.EV("CONSULT", "World Health Organization", None, "Geneva", "2027-05-20", None, None,
     d.S("GENEVA – Member states of the World Health Organization", "two years ago."),
     [d.S("Pathogen-sharing annex slips again")])
d.EV("CONSULT", "African Group", "European Union", "Geneva", "2027-05-19", None, None,
     d.S("On Wednesday evening, the African Group", "set aside for WHO."),
     [d.S("According to two diplomats present", "10%.")])
d.EV("CONSULT", "Tedros Adhanom Ghebreyesus", "Budi Gunadi Sadikin", "Geneva", "2027-05-20", None, None,
     d.S("WHO Director-General Tedros", "across regions."))

# ---------------- y13 Kyodo News: Quad foreign ministers in Tokyo; Rubio-Motegi; Jaishankar-Takaichi
d = Doc("y13.txt", "Kyodo News", "2027-05-24"); docs.append(d)
d.E("Kyodo News", "ORG", "KYODO NEWS", "Kyodo")
d.E("Japan", "GPE")
d.E("Tokyo", "GPE", "TOKYO")
d.E("Toshimitsu Motegi", "PERSON", "Japanese Foreign Minister Toshimitsu Motegi", "Motegi")
d.E("United States", "GPE", "U.S.")
d.E("Australia", "GPE")
d.E("India", "GPE")
d.E("China", "GPE")
d.E("Quadrilateral Security Dialogue", "ORG", "Quad")
d.E("Marco Rubio", "PERSON", "Secretary of State Marco Rubio", "Rubio")
d.E("Washington", "GPE")
d.E("Subrahmanyam Jaishankar", "PERSON", "External Affairs Minister Subrahmanyam Jaishankar", "Jaishankar")
d.E("New Delhi", "GPE")
d.E("Penny Wong", "PERSON", "Australian Foreign Minister Penny Wong")
d.E("Japanese Ministry of Foreign Affairs", "ORG", "Japanese Foreign Ministry")
d.E("Sanae Takaichi", "PERSON", "Prime Minister Sanae Takaichi", "Takaichi")
d.E("Beijing", "GPE")
d.E("Chinese Ministry of Foreign Affairs", "ORG", "Chinese Foreign Ministry")
d.E("Lin Jian", "PERSON")
d.E("Taiwan", "GPE")
d.E("Tomohiro Ishizaka", "PERSON")
d.E("Keio University", "ORG")
d.E("Philippines", "GPE")
d.Q("strongly oppose any unilateral", "Quadrilateral Security Dialogue")
d.Q("Quad cable resilience partnership", "Quadrilateral Security Dialogue")
d.Q("a clear sense of urgency", "Toshimitsu Motegi")
d.Q("The sea lanes of the Indo-Pacific", "Toshimitsu Motegi")
d.Q("and no single country", "Toshimitsu Motegi")
d.Q("not an alliance against anyone", "Marco Rubio")
d.Q("stand with its partners", "Marco Rubio")
d.Q("an indispensable partner", "Sanae Takaichi")
d.Q("creating confrontation in the region", "Lin Jian")
d.Q("abandon the Cold War mentality", "Lin Jian")
d.Q("A year ago, many in Tokyo", "Tomohiro Ishizaka")
d.EV("CONSULT", "Toshimitsu Motegi", "United States", "Tokyo", "2027-05-24", None, None,
     d.S("TOKYO - Japanese Foreign Minister", "\u201cexclusive blocs.\u201d"),
     [d.S("Quad foreign ministers agree to protect"),
      d.S("In a joint statement, the four ministers", "rather than months."),
      d.S("Motegi, who chaired the meeting", "sense of urgency.\u201d")])
d.EV("CONSULT", "Marco Rubio", "Toshimitsu Motegi", "Tokyo", "2027-05-23", None, None,
     d.S("Rubio and Motegi held separate talks", "Foreign Ministry."))
d.EV("CONSULT", "Subrahmanyam Jaishankar", "Sanae Takaichi", "Tokyo", "2027-05-24", None, None,
     d.S("Jaishankar also paid a courtesy call", "Monday morning."),
     [d.S("Takaichi told him", "official said.")])

# ---------------- y14 Nikkei Asia: Bank of Japan holds rate (business; no events)
d = Doc("y14.txt", "Nikkei Asia", "2027-04-30"); docs.append(d)
d.B("Nikkei Asia", "ORG")
d.B("Nikkei Inc.", "ORG")
d.E("Bank of Japan", "ORG", "BOJ")
d.E("Kazuo Ueda", "PERSON", "Gov. Kazuo Ueda", "Ueda")
d.B("Haruka Nishimoto-Grant", "PERSON")
d.B("Kenji Morioka-Hall", "PERSON")
d.E("Tokyo", "GPE", "TOKYO")
d.E("Hajime Takata", "PERSON")
d.E("Japan", "GPE")
d.E("Atsushi Mimura", "PERSON")
d.E("Satsuki Katayama", "PERSON", "Finance Minister Satsuki Katayama")
d.E("Mizuho Research & Technologies", "ORG")
d.E("Yuki Tanabe-Moreau", "PERSON")
d.E("Naomi Fairbairn-Kato", "PERSON")
d.E("Capital Economics", "ORG")
d.E("Japanese Trade Union Confederation", "ORG", "Rengo")
d.E("United States", "GPE", "US")
d.E("Toyota Motor Corporation", "ORG", "Toyota")
d.QS("in no rush", "Kazuo Ueda")
d.Q("upside risks to prices", "Hajime Takata")
d.Q("We are in no rush", "Kazuo Ueda")
d.Q("skewed to the upside", "Bank of Japan")
d.Q("with a high sense of urgency", "Atsushi Mimura")
d.Q("appropriately to excessive", "Atsushi Mimura")
d.Q("The BOJ wants to see", "Yuki Tanabe-Moreau")
d.Q("falling behind the curve", "Naomi Fairbairn-Kato")
d.Q("Real wages are still negative", "Naomi Fairbairn-Kato")

# ---------------- y15 SWI swissinfo.ch: watchmaker Favre-Lachat posts loss (business; no events)
d = Doc("y15.txt", "SWI swissinfo.ch", "2027-05-26"); docs.append(d)
d.B("SWI swissinfo.ch", "ORG")
d.B("Swiss Broadcasting Corporation", "ORG", "SRG SSR")
d.B("Matthieu Rochat-Delay", "PERSON")
d.B("Keystone", "ORG")
d.B("Laurent Gillieron-Bovet", "PERSON")
d.E("Favre-Lachat", "ORG")
d.E("United States", "GPE", "US")
d.E("China", "GPE")
d.E("Le Sentier", "GPE")
d.E("Vaud", "GPE")
d.E("Anne-Sophie Ruchonnet-Vial", "PERSON", "Ruchonnet-Vial")
d.E("Lausanne", "GPE")
d.E("Washington", "GPE")
d.E("Hong Kong", "GPE")
d.E("Japan", "GPE")
d.E("Le Brassus", "GPE")
d.E("Federation of the Swiss Watch Industry", "ORG")
d.E("Yves Bugmann", "PERSON")
d.E("Luca Morosoli-Keller", "PERSON")
d.E("Bank Vontobel", "ORG")
d.E("Zurich", "GPE")
d.E("Swatch Group", "ORG")
d.E("Richemont", "ORG")
d.E("Guy Parmelin", "PERSON", "Economics Minister Guy Parmelin")
d.E("Bern", "GPE")
d.E("Pierre-Alain Golay", "PERSON")
d.E("Le Chenit", "GPE")
d.Q("2026 was the most difficult", "Anne-Sophie Ruchonnet-Vial")
d.Q("We chose to keep", "Anne-Sophie Ruchonnet-Vial")
d.Q("to protect themselves", "Favre-Lachat")
d.Q("going through a cycle", "Yves Bugmann")
d.Q("They are bleeding", "Luca Morosoli-Keller")
d.Q("in constant contact", "Guy Parmelin")
d.Q("When Favre-Lachat sneezes", "Pierre-Alain Golay")

# ---------------- y16 Khmer Times: H5N1 death in Takeo (health; no events)
d = Doc("y16.txt", "Khmer Times", "2027-05-28"); docs.append(d)
d.E("Khmer Times", "ORG")
d.B("Sok Chanthida-Meas", "PERSON")
d.E("Takeo", "GPE", "Takeo province")
d.E("Prey Kabbas", "GPE", "Prey Kabbas district")
d.E("Cambodian Ministry of Health", "ORG", "Health Ministry", "MoH")
d.E("Cambodia", "GPE")
d.E("Ang Ta Saom", "GPE", "Ang Ta Saom commune")
d.E("Phnom Penh", "GPE")
d.E("Institut Pasteur du Cambodge", "ORG")
d.E("Communicable Disease Control Department", "ORG")
d.E("Ly Sovann", "PERSON", "Dr Ly Sovann")
d.E("Chheang Ra", "PERSON", "Health Minister Chheang Ra")
d.E("World Health Organization", "ORG", "WHO")
d.E("Maria Elena Villalobos-Tan", "PERSON", "Dr Maria Elena Villalobos-Tan")
d.E("Erik Karlsson-Phan", "PERSON", "Dr Erik Karlsson-Phan")
d.E("Sem Thy", "PERSON")
d.E("Cambodian Ministry of Agriculture, Forestry and Fisheries", "ORG", "Ministry of Agriculture, Forestry and Fisheries")
d.E("Siem Reap", "GPE")
d.E("Kampot", "GPE")
d.Q("We call on all citizens", "Cambodian Ministry of Health")
d.Q("The samples from the family", "Ly Sovann")
d.Q("So far, everything points", "Ly Sovann")
d.Q("Cambodia\u2019s rapid detection", "Maria Elena Villalobos-Tan")
d.Q("a different lineage", "Erik Karlsson-Phan")
d.Q("The chickens are our savings", "Sem Thy")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

"""Builds check-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / end-credit names are added with B() (they are entities by the
existing gold's practice); `python3 gen_gold.py --no-credits` writes gold.jsonl without them.
The Doc helper class is copied from bench/scout-wire (itself from bench/probe-wire and bench/fresh-wire)."""
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
# ---------------- c01 The Kyiv Independent: Sloviansk glide bombs; nationwide drone attack; Novoshakhtinsk refinery; Sybiha-Valtonen
d = Doc("c01.txt", "The Kyiv Independent", "2026-12-21"); docs.append(d)
d.E("Sloviansk", "GPE")
d.E("Rostov Oblast", "GPE")
d.B("Marta Hnatyuk", "PERSON")
d.E("Donetsk Oblast", "GPE")
d.B("Donetsk Oblast Military Administration", "ORG")
d.E("Vadym Filashkin", "PERSON", "Governor Vadym Filashkin", "Filashkin")
d.E("Kramatorsk district", "GPE")
d.E("Russia", "GPE")
d.E("Ukraine", "GPE")
d.E("Ukrainian Air Force", "ORG")
d.E("Mykolaiv Oblast", "GPE")
d.E("Vinnytsia Oblast", "GPE")
d.E("Ukrenergo", "ORG")
d.E("Volodymyr Zelensky", "PERSON", "Zelensky")
d.E("Germany", "GPE")
d.E("Novoshakhtinsk", "GPE")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Yury Slyusar", "PERSON")
d.E("The Kyiv Independent", "ORG", "Kyiv Independent")
d.E("Andrii Sybiha", "PERSON", "Foreign Minister Andrii Sybiha", "Sybiha")
d.E("Finland", "GPE")
d.E("Elina Valtonen", "PERSON", "Foreign Minister Elina Valtonen", "Valtonen")
d.E("Kyiv", "GPE")
d.E("Ukrainian Ministry of Foreign Affairs", "ORG", "Foreign Ministry")
d.E("Helsinki", "GPE")
d.QP("Among the dead is a pharmacist", "Vadym Filashkin")
d.Q("I once again urge the residents", "Vadym Filashkin")
d.Q("one of the main suppliers of fuel", "General Staff of the Armed Forces of Ukraine")
d.Q("an industrial facility", "Yury Slyusar")
d.Q("Finland knows better than anyone", "Andrii Sybiha")
d.Q("Our support is not seasonal", "Elina Valtonen")
d.EV("ASSAULT", "Russia", None, "Sloviansk", "2026-12-21", 4, 11,
     d.S("Russian forces dropped two guided aerial bombs", "Filashkin said."),
     [d.S("Russian glide bombs kill 4 in Sloviansk"),
      d.S("Two of the injured in the city center", "the governor says."),
      d.S("One of the bombs hit a pharmacy", "since 2022.")])
d.EV("ASSAULT", "Russia", None, "Ukraine", "2026-12-21", None, None,
     d.S("Overnight, Russia launched 118", "Air Force reported."),
     [d.S("Air defense downed 94 of the drones", "it said."),
      d.S("Energy facilities in Mykolaiv Oblast", "grid operator Ukrenergo.")])
d.EV("ASSAULT", "Ukraine", None, "Novoshakhtinsk", "2026-12-21", None, 1,
     d.S("In Russia, Ukrainian long-range drones struck", "General Staff said."),
     [d.S("Russian glide bombs kill 4 in Sloviansk"),
      d.S("The plant is \"one of the main", "in a statement."),
      d.S("Rostov Oblast Governor Yury Slyusar said", "one worker was injured.")])
d.EV("CONSULT", "Andrii Sybiha", "Elina Valtonen", "Kyiv", "2026-12-20", None, None,
     d.S("Meanwhile, Foreign Minister Andrii Sybiha hosted", "Foreign Ministry said."),
     [d.S("The two discussed Finland", "frozen Russian assets."),
      d.S("\"Finland knows better than anyone", "joint press conference.")])

# ---------------- c02 Sudan Tribune: Kosti camp drone strike (White Nile); SAF airstrike on Mellit market; Idris-Sisi in Cairo
d = Doc("c02.txt", "Sudan Tribune", "2026-12-22"); docs.append(d)
d.E("Kosti", "GPE", "KOSTI")
d.E("White Nile", "GPE", "White Nile State")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Mellit", "GPE")
d.E("North Darfur", "GPE")
d.E("Sudan Tribune", "ORG", "ST")
d.E("Hiba Abdelmoneim", "PERSON", "Dr. Hiba Abdelmoneim")
d.E("White Nile State Government", "ORG")
d.E("North Kordofan", "GPE")
d.E("Ibrahim Adam Bakhit", "PERSON", "Sheikh Ibrahim Adam Bakhit")
d.E("El Fasher", "GPE")
d.E("Bara", "GPE")
d.E("Darfur", "GPE")
d.E("Sudan Doctors Network", "ORG")
d.E("Emergency Lawyers", "ORG")
d.E("Tasis", "ORG")
d.E("Nyala", "GPE")
d.E("Sudanese Armed Forces", "ORG")
d.E("Nabil Abdallah", "PERSON", "Brig. Gen. Nabil Abdallah")
d.E("Cairo", "GPE")
d.E("Kamil Idris", "PERSON", "Prime Minister Kamil Idris", "Idris")
d.E("Abdel Fattah el-Sisi", "PERSON", "President Abdel Fattah el-Sisi", "Sisi")
d.E("United States", "GPE")
d.E("Saudi Arabia", "GPE")
d.E("United Arab Emirates", "GPE")
d.E("Egypt", "GPE")
d.E("Mohamed El-Shenawy", "PERSON")
d.E("Sudan", "GPE")
d.E("United Nations", "ORG", "UN")
d.Q("at the hour when women", "Hiba Abdelmoneim")
d.Q("We received the bodies", "Hiba Abdelmoneim")
d.Q("We ran from the drones", "Ibrahim Adam Bakhit")
d.Q("a war crime against people", "Sudan Doctors Network")
d.Q("had no military presence", "Tasis")
d.Q("RSF supply lines", "Nabil Abdallah")
d.Q("the unity of Sudan", "Mohamed El-Shenawy")
d.Q("Sudan will not accept a truce", "Kamil Idris")
d.EV("ASSAULT", None, None, "Kosti", "2026-12-20", 9, 23,
     d.S("December 22, 2026 (KOSTI) – At least nine", "health authorities said."),
     [d.S("Drone strike on Kosti displacement camp kills nine"),
      d.S("White Nile State's health minister", "queue for water\"."),
      d.S("\"We received the bodies", "she said."),
      d.S("The White Nile State Government accused", "North Kordofan.")])
d.EV("ASSAULT", "Sudanese Armed Forces", None, "Mellit", "2026-12-21", 6, 15,
     d.S("In North Darfur, Sudanese army warplanes bombed", "both sides."),
     [d.S("Army warplanes hit market in Mellit"),
      d.S("The RSF-led Tasis government", "military presence\"."),
      d.S("The spokesman of the Sudanese Armed Forces", "civilian casualties.")])
d.EV("CONSULT", "Kamil Idris", "Abdel Fattah el-Sisi", "Cairo", "2026-12-21", None, None,
     d.S("Meanwhile in Cairo, Prime Minister Kamil Idris", "and Egypt."),
     [d.S("Egyptian presidential spokesman Mohamed El-Shenawy", "national institutions\"."),
      d.S("Idris told reporters after the meeting", "starved its people.\"")])

# ---------------- c03 Radio Okapi: ADF attack on a wake in Mangina (Beni territory); Luvungi market drone (Uvira territory); Tshisekedi-Lourenco
d = Doc("c03.txt", "Radio Okapi", "2026-12-23"); docs.append(d)
d.E("North Kivu", "GPE", "Nord-Kivu", "North Kivu province")
d.E("Allied Democratic Forces", "ORG", "ADF")
d.E("Mangina", "GPE")
d.E("Beni territory", "GPE")
d.E("Radio Okapi", "ORG")
d.B("Justin Mbaya", "PERSON")
d.E("Oicha", "GPE")
d.E("Jérémie Kambale Muhindo", "PERSON")
d.E("Islamic State", "ORG")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Armed Forces of the Democratic Republic of the Congo", "ORG", "FARDC")
d.E("Uganda People's Defence Force", "ORG", "UPDF")
d.E("Jules Ngongo Tshibangu", "PERSON", "Lieutenant Jules Ngongo Tshibangu")
d.E("Ituri", "GPE", "Ituri province")
d.E("MONUSCO", "ORG")
d.E("Komanda", "GPE")
d.E("South Kivu", "GPE", "Sud-Kivu")
d.E("Luvungi", "GPE")
d.E("Uvira territory", "GPE")
d.E("Bahati Kinyamba II", "PERSON", "Mwami Bahati Kinyamba II")
d.E("Wazalendo", "ORG")
d.E("Congo River Alliance", "ORG", "AFC")
d.E("March 23 Movement", "ORG", "M23")
d.E("Lawrence Kanyuka", "PERSON", "Kanyuka")
d.E("Kinshasa", "GPE")
d.E("Félix Tshisekedi", "PERSON", "President Félix Tshisekedi")
d.E("João Lourenço", "PERSON", "Lourenço")
d.E("Qatar", "GPE")
d.E("United States", "GPE")
d.E("Tina Salama", "PERSON")
d.E("Angola", "GPE")
d.Q("The attackers came from the forest", "Jérémie Kambale Muhindo")
d.Q("to track the enemy", "Jules Ngongo Tshibangu")
d.Q("Our movement does not target markets", "Lawrence Kanyuka")
d.Q("the protection of civilians in the east", "Tina Salama")
d.Q("Angola will continue to support", "João Lourenço")
d.EV("ASSAULT", "Allied Democratic Forces", None, "Mangina", "2026-12-21", 14, 7,
     d.S("Fighters of the Allied Democratic Forces (ADF) killed", "said on Tuesday."),
     [d.S("Nord-Kivu : au moins 14 civils"),
      d.S("ADF fighters kill at least 14 mourners"),
      d.S("Seven other people were wounded", "told Radio Okapi."),
      d.S("The Islamic State group, to which", "on Tuesday.")])
d.EV("ASSAULT", None, None, "Luvungi", "2026-12-20", 3, 8,
     d.S("In South Kivu, a drone dropped two bombs", "Bahati Kinyamba II."),
     [d.S("The Wazalendo, pro-government militias", "for the strike.")])
d.EV("CONSULT", "Félix Tshisekedi", "João Lourenço", "Kinshasa", "2026-12-22", None, None,
     d.S("In Kinshasa, President Félix Tshisekedi received", "on Tuesday."),
     [d.S("The two heads of state discussed", "the presidency said."),
      d.S("Presidency spokeswoman Tina Salama said", "in the east\"."),
      d.S("Speaking to the press after the talks", "Great Lakes region.\"")])

# ---------------- c04 The Irrawaddy: airstrike on Nam Sai (Momauk Township, Kachin); KIA takes Bhamo outpost; Sihasak-Min Aung Hlaing
d = Doc("c04.txt", "The Irrawaddy", "2026-12-24"); docs.append(d)
d.E("Kachin", "GPE", "Kachin State")
d.E("Kachin Independence Army", "ORG", "KIA")
d.E("Bhamo", "GPE")
d.E("The Irrawaddy", "ORG")
d.E("Momauk Township", "GPE", "Momauk")
d.E("Nam Sai", "GPE")
d.E("Laiza", "GPE")
d.E("Seng Mai", "PERSON", "Daw Seng Mai")
d.E("Naw Bu", "PERSON", "Colonel Naw Bu")
d.E("Zaw Min Tun", "PERSON", "Major General Zaw Min Tun")
d.E("MRTV", "ORG")
d.E("National Unity Government", "ORG", "NUG")
d.E("Association of Southeast Asian Nations", "ORG", "ASEAN")
d.E("Arakan Army", "ORG")
d.E("Kyaukphyu", "GPE")
d.E("Sihasak Phuangketkeow", "PERSON", "Foreign Minister Sihasak Phuangketkeow", "Sihasak")
d.E("Min Aung Hlaing", "PERSON")
d.E("Than Swe", "PERSON", "U Than Swe")
d.E("Nay Pyi Taw", "GPE", "Naypyitaw")
d.E("Myanmar", "GPE")
d.E("Thailand", "GPE")
d.E("Thai Ministry of Foreign Affairs", "ORG", "Thai Foreign Ministry")
d.E("Tun Aung Kyaw", "PERSON", "U Tun Aung Kyaw")
d.E("Chiang Mai", "GPE")
d.Q("There was no fighting near our village", "Seng Mai")
d.Q("We are still digging", None)
d.Q("The outpost was used to shell", "Naw Bu")
d.Q("KIA terrorist positions", "Zaw Min Tun")
d.Q("supports a Myanmar-owned", "Thai Ministry of Foreign Affairs")
d.Q("Thailand wants stability on its border", "Tun Aung Kyaw")
d.EV("ASSAULT", "Myanmar", None, "Nam Sai", "2026-12-22", 11, 16,
     d.S("A regime airstrike on a village in Kachin State", "local rescue group."),
     [d.S("Junta Airstrike Kills 11 in Kachin Village"),
      d.S("A Y-12 aircraft dropped two", "residents said."),
      d.S("Sixteen people were injured", "hospital in Laiza."),
      d.S("The Kachin Independence Army (KIA) said the strike", "since last year."),
      d.S("Junta spokesman Major General Zaw Min Tun told", "civilians were killed.")])
d.EV("ASSAULT", "Kachin Independence Army", None, "Bhamo", "2026-12-23", 7, None,
     d.S("The KIA said its troops overran", "weapons and ammunition."),
     [d.S("Junta Airstrike Kills 11 in Kachin Village"),
      d.S("KIA spokesman Colonel Naw Bu told", "civilian areas.")])
d.EV("CONSULT", "Sihasak Phuangketkeow", "Min Aung Hlaing", "Nay Pyi Taw", "2026-12-21", None, None,
     d.S("Meanwhile, Thai Foreign Minister Sihasak", "refugees from Thailand."),
     [d.S("The Thai Foreign Ministry said the two sides agreed", "Moei River."),
      d.S("Sihasak was the most senior foreign official", "December election.")])

# ---------------- c05 Al Jazeera: Deir el-Balah strike; Srifa drone strike (Tyre district); Al Thani-Hamas talks in Doha
d = Doc("c05.txt", "Al Jazeera", "2026-12-26"); docs.append(d)
d.E("Deir el-Balah", "GPE")
d.E("Hamas", "ORG")
d.E("Doha", "GPE")
d.E("Srifa", "GPE")
d.E("Lebanon", "GPE")
d.E("Gaza Strip", "GPE", "Gaza")
d.B("Rami Abu Sultan", "PERSON")
d.B("AFP", "ORG")
d.E("Palestinian Civil Defence", "ORG", "Civil Defence")
d.E("Al Jazeera", "ORG", "AL JAZEERA")
d.E("Samer Hijazi", "PERSON")
d.E("al-Mawasi", "GPE")
d.E("Deir Qanoun", "GPE")
d.E("Tyre district", "GPE")
d.E("Lebanese Ministry of Public Health", "ORG", "Health Ministry")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Hezbollah", "ORG")
d.E("Radwan Force", "ORG")
d.E("Qatar", "GPE")
d.E("Mohammed bin Abdulrahman Al Thani", "PERSON", "Sheikh Mohammed bin Abdulrahman Al Thani")
d.E("Khalil al-Hayya", "PERSON", "Al-Hayya")
d.E("Egypt", "GPE")
d.E("Hassan Rashad", "PERSON")
d.E("Majed al-Ansari", "PERSON")
d.E("UNICEF", "ORG")
d.Q("looking into the reports", "Israel Defense Forces")
d.Q("Neighbours told us the family", "Samer Hijazi")
d.Q("rebuilding terror infrastructure", "Israel Defense Forces")
d.Q("The atmosphere was serious", None)
d.Q("working around the clock", "Majed al-Ansari")
d.Q("There is no alternative to the second phase", "Majed al-Ansari")
d.Q("as soon as the occupation stops", "Khalil al-Hayya")
d.EV("ASSAULT", "Israel", None, "Deir el-Balah", "2026-12-25", 7, 12,
     d.S("An Israeli air strike on a family home", "Al-Aqsa Martyrs Hospital."),
     [d.S("Israeli strike kills seven in Deir el-Balah"),
      d.S("Strike on family home is among", "kills two in Srifa."),
      d.S("Twelve others were wounded", "the hospital said."),
      d.S("Gaza’s Civil Defence said its crews", "four-hour search.")])
d.EV("ASSAULT", "Israel Defense Forces", None, "Srifa", "2026-12-25", 2, None,
     d.S("In south Lebanon, an Israeli drone struck", "Health Ministry said."),
     [d.S("Strike on family home is among", "kills two in Srifa."),
      d.S("The Israel Defense Forces (IDF) said it had killed", "Litani River.")])
d.EV("CONSULT", "Mohammed bin Abdulrahman Al Thani", "Hamas", "Doha", "2026-12-24", None, None,
     d.S("Meanwhile, Qatar’s Prime Minister", "the group’s weapons."),
     [d.S("Israeli strike kills seven in Deir el-Balah"),
      d.S("Egypt’s intelligence chief Hassan Rashad joined", "told Al Jazeera.")])

# ---------------- c06 The Times of India: Chatroo ambush (Kishtwar); Sopore grenade (Baramulla); Shah security review with Sinha
d = Doc("c06.txt", "The Times of India", "2026-12-27"); docs.append(d)
d.E("Indian Army", "ORG", "Army")
d.E("Kishtwar", "GPE", "Kishtwar district")
d.E("Kashmir Tigers", "ORG")
d.B("Vikram Sharma", "PERSON")
d.B("Times News Network", "ORG", "TNN")
d.B("Press Trust of India", "ORG", "PTI")
d.E("Chatroo", "GPE")
d.E("Jammu", "GPE", "JAMMU")
d.E("Jammu and Kashmir", "GPE", "J&K")
d.E("Udhampur", "GPE")
d.E("Pakistan", "GPE")
d.E("Jaish-e-Mohammed", "ORG", "JeM")
d.E("White Knight Corps", "ORG")
d.E("Jammu and Kashmir Police", "ORG", "J&K Police")
d.E("Central Reserve Police Force", "ORG", "CRPF")
d.E("Sunil Kumar Raina", "PERSON")
d.E("The Times of India", "ORG", "TOI")
d.E("Sopore", "GPE")
d.E("Baramulla", "GPE", "Baramulla district")
d.E("Omar Abdullah", "PERSON", "Chief minister Omar Abdullah")
d.E("Jammu and Kashmir Peoples Democratic Party", "ORG", "PDP")
d.E("Mehbooba Mufti", "PERSON")
d.E("Amit Shah", "PERSON", "Union home minister Amit Shah", "Shah")
d.E("New Delhi", "GPE")
d.E("Manoj Sinha", "PERSON", "Lieutenant Governor Manoj Sinha")
d.E("Upendra Dwivedi", "PERSON", "Gen Upendra Dwivedi")
d.E("Ministry of Home Affairs", "ORG", "home ministry")
d.E("Doda", "GPE")
d.E("Kashmir Valley", "GPE")
d.Q("the cover of dense forest", "White Knight Corps")
d.Q("Our brave soldiers will be avenged", "White Knight Corps")
d.Q("We have information that this group", "Sunil Kumar Raina")
d.Q("The people of J&K want peace", "Omar Abdullah")
d.Q("failed to deliver on its promise", "Mehbooba Mufti")
d.EV("ASSAULT", "Kashmir Tigers", None, "Chatroo", "2026-12-26", 2, 3,
     d.S("JAMMU: Two soldiers were killed", "officials said."),
     [d.S("2 soldiers killed, 3 hurt as terrorists ambush"),
      d.S("The truck, part of a convoy", "a defence spokesperson said."),
      d.S("The injured were airlifted", "one of them is critical."),
      d.S("The Kashmir Tigers, a shadow outfit", "on social media.")])
d.EV("ASSAULT", None, None, "Sopore", "2026-12-25", None, 4,
     d.S("In a separate incident on Friday night", "Baramulla district."),
     [d.S("The grenade missed its target", "police said.")])
d.EV("CONSULT", "Amit Shah", "Manoj Sinha", "New Delhi", "2026-12-26", None, None,
     d.S("Union home minister Amit Shah chaired", "intelligence agencies."),
     [d.S("Shah directed forces to adopt", "the home ministry said.")])

# ---------------- c07 Rappler: Isulan bus bombing (Sultan Kudarat); BIFF ambush in Datu Hoffer Ampatuan; Marcos-Macacua
d = Doc("c07.txt", "Rappler", "2026-12-28"); docs.append(d)
d.E("Sultan Kudarat", "GPE", "SULTAN KUDARAT")
d.E("Bangsamoro Islamic Freedom Fighters", "ORG", "BIFF")
d.E("Maguindanao del Sur", "GPE")
d.B("Ferdinand Cabrera", "PERSON")
d.E("Isulan", "GPE")
d.B("Isulan MDRRMO", "ORG")
d.E("Philippines", "GPE")
d.E("Romeo de la Peña Macapaz", "PERSON", "Brigadier General Romeo de la Peña Macapaz", "Macapaz")
d.E("Police Regional Office 12", "ORG")
d.E("Dawlah Islamiyah", "ORG")
d.E("Rappler", "ORG", "Rappler.com")
d.E("Yellow Bus Line", "ORG")
d.E("Hamid Mangudadatu", "PERSON", "Isulan Mayor Datu Hamid Mangudadatu", "Datu Hamid Mangudadatu")
d.E("Philippine Army", "ORG")
d.E("6th Infantry Division", "ORG")
d.E("Datu Hoffer Ampatuan", "GPE")
d.E("Dennis Almorato", "PERSON", "Lieutenant Colonel Dennis Almorato")
d.E("Bangsamoro Autonomous Region in Muslim Mindanao", "GPE", "BARMM", "Bangsamoro")
d.E("Manila", "GPE")
d.E("Ferdinand Marcos Jr.", "PERSON", "President Ferdinand Marcos Jr.", "Marcos")
d.E("Abdulraof Macacua", "PERSON", "Macacua")
d.E("Presidential Communications Office", "ORG")
d.E("Claire Castro", "PERSON", "Palace Press Officer Claire Castro")
d.E("Moro Islamic Liberation Front", "ORG", "MILF")
d.E("Islamic State", "ORG")
d.E("Mindanao", "GPE")
d.Q("The signature is similar", "Romeo de la Peña Macapaz")
d.Q("We will not let fear rule Isulan", "Hamid Mangudadatu")
d.Q("The BIFF is trying to show", "Dennis Almorato")
d.Q("The President wants results", "Claire Castro")
d.Q("derailing the peace process", "Abdulraof Macacua")
d.EV("ASSAULT", None, None, "Isulan", "2026-12-27", 3, 17,
     d.S("SULTAN KUDARAT, Philippines – At least three", "police said."),
     [d.S("3 dead, 17 hurt in bus bombing"),
      d.S("Police say the improvised explosive device"),
      d.S("The dead included a 10-year-old girl", "the bus conductor."),
      d.S("Eleven of the injured remained", "health office said."),
      d.S("Brigadier General Romeo de la Peña Macapaz, director", "a mobile phone.")])
d.EV("ASSAULT", "Bangsamoro Islamic Freedom Fighters", None, "Datu Hoffer Ampatuan", "2026-12-26", 1, 2,
     d.S("On Saturday, December 26, gunmen", "the military said."),
     [d.S("3 dead, 17 hurt in bus bombing")])
d.EV("CONSULT", "Ferdinand Marcos Jr.", "Abdulraof Macacua", "Manila", "2026-12-28", None, None,
     d.S("In Manila, President Ferdinand Marcos Jr. met", "Communications Office said."),
     [d.S("\"The President wants results", "after the meeting.")])

# ---------------- c08 The Hill: Senate passes stopgap (no event); Trump-Nawrocki at the White House; Trump-Zelensky call
d = Doc("c08.txt", "The Hill", "2026-12-22"); docs.append(d)
d.E("United States Senate", "ORG", "Senate")
d.E("Donald Trump", "PERSON", "President Trump", "Trump")
d.E("Poland", "GPE")
d.E("Karol Nawrocki", "PERSON", "President Karol Nawrocki", "Nawrocki")
d.B("Alexandra Kessler", "PERSON")
d.B("Grant DeMarco", "PERSON")
d.E("John Thune", "PERSON", "Senate Majority Leader John Thune", "Majority Leader John Thune")
d.E("South Dakota", "GPE", "S.D.")
d.B("Greg Hollis", "PERSON")
d.E("United States House of Representatives", "ORG", "House")
d.E("North Carolina", "GPE")
d.E("Texas", "GPE")
d.E("Chuck Schumer", "PERSON", "Minority Leader Chuck Schumer", "Schumer")
d.E("New York", "GPE", "N.Y.")
d.E("Rand Paul", "PERSON", "Sen. Rand Paul")
d.E("Kentucky", "GPE", "Ky.")
d.E("Mike Johnson", "PERSON", "Speaker Mike Johnson")
d.E("Louisiana", "GPE", "La.")
d.E("White House", "ORG")
d.E("North Atlantic Treaty Organization", "ORG", "NATO")
d.E("United States", "GPE", "U.S.")
d.E("Warsaw", "GPE")
d.E("Karoline Leavitt", "PERSON")
d.E("Ukraine", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky")
d.B("Nexstar Media Inc.", "ORG")
d.Q("Nobody in this chamber wants", "John Thune")
d.Q("We did not give them a blank check", "Chuck Schumer")
d.Q("another exercise in borrowing", "Rand Paul")
d.Q("a model ally", "Donald Trump")
d.Q("look very favorably", "Donald Trump")
d.Q("Poland spends almost 5 percent", "Karol Nawrocki")
d.Q("the path to a durable peace", "Karoline Leavitt")
d.Q("long and substantive.", "Volodymyr Zelensky")
d.EV("CONSULT", "Donald Trump", "Karol Nawrocki", None, "2026-12-21", None, None,
     d.S("Meanwhile, President Trump hosted", "troops in Poland."),
     [d.S("Senate passes stopgap to avert shutdown as Trump hosts"),
      d.S("Trump told Nawrocki that Poland", "a pool report."),
      d.S("\"Poland spends almost 5 percent", "in the Oval Office."),
      d.S("White House press secretary Karoline Leavitt said", "peace in Ukraine.\"")])
d.EV("CONSULT", "Donald Trump", "Volodymyr Zelensky", None, "2026-12-20", None, None,
     d.S("The meeting came a day after Trump spoke by phone", "\"long and substantive.\""))

# ---------------- c09 NHK: Takaichi-Albanese summit in Tokyo; Motegi-Wang Yi phone talks; supplementary budget (no event); coast guard entry (not ASSAULT)
d = Doc("c09.txt", "NHK", "2026-12-24"); docs.append(d)
d.E("Sanae Takaichi", "PERSON", "Prime Minister Takaichi Sanae", "Takaichi Sanae", "Takaichi")
d.E("Anthony Albanese", "PERSON", "Prime Minister Anthony Albanese", "Albanese", "Anthony")
d.E("Toshimitsu Motegi", "PERSON", "Foreign Minister Motegi Toshimitsu", "Motegi Toshimitsu", "Motegi")
d.E("Wang Yi", "PERSON", "Foreign Minister Wang Yi", "Wang")
d.E("NHK", "ORG", "NHK WORLD-JAPAN")
d.E("Tokyo", "GPE")
d.E("Japan", "GPE")
d.E("Australia", "GPE")
d.E("Mitsubishi Heavy Industries", "ORG")
d.E("China", "GPE")
d.E("National Diet", "ORG", "Diet")
d.E("Taiwan", "GPE")
d.E("Japanese Ministry of Foreign Affairs", "ORG", "Japan's Foreign Ministry")
d.E("Astellas Pharma", "ORG")
d.E("Beijing", "GPE")
d.E("Chinese Ministry of Foreign Affairs", "ORG", "China's Foreign Ministry")
d.E("Minoru Kihara", "PERSON", "Chief Cabinet Secretary Kihara Minoru", "Kihara Minoru")
d.E("Senkaku Islands", "GPE")
d.E("Okinawa Prefecture", "GPE")
d.E("Japan Coast Guard", "ORG")
d.E("Liberal Democratic Party", "ORG")
d.E("Japan Innovation Party", "ORG")
d.E("Bank of Japan", "ORG", "BOJ")
d.Q("a new stage.", "Sanae Takaichi")
d.Q("Anthony and I agreed", "Sanae Takaichi")
d.Q("our closest partner in Asia.", "Anthony Albanese")
d.Q("must match its words with deeds", "Wang Yi")
d.Q("a step toward stabilizing relations.", "Minoru Kihara")
d.EV("CONSULT", "Sanae Takaichi", "Anthony Albanese", "Tokyo", "2026-12-24", None, None,
     d.S("The two leaders held talks at", "on Thursday."),
     [d.S("Takaichi, Albanese agree to speed up frigate deal"),
      d.S("Japan's Prime Minister Takaichi Sanae and her Australian counterpart", "Australian navy."),
      d.S("It was Albanese's first visit", "signed in August."),
      d.S("Takaichi told a joint news conference", "\"a new stage.\""),
      d.S("Officials from Mitsubishi Heavy Industries", "with the leaders.")])
d.EV("CONSULT", "Toshimitsu Motegi", "Wang Yi", None, "2026-12-23", None, None,
     d.S("Separately, Foreign Minister Motegi Toshimitsu held talks", "Wednesday evening."),
     [d.S("Takaichi, Albanese agree to speed up frigate deal"),
      d.S("It was the first conversation between the two", "last year."),
      d.S("Japan's Foreign Ministry says Motegi urged", "since 2023."),
      d.S("China's Foreign Ministry quoted Wang", "on Taiwan."),
      d.S("Chief Cabinet Secretary Kihara Minoru told reporters", "stabilizing relations.\"")])

# ---------------- c10 The Guardian: votes-at-16 bill clears the Commons (no event); Starmer-Merz; Merz-Cooper
d = Doc("c10.txt", "The Guardian", "2026-12-17"); docs.append(d)
d.E("House of Commons", "ORG", "Commons")
d.E("Labour Party", "ORG", "Labour")
d.E("Kemi Badenoch", "PERSON", "Badenoch")
d.B("Rowan Ashby", "PERSON")
d.E("David Lammy", "PERSON")
d.B("Jessica Tolland", "PERSON")
d.B("Parliament of the United Kingdom", "ORG", "UK Parliament")
d.B("AFP", "ORG")
d.B("Getty Images", "ORG")
d.E("United Kingdom", "GPE", "UK")
d.E("Liberal Democrats", "ORG")
d.E("Norwich South", "GPE")
d.E("Clive Lewis", "PERSON", "Lewis")
d.E("Nigel Farage", "PERSON")
d.E("Reform UK", "ORG")
d.E("Ed Davey", "PERSON")
d.E("House of Lords", "ORG")
d.E("Keir Starmer", "PERSON", "Starmer")
d.E("Friedrich Merz", "PERSON", "Merz")
d.E("Downing Street", "ORG")
d.E("Ukraine", "GPE")
d.E("London", "GPE")
d.E("Yvette Cooper", "PERSON")
d.E("Foreign, Commonwealth and Development Office", "ORG", "Foreign Office")
d.E("Ipsos", "ORG")
d.Q("A 16-year-old can work", "David Lammy")
d.Q("We should be making it easier", "Clive Lewis")
d.Q("rigging the rules", "Kemi Badenoch")
d.Q("This is the oldest trick", "Kemi Badenoch")
d.Q("When you cannot win the argument", "Kemi Badenoch")
d.Q("a sensible step", "Ed Davey")
d.Q("move faster together", "Keir Starmer")
d.Q("The prime minister and the chancellor agreed", "Downing Street")
d.EV("CONSULT", "Keir Starmer", "Friedrich Merz", "London", "2026-12-17", None, None,
     d.S("Earlier on Thursday he hosted the German chancellor", "war in Ukraine."),
     [d.S("Starmer told Merz the two countries", "according to a readout."),
      d.S("Downing Street said:", "its own security.”")])
d.EV("CONSULT", "Friedrich Merz", "Yvette Cooper", "London", "2026-12-17", None, None,
     d.S("Merz, on his first visit to London", "at the Foreign Office."))

# ---------------- c11 Financial Times: Halbrook Ames buys Whitlock Garner; BoE holds rates; Reeves meets the chairs (CONSULT only)
d = Doc("c11.txt", "Financial Times", "2026-12-18"); docs.append(d)
d.E("Whitlock Garner", "ORG")
d.E("Halbrook Ames Capital", "ORG", "Halbrook Ames")
d.E("United States", "GPE", "US")
d.E("Bank of England", "ORG")
d.B("Mercy Adeyinka", "PERSON")
d.E("London", "GPE")
d.B("Tom Hallworth", "PERSON")
d.E("New York", "GPE")
d.E("Derby", "GPE")
d.B("Bloomberg", "ORG")
d.E("Royal Navy", "ORG")
d.E("Martin Oduya", "PERSON")
d.E("United Kingdom", "GPE", "UK")
d.E("Rachel Reeves", "PERSON")
d.E("Alison Pryce", "PERSON", "Dame Alison Pryce")
d.E("Daniel Okafor-Shaw", "PERSON")
d.E("HM Treasury", "ORG", "Treasury")
d.E("British Ministry of Defence", "ORG", "Ministry of Defence")
d.E("Sharon Graham", "PERSON")
d.E("Unite the Union", "ORG", "Unite")
d.E("Monetary Policy Committee", "ORG")
d.E("Andrew Bailey", "PERSON", "Governor Andrew Bailey")
d.E("Priya Nandakumar", "PERSON")
d.E("Peel Hunt", "ORG")
d.E("Richard Halbrook", "PERSON")
d.E("Simone Ames", "PERSON")
d.E("North Atlantic Treaty Organization", "ORG", "Nato")
d.B("Financial Times", "ORG")
d.Q("the capital to double our capacity", "Martin Oduya")
d.Q("Promises from private equity", "Sharon Graham")
d.Q("moving in the right direction", "Andrew Bailey")
d.Q("We want to be sure the fall", "Andrew Bailey")
d.Q("Overseas buyers see value", "Priya Nandakumar")
d.EV("CONSULT", "Rachel Reeves", "Alison Pryce", None, "2026-12-16", None, None,
     d.S("Rachel Reeves met Whitlock Garner chair", "familiar with the talks."))

# ---------------- c12 Nikkei Asia: PBOC holds LPR; Kwok Lam sells Australian arm to Goodman Tate; He Lifeng-Bessent call
d = Doc("c12.txt", "Nikkei Asia", "2026-12-21"); docs.append(d)
d.E("China", "GPE")
d.E("Kwok Lam Holdings", "ORG", "Kwok Lam")
d.E("Goodman Tate Partners", "ORG", "Goodman Tate")
d.B("Cheryl Ng", "PERSON", "CHERYL NG")
d.B("Daniel Ma", "PERSON", "DANIEL MA")
d.E("People's Bank of China", "ORG")
d.E("Beijing", "GPE")
d.B("Reuters", "ORG")
d.E("Hong Kong", "GPE", "HONG KONG")
d.E("Shanghai", "GPE", "SHANGHAI")
d.E("Australia", "GPE")
d.E("Lin Jiaxuan", "PERSON")
d.E("Nomura", "ORG")
d.E("Kwok Tak-ming", "PERSON")
d.E("Lam Chi-keung", "PERSON")
d.E("Hong Kong Stock Exchange", "ORG")
d.E("Kwok Wing-hong", "PERSON", "Dr. Kwok Wing-hong", "Kwok")
d.E("Sydney", "GPE")
d.E("Foreign Investment Review Board", "ORG")
d.E("Li Auto", "ORG")
d.E("BYD", "ORG")
d.E("He Lifeng", "PERSON", "Vice Premier He Lifeng")
d.E("United States", "GPE", "U.S.")
d.E("Scott Bessent", "PERSON", "Treasury Secretary Scott Bessent", "Bessent")
d.E("Xinhua", "ORG", "Xinhua News Agency")
d.E("Busan", "GPE")
d.E("United States Department of the Treasury", "ORG", "U.S. Treasury Department")
d.E("Nikkei Asia", "ORG")
d.Q("a combination of tools", "People's Bank of China")
d.Q("Beijing is saving its ammunition", "Lin Jiaxuan")
d.Q("We are not a property company anymore", "Kwok Wing-hong")
d.Q("candid and constructive", "Xinhua")
d.Q("the need for predictable export licensing", "Scott Bessent")
d.EV("CONSULT", "He Lifeng", "Scott Bessent", None, "2026-12-20", None, None,
     d.S("Vice Premier He Lifeng held a video call", "Xinhua News Agency reported."),
     [d.S("The two sides had \"candid", "Xinhua said."),
      d.S("The U.S. Treasury Department said in a readout", "rare earth magnets.\"")])

# ---------------- c13 AP: 5th Circuit upholds verdict against Pruitt Langford (court; no ASSAULT/CONSULT)
d = Doc("c13.txt", "Associated Press", "2026-12-18"); docs.append(d)
d.E("Pruitt Langford Inc.", "ORG", "Pruitt Langford")
d.E("Louisiana", "GPE", "La.")
d.B("Renee Castille", "PERSON", "RENEE CASTILLE")
d.E("Convent", "GPE")
d.E("New Orleans", "GPE", "NEW ORLEANS")
d.E("Associated Press", "ORG", "AP")
d.B("Matthew Broussard", "PERSON")
d.E("United States Court of Appeals for the Fifth Circuit", "ORG", "5th U.S. Circuit Court of Appeals")
d.E("St. James Parish", "GPE")
d.E("Marisol Etcheverry", "PERSON", "Judge Marisol Etcheverry")
d.E("Warren T. Bickham", "PERSON", "Judge Warren T. Bickham")
d.E("Baton Rouge", "GPE")
d.E("Harold Pruitt", "PERSON")
d.E("Eugene Langford", "PERSON")
d.E("Houston", "GPE")
d.E("Lydia Fontenot-Hayes", "PERSON")
d.E("Joseph Batiste", "PERSON", "Mr. Joseph Batiste")
d.E("United States Environmental Protection Agency", "ORG", "U.S. Environmental Protection Agency")
d.E("Louisiana Department of Environmental Quality", "ORG")
d.E("Liz Murrill", "PERSON", "Attorney General Liz Murrill")
d.B("Kevin Arceneaux", "PERSON")
d.Q("The record is replete", "Marisol Etcheverry")
d.Q("A jury was entitled", "Marisol Etcheverry")
d.Q("grossly out of proportion", "Warren T. Bickham")
d.Q("We respectfully disagree", "Pruitt Langford Inc.")
d.Q("Pruitt Langford has invested", "Pruitt Langford Inc.")
d.Q("a long-overdue measure", "Lydia Fontenot-Hayes")
d.Q("Mr. Joseph Batiste, our lead plaintiff", "Lydia Fontenot-Hayes")
d.Q("He would have said", "Lydia Fontenot-Hayes")
d.Q("keep watching the cleanup closely.", "Liz Murrill")

# ---------------- c14 ABC News (Australia): pancreatic cancer blood test (science; no ASSAULT/CONSULT)
d = Doc("c14.txt", "ABC News (Australia)", "2026-12-29"); docs.append(d)
d.E("Melbourne", "GPE")
d.E("ABC News", "ORG", "ABC")
d.B("Imogen Treloar", "PERSON")
d.E("Tran Minh Duc", "PERSON", "Associate Professor Tran Minh Duc")
d.B("Sean Whitcombe", "PERSON")
d.E("The Lancet Oncology", "ORG")
d.E("Walter and Eliza Hall Institute of Medical Research", "ORG", "WEHI")
d.E("University of Melbourne", "ORG")
d.E("Australian Institute of Health and Welfare", "ORG")
d.E("Hannelore de Vries-Katz", "PERSON", "Professor Hannelore de Vries-Katz")
d.E("Medical Research Future Fund", "ORG")
d.E("Pancare Foundation", "ORG", "Pancare")
d.E("Michelle Harrigan", "PERSON")
d.E("Mark Butler", "PERSON", "Health Minister Mark Butler", "Mr Butler")
d.E("Government of Australia", "ORG", "Government")
d.E("Victoria", "GPE")
d.E("New South Wales", "GPE")
d.E("Queensland", "GPE")
d.Q("Pancreatic cancer is usually found", "Tran Minh Duc")
d.Q("A test that is wrong one time", "Hannelore de Vries-Katz")
d.Q("far too long for any good news", "Michelle Harrigan")
d.Q("This is exactly the kind", "Mark Butler")

# ---------------- c15 The Berkshire Eagle: Pittsfield council backs mill conversion; Healey-Marchetti (local; CONSULT only)
d = Doc("c15.txt", "The Berkshire Eagle", "2026-12-23"); docs.append(d)
d.E("Pittsfield", "GPE", "PITTSFIELD")
d.E("Maura Healey", "PERSON", "Gov. Maura Healey", "Healey")
d.B("Colin Dwyer-Maas", "PERSON")
d.B("The Berkshire Eagle", "ORG")
d.B("Nora Ellsworth-Paige", "PERSON", "NORA ELLSWORTH-PAIGE")
d.E("Pittsfield City Council", "ORG", "City Council")
d.E("Carrow & Lindqvist Development", "ORG")
d.E("Springfield", "GPE")
d.E("Rosalind Beaupré", "PERSON", "Councilor Rosalind Beaupré")
d.E("Dominic Szalai", "PERSON", "Szalai")
d.E("Peter Marchetti", "PERSON", "Mayor Peter Marchetti", "Marchetti")
d.E("MassDevelopment", "ORG")
d.E("Massachusetts", "GPE")
d.E("Thomas Carrow", "PERSON")
d.E("Holyoke", "GPE")
d.E("Chicopee", "GPE")
d.E("Berkshire Regional Planning Commission", "ORG")
d.E("Berkshire County", "GPE")
d.E("Evelyn Marchand", "PERSON")
d.Q("This building has been a hole", "Rosalind Beaupré")
d.Q("I want housing on Fenn Street", "Dominic Szalai")
d.Q("Pittsfield is doing exactly", "Maura Healey")
d.Q("Nobody thought this building", "Peter Marchetti")
d.Q("at least five times before.", "Evelyn Marchand")
d.EV("CONSULT", "Maura Healey", "Peter Marchetti", "Pittsfield", "2026-12-21", None, None,
     d.S("On Monday, Gov. Maura Healey toured the mill", "at City Hall."),
     [d.S("Vote is 9-2 after three-hour hearing"),
      d.S("Healey said MassDevelopment would provide", "from the building."),
      d.S("\"Pittsfield is doing exactly", "reporters afterward.")])

# ---------------- c16 AFP: Real Madrid 3-1 Atletico Madrid (sport; no ASSAULT/CONSULT)
d = Doc("c16.txt", "AFP", "2026-12-20"); docs.append(d)
d.E("Kylian Mbappé", "PERSON", "Kylian Mbappe", "Mbappe", "Kylian")
d.E("Atlético Madrid", "ORG", "Atletico Madrid", "Atletico")
d.E("Real Madrid CF", "ORG", "Real Madrid", "Real")
d.E("Madrid", "GPE")
d.E("AFP", "ORG")
d.E("La Liga", "ORG", "Liga")
d.B("Pierre-Louis Marchand", "PERSON")
d.E("Julián Álvarez", "PERSON", "Julian Alvarez")
d.E("Thibaut Courtois", "PERSON")
d.E("Antoine Griezmann", "PERSON")
d.E("Diego Simeone", "PERSON", "Simeone")
d.E("Marcos Llorente", "PERSON")
d.E("Jude Bellingham", "PERSON")
d.E("Trent Alexander-Arnold", "PERSON")
d.E("Koke", "PERSON")
d.E("Jan Oblak", "PERSON")
d.E("Xabi Alonso", "PERSON", "Alonso")
d.E("Iñaki Zubeldia Arrieta", "PERSON")
d.E("Dean Huijsen", "PERSON")
d.E("Movistar+", "ORG")
d.E("Girona FC", "ORG", "Girona")
d.E("Vinícius Júnior", "PERSON", "Vinicius Junior")
d.E("FC Barcelona", "ORG", "Barcelona")
d.E("Real Sociedad", "ORG")
d.E("Villarreal CF", "ORG", "Villarreal")
d.E("Sevilla FC", "ORG", "Sevilla")
d.E("Spain", "GPE")
d.Q("In the first half we were not ourselves", "Xabi Alonso")
d.Q("Kylian is a killer", "Xabi Alonso")
d.Q("Everyone in the stadium saw it", "Diego Simeone")
d.Q("I am not going to say any more", "Diego Simeone")
d.Q("We are a team", "Kylian Mbappé")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

"""Builds gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / end-credit names are added with B() (they are entities by the
existing gold's practice); `python3 gen_gold.py --no-credits` writes gold.jsonl without them."""
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
# ---------------- f01 Kyiv Independent: Shostka drone strike
d = Doc("f01.txt", "The Kyiv Independent", "2026-12-03"); docs.append(d)
d.E("Russia", "GPE")
d.E("Shostka", "GPE")
d.E("Sumy Oblast", "GPE")
d.B("Daryna Ruban", "PERSON")
d.B("State Emergency Service of Ukraine", "ORG")
d.E("Oleksandr Dovhal", "PERSON", "Dovhal")
d.E("Sumy Oblast Military Administration", "ORG")
d.E("Yunakivka", "GPE")
d.E("Khotin hromada", "GPE")
d.E("Esman hromada", "GPE")
d.E("Ostap Hrytsenko", "PERSON", "Governor Ostap Hrytsenko", "Hrytsenko")
d.E("Ukraine", "GPE")
d.E("Ukrainian Air Force", "ORG")
d.E("Kyiv", "GPE")
d.E("Yulia Svyrydenko", "PERSON", "Prime Minister Yulia Svyrydenko")
d.E("Konotop", "GPE")
d.E("Kursk Oblast", "GPE", "Kursk")
d.E("Belgorod Oblast", "GPE", "Belgorod")
d.E("Krasnopillia", "GPE")
d.E("The Kyiv Independent", "ORG", "Kyiv Independent")
d.Q("The Russians launched the Shaheds", "Oleksandr Dovhal")
d.Q("This is the third night", "Oleksandr Dovhal")
d.Q("We are moving families", "Ostap Hrytsenko")
d.EV("ASSAULT", "Russia", None, "Shostka", "2026-12-03", 3, 9,
     d.S("Russian drones struck the city of Shostka", "said."),
     [d.S("Russian drones kill 3 in Shostka"),
      d.S("The strike hit a five-story", "much of the city."),
      d.S("Nine more people were injured", "later in the morning.")])
d.EV("ASSAULT", "Russia", None, "Yunakivka", None, None, 1,
     d.S("Separately, a Russian guided aerial bomb", "administration said."))
d.EV("ASSAULT", "Russia", None, "Esman hromada", None, None, None,
     d.S("Russian forces also attacked Esman hromada", "grain warehouse."))
d.EV("ASSAULT", "Russia", None, "Ukraine", "2026-12-03", None, None,
     d.S("Across the country, Russian forces fired", "downed or jammed."))
d.EV("CONSULT", "Yulia Svyrydenko", "Ostap Hrytsenko", None, "2026-12-03", None, None,
     d.S("She held a call with Hrytsenko", "her office said."))

# ---------------- f02 Ukrainska Pravda: drones on Belgorod / Bryansk oblasts
d = Doc("f02.txt", "Ukrainska Pravda", "2026-11-27"); docs.append(d)
d.E("Belgorod Oblast", "GPE", "Belgorod")
d.B("Mykyta Horbenko", "PERSON")
d.E("Valuiki", "GPE")
d.E("Russia", "GPE")
d.E("Vyacheslav Gladkov", "PERSON", "Gladkov")
d.E("Interfax", "ORG")
d.E("Veidelevka", "GPE")
d.E("Armed Forces of Ukraine", "ORG")
d.E("Valuiki district", "GPE")
d.E("Russian Ministry of Defense", "ORG", "Russian Ministry of Defence")
d.E("Bryansk Oblast", "GPE", "Bryansk")
d.E("Kursk Oblast", "GPE", "Kursk")
d.E("Voronezh Oblast", "GPE", "Voronezh")
d.E("Alexander Bogomaz", "PERSON", "Bogomaz")
d.E("Suzemka", "GPE")
d.E("Ukraine", "GPE")
d.E("Sumy Oblast", "GPE")
d.E("Security Service of Ukraine", "ORG", "SBU")
d.E("Ukrainska Pravda", "ORG", "UP")
d.E("General Staff of the Armed Forces of Ukraine", "ORG")
d.Q("The Armed Forces of Ukraine attacked", "Vyacheslav Gladkov")
d.Q("intercepted and destroyed", "Russian Ministry of Defense")
d.Q("Every fuel depot", None)
d.EV("ASSAULT", "Ukraine", None, "Valuiki", "2026-11-27", None, 1,
     d.S("Drones attacked an electrical substation", "several districts."),
     [d.S("Explosions in Belgorod Oblast"),
      d.S("One person was reportedly injured."),
      d.S("Details: Gladkov claimed", "district hospital."),
      d.S("He said that more than 40,000", "without electricity."),
      d.S("Residents of Valuiki posted", "five explosions.")])
d.EV("ASSAULT", "Ukraine", None, None, "2026-11-27", None, None,
     d.S("Interfax reported, citing", "Voronezh oblasts."))
d.EV("ASSAULT", "Security Service of Ukraine", None, "Suzemka", "2026-11-26", None, None,
     d.S("Earlier, on Thursday, Alexander Bogomaz", "Sumy Oblast."),
     [d.S("Bogomaz did not report any casualties."),
      d.S("A source in the Security Service of Ukraine told", "strike on Suzemka.")])

# ---------------- f03 AP: prisoner exchange
d = Doc("f03.txt", "Associated Press", "2026-11-30"); docs.append(d)
d.E("Ukraine", "GPE")
d.E("Russia", "GPE")
d.E("United Arab Emirates", "GPE", "UAE")
d.B("Halyna Moroz", "PERSON", "HALYNA MOROZ")
d.B("Elena Karpova", "PERSON", "ELENA KARPOVA", "Karpova")
d.E("Kyiv", "GPE", "KYIV")
d.E("Associated Press", "ORG", "AP")
d.E("United States", "GPE", "U.S.")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Zelenskyy")
d.E("Chernihiv Oblast", "GPE", "Chernihiv region")
d.E("Belarus", "GPE")
d.E("Mariupol", "GPE")
d.E("Coordination Headquarters for the Treatment of Prisoners of War", "ORG", "Coordination Headquarters")
d.E("National Guard of Ukraine", "ORG", "National Guard")
d.E("Kherson Oblast", "GPE", "Kherson region")
d.E("Russian Ministry of Defense", "ORG", "Defense Ministry")
d.E("Moscow", "GPE")
d.E("Dmytro Lubinets", "PERSON", "Lubinets")
d.E("Tatyana Moskalkova", "PERSON", "Moskalkova")
d.E("Olha Kravets", "PERSON")
d.E("Pokrovsk", "GPE")
d.E("Kharkiv", "GPE")
d.E("Ihor Terekhov", "PERSON", "Mayor Ihor Terekhov")
d.E("Tallinn", "GPE")
d.E("Estonia", "GPE")
d.B("Taras Bilyk", "PERSON")
d.Q("Our people are home.", "Volodymyr Zelensky")
d.Q("It was not an easy conversation", "Dmytro Lubinets")
d.Q("But while these contacts work", "Dmytro Lubinets")
d.Q("ready to continue", "Tatyana Moskalkova")
d.Q("I check every list", "Olha Kravets")
d.EV("CONSULT", "Dmytro Lubinets", "Tatyana Moskalkova", None, "2026-11-28", None, None,
     d.S("Ukraine's human rights commissioner", "finalize the lists."),
     [d.S("The two ombudsmen discussed", "he said.")])
d.EV("ASSAULT", "Russia", None, "Kharkiv", "2026-11-30", None, 4,
     d.S("Hours before the exchange", "Terekhov said."))

# ---------------- f04 Reuters: Sybiha in Brussels, Odesa attack
d = Doc("f04.txt", "Reuters", "2026-12-02"); docs.append(d)
d.E("Andrii Sybiha", "PERSON", "Foreign Minister Andrii Sybiha", "Sybiha")
d.E("European Union", "ORG", "EU")
d.E("United Kingdom", "GPE", "UK", "Britain")
d.E("Odesa", "GPE")
d.B("Sabine Verhoeven", "PERSON")
d.B("Pavlo Hrytsak", "PERSON")
d.E("Brussels", "GPE", "BRUSSELS")
d.E("Kyiv", "GPE", "KYIV")
d.E("Reuters", "ORG")
d.E("Kaja Kallas", "PERSON", "Kallas")
d.E("European Commission", "ORG")
d.E("Ursula von der Leyen", "PERSON", "President Ursula von der Leyen")
d.E("Yvette Cooper", "PERSON", "Foreign Secretary Yvette Cooper", "Cooper")
d.E("Russia", "GPE")
d.E("Hungary", "GPE")
d.E("Netherlands", "GPE")
d.E("Norway", "GPE")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Oleh Kiper", "PERSON")
d.E("Prymorskyi district", "GPE")
d.E("Ukraine", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "Zelenskiy")
d.E("Dick Schoof", "PERSON", "Prime Minister Dick Schoof")
d.B("Jakub Sowa", "PERSON")
d.E("Warsaw", "GPE")
d.B("Alison Tremaine", "PERSON")
d.Q("We need decisions in weeks", "Andrii Sybiha")
d.Q("Every delay is paid", "Andrii Sybiha")
d.Q("I will not pretend", "Kaja Kallas")
d.Q("but I think we will find", "Kaja Kallas")
d.Q("does not want peace", "Dmitry Peskov")
d.EV("CONSULT", "Andrii Sybiha", "Kaja Kallas", "Brussels", "2026-12-01", None, None,
     d.S("BRUSSELS/KYIV, Dec 2 (Reuters)", "intensifies."),
     [d.S("The meeting on the sidelines", "briefed on the talks."),
      d.S('"We need decisions in weeks', 'after the meeting.')])
d.EV("ASSAULT", "Russia", None, "Odesa", "2026-12-02", None, 5,
     d.S("Overnight, Russian drones hit port", "Kiper said."),
     [d.S("Ukraine's Sybiha presses EU"),
      d.S("A fire broke out at a warehouse", "he said."),
      d.S("Ukraine's navy said two civilian ships", "attack on the port.")])
d.EV("CONSULT", "Volodymyr Zelensky", "Dick Schoof", None, "2026-12-01", None, None,
     d.S("Separately, Zelenskiy held a phone call", "presidential office said."))

# ---------------- f05 BBC: fighting near Huliaipole (no publication date)
d = Doc("f05.txt", "BBC", None); docs.append(d)
d.E("Huliaipole", "GPE")
d.E("Russia", "GPE")
d.B("Olesia Bondar", "PERSON")
d.E("Ukraine", "GPE")
d.E("BBC", "ORG", "BBC News")
d.E("Zaporizhzhia", "GPE")
d.E("Zaporizhzhia Oblast", "GPE", "Zaporizhzhia region")
d.E("Russian Ministry of Defense", "ORG", "defence ministry")
d.E("Zelenyi Hai", "GPE")
d.E("Uspenivka", "GPE")
d.E("Maksym Lytvyn", "PERSON", "Captain Maksym Lytvyn")
d.E("DeepState", "ORG")
d.E("Ivan Fedorov", "PERSON", "Fedorov")
d.E("Huliaipole district", "GPE")
d.E("Orikhiv", "GPE")
d.E("Oleksandr Syrskyi", "PERSON")
d.E("Crimea", "GPE")
d.Q("The enemy raised a flag", "Maksym Lytvyn")
d.Q("Zelenyi Hai remains", "Maksym Lytvyn")
d.Q("We can see them coming", None)
d.EV("ASSAULT", "Russia", "Ukraine", "Zelenyi Hai", None, None, None,
     d.S("Ukrainian troops are fighting to hold", "recent weeks."),
     [d.S("Fighting rages for villages near Huliaipole"),
      d.S("Russia's defence ministry said on Wednesday", "Uspenivka."),
      d.S("DeepState, a Ukrainian open-source", "motorbikes and buggies.")])
d.EV("ASSAULT", "Russia", None, "Huliaipole", None, 2, None,
     d.S("A Russian glide bomb struck the town", "military administration."))
d.EV("ASSAULT", "Russia", None, "Zaporizhzhia", None, None, 14,
     d.S("The regional capital, Zaporizhzhia", "by drones overnight."),
     [d.S("Fedorov said 14 people were injured", "pregnant woman.")])
d.EV("CONSULT", "Oleksandr Syrskyi", None, None, None, None, None,
     d.S("Ukraine's commander-in-chief, Oleksandr Syrskyi", "his office said."))

# ---------------- f06 Sudan Tribune: Kadugli shelling
d = Doc("f06.txt", "Sudan Tribune", "2026-11-22"); docs.append(d)
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Kadugli", "GPE", "KADUGLI")
d.E("South Kordofan", "GPE")
d.E("Sudan People's Liberation Movement-North", "ORG", "SPLM-N")
d.E("Mohamed Ibrahim Abdel Karim", "PERSON", "Abdel Karim")
d.E("Sudan Tribune", "ORG")
d.E("Dilling", "GPE")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("14th Infantry Division", "ORG")
d.E("Mohamed Hamdan Dagalo", "PERSON", "Mohamed Hamdan Daglo", "Hemedti")
d.E("Kordofan", "GPE")
d.E("Abdel Aziz al-Hilu", "PERSON")
d.E("Tasis", "ORG")
d.E("World Food Programme", "ORG", "WFP")
d.E("Aline Moreau-Diallo", "PERSON")
d.E("El Obeid", "GPE")
d.E("North Kordofan", "GPE")
d.E("Sudan", "GPE")
d.E("Kamil Idris", "PERSON", "Prime Minister Kamil Idris")
d.E("United Nations", "ORG", "UN")
d.E("Helena Okonjo", "PERSON")
d.E("Port Sudan", "GPE")
d.Q("The militia and its allies", "Mohamed Ibrahim Abdel Karim")
d.Q("We have food ready", "Aline Moreau-Diallo")
d.EV("ASSAULT", "Rapid Support Forces", None, "Kadugli", "2026-11-21", 12, 31,
     d.S("November 22, 2026 (KADUGLI)", "local authorities said."),
     [d.S("RSF shelling kills 12 in Kadugli"),
      d.S("The state's acting governor", "displaced families from Dilling."),
      d.S("He added that the dead included", "overwhelmed.")])
d.EV("ASSAULT", "Rapid Support Forces", "Sudanese Armed Forces", "Kadugli", None, None, None,
     d.S("The Sudanese Armed Forces (SAF) said in a statement", "on the attackers."))
d.EV("ASSAULT", None, None, "El Obeid", "2026-11-20", None, 3,
     d.S("In El Obeid, the capital of North Kordofan", "told Sudan Tribune."),
     [d.S("It was not clear who launched the drone.")])
d.EV("CONSULT", "Kamil Idris", "Helena Okonjo", "Port Sudan", "2026-11-19", None, None,
     d.S("Meanwhile, Sudan's Prime Minister Kamil Idris", "media office said."))

# ---------------- f07 Al Jazeera: Nyala drone strikes, Fletcher in Tawila
d = Doc("f07.txt", "Al Jazeera", "2026-11-19"); docs.append(d)
d.E("Sudan", "GPE")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Nyala", "GPE")
d.E("Tawila", "GPE")
d.E("Darfur", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("Rania Abdelrahim", "PERSON")
d.E("South Darfur", "GPE")
d.E("Port Sudan", "GPE")
d.E("Al Jazeera", "ORG")
d.E("Fatima Abu Bakr", "PERSON")
d.E("Tom Fletcher", "PERSON", "Fletcher")
d.E("North Darfur", "GPE")
d.E("El Fasher", "GPE")
d.E("Medecins Sans Frontieres", "ORG", "MSF")
d.E("Abdel Fattah al-Burhan", "PERSON")
d.Q("The terrorist army of Port Sudan", "Rapid Support Forces")
d.Q("We ran outside", "Fatima Abu Bakr")
d.Q("The people of Darfur", "Tom Fletcher")
d.Q("Access is not a favour", "Tom Fletcher")
d.EV("ASSAULT", "Sudanese Armed Forces", None, "Nyala", "2026-11-17", 9, None,
     d.S("Drone strikes by the Sudanese army", "paramilitary group."),
     [d.S("Sudan army drone strikes hit RSF-held Nyala"),
      d.S("The RSF said on Wednesday", "on Tuesday night."),
      d.S("The army did not comment on the strikes", "at the airport.")])
d.EV("CONSULT", "Tom Fletcher", None, "Tawila", "2026-11-17", None, None,
     d.S("Meanwhile, the UN's humanitarian chief", "sought shelter."),
     [d.S("Fletcher met local leaders", "let convoys pass.")])

# ---------------- f08 Radio Okapi: CODECO attack in Djugu
d = Doc("f08.txt", "Radio Okapi", "2026-11-24"); docs.append(d)
d.E("Ituri", "GPE")
d.E("CODECO", "ORG")
d.E("Djugu", "GPE")
d.E("Plaine Savo", "GPE")
d.E("Bahema Badjere", "GPE")
d.E("Fataki", "GPE")
d.E("Dieudonné Tchalo Budza", "PERSON")
d.E("Radio Okapi", "ORG")
d.E("Didier Mbuyi Kasongo", "PERSON", "Lieutenant Didier Mbuyi Kasongo")
d.E("Armed Forces of the Democratic Republic of the Congo", "ORG", "FARDC")
d.E("Lopa", "GPE")
d.E("MONUSCO", "ORG")
d.E("Bunia", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("Johnny Luboya Nkashama", "PERSON", "Lieutenant-General Johnny Luboya Nkashama")
d.E("Irumu", "GPE")
d.E("Allied Democratic Forces", "ORG", "ADF")
d.E("Komanda", "GPE")
d.Q("Many people fled into the bush", "Dieudonné Tchalo Budza")
d.Q("The enemy was dislodged", "Didier Mbuyi Kasongo")
d.Q("in the strongest terms", "MONUSCO")
d.EV("ASSAULT", "CODECO", None, "Plaine Savo", "2026-11-24", 17, 20,
     d.S("At least 17 people were killed", "civil society sources."),
     [d.S("Ituri : au moins 17 morts"),
      d.S("The assailants, armed with machetes", "these sources said."),
      d.S("About twenty people were injured", "referral hospital."),
      d.S("The Ituri army spokesman", "towards Lopa."),
      d.S("MONUSCO said its peacekeepers", "to Bunia.")])
d.EV("CONSULT", "Johnny Luboya Nkashama", None, "Bunia", "2026-11-22", None, None,
     d.S("On Sunday, the Governor of Ituri", "his office indicated."))
d.EV("ASSAULT", "Allied Democratic Forces", None, "Komanda", "2026-11-21", 5, None,
     d.S("In the neighbouring Irumu territory", "administrator of the territory."))

# ---------------- f09 AFP: DRC-Rwanda talks, Uvira, ADF (no publication date)
d = Doc("f09.txt", "AFP", None); docs.append(d)
d.E("Democratic Republic of the Congo", "GPE", "DR Congo", "Democratic Republic of Congo", "Congo")
d.E("Rwanda", "GPE")
d.E("Washington", "GPE")
d.E("South Kivu", "GPE")
d.E("AFP", "ORG")
d.E("Therese Kayikwamba Wagner", "PERSON", "Foreign Minister Therese Kayikwamba Wagner", "Kayikwamba Wagner")
d.E("Olivier Nduhungirehe", "PERSON", "Nduhungirehe")
d.E("State Department", "ORG")
d.E("United States", "GPE", "US")
d.E("Marco Rubio", "PERSON", "Secretary of State Marco Rubio")
d.E("Kinshasa", "GPE")
d.E("Democratic Forces for the Liberation of Rwanda", "ORG", "FDLR")
d.E("March 23 Movement", "ORG", "M23")
d.E("Minembwe", "GPE")
d.E("Lawrence Kanyuka", "PERSON")
d.E("North Kivu", "GPE")
d.E("Allied Democratic Forces", "ORG", "ADF")
d.E("Islamic State", "ORG")
d.E("Mukondi", "GPE")
d.E("Lubero", "GPE")
d.E("Jean-Claude Kambale Mbusa", "PERSON")
d.Q("The parties reaffirmed", "State Department")
d.Q("We will not accept a peace", "Olivier Nduhungirehe")
d.Q("must withdraw its troops", "Therese Kayikwamba Wagner")
d.Q("The drone came twice", None)
d.Q("densely populated areas", "Lawrence Kanyuka")
d.EV("CONSULT", "Democratic Republic of the Congo", "Rwanda", "Washington", None, None, None,
     d.S("Washington (AFP) – The foreign ministers", "east of the country."),
     [d.S("DR Congo, Rwanda ministers meet in Washington"),
      d.S("Congolese Foreign Minister Therese", "the department."),
      d.S("Nduhungirehe told AFP after the meeting", "Hutu rebel group.")])
d.EV("ASSAULT", None, None, "Minembwe", None, 4, 10,
     d.S("On the ground, a drone struck a cattle market", "local sources said."),
     [d.S("At least four civilians were killed", "health worker in Minembwe."),
      d.S("An M23 spokesman, Lawrence Kanyuka", "peace talks.")])
d.EV("ASSAULT", "Allied Democratic Forces", None, "Mukondi", None, 9, None,
     d.S("In North Kivu, suspected Allied Democratic Forces", "told AFP."))

# ---------------- f10 The National: Syria-Israel talks in Paris, Beit Jinn strike
d = Doc("f10.txt", "The National", "2026-12-01"); docs.append(d)
d.E("Syria", "GPE")
d.E("Israel", "GPE")
d.E("Paris", "GPE")
d.E("Beit Jinn", "GPE")
d.E("Damascus", "GPE")
d.E("Syrian Arab News Agency", "ORG", "Sana")
d.B("Sarah Al Marzouqi", "PERSON")
d.E("United States", "GPE", "US")
d.E("Asaad al-Shaibani", "PERSON", "Foreign Minister Asaad Al Shaibani", "Asaad Al Shaibani")
d.E("Ron Dermer", "PERSON", "Strategic Affairs Minister Ron Dermer")
d.E("The National", "ORG")
d.E("Tom Barrack", "PERSON", "Mr Barrack")
d.E("Israel Defense Forces", "ORG")
d.E("Syrian Ministry of Foreign Affairs", "ORG", "Foreign Ministry")
d.E("Turkey", "GPE")
d.E("Quneitra", "GPE")
d.E("Deraa", "GPE")
d.E("Bashar al-Assad", "PERSON", "Bashar Al Assad")
d.E("Ahmed al-Sharaa", "PERSON", "President Ahmad Al Shara", "Ahmad Al Shara")
d.E("Riyadh", "GPE")
d.E("Mohammed bin Salman", "PERSON", "Crown Prince Mohammed bin Salman")
d.Q("a terrorist cell", "Israel Defense Forces")
d.Q("Both sides understand", "Tom Barrack")
d.Q("We are not negotiating normalisation", None)
d.EV("CONSULT", "Syria", "Israel", "Paris", "2026-11-30", None, None,
     d.S("Syrian and Israeli officials met in Paris", "Sana."),
     [d.S("Syria and Israel resume security talks"),
      d.S("Syria's Foreign Minister Asaad", "told The National."),
      d.S("The meeting was hosted by", "Tom Barrack."),
      d.S("Mr Barrack, who is also US ambassador", '"constructive".')])
d.EV("ASSAULT", "Israel", None, "Beit Jinn", "2026-11-29", 6, 3,
     d.S("Syrian and Israeli officials met in Paris", "Sana."),
     [d.S("Syria and Israel resume security talks"),
      d.S("Talks follow an Israeli raid"),
      d.S("Sana said the Israeli drone strike", "three others."),
      d.S("The Israel Defense Forces said it had struck", "civilian casualties."),
      d.S("Syria's Foreign Ministry condemned", "disengagement agreement.")])

# ---------------- f11 CNN: Bekaa strikes, Naqoura mechanism meeting
d = Doc("f11.txt", "CNN", "2026-11-20"); docs.append(d)
d.E("Israel", "GPE")
d.E("Lebanon", "GPE")
d.E("Bekaa Valley", "GPE")
d.E("Naqoura", "GPE")
d.B("Karim Haddad", "PERSON")
d.B("Noa Shapira", "PERSON")
d.E("CNN", "ORG")
d.E("Beirut", "GPE")
d.E("Lebanese Ministry of Public Health", "ORG", "health ministry")
d.E("Brital", "GPE")
d.E("Baalbek", "GPE")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Hezbollah", "ORG")
d.E("Radwan Force", "ORG")
d.E("Joseph Aoun", "PERSON", "President Joseph Aoun", "Aoun")
d.E("United Nations Interim Force in Lebanon", "ORG", "UNIFIL")
d.E("United States", "GPE", "US")
d.E("France", "GPE")
d.E("Washington", "GPE")
d.E("Hassan Fadlallah", "PERSON", "Fadlallah")
d.E("Al-Manar", "ORG")
d.E("Houla", "GPE")
d.E("National News Agency", "ORG", "NNA")
d.E("Israel Katz", "PERSON", "Defense Minister Israel Katz")
d.B("Elliot Brandt", "PERSON")
d.Q("weapons production and storage sites", "Israel Defense Forces")
d.Q("Israel is responding", "Joseph Aoun")
d.Q("This is not how a ceasefire works.", "Joseph Aoun")
d.Q("The resistance has respected", "Hassan Fadlallah")
d.Q("act with full force", "Israel Katz")
d.EV("ASSAULT", "Israel", "Hezbollah", "Bekaa Valley", "2026-11-19", 5, 13,
     d.S("Beirut, Lebanon (CNN) — Israeli airstrikes", "monitoring committee."),
     [d.S("Israeli strikes hit Lebanon's Bekaa Valley"),
      d.S("The strikes targeted the outskirts", "were also wounded."),
      d.S("The Israel Defense Forces (IDF) said it struck", "Litani River.")])
d.EV("CONSULT", "Lebanon", "Israel", "Naqoura", "2026-11-19", None, None,
     d.S("Beirut, Lebanon (CNN) — Israeli airstrikes", "monitoring committee."),
     [d.S("Israeli strikes hit Lebanon's Bekaa Valley"),
      d.S("Earlier on Thursday, Lebanese and Israeli officers", "Lebanon (UNIFIL)."),
      d.S("The committee, chaired by the United States", "November 2024 truce."),
      d.S("A US official told CNN the meeting", "south of the Litani.")])
d.EV("ASSAULT", "Israel", None, "Houla", "2026-11-19", 1, None,
     d.S("In a separate incident, an Israeli drone", "reported."),
     [d.S("The IDF said the man was a Hezbollah operative.")])

# ---------------- f12 The Irrawaddy: Kyaukphyu airstrike
d = Doc("f12.txt", "The Irrawaddy", None); docs.append(d)
d.E("Kyaukphyu", "GPE", "Kyaukphyu Township")
d.E("Arakan Army", "ORG", "AA")
d.E("The Irrawaddy", "ORG")
d.E("Rakhine", "GPE", "Rakhine State")
d.E("Sane", "GPE")
d.E("Khaing Thukha", "PERSON", "U Khaing Thukha")
d.E("China", "GPE")
d.E("Myanmar", "GPE")
d.E("Sittwe", "GPE")
d.E("Manaung Island", "GPE")
d.E("Zaw Min Tun", "PERSON", "Major General Zaw Min Tun")
d.E("Ma Ei", "GPE")
d.E("Ann Township", "GPE")
d.E("Deng Xijun", "PERSON")
d.E("Min Aung Hlaing", "PERSON")
d.E("Nay Pyi Taw", "GPE", "Naypyitaw")
d.E("Arakan Rohingya Society for Peace and Human Rights", "ORG")
d.E("Buthidaung", "GPE")
d.E("United Nations Development Programme", "ORG")
d.Q("We heard the plane circling", None)
d.Q("The military council cannot win", "Khaing Thukha")
d.QP("The military council is committing", "Arakan Army")
d.Q("We urge the international community", "Arakan Army")
d.Q("AA terrorist positions", "Zaw Min Tun")
d.EV("ASSAULT", "Myanmar", None, "Sane", None, 14, 22,
     d.S("A regime airstrike killed 14 civilians", "Arakan Army (AA)."),
     [d.S("Junta Airstrike Kills 14"),
      d.S("A regime Y-8 aircraft dropped", "residents said."),
      d.S("At least 22 other people were injured."),
      d.S("AA spokesman U Khaing Thukha said the airstrike", "Economic Corridor."),
      d.S("Junta spokesman Major General", "denied hitting civilians.")])
d.EV("ASSAULT", "Myanmar", None, "Ma Ei", None, None, 3,
     d.S("Also on Tuesday, junta naval vessels", "local sources."))
d.EV("CONSULT", "Deng Xijun", "Min Aung Hlaing", "Nay Pyi Taw", None, None, None,
     d.S("Meanwhile, Chinese special envoy Deng Xijun", "information ministry said."),
     [d.S("The two discussed the security", "it said.")])

# ---------------- f13 Dawn: Lakki Marwat checkpost attack
d = Doc("f13.txt", "Dawn", "2026-11-29"); docs.append(d)
d.E("Lakki Marwat", "GPE")
d.B("Zahid Gul", "PERSON")
d.B("Mohammad Ayaz Khattak", "PERSON")
d.E("Bannu", "GPE", "BANNU")
d.E("Khyber Pakhtunkhwa", "GPE", "KP")
d.E("Nazir Khan Wazir", "PERSON")
d.E("Tajori", "GPE")
d.E("Dawn", "ORG")
d.E("Tehreek-i-Taliban Pakistan", "ORG", "TTP")
d.E("Sohail Afridi", "PERSON", "Chief Minister Sohail Afridi")
d.E("Rafiq Ahmed Durrani", "PERSON", "Inspector General of Police Rafiq Ahmed Durrani")
d.E("Mir Ali", "GPE")
d.E("North Waziristan", "GPE")
d.E("Inter-Services Public Relations", "ORG", "ISPR")
d.E("Shehbaz Sharif", "PERSON", "Prime Minister Shehbaz Sharif")
d.E("Islamabad", "GPE")
d.E("Asim Munir", "PERSON", "Field Marshal Asim Munir")
d.E("Mohsin Naqvi", "PERSON", "Interior Minister Mohsin Naqvi")
d.E("Prime Minister's Office of Pakistan", "ORG", "PM Office")
d.E("Pakistan", "GPE")
d.E("Afghanistan", "GPE")
d.E("Taliban", "ORG")
d.E("Kabul", "GPE")
d.Q("Our jawans fought bravely", "Nazir Khan Wazir")
d.Q("The blood of our martyrs", "Sohail Afridi")
d.Q("Police will be given", "Sohail Afridi")
d.EV("ASSAULT", "Tehreek-i-Taliban Pakistan", None, "Tajori", "2026-11-28", 6, 4,
     d.S("BANNU: Six policemen were martyred", "police said."),
     [d.S("Six policemen martyred as militants storm checkpost"),
      d.S("According to District Police Officer", "hand grenades."),
      d.S("The exchange of fire continued", "two hours."),
      d.S("The injured were shifted", "critical condition."),
      d.S("The banned Tehreek-i-Taliban Pakistan (TTP) claimed", "statement.")])
d.EV("ASSAULT", None, None, "Mir Ali", "2026-11-28", 2, None,
     d.S("Separately, a security forces convoy", "it said."))
d.EV("CONSULT", "Shehbaz Sharif", "Asim Munir", "Islamabad", "2026-11-29", None, None,
     d.S("Later, Prime Minister Shehbaz Sharif chaired", "PM Office."))

# ---------------- f14 The Guardian: asylum bill clears Commons
d = Doc("f14.txt", "The Guardian", "2026-12-02"); docs.append(d)
d.E("Shabana Mahmood", "PERSON", "Mahmood")
d.E("House of Commons", "ORG", "Commons")
d.E("Labour Party", "ORG", "Labour")
d.E("Reform UK", "ORG", "Reform")
d.B("Harriet Lowther", "PERSON")
d.E("Richard Burgon", "PERSON", "Burgon")
d.E("Nadia Whittome", "PERSON")
d.E("Nottingham East", "GPE")
d.E("Kemi Badenoch", "PERSON")
d.E("Nigel Farage", "PERSON")
d.E("Downing Street", "ORG", "No 10")
d.E("Denmark", "GPE")
d.E("Kaare Dybvad Bek", "PERSON")
d.E("London", "GPE")
d.E("Copenhagen", "GPE")
d.E("House of Lords", "ORG")
d.E("Enver Solomon", "PERSON")
d.E("Refugee Council", "ORG")
d.E("United Kingdom", "GPE", "Britain")
d.Q("order and control", "Shabana Mahmood")
d.Q("I will not stand here", "Shabana Mahmood")
d.Q("It is neither fair", "Shabana Mahmood")
d.Q("This is a bill written", "Richard Burgon")
d.Q("nothing to stop the boats", "Kemi Badenoch")
d.Q("The prime minister is grateful", "Downing Street")
d.Q("a dark day", "Enver Solomon")
d.EV("CONSULT", "Shabana Mahmood", "Kaare Dybvad Bek", "London", "2026-12-01", None, None,
     d.S("Mahmood, who met Denmark’s immigration minister", "Copenhagen’s approach."))

# ---------------- f15 Financial Times: Isa allowance row (no publication date)
d = Doc("f15.txt", "Financial Times", None); docs.append(d)
d.E("Rachel Reeves", "PERSON", "Reeves")
d.E("HM Treasury", "ORG", "Treasury")
d.B("George Parkinson", "PERSON")
d.B("Amelia Hartnell", "PERSON")
d.E("London", "GPE")
d.E("United Kingdom", "GPE", "UK")
d.E("Darren Jones", "PERSON")
d.E("Torsten Bell", "PERSON")
d.E("Pennine Building Society", "ORG", "Pennine")
d.E("Coventry Building Society", "ORG")
d.E("Gareth Llewellyn", "PERSON")
d.E("Building Societies Association", "ORG")
d.E("Julia Hoggett", "PERSON", "Dame Julia Hoggett")
d.E("London Stock Exchange", "ORG")
d.E("Mel Stride", "PERSON")
d.E("Labour Party", "ORG", "Labour")
d.E("Liberal Democrats", "ORG")
d.E("Daisy Cooper", "PERSON")
d.E("Office for Budget Responsibility", "ORG")
d.E("Bank of England", "ORG")
d.Q("The chancellor was clear", None)
d.Q("a vital source of stable funding", "Gareth Llewellyn")
d.Q("proceed with great care", "Gareth Llewellyn")
d.Q("We want to get the balance right", "HM Treasury")
d.Q("Labour promised not to come", "Mel Stride")
d.EV("CONSULT", "Rachel Reeves", "Pennine Building Society", None, None, None, None,
     d.S("Reeves met bosses of the UK", "discuss the proposals."),
     [d.S("One attendee said the meeting", "tense”.")])

# ---------------- f16 Politico: Senate health care deal
d = Doc("f16.txt", "Politico", None); docs.append(d)
d.E("John Thune", "PERSON", "Majority Leader John Thune", "Thune", "JOHN THUNE")
d.B("Caleb Ostrander", "PERSON")
d.B("Mariah Quinlan", "PERSON")
d.E("United States Senate", "ORG", "Senate", "SENATE")
d.E("Jeanne Shaheen", "PERSON", "Shaheen")
d.E("New Hampshire", "GPE", "N.H.")
d.E("Bill Cassidy", "PERSON", "Cassidy")
d.E("Louisiana", "GPE", "La.")
d.E("Rick Scott", "PERSON", "Scott")
d.E("Florida", "GPE")
d.E("Mike Lee", "PERSON")
d.E("Utah", "GPE")
d.E("Chuck Schumer", "PERSON", "Minority Leader Chuck Schumer", "CHUCK SCHUMER")
d.E("White House", "ORG")
d.E("Donald Trump", "PERSON", "President Donald Trump")
d.E("Fox News", "ORG")
d.E("United States House of Representatives", "ORG", "House")
d.E("Mike Johnson", "PERSON", "Speaker Mike Johnson", "Johnson")
d.E("Brian Fitzpatrick", "PERSON", "Rep. Brian Fitzpatrick")
d.E("Pennsylvania", "GPE", "Pa.")
d.E("United States Department of Health and Human Services", "ORG", "Health and Human Services")
d.E("Robert F. Kennedy Jr.", "PERSON")
d.E("Congressional Budget Office", "ORG")
d.B("Tessa Nwosu", "PERSON")
d.Q("I want to get this done", "John Thune")
d.Q("We are not there yet.", "John Thune")
d.Q("This is a bailout", "Rick Scott")
d.Q("Republicans know exactly", "Chuck Schumer")
d.Q("They are looking for a way", "Chuck Schumer")
d.Q("a good deal", "Donald Trump")
d.Q("directly to the people.", "Donald Trump")
d.Q("running out of road.", "Brian Fitzpatrick")
d.EV("CONSULT", "Jeanne Shaheen", "Bill Cassidy", None, None, None, None,
     d.S("The agreement, negotiated by", "rules for brokers."))
d.EV("CONSULT", "Rick Scott", "John Thune", None, None, None, None,
     d.S("At a closed-door lunch on Wednesday", "private meeting."))
d.EV("CONSULT", "Jeanne Shaheen", "Bill Cassidy", None, None, None, None,
     d.S("Shaheen met with Cassidy", "an aide said."))

# ---------------- f17 New York Times: court blocks Guard deployment (no ASSAULT/CONSULT)
d = Doc("f17.txt", "The New York Times", "2026-11-21"); docs.append(d)
d.E("California", "GPE")
d.E("Gavin Newsom", "PERSON", "Gov. Gavin Newsom", "Mr. Newsom", "Newsom")
d.E("San Francisco", "GPE")
d.E("Donald Trump", "PERSON", "President Trump", "Trump")
d.E("Oakland", "GPE")
d.B("Nora Castellanos", "PERSON")
d.B("Peter Vollmer", "PERSON")
d.E("Sacramento", "GPE")
d.E("Los Angeles", "GPE")
d.E("California National Guard", "ORG")
d.E("Evelyn M. Sandoval", "PERSON", "Judge Evelyn M. Sandoval", "Judge Sandoval")
d.E("United States District Court for the Northern District of California", "ORG", "Federal District Court")
d.E("United States Department of Justice", "ORG", "Justice Department")
d.E("United States Court of Appeals for the Ninth Circuit", "ORG", "U.S. Court of Appeals for the Ninth Circuit")
d.E("Abigail Jackson", "PERSON")
d.E("White House", "ORG")
d.E("Rob Bonta", "PERSON", "Attorney General Rob Bonta", "Mr. Bonta")
d.E("Barbara Lee", "PERSON", "Ms. Lee")
d.E("California Highway Patrol", "ORG")
d.E("Pentagon", "ORG")
d.E("Pete Hegseth", "PERSON", "Defense Secretary Pete Hegseth")
d.E("United States Supreme Court", "ORG", "Supreme Court")
d.E("Ramona de la Vega", "PERSON")
d.E("University of California, Berkeley", "ORG")
d.Q("no evidence of a rebellion", "Evelyn M. Sandoval")
d.Q("a victory for the Constitution", "Gavin Newsom")
d.Q("has the lawful authority", "Abigail Jackson")
d.Q("We told them to see us in court", "Rob Bonta")
d.Q("and today they saw us in court", "Rob Bonta")
d.Q("Oakland does not need soldiers", "Barbara Lee")
d.Q("We need the federal government", "Barbara Lee")
d.Q("The question of who decides", "Ramona de la Vega")

# ---------------- f18 Bloomberg: Norvane to buy Castell (no ASSAULT/CONSULT)
d = Doc("f18.txt", "Bloomberg", None); docs.append(d)
d.E("Norvane Energy ASA", "ORG", "Norvane")
d.E("Castell Power Ltd.", "ORG", "Castell Power", "Castell")
d.E("United Kingdom", "GPE", "UK")
d.B("Kari Tveit", "PERSON")
d.B("Laurent de Villepreux", "PERSON")
d.E("Bloomberg", "ORG")
d.E("Ingrid Aasland", "PERSON")
d.E("London", "GPE")
d.E("Oslo", "GPE")
d.E("Competition and Markets Authority", "ORG")
d.E("Folketrygdfondet", "ORG")
d.E("Rhodri ap Gwilym", "PERSON")
d.E("Gloucestershire", "GPE")
d.E("Maarten van Wijk", "PERSON")
d.E("Jefferies", "ORG")
d.E("Bank of England", "ORG")
d.E("HM Treasury", "ORG", "Treasury")
d.E("Goldman Sachs", "ORG", "Goldman Sachs Group Inc.")
d.E("Rothschild & Co", "ORG")
d.E("Morgan Stanley", "ORG")
d.B("Owen Pritchard", "PERSON")
d.Q("This is the scale we need", "Ingrid Aasland")
d.Q("Castell brings the sites", "Ingrid Aasland")
d.Q("full but defensible", "Maarten van Wijk")

# ---------------- f19 CNBC: Pellham earnings and machinists' strike
d = Doc("f19.txt", "CNBC", "2026-12-03"); docs.append(d)
d.E("Pellham Aerospace", "ORG", "Pellham")
d.B("Maya Sorensen", "PERSON")
d.E("Wichita", "GPE")
d.E("Kansas", "GPE")
d.E("LSEG", "ORG")
d.E("International Association of Machinists and Aerospace Workers", "ORG")
d.E("Dana Whitfield", "PERSON")
d.E("Federal Mediation and Conciliation Service", "ORG")
d.E("Cornell Beaulieu", "PERSON")
d.E("CNBC", "ORG")
d.E("Boeing", "ORG")
d.E("Airbus", "ORG")
d.E("Laura Kelly", "PERSON", "Gov. Laura Kelly")
d.Q("We are not going to build", "Dana Whitfield")
d.Q("a fair offer on the table.", "Dana Whitfield")
d.Q("Our members have been clear.", "Cornell Beaulieu")
d.Q("The company knows our number.", "Cornell Beaulieu")
d.Q("monitoring the situation closely", "Boeing")
d.EV("CONSULT", "International Association of Machinists and Aerospace Workers", "Pellham Aerospace", None, "2026-12-02", None, None,
     d.S("Union leaders and the company met again"),
     [d.S("Union negotiators met Pellham representatives", "union bulletin.")])

# ---------------- f20 STAT: RSV antibody trial (no ASSAULT/CONSULT)
d = Doc("f20.txt", "STAT", None); docs.append(d)
d.B("Rebecca Tolliver", "PERSON")
d.E("Kenya", "GPE")
d.E("Malawi", "GPE")
d.E("South Africa", "GPE")
d.E("The New England Journal of Medicine", "ORG")
d.E("Tessaline Therapeutics", "ORG", "Tessaline")
d.E("Boston", "GPE")
d.E("Gates Foundation", "ORG")
d.E("Nomvula Dlamini-Peters", "PERSON", "Dlamini-Peters")
d.E("University of the Witwatersrand", "ORG")
d.E("World Health Organization", "ORG", "WHO")
d.E("Serum Institute of India", "ORG")
d.E("Catherine Wexler", "PERSON")
d.E("Johns Hopkins University", "ORG")
d.E("United States", "GPE", "U.S.")
d.E("Centers for Disease Control and Prevention", "ORG", "CDC")
d.E("STAT", "ORG")
d.E("Flu Lab", "ORG")
d.Q("These are the children", "Nomvula Dlamini-Peters")
d.Q("If the price is right", "Nomvula Dlamini-Peters")
d.Q("You want to see the mortality data", "Catherine Wexler")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

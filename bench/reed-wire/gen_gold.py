"""Builds reed-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B();
`python3 gen_gold.py --no-credits` writes gold.jsonl without them (the committed variant).
The Doc helper class (E/B/Q/QS/QP/S/EV) is copied unchanged from bench/gauge-wire."""
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
# ---------------- r01 The Kyiv Independent: glide bombs on Saltivka (Kharkiv); shelling of Kupiansk; nationwide drone/missile attack; Zelensky-Stubb call
d = Doc("r01.txt", "The Kyiv Independent", "2027-04-03"); docs.append(d)
d.B("The Kyiv Independent", "ORG", "Kyiv Independent")
d.B("Daria Movchan-Koval", "PERSON")
d.B("Kharkiv Oblast Military Administration", "ORG")
d.E("Kharkiv", "GPE")
d.E("Kupiansk", "GPE")
d.E("Saltivka", "GPE")
d.E("Kharkiv Oblast", "GPE")
d.E("Russia", "GPE")
d.E("Oleh Syniehubov", "PERSON", "Kharkiv Oblast Governor Oleh Syniehubov", "Syniehubov")
d.E("Ihor Terekhov", "PERSON", "Kharkiv Mayor Ihor Terekhov", "Terekhov")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Kharkiv Regional Prosecutor's Office", "ORG")
d.E("Valentyna Hordiienko", "PERSON")
d.E("Svitlo", "ORG")
d.E("Balakliia", "GPE")
d.E("Ukraine", "GPE")
d.E("Ukrainian Air Force", "ORG")
d.E("Poltava Oblast", "GPE")
d.E("Cherkasy Oblast", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Alexander Stubb", "PERSON", "Finnish President Alexander Stubb")
d.E("Taras Zahoruiko", "PERSON")
d.E("Kyiv", "GPE")
d.E("Centre for Defence Strategies", "ORG")
d.E("Belgorod Oblast", "GPE")
d.E("Finland", "GPE")
d.Q("The Russians hit the city", "Oleh Syniehubov")
d.Q("We are still searching", "Ihor Terekhov")
d.Q("Some residents are not answering", "Ihor Terekhov")
d.Q("a temporary deployment point", "Russian Ministry of Defence")
d.Q("People stay because", "Valentyna Hordiienko")
d.Q("Kharkiv needs more systems", "Volodymyr Zelensky")
d.Q("The bombs are released", "Taras Zahoruiko")
d.EV("ASSAULT", "Russia", None, "Saltivka", "2027-04-02", 4, 31,
     d.S("Russian forces dropped three guided", "Oleh Syniehubov said."),
     [d.S("Russian glide bombs kill 4"),
      d.S("Rescuers search the rubble", "April 2, 2027."),
      d.S("The bombs struck the Saltivka", "two apartment blocks."),
      d.S("Among the injured were three children", "the governor said."),
      d.S("Kharkiv Mayor Ihor Terekhov said rescuers", "overnight."),
      d.S("Russia's Defense Ministry claimed", "no details.")])
d.EV("ASSAULT", "Russia", None, "Kupiansk", "2027-04-02", 1, 2,
     d.S("Further east, Russian artillery", "Prosecutor's Office said."),
     [d.S("Russian glide bombs kill 4")])
d.EV("ASSAULT", "Russia", "Ukraine", "Ukraine", "2027-04-03", None, None,
     d.S("Overnight on April 3, Russia launched", "or suppressed."),
     [d.S("Debris damaged houses", "it said.")])
d.EV("CONSULT", "Volodymyr Zelensky", "Alexander Stubb", None, "2027-04-02", None, None,
     d.S("President Volodymyr Zelensky said he had discussed", "on April 2."),
     [d.S("\"Kharkiv needs more systems", "after the call.")])

# ---------------- r02 Ukrinform: missile strike on Odesa port; drone hits ship off Chornomorsk; Kuleba-Dominguez in Odesa
d = Doc("r02.txt", "Ukrinform", "2027-04-06"); docs.append(d)
d.E("Ukrinform", "ORG")
d.E("Ukraine", "GPE")
d.E("Odesa Oblast", "GPE", "Odesa region")
d.E("Odesa", "GPE")
d.E("Russia", "GPE")
d.E("Odesa Oblast Military Administration", "ORG")
d.E("Oleh Kiper", "PERSON", "Kiper")
d.E("Panama", "GPE")
d.E("Ukrainian Navy", "ORG")
d.E("Dmytro Pletenchuk", "PERSON")
d.E("Chornomorsk", "GPE")
d.E("Egypt", "GPE")
d.E("Oleksii Kuleba", "PERSON", "Deputy Prime Minister for Restoration Oleksii Kuleba", "Kuleba")
d.E("International Maritime Organization", "ORG", "IMO")
d.E("Arsenio Dominguez", "PERSON")
d.E("Ukrainian Sea Ports Authority", "ORG")
d.E("Iryna Sokil-Mazur", "PERSON")
d.E("Prychornomor Agro", "ORG")
d.E("Russian Ministry of Defence", "ORG", "Russian Ministry of Defense")
d.Q("The enemy again aimed", "Oleh Kiper")
d.Q("Two men who had worked", "Oleh Kiper")
d.Q("These missiles were designed", "Dmytro Pletenchuk")
d.Q("Seafarers are not a party", "International Maritime Organization")
d.Q("Every ship that leaves Odesa", "Oleksii Kuleba")
d.Q("Insurance premiums for the Odesa", "Iryna Sokil-Mazur")
d.Q("infrastructure used by the Ukrainian", "Russian Ministry of Defence")
d.EV("ASSAULT", "Russia", None, "Odesa", "2027-04-06", 2, 9,
     d.S("Two port workers were killed", "Oleh Kiper, said."),
     [d.S("Russian missiles hit Odesa port overnight"),
      d.S("According to Kiper, the attack damaged", "loading corn."),
      d.S("Firefighters battled a blaze", "the morning."),
      d.S("Ukrainian Navy spokesperson Dmytro Pletenchuk said", "Black Sea."),
      d.S("The Russian Ministry of Defense claimed", "in Odesa."),
      d.S("Ukrinform found no evidence", "terminal.")])
d.EV("ASSAULT", "Russia", None, "Chornomorsk", "2027-04-05", None, 1,
     d.S("On Monday evening, a Russian drone hit", "administration reported."),
     [d.S("The ship, which was carrying iron ore", "own power.")])
d.EV("CONSULT", "Oleksii Kuleba", "Arsenio Dominguez", "Odesa", "2027-04-05", None, None,
     d.S("On the same day, Deputy Prime Minister", "Black Sea."),
     [d.S("The two visited grain terminals", "press service said."),
      d.S("The IMO said in a statement after the visit:", "become a target.\"")])

# ---------------- r03 Sudan Tribune: RSF drones on Sinja (Sennar); RSF/SPLM-N attack on Kurmuk (Blue Nile); al-Burhan-Lamamra in Port Sudan
d = Doc("r03.txt", "Sudan Tribune", "2027-04-08"); docs.append(d)
d.B("Sudan Tribune", "ORG")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Sinja", "GPE")
d.E("Sennar", "GPE", "Sennar state")
d.E("Kurmuk", "GPE")
d.E("Port Sudan", "GPE", "PORT SUDAN")
d.E("Hisham Awad al-Karim", "PERSON", "Dr. Hisham Awad al-Karim")
d.E("Khartoum", "GPE")
d.E("Gezira", "GPE", "Gezira state")
d.E("Wad Madani", "GPE")
d.E("Amna Ibrahim Osman", "PERSON")
d.E("Mohamed al-Mukhtar Nurein", "PERSON")
d.E("Mohamed Hamdan Dagalo", "PERSON")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("Sudan People's Liberation Movement-North", "ORG", "SPLM-N")
d.E("Blue Nile", "GPE", "Blue Nile state")
d.E("Ethiopia", "GPE")
d.E("Nabil Abdallah", "PERSON", "Brig. Gen. Nabil Abdallah")
d.E("Transitional Sovereignty Council", "ORG", "Sovereignty Council")
d.E("Abdel Fattah al-Burhan", "PERSON", "Gen. Abdel Fattah al-Burhan", "al-Burhan")
d.E("United Nations", "ORG", "UN")
d.E("Sudan", "GPE")
d.E("Ramtane Lamamra", "PERSON", "Lamamra")
d.E("Kordofan", "GPE")
d.E("Salah Eldin Musa", "PERSON")
d.E("Nairobi", "GPE")
d.E("Geissan", "GPE", "Geissan locality")
d.E("South Kordofan", "GPE")
d.Q("We collected the bodies", "Hisham Awad al-Karim")
d.Q("We ran from Wad Madani", "Amna Ibrahim Osman")
d.Q("Our drones strike", "Mohamed al-Mukhtar Nurein")
d.Q("dozens of rebels", "Sudanese Armed Forces")
d.Q("The militia and its allies", "Nabil Abdallah")
d.Q("a humanitarian pause", "Ramtane Lamamra")
d.Q("The RSF cannot take Sennar", "Salah Eldin Musa")
d.Q("Every market and every power station", "Salah Eldin Musa")
d.EV("ASSAULT", "Rapid Support Forces", None, "Sinja", "2027-04-07", 11, 26,
     d.S("April 8, 2027 (PORT SUDAN) – At least eleven", "local authorities said."),
     [d.S("RSF drones kill 11 in Sinja"),
      d.S("The Sennar state government said in a statement", "buying food."),
      d.S("A second drone set fire", "later."),
      d.S("Mohamed al-Mukhtar Nurein, an adviser", "had been targeted.")])
d.EV("ASSAULT", "Rapid Support Forces", "Sudanese Armed Forces", "Kurmuk", "2027-04-06", None, None,
     d.S("Separately, the Sudanese Armed Forces (SAF) said", "\"dozens of rebels\"."),
     [d.S("RSF drones kill 11 in Sinja"),
      d.S("\"The militia and its allies fled", "Nabil Abdallah said."),
      d.S("The SPLM-N did not comment.")])
d.EV("CONSULT", "Abdel Fattah al-Burhan", "Ramtane Lamamra", "Port Sudan", "2027-04-07", None, None,
     d.S("In Port Sudan, the head of the Sovereignty Council", "the council said."),
     [d.S("Lamamra told reporters after the meeting", "Kordofan states."),
      d.S("He did not say whether al-Burhan had accepted.")])

# ---------------- r04 The EastAfrican: M23-Wazalendo clashes at Luvungi (South Kivu); drone strike on Minembwe (Fizi); Tshisekedi-Ndayishimiye in Kinshasa
d = Doc("r04.txt", "The EastAfrican", "2027-04-10"); docs.append(d)
d.B("The EastAfrican", "ORG", "THE EASTAFRICAN")
d.B("Espérance Bisimwa Kahindo", "PERSON")
d.B("Alain Wakenge", "PERSON", "ALAIN WAKENGE")
d.B("Nation Media Group", "ORG")
d.E("March 23 Movement", "ORG", "M23")
d.E("Wazalendo", "ORG")
d.E("Uvira", "GPE")
d.E("Félix Tshisekedi", "PERSON", "President Félix Tshisekedi", "Tshisekedi")
d.E("Évariste Ndayishimiye", "PERSON", "Ndayishimiye")
d.E("South Kivu", "GPE", "South Kivu province")
d.E("Luvungi", "GPE")
d.E("Bukavu", "GPE")
d.E("Jean-Bosco Mirindi", "PERSON", "Mirindi")
d.E("Lawrence Kanyuka", "PERSON")
d.E("Kinshasa", "GPE")
d.E("Armed Forces of the Democratic Republic of the Congo", "ORG", "FARDC")
d.E("Alliance Fleuve Congo", "ORG", "AFC")
d.E("Corneille Nangaa", "PERSON")
d.E("Minembwe", "GPE")
d.E("Fizi", "GPE", "Fizi territory")
d.E("Twirwaneho", "ORG")
d.E("Gakunzi Sebahire", "PERSON")
d.E("Burundi", "GPE")
d.E("Patrick Muyaya", "PERSON")
d.E("Doha", "GPE")
d.E("Rwanda", "GPE")
d.E("Kigali", "GPE")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("Claudine Ntakirutimana", "PERSON")
d.E("Bujumbura", "GPE")
d.E("Democratic Republic of the Congo", "GPE", "Congo")
d.Q("The bullets went through", "Jean-Bosco Mirindi")
d.Q("a coalition of the Kinshasa regime", "Lawrence Kanyuka")
d.Q("Herders and children", "Gakunzi Sebahire")
d.Q("Burundi will not allow", "Évariste Ndayishimiye")
d.Q("must be respected on the ground", "Patrick Muyaya")
d.Q("Most of the new arrivals", "Claudine Ntakirutimana")
d.EV("ASSAULT", "March 23 Movement", "Wazalendo", "Luvungi", "2027-04-08", 9, 14,
     d.S("At least nine people, four of them civilians", "local officials said."),
     [d.S("M23 and Wazalendo clashes kill nine"),
      d.S("Residents flee Luvungi", "on Thursday."),
      d.S("Luvungi, about 60 kilometres", "in the area."),
      d.S("M23 spokesman Lawrence Kanyuka said on X", "Burundian troops."),
      d.S("The FARDC denied taking part.")])
d.EV("ASSAULT", None, None, "Minembwe", "2027-04-09", 3, None,
     d.S("On Friday, a drone strike hit a cattle market", "the Congolese army."),
     [d.S("The FARDC did not comment on the strike."),
      d.S("\"Herders and children", "Gakunzi Sebahire.")])
d.EV("CONSULT", "Félix Tshisekedi", "Évariste Ndayishimiye", "Kinshasa", "2027-04-09", None, None,
     d.S("In Kinshasa on Friday, President Félix Tshisekedi", "presidency said."),
     [d.S("M23 and Wazalendo clashes kill nine"),
      d.S("\"Burundi will not allow", "after the talks.")])

# ---------------- r05 Arab News: Houthi missile on Marib; Houthi attack in Sirwah; al-Alimi-Grundberg in Riyadh
d = Doc("r05.txt", "Arab News", "2027-04-13"); docs.append(d)
d.E("Arab News", "ORG")
d.B("Fawaz al-Kuhali", "PERSON", "FAWAZ AL-KUHALI")
d.E("Houthis", "ORG", "Houthi")
d.E("Yemen", "GPE")
d.E("Marib", "GPE", "MARIB")
d.E("Sirwah", "GPE", "Sirwah district")
d.E("Abdullah Saleh Mabkhout", "PERSON")
d.E("Sultan al-Arada", "PERSON", "Marib Governor Sultan Al-Arada", "Al-Arada")
d.E("Yahya Saree", "PERSON")
d.E("Riyadh", "GPE")
d.E("Rashad al-Alimi", "PERSON", "Rashad Al-Alimi", "Al-Alimi")
d.E("Presidential Leadership Council", "ORG")
d.E("United Nations", "ORG", "UN")
d.E("Hans Grundberg", "PERSON", "Grundberg")
d.E("Saba News Agency", "ORG", "Saba news agency", "Saba")
d.E("International Organization for Migration", "ORG")
d.E("Nadwa Abdulkarim Al-Sharafi", "PERSON")
d.E("Sanaa Center for Strategic Studies", "ORG")
d.E("Saudi Arabia", "GPE")
d.E("Aden", "GPE")
d.Q("My neighbor's house fell", "Abdullah Saleh Mabkhout")
d.QP("We have hosted more than a million", "Sultan al-Arada")
d.Q("The world must stop treating Marib", "Sultan al-Arada")
d.Q("gatherings of mercenaries", "Yahya Saree")
d.Q("the Houthis answer every peace", "Rashad al-Alimi")
d.Q("I urge all parties", "Hans Grundberg")
d.Q("Marib is the last big prize", "Nadwa Abdulkarim Al-Sharafi")
d.EV("ASSAULT", "Houthis", None, "Marib", "2027-04-11", 5, 14,
     d.S("MARIB: A ballistic missile", "local officials said."),
     [d.S("Houthi missile kills five"),
      d.S("A man inspects a house destroyed", "April 11, 2027."),
      d.S("The missile landed near a camp", "Marib health office."),
      d.S("Marib Governor Sultan Al-Arada said the attack", "across the country."),
      d.S("Houthi military spokesman Yahya Saree said", "civilian casualties.")])
d.EV("ASSAULT", "Houthis", None, "Sirwah", "2027-04-12", 7, None,
     d.S("On Monday, Houthi fighters attacked", "anonymity."),
     [d.S("Houthi missile kills five"),
      d.S("The official said the attackers had suffered", "no figure.")])
d.EV("CONSULT", "Rashad al-Alimi", "Hans Grundberg", "Riyadh", "2027-04-12", None, None,
     d.S("In Riyadh on Monday, Rashad Al-Alimi", "agency reported."),
     [d.S("Al-Alimi told the envoy", "Saba said."),
      d.S("Grundberg said in a post on X after the meeting:", "this conflict.\"")])

# ---------------- r06 The Irrawaddy: Tatmadaw airstrike on Let Pan Hla (Depayin, Sagaing); PDF raid in Ye-U; Min Aung Hlaing-Deng Xijun
d = Doc("r06.txt", "The Irrawaddy", "2027-04-15"); docs.append(d)
d.E("The Irrawaddy", "ORG")
d.E("Myanmar", "GPE", "Burma")
d.E("Tatmadaw", "ORG")
d.E("Let Pan Hla", "GPE", "Let Pan Hla village")
d.E("Sagaing Region", "GPE", "Sagaing")
d.E("Depayin", "GPE", "Depayin Township")
d.E("National Unity Government", "ORG", "NUG")
d.E("Monywa", "GPE")
d.E("Khin Sandar Win", "PERSON", "Daw Khin Sandar Win")
d.E("Zaw Min Tun", "PERSON", "Maj-Gen Zaw Min Tun")
d.E("People's Defence Force", "ORG", "PDF")
d.E("Ye-U", "GPE")
d.E("Aung Myo Thet", "PERSON", "U Aung Myo Thet")
d.E("Min Aung Hlaing", "PERSON", "Senior General Min Aung Hlaing")
d.E("China", "GPE")
d.E("Deng Xijun", "PERSON", "Deng")
d.E("Naypyidaw", "GPE", "Naypyitaw")
d.E("The Global New Light of Myanmar", "ORG")
d.E("Office of the United Nations High Commissioner for Human Rights", "ORG",
    "Office of the UN High Commissioner for Human Rights", "OHCHR")
d.E("Ingrid Solheim-Barros", "PERSON")
d.E("Geneva", "GPE")
d.E("Thant Zin Oo", "PERSON", "Ko Thant Zin Oo")
d.E("Mandalay University", "ORG")
d.E("Mandalay Region", "GPE")
d.E("Madaya", "GPE", "Madaya Township")
d.Q("The children were still wet", None)
d.Q("We have no oxygen", "Khin Sandar Win")
d.Q("a training camp of PDF terrorists", "Zaw Min Tun")
d.Q("in response to the massacre", "Aung Myo Thet")
d.Q("Myanmar's efforts to restore", "Deng Xijun")
d.Q("Attacks on civilians gathered", "Ingrid Solheim-Barros")
d.Q("The regime cannot hold", "Thant Zin Oo")
d.EV("ASSAULT", "Tatmadaw", None, "Let Pan Hla", "2027-04-13", 16, 23,
     d.S("A Tatmadaw fighter jet bombed", "resistance group said."),
     [d.S("Junta Airstrike Kills 16"),
      d.S("A pavilion destroyed by the airstrike", "on Tuesday."),
      d.S("The jet dropped two bombs", "residents said."),
      d.S("The wounded were taken by motorbike", "the clinics."),
      d.S("Junta spokesman Maj-Gen Zaw Min Tun told state media", "civilians were hit."),
      d.S("The Office of the UN High Commissioner", "the bombing.")])
d.EV("ASSAULT", "People's Defence Force", None, "Ye-U", "2027-04-14", 4, None,
     d.S("On Wednesday, fighters of the People's Defence Force", "in a statement."),
     [d.S("NUG spokesman U Aung Myo Thet said the raid", "Let Pan Hla\"."),
      d.S("The regime did not comment on the Ye-U attack.")])
d.EV("CONSULT", "Min Aung Hlaing", "Deng Xijun", "Naypyidaw", "2027-04-14", None, None,
     d.S("Also on Wednesday, regime leader", "reported."),
     [d.S("The newspaper quoted Deng", "own path\".")])

# ---------------- r07 Notes from Poland: Nawrocki vetoes KRS bill; Tusk meets coalition partners (curly quotes)
d = Doc("r07.txt", "Notes from Poland", "2027-04-16"); docs.append(d)
d.E("Notes from Poland", "ORG")
d.B("Hanna Orzechowska-Lis", "PERSON")
d.B("Marek Borawski", "PERSON")
d.B("Chancellery of the President of Poland", "ORG", "KPRP")
d.E("Karol Nawrocki", "PERSON", "President Karol Nawrocki", "Nawrocki")
d.E("Donald Tusk", "PERSON", "Prime Minister Donald Tusk", "Tusk")
d.E("Warsaw", "GPE")
d.E("National Council of the Judiciary", "ORG", "KRS")
d.E("Law and Justice", "ORG", "PiS")
d.E("Sejm", "ORG")
d.E("Rafał Leśkiewicz", "PERSON")
d.E("Brussels", "GPE")
d.E("Poland", "GPE")
d.E("Waldemar Żurek", "PERSON", "Justice Minister Waldemar Żurek")
d.E("European Union", "ORG", "EU")
d.E("Court of Justice of the European Union", "ORG")
d.E("Władysław Kosiniak-Kamysz", "PERSON", "Defence Minister Władysław Kosiniak-Kamysz")
d.E("Polish People's Party", "ORG", "Polish People\u2019s Party", "PSL")
d.E("Włodzimierz Czarzasty", "PERSON", "Sejm Speaker Włodzimierz Czarzasty", "Czarzasty")
d.E("New Left", "ORG")
d.E("Chancellery of the Prime Minister", "ORG")
d.E("Adam Szłapka", "PERSON")
d.E("Iustitia", "ORG")
d.E("Agnieszka Kołodziej-Rudnik", "PERSON")
d.E("University of Warsaw", "ORG")
d.E("Civic Coalition", "ORG", "KO")
d.E("European Commission", "ORG", "Commission")
d.Q("I will not sign a law", "Karol Nawrocki")
d.Q("The president is open to dialogue", "Rafał Leśkiewicz")
d.Q("Another veto, another message", "Donald Tusk")
d.Q("Voters will settle this", "Donald Tusk")
d.Q("We will bring this bill back", "Włodzimierz Czarzasty")
d.Q("a blow to every citizen", "Iustitia")
d.Q("Since taking office", "Agnieszka Kołodziej-Rudnik")
d.EV("CONSULT", "Donald Tusk", "Władysław Kosiniak-Kamysz", "Chancellery of the Prime Minister", "2027-04-15", None, None,
     d.S("Late on Thursday, Tusk met", "Adam Szłapka said."),
     [d.S("Czarzasty said afterwards", "give up.")])

# ---------------- r08 EL PAÍS English: Valencian budget passed with Vox votes; Pérez Llorca-Abascal in Madrid
d = Doc("r08.txt", "El País", "2027-04-20"); docs.append(d)
d.B("El País", "ORG", "EL PAÍS")
d.B("Lucía Ferrandis Molla", "PERSON")
d.B("Àlex Pascual Roig", "PERSON", "ÀLEX PASCUAL ROIG")
d.E("Spain", "GPE")
d.E("Valencia", "GPE")
d.E("Vox", "ORG")
d.E("Juanfran Pérez Llorca", "PERSON", "Pérez Llorca")
d.E("Generalitat Valenciana", "ORG", "Generalitat")
d.E("Corts Valencianes", "ORG", "Les Corts")
d.E("People's Party", "ORG", "PP")
d.E("Paiporta", "GPE")
d.E("Catarroja", "GPE")
d.E("Alfafar", "GPE")
d.E("Madrid", "GPE")
d.E("Santiago Abascal", "PERSON")
d.E("Marta Ferrer Bellido", "PERSON")
d.E("Brussels", "GPE")
d.E("Diana Morant", "PERSON")
d.E("Compromís", "ORG")
d.E("Pau Ferrando Climent", "PERSON")
d.E("Rosa Montesinos Vidal", "PERSON")
d.E("Rocío Cortés Mena", "PERSON", "Regional Finance Minister Rocío Cortés Mena")
d.E("Valencian Community", "GPE")
d.E("Valencian Institute of Public Opinion", "ORG")
d.E("Joan Llorens Pitarch", "PERSON")
d.E("University of Valencia", "ORG")
d.E("Alberto Núñez Feijóo", "PERSON", "Feijóo")
d.Q("This is the budget of reconstruction", "Juanfran Pérez Llorca")
d.Q("put the farmers and the victims", "Marta Ferrer Bellido")
d.Q("Pérez Llorca has bought", "Diana Morant")
d.Q("Valencians will not forget", "Diana Morant")
d.Q("a campaign brochure", "Pau Ferrando Climent")
d.Q("They approve budgets", "Rosa Montesinos Vidal")
d.Q("Vox has made itself indispensable", "Joan Llorens Pitarch")
d.EV("CONSULT", "Juanfran Pérez Llorca", "Santiago Abascal", "Madrid", "2027-04-14", None, None,
     d.S("The deal with Vox was sealed last Wednesday", "both parties."),
     [d.S("In exchange for its votes", "for farmers.")])

# ---------------- r09 AP: Washington governor's budget fight over a payroll tax; Ferguson-Pedersen/Jinkins talks in Olympia
d = Doc("r09.txt", "Associated Press", "2027-04-22"); docs.append(d)
d.E("Associated Press", "ORG", "AP")
d.B("Nathan Okonkwo-Reyes", "PERSON", "NATHAN OKONKWO-REYES")
d.B("Mara Lindqvist", "PERSON")
d.B("Theo Castellanos-Hart", "PERSON")
d.E("Washington State", "GPE", "Washington", "Wash.")
d.E("Bob Ferguson", "PERSON", "Washington Gov. Bob Ferguson", "Ferguson")
d.E("Olympia", "GPE")
d.E("Washington State Legislature", "ORG", "Legislature")
d.E("Washington State Senate", "ORG", "Senate")
d.E("Washington House of Representatives", "ORG", "House")
d.E("Jamie Pedersen", "PERSON", "Senate Majority Leader Jamie Pedersen", "Pedersen")
d.E("Laurie Jinkins", "PERSON", "House Speaker Laurie Jinkins", "Jinkins")
d.E("Caleb Haverford", "PERSON", "Rep. Caleb Haverford")
d.E("Idaho", "GPE")
d.E("Oregon", "GPE")
d.E("Boise", "GPE")
d.E("Leonard Mbatha-Gill", "PERSON")
d.E("Washington Federation of State Employees", "ORG")
d.E("Washington Roundtable", "ORG")
d.E("Claire Stensrud", "PERSON")
d.E("Seattle", "GPE")
d.Q("I was elected to balance", "Bob Ferguson")
d.Q("and I will not sign one", "Bob Ferguson")
d.Q("We have made the cuts", "Jamie Pedersen")
d.Q("That is not a budget", "Jamie Pedersen")
d.Q("keep working with the governor", "Laurie Jinkins")
d.Q("Every time Olympia runs short", "Caleb Haverford")
d.Q("absorbing more tax increases", "Claire Stensrud")
d.Q("If they send me this budget", "Bob Ferguson")
d.EV("CONSULT", "Bob Ferguson", "Jamie Pedersen", "Olympia", "2027-04-21", None, None,
     d.S("Ferguson met Senate Majority Leader", "all three."))

# ---------------- r10 Greater Kashmir: Omar Abdullah-Amit Shah in New Delhi; Army gunfight near Warnow (Kupwara)
d = Doc("r10.txt", "Greater Kashmir", "2027-04-24"); docs.append(d)
d.B("Greater Kashmir", "ORG", "GK")
d.B("GK News Network", "ORG")
d.E("Kashmir", "GPE")
d.E("Omar Abdullah", "PERSON", "Chief Minister Omar Abdullah", "Omar")
d.E("Amit Shah", "PERSON", "Union Home Minister Amit Shah", "Shah")
d.E("Kupwara", "GPE", "Kupwara district")
d.E("Srinagar", "GPE")
d.E("New Delhi", "GPE", "Delhi")
d.E("Jammu and Kashmir", "GPE", "J&K")
d.E("Parliament of India", "ORG", "Parliament")
d.E("Supreme Court of India", "ORG", "Supreme Court")
d.E("Indian Ministry of Home Affairs", "ORG", "Union Home Ministry")
d.E("Jammu and Kashmir Peoples Democratic Party", "ORG", "Peoples Democratic Party")
d.E("Mehbooba Mufti", "PERSON")
d.E("Jammu and Kashmir National Conference", "ORG", "National Conference")
d.E("Bharatiya Janata Party", "ORG", "BJP")
d.E("Sunil Raina Bhat", "PERSON")
d.E("Warnow", "GPE", "Warnow village")
d.E("Indian Army", "ORG", "Army")
d.E("Chinar Corps", "ORG")
d.E("Jammu and Kashmir Police", "ORG")
d.E("Manoj Sinha", "PERSON", "Lieutenant Governor Manoj Sinha")
d.E("Pakistan", "GPE")
d.E("Ghulam Nabi Lone", "PERSON")
d.Q("patiently and positively", "Omar Abdullah")
d.Q("Statehood is not a favour", "Omar Abdullah")
d.Q("We have shown that elections", "Omar Abdullah")
d.Q("committed to restoring statehood", "Amit Shah")
d.Q("nothing to show", "Mehbooba Mufti")
d.Q("Every few months", "Mehbooba Mufti")
d.Q("when the situation on the ground", "Sunil Raina Bhat")
d.Q("Two terrorists were neutralised", "Chinar Corps")
d.Q("not allow Pakistan", "Manoj Sinha")
d.Q("Our children could not", "Ghulam Nabi Lone")
d.EV("CONSULT", "Omar Abdullah", "Amit Shah", "New Delhi", "2027-04-23", None, None,
     d.S("Srinagar, Apr 23: Chief Minister", "officials said."),
     [d.S("Omar meets Shah"),
      d.S("The meeting, held at the Home Minister's residence", "they said."),
      d.S("Speaking to reporters after the meeting", "any date."),
      d.S("The Union Home Ministry said in a statement", "appropriate time\".")])
d.EV("ASSAULT", "Indian Army", None, "Warnow", "2027-04-23", 2, 1,
     d.S("Meanwhile, two militants were killed", "police said."),
     [d.S("Omar meets Shah"),
      d.S("A soldier was injured in the exchange of fire."),
      d.S("The Army's Srinagar-based Chinar Corps said", "Line of Control."),
      d.S("The injured soldier was shifted", "stable."),
      d.S("Residents of Warnow said", "spring sowing.")])

# ---------------- r11 Moneyweb: Eskom's municipal debt; Ramokgopa-Salga in Pretoria
d = Doc("r11.txt", "Moneyweb", "2027-04-07"); docs.append(d)
d.B("Moneyweb", "ORG")
d.B("Thabo Mokoena-Fraser", "PERSON")
d.E("South Africa", "GPE", "SOUTH AFRICA")
d.E("Eskom", "ORG")
d.E("Kgosientsho Ramokgopa", "PERSON", "Electricity and Energy Minister Kgosientsho Ramokgopa", "Ramokgopa")
d.E("South African Local Government Association", "ORG", "Salga")
d.E("Dan Marokane", "PERSON", "Marokane")
d.E("Pretoria", "GPE")
d.E("South African National Treasury", "ORG", "National Treasury")
d.E("Emfuleni", "GPE")
d.E("Gauteng", "GPE")
d.E("Matjhabeng", "GPE")
d.E("Free State", "GPE")
d.E("Maluti-a-Phofung", "GPE")
d.E("Soweto", "GPE")
d.E("Nompumelelo Dlamini-Venter", "PERSON")
d.E("Cape Town", "GPE")
d.E("Meridian Economics", "ORG")
d.E("Tebogo Nkadimeng", "PERSON")
d.E("National Energy Regulator of South Africa", "ORG", "Nersa")
d.Q("Every rand that a municipality", "Dan Marokane")
d.Q("We have exhausted the polite", "Dan Marokane")
d.Q("and we now have a duty", "Dan Marokane")
d.Q("punish residents who pay", "South African Local Government Association")
d.Q("Nobody wants to see a town", "Kgosientsho Ramokgopa")
d.Q("Eskom has fixed a large part", "Nompumelelo Dlamini-Venter")
d.EV("CONSULT", "Kgosientsho Ramokgopa", "South African Local Government Association", "Pretoria", "2027-04-06", None, None,
     d.S("Electricity and Energy Minister Kgosientsho Ramokgopa met", "department said."),
     [d.S("Ramokgopa meets Salga as Eskom says"),
      d.S("Salga said after the meeting", "beyond 2027.")])

# ---------------- r12 Mint: Kaveri Infotech Q4 results (business; no events; curly quotes)
d = Doc("r12.txt", "Mint", "2027-04-16"); docs.append(d)
d.E("Mint", "ORG", "mint", "Live Mint")
d.B("Priyanka Rao-Menon", "PERSON")
d.E("Kaveri Infotech", "ORG", "Kaveri Infotech Ltd", "Kaveri")
d.E("Bengaluru", "GPE")
d.E("New York", "GPE")
d.E("BSE", "ORG")
d.E("Srinivasan Raghavachari", "PERSON", "Raghavachari")
d.E("United States", "GPE", "US")
d.E("Neha Kulkarni-Bose", "PERSON")
d.E("Tata Consultancy Services", "ORG")
d.E("Infosys", "ORG")
d.E("Pranav Deshmukh-Iyer", "PERSON")
d.E("Mumbai", "GPE")
d.E("Ashvin Securities", "ORG")
d.E("Sunita Varghese", "PERSON")
d.E("Kochi", "GPE")
d.E("Malabar Capital", "ORG")
d.E("National Stock Exchange of India", "ORG", "National Stock Exchange")
d.E("Pune", "GPE")
d.E("Coimbatore", "GPE")
d.Q("Clients are spending", "Srinivasan Raghavachari")
d.Q("That makes each deal slower", "Srinivasan Raghavachari")
d.Q("We will protect margins", "Neha Kulkarni-Bose")
d.Q("The guidance tells you", "Pranav Deshmukh-Iyer")
d.Q("We expect the whole sector", "Pranav Deshmukh-Iyer")

# ---------------- r13 Reuters: Norway's 26th licensing round in the Barents Sea (business; no events)
d = Doc("r13.txt", "Reuters", "2027-04-21"); docs.append(d)
d.E("Reuters", "ORG", "REUTERS")
d.B("Ingrid Halvorsen-Berg", "PERSON")
d.B("Tomas Lindeberg", "PERSON")
d.B("Erik Sandvold Aune", "PERSON")
d.B("Mark Potter-Quinn", "PERSON")
d.B("Thomson Reuters", "ORG")
d.E("Norway", "GPE")
d.E("Hammerfest", "GPE")
d.E("Oslo", "GPE", "OSLO")
d.E("Equinor", "ORG")
d.E("Aker BP", "ORG")
d.E("Vår Energi", "ORG")
d.E("Norwegian Ministry of Energy", "ORG", "Ministry of Energy")
d.E("Nordkapp Petroleum", "ORG")
d.E("Terje Aasland", "PERSON", "Energy Minister Terje Aasland")
d.E("Russia", "GPE")
d.E("Norwegian Offshore Directorate", "ORG")
d.E("Kjetil Bremnes-Aas", "PERSON")
d.E("Greenpeace Nordic", "ORG")
d.E("Natur og Ungdom", "ORG")
d.E("Oslo District Court", "ORG")
d.E("Sunniva Rekdal-Moen", "PERSON")
d.E("Kirsti Bergstø", "PERSON")
d.E("Socialist Left Party", "ORG")
d.E("Norwegian Labour Party", "ORG", "Labour")
d.E("Offshore Norge", "ORG")
d.E("Per Olav Hamre-Lunde", "PERSON")
d.Q("Europe will need Norwegian gas", "Terje Aasland")
d.Q("If we do not explore", "Terje Aasland")
d.Q("These are areas where one discovery", "Kjetil Bremnes-Aas")
d.Q("The government is handing out", "Sunniva Rekdal-Moen")
d.Q("a provocation against the budget", "Kirsti Bergstø")
d.Q("Predictable access to new acreage", "Per Olav Hamre-Lunde")

# ---------------- r14 SWI swissinfo.ch: study on the shrinking Swiss snow season (science; no events; curly quotes)
d = Doc("r14.txt", "SWI swissinfo.ch", "2027-04-09"); docs.append(d)
d.E("SWI swissinfo.ch", "ORG")
d.B("Claudia Rüegg-Santini", "PERSON")
d.B("Keystone", "ORG")
d.B("Urs Flückiger-Brand", "PERSON")
d.B("Swiss Broadcasting Corporation", "ORG", "SRG SSR")
d.E("Lenzerheide", "GPE")
d.E("Graubünden", "GPE")
d.E("WSL Institute for Snow and Avalanche Research SLF", "ORG", "SLF")
d.E("Davos", "GPE")
d.E("ETH Zurich", "ORG")
d.E("MeteoSwiss", "ORG")
d.E("Nature Communications", "ORG")
d.E("Lea Graf-Morandi", "PERSON")
d.E("Valais", "GPE")
d.E("Reto Casparis", "PERSON")
d.E("Albert Rösti", "PERSON", "Environment Minister Albert Rösti")
d.E("Seilbahnen Schweiz", "ORG")
d.E("Nadia Imhof-Lorenz", "PERSON")
d.E("Ticino", "GPE")
d.E("Bosco Gurin", "GPE")
d.E("Switzerland", "GPE")
d.Q("We expected a decline", "Lea Graf-Morandi")
d.Q("A resort at 1,400 metres", "Lea Graf-Morandi")
d.Q("The warming that is already", "Reto Casparis")
d.Q("Snow is our largest water tower", "Albert Rösti")
d.Q("Our members are not waiting", "Nadia Imhof-Lorenz")

# ---------------- r15 Morocco World News: measles in Souss-Massa; Tahraoui-Balkhy in Rabat
d = Doc("r15.txt", "Morocco World News", "2027-04-26"); docs.append(d)
d.B("Morocco World News", "ORG", "MWN")
d.B("Salma El Idrissi-Benali", "PERSON")
d.E("Souss-Massa", "GPE", "Souss-Massa region")
d.E("Moroccan Ministry of Health and Social Protection", "ORG", "Health Ministry", "Ministry of Health and Social Protection")
d.E("Rabat", "GPE")
d.E("Morocco", "GPE")
d.E("Taroudant", "GPE")
d.E("Agadir", "GPE")
d.E("Tiznit", "GPE")
d.E("Marrakech-Safi", "GPE", "Marrakech-Safi region")
d.E("Casablanca", "GPE")
d.E("Youssef Ait Bella", "PERSON", "Dr. Youssef Ait Bella")
d.E("Amine Tahraoui", "PERSON", "Health Minister Amine Tahraoui", "Tahraoui")
d.E("World Health Organization", "ORG", "WHO")
d.E("Hanan Balkhy", "PERSON", "Balkhy")
d.E("United Nations Children's Fund", "ORG", "UNICEF")
d.E("Karim Oduya-Lindqvist", "PERSON")
d.E("Tafraout El Mouloud", "GPE")
d.E("Fatima Ouhammou", "PERSON")
d.E("Nadia Sebbar", "PERSON", "Dr. Nadia Sebbar")
d.E("Moroccan Society of Pediatrics", "ORG")
d.Q("The virus is moving", "Youssef Ait Bella")
d.Q("the experience and the health workers", "Hanan Balkhy")
d.Q("No child in Morocco", "Amine Tahraoui")
d.Q("We aim to vaccinate", "Amine Tahraoui")
d.Q("The nurse comes once a week", "Fatima Ouhammou")
d.Q("Parents hear on social media", "Nadia Sebbar")
d.Q("We have to go to them", "Nadia Sebbar")
d.EV("CONSULT", "Amine Tahraoui", "Hanan Balkhy", "Rabat", "2027-04-23", None, None,
     d.S("Health Minister Amine Tahraoui met", "the ministry said."),
     [d.S("Balkhy said after the meeting", "technical staff.")])

# ---------------- r16 The Straits Times: ASEAN summit in Singapore; Wong-Anwar; Prabowo-Gusmão
d = Doc("r16.txt", "The Straits Times", "2027-04-28"); docs.append(d)
d.B("The Straits Times", "ORG", "THE STRAITS TIMES", "ST")
d.B("Rachel Tan Hui Min", "PERSON")
d.B("Kelvin Ng Chee Hock", "PERSON", "KELVIN NG CHEE HOCK")
d.E("Association of Southeast Asian Nations", "ORG", "ASEAN")
d.E("Lawrence Wong", "PERSON", "Prime Minister Lawrence Wong", "Mr Wong", "Wong")
d.E("Singapore", "GPE", "SINGAPORE")
d.E("China", "GPE")
d.E("Kao Kim Hourn", "PERSON")
d.E("Myanmar", "GPE")
d.E("Anwar Ibrahim", "PERSON", "Malaysian Prime Minister Anwar Ibrahim", "Datuk Seri Anwar")
d.E("Johor", "GPE")
d.E("Prabowo Subianto", "PERSON", "Indonesian President Prabowo Subianto")
d.E("Timor-Leste", "GPE")
d.E("Xanana Gusmão", "PERSON", "Timor-Leste Prime Minister Xanana Gusmao", "Xanana Gusmao")
d.E("Dili", "GPE")
d.E("Indonesia", "GPE")
d.E("Marcus Teo Jian Hao", "PERSON", "Dr Marcus Teo Jian Hao")
d.E("ISEAS-Yusof Ishak Institute", "ORG")
d.E("Philippines", "GPE")
d.E("Malaysia", "GPE")
d.Q("act as one market", "Lawrence Wong")
d.Q("Together we are a market", "Lawrence Wong")
d.Q("We must act as one market", "Lawrence Wong")
d.Q("serious concern over land", "Association of Southeast Asian Nations")
d.Q("The remaining issues are few", "Kao Kim Hourn")
d.Q("Our economies are joined", "Anwar Ibrahim")
d.Q("the same careful wording", "Marcus Teo Jian Hao")
d.Q("ASEAN is good at agreeing", "Marcus Teo Jian Hao")
d.EV("CONSULT", "Association of Southeast Asian Nations", None, "Singapore", "2027-04-27", None, None,
     d.S("SINGAPORE - Leaders of the Association", "new tariffs."),
     [d.S("ASEAN leaders back faster trade pact upgrade"),
      d.S("The chairman's statement said leaders had tasked", "original schedule."),
      d.S("The leaders also discussed Myanmar", "senior official.")])
d.EV("CONSULT", "Lawrence Wong", "Anwar Ibrahim", "Singapore", "2027-04-27", None, None,
     d.S("On the sidelines of the summit, Mr Wong", "rail link."),
     [d.S("\"Our economies are joined", "after the meeting.")])
d.EV("CONSULT", "Prabowo Subianto", "Xanana Gusmão", "Singapore", "2027-04-26", None, None,
     d.S("On the eve of the summit, Indonesian President", "ministry said."))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

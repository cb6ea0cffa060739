"""Builds cove-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- c01 The Kyiv Independent: glide bombs on Izium; drones on Balakliia depot; 118-drone attack; Svyrydenko in Izium
d = Doc("c01.txt", "The Kyiv Independent", "2027-05-04"); docs.append(d)
d.B("The Kyiv Independent", "ORG", "Kyiv Independent")
d.B("Mariia Bondarenko-Lys", "PERSON")
d.E("Ukraine", "GPE")
d.E("Kharkiv Oblast", "GPE")
d.E("Izium", "GPE")
d.E("Balakliia", "GPE")
d.E("State Emergency Service of Ukraine", "ORG", "State Emergency Service")
d.E("Oleh Syniehubov", "PERSON", "Kharkiv Oblast Governor Oleh Syniehubov", "Syniehubov")
d.E("Kharkiv", "GPE")
d.E("Halyna Ostrovska-Kuts", "PERSON")
d.E("Kupiansk", "GPE", "Kupiansk district")
d.E("Russia", "GPE")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Ukrzaliznytsia", "ORG")
d.E("Ukrainian Air Force", "ORG", "Air Force")
d.E("Yulia Svyrydenko", "PERSON", "Prime Minister Yulia Svyrydenko", "Svyrydenko")
d.Q("The Russians know perfectly well", "Oleh Syniehubov")
d.Q("We had just moved these families", "Halyna Ostrovska-Kuts")
d.Q("Now we are burying them here.", "Halyna Ostrovska-Kuts")
d.Q("a temporary deployment point", "Russian Ministry of Defence")
d.Q("Trains on the Kharkiv-Izium line", "Ukrzaliznytsia")
d.Q("Izium was occupied, then liberated", "Yulia Svyrydenko")
d.EV("ASSAULT", "Russia", None, "Izium", "2027-05-03", 5, 23,
     d.S("Russian forces dropped two guided aerial bombs", "Oleh Syniehubov said."),
     [d.S("Russian glide bombs kill five in Izium"),
      d.S("One of the bombs hit a five-story dormitory", "since the winter."),
      d.S("Among the dead were a 12-year-old girl", "the governor said."),
      d.S("\"The Russians know perfectly well", "on Telegram."),
      d.S("Halyna Ostrovska-Kuts, who heads", "a polyclinic."),
      d.S("Russia's Defense Ministry claimed", "in Izium.")])
d.EV("ASSAULT", "Russia", None, "Balakliia", "2027-05-04", None, 2,
     d.S("Hours later, overnight on May 4", "Ukrzaliznytsia said."),
     [d.S("Russian glide bombs kill five in Izium")])
d.EV("ASSAULT", "Russia", "Ukraine", "Ukraine", "2027-05-04", None, None,
     d.S("Ukraine's Air Force said Russia launched 118 drones", "97 of the drones."))
d.EV("CONSULT", "Yulia Svyrydenko", "Oleh Syniehubov", "Izium", "2027-05-04", None, None,
     d.S("Prime Minister Yulia Svyrydenko arrived in Izium", "press service."),
     [d.S("She said the government would allocate", "residents.")])

# ---------------- c02 TASS: drone on Klintsy (Bryansk Oblast); shelling of Lomakovka; 71 drones; Khusnullin-Bogomaz in Bryansk
d = Doc("c02.txt", "TASS", "2027-05-06"); docs.append(d)
d.E("TASS", "ORG")
d.E("Ukraine", "GPE")
d.E("Klintsy", "GPE")
d.E("Bryansk Oblast", "GPE", "Bryansk Region")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Bryansk", "GPE", "BRYANSK")
d.E("Alexander Bogomaz", "PERSON", "Governor Alexander Bogomaz", "Bogomaz")
d.E("Armed Forces of Ukraine", "ORG")
d.E("Lomakovka", "GPE")
d.E("Klimovo", "GPE", "Klimovo District")
d.E("Russia", "GPE")
d.E("Kursk Oblast", "GPE", "Kursk Region")
d.E("Smolensk Oblast", "GPE", "Smolensk Region")
d.E("Oryol Oblast", "GPE", "Oryol")
d.E("Kaluga Oblast", "GPE", "Kaluga")
d.E("Tula Oblast", "GPE", "Tula")
d.E("Moscow Oblast", "GPE", "Moscow Region")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Kyiv", "GPE", "Kiev")
d.E("Marat Khusnullin", "PERSON", "Russian Deputy Prime Minister Marat Khusnullin", "Khusnullin")
d.E("Sergey Ivanov-Dolgikh", "PERSON")
d.E("Kharkiv Oblast", "GPE", "Kharkiv Region")
d.Q("The Armed Forces of Ukraine carried out", "Alexander Bogomaz")
d.Q("confirm the terrorist nature", "Dmitry Peskov")
d.Q("All the damaged houses in Klintsy", "Marat Khusnullin")
d.EV("ASSAULT", "Ukraine", None, "Klintsy", "2027-05-05", 2, 6,
     d.S("BRYANSK, May 6. /TASS/. Two civilians", "Alexander Bogomaz said."),
     [d.S("Two civilians killed, six injured in Ukrainian drone attack"),
      d.S("\"The Armed Forces of Ukraine carried out", "Telegram channel."),
      d.S("According to Bogomaz, the drone hit", "four cars."),
      d.S("The regional health department told TASS", "hospital in Bryansk.")])
d.EV("ASSAULT", "Ukraine", None, "Lomakovka", "2027-05-06", None, 1,
     d.S("Separately, on Thursday morning Ukrainian troops shelled", "Bogomaz said."))
d.EV("ASSAULT", "Ukraine", "Russia", "Russia", "2027-05-06", None, None,
     d.S("Russia's Defense Ministry reported that air defense systems", "07:00 on Thursday."),
     [d.S("Air defenses destroyed 71 Ukrainian drones"),
      d.S("Of them, 29 were downed", "the ministry said.")])
d.EV("CONSULT", "Marat Khusnullin", "Alexander Bogomaz", "Bryansk", "2027-05-06", None, None,
     d.S("Russian Deputy Prime Minister Marat Khusnullin, who arrived", "border districts."),
     [d.S("The sides discussed the allocation", "press service reported.")])

# ---------------- c03 RFI: UPC faction attack on Ngakobo (Ouaka); FACA strike near Ippy; Touadera-Rugwabiza in Bangui
d = Doc("c03.txt", "RFI", "2027-05-08"); docs.append(d)
d.E("RFI", "ORG")
d.E("Central African Republic", "GPE", "CAR")
d.E("Bambari", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "ORG", "MINUSCA")
d.E("Ouaka", "GPE", "Ouaka prefecture")
d.B("Florent Vergnes-Dubois", "PERSON")
d.B("AFP", "ORG")
d.E("Ngakobo", "GPE")
d.E("Bangui", "GPE")
d.E("Union for Peace in the Central African Republic", "ORG", "UPC")
d.E("Gaston Ndakala-Wessé", "PERSON")
d.E("Kouango", "GPE")
d.E("Grimari", "GPE")
d.E("Danish Refugee Council", "ORG")
d.E("Central African Armed Forces", "ORG", "FACA")
d.E("Ippy", "GPE")
d.E("Central African Ministry of National Defence", "ORG", "Ministry of National Defence")
d.E("Faustin-Archange Touadéra", "PERSON", "President Faustin-Archange Touadéra")
d.E("Valentine Rugwabiza", "PERSON", "Rugwabiza")
d.E("Flavien Mbata-Koyassoum", "PERSON")
d.E("Aurélien Dongo-Sanzé", "PERSON")
d.E("French Institute of International Relations", "ORG", "Ifri")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "UN Office for the Coordination of Humanitarian Affairs")
d.E("Chad", "GPE")
d.Q("The attackers went from house to house", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic")
d.Q("They wanted the mining sites", "Gaston Ndakala-Wessé")
d.Q("neutralised several terrorists", "Central African Ministry of National Defence")
d.Q("in the strongest terms", "Valentine Rugwabiza")
d.Q("targets the poorest people", "Valentine Rugwabiza")
d.Q("The state will not negotiate", "Flavien Mbata-Koyassoum")
d.Q("Since the disarmament deal", "Aurélien Dongo-Sanzé")
d.EV("ASSAULT", "Union for Peace in the Central African Republic", None, "Ngakobo", "2027-05-06", 11, 8,
     d.S("Eleven civilians were killed on Thursday", "peacekeeping mission said."),
     [d.S("Eleven civilians killed in armed attack near Bambari"),
      d.S("In a statement released in Bangui on Friday", "government in 2025."),
      d.S("\u201cThe attackers went from house to house", "evacuated to Bambari."),
      d.S("A local official reached by RFI", "began at dawn.")])
d.EV("ASSAULT", "Central African Armed Forces", "Union for Peace in the Central African Republic", "Ippy", "2027-05-07", None, None,
     d.S("The Central African Armed Forces (FACA), backed by", "several terrorists\u201d."),
     [d.S("No toll could be confirmed independently.")])
d.EV("CONSULT", "Faustin-Archange Touadéra", "Valentine Rugwabiza", "Bangui", "2027-05-07", None, None,
     d.S("On Friday afternoon, President Faustin-Archange Touadéra received", "in Bangui."),
     [d.S("The two discussed the security situation", "the presidency said."),
      d.S("Rugwabiza told reporters after the meeting", "this country\u201d.")])

# ---------------- c04 The EastAfrican: Wazalendo-M23 clashes in Nyabiondo (Masisi); drone on Kiwanja (Rutshuru); Doha talks
d = Doc("c04.txt", "The EastAfrican", "2027-05-11"); docs.append(d)
d.B("The EastAfrican", "ORG")
d.B("Patient Muhindo Kavugho", "PERSON", "PATIENT MUHINDO KAVUGHO")
d.B("Justin Kambale", "PERSON", "JUSTIN KAMBALE")
d.B("Nation Media Group", "ORG", "NMG")
d.E("Democratic Republic of the Congo", "GPE", "DR Congo", "DRC")
d.E("Masisi", "GPE", "Masisi territory")
d.E("Doha", "GPE")
d.E("March 23 Movement", "ORG", "M23")
d.E("Qatar", "GPE")
d.E("Nyabiondo", "GPE")
d.E("Goma", "GPE")
d.E("North Kivu", "GPE")
d.E("Wazalendo", "ORG")
d.E("Kinshasa", "GPE")
d.E("Jean-de-Dieu Habimana Sebahire", "PERSON")
d.E("Kiwanja", "GPE")
d.E("Rutshuru", "GPE", "Rutshuru territory")
d.E("Alliance Fleuve Congo", "ORG", "AFC")
d.E("Lawrence Kanyuka", "PERSON", "Kanyuka")
d.E("Armed Forces of the Democratic Republic of the Congo", "ORG", "FARDC")
d.E("Qatari Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs")
d.E("Mohammed bin Abdulaziz Al-Khulaifi", "PERSON")
d.E("Patrick Muyaya", "PERSON")
d.E("International Committee of the Red Cross", "ORG")
d.E("Espérance Nyiransabimana-Bahati", "PERSON")
d.E("University of Goma", "ORG")
d.E("Rwanda", "GPE")
d.E("Kivu", "GPE")
d.E("Uganda", "GPE")
d.E("Ituri", "GPE")
d.Q("We counted seven bodies by midday", "Jean-de-Dieu Habimana Sebahire")
d.Q("There is no clinic left in Nyabiondo", "Jean-de-Dieu Habimana Sebahire")
d.Q("repelled the aggression", "March 23 Movement")
d.Q("respect the ceasefire in words", "Mohammed bin Abdulaziz Al-Khulaifi")
d.Q("to implement what was already signed", "Patrick Muyaya")
d.Q("while our people are being bombed", "Lawrence Kanyuka")
d.Q("Each round of talks is followed", "Espérance Nyiransabimana-Bahati")
d.EV("ASSAULT", "Wazalendo", "March 23 Movement", "Nyabiondo", "2027-05-09", 7, 12,
     d.S("At least seven civilians were killed and 12 wounded", "aid workers said."),
     [d.S("DR Congo: Fighting in Masisi kills seven"),
      d.S("The clashes began before dawn", "residents said."),
      d.S("Mortar rounds fell on the central market", "group in Masisi."),
      d.S("\"We counted seven bodies", "he said."),
      d.S("The M23, which controls much of North Kivu", "arming the militias.")])
d.EV("ASSAULT", None, None, "Kiwanja", "2027-05-10", None, 4,
     d.S("On Monday, a drone struck a livestock market in Kiwanja", "includes the M23."),
     [d.S("AFC spokesman Lawrence Kanyuka accused", "the strike."),
      d.S("The army did not comment.")])
d.EV("CONSULT", "Democratic Republic of the Congo", "Alliance Fleuve Congo", "Doha", "2027-05-10", None, None,
     d.S("The violence came as delegations", "two-month pause."),
     [d.S("DR Congo: Fighting in Masisi kills seven"),
      d.S("Qatar's Minister of State at the Ministry", "foreign ministry said."),
      d.S("Government spokesman Patrick Muyaya told", "renegotiate it.\"")])

# ---------------- c05 Dabanga: drone strike on En Nahud market (West Kordofan); RSF shelling of Babanusa; Idris-Lamamra in Port Sudan
d = Doc("c05.txt", "Radio Dabanga", "2027-05-13"); docs.append(d)
d.E("Radio Dabanga", "ORG", "Dabanga Sudan", "Dabanga")
d.E("Kordofan", "GPE")
d.E("En Nahud", "GPE", "EN NAHUD")
d.E("Babanusa", "GPE", "BABANUSA")
d.E("Port Sudan", "GPE", "PORT SUDAN")
d.E("West Kordofan", "GPE")
d.E("Darfur", "GPE")
d.E("Sudan Doctors Network", "ORG")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Hawa Abdelkarim Ishag", "PERSON", "Dr Hawa Abdelkarim Ishag")
d.E("Babanusa Emergency Room", "ORG")
d.E("22nd Infantry Division", "ORG")
d.E("Kamil Idris", "PERSON", "Prime Minister Kamil Idris", "Idris")
d.E("United Nations", "ORG", "UN")
d.E("Sudan", "GPE")
d.E("Ramtane Lamamra", "PERSON", "Lamamra")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "UN Office for the Coordination of Humanitarian Affairs", "OCHA")
d.E("Mohamed Osman Bakheit", "PERSON")
d.E("Sudanese Centre for Policy Studies", "ORG")
d.E("Khartoum", "GPE")
d.E("Dilling", "GPE")
d.E("El Obeid", "GPE")
d.Q("The first missile fell among the camels", None)
d.Q("a massacre of civilians", "Sudan Doctors Network")
d.Q("We operated on the floor", "Hawa Abdelkarim Ishag")
d.Q("welcomes every effort", "Kamil Idris")
d.QP("Both sides now use drones", "Mohamed Osman Bakheit")
d.Q("Kordofan has become the place", "Mohamed Osman Bakheit")
d.EV("ASSAULT", None, None, "En Nahud", "2027-05-11", 16, 30,
     d.S("At least 16 people were killed and more than 30 injured", "told Radio Dabanga."),
     [d.S("Drone strike on En Nahud livestock market kills 16"),
      d.S("The market, one of the largest", "a trader said."),
      d.S("\"The first missile fell", "he said."),
      d.S("The Sudan Doctors Network blamed", "with the war\".")])
d.EV("ASSAULT", "Rapid Support Forces", None, "Babanusa", "2027-05-12", 3, 7,
     d.S("Further south, RSF fighters shelled", "Babanusa Emergency Room."))
d.EV("CONSULT", "Kamil Idris", "Ramtane Lamamra", "Port Sudan", "2027-05-12", None, None,
     d.S("In Port Sudan on Wednesday, Prime Minister Kamil Idris", "Kordofan and Darfur."),
     [d.S("A statement from the prime minister's office", "its institutions\"."),
      d.S("Lamamra did not speak to the press after the meeting.")])

# ---------------- c06 Garowe Online: ISIS-Somalia car bomb at Bosaso checkpoint; AFRICOM strike in Cal Miskaad; Deni-Madobe in Garowe
d = Doc("c06.txt", "Garowe Online", "2027-05-15"); docs.append(d)
d.E("Garowe Online", "ORG")
d.E("Puntland", "GPE")
d.E("Bosaso", "GPE", "BOSASO")
d.E("Puntland Security Forces", "ORG", "PSF")
d.E("Islamic State in Somalia", "ORG", "ISIS-Somalia")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Abdiweli Yusuf Warsame-Jama", "PERSON", "Colonel Abdiweli Yusuf Warsame-Jama")
d.E("United States Africa Command", "ORG", "AFRICOM")
d.E("Said Abdullahi Deni", "PERSON", "Puntland President Said Abdullahi Deni", "Deni")
d.E("Jubaland", "GPE")
d.E("Ahmed Mohamed Islam", "PERSON", "Jubaland President Ahmed Mohamed Islam", "Madobe")
d.E("Garowe", "GPE")
d.E("Villa Somalia", "ORG")
d.E("al-Shabaab", "ORG")
d.E("Gedo", "GPE")
d.E("Khadar Hirsi Abdullahi-Gurey", "PERSON")
d.E("Faadumo Cabdi Nuur", "PERSON")
d.E("Horn Security Forum", "ORG")
d.E("Mogadishu", "GPE")
d.E("Somaliland", "GPE")
d.E("Erigavo", "GPE")
d.Q("If they had not stopped it", "Abdiweli Yusuf Warsame-Jama")
d.Q("The command's initial assessment", "United States Africa Command")
d.Q("Puntland and Jubaland will not accept", "Said Abdullahi Deni")
d.Q("cannot be defeated by one state alone", "Ahmed Mohamed Islam")
d.Q("From today, no vehicle enters", "Khadar Hirsi Abdullahi-Gurey")
d.Q("They have lost the caves", "Faadumo Cabdi Nuur")
d.EV("ASSAULT", "Islamic State in Somalia", "Puntland Security Forces", "Bosaso", "2027-05-13", 6, 9,
     d.S("BOSASO, Puntland - At least six soldiers", "officials said."),
     [d.S("Six Puntland soldiers killed in suicide car bombing"),
      d.S("The Islamic State in Somalia (ISIS-Somalia) claimed", "Cal Miskaad mountains."),
      d.S("Colonel Abdiweli Yusuf Warsame-Jama, a commander", "before it exploded."),
      d.S("Among the wounded were two civilians", "near the checkpoint."),
      d.S("They were taken to Bosaso General Hospital", "critical condition."),
      d.S("The attack is the deadliest in Bosaso", "in late 2024.")])
d.EV("ASSAULT", "United States Africa Command", "Islamic State in Somalia", None, "2027-05-14", 2, None,
     d.S("On Friday, the United States Africa Command (AFRICOM) said", "Puntland government."),
     [d.S("\"The command's initial assessment", "in a statement.")])
d.EV("CONSULT", "Said Abdullahi Deni", "Ahmed Mohamed Islam", "Garowe", "2027-05-14", None, None,
     d.S("Meanwhile, Puntland President Said Abdullahi Deni hosted", "on Friday."),
     [d.S("The two leaders discussed security cooperation", "joint communique."),
      d.S("\"Puntland and Jubaland will not accept", "joint press conference."),
      d.S("Madobe, for his part, said terrorism", "in Gedo.")])

# ---------------- c07 AP: Los Lobos attack on a cockfighting ring in La Propicia (Esmeraldas); ambush near San Lorenzo
d = Doc("c07.txt", "Associated Press", "2027-05-18"); docs.append(d)
d.E("Associated Press", "ORG", "AP", "The Associated Press")
d.B("Gonzalo Solís-Arteaga", "PERSON", "GONZALO SOLÍS-ARTEAGA")
d.B("Leonela Quiñónez", "PERSON")
d.B("Julio Mejía-Borja", "PERSON")
d.E("Ecuador", "GPE")
d.E("Esmeraldas", "GPE", "ESMERALDAS", "Esmeraldas province")
d.E("La Propicia", "GPE")
d.E("United States", "GPE")
d.E("Marcelo Andrade-Pazmiño", "PERSON", "Police Gen. Marcelo Andrade-Pazmiño", "Andrade-Pazmiño")
d.E("Los Lobos", "ORG")
d.E("Los Tiguerones", "ORG")
d.E("John Reimberg", "PERSON", "Interior Minister John Reimberg", "Reimberg")
d.E("San Lorenzo", "GPE")
d.E("Colombia", "GPE")
d.E("Joint Command of the Armed Forces of Ecuador", "ORG", "Joint Command of the Armed Forces")
d.E("Daniel Noboa", "PERSON", "President Daniel Noboa")
d.E("Ecuadorian Organized Crime Observatory", "ORG")
d.E("Renata Cevallos de la Torre", "PERSON")
d.E("Pontifical Catholic University of Ecuador", "ORG")
d.E("Quito", "GPE")
d.Q("This was not a random act", "Marcelo Andrade-Pazmiño")
d.Q("They were not in any gang", None)
d.Q("Esmeraldas will not be handed over", "John Reimberg")
d.Q("internal armed conflict", "Daniel Noboa")
d.Q("go after every one of them", "Daniel Noboa")
d.Q("You can arrest 14 people", "Renata Cevallos de la Torre")
d.Q("The business is bigger", "Renata Cevallos de la Torre")
d.EV("ASSAULT", "Los Lobos", None, "La Propicia", "2027-05-16", 9, 7,
     d.S("ESMERALDAS, Ecuador (AP) — Gunmen burst", "police said Monday."),
     [d.S("Gunmen kill 9 at a cockfighting ring"),
      d.S("The attack happened late Sunday in La Propicia", "the United States."),
      d.S("Police Gen. Marcelo Andrade-Pazmiño, the commander", "100 rounds."),
      d.S("He said they belonged to a cell of Los Lobos", "rival Los Tiguerones."),
      d.S("A woman who lost her brother and nephew", "they had raised.")])
d.EV("ASSAULT", None, None, "San Lorenzo", "2027-05-17", 2, None,
     d.S("In a separate attack on Monday, unidentified gunmen", "in a statement."),
     [d.S("It said troops had been destroying", "drug traffickers.")])

# ---------------- c08 The Hindu: Maoist IED on DRG in Bijapur; CoBRA-DRG encounter near Kistaram (Sukma); Sai-Shah in New Delhi
d = Doc("c08.txt", "The Hindu", "2027-05-20"); docs.append(d)
d.E("The Hindu", "ORG")
d.B("THG Publishing Pvt Ltd", "ORG", "THG PUBLISHING PVT LTD")
d.B("Ritika Sahu-Nag", "PERSON")
d.E("Chhattisgarh", "GPE", "CHHATTISGARH")
d.E("District Reserve Guard", "ORG", "DRG")
d.E("Bijapur", "GPE", "Bijapur district")
d.E("Sukma", "GPE", "Sukma district")
d.E("Amit Shah", "PERSON", "Union Home Minister Amit Shah", "Mr. Shah")
d.E("New Delhi", "GPE", "Delhi")
d.E("Raipur", "GPE", "RAIPUR")
d.E("Gangaloor", "GPE")
d.E("Aniruddh Singh Thakur", "PERSON", "Mr. Thakur")
d.E("Bastar", "GPE")
d.E("West Bastar Division Committee", "ORG")
d.E("Communist Party of India (Maoist)", "ORG")
d.E("Central Reserve Police Force", "ORG", "CRPF")
d.E("Commando Battalion for Resolute Action", "ORG", "CoBRA")
d.E("Kistaram", "GPE")
d.E("Vishnu Deo Sai", "PERSON", "Chief Minister Vishnu Deo Sai", "Mr. Sai")
d.E("Chhattisgarh Chief Minister's Office", "ORG", "Chief Minister's Office")
d.E("Vijay Sharma", "PERSON", "Deputy Chief Minister Vijay Sharma")
d.E("Chhattisgarh Bachao Andolan", "ORG")
d.E("Deepak Baij", "PERSON")
d.E("Indian National Congress", "ORG", "Congress")
d.E("Telangana", "GPE")
d.QS("their sacrifice will not go in vain", "Vishnu Deo Sai")
d.Q("The road had been checked", "Aniruddh Singh Thakur")
d.Q("the fake encounters of Operation Kagaar", "Communist Party of India (Maoist)")
d.Q("all necessary central support", "Amit Shah")
d.Q("Their sacrifice will not go in vain.", "Vishnu Deo Sai")
d.Q("The villagers say one of those killed", "Chhattisgarh Bachao Andolan")
d.Q("declared victory too early", "Deepak Baij")
d.Q("Every time the State claims", "Deepak Baij")
d.EV("ASSAULT", "Communist Party of India (Maoist)", "District Reserve Guard", "Bijapur", "2027-05-19", 4, 3,
     d.S("Four personnel of the District Reserve Guard (DRG) were killed", "police said."),
     [d.S("Four DRG jawans killed in IED blast in Bijapur"),
      d.S("The team was returning to the Gangaloor camp", "Aniruddh Singh Thakur said."),
      d.S("In a press note issued in the name", "Operation Kagaar\".")])
d.EV("ASSAULT", "Commando Battalion for Resolute Action", "Communist Party of India (Maoist)", "Kistaram", "2027-05-18", 3, None,
     d.S("On Tuesday, three Maoists, including a woman cadre", "police said."),
     [d.S("Three Maoists killed in separate encounter in Sukma")])
d.EV("CONSULT", "Vishnu Deo Sai", "Amit Shah", "New Delhi", "2027-05-19", None, None,
     d.S("Chief Minister Vishnu Deo Sai, who was in New Delhi, met", "security situation in Bastar."),
     [d.S("Three Maoists killed in separate encounter in Sukma"),
      d.S("According to the Chief Minister's Office", "Maoist pockets."),
      d.S("\"Their sacrifice will not go in vain.", "after the meeting.")])

# ---------------- c09 Daily Nation: police shootings of Finance Bill protesters in Nairobi and Mombasa; Mbadi-KEPSA
d = Doc("c09.txt", "Daily Nation", "2027-06-18"); docs.append(d)
d.B("Daily Nation", "ORG", "Nation.Africa")
d.B("Brian Otieno-Wafula", "PERSON")
d.B("Mwanaisha Said Abdalla", "PERSON")
d.B("Nation Media Group", "ORG")
d.B("Evans Kiprop Langat", "PERSON")
d.E("Nairobi", "GPE")
d.E("Mombasa", "GPE")
d.E("Parliament of Kenya", "ORG", "Parliament")
d.E("Kenya National Commission on Human Rights", "ORG", "KNCHR")
d.E("Hamisi Juma Mwakirani", "PERSON")
d.E("National Police Service", "ORG")
d.E("Janet Wambui-Kiprono", "PERSON")
d.E("Kenyan National Treasury", "ORG", "National Treasury", "Treasury")
d.E("John Mbadi", "PERSON", "Treasury Cabinet Secretary John Mbadi", "Mbadi")
d.E("Kenya Private Sector Alliance", "ORG", "KEPSA")
d.E("Abdulswamad Sherrif Nassir", "PERSON", "Mombasa Governor Abdulswamad Sherrif Nassir")
d.E("Kalonzo Musyoka", "PERSON")
d.E("Faith Chebet Langat", "PERSON")
d.E("Independent Policing Oversight Authority", "ORG", "IPOA")
d.E("Kisumu", "GPE")
d.Q("We documented the use of live ammunition", "Kenya National Commission on Human Rights")
d.Q("He was not throwing stones", "Hamisi Juma Mwakirani")
d.Q("acted within the law", "Janet Wambui-Kiprono")
d.Q("open to dropping the measures", "John Mbadi")
d.Q("Our young people are asking", "Abdulswamad Sherrif Nassir")
d.Q("The same mistake is being repeated", "Kalonzo Musyoka")
d.Q("We are not paid by anyone", "Faith Chebet Langat")
d.EV("ASSAULT", "National Police Service", None, "Nairobi", "2027-06-17", 3, 41,
     d.S("In Nairobi, police officers shot dead three protesters", "Human Rights (KNCHR)."),
     [d.S("Four shot dead as Finance Bill protests rock Nairobi and Mombasa"),
      d.S("Four people were shot dead and at least 47 injured", "Nairobi and Mombasa."),
      d.S("The commission said 41 people were treated", "in the capital."),
      d.S("\"We documented the use of live ammunition", "in a statement.")])
d.EV("ASSAULT", "National Police Service", None, "Mombasa", "2027-06-17", 1, 6,
     d.S("In Mombasa, a 19-year-old mechanic was killed", "witnesses said."),
     [d.S("Four shot dead as Finance Bill protests rock Nairobi and Mombasa"),
      d.S("Four people were shot dead and at least 47 injured", "Nairobi and Mombasa."),
      d.S("\"He was not throwing stones.", "Hamisi Juma Mwakirani.")])
d.EV("CONSULT", "John Mbadi", "Kenya Private Sector Alliance", "Nairobi", "2027-06-17", None, None,
     d.S("Treasury Cabinet Secretary John Mbadi met leaders", "possible amendments."),
     [d.S("According to a Treasury statement, Mbadi told them", "before the vote.")])

# ---------------- c10 Mexico News Daily: Sheinbaum-Campos at the National Palace; gunmen at a Ciudad Juarez rehab centre
d = Doc("c10.txt", "Mexico News Daily", "2027-05-25"); docs.append(d)
d.B("Mexico News Daily", "ORG")
d.B("Itzel Bárcenas-Ruvalcaba", "PERSON")
d.E("Claudia Sheinbaum", "PERSON", "President Claudia Sheinbaum", "Sheinbaum")
d.E("Chihuahua", "GPE")
d.E("Maru Campos", "PERSON", "Chihuahua Governor Maru Campos", "Governor Maru Campos", "Campos")
d.E("Mexico City", "GPE")
d.E("United States", "GPE")
d.E("National Water Commission", "ORG", "Conagua")
d.E("Efraín Morales López", "PERSON")
d.E("Mexico", "GPE")
d.E("Delicias", "GPE")
d.E("National Guard of Mexico", "ORG", "National Guard")
d.E("National Action Party", "ORG", "PAN")
d.E("Washington, D.C.", "GPE", "Washington")
d.E("National Regeneration Movement", "ORG", "Morena")
d.E("Rodrigo Ibarra-Mendívil", "PERSON")
d.E("Monterrey Institute of Technology", "ORG")
d.E("Ciudad Juárez", "GPE")
d.E("Chihuahua State Attorney General's Office", "ORG", "Chihuahua State Attorney General\u2019s Office")
d.E("United States Department of State", "ORG", "U.S. State Department")
d.E("Sonora", "GPE")
d.Q("We had a respectful conversation", "Maru Campos")
d.Q("not leave a single producer", "Claudia Sheinbaum")
d.Q("The treaty is signed by Mexico", "Claudia Sheinbaum")
d.Q("We will fulfill it with dialogue", "Claudia Sheinbaum")
d.Q("less than 8% of the stored volume", "National Water Commission")
d.Q("stop using the water", "National Regeneration Movement")
d.Q("There is an election cycle", "Rodrigo Ibarra-Mendívil")
d.Q("meet its delivery obligations", "United States Department of State")
d.EV("CONSULT", "Claudia Sheinbaum", "Maru Campos", "Mexico City", "2027-05-24", None, None,
     d.S("President Claudia Sheinbaum and Chihuahua Governor Maru Campos met", "under a 1944 treaty."),
     [d.S("Sheinbaum, Chihuahua governor meet at National Palace"),
      d.S("The meeting, which was also attended by", "according to both sides."),
      d.S("\u201cWe had a respectful conversation", "as she left the palace.")])
d.EV("ASSAULT", None, None, "Ciudad Juárez", "2027-05-23", 5, 2,
     d.S("On Sunday night, gunmen killed five people", "Office said."),
     [d.S("No arrests have been made.")])

# ---------------- c11 Jakarta Globe: Sulawesi Mitra Nikel first-quarter results (business; no events)
d = Doc("c11.txt", "Jakarta Globe", "2027-05-27"); docs.append(d)
d.B("Jakarta Globe", "ORG", "JAKARTA GLOBE")
d.B("Dimas Arya Pratama", "PERSON", "DIMAS ARYA PRATAMA")
d.E("PT Sulawesi Mitra Nikel Tbk", "ORG", "Sulawesi Mitra Nikel", "PT Sulawesi Mitra Nikel", "SMNI")
d.E("Kolaka", "GPE")
d.E("Southeast Sulawesi", "GPE")
d.E("Jakarta", "GPE")
d.E("Indonesia", "GPE")
d.E("Indonesia Stock Exchange", "ORG", "IDX")
d.E("Indonesian Ministry of Energy and Mineral Resources", "ORG", "Energy and Mineral Resources Ministry")
d.E("Hendrawan Siregar-Lubis", "PERSON", "President Director Hendrawan Siregar-Lubis")
d.E("Morowali", "GPE")
d.E("Central Sulawesi", "GPE")
d.E("China", "GPE")
d.E("Hanyu New Energy", "ORG")
d.E("Bahlil Lahadalia", "PERSON", "Energy and Mineral Resources Minister Bahlil Lahadalia")
d.E("London Metal Exchange", "ORG")
d.E("Anindya Putri Wirawan", "PERSON")
d.E("Mandiri Sekuritas", "ORG")
d.E("Kevin Tanoto-Halim", "PERSON")
d.E("Samuel Sekuritas Indonesia", "ORG")
d.E("Vale Indonesia", "ORG")
d.E("Pomalaa", "GPE")
d.Q("The first quarter was a period", "Hendrawan Siregar-Lubis")
d.Q("We do not want to dig everything", "Bahlil Lahadalia")
d.Q("SMNI has net cash", "Anindya Putri Wirawan")
d.Q("If the quota is not raised", "Kevin Tanoto-Halim")

# ---------------- c12 Financial Times: Norway's wealth fund excludes Tamarack Ridge Mining (business; no events)
d = Doc("c12.txt", "Financial Times", "2027-05-28"); docs.append(d)
d.B("Financial Times", "ORG", "FINANCIAL TIMES", "The Financial Times Limited", "FT.com")
d.B("Ingrid Solbakken-Aase", "PERSON")
d.B("Lina Haugerud-Nilsen", "PERSON")
d.B("Bloomberg", "ORG")
d.E("Norway", "GPE")
d.E("Brazil", "GPE")
d.E("Tamarack Ridge Mining", "ORG", "Tamarack Ridge")
d.E("Oslo", "GPE")
d.E("Government Pension Fund Global", "ORG")
d.E("Norges Bank Investment Management", "ORG")
d.E("Toronto", "GPE")
d.E("Minas Gerais", "GPE")
d.E("Norges Bank", "ORG")
d.E("Council on Ethics for the Government Pension Fund Global", "ORG", "Council on Ethics")
d.E("Itabirito", "GPE")
d.E("Brazilian National Mining Agency", "ORG", "National Mining Agency")
d.E("Jens Stoltenberg", "PERSON")
d.E("Storting", "ORG")
d.E("Nicolai Tangen", "PERSON", "Tangen")
d.E("Marte Øvrebø-Kristiansen", "PERSON")
d.E("Storebrand Asset Management", "ORG")
d.E("Brumadinho", "GPE")
d.Q("unacceptable risk of severe", "Government Pension Fund Global")
d.Q("The company has known about", "Council on Ethics for the Government Pension Fund Global")
d.Q("In the council\u2019s assessment", "Council on Ethics for the Government Pension Fund Global")
d.Q("a financial investor, not", "Jens Stoltenberg")
d.Q("We met the company\u2019s leadership", "Nicolai Tangen")
d.Q("At some point you have to accept", "Nicolai Tangen")
d.Q("the single biggest environmental", "Marte Øvrebø-Kristiansen")

# ---------------- c13 Nyasa Times: cholera in Malawi; Banda-Nkhoma meets WHO and UNICEF representatives in Lilongwe
d = Doc("c13.txt", "Nyasa Times", "2027-05-07"); docs.append(d)
d.B("Nyasa Times", "ORG")
d.B("Chisomo Phiri-Mwale", "PERSON")
d.E("Malawi", "GPE")
d.E("Blantyre", "GPE")
d.E("Mangochi", "GPE")
d.E("Nsanje", "GPE", "Nsanje district")
d.E("Malawian Ministry of Health", "ORG", "Ministry of Health")
d.E("Chikwawa", "GPE")
d.E("World Health Organization", "ORG", "WHO")
d.E("Chimwemwe Banda-Nkhoma", "PERSON", "Minister of Health Dr. Chimwemwe Banda-Nkhoma", "Dr. Banda-Nkhoma")
d.E("Neema Rusibamayila-Kimambo", "PERSON", "Dr. Neema Rusibamayila-Kimambo")
d.E("United Nations Children's Fund", "ORG", "UNICEF")
d.E("Olusegun Adeyemi-Cole", "PERSON")
d.E("Lilongwe", "GPE")
d.E("International Coordinating Group on Vaccine Provision", "ORG")
d.E("Mozambique", "GPE")
d.E("Médecins Sans Frontières", "ORG", "MSF")
d.E("Blantyre City Council", "ORG")
d.E("Mayeso Chikondi-Gama", "PERSON")
d.E("Malawi Health Equity Network", "ORG", "MHEN")
d.E("Tamanda Kachingwe-Msiska", "PERSON")
d.E("Peter Mutharika", "PERSON", "President Peter Mutharika")
d.E("State House of Malawi", "ORG", "State House")
d.E("Zambia", "GPE")
d.E("Lusaka", "GPE")
d.Q("The floods in the Lower Shire", "Chimwemwe Banda-Nkhoma")
d.Q("We are going to vaccinate", "Chimwemwe Banda-Nkhoma")
d.Q("the movement of people across", "World Health Organization")
d.Q("Cholera kills within hours", "Mayeso Chikondi-Gama")
d.Q("We were promised that 2023", "Tamanda Kachingwe-Msiska")
d.EV("CONSULT", "Chimwemwe Banda-Nkhoma", "Neema Rusibamayila-Kimambo", "Lilongwe", "2027-05-06", None, None,
     d.S("Minister of Health Dr. Chimwemwe Banda-Nkhoma met", "review the response."),
     [d.S("Speaking after the meeting, the Minister said", "Vaccine Provision.")])

# ---------------- c14 Science News: Rubin Observatory finds interstellar object 4I/Rubin (science; no events)
d = Doc("c14.txt", "Science News", "2027-05-14"); docs.append(d)
d.B("Science News", "ORG")
d.B("Lorna McAllister-Quaye", "PERSON")
d.B("NSF NOIRLab", "ORG", "NOIRLab")
d.E("Vera C. Rubin Observatory", "ORG", "Rubin Observatory", "NSF–DOE Vera C. Rubin Observatory", "Rubin")
d.E("Chile", "GPE")
d.E("La Serena", "GPE")
d.E("Minor Planet Center", "ORG")
d.E("Camila Fuenzalida-Rojas", "PERSON", "Fuenzalida-Rojas")
d.E("University of Chile", "ORG")
d.E("Santiago", "GPE")
d.E("European Southern Observatory", "ORG")
d.E("The Astrophysical Journal Letters", "ORG")
d.E("Pieter van den Heever", "PERSON")
d.E("Leiden University", "ORG")
d.E("Netherlands", "GPE")
d.E("Siddharth Raghunathan-Iyer", "PERSON")
d.E("California Institute of Technology", "ORG", "Caltech")
d.E("National Science Foundation", "ORG", "U.S. National Science Foundation")
d.E("United States Department of Energy", "ORG", "Department of Energy")
d.Q("The orbit is hyperbolic", "Camila Fuenzalida-Rojas")
d.Q("If you put it next to objects", "Camila Fuenzalida-Rojas")
d.Q("That is either a coincidence", "Camila Fuenzalida-Rojas")
d.Q("Red surfaces can be produced", "Pieter van den Heever")
d.Q("We will learn much more", "Pieter van den Heever")
d.Q("We are finally getting enough", "Siddharth Raghunathan-Iyer")

# ---------------- c15 Daily Maverick: Godongwana hosts Reeves and African finance ministers in Sandton; Georgieva-Ato Forson; Reeves-Ramaphosa
d = Doc("c15.txt", "Daily Maverick", "2027-05-26"); docs.append(d)
d.B("Daily Maverick", "ORG", "DAILY MAVERICK")
d.B("Business Maverick", "ORG", "BUSINESS MAVERICK")
d.B("Thandeka Mokoena-Dlamini", "PERSON")
d.B("Lerato Maduna-Sithole", "PERSON")
d.B("Government Communication and Information System", "ORG", "GCIS")
d.E("Enoch Godongwana", "PERSON", "Finance Minister Enoch Godongwana", "Godongwana")
d.E("Rachel Reeves", "PERSON", "UK Chancellor Rachel Reeves", "UK Chancellor of the Exchequer Rachel Reeves", "Reeves")
d.E("Johannesburg", "GPE", "Joburg")
d.E("G20", "ORG")
d.E("International Monetary Fund", "ORG", "IMF")
d.E("Sandton", "GPE")
d.E("United Kingdom", "GPE", "UK", "Britain")
d.E("Kristalina Georgieva", "PERSON", "Georgieva")
d.E("African Development Bank", "ORG")
d.E("Sidi Ould Tah", "PERSON")
d.E("South Africa", "GPE")
d.E("Zambia", "GPE")
d.E("Ghana", "GPE")
d.E("Cassiel Ato Forson", "PERSON", "Finance Minister Cassiel Ato Forson")
d.E("Cyril Ramaphosa", "PERSON", "President Cyril Ramaphosa")
d.E("Pretoria", "GPE")
d.E("Presidency of South Africa", "ORG", "Presidency")
d.E("South African Reserve Bank", "ORG", "Reserve Bank")
d.E("Lesetja Kganyago", "PERSON")
d.E("Investec", "ORG")
d.E("Nomvula Sebego-Hartley", "PERSON")
d.E("China", "GPE")
d.E("Eskom", "ORG")
d.E("Kenya", "GPE")
d.E("Egypt", "GPE")
d.Q("too slow, too unpredictable", "Enoch Godongwana")
d.Q("Zambia waited almost four years", "Enoch Godongwana")
d.Q("Debt that cannot be paid", "Rachel Reeves")
d.Q("The most durable way", "Lesetja Kganyago")
d.Q("The Africans came with a common position", "Nomvula Sebego-Hartley")
d.EV("CONSULT", "Enoch Godongwana", "Rachel Reeves", "Sandton", "2027-05-25", None, None,
     d.S("Finance Minister Enoch Godongwana hosted UK Chancellor", "the cost of capital."),
     [d.S("Godongwana, Reeves push faster debt relief"),
      d.S("Ministers from 14 African countries met the G20 presidency", "swallows budgets."),
      d.S("The meeting, held at the Sandton Convention Centre", "Sidi Ould Tah."),
      d.S("According to a joint statement, the ministers agreed", "lending to them.")])
d.EV("CONSULT", "Kristalina Georgieva", "Cassiel Ato Forson", "Sandton", "2027-05-25", None, None,
     d.S("On the sidelines, Georgieva held a meeting", "the IMF said."))
d.EV("CONSULT", "Rachel Reeves", "Cyril Ramaphosa", "Pretoria", "2027-05-24", None, None,
     d.S("Reeves met President Cyril Ramaphosa at the Union Buildings", "energy transition."))

# ---------------- c16 The Japan Times: Takaichi re-elected LDP president; Takaichi-Yoshimura in Tokyo; Trump-Takaichi call
d = Doc("c16.txt", "The Japan Times", "2027-09-20"); docs.append(d)
d.B("The Japan Times", "ORG")
d.B("Ryota Kawabata-Shimizu", "PERSON", "RYOTA KAWABATA-SHIMIZU")
d.E("Kyodo News", "ORG", "KYODO")
d.E("Sanae Takaichi", "PERSON", "Prime Minister Sanae Takaichi", "Takaichi")
d.E("Liberal Democratic Party", "ORG", "LDP")
d.E("Shinjiro Koizumi", "PERSON", "Defense Minister Shinjiro Koizumi", "Koizumi")
d.E("Japan Innovation Party", "ORG", "Nippon Ishin no Kai", "Ishin")
d.E("Tokyo", "GPE")
d.E("Yoshimasa Hayashi", "PERSON")
d.E("Japan", "GPE")
d.E("Cabinet of Japan", "ORG", "Cabinet", "Takaichi Cabinet")
d.E("Hirofumi Yoshimura", "PERSON", "Yoshimura")
d.E("Prime Minister's Office of Japan", "ORG", "Prime Minister's Office")
d.E("House of Representatives of Japan", "ORG", "Lower House")
d.E("Donald Trump", "PERSON", "U.S. President Donald Trump")
d.E("United States", "GPE", "U.S.")
d.E("Minoru Kihara", "PERSON", "Chief Cabinet Secretary Minoru Kihara", "Kihara")
d.E("Constitutional Democratic Party of Japan", "ORG")
d.E("Yoshihiko Noda", "PERSON")
d.E("Aya Morikawa-Tanaka", "PERSON")
d.E("Sophia University", "ORG")
d.E("China", "GPE")
d.E("Osaka", "GPE")
d.Q("I am grateful to the party members", "Sanae Takaichi")
d.Q("My first task is to deliver", "Sanae Takaichi")
d.Q("support the prime minister", "Shinjiro Koizumi")
d.Q("Ishin will stay in the coalition", "Hirofumi Yoshimura")
d.Q("confirmed that the Japan-U.S. alliance", "Minoru Kihara")
d.Q("chosen continuity over accountability", "Yoshihiko Noda")
d.Q("The party did not want another", "Aya Morikawa-Tanaka")
d.EV("CONSULT", "Sanae Takaichi", "Hirofumi Yoshimura", "Tokyo", "2027-09-19", None, None,
     d.S("On Sunday, Takaichi met Hirofumi Yoshimura", "Office in Tokyo."),
     [d.S("The two agreed to renew their policy agreement", "Ishin said."),
      d.S("\"Ishin will stay in the coalition", "40-minute meeting.")])
d.EV("CONSULT", "Donald Trump", "Sanae Takaichi", None, "2027-09-19", None, None,
     d.S("U.S. President Donald Trump called Takaichi", "Minoru Kihara."),
     [d.S("Kihara said the two leaders", "meet soon.")])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

"""Builds amber-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- am01 AFP: JNIM attack on the Gbinkoro post (Doropo, Bounkani); FACI helicopters near Varalé; Ouattara-prefect in Bouna
d = Doc("am01.txt", "AFP", "2027-12-01"); docs.append(d)
d.E("AFP", "ORG")
d.E("Ivory Coast", "GPE", "Côte d'Ivoire")
d.E("Burkina Faso", "GPE")
d.E("Bounkani", "GPE", "Bounkani region")
d.B("Aya Konan-Tiémoko", "PERSON")
d.B("Issa Ouédraogo-Sy", "PERSON")
d.E("Abidjan", "GPE", "ABIDJAN")
d.E("Gbinkoro", "GPE")
d.E("Doropo", "GPE", "Doropo department")
d.E("Armed Forces of Côte d'Ivoire", "ORG", "FACI")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "JNIM")
d.E("Az-Zallaqa", "ORG")
d.E("SITE Intelligence Group", "ORG")
d.E("Ange-Marie Kouassi Bi", "PERSON", "Lieutenant Colonel Ange-Marie Kouassi Bi")
d.E("Varalé", "GPE")
d.E("Téné Birahima Ouattara", "PERSON", "Defence Minister Téné Birahima Ouattara")
d.E("Bouna", "GPE")
d.E("Kouadio N'Guessan-Yao", "PERSON")
d.E("Kafolo", "GPE")
d.E("Tougbo", "GPE")
d.E("Alassane Ouattara", "PERSON", "President Alassane Ouattara")
d.E("Fatou Sangaré-Diabaté", "PERSON")
d.E("Institute for Security Studies", "ORG")
d.E("Dakar", "GPE")
d.E("United Nations High Commissioner for Refugees", "ORG", "United Nations refugee agency", "UNHCR")
d.E("Gaoua", "GPE")
d.Q("a group of heavily armed terrorists", "Armed Forces of Côte d'Ivoire")
d.Q("We heard shooting for almost an hour", None)
d.Q("In the morning the soldiers", None)
d.Q("The Ivorian state will not give up", "Téné Birahima Ouattara")
d.Q("Those who think they can frighten", "Téné Birahima Ouattara")
d.Q("People here want to stay", "Kouadio N'Guessan-Yao")
d.Q("The respite was always fragile", "Fatou Sangaré-Diabaté")
d.Q("JNIM has been moving south", "Fatou Sangaré-Diabaté")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", "Armed Forces of Côte d'Ivoire", "Gbinkoro", "2027-11-29", 6, 4,
     d.S("ABIDJAN (AFP) — Six Ivorian soldiers", "the army said."),
     [d.S("Ivory Coast: jihadists kill six soldiers"),
      d.S("The Armed Forces of Côte d'Ivoire (FACI) said", "across the border."),
      d.S("The jihadist alliance Jama'at", "Intelligence Group."),
      d.S("Army spokesman Lieutenant Colonel", "for treatment."),
      d.S("He said the attackers had suffered", "gave no figure.")])
d.EV("ASSAULT", "Armed Forces of Côte d'Ivoire", None, "Varalé", "2027-11-30", None, None,
     d.S("On Tuesday, air force helicopters", "east of Gbinkoro."),
     [d.S("The army did not give a death toll.")])
d.EV("CONSULT", "Téné Birahima Ouattara", "Kouadio N'Guessan-Yao", "Bouna", "2027-11-30", None, None,
     d.S("Defence Minister Téné Birahima Ouattara travelled", "local officials."),
     [d.S("\"The Ivorian state will not give up", "after the meeting.")])

# ---------------- am02 Dhaka Tribune: ARSA-RSO clash in Balukhali camp (Ukhiya); APBn raid in Jadimura (Teknaf); RRRC-UNHCR in Cox's Bazar
d = Doc("am02.txt", "Dhaka Tribune", "2027-12-03"); docs.append(d)
d.E("Dhaka Tribune", "ORG")
d.E("Ukhiya", "GPE", "Ukhiya upazila")
d.E("Armed Police Battalion", "ORG", "APBn")
d.E("Teknaf", "GPE", "Teknaf upazila")
d.E("Office of the Refugee Relief and Repatriation Commissioner", "ORG", "RRRC")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("Cox's Bazar", "GPE")
d.B("Rahat Hossain-Mridha", "PERSON")
d.E("Balukhali", "GPE")
d.E("Md Arifur Rahman-Bhuiyan", "PERSON")
d.E("Arakan Rohingya Salvation Army", "ORG", "ARSA")
d.E("Rohingya Solidarity Organisation", "ORG", "RSO")
d.E("Médecins Sans Frontières", "ORG", "MSF")
d.E("Kutupalong", "GPE")
d.E("Jadimura", "GPE")
d.E("Shahidul Islam Talukder", "PERSON", "Additional DIG Shahidul Islam Talukder")
d.E("Mohammad Rezaul Karim-Chowdhury", "PERSON",
    "Refugee Relief and Repatriation Commissioner Mohammad Rezaul Karim-Chowdhury")
d.E("Bangladesh", "GPE")
d.E("Ingrid van der Velde", "PERSON", "Van der Velde")
d.E("Myanmar", "GPE")
d.E("Rakhine", "GPE", "Rakhine State")
d.E("Arakan Army", "ORG")
d.E("Bangladeshi Ministry of Home Affairs", "ORG", "Ministry of Home Affairs")
d.E("Shamlapur", "GPE")
d.Q("Both groups are fighting", "Md Arifur Rahman-Bhuiyan")
d.Q("Ordinary refugees are caught", "Md Arifur Rahman-Bhuiyan")
d.QP("We lay on the floor", None)
d.Q("When it stopped", None)
d.Q("We have asked for more lighting", "Mohammad Rezaul Karim-Chowdhury")
d.Q("Refugees have told us", "Ingrid van der Velde")
d.Q("zero tolerance for armed groups", "Bangladeshi Ministry of Home Affairs")
d.EV("ASSAULT", "Arakan Rohingya Salvation Army", "Rohingya Solidarity Organisation", "Balukhali", "2027-12-02", 4, 7,
     d.S("At least four Rohingya men were killed", "police said."),
     [d.S("Four killed as armed groups clash"),
      d.S("Ukhiya police station's officer-in-charge", "half an hour."),
      d.S("The injured were taken to the MSF hospital", "he added.")])
d.EV("ASSAULT", "Armed Police Battalion", None, "Jadimura", "2027-12-01", 1, 2,
     d.S("Separately, the Armed Police Battalion (APBn) said", "on Wednesday night."),
     [d.S("APBn says one suspect killed")])
d.EV("CONSULT", "Mohammad Rezaul Karim-Chowdhury", "Ingrid van der Velde", "Cox's Bazar", "2027-12-02", None, None,
     d.S("On Thursday, Refugee Relief and Repatriation Commissioner", "the 33 camps."),
     [d.S("APBn says one suspect killed"),
      d.S("\u201cWe have asked for more lighting", "after the meeting.")])

# ---------------- am03 Jamaica Observer: street dance shooting in Willowdene (Spanish Town); JCF-JDF operation in Sandy Bay; Holness-Blake in Kingston
d = Doc("am03.txt", "Jamaica Observer", "2027-12-06"); docs.append(d)
d.E("Jamaica Observer", "ORG", "Observer")
d.E("Spanish Town", "GPE", "SPANISH TOWN")
d.B("Kadian McFarlane-Reid", "PERSON", "KADIAN MCFARLANE-REID")
d.E("Willowdene", "GPE")
d.E("St Catherine", "GPE")
d.B("Garfield Robinson-Ellis", "PERSON")
d.E("Shanique Morrison", "PERSON")
d.E("Dwayne Gordon-Lewis", "PERSON")
d.E("St Catherine South Police Division", "ORG")
d.E("Howard Chin-Quee", "PERSON", "Superintendent Howard Chin-Quee")
d.E("Klansman", "ORG", "Klansman gang")
d.E("Jamaica Constabulary Force", "ORG", "JCF")
d.E("Jamaica Defence Force", "ORG", "JDF")
d.E("Sandy Bay", "GPE")
d.E("Clarendon", "GPE")
d.E("Leon Brown", "PERSON", "Leon 'Scatta' Brown")
d.E("Roshane Williams", "PERSON")
d.E("Andrew Holness", "PERSON", "Prime Minister Andrew Holness", "Holness")
d.E("Kevin Blake", "PERSON", "Police Commissioner Dr Kevin Blake")
d.E("Antonette Wemyss Gorman", "PERSON", "Chief of Defence Staff Rear Admiral Antonette Wemyss Gorman")
d.E("Kingston", "GPE")
d.E("Horace Chang", "PERSON", "National Security Minister Dr Horace Chang")
d.E("Mark Golding", "PERSON", "Opposition Leader Mark Golding")
d.E("People's National Party", "ORG")
d.E("Jamaica", "GPE")
d.E("Old Harbour", "GPE")
d.Q("Mi hear the gunshot", None)
d.Q("Mi lose mi whole stock", None)
d.Q("The JCF will not allow", "Jamaica Constabulary Force")
d.Q("We discussed extending", "Kevin Blake")
d.Q("The people who did this", "Kevin Blake")
d.Q("an attack on the peace", "Andrew Holness")
d.Q("Residents are burying", "Mark Golding")
d.EV("ASSAULT", None, None, "Willowdene", "2027-12-04", 4, 3,
     d.S("SPANISH TOWN, St Catherine - Four people", "the police said."),
     [d.S("Four dead, three hurt in Spanish Town"),
      d.S("The dead include", "both of Willowdene."),
      d.S("The three injured were admitted", "stable condition."),
      d.S("Residents said two men on a motorcycle", "before escaping."),
      d.S("Head of the St Catherine South Police Division", "Klansman gang.")])
d.EV("ASSAULT", "Jamaica Constabulary Force", None, "Sandy Bay", "2027-12-05", 2, 1,
     d.S("Separately, two men were shot dead", "on Sunday morning."),
     [d.S("The police said the team came under fire", "returned fire."),
      d.S("The men were later identified", "in the parish.")])
d.EV("CONSULT", "Andrew Holness", "Kevin Blake", "Kingston", "2027-12-05", None, None,
     d.S("Prime Minister Andrew Holness met", "St Catherine and Clarendon."),
     [d.S("National Security Minister Dr Horace Chang also attended."),
      d.S("\"We discussed extending", "after the meeting.")])

# ---------------- am04 The Connexion: Porto-Vecchio shooting; FLNC-claimed bombings near Bonifacio; Simeoni-prefect in Ajaccio
d = Doc("am04.txt", "The Connexion", "2027-12-08"); docs.append(d)
d.B("The Connexion", "ORG")
d.E("Corsica", "GPE")
d.E("National Liberation Front of Corsica", "ORG", "FLNC")
d.E("Gilles Simeoni", "PERSON", "Simeoni")
d.E("Ajaccio", "GPE")
d.B("Claire Dumont-Hastings", "PERSON")
d.E("Bonifacio", "GPE")
d.B("Pascal Pochard-Bertini", "PERSON")
d.B("AFP", "ORG")
d.E("Porto-Vecchio", "GPE")
d.E("Anne-Sophie de Casabianca", "PERSON", "Ajaccio prosecutor Anne-Sophie de Casabianca", "Ms de Casabianca")
d.E("Bastia", "GPE")
d.E("Antoine Luciani-Mattei", "PERSON")
d.E("Corse-Matin", "ORG")
d.E("National Anti-Terrorism Prosecutor's Office", "ORG", "National Anti-Terrorism Prosecutor\u2019s Office", "PNAT")
d.E("National Gendarmerie", "ORG")
d.E("Executive Council of Corsica", "ORG")
d.E("Hélène Vasseur-Darmon", "PERSON", "Ms Vasseur-Darmon")
d.E("Paris", "GPE")
d.E("Marie-Antoinette Maupertuis", "PERSON")
d.E("Corsican Assembly", "ORG")
d.E("France", "GPE")
d.Q("It is a settling of scores", None)
d.Q("Everyone here knows", None)
d.Q("speculation that drives Corsicans", "National Liberation Front of Corsica")
d.Q("a poison for Corsica", "Gilles Simeoni")
d.Q("Nothing can justify", "Gilles Simeoni")
d.Q("Our path is the ballot box", "Gilles Simeoni")
d.Q("Our priority is simple", "Hélène Vasseur-Darmon")
d.Q("calm more than ever", "Marie-Antoinette Maupertuis")
d.EV("ASSAULT", None, None, "Porto-Vecchio", "2027-12-06", 1, 1,
     d.S("A 41-year-old man was shot dead", "late on Monday."),
     [d.S("Man shot dead in Corsica as FLNC"),
      d.S("A gunman on a scooter", "said in a statement."),
      d.S("The passenger, a 38-year-old", "in Bastia.")])
d.EV("ASSAULT", "National Liberation Front of Corsica", None, "Bonifacio", "2027-12-07", None, None,
     d.S("Hours later, explosions damaged", "of Tuesday."),
     [d.S("Man shot dead in Corsica as FLNC"),
      d.S("Nobody was hurt."),
      d.S("In a message sent to Corse-Matin", "own land\u201d.")])
d.EV("CONSULT", "Gilles Simeoni", "Hélène Vasseur-Darmon", "Ajaccio", "2027-12-07", None, None,
     d.S("Gilles Simeoni, the autonomist president", "Ajaccio on Tuesday."),
     [d.S("Latest in a wave of violence"),
      d.S("He told reporters afterwards", "called for it to stop.")])

# ---------------- am05 Reuters: Barrio 18 attack on the Ciudad Peronia substation (Villa Nueva); PNC shootout in El Milagro (Mixco); Arévalo-mayors
d = Doc("am05.txt", "Reuters", "2027-12-10"); docs.append(d)
d.E("Reuters", "ORG")
d.E("Guatemala", "GPE")
d.B("Sofía Castañeda-Ruiz", "PERSON")
d.E("Guatemala City", "GPE", "GUATEMALA CITY")
d.E("Barrio 18", "ORG")
d.E("Villa Nueva", "GPE")
d.E("Ciudad Peronia", "GPE")
d.E("National Civil Police of Guatemala", "ORG", "National Civil Police", "PNC")
d.E("Guatemalan Ministry of the Interior", "ORG", "Interior Ministry")
d.E("Andrea Lemus-Guzmán", "PERSON", "Lemus-Guzmán")
d.E("Escuintla", "GPE")
d.E("El Milagro", "GPE")
d.E("Mixco", "GPE")
d.E("Bernardo Arévalo", "PERSON", "President Bernardo Arevalo", "Arévalo")
d.E("Héctor Ovalle-Morán", "PERSON", "Villa Nueva Mayor Héctor Ovalle-Morán", "Ovalle-Morán")
d.E("Luz María de León", "PERSON", "Mixco Mayor Luz María de León")
d.E("Mara Salvatrucha", "ORG", "MS-13")
d.E("Centro de Investigaciones Económicas Nacionales", "ORG", "CIEN")
d.E("Carmen Rosa de la Vega", "PERSON", "CIEN analyst Carmen Rosa de la Vega")
d.E("Vamos", "ORG")
d.E("United States", "GPE")
d.B("Diego Ixcot", "PERSON")
d.B("Laura Whitcombe-Hale", "PERSON")
d.B("Thomson Reuters", "ORG")
d.Q("They want to show the country", "Andrea Lemus-Guzmán")
d.Q("We are not going to negotiate", "Andrea Lemus-Guzmán")
d.Q("The state will recover", "Bernardo Arévalo")
d.Q("We will not let them", "Bernardo Arévalo")
d.Q("These were neighbours", "Héctor Ovalle-Morán")
d.Q("Extortion is the gangs", "Carmen Rosa de la Vega")
d.Q("Isolation hurts them", "Carmen Rosa de la Vega")
d.EV("ASSAULT", "Barrio 18", "National Civil Police of Guatemala", "Ciudad Peronia", "2027-12-09", 3, 2,
     d.S("GUATEMALA CITY, Dec 10 (Reuters) - Gunmen", "Barrio 18 gang."),
     [d.S("Gunmen kill three police officers in Guatemala"),
      d.S("The attackers, who arrived in two cars", "said in a statement."),
      d.S("The wounded officers were in stable condition."),
      d.S("Interior Ministry spokesperson", "isolation cells."),
      d.S("Ovalle-Morán said the officers killed", "the municipality.")])
d.EV("ASSAULT", "National Civil Police of Guatemala", None, "El Milagro", "2027-12-08", 2, 1,
     d.S("A day earlier, on Wednesday, police killed", "the PNC said."),
     [d.S("One officer was wounded.", "was wounded."),
      d.S("Police said the two men had fired first", "their motorcycle.")])
d.EV("CONSULT", "Bernardo Arévalo", "Héctor Ovalle-Morán", "Guatemala City", "2027-12-09", None, None,
     d.S("President Bernardo Arevalo, who has ruled", "two municipalities."),
     [d.S("\"The state will recover every street", "after the meeting.")])

# ---------------- am06 The Citizen: IS-claimed raid on Mdimba (Tandahimba, Mtwara); TPDF pursuit near Mahuta; Mkunda-RC in Mtwara
d = Doc("am06.txt", "The Citizen", "2027-12-13"); docs.append(d)
d.E("The Citizen", "ORG")
d.E("Tandahimba", "GPE", "Tandahimba District")
d.E("Mozambique", "GPE")
d.E("Jacob Mkunda", "PERSON", "CDF Mkunda", "General Jacob Mkunda")
d.E("Mtwara", "GPE")
d.B("Athumani Mkwizu-Ngowi", "PERSON")
d.E("Mdimba", "GPE")
d.E("Nassoro Mkwawa-Lyimo", "PERSON", "Mtwara Regional Police Commander Nassoro Mkwawa-Lyimo", "Mr Mkwawa-Lyimo")
d.E("Islamic State", "ORG")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Tanzania", "GPE")
d.E("Tanzania People's Defence Force", "ORG", "TPDF")
d.E("Mahuta", "GPE")
d.E("Halima Mbaraka-Saidi", "PERSON", "Regional Commissioner Halima Mbaraka-Saidi", "Ms Mbaraka-Saidi")
d.E("Rashidi Nampanda", "PERSON", "Mzee Rashidi Nampanda")
d.E("Cabo Delgado", "GPE")
d.E("Kitaya", "GPE")
d.E("Mtwara Rural", "GPE", "Mtwara Rural District")
d.E("Samia Suluhu Hassan", "PERSON", "President Samia Suluhu Hassan", "Samia")
d.E("Tanzania Broadcasting Corporation", "ORG", "TBC")
d.E("Daniel Chapo", "PERSON", "Chapo")
d.B("Mwananchi Communications Ltd", "ORG")
d.Q("They came with guns and machetes", "Nassoro Mkwawa-Lyimo")
d.Q("Among the dead is", "Nassoro Mkwawa-Lyimo")
d.Q("a Christian village", "Islamic State")
d.Q("Our forces are in full control", "Tanzania People's Defence Force")
d.Q("I have come to tell", "Jacob Mkunda")
d.Q("The border will be watched", "Jacob Mkunda")
d.Q("We have lived with this fear", "Rashidi Nampanda")
d.EV("ASSAULT", "Islamic State", None, "Mdimba", "2027-12-11", 5, 3,
     d.S("Five villagers were killed and three", "police said."),
     [d.S("Five killed as militants raid"),
      d.S("Mtwara Regional Police Commander Nassoro", "around midnight."),
      d.S("The three wounded were taken", "he said."),
      d.S("The Islamic State group claimed", "in Tanzania.")])
d.EV("ASSAULT", "Tanzania People's Defence Force", None, "Mahuta", "2027-12-12", 4, None,
     d.S("The Tanzania People's Defence Force (TPDF) said its soldiers", "along the border."),
     [d.S("Army says four attackers killed")])
d.EV("CONSULT", "Jacob Mkunda", "Halima Mbaraka-Saidi", "Mtwara", "2027-12-12", None, None,
     d.S("The Chief of Defence Forces, General Jacob Mkunda", "security committee."),
     [d.S("Army says four attackers killed"),
      d.S("\u201cI have come to tell", "after the meeting.")])

# ---------------- am07 The Local Sweden: Navestad shooting (Norrköping); Gottsunda blast (Uppsala); Lundh-Fogde in Malmö
d = Doc("am07.txt", "The Local Sweden", "2027-12-15"); docs.append(d)
d.E("The Local Sweden", "ORG", "The Local")
d.E("Norrköping", "GPE")
d.E("Uppsala", "GPE")
d.E("Sweden", "GPE")
d.E("Malmö", "GPE")
d.B("Elin Marsh-Karlsson", "PERSON")
d.E("Navestad", "GPE")
d.B("Stefan Jerrevång-Olsson", "PERSON")
d.B("TT News Agency", "ORG", "TT")
d.E("Mats Öhrström", "PERSON", "Öhrström")
d.E("Östergötland", "GPE")
d.E("Foxtrot", "ORG", "Foxtrot network")
d.E("Gottsunda", "GPE")
d.E("Swedish Police Authority", "ORG")
d.E("SVT", "ORG")
d.E("Petra Lundh", "PERSON", "National Police Commissioner Petra Lundh")
d.E("Danish National Police", "ORG")
d.E("Thorkild Fogde", "PERSON", "Fogde")
d.E("Denmark", "GPE")
d.E("Europol", "ORG")
d.E("Jesper Ekblad-Nordin", "PERSON", "Criminologist Jesper Ekblad-Nordin")
d.E("Stockholm University", "ORG")
d.Q("We have a large number", "Mats Öhrström")
d.Q("We need anyone who saw", "Mats Öhrström")
d.Q("It sounded like the whole", None)
d.Q("My daughter still", None)
d.Q("Criminal networks treat", "Petra Lundh")
d.Q("The youngest was fourteen", "Thorkild Fogde")
d.Q("The shooters are getting younger", "Jesper Ekblad-Nordin")
d.EV("ASSAULT", None, None, "Navestad", "2027-12-13", 1, 1,
     d.S("A man in his twenties was shot dead", "police said."),
     [d.S("One dead in Norrköping shooting"),
      d.S("The man died at the scene", "told The Local.")])
d.EV("ASSAULT", None, None, "Gottsunda", "2027-12-14", None, 2,
     d.S("Early on Tuesday, a powerful explosion", "southern Uppsala."),
     [d.S("One dead in Norrköping shooting"),
      d.S("Two residents were treated", "Authority said.")])
d.EV("CONSULT", "Petra Lundh", "Thorkild Fogde", "Malmö", "2027-12-14", None, None,
     d.S("Later on Tuesday, National Police Commissioner", "in Denmark."),
     [d.S("Sweden's national police chief met"),
      d.S("\"Criminal networks treat", "after the meeting."),
      d.S("The two agreed to station", "through Europol.")])

# ---------------- am08 Dominican Today: Abinader-Mulino in Santo Domingo; Álvarez-Martínez-Acha; Mulino-CONEP
d = Doc("am08.txt", "Dominican Today", "2027-12-02"); docs.append(d)
d.B("Dominican Today", "ORG")
d.E("Luis Abinader", "PERSON", "Dominican President Luis Abinader", "Abinader")
d.E("José Raúl Mulino", "PERSON", "Mulino")
d.E("Santo Domingo", "GPE")
d.E("Copa Airlines", "ORG", "Copa")
d.E("Haiti", "GPE")
d.E("Dominican Republic", "GPE", "DR")
d.B("Yokasta Peña-Almonte", "PERSON")
d.B("Presidency of the Dominican Republic", "ORG", "Presidency of the Republic")
d.E("Dominican Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs", "Foreign Ministry")
d.E("Panama", "GPE")
d.E("Panama City", "GPE")
d.E("Punta Cana", "GPE")
d.E("Roberto Álvarez", "PERSON", "Foreign Minister Roberto Álvarez")
d.E("Javier Martínez-Acha", "PERSON")
d.E("Gang Suppression Force", "ORG")
d.E("National Council of Private Enterprise", "ORG", "CONEP")
d.E("Rosa Amelia de los Santos-Pichardo", "PERSON", "CONEP president Rosa Amelia de los Santos-Pichardo")
d.E("Colombia", "GPE")
d.E("Guillermo Moreno", "PERSON")
d.E("Alianza País", "ORG")
d.E("Central Bank of the Dominican Republic", "ORG")
d.E("Santiago de los Caballeros", "GPE")
d.Q("Panama and the Dominican Republic are", "Luis Abinader")
d.Q("Today we decided", "Luis Abinader")
d.Q("Our canal and your ports", "José Raúl Mulino")
d.Q("needs predictable funding", "Dominican Ministry of Foreign Affairs")
d.Q("cannot look away", "Dominican Ministry of Foreign Affairs")
d.Q("It is not only about trade", "Rosa Amelia de los Santos-Pichardo")
d.Q("signed a lot of paper", "Guillermo Moreno")
d.EV("CONSULT", "Luis Abinader", "José Raúl Mulino", "Santo Domingo", "2027-12-01", None, None,
     d.S("Dominican President Luis Abinader received", "customs cooperation."),
     [d.S("Abinader and Mulino sign trade"),
      d.S("Panamanian leader's first state visit"),
      d.S("Mulino, who arrived late on Tuesday", "Ministry of Foreign Affairs."),
      d.S("\u201cPanama and the Dominican Republic are", "joint press conference.")])
d.EV("CONSULT", "Roberto Álvarez", "Javier Martínez-Acha", "Santo Domingo", "2027-12-01", None, None,
     d.S("Foreign Minister Roberto Álvarez and", "in a statement."),
     [d.S("According to the statement, both ministers", "our border\u201d.")])
d.EV("CONSULT", "José Raúl Mulino", "National Council of Private Enterprise", "Santo Domingo", "2027-12-01", None, None,
     d.S("Later on Wednesday, Mulino met business leaders", "in the capital."),
     [d.S("CONEP president Rosa Amelia", "Central America.")])

# ---------------- am09 New Era: Nandi-Ndaitwah-Boko in Windhoek; Ashipala-Musavyi-Butale Bi-National Commission
d = Doc("am09.txt", "New Era", "2027-12-07"); docs.append(d)
d.B("New Era", "ORG")
d.E("Namibia", "GPE")
d.E("Botswana", "GPE")
d.E("Walvis Bay", "GPE")
d.E("Netumbo Nandi-Ndaitwah", "PERSON", "President Netumbo Nandi-Ndaitwah", "Nandi-Ndaitwah")
d.E("Duma Boko", "PERSON", "President Duma Boko", "Boko")
d.E("State House of Namibia", "ORG", "State House")
d.B("Emmency Nuukala-Shikongo", "PERSON")
d.B("Loide Haufiku-Amutenya", "PERSON")
d.E("Windhoek", "GPE", "WINDHOEK")
d.E("Ghanzi", "GPE")
d.E("Selma Ashipala-Musavyi", "PERSON", "International Relations and Trade Minister Selma Ashipala-Musavyi",
    "Ashipala-Musavyi")
d.E("Phenyo Butale", "PERSON", "Butale")
d.E("Namibia-Botswana Bi-National Commission", "ORG")
d.E("Buitepos", "GPE")
d.E("Durban", "GPE")
d.E("South Africa", "GPE")
d.E("Rowland Kandjii-Brown", "PERSON", "Economist Rowland Kandjii-Brown")
d.E("Institute for Public Policy Research", "ORG", "IPPR")
d.E("Namibia University of Science and Technology", "ORG")
d.E("Namibian Ports Authority", "ORG", "Namport")
d.E("Southern African Development Community", "ORG", "SADC")
d.E("Southern African Customs Union", "ORG")
d.E("Katima Mulilo", "GPE")
d.Q("Botswana is our brother", "Netumbo Nandi-Ndaitwah")
d.Q("What remains is to move", "Netumbo Nandi-Ndaitwah")
d.Q("the most important road", "Duma Boko")
d.Q("Our copper from Ghanzi", "Duma Boko")
d.QP("Our people cross this border", "Selma Ashipala-Musavyi")
d.Q("They should not wait six hours", "Selma Ashipala-Musavyi")
d.Q("the right words", "Rowland Kandjii-Brown")
d.Q("Nobody has yet said", "Rowland Kandjii-Brown")
d.EV("CONSULT", "Netumbo Nandi-Ndaitwah", "Duma Boko", "Windhoek", "2027-12-06", None, None,
     d.S("WINDHOEK - President Netumbo Nandi-Ndaitwah", "the two countries."),
     [d.S("Namibia, Botswana agree to fast-track"),
      d.S("The two leaders met at State House", "in November 2024."),
      d.S("\"Botswana is our brother", "joint media briefing.")])
d.EV("CONSULT", "Selma Ashipala-Musavyi", "Phenyo Butale", "Windhoek", "2027-12-06", None, None,
     d.S("Earlier on Monday, International Relations", "Bi-National Commission."))

# ---------------- am10 MIA: Mickoski-Rama in Tirana; Mucunski-Spiropali; Mickoski-Peleshi
d = Doc("am10.txt", "Macedonian Information Agency", "2027-12-09"); docs.append(d)
d.E("Macedonian Information Agency", "ORG", "MIA")
d.E("Hristijan Mickoski", "PERSON", "Prime Minister Hristijan Mickoski", "Mickoski")
d.E("Edi Rama", "PERSON", "Rama")
d.E("Tirana", "GPE")
d.E("Kičevo", "GPE")
d.E("North Macedonia", "GPE")
d.E("Albania", "GPE")
d.E("Skopje", "GPE")
d.E("Durrës", "GPE")
d.E("Timčo Mucunski", "PERSON", "Foreign Minister Timčo Mucunski")
d.E("Elisa Spiropali", "PERSON", "Albanian Minister for Europe and Foreign Affairs Elisa Spiropali", "Spiropali")
d.E("European Union", "ORG", "EU")
d.E("Niko Peleshi", "PERSON")
d.E("Parliament of Albania", "ORG", "Albanian Parliament")
d.E("Social Democratic Union of Macedonia", "ORG", "SDSM")
d.E("Venko Filipče", "PERSON", "Filipče")
d.E("Democratic Union for Integration", "ORG", "DUI")
d.E("Ali Ahmeti", "PERSON")
d.E("Besa Kadriu-Stojanovska", "PERSON", "Analyst Besa Kadriu-Stojanovska")
d.E("Institute for Democracy Societas Civilis", "ORG")
d.E("Brussels", "GPE")
d.E("Bulgaria", "GPE")
d.E("Greece", "GPE")
d.E("State Statistical Office of North Macedonia", "ORG", "State Statistical Office")
d.Q("North Macedonia and Albania do not need", "Edi Rama")
d.Q("We need trains", "Edi Rama")
d.Q("For a century our two capitals", "Hristijan Mickoski")
d.Q("This project ends that", "Hristijan Mickoski")
d.Q("Our paths to the European Union", "Elisa Spiropali")
d.Q("collecting photographs instead", "Venko Filipče")
d.Q("a step that Albanians", "Ali Ahmeti")
d.Q("Rama wants to show Brussels", "Besa Kadriu-Stojanovska")
d.Q("Mickoski wants to show his voters", "Besa Kadriu-Stojanovska")
d.EV("CONSULT", "Hristijan Mickoski", "Edi Rama", "Tirana", "2027-12-08", None, None,
     d.S("Tirana, 9 December 2027 (MIA) – Prime Minister", "the government said."),
     [d.S("Mickoski and Rama agree to speed up"),
      d.S("The two leaders met at the seat", "press service."),
      d.S("\u201cNorth Macedonia and Albania do not need", "joint press conference."),
      d.S("The two governments also signed", "Lake Ohrid.")])
d.EV("CONSULT", "Timčo Mucunski", "Elisa Spiropali", "Tirana", "2027-12-08", None, None,
     d.S("Foreign Minister Timčo Mucunski met", "in parallel."),
     [d.S("According to Albania\u2019s foreign ministry", "in 2028."),
      d.S("\u201cOur paths to the European Union", "after the meeting.")])
d.EV("CONSULT", "Hristijan Mickoski", "Niko Peleshi", "Tirana", "2027-12-08", None, None,
     d.S("Later in the day, Mickoski was received", "parliaments."))

# ---------------- am11 Daily FT: Colombo High Court jails ex-deputy minister Weerasooriya (court; no events)
d = Doc("am11.txt", "Daily FT", "2027-12-14"); docs.append(d)
d.B("Daily FT", "ORG")
d.E("Sarath Kumara Weerasooriya", "PERSON", "Former Deputy Minister Sarath Kumara Weerasooriya", "Weerasooriya")
d.B("Chathuri Wanniarachchi-Fernando", "PERSON")
d.B("Lasantha Kumarage-Silva", "PERSON")
d.E("Colombo High Court", "ORG")
d.E("Dilhani Amarasekera-de Silva", "PERSON", "High Court Judge Dilhani Amarasekera-de Silva")
d.E("Commission to Investigate Allegations of Bribery or Corruption", "ORG", "CIABOC")
d.E("Lanka Agro Inputs (Pvt) Ltd", "ORG")
d.E("Nihal Jayasundara", "PERSON")
d.E("Kurunegala", "GPE", "Kurunegala District")
d.E("Parliament of Sri Lanka", "ORG", "Parliament")
d.E("Upul Kodituwakku-Senanayake", "PERSON", "President's Counsel Upul Kodituwakku-Senanayake")
d.E("Harshana Nanayakkara", "PERSON", "Justice Minister Harshana Nanayakkara")
d.E("Transparency International Sri Lanka", "ORG", "TISL")
d.E("Nadeesha Gunatilleke-Bandara", "PERSON")
d.E("Anura Kumara Dissanayake", "PERSON", "President Anura Kumara Dissanayake")
d.E("National People's Power", "ORG", "NPP")
d.E("Sri Lanka", "GPE")
d.E("International Monetary Fund", "ORG", "IMF")
d.E("Supreme Court of Sri Lanka", "ORG", "Supreme Court")
d.B("Wijeya Newspapers Ltd", "ORG")
d.Q("The accused held a position", "Dilhani Amarasekera-de Silva")
d.Q("My client maintains", "Upul Kodituwakku-Senanayake")
d.Q("the law applies equally", "Commission to Investigate Allegations of Bribery or Corruption")
d.Q("This Government promised", "Harshana Nanayakkara")
d.Q("Six years between", "Nadeesha Gunatilleke-Bandara")

# ---------------- am12 ECO News: Montado Cortiças to buy Alcornocales Tapones (business; no events)
d = Doc("am12.txt", "ECO News", "2027-12-16"); docs.append(d)
d.B("ECO News", "ORG", "ECO", "ECO - Economia Online")
d.E("Montado Cortiças", "ORG", "Montado")
d.E("Alcornocales Tapones", "ORG", "Alcornocales")
d.B("Ana Sofia Moura-Teixeira", "PERSON")
d.B("Hugo Amaral-Pires", "PERSON")
d.E("Santa Maria de Lamas", "GPE")
d.E("Euronext Lisbon", "ORG")
d.E("Portuguese Securities Market Commission", "ORG", "CMVM")
d.E("San Vicente de Alcántara", "GPE")
d.E("Badajoz", "GPE")
d.E("Corticeira Amorim", "ORG", "Amorim")
d.E("Inês Ferreira da Costa-Macedo", "PERSON")
d.E("Spain", "GPE")
d.E("France", "GPE")
d.E("Italy", "GPE")
d.E("CaixaBank BPI", "ORG")
d.E("Banco Santander", "ORG", "Santander")
d.E("Portuguese Competition Authority", "ORG")
d.E("National Markets and Competition Commission", "ORG", "CNMC")
d.E("Joaquín Sánchez de Miguel", "PERSON")
d.E("Lisbon", "GPE")
d.E("Millennium Investment Banking", "ORG")
d.E("Pedro Lobo-Antunes", "PERSON")
d.E("Atlas Equity Research", "ORG")
d.E("Porto", "GPE")
d.E("Alentejo", "GPE")
d.E("Extremadura", "GPE")
d.E("Portuguese Cork Association", "ORG", "APCOR")
d.E("Portugal", "GPE")
d.E("Morocco", "GPE")
d.Q("We are buying know-how", "Inês Ferreira da Costa-Macedo")
d.Q("We are buying know-how", "Inês Ferreira da Costa-Macedo", 1)
d.Q("Alcornocales has the best", "Inês Ferreira da Costa-Macedo")
d.Q("My family had two options", "Joaquín Sánchez de Miguel")
d.Q("We chose the second", "Joaquín Sánchez de Miguel")
d.Q("full but defensible", "Millennium Investment Banking")
d.Q("The integration of two family", "Pedro Lobo-Antunes")

# ---------------- am13 SINC: ancient goat DNA and the settlement of the Canary Islands, PNAS (science; no events)
d = Doc("am13.txt", "SINC", "2027-12-17"); docs.append(d)
d.B("SINC", "ORG")
d.E("Canary Islands", "GPE", "Canaries")
d.E("Gran Canaria", "GPE")
d.B("Javier Betancor-Ojeda", "PERSON")
d.E("El Museo Canario", "ORG")
d.E("Proceedings of the National Academy of Sciences", "ORG", "PNAS")
d.E("University of La Laguna", "ORG")
d.E("Las Palmas de Gran Canaria", "GPE")
d.E("Max Planck Institute for Evolutionary Anthropology", "ORG", "Max Planck Institute")
d.E("Leipzig", "GPE")
d.E("Tenerife", "GPE")
d.E("Morocco", "GPE")
d.E("Libya", "GPE")
d.E("Tunisia", "GPE")
d.E("Yaiza Hernández-Cabrera", "PERSON", "Hernández-Cabrera")
d.E("Mohamed El Idrissi-Benali", "PERSON", "Co-author Mohamed El Idrissi-Benali")
d.E("Mohammed V University", "ORG")
d.E("Rabat", "GPE")
d.E("Katrin van Loon-Schäfer", "PERSON")
d.E("Lanzarote", "GPE")
d.E("La Palma", "GPE")
d.E("European Research Council", "ORG")
d.E("Government of the Canary Islands", "ORG")
d.E("Jordi Serra-Vidal", "PERSON")
d.E("University of Barcelona", "ORG")
d.E("Spain", "GPE")
d.Q("We expected a single founding", "Yaiza Hernández-Cabrera")
d.Q("Instead the goats", "Yaiza Hernández-Cabrera")
d.QP("The people who sailed", "Mohamed El Idrissi-Benali")
d.Q("Their animals remember", "Mohamed El Idrissi-Benali")
d.Q("If the eastern islands", "Katrin van Loon-Schäfer")
d.Q("careful and convincing", "Jordi Serra-Vidal")
d.Q("DNA tells you where", "Jordi Serra-Vidal")

# ---------------- am14 Awoko: Lassa fever in Tongo Field (Lower Bambara, Kenema); Demby-WHO representative in Freetown
d = Doc("am14.txt", "Awoko Newspaper", "2027-12-20"); docs.append(d)
d.E("Awoko Newspaper", "ORG", "Awoko", "Awoko Publications")
d.E("Sierra Leone", "GPE")
d.E("Kenema", "GPE", "Kenema District")
d.B("Alhaji Foday Bangura-Conteh", "PERSON")
d.B("Mohamed Jalloh-Kargbo", "PERSON")
d.E("Tongo Field", "GPE")
d.E("Lower Bambara", "GPE", "Lower Bambara Chiefdom")
d.E("National Public Health Agency", "ORG", "NPHA")
d.E("Sahr Tamba-Mansaray", "PERSON", "Dr Sahr Tamba-Mansaray")
d.E("Fatmata Kamara-Sesay", "PERSON", "Dr Fatmata Kamara-Sesay")
d.E("Austin Demby", "PERSON", "Health Minister Dr Austin Demby")
d.E("World Health Organization", "ORG", "WHO")
d.E("Evelyn Nakato-Mwesigwa", "PERSON", "Dr Evelyn Nakato-Mwesigwa")
d.E("Freetown", "GPE")
d.E("Sierra Leonean Ministry of Health", "ORG", "Ministry of Health")
d.E("Bo", "GPE")
d.E("Sheku Kpaka-Gbow", "PERSON", "Paramount Chief Sheku Kpaka-Gbow III")
d.E("International AIDS Vaccine Initiative", "ORG", "IAVI")
d.E("Liberia", "GPE")
d.E("Nigeria", "GPE")
d.E("Kenema District Council", "ORG")
d.E("Kakua", "GPE", "Kakua Chiefdom")
d.Q("This is the highest number", "Sahr Tamba-Mansaray")
d.Q("The season has started early", "Sahr Tamba-Mansaray")
d.Q("Our health workers must treat", "Fatmata Kamara-Sesay")
d.Q("We know this virus", "Austin Demby")
d.Q("What we need now", "Austin Demby")
d.QP("Since the nurse died", None)
d.Q("Some are leaving for Bo", None)
d.EV("CONSULT", "Austin Demby", "Evelyn Nakato-Mwesigwa", "Freetown", "2027-12-17", None, None,
     d.S("Health Minister Dr Austin Demby met", "review the response."),
     [d.S("According to the Ministry of Health", "to Kenema."),
      d.S("\u201cWe know this virus", "after the meeting.")])

# ---------------- am15 News is my Business: Puerto Rico Senate passes the municipal microgrid bill (politics; no events)
d = Doc("am15.txt", "News is my Business", "2027-12-24"); docs.append(d)
d.B("News is my Business", "ORG")
d.E("Adjuntas", "GPE")
d.E("Casa Pueblo", "ORG")
d.E("Puerto Rico Senate", "ORG", "Senate")
d.E("Puerto Rico", "GPE")
d.E("Jenniffer González Colón", "PERSON", "Gov. Jenniffer González Colón", "González")
d.E("New Progressive Party", "ORG", "PNP")
d.E("Popular Democratic Party", "ORG", "PPD")
d.E("Puerto Rico House of Representatives", "ORG", "House of Representatives")
d.E("Wanda Soto-Irizarry", "PERSON", "Sen. Wanda Soto-Irizarry")
d.E("Puerto Rico Infrastructure Financing Authority", "ORG", "AFI")
d.E("Puerto Rico Energy Bureau", "ORG", "Energy Bureau")
d.E("Thomas Rivera Schatz", "PERSON", "Senate President Thomas Rivera Schatz")
d.E("Puerto Rican Independence Party", "ORG", "Independence Party")
d.E("María de Lourdes Santiago", "PERSON", "Sen. María de Lourdes Santiago")
d.E("Puerto Rico Department of Justice", "ORG", "Department of Justice")
d.E("Alexander Cordero-Vélez", "PERSON")
d.E("LUMA Energy", "ORG", "LUMA")
d.E("Ramón Luis Feliciano-Ortiz", "PERSON", "Adjuntas Mayor Ramón Luis Feliciano-Ortiz")
d.E("Genera PR", "ORG")
d.E("Aguirre", "GPE")
d.B("Eliza Marrero-Quiñones", "PERSON")
d.Q("After Maria and Fiona", "Wanda Soto-Irizarry")
d.Q("small power companies", "Thomas Rivera Schatz")
d.Q("I support solar energy", "Thomas Rivera Schatz")
d.Q("a small step toward energy democracy", "María de Lourdes Santiago")
d.Q("The governor supports renewable", "Alexander Cordero-Vélez")
d.Q("create risks for our line workers", "LUMA Energy")
d.Q("finally recognizes what", "Casa Pueblo")
d.Q("We have the roofs", "Ramón Luis Feliciano-Ortiz")

# ---------------- am16 Kuwait Times: Failaka Cold Chain to buy Muharraq Frozen Logistics (business; no events)
d = Doc("am16.txt", "Kuwait Times", "2027-12-23"); docs.append(d)
d.E("Kuwait Times", "ORG")
d.E("Failaka Cold Chain Company", "ORG", "Failaka Cold Chain", "Failaka")
d.B("Nadia Al-Shatti-Rahman", "PERSON")
d.B("Yasser Al-Zayyat-Ali", "PERSON")
d.E("Sabhan", "GPE")
d.E("Kuwait", "GPE", "KUWAIT")
d.E("Boursa Kuwait", "ORG")
d.E("Bahrain", "GPE")
d.E("Muharraq Frozen Logistics", "ORG")
d.E("Talal Yousef Al-Haddad", "PERSON", "Al-Haddad")
d.E("Saudi Arabia", "GPE")
d.E("Sitra Bay Holding", "ORG")
d.E("Khalid bin Rashid Al-Sayegh", "PERSON")
d.E("Kuwait Capital Markets Authority", "ORG", "Capital Markets Authority")
d.E("Central Bank of Bahrain", "ORG")
d.E("Reem Al-Kandari", "PERSON")
d.E("Gulf Horizon Capital", "ORG")
d.E("Kuwait City", "GPE")
d.E("National Bank of Kuwait", "ORG", "NBK")
d.Q("Kuwait is a small market", "Talal Yousef Al-Haddad")
d.Q("Bahrain gives us a door", "Talal Yousef Al-Haddad")
d.Q("double the size", "Khalid bin Rashid Al-Sayegh")
d.Q("They are paying around", "Reem Al-Kandari")
d.Q("The question is whether", "Reem Al-Kandari")
d.Q("Cold chain is the unglamorous", "Talal Yousef Al-Haddad")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

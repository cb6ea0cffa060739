"""Builds birch-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- br01 Vanguard: attack on the Awo-Idemili police HQ (Orsu, Imo); Army raid in the Orsu forest; Uzodimma-GOC 82 Division
d = Doc("br01.txt", "Vanguard", "2028-01-04"); docs.append(d)
d.E("Vanguard", "ORG")
d.B("Nigeria", "GPE")
d.E("Imo", "GPE", "Imo State")
d.E("Orsu", "GPE", "Orsu Local Government Area")
d.E("Eastern Security Network", "ORG", "ESN")
d.E("Hope Uzodimma", "PERSON", "Governor Hope Uzodimma", "Uzodimma")
d.B("Chinedu Okafor-Nwankwo", "PERSON")
d.E("Owerri", "GPE", "OWERRI")
d.E("Awo-Idemili", "GPE")
d.B("Ikechukwu Eze-Ibe", "PERSON")
d.E("Imo State Police Command", "ORG")
d.E("Uchenna Ahamefule-Obi", "PERSON", "SP Uchenna Ahamefule-Obi")
d.E("Indigenous People of Biafra", "ORG", "IPOB")
d.E("Nigerian Army", "ORG")
d.E("34 Artillery Brigade", "ORG")
d.E("82 Division", "ORG")
d.E("Babatunde Adeyemi-Lawal", "PERSON", "Lt. Col. Babatunde Adeyemi-Lawal")
d.E("Emeka Nwachukwu-Okeke", "PERSON", "Maj. Gen. Emeka Nwachukwu-Okeke")
d.E("Aminu Danladi Bello", "PERSON")
d.E("Orlu", "GPE")
d.E("Oguta", "GPE")
d.E("Ngozi Eze-Umeh", "PERSON", "Dr. Ngozi Eze-Umeh")
d.E("Nnamdi Azikiwe University", "ORG")
d.E("Awka", "GPE")
d.E("Anambra", "GPE")
d.E("Ihiala", "GPE")
d.E("Enugu", "GPE")
d.Q("The hoodlums met stiff resistance", "Uchenna Ahamefule-Obi")
d.Q("Two other officers are receiving", "Uchenna Ahamefule-Obi")
d.Q("the handiwork of criminals", "Indigenous People of Biafra")
d.Q("We lay flat on the floor", None)
d.Q("The troops neutralised four", "82 Division")
d.Q("Imo will not be held hostage", "Hope Uzodimma")
d.Q("The young men in those forests", "Ngozi Eze-Umeh")
d.EV("ASSAULT", None, None, "Awo-Idemili", "2028-01-02", 3, 2,
     d.S("OWERRI — Three policemen were killed", "on Sunday night."),
     [d.S("Gunmen kill three policemen in Imo police station attack"),
      d.S("The attackers, who arrived in two buses", "residents said."),
      d.S("\"The hoodlums met stiff resistance", "said on Monday.")])
d.EV("ASSAULT", "Nigerian Army", "Eastern Security Network", "Orsu", "2028-01-03", 4, None,
     d.S("On Monday, troops of the Nigerian Army's", "the army said."),
     [d.S("Army says troops killed four suspected ESN fighters"),
      d.S("\"The troops neutralised four", "Adeyemi-Lawal.")])
d.EV("CONSULT", "Hope Uzodimma", "Emeka Nwachukwu-Okeke", "Owerri", "2028-01-03", None, None,
     d.S("Governor Hope Uzodimma met the General Officer Commanding", "on Monday."),
     [d.S("Army says troops killed four suspected ESN fighters"),
      d.S("\"Imo will not be held hostage", "closed-door meeting.")])

# ---------------- br02 AP: police-grower clash near Bulo Bulo (Chapare); dynamite at the Ivirgarzama post; minister-bishops in La Paz
d = Doc("br02.txt", "Associated Press", "2028-01-06"); docs.append(d)
d.E("Associated Press", "ORG", "AP")
d.E("Bolivian Police", "ORG")
d.E("Chapare", "GPE")
d.B("Diego Villarroel Mamani", "PERSON", "DIEGO VILLARROEL MAMANI")
d.E("Bulo Bulo", "GPE")
d.E("Bolivia", "GPE")
d.B("Wilmer Choque Apaza", "PERSON")
d.E("Cochabamba", "GPE", "COCHABAMBA")
d.E("Santa Cruz de la Sierra", "GPE", "Santa Cruz")
d.E("Evo Morales", "PERSON", "President Evo Morales", "Morales")
d.E("Cochabamba Departmental Health Service", "ORG")
d.E("Rolando Quiroga Terceros", "PERSON", "Gen. Rolando Quiroga Terceros")
d.E("La Paz", "GPE")
d.E("Rodrigo Paz", "PERSON", "President Rodrigo Paz")
d.E("Ivirgarzama", "GPE")
d.E("Puerto Villarroel", "GPE")
d.E("Marcelo Arze Salvatierra", "PERSON", "Government Minister Marcelo Arze Salvatierra")
d.E("Bolivian Episcopal Conference", "ORG")
d.E("Tomás Urquieta-Añez", "PERSON", "Bishop Tomás Urquieta-Añez")
d.E("Bolivian Ombudsman's Office", "ORG", "Ombudsman\u2019s Office")
d.E("Chimoré", "GPE")
d.E("Justina Mamani Condori", "PERSON")
d.E("Santa Cruz Chamber of Industry, Commerce, Services and Tourism", "ORG")
d.B("Carla Salazar-Vidaurre", "PERSON")
d.Q("Our officers went in with shields", "Rolando Quiroga Terceros")
d.Q("We will find the person", "Rolando Quiroga Terceros")
d.Q("a massacre of humble people", "Evo Morales")
d.QP("We are ready to sit down", "Marcelo Arze Salvatierra")
d.Q("But the law will be applied", "Marcelo Arze Salvatierra")
d.Q("Bolivia cannot afford another funeral", "Tomás Urquieta-Añez")
d.Q("the disproportionate use of force", "Bolivian Ombudsman's Office")
d.Q("He was not carrying anything", "Justina Mamani Condori")
d.EV("ASSAULT", "Bolivian Police", None, "Bulo Bulo", "2028-01-04", 2, 19,
     d.S("COCHABAMBA, Bolivia (AP) — Two people were killed", "officials said."),
     [d.S("Two killed, 19 hurt as Bolivian police clear"),
      d.S("A police sergeant died", "Health Service."),
      d.S("Fourteen of the injured were officers."),
      d.S("The Bolivian Police said its units", "nine days.")])
d.EV("ASSAULT", None, None, "Ivirgarzama", "2028-01-05", None, 4,
     d.S("Late on Wednesday, four more officers", "the police said."),
     [d.S("Nobody has claimed the attack.")])
d.EV("CONSULT", "Marcelo Arze Salvatierra", "Bolivian Episcopal Conference", "La Paz", "2028-01-05", None, None,
     d.S("Government Minister Marcelo Arze Salvatierra met", "growers\u2019 unions."),
     [d.S("Bishop Tomás Urquieta-Añez, who led", "offered to mediate.")])

# ---------------- br03 The Connexion: FLNC villa bombings (Porto-Vecchio, Lecci, Bonifacio); Les Salines shooting (Ajaccio); Simeoni-prefect
d = Doc("br03.txt", "The Connexion", "2028-01-10"); docs.append(d)
d.B("The Connexion", "ORG")
d.E("Corsica", "GPE")
d.E("National Liberation Front of Corsica", "ORG", "FLNC")
d.E("Ajaccio", "GPE")
d.E("Gilles Simeoni", "PERSON", "Mr Simeoni", "Simeoni")
d.B("Sophie Marchetti-Hale", "PERSON")
d.E("Porto-Vecchio", "GPE")
d.B("Marc-Antoine Filippi", "PERSON")
d.B("AFP", "ORG")
d.E("Lecci", "GPE")
d.E("Bonifacio", "GPE")
d.E("Corse-du-Sud", "GPE")
d.E("Corse-Matin", "ORG")
d.E("Les Salines", "GPE")
d.E("Hélène Mariani-Vitali", "PERSON")
d.E("Ghjuvan Petru Albertini", "PERSON")
d.E("Corse Net Infos", "ORG")
d.E("Executive Council of Corsica", "ORG")
d.E("Jean-Baptiste Santoni-Leca", "PERSON")
d.E("Core in Fronte", "ORG")
d.E("Corsican Assembly", "ORG", "Assemblea di Corsica")
d.E("Paris", "GPE")
d.E("Antonia Luciani-Ferrandi", "PERSON")
d.E("University of Corsica", "ORG")
d.E("Corte", "GPE")
d.E("French Senate", "ORG", "Senate")
d.E("Bastia", "GPE")
d.Q("a warning to speculators", "National Liberation Front of Corsica")
d.Q("properties bought to be rented", "National Liberation Front of Corsica")
d.Q("bears every sign of a settling", "Hélène Mariani-Vitali")
d.Q("I threw myself behind a car", "Ghjuvan Petru Albertini")
d.Q("Violence has never advanced", "Gilles Simeoni")
d.Q("What will advance it", "Gilles Simeoni")
d.Q("spare no effort", "Jean-Baptiste Santoni-Leca")
d.Q("understood the anger", "Core in Fronte")
d.Q("The bombs speak to a generation", "Antonia Luciani-Ferrandi")
d.EV("ASSAULT", "National Liberation Front of Corsica", None, "Porto-Vecchio", "2028-01-06", None, None,
     d.S("The clandestine National Liberation Front of Corsica", "on Thursday night."),
     [d.S("FLNC claims wave of villa bombings as Ajaccio shooting leaves one dead"),
      d.S("The blasts hit villas", "department."),
      d.S("No one was hurt", "the gendarmerie said."),
      d.S("In a claim sent to the newspaper", "for the rich\u201d.")])
d.EV("ASSAULT", None, None, "Les Salines", "2028-01-08", 1, 2,
     d.S("Separately, a 34-year-old man was shot dead", "Saturday afternoon."),
     [d.S("FLNC claims wave of villa bombings as Ajaccio shooting leaves one dead"),
      d.S("The Ajaccio public prosecutor", "\u201cmafia war\u201d."),
      d.S("A witness, Ghjuvan Petru Albertini, said", "eight shots.")])
d.EV("CONSULT", "Gilles Simeoni", "Jean-Baptiste Santoni-Leca", "Ajaccio", "2028-01-07", None, None,
     d.S("Gilles Simeoni, president of the Executive Council", "the bombings."),
     [d.S("Corsican nationalist leader Gilles Simeoni condemns"),
      d.S("\u201cViolence has never advanced", "after the meeting.")])

# ---------------- br04 The Local Sweden: Vivalla shooting (Örebro); Gottsunda blast (Uppsala); no claim, no meeting
d = Doc("br04.txt", "The Local", "2028-01-12"); docs.append(d)
d.B("The Local", "ORG", "The Local Sweden")
d.E("Örebro", "GPE")
d.E("Uppsala", "GPE")
d.B("Emma Lindahl-Oduya", "PERSON")
d.E("Gottsunda", "GPE")
d.B("Anders Wiklund-Saar", "PERSON")
d.B("TT News Agency", "ORG", "TT")
d.E("Vivalla", "GPE")
d.E("Jonas Bergkvist-Haddad", "PERSON")
d.E("Police Region Central", "ORG")
d.E("Upsala Nya Tidning", "ORG")
d.E("Foxtrot", "ORG", "Foxtrot network")
d.E("Police Region Bergslagen", "ORG")
d.E("Petra Lundh", "PERSON", "National Police Commissioner Petra Lundh")
d.E("Stockholm", "GPE")
d.E("Ingrid van der Laan", "PERSON")
d.E("Ahmed", "PERSON")
d.E("Ulrika Sandberg-Lööf", "PERSON")
d.E("Rinkeby", "GPE")
d.E("Sweden", "GPE")
d.B("The Local Europe AB", "ORG")
d.Q("It was a very powerful detonation", "Jonas Bergkvist-Haddad")
d.Q("We are extremely grateful", "Jonas Bergkvist-Haddad")
d.Q("reinforced its presence in Vivalla", "Police Region Bergslagen")
d.Q("fragile and reversible", "Petra Lundh")
d.Q("Every time a child is handed", "Petra Lundh")
d.Q("Those adults are the ones", "Petra Lundh")
d.Q("I thought the whole house", "Ingrid van der Laan")
d.Q("How do you explain this", "Ahmed")
d.EV("ASSAULT", None, None, "Vivalla", "2028-01-10", 1, 1,
     d.S("A 19-year-old man was shot dead", "police said."),
     [d.S("Teenager shot dead in Örebro as blast rips through Uppsala apartment block"),
      d.S("The two men were sitting in a parked car", "shortly before 9pm."),
      d.S("The injured man, aged 22", "Hospital.")])
d.EV("ASSAULT", None, None, "Gottsunda", "2028-01-11", None, 3,
     d.S("Less than twelve hours later", "flying glass."),
     [d.S("Teenager shot dead in Örebro as blast rips through Uppsala apartment block")])

# ---------------- br05 Reuters: miners killed near Vijus (Pataz); Army-gang clash near Llacuabamba; Cárdenas-Chávez in Trujillo
d = Doc("br05.txt", "Reuters", "2028-01-14"); docs.append(d)
d.E("Reuters", "ORG")
d.E("Peru", "GPE")
d.E("Pataz", "GPE", "Pataz province")
d.B("Renzo Alvarado-Ccori", "PERSON")
d.B("Lucía Benavides del Águila", "PERSON")
d.E("Lima", "GPE", "LIMA")
d.E("Vijus", "GPE")
d.E("Minera Cóndor de Oro", "ORG")
d.E("Los Lagartos del Marañón", "ORG")
d.E("Peruvian Army", "ORG")
d.E("Llacuabamba", "GPE")
d.E("Parcoy", "GPE")
d.E("Joint Command of the Armed Forces of Peru", "ORG", "Joint Command of the Armed Forces")
d.E("Augusto Cárdenas Villanueva", "PERSON", "Interior Minister Augusto Cárdenas Villanueva")
d.E("Trujillo", "GPE")
d.E("La Libertad", "GPE", "La Libertad region")
d.E("Rosa Elvira Chávez de la Torre", "PERSON", "Governor Rosa Elvira Chávez de la Torre", "Chávez de la Torre")
d.E("Tayabamba", "GPE")
d.E("Yolanda Huamán Ccorahua", "PERSON")
d.E("César Bedoya-Lazo", "PERSON")
d.E("Andes Risk Partners", "ORG")
d.B("Kieran Mortlake-Shaw", "PERSON")
d.B("Thomson Reuters", "ORG")
d.Q("We condemn this cowardly massacre", "Minera Cóndor de Oro")
d.QP("Pataz will not be handed", "Augusto Cárdenas Villanueva")
d.Q("We are sending 200 more", "Augusto Cárdenas Villanueva")
d.Q("A state of emergency every 60 days", "Rosa Elvira Chávez de la Torre")
d.Q("He told me one more month", "Yolanda Huamán Ccorahua")
d.Q("Every time gold goes up", "César Bedoya-Lazo")
d.EV("ASSAULT", None, None, "Vijus", "2028-01-12", 9, 4,
     d.S("LIMA, Jan 14 (Reuters) - Gunmen killed nine", "more than two years."),
     [d.S("Gunmen kill nine miners in Peru\u2019s gold-rich Pataz province"),
      d.S("The attackers entered the tunnel", "told Reuters."),
      d.S("Police said they suspected a gang", "by Friday.")])
d.EV("ASSAULT", "Peruvian Army", "Los Lagartos del Marañón", "Llacuabamba", "2028-01-13", 2, 1,
     d.S("On Thursday, a patrol of the Peruvian Army", "two suspects."),
     [d.S("One soldier was wounded, the Joint Command", "Lagartos del Marañón.")])
d.EV("CONSULT", "Augusto Cárdenas Villanueva", "Rosa Elvira Chávez de la Torre", "Trujillo", "2028-01-13", None, None,
     d.S("Interior Minister Augusto Cárdenas Villanueva flew", "on Thursday."),
     [d.S("Chávez de la Torre said the region", "in Pataz.")])

# ---------------- br06 Fraternité Matin: attack on the Téhini gendarmerie post (Bounkani); FACI helicopter strike near Tougbo; minister-prefect in Bouna
d = Doc("br06.txt", "Fraternité Matin", "2028-01-17"); docs.append(d)
d.B("Fraternité Matin", "ORG", "FRATERNITÉ MATIN")
d.E("Téhini", "GPE")
d.E("Burkina Faso", "GPE", "Burkina")
d.E("Téné Birahima Ouattara", "PERSON", "Defence Minister Téné Birahima Ouattara")
d.E("Bouna", "GPE")
d.E("Abidjan", "GPE")
d.B("Awa Koné-Diabaté", "PERSON")
d.B("Ivorian Press Agency", "ORG", "AIP")
d.B("Sié Hien", "PERSON")
d.E("Bounkani", "GPE", "Bounkani region")
d.E("Armed Forces of Côte d'Ivoire", "ORG", "FACI")
d.E("Tougbo", "GPE")
d.E("Yao Kouassi N'Guessan", "PERSON")
d.E("Dah Sami Kambou", "PERSON")
d.E("United Nations", "ORG")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("Côte d'Ivoire", "GPE")
d.E("Tchologo", "GPE")
d.E("Mariam Touré-Bamba", "PERSON")
d.E("Félix Houphouët-Boigny University", "ORG")
d.E("Korhogo", "GPE")
d.E("Kong", "GPE")
d.Q("from outside our borders", "Armed Forces of Côte d'Ivoire")
d.Q("Five assailants were neutralised", "Armed Forces of Côte d'Ivoire")
d.Q("The Republic will not give up", "Téné Birahima Ouattara")
d.Q("Those who attack our gendarmes", "Téné Birahima Ouattara")
d.Q("Since the attack, the women", "Dah Sami Kambou")
d.Q("We heard the shooting", None)
d.Q("These groups are not trying", "Mariam Touré-Bamba")
d.Q("They are trying to show", "Mariam Touré-Bamba")
d.EV("ASSAULT", None, None, "Téhini", "2028-01-15", 2, 3,
     d.S("Two gendarmes were killed and three wounded", "general staff said."),
     [d.S("Two gendarmes killed in attack on Téhini post near Burkina border"),
      d.S("About twenty assailants", "local officials."),
      d.S("No group has claimed the attack.")])
d.EV("ASSAULT", "Armed Forces of Côte d'Ivoire", None, "Tougbo", "2028-01-16", 5, None,
     d.S("On Sunday, an army helicopter struck", "second statement."),
     [d.S("Army says helicopter strike"),
      d.S("\"Five assailants were neutralised", "the statement said.")])
d.EV("CONSULT", "Téné Birahima Ouattara", "Yao Kouassi N'Guessan", "Bouna", "2028-01-16", None, None,
     d.S("Defence Minister Téné Birahima Ouattara flew", "in the area."),
     [d.S("Army says helicopter strike"),
      d.S("\"The Republic will not give up", "after the meeting.")])

# ---------------- br07 Amazônia Real: garimpeiros attack a Kayanaú village (Yanomami territory, Roraima); Federal Police raid near Waikás; Kopenawa-coordinator
d = Doc("br07.txt", "Amazônia Real", "2028-01-19"); docs.append(d)
d.B("Amazônia Real", "ORG")
d.E("Roraima", "GPE", "Roraima state")
d.E("Hutukara Yanomami Association", "ORG", "Hutukara")
d.E("Brazilian Federal Police", "ORG", "Federal Police")
d.E("Davi Kopenawa", "PERSON", "Kopenawa")
d.E("Boa Vista", "GPE")
d.B("Eliane Baré-Tavares", "PERSON")
d.E("Kayanaú", "GPE")
d.B("Raimundo Pinheiro-Lago", "PERSON")
d.E("Yanomami Indigenous Territory", "GPE")
d.E("Special Secretariat for Indigenous Health", "ORG", "Sesai")
d.E("Ibama", "ORG")
d.E("Brazilian Army", "ORG")
d.E("Waikás", "GPE")
d.E("Marcos Vinícius Lacerda-Pinto", "PERSON", "Lacerda-Pinto")
d.E("Brazil", "GPE")
d.Q("The garimpeiros came back", "Davi Kopenawa")
d.Q("nobody listened until there were bodies", "Hutukara Yanomami Association")
d.Q("The team was received with gunfire", "Brazilian Federal Police")
d.Q("We cannot let the territory", "Marcos Vinícius Lacerda-Pinto")
d.Q("The presence of the state", "Marcos Vinícius Lacerda-Pinto")
d.Q("They told us we would be next", None)
d.EV("ASSAULT", None, None, "Kayanaú", "2028-01-16", 2, 3,
     d.S("Two Yanomami men were killed", "Association said."),
     [d.S("Garimpeiros kill two Yanomami men in Roraima, Hutukara says"),
      d.S("According to the association, a group", "refused to trade."),
      d.S("The wounded were flown to Boa Vista", "on Monday.")])
d.EV("ASSAULT", "Brazilian Federal Police", None, "Waikás", "2028-01-17", 1, None,
     d.S("On Monday, Federal Police agents", "two aircraft."),
     [d.S("Federal Police say one miner died"),
      d.S("One miner was killed in an exchange of fire", "Federal Police said."),
      d.S("\u201cThe team was received with gunfire", "in a statement.")])
d.EV("CONSULT", "Davi Kopenawa", "Marcos Vinícius Lacerda-Pinto", "Boa Vista", "2028-01-18", None, None,
     d.S("Kopenawa met the federal government\u2019s coordinator", "on Tuesday."),
     [d.S("Federal Police say one miner died"),
      d.S("After the meeting, Lacerda-Pinto said", "in 2026.")])

# ---------------- br08 Daily FT: Dissanayake-Muizzu in Colombo; Herath-Khaleel; Muizzu-Amarasuriya at Temple Trees
d = Doc("br08.txt", "Daily FT", "2028-01-20"); docs.append(d)
d.B("Daily FT", "ORG")
d.E("Sri Lanka", "GPE")
d.E("Maldives", "GPE")
d.E("Mohamed Muizzu", "PERSON", "Maldivian President Dr. Mohamed Muizzu", "Muizzu")
d.E("Colombo", "GPE")
d.B("Nuwan Senaratne-Bandara", "PERSON")
d.E("Anura Kumara Dissanayake", "PERSON", "President Anura Kumara Dissanayake", "Dissanayake")
d.E("President's Media Division", "ORG", "PMD")
d.E("Abdulla Khaleel", "PERSON", "Foreign Minister Dr. Abdulla Khaleel", "Khaleel")
d.E("Vijitha Herath", "PERSON", "Foreign Minister Vijitha Herath")
d.E("Harini Amarasuriya", "PERSON", "Prime Minister Dr. Harini Amarasuriya")
d.E("Malé", "GPE")
d.E("Rohan de Alwis-Gunasekera", "PERSON", "Dr. Rohan de Alwis-Gunasekera")
d.E("Lakshman Kadirgamar Institute", "ORG")
d.E("India", "GPE")
d.E("Ceylon Chamber of Commerce", "ORG")
d.E("Dilani Fernando-Wijesuriya", "PERSON")
d.E("Kandy", "GPE")
d.E("Maldivian President's Office", "ORG")
d.E("Colombo Stock Exchange", "ORG", "CSE")
d.E("SriLankan Airlines", "ORG")
d.B("Wijeya Newspapers", "ORG")
d.Q("The Maldives is not just a neighbour", "Anura Kumara Dissanayake")
d.Q("Sri Lankan teachers and doctors", "Mohamed Muizzu")
d.Q("We want that partnership", "Mohamed Muizzu")
d.Q("agreed to strengthen cooperation", "President's Media Division")
d.Q("Colombo and Malé want", "Rohan de Alwis-Gunasekera")
d.Q("A Maldivian family that flies", "Dilani Fernando-Wijesuriya")
d.EV("CONSULT", "Anura Kumara Dissanayake", "Mohamed Muizzu", "Colombo", "2028-01-19", None, None,
     d.S("Sri Lanka and the Maldives yesterday signed", "in Colombo."),
     [d.S("Sri Lanka, Maldives sign six agreements as Muizzu wraps up Colombo visit"),
      d.S("President Anura Kumara Dissanayake welcomes"),
      d.S("According to the President's Media Division", "local currencies.")])
d.EV("CONSULT", "Vijitha Herath", "Abdulla Khaleel", "Colombo", "2028-01-19", None, None,
     d.S("Separately, Foreign Minister Vijitha Herath", "every two years."))
d.EV("CONSULT", "Mohamed Muizzu", "Harini Amarasuriya", "Colombo", "2028-01-18", None, None,
     d.S("On Tuesday evening, Muizzu also called on", "nursing qualifications."))

# ---------------- br09 Sahara Medias: Ghazouani-Faye in Nouakchott; Ould Merzoug-Niang; Faye-Ould Djay
d = Doc("br09.txt", "Sahara Medias", "2028-01-25"); docs.append(d)
d.E("Sahara Medias", "ORG")
d.E("Mauritania", "GPE")
d.E("Mohamed Ould Ghazouani", "PERSON", "Mohamed Ould Cheikh El Ghazouani",
    "President Mohamed Ould Cheikh El Ghazouani", "Ghazouani")
d.E("Bassirou Diomaye Faye", "PERSON", "President Bassirou Diomaye Faye", "Faye")
d.E("Nouakchott", "GPE")
d.E("Guet Ndar", "GPE")
d.B("Sidi Mohamed Ould Ebnou", "PERSON")
d.E("Mauritanian News Agency", "ORG", "AMI")
d.E("Senegal", "GPE")
d.E("Mohamed Salem Ould Merzoug", "PERSON", "Foreign Minister Mohamed Salem Ould Merzoug")
d.E("Cheikh Niang", "PERSON")
d.E("Dakar", "GPE")
d.E("Mokhtar Ould Djay", "PERSON", "Prime Minister Mokhtar Ould Djay")
d.E("Moustapha Sène-Diop", "PERSON")
d.E("Canary Islands", "GPE", "Canaries")
d.E("Mariem Mint Bouh", "PERSON")
d.E("University of Nouakchott", "ORG")
d.E("Rosso", "GPE")
d.E("Kaédi", "GPE")
d.Q("welcomed the excellent state", None)
d.QP("Our two peoples share a river", "Mohamed Ould Ghazouani")
d.Q("What lies beneath that sea", "Mohamed Ould Ghazouani")
d.Q("We are not here to divide the fish", "Bassirou Diomaye Faye")
d.Q("we are here to make sure", "Bassirou Diomaye Faye")
d.Q("Every season we lose boats", "Moustapha Sène-Diop")
d.Q("If the licences come on time", "Moustapha Sène-Diop")
d.Q("Both countries have promised", "Mariem Mint Bouh")
d.EV("CONSULT", "Mohamed Ould Ghazouani", "Bassirou Diomaye Faye", "Nouakchott", "2028-01-24", None, None,
     d.S("Mauritanian President Mohamed Ould Cheikh El Ghazouani and his Senegalese counterpart", "in Nouakchott."),
     [d.S("Ghazouani and Faye agree to speed up gas and fisheries deals in Nouakchott talks"),
      d.S("President Mohamed Ould Cheikh El Ghazouani receives"),
      d.S("Faye arrived on Sunday evening", "(AMI).")])
d.EV("CONSULT", "Mohamed Salem Ould Merzoug", "Cheikh Niang", "Nouakchott", "2028-01-24", None, None,
     d.S("Separately, Foreign Minister Mohamed Salem Ould Merzoug", "since 2025."))
d.EV("CONSULT", "Bassirou Diomaye Faye", "Mokhtar Ould Djay", "Nouakchott", "2028-01-25", None, None,
     d.S("On Tuesday morning, before flying back to Dakar", "in Nouakchott."))

# ---------------- br10 Diario Libre: Abinader-Mulino in Santo Domingo; Álvarez-Martínez-Acha; Mulino-Conep dinner
d = Doc("br10.txt", "Diario Libre", "2028-01-21"); docs.append(d)
d.B("Diario Libre", "ORG")
d.E("Luis Abinader", "PERSON", "President Luis Abinader", "Abinader")
d.E("José Raúl Mulino", "PERSON", "President José Raúl Mulino", "Mulino")
d.E("Panama", "GPE")
d.E("Dominican Republic", "GPE")
d.E("Santo Domingo", "GPE")
d.B("Rosa María de los Santos Peña", "PERSON")
d.B("Presidency of the Dominican Republic", "ORG")
d.E("Colón", "GPE")
d.E("Copa Airlines", "ORG")
d.E("Arajet", "ORG")
d.E("Roberto Álvarez", "PERSON")
d.E("Javier Martínez-Acha", "PERSON", "Martínez-Acha")
d.E("Darién", "GPE")
d.E("National Council of Private Enterprise", "ORG", "Conep")
d.E("Laura Castellanos de Moya", "PERSON")
d.E("Pontificia Universidad Católica Madre y Maestra", "ORG", "PUCMM")
d.E("Dajabón", "GPE")
d.E("Punta Cana", "GPE")
d.Q("Panama and the Dominican Republic are the two", "Luis Abinader")
d.Q("Today we change that.", "Luis Abinader")
d.Q("A container that leaves Colón", "José Raúl Mulino")
d.Q("Irregular migration through the Darién", "Javier Martínez-Acha")
d.Q("open a door that Dominican exporters", "National Council of Private Enterprise")
d.Q("The numbers are small today", "Laura Castellanos de Moya")
d.Q("If the freight does not get cheaper", "Laura Castellanos de Moya")
d.EV("CONSULT", "Luis Abinader", "José Raúl Mulino", "Santo Domingo", "2028-01-20", None, None,
     d.S("President Luis Abinader received Panama's President", "return of migrants."),
     [d.S("Abinader and Mulino sign air, trade and migration deals at the National Palace"),
      d.S("Panama's president makes his first official visit"),
      d.S("It was Mulino's first official visit", "July 2024.")])
d.EV("CONSULT", "Roberto Álvarez", "Javier Martínez-Acha", "Santo Domingo", "2028-01-20", None, None,
     d.S("Foreign Ministers Roberto Álvarez and Javier Martínez-Acha met", "every year."),
     [d.S("Panama's president makes his first official visit")])
d.EV("CONSULT", "José Raúl Mulino", "National Council of Private Enterprise", "Santo Domingo", "2028-01-20", None, None,
     d.S("On Thursday night, Mulino also met members", "between the two countries."),
     [d.S("In a statement, Conep said", "first half of the year.")])

# ---------------- br11 The Botswana Gazette: National Assembly passes the citizen empowerment bill (politics; no events)
d = Doc("br11.txt", "The Botswana Gazette", "2028-01-24"); docs.append(d)
d.B("The Botswana Gazette", "ORG")
d.E("National Assembly of Botswana", "ORG", "National Assembly", "Parliament", "House")
d.E("Umbrella for Democratic Change", "ORG", "UDC")
d.E("Botswana Democratic Party", "ORG", "BDP")
d.B("Kagiso Ramotswa-Mokgethi", "PERSON")
d.E("Gaborone", "GPE", "GABORONE")
d.B("Botswana Press Agency", "ORG", "BOPA")
d.E("Dithapelo Keorapetse", "PERSON", "Speaker Dithapelo Keorapetse")
d.E("Tumisang Mmusi-Ketlhoilwe", "PERSON")
d.E("Duma Boko", "PERSON", "President Duma Boko", "Boko")
d.E("Serowe North", "GPE")
d.E("Kefentse Mmolawa-Sechele", "PERSON")
d.E("Selebi-Phikwe", "GPE")
d.E("Jwaneng", "GPE")
d.E("Debswana", "ORG")
d.E("De Beers", "ORG")
d.E("Botswana Stock Exchange", "ORG")
d.E("Business Botswana", "ORG")
d.E("Onalenna Kgosietsile-Molefe", "PERSON", "Dr. Onalenna Kgosietsile-Molefe")
d.E("University of Botswana", "ORG")
d.E("Botswana Unified Revenue Service", "ORG", "BURS")
d.E("Francistown", "GPE")
d.Q("The honourable members may leave", "Dithapelo Keorapetse")
d.Q("For decades we have been told", "Tumisang Mmusi-Ketlhoilwe")
d.Q("Batswana are ready.", "Tumisang Mmusi-Ketlhoilwe")
d.Q("put the keys of the economy", "Duma Boko")
d.Q("Nobody in this House", "Kefentse Mmolawa-Sechele")
d.Q("but a law written in a hurry", "Kefentse Mmolawa-Sechele")
d.Q("the regulations must be clear", "Business Botswana")
d.Q("This is the government telling", "Onalenna Kgosietsile-Molefe")

# ---------------- br12 BTA: Sofia City Court jails ex-deputy minister Gerdzhikov-Mladenov (court; no events)
d = Doc("br12.txt", "Bulgarian News Agency", "2028-01-26"); docs.append(d)
d.E("Bulgarian News Agency", "ORG", "BTA")
d.E("Sofia City Court", "ORG")
d.E("Sofia", "GPE")
d.E("Svetoslav Gerdzhikov-Mladenov", "PERSON",
    "Deputy Regional Development Minister Svetoslav Gerdzhikov-Mladenov", "Gerdzhikov-Mladenov")
d.E("Bulgaria", "GPE")
d.E("European Union", "ORG", "EU")
d.E("Bansko", "GPE")
d.E("Radostina Petkova-Ilieva", "PERSON", "Judge Radostina Petkova-Ilieva")
d.E("European Public Prosecutor's Office", "ORG", "EPPO")
d.E("Vitosha Infra Build", "ORG")
d.E("Nedelcho Valkov", "PERSON", "Valkov")
d.E("Iva Dobreva-Slavova", "PERSON")
d.E("Sofia Court of Appeal", "ORG")
d.E("Blagoevgrad", "GPE")
d.E("Kyustendil", "GPE")
d.E("Public Financial Inspection Agency", "ORG")
d.E("Rositsa Hadzhieva-Nikolova", "PERSON")
d.E("Anti-Corruption Fund", "ORG")
d.E("Bulgarian Ministry of Regional Development and Public Works", "ORG", "Ministry of Regional Development and Public Works")
d.E("Plovdiv", "GPE")
d.E("Vratsa", "GPE")
d.B("Desislava Hristova-Marinova", "PERSON")
d.B("Petar Kolev-Danailov", "PERSON")
d.Q("The defendant used the authority", "Radostina Petkova-Ilieva")
d.Q("The verdict rests on the testimony", "Iva Dobreva-Slavova")
d.Q("We are confident that it will not", "Iva Dobreva-Slavova")
d.Q("the misuse of EU funds", "European Public Prosecutor's Office")
d.Q("Most cases like this die quietly", "Rositsa Hadzhieva-Nikolova")
d.Q("The real test is whether", "Rositsa Hadzhieva-Nikolova")

# ---------------- br13 Daily News Egypt: Sadeem Foods to buy 60% of Delta Nile Dairy (business; no events)
d = Doc("br13.txt", "Daily News Egypt", "2028-01-11"); docs.append(d)
d.E("Daily News Egypt", "ORG")
d.E("Saudi Arabia", "GPE")
d.E("Sadeem Foods", "ORG", "Sadeem")
d.E("Delta Nile Dairy", "ORG", "Delta Nile")
d.E("Egyptian Exchange", "ORG", "EGX")
d.B("Nourhan Abdel-Ghaffar", "PERSON")
d.E("Riyadh", "GPE")
d.E("Cairo", "GPE")
d.E("Egypt", "GPE")
d.E("Financial Regulatory Authority", "ORG", "FRA")
d.E("Egyptian Competition Authority", "ORG", "ECA")
d.E("Faisal bin Abdulrahman Al-Qahtani", "PERSON")
d.E("Sherif Abou Zeid", "PERSON")
d.E("Menoufia", "GPE")
d.E("Sadat City", "GPE")
d.E("10th of Ramadan City", "GPE")
d.E("Beni Suef", "GPE")
d.E("EFG Hermes", "ORG")
d.E("HSBC", "ORG")
d.E("Naeem Holding", "ORG")
d.E("Egyptian Ministry of Investment and Foreign Trade", "ORG", "Ministry of Investment and Foreign Trade")
d.E("Commercial International Bank", "ORG", "CIB")
d.E("Central Bank of Egypt", "ORG")
d.Q("Egypt is a market of more than", "Faisal bin Abdulrahman Al-Qahtani")
d.Q("We are buying into a growth story", "Faisal bin Abdulrahman Al-Qahtani")
d.Q("We built this company", "Sherif Abou Zeid")
d.Q("a reasonable multiple", "Naeem Holding")
d.Q("growing Gulf confidence", "Egyptian Ministry of Investment and Foreign Trade")

# ---------------- br14 Live Science: Komodo dragons vanishing from north Flores, Nature Ecology & Evolution (science; no events)
d = Doc("br14.txt", "Live Science", "2028-01-27"); docs.append(d)
d.E("Live Science", "ORG")
d.B("Hannah Osei-Whitfield", "PERSON")
d.E("Yohanes Lando-Bria", "PERSON")
d.E("Nusa Cendana University", "ORG")
d.E("Nature Ecology & Evolution", "ORG")
d.E("Kupang", "GPE")
d.E("East Nusa Tenggara", "GPE", "East Nusa Tenggara province")
d.E("West Manggarai", "GPE", "West Manggarai regency")
d.E("Riung", "GPE")
d.E("Ngada", "GPE", "Ngada regency")
d.E("Eleanor van Rijn-Hastings", "PERSON", "Dr. Eleanor van Rijn-Hastings")
d.E("University of Oxford", "ORG")
d.E("International Union for Conservation of Nature", "ORG", "IUCN")
d.E("Komodo Survival Program", "ORG")
d.E("Indonesian Ministry of Forestry", "ORG")
d.E("Putu Ayu Wirawan-Sari", "PERSON", "Dr. Putu Ayu Wirawan-Sari")
d.E("Udayana University", "ORG")
d.E("Bali", "GPE")
d.E("Indonesia", "GPE")
d.B("Future US", "ORG")
d.Q("We went back to places", "Yohanes Lando-Bria")
d.Q("Not a footprint, not a dropping.", "Yohanes Lando-Bria")
d.QP("The animals inside the national park", "Eleanor van Rijn-Hastings")
d.Q("The ones on Flores are quietly", "Eleanor van Rijn-Hastings")
d.Q("a wake-up call for Flores", "Komodo Survival Program")
d.Q("Camera traps are the best tool", "Putu Ayu Wirawan-Sari")
d.Q("so the true number may be", "Putu Ayu Wirawan-Sari")

# ---------------- br15 FrontPage Africa: Lassa fever in Nimba County (health; no events)
d = Doc("br15.txt", "FrontPage Africa", "2028-01-28"); docs.append(d)
d.B("FrontPage Africa", "ORG", "FPA")
d.E("Nimba", "GPE", "Nimba County")
d.E("National Public Health Institute of Liberia", "ORG", "NPHIL")
d.E("Ganta", "GPE", "GANTA")
d.E("Sanniquellie", "GPE")
d.B("Edwin G. Flomo-Dolo", "PERSON")
d.B("Joseph Kpehe-Suah", "PERSON")
d.E("Liberia", "GPE")
d.E("Yekepa", "GPE")
d.E("Jestina Flomo-Kollie", "PERSON", "Dr. Jestina Flomo-Kollie")
d.E("Samuel Gaye Kpadeh", "PERSON", "Nimba County Health Officer Dr. Samuel Gaye Kpadeh", "Dr. Samuel Gaye Kpadeh")
d.E("World Health Organization", "ORG", "WHO")
d.E("Oretha Zaye-Kermue", "PERSON")
d.E("Liberian Ministry of Health", "ORG", "Ministry of Health")
d.E("Guinea", "GPE")
d.E("Côte d'Ivoire", "GPE")
d.E("Bong", "GPE", "Bong County")
d.E("Monrovia City Corporation", "ORG")
d.E("Monrovia", "GPE")
d.Q("We are seeing cases in people", "Jestina Flomo-Kollie")
d.Q("Our teams are tracing", "Jestina Flomo-Kollie")
d.Q("People must cover their rice", "Samuel Gaye Kpadeh")
d.Q("the risk at national level", "World Health Organization")
d.Q("We bought medicine from the drug store", "Oretha Zaye-Kermue")
d.Q("We have enough gloves this week", None)

# ---------------- br16 Bloomberg Línea: Pampa Sul Alimentos to buy Frigorífico Tupambaé (business; no events)
d = Doc("br16.txt", "Bloomberg Línea", "2028-01-18"); docs.append(d)
d.E("Bloomberg Línea", "ORG")
d.E("Brazil", "GPE")
d.E("Pampa Sul Alimentos", "ORG", "Pampa Sul")
d.E("Uruguay", "GPE")
d.E("Frigorífico Tupambaé", "ORG", "Tupambaé")
d.B("María Noel Etcheverry de León", "PERSON")
d.E("Melo", "GPE")
d.E("Cerro Largo", "GPE")
d.B("Nicolás Garat-Ferreira", "PERSON")
d.E("Montevideo", "GPE", "MONTEVIDEO")
d.E("Porto Alegre", "GPE")
d.E("Rio Grande do Sul", "GPE")
d.E("Treinta y Tres", "GPE")
d.E("Rodrigo Tessmann-Becker", "PERSON")
d.E("Japan", "GPE")
d.E("United States", "GPE")
d.E("Commission for the Promotion and Defense of Competition", "ORG")
d.E("National Meat Institute", "ORG", "INAC")
d.E("Ignacio Saravia-Olivera", "PERSON")
d.E("Federación de Obreros de la Industria de la Carne", "ORG", "FOIC")
d.E("Washington Pereyra-Silva", "PERSON")
d.E("Florencia Carriquiry-Bentancur", "PERSON")
d.E("CPA Ferrere", "ORG")
d.E("China", "GPE")
d.E("European Union", "ORG")
d.E("Israel", "GPE")
d.E("Minerva Foods", "ORG", "Minerva")
d.Q("Uruguayan beef opens doors", "Rodrigo Tessmann-Becker")
d.Q("With this plant we gain", "Rodrigo Tessmann-Becker")
d.Q("My grandfather built this plant", "Ignacio Saravia-Olivera")
d.Q("We sold because the next step", "Ignacio Saravia-Olivera")
d.Q("We want it in writing", "Washington Pereyra-Silva")
d.Q("Buyers are paying for export licences", "Florencia Carriquiry-Bentancur")
d.Q("and Uruguay\u2019s licences are among", "Florencia Carriquiry-Bentancur")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

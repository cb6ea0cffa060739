"""Builds umber-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- u01 Prishtina Insight: grenade attack on the Leposavić police station; Kurti–Sørensen in Pristina
d = Doc("u01.txt", "Prishtina Insight", "2027-08-02"); docs.append(d)
d.E("Prishtina Insight", "ORG", "PRISHTINA INSIGHT")
d.E("Kosovo", "GPE", "Republic of Kosovo")
d.E("Kosovo Police", "ORG")
d.E("Leposavić", "GPE", "Leposavic")
d.E("Albin Kurti", "PERSON", "Prime Minister Albin Kurti", "Kurti")
d.E("European Union", "ORG", "EU")
d.E("Peter Sørensen", "PERSON", "Peter Sorensen", "Sorensen")
d.E("Belgrade", "GPE")
d.B("Arbnora Krasniqi-Dushi", "PERSON")
d.E("Pristina", "GPE")
d.B("Driton Berisha", "PERSON")
d.E("Lulzim Hajdari-Gashi", "PERSON", "Hajdari-Gashi")
d.E("Vushtrri", "GPE")
d.E("North Mitrovica", "GPE")
d.E("Dren", "GPE")
d.E("Serbia", "GPE")
d.E("Office for Kosovo and Metohija", "ORG")
d.E("NATO", "ORG")
d.E("Kosovo Force", "ORG", "KFOR")
d.E("European Union Rule of Law Mission in Kosovo", "ORG", "EULEX")
d.E("Banjska", "GPE")
d.E("Zubin Potok", "GPE")
d.Q("The attackers came from the river side", "Lulzim Hajdari-Gashi")
d.Q("We have closed every road", "Lulzim Hajdari-Gashi")
d.Q("criminal structures organised", "Albin Kurti")
d.Q("This was not a random act", "Albin Kurti")
d.Q("Serbia has nothing to do", "Office for Kosovo and Metohija")
d.Q("to justify new pressure", "Office for Kosovo and Metohija")
d.Q("condemns this cowardly attack", "Peter Sørensen")
d.Q("avoid any step that raises", "Peter Sørensen")
d.Q("in close contact with the Kosovo Police", "Kosovo Force")
d.Q("We heard one loud bang", None)
d.EV("ASSAULT", None, "Kosovo Police", "Leposavić", "2027-08-01", 1, 2,
     d.S("A Kosovo Police officer was killed", "police said."),
     [d.S("Grenade attack on north Kosovo police station kills officer"),
      d.S("One officer dead and two wounded in Leposavic;", "any link."),
      d.S("The grenade exploded shortly before midnight", "Prishtina Insight."),
      d.S("The dead officer was a 34-year-old", "Vushtrri."),
      d.S("The wounded were taken to the hospital", "North Mitrovica."),
      d.S("No group has claimed the attack", "attack."),
      d.S("Prime Minister Albin Kurti, who visited", "from Serbia\".")])
d.EV("CONSULT", "Albin Kurti", "Peter Sørensen", "Pristina", "2027-08-02", None, None,
     d.S("On Monday afternoon, Kurti met the EU special representative", "in Pristina."),
     [d.S("One officer dead and two wounded in Leposavic;", "any link."),
      d.S("According to the prime minister's office", "stalled dialogue."),
      d.S("Sorensen said after the meeting", "raises tension\".")])

# ---------------- u02 Eurasianet: border post attack near Kevron (Darvoz, GBAO); GKNB fire near Rushon; Mirzo–Masadykov in Dushanbe
d = Doc("u02.txt", "Eurasianet", "2027-08-03"); docs.append(d)
d.E("Eurasianet", "ORG")
d.E("Tajikistan", "GPE")
d.E("Afghanistan", "GPE")
d.E("Darvoz", "GPE", "Darvoz district")
d.E("Dushanbe", "GPE")
d.E("Collective Security Treaty Organization", "ORG", "CSTO")
d.B("Farrukh Sharipov-Nazarov", "PERSON")
d.E("Gorno-Badakhshan", "GPE", "Gorno-Badakhshan Autonomous Region", "GBAO")
d.B("Asia-Plus", "ORG")
d.B("Iskandar Davlatov", "PERSON")
d.E("Kevron", "GPE")
d.E("Tajik State Committee for National Security", "ORG", "State Committee for National Security", "GKNB")
d.E("Badakhshan", "GPE", "Badakhshan province")
d.E("Rushon", "GPE")
d.E("Kabul", "GPE")
d.E("Taliban", "ORG")
d.E("Afghan Ministry of National Defense", "ORG", "Ministry of National Defense")
d.E("Sayed Karim Rahmani-Baghlani", "PERSON", "Mawlawi Sayed Karim Rahmani-Baghlani")
d.E("Sherali Mirzo", "PERSON", "Defense Minister Col. Gen. Sherali Mirzo", "Col. Gen. Sherali Mirzo")
d.E("Taalatbek Masadykov", "PERSON", "Masadykov")
d.E("Tajik Ministry of Defence", "ORG", "Tajik Defense Ministry")
d.E("Zarina Khudoyberdieva-Lang", "PERSON")
d.E("OSCE Academy", "ORG")
d.E("Bishkek", "GPE")
d.E("Kyrgyzstan", "GPE")
d.E("Batken Oblast", "GPE")
d.E("Radio Ozodi", "ORG")
d.E("Radio Free Europe/Radio Liberty", "ORG", "RFE/RL")
d.E("Kazakhstan", "GPE")
d.E("Uzbekistan", "GPE")
d.Q("a group of up to ten armed individuals", "Tajik State Committee for National Security")
d.Q("Afghan soil will not be used", "Sayed Karim Rahmani-Baghlani")
d.Q("smugglers, not soldiers", "Sayed Karim Rahmani-Baghlani")
d.Q("The southern border of Tajikistan", "Taalatbek Masadykov")
d.Q("accelerated this year.", "Taalatbek Masadykov")
d.Q("The smuggling networks on both banks", "Zarina Khudoyberdieva-Lang")
d.Q("Sunday's clash was bigger", "Zarina Khudoyberdieva-Lang")
d.Q("We hear shooting from the other bank", None)
d.EV("ASSAULT", None, None, "Kevron", "2027-08-01", 3, 4,
     d.S("Three Tajik border guards were killed and four wounded", "authorities said."),
     [d.S("Tajikistan: Three border guards killed in clash on Afghan frontier"),
      d.S("Gunmen crossed the Panj into Darvoz district", "officials say."),
      d.S("The State Committee for National Security (GKNB) said", "two-hour firefight."),
      d.S("Two of the attackers were killed, the GKNB added."),
      d.S("The statement described the men", "Badakhshan province.")])
d.EV("ASSAULT", "Tajik State Committee for National Security", None, "Rushon", "2027-08-02", None, 1,
     d.S("On Monday, border troops fired on a rubber boat", "the GKNB said."))
d.EV("CONSULT", "Sherali Mirzo", "Taalatbek Masadykov", "Dushanbe", "2027-08-02", None, None,
     d.S("In Dushanbe on Monday, Defense Minister", "Defense Ministry said."),
     [d.S("In Dushanbe, the defense minister hosted the CSTO chief."),
      d.S("\"The southern border of Tajikistan", "according to the ministry."),
      d.S("He added that a program to equip", "accelerated this year.\"")])

# ---------------- u03 Borkena: minibus attack near Almu (Bulen, Metekel); ENDF operation near Dibate; Ashadli Hassan–IRCE in Asosa
d = Doc("u03.txt", "Borkena", "2027-08-04"); docs.append(d)
d.E("Borkena", "ORG", "BORKENA")
d.E("Benishangul-Gumuz", "GPE", "Benishangul-Gumuz Region")
d.E("Metekel", "GPE", "Metekel Zone")
d.B("Abebaw Tilahun-Gessesse", "PERSON")
d.E("Gilgel Beles", "GPE")
d.E("Bulen", "GPE", "Bulen woreda")
d.E("Dibate", "GPE")
d.E("Almu", "GPE")
d.E("Wondimu Gebreyes-Tola", "PERSON", "Bulen woreda administrator Wondimu Gebreyes-Tola")
d.E("Misganaw Ayalew", "PERSON")
d.E("Ethiopian National Defense Force", "ORG", "ENDF")
d.E("Ashadli Hassan", "PERSON", "Regional President Ashadli Hassan")
d.E("Inter-Religious Council of Ethiopia", "ORG", "IRCE")
d.E("Asosa", "GPE")
d.E("Tesfaye Woldemariam-Alemu", "PERSON", "Memhir Tesfaye Woldemariam-Alemu", "Tesfaye")
d.E("Gumuz People's Democratic Movement", "ORG", "Gumuz People\u2019s Democratic Movement", "GPDM")
d.E("Dawit Lemma-Haile", "PERSON")
d.E("Addis Ababa University", "ORG")
d.E("Ethiopian Human Rights Commission", "ORG", "EHRC")
d.E("Ethiopia", "GPE")
d.E("Sudan", "GPE")
d.E("Metema", "GPE")
d.QP("They asked each of us", "Misganaw Ayalew")
d.Q("The rest of us were pushed", "Misganaw Ayalew")
d.Q("remnants of armed groups", None)
d.Q("The area has been cleared", "Ethiopian National Defense Force")
d.Q("The people of Metekel have suffered", "Ashadli Hassan")
d.Q("within the coming two weeks.", "Tesfaye Woldemariam-Alemu")
d.Q("If the road between Bulen", "Dawit Lemma-Haile")
d.EV("ASSAULT", None, None, "Almu", "2027-08-02", 7, 9,
     d.S("Gunmen killed seven passengers and wounded nine others", "a survivor said."),
     [d.S("Seven killed as gunmen attack bus in Metekel Zone"),
      d.S("The minibus was stopped near the village of Almu", "Wondimu Gebreyes-Tola."),
      d.S("Among the dead were a mother", "he said."),
      d.S("A survivor, Misganaw Ayalew", "by telephone:"),
      d.S("No group has claimed responsibility.", "responsibility."),
      d.S("The regional communication bureau blamed", "pursuing the attackers.")])
d.EV("ASSAULT", "Ethiopian National Defense Force", None, "Dibate", "2027-08-03", None, None,
     d.S("The Ethiopian National Defense Force (ENDF) said its units", "number of fighters."),
     [d.S("\u201cThe area has been cleared", "the statement said.")])
d.EV("CONSULT", "Ashadli Hassan", "Inter-Religious Council of Ethiopia", "Asosa", "2027-08-03", None, None,
     d.S("Also on Tuesday, Regional President Ashadli Hassan met", "efforts in Metekel."),
     [d.S("The delegation was led by", "Woldemariam-Alemu."),
      d.S("\u201cThe people of Metekel have suffered", "regional state media."),
      d.S("Tesfaye told reporters the council", "two weeks.\u201d")])

# ---------------- u04 The Rio Times: Military Police raid in Nova Holanda (Maré); patrol car shot at in Duque de Caxias; Paiva de Souza–Public Defender's Office
d = Doc("u04.txt", "The Rio Times", "2027-08-05"); docs.append(d)
d.E("The Rio Times", "ORG", "THE RIO TIMES")
d.E("Brazil", "GPE", "BRAZIL")
d.E("Rio de Janeiro", "GPE", "RIO DE JANEIRO", "Rio")
d.E("Complexo da Maré", "GPE", "Maré")
d.E("Rio de Janeiro State Public Defender's Office", "ORG", "Defender's Office")
d.B("Camila Fonseca-Borges", "PERSON")
d.E("Nova Holanda", "GPE")
d.B("Ricardo Moreira-Lage", "PERSON")
d.B("Agência Brasil", "ORG")
d.E("Military Police of Rio de Janeiro State", "ORG", "Military Police", "PMERJ")
d.E("Comando Vermelho", "ORG", "CV")
d.E("Kauã dos Santos", "PERSON")
d.E("Maria das Graças dos Santos", "PERSON")
d.E("Marcelo Aurélio Paiva de Souza", "PERSON", "Col. Marcelo Aurélio Paiva de Souza", "Paiva de Souza")
d.E("Redes da Maré", "ORG")
d.E("Duque de Caxias", "GPE")
d.E("Daniela Vasconcellos de Almeida", "PERSON")
d.E("Supreme Federal Court", "ORG", "STF")
d.E("Fogo Cruzado", "ORG")
d.Q("criminals who confronted the troops", "Military Police of Rio de Janeiro State")
d.Q("He had his backpack on", "Maria das Graças dos Santos")
d.Q("The operation followed every protocol", "Marcelo Aurélio Paiva de Souza")
d.Q("Once again the population of Maré", "Redes da Maré")
d.Q("We want to know who fired", "Daniela Vasconcellos de Almeida")
d.Q("The families have a right", "Daniela Vasconcellos de Almeida")
d.EV("ASSAULT", "Military Police of Rio de Janeiro State", "Comando Vermelho", "Nova Holanda", "2027-08-04", 8, 3,
     d.S("RIO DE JANEIRO, BRAZIL – Eight people", "North Zone."),
     [d.S("Police raid in Maré leaves eight dead, including teenager on his way to school"),
      d.S("Three police officers were wounded, one of them seriously", "in a statement."),
      d.S("The corporation said its officers came under fire", "confronted the troops\"."),
      d.S("The teenager, identified by his family", "his mother said."),
      d.S("The state security secretary, Col.", "defended the raid."),
      d.S("According to the Fogo Cruzado institute", "this year.")])
d.EV("ASSAULT", None, "Military Police of Rio de Janeiro State", "Duque de Caxias", "2027-08-05", None, 2,
     d.S("Early on Thursday, gunmen fired on a Military Police patrol car", "police said."))
d.EV("CONSULT", "Marcelo Aurélio Paiva de Souza", "Rio de Janeiro State Public Defender's Office", "Rio de Janeiro", "2027-08-05", None, None,
     d.S("On Thursday morning, Paiva de Souza met", "Guanabara Palace."),
     [d.S("Residents describe hours of gunfire; Defender's Office demands body-camera footage"),
      d.S("According to the defender's office, it asked", "independent experts."),
      d.S("\"We want to know who fired each shot,\"", "after the meeting.")])

# ---------------- u05 Reuters: pool hall massacre in Chamelecón (San Pedro Sula); police shootout in Choloma; Asfura–Arévalo call
d = Doc("u05.txt", "Reuters", "2027-08-09"); docs.append(d)
d.E("Reuters", "ORG", "REUTERS")
d.E("Honduras", "GPE")
d.E("San Pedro Sula", "GPE", "SAN PEDRO SULA")
d.B("Lourdes Zelaya-Padgett", "PERSON")
d.E("Chamelecón", "GPE", "Chamelecon")
d.B("Wilmer Castaneda-Ruiz", "PERSON")
d.E("National Police of Honduras", "ORG", "National Police")
d.E("Dagoberto Pineda-Lanza", "PERSON", "Pineda-Lanza")
d.E("Barrio 18", "ORG")
d.E("Mara Salvatrucha", "ORG", "MS-13")
d.E("Choloma", "GPE")
d.E("Nasry Asfura", "PERSON", "President Nasry Asfura", "Asfura")
d.E("Cortés", "GPE", "Cortes department")
d.E("Bernardo Arévalo", "PERSON", "Guatemalan President Bernardo Arevalo")
d.E("El Salvador", "GPE")
d.E("Nayib Bukele", "PERSON", "President Nayib Bukele")
d.E("Leticia Bonilla-Arriaga", "PERSON")
d.E("National Autonomous University of Honduras", "ORG", "UNAH")
d.B("Sofia Menjivar", "PERSON")
d.B("Guatemala City", "GPE")
d.B("Daniel Okafor-Reyes", "PERSON")
d.B("Kieran Thorne", "PERSON")
d.B("Thomson Reuters", "ORG")
d.Q("Everything points to a settling", "Dagoberto Pineda-Lanza")
d.Q("There is no corner of this country", "Nasry Asfura")
d.Q("Small businesses in Chamelecon", "Leticia Bonilla-Arriaga")
d.Q("They were boys from here", None)
d.EV("ASSAULT", None, None, "Chamelecón", "2027-08-07", 7, 3,
     d.S("SAN PEDRO SULA, Honduras, Aug 9 (Reuters) - Gunmen killed seven", "city this year."),
     [d.S("Gunmen kill seven at pool hall in Honduras' San Pedro Sula"),
      d.S("About six attackers wearing dark clothes", "told reporters."),
      d.S("Among the dead were the owner", "nephew."),
      d.S("Pineda-Lanza said investigators believed", "or MS-13.")])
d.EV("ASSAULT", "National Police of Honduras", "Barrio 18", "Choloma", "2027-08-08", 2, 1,
     d.S("On Sunday, officers killed two suspected members", "police said."),
     [d.S("One officer was wounded in the arm.", "in the arm.")])
d.EV("CONSULT", "Nasry Asfura", "Bernardo Arévalo", None, "2027-08-08", None, None,
     d.S("Asfura also spoke by phone on Sunday", "presidency said."))

# ---------------- u06 Islands Business: gendarmes shot at Saint-Louis (Mont-Dore); guard killed in Ducos fire (Nouméa); Moutchou–FLNKS in Paris
d = Doc("u06.txt", "Islands Business", "2027-08-10"); docs.append(d)
d.E("Islands Business", "ORG", "ISLANDS BUSINESS")
d.E("New Caledonia", "GPE")
d.E("Nouméa", "GPE", "Noumea")
d.B("Mathilde Waia-Kourouma", "PERSON")
d.E("Saint-Louis", "GPE")
d.E("Mont-Dore", "GPE")
d.B("AFP", "ORG")
d.B("Théo Rouby-Gaillard", "PERSON")
d.E("French High Commission in New Caledonia", "ORG", "French High Commission")
d.E("National Gendarmerie", "ORG")
d.E("France", "GPE")
d.E("Ducos", "GPE")
d.E("Laurent Prévost-Kasarhérou", "PERSON", "High Commissioner Laurent Prévost-Kasarhérou")
d.E("Kanak and Socialist National Liberation Front", "ORG", "FLNKS")
d.E("Paris", "GPE")
d.E("Naïma Moutchou", "PERSON", "Overseas Minister Naïma Moutchou", "Moutchou")
d.E("Christian Tein", "PERSON", "Tein")
d.E("Patricia Nguyen-Thévenin", "PERSON")
d.E("South Province", "GPE")
d.E("Vanuatu", "GPE")
d.B("Suva", "GPE")
d.B("Fiji", "GPE")
d.Q("A man died doing his job", "Laurent Prévost-Kasarhérou")
d.Q("The door of dialogue is open", "Naïma Moutchou")
d.Q("imposed on the Kanak people", "Christian Tein")
d.Q("We are asking our youth", "Christian Tein")
d.Q("People cannot reach the hospital", "Patricia Nguyen-Thévenin")
d.Q("We thought the worst", None)
d.EV("ASSAULT", None, "National Gendarmerie", "Saint-Louis", "2027-08-09", None, 3,
     d.S("Three French gendarmes were wounded", "High Commission said."),
     [d.S("Night of violence in New Caledonia: three gendarmes shot, security guard killed in Noumea fire"),
      d.S("The gendarmes had been sent to clear a roadblock", "commune of Mont-Dore."),
      d.S("The most seriously wounded was flown to hospital.", "to hospital.")])
d.EV("ASSAULT", None, None, "Ducos", "2027-08-09", 1, None,
     d.S("In Noumea's Ducos industrial zone", "prosecutor's office said."),
     [d.S("Night of violence in New Caledonia: three gendarmes shot, security guard killed in Noumea fire"),
      d.S("\u201cA man died doing his job.", "news conference.")])
d.EV("CONSULT", "Naïma Moutchou", "Kanak and Socialist National Liberation Front", "Paris", "2027-08-09", None, None,
     d.S("In Paris on Monday, Overseas Minister", "rue Oudinot."),
     [d.S("\u201cThe door of dialogue is open", "after the meeting.")])

# ---------------- u07 Northeast Now: ULFA-I attack on the Army camp at Kakopathar (Tinsukia); IED at Naharkatia; Sarma–Gajraj Corps GOC in Dispur
d = Doc("u07.txt", "Northeast Now", "2027-08-11"); docs.append(d)
d.E("Northeast Now", "ORG", "NE Now News")
d.E("Assam", "GPE")
d.E("United Liberation Front of Asom (Independent)", "ORG", "ULFA-I")
d.E("Indian Army", "ORG", "Army")
d.E("Kakopathar", "GPE")
d.E("Naharkatia", "GPE")
d.B("Guwahati", "GPE")
d.E("Tinsukia", "GPE", "Tinsukia district")
d.E("Pengeri", "GPE")
d.B("Pranjal Borgohain", "PERSON")
d.E("Arunachal Pradesh", "GPE", "Arunachal")
d.E("Dhrubajyoti Saikia-Phukan", "PERSON", "Tinsukia Superintendent of Police Dhrubajyoti Saikia-Phukan", "Saikia-Phukan")
d.E("Paresh Baruah", "PERSON")
d.E("Dibrugarh", "GPE", "Dibrugarh district")
d.E("Himanta Biswa Sarma", "PERSON", "Chief Minister Himanta Biswa Sarma", "Sarma")
d.E("Gajraj Corps", "ORG")
d.E("Arvind Kumar Bhattacharjee", "PERSON", "Lt Gen Arvind Kumar Bhattacharjee")
d.E("Dispur", "GPE")
d.E("Assam Chief Minister's Office", "ORG", "Chief Minister's Office")
d.E("United Liberation Front of Asom", "ORG", "ULFA")
d.E("Runumi Gogoi-Handique", "PERSON")
d.E("Anjan Kumar Sarmah-Das", "PERSON")
d.QS("Assam will not go back to the dark days", "Himanta Biswa Sarma")
d.Q("The troops retaliated immediately", "Dhrubajyoti Saikia-Phukan")
d.Q("the Indian occupation forces", "United Liberation Front of Asom (Independent)")
d.Q("The cowardly act will not deter", "Indian Army")
d.Q("Assam will not go back to the dark days", "Himanta Biswa Sarma", nth=1)
d.Q("Those who still dream of the gun", "Himanta Biswa Sarma")
d.Q("We thought these days were over", "Runumi Gogoi-Handique")
d.Q("ULFA-I wants to show", "Anjan Kumar Sarmah-Das")
d.EV("ASSAULT", "United Liberation Front of Asom (Independent)", "Indian Army", "Kakopathar", "2027-08-10", 1, 2,
     d.S("One soldier of the Indian Army was killed", "officials said."),
     [d.S("'Assam will not go back to the dark days': CM after ULFA-I attack on Army camp"),
      d.S("Soldier killed, two injured in grenade and gunfire attack at Kakopathar; IED goes off near railway track in Naharkatia"),
      d.S("The attack began at around 9.40 pm", "told Northeast Now."),
      d.S("The United Liberation Front of Asom (Independent), or ULFA-I, claimed", "early on Wednesday."),
      d.S("The outfit, led by Paresh Baruah", "local agents\"."),
      d.S("Chief Minister Himanta Biswa Sarma condemned the attack on X.", "on X.")])
d.EV("ASSAULT", None, None, "Naharkatia", "2027-08-11", None, None,
     d.S("Separately, an improvised explosive device (IED) went off", "early on Wednesday."),
     [d.S("Soldier killed, two injured in grenade and gunfire attack at Kakopathar; IED goes off near railway track in Naharkatia"),
      d.S("No one was hurt, police said.", "police said.")])
d.EV("CONSULT", "Himanta Biswa Sarma", "Arvind Kumar Bhattacharjee", "Dispur", "2027-08-11", None, None,
     d.S("On Wednesday morning, Sarma met the General Officer Commanding", "Upper Assam."),
     [d.S("According to the Chief Minister's Office, the two agreed", "inter-state border.")])

# ---------------- u08 ActuNiger: raid on Garin Dandi (Dioundiou, Dosso); FAN strike on a Lakurawa camp; Zeine–Al Jasser in Niamey
d = Doc("u08.txt", "ActuNiger", "2027-08-12"); docs.append(d)
d.E("ActuNiger", "ORG")
d.E("Dosso", "GPE", "Dosso region")
d.E("Garin Dandi", "GPE")
d.E("Dioundiou", "GPE", "Dioundiou department")
d.B("Hamidou Souley-Kanta", "PERSON")
d.E("Issa Maïga-Abdou", "PERSON", "Brig. Gen. Issa Maïga-Abdou")
d.E("Lakurawa", "ORG")
d.E("Nigeria", "GPE")
d.E("Nigerien Armed Forces", "ORG", "FAN")
d.E("Kebbi", "GPE")
d.E("Sokoto", "GPE")
d.E("Niger", "GPE")
d.E("Tillabéri", "GPE")
d.E("Salissou Garba-Illo", "PERSON")
d.E("Abdou Moumouni University", "ORG")
d.E("Niamey", "GPE")
d.E("Ali Mahamane Lamine Zeine", "PERSON", "Prime Minister Ali Mahamane Lamine Zeine", "Zeine")
d.E("Islamic Development Bank", "ORG", "IsDB")
d.E("Muhammad Al Jasser", "PERSON", "Al Jasser")
d.E("Gaya", "GPE")
d.E("Benin", "GPE")
d.E("Tahoua", "GPE")
d.E("Konni", "GPE")
d.E("Mali", "GPE")
d.E("Burkina Faso", "GPE")
d.E("Téra", "GPE")
d.Q("They stayed for almost two hours", None)
d.Q("This morning we buried nine people", None)
d.Q("at least fifteen terrorists", "Nigerien Armed Forces")
d.Q("Dosso was long spared", "Salissou Garba-Illo")
d.Q("The group uses the border", "Salissou Garba-Illo")
d.Q("The Bank stands with the people", "Muhammad Al Jasser")
d.Q("go hand in hand", "Ali Mahamane Lamine Zeine")
d.Q("abandon the rural populations", "Ali Mahamane Lamine Zeine")
d.EV("ASSAULT", None, None, "Garin Dandi", "2027-08-10", 9, 6,
     d.S("At least nine villagers were killed and six others wounded", "regional governor said."),
     [d.S("Dosso region: nine villagers killed in night raid on Garin Dandi"),
      d.S("The attackers arrived at around 10 p.m.", "by telephone."),
      d.S("\u201cThis morning we buried nine people", "two women.\u201d"),
      d.S("The six wounded were taken", "hospital in Dosso."),
      d.S("The governor of the Dosso region, Brig. Gen.", "border with Nigeria."),
      d.S("No group has claimed responsibility.", "responsibility.")])
d.EV("ASSAULT", "Nigerien Armed Forces", "Lakurawa", "Dioundiou", "2027-08-11", 15, None,
     d.S("The Nigerien Armed Forces (FAN) said their aircraft struck", "motorcycles and weapons."),
     [d.S("The army did not say whether the camp", "Garin Dandi raid.")])
d.EV("CONSULT", "Ali Mahamane Lamine Zeine", "Muhammad Al Jasser", "Niamey", "2027-08-11", None, None,
     d.S("Also on Wednesday, Prime Minister Ali Mahamane Lamine Zeine received", "two-day visit."),
     [d.S("According to the Prime Minister\u2019s office", "Niger River."),
      d.S("\u201cThe Bank stands with the people", "after the meeting.")])

# ---------------- u09 Interfax: IS-claimed attack on a road police post at Baksan; FSB shootout in Khasanya (Nalchik); Kokov–Chaika in Nalchik
d = Doc("u09.txt", "Interfax", "2027-08-16"); docs.append(d)
d.E("Interfax", "ORG", "INTERFAX")
d.E("Russia", "GPE")
d.E("Kabardino-Balkaria", "GPE")
d.E("Islamic State", "ORG", "IS")
d.E("Federal Security Service", "ORG", "FSB")
d.E("Nalchik", "GPE", "NALCHIK")
d.E("Baksan", "GPE", "Baksan district")
d.B("Alim Shogenov-Kardanov", "PERSON")
d.E("Ministry of Internal Affairs of Kabardino-Balkaria", "ORG", "Interior Ministry")
d.E("Madina Kuashev-Temirova", "PERSON", "Lt. Col. Madina Kuashev-Temirova")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Khasanya", "GPE", "Khasanya district")
d.E("National Anti-Terrorism Committee", "ORG", "NAK")
d.E("Syria", "GPE")
d.E("Raqqa", "GPE", "Raqqa governorate")
d.E("Kazbek Kokov", "PERSON", "Head of Kabardino-Balkaria Kazbek Kokov", "Kokov")
d.E("North Caucasus Federal District", "GPE")
d.E("Yury Chaika", "PERSON", "Chaika")
d.E("Moscow", "GPE")
d.E("Ruslan Tkhakakhov-Bekirov", "PERSON")
d.E("Caucasus Dialogue Centre", "ORG")
d.E("Pyatigorsk", "GPE")
d.E("Kishpek", "GPE")
d.E("Zayukovo", "GPE")
d.Q("soldiers of the caliphate", "Islamic State")
d.Q("The criminals were blocked", "Federal Security Service")
d.Q("The bandits will not frighten us", "Kazbek Kokov")
d.Q("We discussed additional measures", "Kazbek Kokov")
d.Q("will not go unpunished", "Yury Chaika")
d.Q("The underground in Kabardino-Balkaria", "Ruslan Tkhakakhov-Bekirov")
d.EV("ASSAULT", "Islamic State", None, "Baksan", "2027-08-15", 2, 1,
     d.S("NALCHIK, Aug 16 (Interfax) - Two traffic police officers", "Interior Ministry said."),
     [d.S("Two traffic police officers killed in Kabardino-Balkaria; IS claims attack, FSB kills two suspects in Nalchik"),
      d.S("The attackers fired from a passing car", "told Interfax."),
      d.S("The wounded sergeant was taken to hospital in Nalchik.", "in Nalchik."),
      d.S("The Islamic State claimed the attack", "in the Caucasus.")])
d.EV("ASSAULT", "Federal Security Service", None, "Khasanya", "2027-08-16", 2, 1,
     d.S("On Monday, the Federal Security Service (FSB) said two suspects", "fire on officers."),
     [d.S("Two traffic police officers killed in Kabardino-Balkaria; IS claims attack, FSB kills two suspects in Nalchik"),
      d.S("One FSB officer was slightly wounded", "the FSB said."),
      d.S("\"The criminals were blocked", "the statement said."),
      d.S("It named one of the dead suspects", "in 2019.")])
d.EV("CONSULT", "Kazbek Kokov", "Yury Chaika", "Nalchik", "2027-08-16", None, None,
     d.S("On Monday, Kokov held talks in Nalchik", "after the attack."),
     [d.S("\"We discussed additional measures", "his press service.")])

# ---------------- u10 VnExpress International: To Lam–Thongloun and To Lam–Sonexay in Vientiane; trade and energy ministries' talks
d = Doc("u10.txt", "VnExpress International", "2027-08-18"); docs.append(d)
d.B("VnExpress International", "ORG", "VnExpress")
d.E("Vietnam", "GPE")
d.E("Laos", "GPE")
d.E("Vientiane", "GPE")
d.E("Vung Ang", "GPE")
d.E("To Lam", "PERSON", "Party General Secretary To Lam")
d.E("Thongloun Sisoulith", "PERSON", "Thongloun")
d.B("Nguyen Quy-Anh", "PERSON")
d.B("Vietnam News Agency", "ORG", "VNA")
d.B("Tri Dung-Phan", "PERSON")
d.E("Lao People's Revolutionary Party", "ORG", "Lao People\u2019s Revolutionary Party")
d.E("Ha Tinh", "GPE", "Ha Tinh province")
d.E("Hanoi", "GPE")
d.E("Lao News Agency", "ORG", "KPL")
d.E("Sonexay Siphandone", "PERSON", "Lao Prime Minister Sonexay Siphandone")
d.E("Thakhek", "GPE")
d.E("Khammouane", "GPE", "Khammouane province")
d.E("Vietnamese Ministry of Industry and Trade", "ORG", "Ministry of Industry and Trade")
d.E("Lao Ministry of Energy and Mines", "ORG", "Ministry of Energy and Mines")
d.E("China", "GPE")
d.E("Hoang Thi Minh-Chau", "PERSON")
d.E("ISEAS–Yusof Ishak Institute", "ORG")
d.E("Singapore", "GPE")
d.E("Champasak", "GPE", "Champasak province")
d.E("ASEAN", "ORG")
d.E("Cambodia", "GPE")
d.E("Tay Ninh", "GPE")
d.Q("The special relationship between Vietnam and Laos", "To Lam")
d.Q("We must turn it into railways", "To Lam")
d.Q("create every favourable condition", "Thongloun Sisoulith")
d.Q("Laos does not want to depend", "Hoang Thi Minh-Chau")
d.Q("The question is still who pays.", "Hoang Thi Minh-Chau")
d.EV("CONSULT", "To Lam", "Thongloun Sisoulith", "Vientiane", "2027-08-17", None, None,
     d.S("Vietnam\u2019s top leader To Lam held talks", "official visit."),
     [d.S("Vietnam, Laos agree to speed up Vientiane–Vung Ang railway"),
      d.S("Party General Secretary To Lam and Lao leader Thongloun Sisoulith pledged", "next year."),
      d.S("The two leaders agreed to", "joint press release."),
      d.S("\u201cThe special relationship", "start of the talks."),
      d.S("Thongloun said Laos would", "Lao officials."),
      d.S("He also asked for more Vietnamese help", "(KPL) reported.")])
d.EV("CONSULT", "To Lam", "Sonexay Siphandone", "Vientiane", "2027-08-17", None, None,
     d.S("Later on Tuesday, To Lam received", "Lao government."),
     [d.S("The two discussed electricity exports", "delegation said.")])
d.EV("CONSULT", "Vietnamese Ministry of Industry and Trade", "Lao Ministry of Energy and Mines", "Vientiane", "2027-08-16", None, None,
     d.S("A day earlier, on Monday, officials of Vietnam\u2019s Ministry", "by 2030."))

# ---------------- u11 The Kathmandu Post: police fire on Birgunj protesters; petrol bomb in Chhapkaiya; Khadka–Shah-Kalwar in Birgunj
d = Doc("u11.txt", "The Kathmandu Post", "2027-08-20"); docs.append(d)
d.E("The Kathmandu Post", "ORG", "Kathmandu Post", "Post")
d.E("Madhesh Province", "GPE", "Madhesh")
d.E("Birgunj", "GPE")
d.E("Dipendra Bahadur Khadka", "PERSON", "Home Minister Dipendra Bahadur Khadka", "Home Minister Khadka", "Khadka")
d.E("Raj Kishor Shah-Kalwar", "PERSON", "Madhesh Province Chief Minister Raj Kishor Shah-Kalwar", "Chief Minister Shah-Kalwar", "Shah-Kalwar")
d.B("Shiva Prasad Chaurasiya-Mahato", "PERSON")
d.E("Parsa", "GPE", "Parsa district")
d.B("Rajesh Kumar Sah-Teli", "PERSON")
d.E("Nepal Police", "ORG")
d.E("India", "GPE")
d.E("Kamal Bahadur Thapa-Magar", "PERSON", "Deputy Superintendent of Police Kamal Bahadur Thapa-Magar")
d.E("District Police Office, Parsa", "ORG")
d.E("Mohammad Sahid Ansari", "PERSON")
d.E("Ram Babu Chaudhary", "PERSON")
d.E("Chhapkaiya", "GPE")
d.E("District Administration Office, Parsa", "ORG", "District Administration Office")
d.E("Bishnu Prasad Adhikari-Tiwari", "PERSON", "Chief District Officer Bishnu Prasad Adhikari-Tiwari")
d.E("Nepali Ministry of Home Affairs", "ORG", "Home Ministry")
d.E("National Human Rights Commission of Nepal", "ORG", "National Human Rights Commission", "NHRC")
d.E("Sunita Chaudhary", "PERSON")
d.E("Janakpur", "GPE")
d.Q("Our personnel fired only after", "Kamal Bahadur Thapa-Magar")
d.Q("Nobody is allowed to gather", "Bishnu Prasad Adhikari-Tiwari")
d.Q("The state cannot open fire", "Raj Kishor Shah-Kalwar")
d.Q("The probe must be independent", "Raj Kishor Shah-Kalwar")
d.Q("ready to review", "Dipendra Bahadur Khadka")
d.Q("exercise maximum restraint", "National Human Rights Commission of Nepal")
d.Q("My brother went to earn", "Sunita Chaudhary")
d.EV("ASSAULT", "Nepal Police", None, "Birgunj", "2027-08-19", 2, 17,
     d.S("Two protesters were killed and 17 people", "Thursday afternoon."),
     [d.S("Two killed, 17 injured as police open fire on Birgunj protesters"),
      d.S("Police said the crowd turned violent", "customs building."),
      d.S("He said six police personnel were injured by stones.", "by stones."),
      d.S("The dead were identified as", "customs yard."),
      d.S("Eleven injured protesters were being treated", "serious condition.")])
d.EV("ASSAULT", None, None, "Chhapkaiya", "2027-08-19", None, 1,
     d.S("Late on Thursday night, unidentified people hurled a petrol bomb", "police said."))
d.EV("CONSULT", "Dipendra Bahadur Khadka", "Raj Kishor Shah-Kalwar", "Birgunj", "2027-08-20", None, None,
     d.S("On Friday morning, Home Minister Dipendra Bahadur Khadka flew", "District Administration Office."),
     [d.S("Curfew imposed in core city areas; Home Minister Khadka meets Chief Minister Shah-Kalwar in Birgunj"),
      d.S("According to the Home Ministry, the two agreed", "retired judge."),
      d.S("\"The state cannot open fire", "after the meeting.")])

# ---------------- u12 SeeNews: Kvarner Pharma to buy Morava Lek (business; no events)
d = Doc("u12.txt", "SeeNews", "2027-08-06"); docs.append(d)
d.E("SeeNews", "ORG")
d.E("Croatia", "GPE")
d.E("Serbia", "GPE")
d.E("Kvarner Pharma", "ORG")
d.E("Morava Lek", "ORG")
d.E("Zagreb", "GPE", "ZAGREB")
d.E("Zagreb Stock Exchange", "ORG", "ZSE")
d.E("Rijeka", "GPE")
d.E("Luxembourg", "GPE")
d.E("Danube Growth Partners", "ORG")
d.E("Erste Bank Croatia", "ORG")
d.E("UniCredit", "ORG")
d.E("Serbian Commission for Protection of Competition", "ORG")
d.E("Croatian Competition Agency", "ORG")
d.E("Tomislav Vuković-Dragičević", "PERSON")
d.E("European Union", "ORG")
d.E("Bosnia and Herzegovina", "GPE")
d.E("Kazakhstan", "GPE")
d.E("Kruševac", "GPE")
d.E("Dragana Stanković-Ilić", "PERSON", "Dr. Dragana Stanković-Ilić")
d.E("Primorje-Gorski Kotar", "GPE", "Primorje-Gorski Kotar County")
d.E("Slovenia", "GPE")
d.E("InterCapital", "ORG")
d.E("Nenad Jovanović-Pešić", "PERSON")
d.E("Krka", "ORG")
d.Q("We are buying a platform", "Tomislav Vuković-Dragičević")
d.Q("We are buying a platform", "Tomislav Vuković-Dragičević", nth=1)
d.Q("Morava Lek gives us registrations", "Tomislav Vuković-Dragičević")
d.Q("My father started this company", "Dragana Stanković-Ilić")
d.Q("in line with recent deals", "InterCapital")
d.Q("The strategic logic is clear", "InterCapital")
d.Q("We will hold them to that promise", "Nenad Jovanović-Pešić")

# ---------------- u13 Devex: BREVE-Chagas short-course benznidazole trial in Bolivia and Argentina (health; no events)
d = Doc("u13.txt", "Devex", "2027-08-17"); docs.append(d)
d.B("Devex", "ORG")
d.E("Bolivia", "GPE")
d.E("Argentina", "GPE")
d.B("Lucía Ferreyra-Quispe", "PERSON")
d.E("Chuquisaca", "GPE")
d.E("Drugs for Neglected Diseases initiative", "ORG", "DNDi")
d.B("Gabriel Mamani-Torrico", "PERSON")
d.E("The New England Journal of Medicine", "ORG")
d.E("Cochabamba", "GPE")
d.E("Santiago del Estero", "GPE")
d.E("Chaco", "GPE")
d.E("Geneva", "GPE")
d.E("Unitaid", "ORG")
d.E("Ana Lucía de la Cruz Vargas", "PERSON", "Dr. Ana Lucía de la Cruz Vargas")
d.E("Universidad Mayor de San Simón", "ORG")
d.E("Pan American Health Organization", "ORG", "PAHO")
d.E("Bolivian Ministry of Health and Sports", "ORG", "Ministry of Health and Sports")
d.E("Matías Echeverría-Nowak", "PERSON", "Dr. Matías Echeverría-Nowak")
d.E("National Scientific and Technical Research Council", "ORG", "CONICET")
d.E("Spain", "GPE")
d.E("United States", "GPE")
d.E("Sarah van Heerden-Moyo", "PERSON", "Prof. Sarah van Heerden-Moyo")
d.E("London School of Hygiene & Tropical Medicine", "ORG")
d.E("Rosa Condori-Flores", "PERSON")
d.E("Sucre", "GPE")
d.E("Paraguay", "GPE")
d.QP("In the villages, everybody knows", "Ana Lucía de la Cruz Vargas")
d.Q("With two weeks, we can treat", "Ana Lucía de la Cruz Vargas")
d.Q("evaluate the inclusion of the short regimen", "Bolivian Ministry of Health and Sports")
d.Q("A short course is easier", "Matías Echeverría-Nowak")
d.Q("We are measuring the parasite", "Sarah van Heerden-Moyo")
d.Q("That requires a decade", "Sarah van Heerden-Moyo")
d.Q("People ask me every week", "Rosa Condori-Flores")

# ---------------- u14 Eos: the Pamir glacier anomaly ends, Nature Geoscience study (science; no events)
d = Doc("u14.txt", "Eos", "2027-08-23"); docs.append(d)
d.B("Eos", "ORG", "EOS")
d.B("American Geophysical Union", "ORG", "AGU")
d.E("Nature Geoscience", "ORG")
d.B("Katrin Oberholzer-Amari", "PERSON")
d.E("Gorno-Badakhshan", "GPE", "Gorno-Badakhshan region")
d.E("Tajikistan", "GPE")
d.B("Firuza Nazarshoeva", "PERSON")
d.E("University of Central Asia", "ORG")
d.E("NASA", "ORG")
d.E("Kyrgyzstan", "GPE")
d.E("Osh Oblast", "GPE")
d.E("Lorenz Bachmann-Qodirov", "PERSON", "Dr. Lorenz Bachmann-Qodirov", "Bachmann-Qodirov")
d.E("ETH Zurich", "ORG")
d.E("Gulnora Shokirova", "PERSON", "Dr. Gulnora Shokirova")
d.E("Khorog", "GPE")
d.E("Uzbekistan", "GPE")
d.E("Turkmenistan", "GPE")
d.E("Erlan Abdrakhmanov-Weiss", "PERSON", "Dr. Erlan Abdrakhmanov-Weiss")
d.E("Central Asian Institute for Applied Geosciences", "ORG")
d.E("Bishkek", "GPE")
d.Q("The Pamir was one of the last places", "Lorenz Bachmann-Qodirov")
d.Q("That is no longer true.", "Lorenz Bachmann-Qodirov")
d.Q("Snow is the savings account", "Gulnora Shokirova")
d.Q("For twenty years the deposits", "Gulnora Shokirova")
d.Q("We see it in the small glaciers", "Erlan Abdrakhmanov-Weiss")
d.Q("The big ones simply take longer.", "Erlan Abdrakhmanov-Weiss")
d.Q("Eight years of satellite data", "Erlan Abdrakhmanov-Weiss")
d.Q("but it points in a clear direction.", "Erlan Abdrakhmanov-Weiss")

# ---------------- u15 Winnipeg Free Press: Kinew pledges a hydro rate freeze before the Manitoba election (politics; no events)
d = Doc("u15.txt", "Winnipeg Free Press", "2027-08-25"); docs.append(d)
d.B("Winnipeg Free Press", "ORG")
d.E("Wab Kinew", "PERSON", "Premier Wab Kinew", "Kinew")
d.E("Manitoba New Democratic Party", "ORG", "NDP")
d.E("Progressive Conservative Party of Manitoba", "ORG", "Tories", "Progressive Conservative")
d.B("Danielle Fontaine-Kowalchuk", "PERSON")
d.E("Brandon", "GPE")
d.B("Mikaela Szwed-Bouchard", "PERSON")
d.E("Manitoba Hydro", "ORG", "Hydro")
d.E("Manitoba Public Utilities Board", "ORG", "Public Utilities Board")
d.E("Obby Khan", "PERSON", "Progressive Conservative Leader Obby Khan", "Khan")
d.E("Steinbach", "GPE")
d.E("Manitoba Liberal Party", "ORG")
d.E("Bryce Strzelecki-Martel", "PERSON")
d.E("Canadian Taxpayers Federation", "ORG")
d.E("Rachelle Okemaw-Dufresne", "PERSON")
d.E("University of Winnipeg", "ORG")
d.E("Winnipeg", "GPE")
d.E("Thompson", "GPE")
d.E("The Pas", "GPE")
d.QS("a bill our kids will pay", "Obby Khan")
d.Q("Manitobans are tired of opening", "Wab Kinew")
d.Q("Hydro belongs to the people", "Wab Kinew")
d.Q("a desperate pre-election gimmick", "Obby Khan")
d.Q("This is a bill our kids will pay", "Obby Khan")
d.Q("Wab Kinew wants you to forget", "Obby Khan")
d.Q("financial targets are set out", "Manitoba Hydro")
d.Q("work with whichever government", "Manitoba Hydro")
d.Q("A freeze funded by Hydro", "Bryce Strzelecki-Martel")
d.Q("Affordability is the whole election", "Rachelle Okemaw-Dufresne")

# ---------------- u16 ABS-CBN News: the BSP holds its policy rate at 4.25 percent (business; no events)
d = Doc("u16.txt", "ABS-CBN News", "2027-08-26"); docs.append(d)
d.E("ABS-CBN News", "ORG", "ABS-CBN NEWS")
d.E("Bangko Sentral ng Pilipinas", "ORG", "BSP")
d.B("Bettina Lacson-Villareal", "PERSON")
d.E("Eli Remolona", "PERSON", "Bangko Sentral ng Pilipinas Governor Eli Remolona Jr.", "BSP Governor Eli Remolona Jr.", "Eli Remolona Jr.", "Remolona")
d.E("Manila", "GPE", "MANILA")
d.B("Rafael Sumulong-Bautista", "PERSON")
d.E("Monetary Board", "ORG")
d.E("Philippine Statistics Authority", "ORG", "PSA")
d.E("Central Luzon", "GPE")
d.E("Cagayan Valley", "GPE")
d.E("Federal Reserve", "ORG", "US Federal Reserve")
d.E("Carmina Dela Rosa-Uy", "PERSON")
d.E("Bank of the Philippine Islands", "ORG", "BPI")
d.E("Jose Mari Ocampo-Tan", "PERSON")
d.E("University of the Philippines School of Economics", "ORG")
d.E("Philippine Stock Exchange", "ORG")
d.E("Metro Manila", "GPE")
d.E("Philippine Department of Agriculture", "ORG", "Department of Agriculture")
d.Q("The Monetary Board deems it prudent", "Bangko Sentral ng Pilipinas")
d.Q("We are not done easing", "Eli Remolona")
d.Q("If inflation expectations start", "Eli Remolona")
d.Q("The BSP is buying time", "Carmina Dela Rosa-Uy")
d.Q("Cutting into a food price shock", "Jose Mari Ocampo-Tan")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

"""Builds crest-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B();
`python3 gen_gold.py --no-credits` writes gold.jsonl without them (the committed variant).
The Doc helper class (E/B/Q/QS/QP/S/EV) is copied from bench/gauge-wire."""
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
# ---------------- c01 Africanews: JNIM raid on Gorou-Béri (Karimama, Alibori); FAB drones near Kandéro; Ahouansou-Amégnran
d = Doc("c01.txt", "Africanews", "2027-03-02"); docs.append(d)
d.E("Africanews", "ORG", "africanews")
d.E("Benin", "GPE")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "JNIM")
d.E("Alibori", "GPE", "Alibori department")
d.B("Yanick Folly", "PERSON")
d.E("Karimama", "GPE", "Karimama commune")
d.E("Cotonou", "GPE", "COTONOU")
d.E("Gorou-Béri", "GPE")
d.E("al-Qaeda", "ORG")
d.E("az-Zallaqa", "ORG")
d.E("Benin Armed Forces", "ORG", "FAB")
d.E("Kandéro", "GPE")
d.E("Carine Dossou-Yovo", "PERSON")
d.E("Parakou", "GPE")
d.E("Théodore Ahouansou", "PERSON", "Brig. Gen. Théodore Ahouansou")
d.E("Togolese Armed Forces", "ORG")
d.E("Kodjo Amégnran", "PERSON", "Gen. Kodjo Amégnran")
d.E("Tanguiéta", "GPE")
d.E("Armed Conflict Location and Event Data Project", "ORG", "ACLED")
d.E("Pieter van der Linden", "PERSON")
d.E("Clingendael Institute", "ORG")
d.E("The Hague", "GPE")
d.E("Niger", "GPE")
d.E("Niamey", "GPE")
d.E("Togo", "GPE")
d.E("Savanes", "GPE", "Savanes region")
d.Q("We heard shooting until", None)
d.Q("taken the position and all", "Jama'at Nusrat al-Islam wal-Muslimin")
d.Q("Our units hold the initiative", "Benin Armed Forces")
d.Q("The nation stands with", "Carine Dossou-Yovo")
d.Q("JNIM is no longer just", "Pieter van der Linden")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", None, "Gorou-Béri", "2027-02-28", 11, 7,
     d.S("COTONOU, Benin -- At least 11 soldiers", "military sources said."),
     [d.S("Benin: 11 soldiers killed"),
      d.S("JNIM claims the attack in Alibori"),
      d.S("The attackers came on motorbikes", "told Africanews."),
      d.S("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's", "on Monday."),
      d.S("The message said its fighters", "weapons\"."),
      d.S("Government spokeswoman Carine Dossou-Yovo told", "in Parakou.")])
d.EV("ASSAULT", "Benin Armed Forces", None, "Kandéro", "2027-03-01", None, None,
     d.S("The Benin Armed Forces (FAB) said", "several of them."),
     [d.S("JNIM claims the attack in Alibori")])
d.EV("CONSULT", "Théodore Ahouansou", "Kodjo Amégnran", "Cotonou", "2027-03-01", None, None,
     d.S("Also on Monday, the chief of the general staff", "northern borders."),
     [d.S("The two officers agreed", "after the meeting.")])

# ---------------- c02 Punch: gunmen attack Tahoss-Gwol (Riyom LGA, Plateau); OPSH kills three near Rim-Kasa; Mutfwang-Tinubu
d = Doc("c02.txt", "Punch", "2027-03-04"); docs.append(d)
d.E("Punch", "ORG", "PUNCH")
d.E("Plateau", "GPE", "Plateau State")
d.B("Dachung Pam-Gyang", "PERSON")
d.E("Jos", "GPE")
d.E("Tahoss-Gwol", "GPE")
d.E("Riyom", "GPE", "Riyom Local Government Area", "Riyom LGA")
d.E("Daniel Gyang Dalyop", "PERSON", "Hon. Daniel Gyang Dalyop", "Dalyop")
d.E("Plateau State Police Command", "ORG")
d.E("Ruth Kaneng Dabo", "PERSON", "DSP Ruth Kaneng Dabo")
d.E("Riyom Community Development Association", "ORG")
d.E("Operation Safe Haven", "ORG")
d.E("Rim-Kasa", "GPE")
d.E("Ishaku Danjuma Gotom", "PERSON", "Maj. Ishaku Danjuma Gotom")
d.E("Amnesty International Nigeria", "ORG")
d.E("Caleb Mutfwang", "PERSON", "Mutfwang")
d.E("Bola Tinubu", "PERSON", "President Bola Tinubu", "Tinubu")
d.E("Abuja", "GPE")
d.E("Bayo Onanuga", "PERSON")
d.E("Bokkos", "GPE")
d.E("Mangu", "GPE")
d.E("Bassa", "GPE")
d.E("Benue", "GPE")
d.E("Makurdi", "GPE")
d.E("Kaduna", "GPE")
d.Q("They did not take anything", "Daniel Gyang Dalyop")
d.Q("strange movements in the hills", "Riyom Community Development Association")
d.QP("Our troops responded swiftly", "Ishaku Danjuma Gotom")
d.Q("Two AK-47 rifles", "Ishaku Danjuma Gotom")
d.Q("once again ignored early warnings", "Amnesty International Nigeria")
d.Q("directed the service chiefs", "Bola Tinubu")
d.Q("We will not abandon our communities", "Caleb Mutfwang")
d.EV("ASSAULT", None, None, "Tahoss-Gwol", "2027-03-02", 17, 9,
     d.S("Seventeen people, including six children", "on Tuesday night."),
     [d.S("Gunmen kill 17 in Plateau"),
      d.S("Nine others were injured", "residents said."),
      d.S("The chairman of Riyom LGA", "outside their homes."),
      d.S("The Plateau State Police Command confirmed", "the attack.")])
d.EV("ASSAULT", "Operation Safe Haven", None, "Rim-Kasa", "2027-03-03", 3, None,
     d.S("On Wednesday, troops of Operation Safe Haven", "three of them."),
     [d.S("Gunmen kill 17 in Plateau")])
d.EV("CONSULT", "Caleb Mutfwang", "Bola Tinubu", "Abuja", "2027-03-03", None, None,
     d.S("Also on Wednesday, the Plateau State Governor", "on the attacks."),
     [d.S("Tinubu \u201cdirected the service chiefs", "after the meeting.")])

# ---------------- c03 KNA: Al-Shabaab bomb near Jima-Hindi (Lamu County); KDF raid near Basuba; Murkomen-Timamy in Mokowe
d = Doc("c03.txt", "Kenya News Agency", "2027-03-06"); docs.append(d)
d.E("Kenya News Agency", "ORG", "KENYA NEWS AGENCY", "KNA")
d.E("Lamu", "GPE", "Lamu County")
d.E("Al-Shabaab", "ORG")
d.B("Mwanaisha Kombo-Ruwa", "PERSON")
d.E("Rural Border Patrol Unit", "ORG", "RBPU")
d.E("Mokowe", "GPE", "MOKOWE")
d.E("Kenya", "GPE")
d.E("Jima-Hindi", "GPE")
d.E("Moses Kiprono Langat", "PERSON", "Lamu County Police Commander Moses Kiprono Langat")
d.E("Shahada News Agency", "ORG")
d.E("Somalia", "GPE")
d.E("Kenya Defence Forces", "ORG", "KDF")
d.E("Basuba", "GPE", "Basuba ward")
d.E("Kipchumba Murkomen", "PERSON", "Interior Cabinet Secretary Kipchumba Murkomen", "Murkomen")
d.E("Issa Timamy", "PERSON", "Governor Issa Timamy", "Timamy")
d.E("Hindi", "GPE")
d.E("Mpeketoni", "GPE")
d.E("Athman Bwana Shee", "PERSON", "Mzee Athman Bwana Shee")
d.E("Mombasa", "GPE")
d.E("Haki Africa", "ORG")
d.E("Mogadishu", "GPE")
d.E("African Union Support and Stabilization Mission in Somalia", "ORG", "AUSSOM")
d.E("Garissa", "GPE", "Garissa County")
d.E("Kilifi", "GPE")
d.B("Government of Kenya", "ORG")
d.Q("The device was buried", "Moses Kiprono Langat")
d.Q("The camp was being used", "Kenya Defence Forces")
d.Q("We will not cede", "Kipchumba Murkomen")
d.Q("Those who supply them", "Kipchumba Murkomen")
d.Q("Every week we hear", "Athman Bwana Shee")
d.Q("treated as suspects", "Haki Africa")
d.EV("ASSAULT", "Al-Shabaab", "Rural Border Patrol Unit", "Jima-Hindi", "2027-03-04", 4, 3,
     d.S("MOKOWE, Kenya, Mar 6 (KNA) - Four police officers", "police said."),
     [d.S("Four police officers killed as Al-Shabaab"),
      d.S("Officers of the Rural Border Patrol Unit inspect", "on Thursday."),
      d.S("The officers, all from the Rural Border Patrol Unit", "told KNA."),
      d.S("Al-Shabaab claimed responsibility", "statements.")])
d.EV("ASSAULT", "Kenya Defence Forces", "Al-Shabaab", "Basuba", "2027-03-05", 6, None,
     d.S("On Friday, the Kenya Defence Forces (KDF) said", "recovering explosives."))
d.EV("CONSULT", "Kipchumba Murkomen", "Issa Timamy", "Mokowe", "2027-03-05", None, None,
     d.S("Interior Cabinet Secretary Kipchumba Murkomen flew", "in Mokowe."),
     [d.S("\"We will not cede", "after the meeting."),
      d.S("Timamy asked the national government", "and Mpeketoni.")])

# ---------------- c04 The Reporter: bus attack near Lemmi Oda (Jeldu, West Shewa); ENDF drone strike on Gidami; Shimelis-Abba Gadaa
d = Doc("c04.txt", "The Reporter", "2027-03-08"); docs.append(d)
d.E("The Reporter", "ORG", "THE REPORTER")
d.E("West Shewa", "GPE", "West Shewa zone")
d.E("Kellem Wollega", "GPE", "Kellem Wollega zone")
d.E("Oromo Liberation Army", "ORG", "OLA", "Shene")
d.B("Tewodros Bekele-Haile", "PERSON")
d.E("Ambo", "GPE")
d.B("Selam Gebru", "PERSON")
d.E("Lemmi Oda", "GPE")
d.E("Jeldu", "GPE", "Jeldu woreda")
d.E("Fiche", "GPE")
d.E("Addis Ababa", "GPE")
d.E("Chaltu Gemechu", "PERSON")
d.E("Oromia Communication Bureau", "ORG")
d.E("Odaa Tarbii", "PERSON")
d.E("Gidami", "GPE")
d.E("Ethiopian National Defense Force", "ORG", "ENDF")
d.E("Birhanu Tesfaye-Alemu", "PERSON", "Col. Birhanu Tesfaye-Alemu")
d.E("Ethiopian Broadcasting Corporation", "ORG", "EBC")
d.E("Ethiopian Human Rights Commission", "ORG", "EHRC")
d.E("Oromia", "GPE", "Oromia region")
d.E("Shimelis Abdisa", "PERSON", "Shimelis")
d.E("Tolasa Bonsa-Waqo", "PERSON", "Abba Gadaa Tolasa Bonsa-Waqo")
d.E("Adama", "GPE")
d.E("Tanzania", "GPE")
d.E("Dawit Alemayehu-Fenta", "PERSON")
d.E("Addis Ababa University", "ORG")
d.E("Amhara", "GPE")
d.E("Debre Markos", "GPE")
d.Q("They asked for our identity", "Chaltu Gemechu")
d.Q("face the full force", "Oromia Communication Bureau")
d.Q("We do not target civilians", "Odaa Tarbii")
d.Q("only militants gathered", "Birhanu Tesfaye-Alemu")
d.Q("Civilians in western Oromia", "Ethiopian Human Rights Commission")
d.Q("The door to dialogue", "Shimelis Abdisa")
d.Q("Both sides believe", "Dawit Alemayehu-Fenta")
d.EV("ASSAULT", None, None, "Lemmi Oda", "2027-03-06", 9, 12,
     d.S("Gunmen opened fire on a passenger bus", "told The Reporter."),
     [d.S("Nine bus passengers killed"),
      d.S("Regional government blames OLA"),
      d.S("The bus was travelling from Ambo", "according to survivors."),
      d.S("The wounded were taken to hospitals in Ambo", "Addis Ababa."),
      d.S("The Oromia Communication Bureau blamed", "\"Shene\"."),
      d.S("The OLA rejected", "the accusation.")])
d.EV("ASSAULT", "Ethiopian National Defense Force", "Oromo Liberation Army", "Gidami", "2027-03-07", 4, 6,
     d.S("Separately, a drone strike hit a livestock market", "residents said."),
     [d.S("Nine bus passengers killed"),
      d.S("The Ethiopian National Defense Force (ENDF) said it had struck", "near the town."),
      d.S("Its spokesperson, Col. Birhanu", "were targeted.")])
d.EV("CONSULT", "Shimelis Abdisa", "Tolasa Bonsa-Waqo", "Adama", "2027-03-07", None, None,
     d.S("On Sunday, the president of the Oromia region", "peace initiative."),
     [d.S("\"The door to dialogue", "after the meeting.")])

# ---------------- c05 North Press: Turkish drone near Qamishli (Hasakah); IS attack on Asayish in Tal Hamis; Ilham Ahmed-de Saint-Aubin
d = Doc("c05.txt", "North Press Agency", "2027-03-09"); docs.append(d)
d.E("North Press Agency", "ORG", "North Press")
d.E("Syria", "GPE")
d.E("Turkey", "GPE")
d.E("Syrian Democratic Forces", "ORG", "SDF")
d.E("Qamishli", "GPE", "QAMISHLI")
d.E("Islamic State", "ORG", "ISIS")
d.E("Asayish", "ORG")
d.B("Hozan Ali-Sheikhmous", "PERSON")
d.E("Amuda", "GPE")
d.E("Hasakah", "GPE", "Hasakah governorate")
d.E("Turkish Ministry of National Defence", "ORG", "Ministry of National Defence")
d.E("Ankara", "GPE")
d.E("Kurdistan Workers' Party", "ORG", "Kurdistan Workers\u2019 Party", "PKK")
d.E("People's Protection Units", "ORG", "People\u2019s Protection Units", "YPG")
d.E("Damascus", "GPE")
d.E("Autonomous Administration of North and East Syria", "ORG", "AANES")
d.E("Tal Hamis", "GPE")
d.E("Amaq", "ORG")
d.E("Ali Hassan al-Ahmad", "PERSON")
d.E("Ilham Ahmed", "PERSON", "Ahmed")
d.E("Foreign Relations Department of the Autonomous Administration of North and East Syria", "ORG",
    "Foreign Relations Department of the AANES")
d.E("France", "GPE")
d.E("Hélène de Saint-Aubin", "PERSON", "de Saint-Aubin")
d.E("Ahmed al-Sharaa", "PERSON", "President Ahmed al-Sharaa")
d.E("Syrian Ministry of Foreign Affairs", "ORG")
d.E("United Nations", "ORG")
d.E("Deir ez-Zor", "GPE")
d.E("Kobani", "GPE")
d.Q("The car was hit twice", None)
d.Q("neutralised two PKK/YPG", "Turkish Ministry of National Defence")
d.Q("a flagrant violation", "Syrian Democratic Forces")
d.Q("They knew the shift change", "Ali Hassan al-Ahmad")
d.Q("France will not forget", "Hélène de Saint-Aubin")
d.Q("and we expect every party", "Hélène de Saint-Aubin")
d.Q("Each attack gives", "Ilham Ahmed")
d.EV("ASSAULT", "Turkey", "Syrian Democratic Forces", "Qamishli", "2027-03-08", 2, 1,
     d.S("QAMISHLI, March 9 (North Press) \u2013 Two fighters", "told North Press."),
     [d.S("Turkish drone kills two SDF fighters"),
      d.S("Turkey\u2019s Ministry of National Defence said", "northern Syria."),
      d.S("The SDF said in a statement that the strike", "coalition\u201d.")])
d.EV("ASSAULT", "Islamic State", "Asayish", "Tal Hamis", "2027-03-07", 3, None,
     d.S("On Sunday night, gunmen attacked a checkpoint", "three of its members."),
     [d.S("Turkish drone kills two SDF fighters"),
      d.S("The Islamic State (ISIS) claimed the attack", "on Monday."),
      d.S("Asayish spokesman Ali Hassan al-Ahmad told", "south of the town.")])
d.EV("CONSULT", "Ilham Ahmed", "Hélène de Saint-Aubin", "Qamishli", "2027-03-08", None, None,
     d.S("Also on Monday, Ilham Ahmed", "in Qamishli."),
     [d.S("According to a statement from the department", "al-Hol camp."),
      d.S("\u201cFrance will not forget", "north-east.\u201d")])

# ---------------- c06 Inquirer: NPA ambush in Mabini-Lagong (Las Navas, Northern Samar); PAF bombs near Catubig; Teodoro-Abalos-Quinto
d = Doc("c06.txt", "Philippine Daily Inquirer", "2027-03-10"); docs.append(d)
d.E("Philippine Daily Inquirer", "ORG", "INQUIRER.net", "Inquirer")
d.E("New People's Army", "ORG", "NPA")
d.E("Northern Samar", "GPE")
d.E("Philippine Army", "ORG", "Army")
d.E("Ramon Tiu Jr.", "PERSON", "Lt. Col. Ramon Tiu Jr.", "Tiu")
d.B("Jessa Marie Dacanay-Uy", "PERSON")
d.E("Las Navas", "GPE", "Las Navas town")
d.E("20th Infantry Battalion", "ORG", "20IB")
d.E("Catarman", "GPE", "CATARMAN")
d.E("Philippines", "GPE")
d.E("Mabini-Lagong", "GPE", "Barangay Mabini-Lagong")
d.E("Rodante Cabrera Command", "ORG")
d.E("Philippine Air Force", "ORG", "PAF")
d.E("Catubig", "GPE")
d.E("Armed Forces of the Philippines", "ORG", "AFP")
d.E("Maria Luisa de Leon-Sabado", "PERSON", "Col. Maria Luisa de Leon-Sabado")
d.E("Gilberto Teodoro Jr.", "PERSON", "Defense Secretary Gilberto Teodoro Jr.", "Teodoro")
d.E("Marites Abalos-Quinto", "PERSON", "Northern Samar Gov. Marites Abalos-Quinto", "Abalos-Quinto")
d.E("8th Infantry Division", "ORG")
d.E("National Democratic Front of the Philippines", "ORG", "NDFP")
d.E("Communist Party of the Philippines", "ORG", "CPP")
d.E("Eastern Samar", "GPE")
d.QS("We will hunt them down", "Ramon Tiu Jr.")
d.Q("We will hunt them down. These", "Ramon Tiu Jr.")
d.Q("a just punishment", "Rodante Cabrera Command")
d.Q("focused military operations", "Maria Luisa de Leon-Sabado")
d.Q("The communist armed struggle", "Gilberto Teodoro Jr.")
d.Q("People are afraid", "Marites Abalos-Quinto")
d.EV("ASSAULT", "New People's Army", "20th Infantry Battalion", "Mabini-Lagong", "2027-03-08", 3, 4,
     d.S("CATARMAN, Northern Samar, Philippines \u2014 Three soldiers", "on Monday morning."),
     [d.S("3 soldiers killed in NPA ambush"),
      d.S("The soldiers, from the Army's 20th Infantry Battalion", "the battalion commander."),
      d.S("The Rodante Cabrera Command of the NPA", "villages.\"")])
d.EV("ASSAULT", "Philippine Air Force", "New People's Army", "Catubig", "2027-03-09", None, None,
     d.S("On Tuesday, a Philippine Air Force (PAF) aircraft", "the military said."),
     [d.S("The Armed Forces of the Philippines (AFP) spokesperson", "this year.\"")])
d.EV("CONSULT", "Gilberto Teodoro Jr.", "Marites Abalos-Quinto", "Catarman", "2027-03-09", None, None,
     d.S("Also on Tuesday, Defense Secretary", "in the province."),
     [d.S("Teodoro told reporters after the meeting:")])

# ---------------- c07 Reuters: AAKG attack on Mboki (Haut-Mbomou); drone on Zemio market; Touadéra-Rugwabiza in Bangui
d = Doc("c07.txt", "Reuters", "2027-03-12"); docs.append(d)
d.E("Reuters", "ORG")
d.E("Central African Republic", "GPE")
d.E("Zemio", "GPE")
d.B("Thierry Ndoyo-Kassaï", "PERSON")
d.E("Bangui", "GPE", "BANGUI")
d.E("Azande Ani Kpi Gbe", "ORG", "AAKG")
d.E("Mboki", "GPE")
d.E("Haut-Mbomou", "GPE", "Haut-Mbomou prefecture")
d.E("United Nations", "ORG", "U.N.")
d.E("Pierre-Célestin Bangazi", "PERSON")
d.E("Marie-Claire Zakamo", "PERSON")
d.E("Jean-Paul Yakité-Sanzé", "PERSON")
d.E("Central African Armed Forces", "ORG", "FACA")
d.E("United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "ORG", "MINUSCA")
d.E("Faustin-Archange Touadéra", "PERSON", "President Faustin-Archange Touadéra")
d.E("Valentine Rugwabiza", "PERSON", "Rugwabiza")
d.E("Obo", "GPE")
d.E("Wagner Group", "ORG")
d.E("Africa Corps", "ORG")
d.E("South Sudan", "GPE")
d.E("Democratic Republic of the Congo", "GPE", "Democratic Republic of Congo")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("Seleka", "ORG")
d.B("Aïssatou Ba-Diallo", "PERSON")
d.B("Dakar", "GPE")
d.B("Graham Whitcombe-Lyle", "PERSON")
d.B("Nora Feldhaus", "PERSON")
d.Q("We are defending the Zande", "Pierre-Célestin Bangazi")
d.Q("It came at the busiest hour", "Marie-Claire Zakamo")
d.Q("do not bomb markets", "Jean-Paul Yakité-Sanzé")
d.Q("deeply alarmed by", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic")
d.Q("We agreed that protecting", "Valentine Rugwabiza")
d.Q("The mission will strengthen", "Valentine Rugwabiza")
d.EV("ASSAULT", "Azande Ani Kpi Gbe", None, "Mboki", "2027-03-10", 8, 10,
     d.S("BANGUI, March 12 (Reuters) - Fighters from", "United Nations source said."),
     [d.S("Militia attack kills eight"),
      d.S("At least 10 people were wounded", "to the media."),
      d.S("In an audio message shared on WhatsApp", "carried out the attack.")])
d.EV("ASSAULT", None, None, "Zemio", "2027-03-11", 4, None,
     d.S("On Thursday, a drone struck the main market in Zemio", "residents said."),
     [d.S("Militia attack kills eight"),
      d.S("The AAKG accused government forces", "the strike."),
      d.S("Government spokesman Jean-Paul Yakité-Sanzé denied", "civilians\".")])
d.EV("CONSULT", "Faustin-Archange Touadéra", "Valentine Rugwabiza", "Bangui", "2027-03-11", None, None,
     d.S("President Faustin-Archange Touadéra received", "the presidency said."),
     [d.S("\"We agreed that protecting", "after the meeting.")])

# ---------------- c08 Khmer Times: Thai shells on Kouk Pring (Banteay Ampil, Oddar Meanchey); rockets near Kantharalak; Hun Manet-Wong call; Tea Seiha-Khaled Nordin
d = Doc("c08.txt", "Khmer Times", "2027-03-15"); docs.append(d)
d.B("Khmer Times", "ORG", "KT")
d.E("Thailand", "GPE")
d.E("Oddar Meanchey", "GPE", "Oddar Meanchey province")
d.E("Hun Manet", "PERSON", "Prime Minister Samdech Thipadei Hun Manet", "Samdech Thipadei Hun Manet")
d.E("Association of Southeast Asian Nations", "ORG", "ASEAN")
d.B("Sok Chanthida-Rith", "PERSON")
d.E("Kouk Pring", "GPE")
d.E("Banteay Ampil", "GPE", "Banteay Ampil district")
d.E("Cambodian Ministry of National Defence", "ORG")
d.E("Maly Socheata", "PERSON", "Lt. Gen. Maly Socheata")
d.E("Phnom Penh", "GPE")
d.E("Chhim Sreypov", "PERSON")
d.E("Royal Thai Army", "ORG")
d.E("Thanakorn Saengthong", "PERSON", "Col. Thanakorn Saengthong")
d.E("Kantharalak", "GPE", "Kantharalak district")
d.E("Sisaket", "GPE", "Sisaket province")
d.E("Cambodia", "GPE")
d.E("Thai Ministry of Foreign Affairs", "ORG")
d.E("Singapore", "GPE")
d.E("Lawrence Wong", "PERSON", "Prime Minister Lawrence Wong")
d.E("Tea Seiha", "PERSON", "Gen. Tea Seiha")
d.E("Mohamed Khaled Nordin", "PERSON", "Malaysian Defence Minister Datuk Seri Mohamed Khaled Nordin",
    "Datuk Seri Mohamed Khaled Nordin", "Khaled Nordin")
d.E("Malaysia", "GPE")
d.E("Kuala Lumpur", "GPE")
d.E("Pich Sovanndara-Kim", "PERSON")
d.E("Poipet", "GPE")
d.E("Siem Reap", "GPE")
d.Q("These were not warning shots", "Maly Socheata")
d.Q("My husband went to untie", "Chhim Sreypov")
d.Q("committed to the ceasefire arrangements", "Thai Ministry of Foreign Affairs")
d.Q("stop provocations along", "Thai Ministry of Foreign Affairs")
d.QP("I asked ASEAN to send", "Hun Manet")
d.Q("Cambodia wants peace", "Hun Manet")
d.EV("ASSAULT", "Royal Thai Army", None, "Kouk Pring", "2027-03-13", 2, 5,
     d.S("Two civilians were killed and five others injured on Saturday", "Cambodian officials said."),
     [d.S("Two villagers killed as Thai shells"),
      d.S("Villagers inspect a house destroyed by shelling", "on Saturday."),
      d.S("The Cambodian Ministry of National Defence said more than 20 shells", "pagoda kitchen."),
      d.S("The Royal Thai Army acknowledged", "Cambodian territory.")])
d.EV("ASSAULT", None, None, "Kantharalak", "2027-03-13", None, 1,
     d.S("The Royal Thai Army acknowledged", "Cambodian territory."),
     [d.S("A Thai army spokesman, Col. Thanakorn", "injuring a teacher."),
      d.S("Cambodia denied firing any rockets.")])
d.EV("CONSULT", "Hun Manet", "Lawrence Wong", None, "2027-03-14", None, None,
     d.S("On Sunday, Prime Minister Samdech Thipadei Hun Manet held", "on the shelling."),
     [d.S("Two villagers killed as Thai shells"),
      d.S("Hun Manet later wrote on Facebook:")])
d.EV("CONSULT", "Tea Seiha", "Mohamed Khaled Nordin", "Phnom Penh", "2027-03-14", None, None,
     d.S("Also on Sunday, Deputy Prime Minister", "observer team."),
     [d.S("Khaled Nordin told reporters after the meeting", "both sides agreed.")])

# ---------------- c09 Andina: MPCP ambush near Pampa Aurora (Vizcatán del Ene, Junín); CE-VRAEM clash near Pichari; minister-governor in Huancayo
d = Doc("c09.txt", "Andina", "2027-03-17"); docs.append(d)
d.E("Andina", "ORG", "ANDINA", "Agencia Peruana de Noticias")
d.E("Shining Path", "ORG")
d.E("Special Command of the VRAEM", "ORG", "CE-VRAEM")
d.E("Junín", "GPE", "Junín region")
d.E("Lima", "GPE")
d.E("Militarized Communist Party of Peru", "ORG", "MPCP")
d.E("Pampa Aurora", "GPE")
d.E("Vizcatán del Ene", "GPE", "Vizcatán del Ene district")
d.E("Joint Command of the Armed Forces of Peru", "ORG", "Joint Command of the Armed Forces", "CCFFAA")
d.E("Peruvian Armed Forces", "ORG", "Armed Forces")
d.E("Pichari", "GPE")
d.E("Víctor Quispe Palomino", "PERSON", "Comrade José")
d.E("César Villanueva-Rojas", "PERSON", "Defence Minister César Villanueva-Rojas")
d.E("Huancayo", "GPE")
d.E("Rocío de la Cruz Mamani", "PERSON", "De la Cruz Mamani")
d.E("Teodoro Huamaní Ccori", "PERSON")
d.E("National Commission for Development and Life Without Drugs", "ORG", "DEVIDA")
d.E("Peru", "GPE")
d.E("Ayacucho", "GPE")
d.E("Llochegua", "GPE")
d.E("Cusco", "GPE")
d.E("La Convención", "GPE")
d.QP("The patrol repelled the attack", "Joint Command of the Armed Forces of Peru")
d.Q("The Armed Forces reaffirm", "Joint Command of the Armed Forces of Peru")
d.Q("The State will not leave", "César Villanueva-Rojas")
d.Q("and we will bring roads", "César Villanueva-Rojas")
d.Q("Farmers need alternatives", "Rocío de la Cruz Mamani")
d.Q("After every attack", "Teodoro Huamaní Ccori")
d.EV("ASSAULT", "Militarized Communist Party of Peru", None, "Pampa Aurora", "2027-03-15", 2, 3,
     d.S("Two soldiers were killed and three others were wounded on Monday", "Junín region."),
     [d.S("VRAEM: two soldiers killed in ambush"),
      d.S("The patrol was returning to its base", "reported.")])
d.EV("ASSAULT", "Special Command of the VRAEM", None, "Pichari", "2027-03-16", 2, None,
     d.S("On Tuesday, troops of the Special Command", "the command said."),
     [d.S("VRAEM: two soldiers killed in ambush"),
      d.S("Two rifles and a satellite phone", "were seized.")])
d.EV("CONSULT", "César Villanueva-Rojas", "Rocío de la Cruz Mamani", "Huancayo", "2027-03-16", None, None,
     d.S("Defence Minister César Villanueva-Rojas travelled", "for the area."),
     [d.S("\u201cThe State will not leave", "rifles before.\u201d")])

# ---------------- c10 Post-Courier: PMV ambush near Kaiap-Tole (Wapenamanda, Enga); police shoot two near Wabag; Marape-Ipatas in Port Moresby
d = Doc("c10.txt", "Post-Courier", "2027-03-19"); docs.append(d)
d.E("Post-Courier", "ORG", "POST-COURIER")
d.E("Enga", "GPE", "Enga Province")
d.B("Joseph Wangi-Tokam", "PERSON", "JOSEPH WANGI-TOKAM")
d.E("Kaiap-Tole", "GPE")
d.E("Wapenamanda", "GPE", "Wapenamanda district")
d.E("Wabag", "GPE")
d.E("Jacob Kumbu-Lapa", "PERSON", "Chief Inspector Jacob Kumbu-Lapa")
d.E("Mary Yakane", "PERSON", "Sister Mary Yakane")
d.E("Royal Papua New Guinea Constabulary", "ORG", "RPNGC")
d.E("David Manning", "PERSON", "Police Commissioner David Manning", "Mr Manning")
d.E("James Marape", "PERSON", "Prime Minister James Marape", "Marape")
d.E("Peter Ipatas", "PERSON", "Enga Governor Sir Peter Ipatas", "Sir Peter Ipatas", "Sir Peter")
d.E("Port Moresby", "GPE")
d.E("Catholic Diocese of Wabag", "ORG")
d.E("Papua New Guinea", "GPE")
d.E("Laiagam", "GPE")
d.E("Hela", "GPE")
d.Q("The victims were ordinary", "Jacob Kumbu-Lapa")
d.Q("We ran out of blood", "Mary Yakane")
d.Q("I have authorised", "David Manning")
d.Q("Those who hire gunmen", "James Marape")
d.Q("We must give our young men", "Peter Ipatas")
d.Q("paralysed by fear", "Catholic Diocese of Wabag")
d.EV("ASSAULT", None, None, "Kaiap-Tole", "2027-03-16", 11, 4,
     d.S("ELEVEN people, including two women", "on Tuesday."),
     [d.S("11 killed in Enga highway ambush"),
      d.S("A burnt PMV lies beside the road", "on Wednesday."),
      d.S("Four other passengers survived", "police said."),
      d.S("Acting Enga provincial police commander", "since last year.")])
d.EV("ASSAULT", "Royal Papua New Guinea Constabulary", None, "Wabag", "2027-03-17", 2, None,
     d.S("On Wednesday, a police mobile squad", "(RPNGC)."),
     [d.S("No officers were hurt.")])
d.EV("CONSULT", "James Marape", "Peter Ipatas", "Port Moresby", "2027-03-18", None, None,
     d.S("Prime Minister James Marape met", "discuss the violence."),
     [d.S("Marape said after the meeting", "Inter-Group Fighting Act.")])

# ---------------- c11 Armenpress: Mirzoyan-Bayramov in Tbilisi; Mirzoyan-Kobakhidze; Pashinyan-Aliyev call (diplomacy only)
d = Doc("c11.txt", "Armenpress", "2027-03-22"); docs.append(d)
d.E("Armenpress", "ORG", "ARMENPRESS")
d.E("Ararat Mirzoyan", "PERSON", "Foreign Minister Ararat Mirzoyan", "Mirzoyan")
d.E("Jeyhun Bayramov", "PERSON", "Bayramov")
d.E("Tbilisi", "GPE")
d.E("Yerevan", "GPE", "YEREVAN")
d.E("Maka Botchorishvili", "PERSON", "Georgian Foreign Minister Maka Botchorishvili")
d.E("Armenia", "GPE")
d.E("Armenian Ministry of Foreign Affairs", "ORG", "Foreign Ministry", "Ministry of Foreign Affairs of Armenia")
d.E("Mher Grigoryan", "PERSON", "Deputy Prime Minister Mher Grigoryan")
d.E("Shahin Mustafayev", "PERSON", "Deputy Prime Minister Shahin Mustafayev")
d.E("Syunik", "GPE", "Syunik province")
d.E("Gazakh", "GPE")
d.E("Washington", "GPE")
d.E("Azerbaijan", "GPE")
d.E("APA", "ORG")
d.E("White House", "ORG")
d.E("United States", "GPE", "US")
d.E("Donald Trump", "PERSON", "US President Donald Trump")
d.E("Nakhchivan", "GPE")
d.E("Irakli Kobakhidze", "PERSON", "Georgian Prime Minister Irakli Kobakhidze", "Kobakhidze")
d.E("Georgia", "GPE")
d.E("Nikol Pashinyan", "PERSON", "Prime Minister Nikol Pashinyan", "Pashinyan")
d.E("Ilham Aliyev", "PERSON", "President Ilham Aliyev")
d.E("Office of the Prime Minister of Armenia", "ORG")
d.E("Anahit Ter-Grigoryan", "PERSON")
d.E("Caucasus Institute", "ORG")
d.E("European Union", "ORG", "EU")
d.QP("We have a text of a peace agreement", "Ararat Mirzoyan")
d.Q("Armenia\u2019s position is unchanged", "Ararat Mirzoyan")
d.Q("businesslike and constructive", "Jeyhun Bayramov")
d.Q("There is no alternative", "Jeyhun Bayramov")
d.Q("The South Caucasus has waited", "Irakli Kobakhidze")
d.Q("warm and substantive", "Nikol Pashinyan")
d.Q("Peace is becoming", "Nikol Pashinyan")
d.Q("Both governments now need", "Anahit Ter-Grigoryan")
d.EV("CONSULT", "Ararat Mirzoyan", "Jeyhun Bayramov", "Tbilisi", "2027-03-20", None, None,
     d.S("Foreign Minister Ararat Mirzoyan and his Azerbaijani", "Foreign Ministry said."),
     [d.S("Mirzoyan and Bayramov hold talks"),
      d.S("According to the ministry, the two ministers", "missing persons."),
      d.S("The sides agreed that the state commissions", "in Gazakh."),
      d.S("After the meeting, Mirzoyan told journalists in Tbilisi:"),
      d.S("Bayramov told Azerbaijan\u2019s APA", "constructive\u201d."),
      d.S("The talks in Tbilisi were the fourth meeting", "since January.")])
d.EV("CONSULT", "Ararat Mirzoyan", "Irakli Kobakhidze", "Tbilisi", "2027-03-20", None, None,
     d.S("On the same day, Mirzoyan met Georgian Prime Minister", "further rounds."))
d.EV("CONSULT", "Nikol Pashinyan", "Ilham Aliyev", None, "2027-03-21", None, None,
     d.S("On Sunday, Prime Minister Nikol Pashinyan and President Ilham Aliyev", "reported."),
     [d.S("The leaders welcomed the results", "Nowruz."),
      d.S("Pashinyan wrote on Facebook that the call", "substantive\u201d.")])

# ---------------- c12 The Straits Times: special Asean FM meeting in Singapore; Prak Sokhonn-Sihasak; Wong-Mohamad Hasan (diplomacy only)
d = Doc("c12.txt", "The Straits Times", "2027-03-24"); docs.append(d)
d.E("The Straits Times", "ORG", "THE STRAITS TIMES", "ST")
d.E("Singapore", "GPE", "SINGAPORE")
d.E("Association of Southeast Asian Nations", "ORG", "Asean")
d.E("Cambodia", "GPE")
d.E("Thailand", "GPE")
d.E("Vivian Balakrishnan", "PERSON", "Foreign Minister Vivian Balakrishnan", "Dr Balakrishnan")
d.B("Kevin Lim-Tan", "PERSON", "KEVIN LIM-TAN")
d.B("Wen Jia Hui-Ong", "PERSON")
d.E("Prak Sokhonn", "PERSON", "Cambodian Foreign Minister Prak Sokhonn", "Mr Prak Sokhonn")
d.E("Sihasak Phuangketkeow", "PERSON", "Thai Foreign Minister Sihasak Phuangketkeow")
d.E("Singapore Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs", "MFA")
d.E("Kao Kim Hourn", "PERSON", "Asean Secretary-General Kao Kim Hourn", "Dr Kao")
d.E("Lawrence Wong", "PERSON", "Prime Minister Lawrence Wong")
d.E("Mohamad Hasan", "PERSON", "Malaysian Foreign Minister Mohamad Hasan", "Datuk Seri Mohamad Hasan", "Tok Mat")
d.E("Malaysia", "GPE")
d.E("Myanmar", "GPE")
d.E("Joanne Lim-Sheares", "PERSON", "Dr Joanne Lim-Sheares")
d.E("S. Rajaratnam School of International Studies", "ORG", "RSIS")
d.E("Bangkok", "GPE")
d.E("Phnom Penh", "GPE")
d.E("Indonesia", "GPE")
d.E("Timor-Leste", "GPE")
d.B("SPH Media Limited", "ORG")
d.Q("Asean cannot afford", "Vivian Balakrishnan")
d.Q("We will put observers", "Vivian Balakrishnan")
d.Q("difficult but necessary", "Prak Sokhonn")
d.Q("We did not agree on who fired", "Prak Sokhonn")
d.Q("committed to an immediate halt", "Singapore Ministry of Foreign Affairs")
d.Q("Every day without observers", "Kao Kim Hourn")
d.Q("We have done this before", "Mohamad Hasan")
d.Q("The test is whether", "Joanne Lim-Sheares")
d.EV("CONSULT", "Vivian Balakrishnan", "Association of Southeast Asian Nations", "Singapore", "2027-03-23", None, None,
     d.S("SINGAPORE \u2013 Foreign Minister Vivian Balakrishnan chaired", "helped to broker."),
     [d.S("Asean ministers press Cambodia"),
      d.S("Foreign Minister Vivian Balakrishnan (centre)", "March 23."),
      d.S("The ministers agreed to send", "session.")])
d.EV("CONSULT", "Prak Sokhonn", "Sihasak Phuangketkeow", "Singapore", "2027-03-23", None, None,
     d.S("On the sidelines, Cambodian Foreign Minister", "Dr Balakrishnan present."),
     [d.S("Mr Prak Sokhonn later said the talks", "necessary\u201d."),
      d.S("Singapore\u2019s Ministry of Foreign Affairs (MFA) said", "cross-border fire\u201d.")])
d.EV("CONSULT", "Lawrence Wong", "Mohamad Hasan", "Singapore", "2027-03-23", None, None,
     d.S("In the evening, Prime Minister Lawrence Wong received", "at the Istana."))

# ---------------- c13 Budapest Business Journal: MNB holds base rate (business; no events)
d = Doc("c13.txt", "Budapest Business Journal", "2027-03-23"); docs.append(d)
d.B("Budapest Business Journal", "ORG", "BBJ")
d.E("Magyar Nemzeti Bank", "ORG", "MNB")
d.E("Mihály Varga", "PERSON", "Governor Mihály Varga", "Varga")
d.E("Budapest", "GPE")
d.B("Bence Szalai-Rónay", "PERSON")
d.E("Monetary Council of the Magyar Nemzeti Bank", "ORG", "Monetary Council")
d.E("Hungary", "GPE")
d.E("European Union", "ORG")
d.E("European Central Bank", "ORG", "ECB")
d.E("Hungarian Central Statistical Office", "ORG", "KSH")
d.E("Zsófia Bánki-Kertész", "PERSON", "Deputy Governor Zsófia Bánki-Kertész")
d.E("OTP Bank", "ORG")
d.E("Budapest Stock Exchange", "ORG", "BSE")
d.E("Erste Bank Hungary", "ORG")
d.E("Gergely Tóth-Halmos", "PERSON")
d.E("Corvinus Capital Advisers", "ORG")
d.E("Federal Reserve", "ORG", "US Federal Reserve")
d.E("Hungarian Ministry of Finance", "ORG", "Ministry of Finance")
d.E("European Commission", "ORG")
d.Q("in the summer months", "Mihály Varga")
d.Q("Disinflation is on track", "Mihály Varga")
d.Q("clear but not unanimous", "Mihály Varga")
d.Q("The outlook for food prices", "Zsófia Bánki-Kertész")
d.Q("more dovish than", "Erste Bank Hungary")
d.Q("The forint is the real constraint", "Gergely Tóth-Halmos")

# ---------------- c14 Space.com: Rubin Observatory finds a fourth interstellar object (science; no events)
d = Doc("c14.txt", "Space.com", "2027-03-25"); docs.append(d)
d.B("Space.com", "ORG")
d.E("Vera C. Rubin Observatory", "ORG", "NSF\u2013DOE Vera C. Rubin Observatory", "Rubin Observatory", "Rubin")
d.B("Harriet Okonjo-Blake", "PERSON")
d.B("Noemí Caraballo-Vidal", "PERSON")
d.E("National Science Foundation", "ORG", "U.S. National Science Foundation", "NSF")
d.E("United States Department of Energy", "ORG", "Department of Energy", "DOE")
d.E("Chile", "GPE")
d.E("The Astrophysical Journal Letters", "ORG")
d.E("Minor Planet Center", "ORG")
d.E("Cambridge", "GPE")
d.E("Massachusetts", "GPE")
d.E("Camila Ferrada-Uribe", "PERSON", "Dr. Camila Ferrada-Uribe")
d.E("University of Chile", "ORG")
d.E("Santiago", "GPE")
d.E("Willem de Groot", "PERSON", "Prof. Willem de Groot")
d.E("Leiden University", "ORG")
d.E("NASA", "ORG")
d.E("Oluwaseun Adebayo-Mensah", "PERSON", "Dr. Oluwaseun Adebayo-Mensah")
d.E("Queen's University Belfast", "ORG")
d.E("European Space Agency", "ORG")
d.Q("The moment the orbit solution", "Camila Ferrada-Uribe")
d.Q("What we did not expect", "Camila Ferrada-Uribe")
d.QP("If it were a loose pile", "Willem de Groot")
d.Q("Either answer tells us", "Willem de Groot")
d.Q("poses no hazard", "NASA")
d.Q("a genuine gift", "Oluwaseun Adebayo-Mensah")
d.Q("We finally have a telescope", "Oluwaseun Adebayo-Mensah")

# ---------------- c15 Graphic Online: Accra High Court jails ex-GRWA chief Kwaku Amponsah-Boateng (court; no events)
d = Doc("c15.txt", "Graphic Online", "2027-03-26"); docs.append(d)
d.B("Graphic Online", "ORG")
d.E("Ghana Rural Water Authority", "ORG", "Rural Water Authority", "GRWA")
d.B("Efua Quaye-Mensah", "PERSON")
d.B("Kofi Dartey-Addo", "PERSON")
d.E("Kwaku Amponsah-Boateng", "PERSON", "Mr Amponsah-Boateng")
d.E("Accra High Court", "ORG", "High Court")
d.E("Accra", "GPE")
d.E("Afua Serwaa Ankrah-Dadzie", "PERSON", "Justice Afua Serwaa Ankrah-Dadzie", "Justice Ankrah-Dadzie")
d.E("Office of the Special Prosecutor", "ORG", "OSP")
d.E("Brightline Hydro Services Limited", "ORG", "Brightline Hydro Services")
d.E("East Legon", "GPE")
d.E("Dodowa", "GPE")
d.E("Samuel Tetteh-Ansah", "PERSON")
d.E("Kwame Owusu-Nkansah", "PERSON")
d.E("Court of Appeal of Ghana", "ORG", "Court of Appeal")
d.E("Kissi Agyebeng", "PERSON")
d.E("Dominic Ayine", "PERSON", "Dr Dominic Ayine")
d.E("Ghana Anti-Corruption Coalition", "ORG", "GACC")
d.E("Tema", "GPE")
d.E("Kumasi", "GPE")
d.B("Graphic Communications Group Ltd", "ORG")
d.Q("overwhelming and uncontradicted", "Afua Serwaa Ankrah-Dadzie")
d.Q("The accused treated", "Afua Serwaa Ankrah-Dadzie")
d.Q("The communities that were promised", "Afua Serwaa Ankrah-Dadzie")
d.Q("We believe the court erred", "Kwame Owusu-Nkansah")
d.Q("This judgement sends", "Kissi Agyebeng")
d.Q("remains painfully slow", "Ghana Anti-Corruption Coalition")

# ---------------- c16 swissinfo.ch / Keystone-SDA: Odermatt wins world giant slalom in Crans-Montana (sport; no events)
d = Doc("c16.txt", "swissinfo.ch", "2027-02-11"); docs.append(d)
d.B("swissinfo.ch", "ORG")
d.E("Marco Odermatt", "PERSON", "Odermatt", "Marco")
d.E("Lucas Pinheiro Braathen", "PERSON", "Pinheiro Braathen")
d.E("Brazil", "GPE")
d.B("Keystone-SDA", "ORG", "Keystone")
d.B("Jean-Christophe Bott-Favre", "PERSON")
d.E("Crans-Montana", "GPE")
d.E("Henrik Kristoffersen", "PERSON", "Kristoffersen")
d.E("Norway", "GPE")
d.E("Switzerland", "GPE")
d.E("Loïc Meillard", "PERSON")
d.E("TV Globo", "ORG")
d.E("Swiss-Ski", "ORG")
d.E("Reto Nydegger-Bruni", "PERSON")
d.E("Martin Pfister", "PERSON", "Federal Councillor Martin Pfister")
d.E("International Ski and Snowboard Federation", "ORG", "FIS")
d.E("Johan Eliasch", "PERSON", "FIS President Johan Eliasch")
d.E("Valais", "GPE", "canton of Valais")
d.E("Lara Gut-Behrami", "PERSON", "Gut-Behrami")
d.Q("Everybody told me", "Marco Odermatt")
d.Q("But I tried to turn", "Marco Odermatt")
d.Q("This is for every kid", "Lucas Pinheiro Braathen")
d.Q("too many mistakes", "Henrik Kristoffersen")
d.Q("I skied the second run", "Henrik Kristoffersen")
d.Q("We knew the slope", "Reto Nydegger-Bruni")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

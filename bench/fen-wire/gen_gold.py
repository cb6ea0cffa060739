"""Builds fen-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- f01 The Kyiv Independent: glide bombs on Kostiantynivka; Pokrovsk-sector assaults; Ivanopillia claim; Druzhkivka bus
d = Doc("f01.txt", "The Kyiv Independent", "2027-03-02"); docs.append(d)
d.E("The Kyiv Independent", "ORG", "Kyiv Independent")
d.B("Oksana Hrytsenko", "PERSON")
d.E("Kostiantynivka", "GPE")
d.E("Moscow", "GPE")
d.E("Donetsk Oblast", "GPE")
d.E("State Emergency Service of Ukraine", "ORG", "State Emergency Service")
d.E("Vadym Filashkin", "PERSON", "Donetsk Oblast Governor Vadym Filashkin", "Filashkin")
d.E("Druzhkivka", "GPE")
d.E("Pokrovsk", "GPE")
d.E("Ukraine", "GPE")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Russia", "GPE")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Ivanopillia", "GPE")
d.E("Serhii Danylchenko", "PERSON", "Danylchenko")
d.E("93rd Mechanized Brigade", "ORG")
d.E("Institute for the Study of War", "ORG", "ISW")
d.E("Washington", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky")
d.E("Novorossiysk", "GPE")
d.E("Kyiv", "GPE")
d.Q("The Russians know exactly", "Vadym Filashkin")
d.Q("Ivanopillia is a gray zone", "Serhii Danylchenko")
d.Q("trying to cut the last supply", "Institute for the Study of War")
d.Q("the daily terror of glide bombs", "Volodymyr Zelensky")
d.EV("ASSAULT", "Russia", None, "Kostiantynivka", "2027-03-01", 5, 17,
     d.S("Russian forces struck the center", "Vadym Filashkin said."),
     [d.S("Russian guided bombs kill 5"),
      d.S("Among the dead were", "according to the governor."),
      d.S("Rescuers pulled three people alive", "on March 2.")])
d.EV("ASSAULT", "Russia", "Ukraine", "Pokrovsk", "2027-03-01", None, None,
     d.S("In its morning update on March 2", "all but two of them."))
d.EV("ASSAULT", "Russia", "Ukraine", "Ivanopillia", None, None, None,
     d.S("Russia's Defense Ministry claimed the same day", "rocket launchers."),
     [d.S("Russian guided bombs kill 5")])
d.EV("ASSAULT", "Russia", None, "Druzhkivka", "2027-03-02", None, 3,
     d.S("In Druzhkivka, about 15 kilometers", "administration said."))

# ---------------- f02 Meduza: drones on Novaya Tavolzhanka (Shebekino); Kurchatov substation; 58 drones; Valuyki depot; Khinshtein-Kurenkov
d = Doc("f02.txt", "Meduza", "2027-03-03"); docs.append(d)
d.E("Meduza", "ORG")
d.E("Russia", "GPE")
d.E("Belgorod Oblast", "GPE", "Belgorod region")
d.E("Kurchatov", "GPE")
d.E("Novaya Tavolzhanka", "GPE")
d.E("Vyacheslav Gladkov", "PERSON", "Governor Vyacheslav Gladkov", "Gladkov")
d.E("Shebekino", "GPE", "Shebekino district")
d.E("Kursk Oblast", "GPE")
d.E("Alexander Khinshtein", "PERSON", "Governor Alexander Khinshtein", "Khinshtein")
d.E("Russian Ministry of Defence", "ORG", "Russian Defense Ministry")
d.E("Bryansk Oblast", "GPE")
d.E("Ukraine", "GPE")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Valuyki", "GPE")
d.E("Kupiansk", "GPE")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Kyiv", "GPE")
d.E("Lyudmila Sorokina", "PERSON")
d.E("Alexander Kurenkov", "PERSON", "Emergencies Minister Alexander Kurenkov")
d.E("Kursk", "GPE")
d.E("Vladimir Putin", "PERSON")
d.QP("A drone hit a car carrying", "Vyacheslav Gladkov")
d.Q("Three more residents were wounded", "Vyacheslav Gladkov")
d.Q("the true face of the Kyiv regime", "Dmitry Peskov")
d.Q("at a time of its own choosing.", "Dmitry Peskov")
d.Q("The people who stayed", "Lyudmila Sorokina")
d.Q("We hear the drones", "Lyudmila Sorokina")
d.EV("ASSAULT", "Ukraine", None, "Novaya Tavolzhanka", "2027-03-02", 2, 3,
     d.S("Two civilians were killed and three injured", "Gladkov said."),
     [d.S("Drone attacks kill two in Belgorod region"),
      d.S("\"A drone hit a car carrying", "on their way to work."),
      d.S("\"Three more residents were wounded", "ran out to help.")])
d.EV("ASSAULT", "Ukraine", None, "Kurchatov", "2027-03-03", None, None,
     d.S("In neighboring Kursk Oblast, a Ukrainian drone attack", "Khinshtein said."),
     [d.S("Drone attacks kill two in Belgorod region"),
      d.S("Nobody was hurt, he added.")])
d.EV("ASSAULT", "Ukraine", "Russia", "Russia", "2027-03-03", None, None,
     d.S("The Russian Defense Ministry said in a statement", "Bryansk Oblast."))
d.EV("ASSAULT", "Ukraine", None, "Valuyki", None, None, None,
     d.S("On Wednesday, it said its drones had hit", "near Kupiansk."))
d.EV("CONSULT", "Alexander Khinshtein", "Alexander Kurenkov", "Kursk", "2027-03-02", None, None,
     d.S("On Tuesday evening, Khinshtein met", "regional government said."))

# ---------------- f03 Eye Radio: SPLA-IO attack on Pajiek base (Ayod, Jonglei); SSPDF airstrike on Mathiang (Longechuk); Bior-Solberg in Bor
d = Doc("f03.txt", "Eye Radio", "2027-03-04"); docs.append(d)
d.E("Eye Radio", "ORG")
d.E("Jonglei", "GPE", "Jonglei State")
d.E("Sudan People's Liberation Army-in-Opposition", "ORG", "SPLA-IO")
d.E("Ayod", "GPE", "Ayod County")
d.B("Deng Machar Akol", "PERSON")
d.E("United Nations Mission in South Sudan", "ORG", "UNMISS")
d.E("Malakal", "GPE")
d.E("Juba", "GPE", "JUBA")
d.E("South Sudan People's Defence Forces", "ORG", "SSPDF")
d.E("Pajiek", "GPE")
d.E("Both Gatkuoth Lual", "PERSON", "Ayod County Commissioner Both Gatkuoth Lual")
d.E("Gatdet Ruot Chan", "PERSON", "Col. Gatdet Ruot Chan")
d.E("Fangak", "GPE")
d.E("Akuei Majok Thon", "PERSON", "Maj. Gen. Akuei Majok Thon")
d.E("Mathiang", "GPE")
d.E("Upper Nile", "GPE", "Upper Nile State")
d.E("Longechuk", "GPE", "Longechuk County")
d.E("Riek Machar", "PERSON")
d.E("Sudan People's Liberation Movement-in-Opposition", "ORG", "SPLM-IO")
d.E("International Rescue Committee", "ORG", "IRC")
d.E("Mary Akech Deng", "PERSON")
d.E("Bor", "GPE")
d.E("Abraham Majak Bior", "PERSON", "Jonglei Governor Abraham Majak Bior")
d.E("Ingrid Solberg", "PERSON")
d.E("Ceasefire Transitional Security Arrangements Monitoring and Verification Mechanism", "ORG", "CTSAMVM")
d.E("Salva Kiir", "PERSON", "Kiir")
d.E("World Food Programme", "ORG", "WFP")
d.B("South Sudan", "GPE")
d.Q("They came from three directions", "Both Gatkuoth Lual")
d.Q("to launch attacks on our positions", "Gatdet Ruot Chan")
d.Q("retaken Pajiek and pushed", "Akuei Majok Thon")
d.Q("an SPLA-IO command post", "South Sudan People's Defence Forces")
d.Q("deeply alarmed by the escalation", "United Nations Mission in South Sudan")
d.Q("Our teams cannot reach patients", "Mary Akech Deng")
d.Q("We asked UNMISS to patrol", "Abraham Majak Bior")
d.EV("ASSAULT", "Sudan People's Liberation Army-in-Opposition", "South Sudan People's Defence Forces", "Pajiek",
     "2027-03-02", 11, 15,
     d.S("JUBA, 4 March 2027 (Eye Radio) – Eleven soldiers", "local officials said."),
     [d.S("SPLA-IO fighters overrun army base"),
      d.S("Ayod County Commissioner Both Gatkuoth Lual said", "weapons and ammunition."),
      d.S("\"They came from three directions", "by phone."),
      d.S("The Sudan People's Liberation Army-in-Opposition (SPLA-IO) claimed the attack."),
      d.S("SSPDF spokesperson Maj. Gen. Akuei Majok Thon confirmed", "Wednesday morning.")])
d.EV("ASSAULT", "South Sudan People's Defence Forces", "Sudan People's Liberation Army-in-Opposition", "Mathiang",
     "2027-03-03", 4, None,
     d.S("On Wednesday, the army said its air force had bombed", "Longechuk County."),
     [d.S("Residents said four people", "in the strike.")])
d.EV("CONSULT", "Abraham Majak Bior", "Ingrid Solberg", "Bor", "2027-03-03", None, None,
     d.S("In Bor on Wednesday, Jonglei Governor", "civilians fleeing Ayod."),
     [d.S("\"We asked UNMISS to patrol", "after the meeting.")])

# ---------------- f04 Addis Standard: drone strike on Zemeteb market (Dembecha, West Gojjam); AFNM attack in Bichena; Abiy-Arega in Bahir Dar
d = Doc("f04.txt", "Addis Standard", "2027-03-05"); docs.append(d)
d.E("Addis Standard", "ORG")
d.E("West Gojjam", "GPE", "West Gojjam zone")
d.E("Fano", "ORG")
d.E("Bichena", "GPE")
d.E("Zemeteb", "GPE", "Zemeteb kebele")
d.E("Dembecha", "GPE", "Dembecha woreda")
d.E("Addis Ababa", "GPE", "Addis Abeba")
d.E("Amhara", "GPE", "Amhara region")
d.E("Meseret Ayalew", "PERSON", "Dr. Meseret Ayalew")
d.E("Debre Markos", "GPE")
d.E("Ethiopian National Defense Force", "ORG", "ENDF")
d.E("Ethiopia", "GPE")
d.E("Ethiopian Human Rights Commission", "ORG", "EHRC")
d.E("Amhara Fano National Movement", "ORG", "AFNM")
d.E("Ethiopian Federal Police", "ORG")
d.E("East Gojjam", "GPE", "East Gojjam zone")
d.E("Yohannes Tadesse Belay", "PERSON")
d.E("Ethiopian Government Communication Service", "ORG", "Government Communication Service")
d.E("Abiy Ahmed", "PERSON", "Prime Minister Abiy Ahmed", "Abiy")
d.E("Arega Kebede", "PERSON", "President Arega Kebede")
d.E("Bahir Dar", "GPE")
d.E("Ethiopian Prime Minister's Office", "ORG", "Office of the Prime Minister")
d.E("Amhara Peace Council", "ORG")
d.E("Gondar", "GPE")
d.E("Armed Conflict Location & Event Data Project", "ORG", "ACLED")
d.E("Lalibela", "GPE")
d.Q("We have buried 19 people", "Meseret Ayalew")
d.Q("The second missile hit", None)
d.Q("gravely concerned by repeated reports", "Ethiopian Human Rights Commission")
d.Q("Our fighters will not stop", "Yohannes Tadesse Belay")
d.Q("law enforcement operations against", "Ethiopian Government Communication Service")
d.Q("normalcy has been restored", "Ethiopian Government Communication Service")
d.Q("remains open to all who lay down", "Abiy Ahmed")
d.EV("ASSAULT", None, None, "Zemeteb", "2027-03-03", 19, 32,
     d.S("Addis Abeba – A drone strike on a weekly market", "told Addis Standard."),
     [d.S("Drone strike on market in West Gojjam"),
      d.S("\"We have buried 19 people", "she said."),
      d.S("A resident who asked not to be named", "after the first strike."),
      d.S("\"The second missile hit", "he said."),
      d.S("Residents blamed the Ethiopian National Defense Force", "August 2023.")])
d.EV("ASSAULT", "Amhara Fano National Movement", "Ethiopian Federal Police", "Bichena", "2027-03-04", 3, None,
     d.S("Separately, the Amhara Fano National Movement (AFNM) said", "three officers."),
     [d.S("Drone strike on market in West Gojjam")])
d.EV("CONSULT", "Abiy Ahmed", "Arega Kebede", "Bahir Dar", "2027-03-04", None, None,
     d.S("On Thursday, Prime Minister Abiy Ahmed met", "for the region."),
     [d.S("Abiy told the meeting", "Office of the Prime Minister.")])

# ---------------- f05 Premium Times: ISWAP attack on Marte base; NAF strike near Kirta Wulgo; Zulum-Shaibu; Boko Haram kills farmers near Ngoshe
d = Doc("f05.txt", "Premium Times", "2027-03-08"); docs.append(d)
d.E("Premium Times", "ORG", "PREMIUM TIMES")
d.E("Islamic State West Africa Province", "ORG", "ISWAP")
d.E("Marte", "GPE", "Marte Local Government Area")
d.B("Hamza Idris Waziri", "PERSON")
d.E("Operation Hadin Kai", "ORG")
d.E("Borno", "GPE", "Borno State")
d.E("Nigerian Army", "ORG")
d.E("Maiduguri", "GPE", "MAIDUGURI")
d.E("Ikechukwu Nwosu-Bello", "PERSON", "Lt. Col. Ikechukwu Nwosu-Bello")
d.E("Nigerian Air Force", "ORG")
d.E("Kirta Wulgo", "GPE")
d.E("Islamic State", "ORG")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Babagana Zulum", "PERSON", "Borno State Governor Babagana Zulum", "Mr Zulum", "Zulum")
d.E("Waidi Shaibu", "PERSON", "Lt. Gen. Waidi Shaibu")
d.E("Abdulrahman Gana", "PERSON", "Mr Gana")
d.E("Boko Haram", "ORG")
d.E("Ngoshe", "GPE")
d.E("Gwoza", "GPE", "Gwoza Local Government Area")
d.E("Civilian Joint Task Force", "ORG", "CJTF")
d.E("Modu Kyari Bukar", "PERSON")
d.E("United Nations", "ORG")
d.E("Dikwa", "GPE")
d.E("Baga", "GPE")
d.Q("The gallant troops fought", "Ikechukwu Nwosu-Bello")
d.Q("neutralising scores of terrorists", "Nigerian Air Force")
d.Q("dozens of soldiers of the crusader army", "Islamic State West Africa Province")
d.Q("regrouping on the islands", "Babagana Zulum")
d.Q("The governor told the army chief", "Abdulrahman Gana")
d.Q("They tied their hands", "Modu Kyari Bukar")
d.EV("ASSAULT", "Islamic State West Africa Province", "Nigerian Army", "Marte", "2027-03-06", 9, 14,
     d.S("MAIDUGURI — Nine soldiers were killed", "has said."),
     [d.S("ISWAP fighters kill nine soldiers"),
      d.S("The army's spokesperson, Lt. Col.", "two-hour gun battle."),
      d.S("ISWAP claimed the attack", "armoured vehicles.")])
d.EV("ASSAULT", "Nigerian Air Force", "Islamic State West Africa Province", "Kirta Wulgo", "2027-03-07", None, None,
     d.S("The Nigerian Air Force said in a separate statement", "four gun trucks.\""))
d.EV("CONSULT", "Babagana Zulum", "Waidi Shaibu", "Maiduguri", "2027-03-07", None, None,
     d.S("Later on Sunday, Mr Zulum met", "Abdulrahman Gana, said."),
     [d.S("\"The governor told the army chief", "Mr Gana said.")])
d.EV("ASSAULT", "Boko Haram", None, "Ngoshe", "2027-03-05", 4, None,
     d.S("In a separate incident on Friday", "told PREMIUM TIMES."),
     [d.S("\"They tied their hands", "Modu Kyari Bukar.")])

# ---------------- f06 Club of Mozambique (Lusa): ISMP attack on Chai (Macomia); RDF/FADM clash near Miangalewa (Muidumbe); Chapo-Marizamunda
d = Doc("f06.txt", "Club of Mozambique", "2027-03-09"); docs.append(d)
d.B("Club of Mozambique", "ORG")
d.E("Mozambique", "GPE")
d.E("Macomia", "GPE", "Macomia district")
d.E("Muidumbe", "GPE", "Muidumbe district")
d.E("Lusa", "ORG")
d.E("Mocímboa da Praia", "GPE")
d.E("Rwanda Defence Force", "ORG", "RDF")
d.E("Pemba", "GPE")
d.E("Chai", "GPE")
d.E("Cabo Delgado", "GPE", "Cabo Delgado province")
d.E("Alberto Saíde Momade", "PERSON", "Macomia district administrator Alberto Saíde Momade")
d.E("Islamic State Mozambique Province", "ORG", "ISMP", "al-Shabaab")
d.E("Mozambique Defence Armed Forces", "ORG", "FADM")
d.E("Miangalewa", "GPE")
d.E("Jean-Paul Nyirimana", "PERSON", "Lt. Col. Jean-Paul Nyirimana")
d.E("Maputo", "GPE")
d.E("Daniel Chapo", "PERSON", "President Daniel Chapo", "Chapo")
d.E("Rwanda", "GPE")
d.E("Juvenal Marizamunda", "PERSON")
d.E("Kigali", "GPE")
d.E("Paul Kagame", "PERSON", "President Paul Kagame")
d.E("European Union", "ORG")
d.E("Fernanda Cossa Mabunda", "PERSON")
d.E("Centre for Democracy and Human Rights", "ORG", "CDD")
d.E("Armed Conflict Location & Event Data Project", "ORG", "ACLED")
d.E("TotalEnergies", "ORG")
d.E("Palma", "GPE")
d.E("World Food Programme", "ORG", "WFP")
d.Q("People ran into the bush", "Alberto Saíde Momade")
d.Q("five Christians, including", "Islamic State Mozambique Province")
d.Q("recovered weapons, ammunition", "Jean-Paul Nyirimana")
d.Q("Each time the Rwandans push", "Fernanda Cossa Mabunda")
d.EV("ASSAULT", "Islamic State Mozambique Province", None, "Chai", "2027-03-06", 5, None,
     d.S("Pemba, 9 Mar 2027 (Lusa) – Insurgents killed five", "said on Monday."),
     [d.S("Mozambique: Insurgents kill five in Macomia village"),
      d.S("Macomia district administrator Alberto Saíde Momade told Lusa", "towards the coast."),
      d.S("Islamic State Mozambique Province (ISMP), known locally", "militia leader.\"")])
d.EV("ASSAULT", "Rwanda Defence Force", "Islamic State Mozambique Province", "Miangalewa", "2027-03-07", 12, 2,
     d.S("In a statement, the Rwanda Defence Force (RDF) said", "Sunday afternoon."),
     [d.S("Mozambique: Insurgents kill five in Macomia village"),
      d.S("Two Rwandan soldiers were wounded, the statement said."),
      d.S("RDF spokesperson Lt. Col. Jean-Paul Nyirimana said", "Messalo River.")])
d.EV("CONSULT", "Daniel Chapo", "Juvenal Marizamunda", "Maputo", "2027-03-08", None, None,
     d.S("In Maputo on Monday, President Daniel Chapo received", "presidency said."))

# ---------------- f07 Myanmar Now: airstrike on Nawng Hkai (Waingmaw); KIA in Bhamo; shelling in Namhsan; KIA-military talks in Kunming
d = Doc("f07.txt", "Myanmar Now", "2027-03-10"); docs.append(d)
d.E("Myanmar Now", "ORG")
d.E("Waingmaw", "GPE", "Waingmaw Township")
d.E("Kachin Independence Army", "ORG", "KIA")
d.E("Bhamo", "GPE")
d.E("Nawng Hkai", "GPE")
d.E("Myanmar", "GPE")
d.E("Kachin", "GPE", "Kachin State")
d.E("Marip Ja Seng", "PERSON")
d.E("Kachin Peace Support Network", "ORG")
d.E("Zaw Min Tun", "PERSON", "Maj. Gen. Zaw Min Tun")
d.E("Myanma Radio and Television", "ORG", "MRTV")
d.E("La Ja Brang", "PERSON", "Col. La Ja Brang")
d.E("Shan", "GPE", "Shan State")
d.E("Namhsan", "GPE", "Namhsan Township")
d.E("Ta'ang National Liberation Army", "ORG", "TNLA")
d.E("Kunming", "GPE")
d.E("China", "GPE")
d.E("Deng Xijun", "PERSON")
d.E("Lwegel", "GPE")
d.E("Tun Tun Naing", "PERSON", "U Tun Tun Naing")
d.E("Myitkyina", "GPE")
d.E("Chipwi", "GPE")
d.E("Pangwa", "GPE")
d.E("Sagaing", "GPE", "Sagaing Region")
d.Q("The children were playing", "Marip Ja Seng")
d.Q("a KIA training camp", "Zaw Min Tun")
d.Q("The regime's soldiers in Bhamo", "La Ja Brang")
d.Q("exhausted by both the bombs", "Tun Tun Naing")
d.Q("Rice costs three times", "Tun Tun Naing")
d.EV("ASSAULT", "Myanmar", None, "Nawng Hkai", "2027-03-08", 8, 11,
     d.S("A Myanmar military airstrike on the village", "relief group said."),
     [d.S("Airstrike kills eight villagers"),
      d.S("A Yak-130 jet dropped two bombs", "relief group."),
      d.S("\"The children were playing", "told Myanmar Now."),
      d.S("Junta spokesperson Maj. Gen. Zaw Min Tun told", "been harmed.")])
d.EV("ASSAULT", "Kachin Independence Army", "Myanmar", "Bhamo", "2027-03-09", None, None,
     d.S("The Kachin Independence Army (KIA), which has besieged", "23 soldiers."),
     [d.S("Airstrike kills eight villagers")])
d.EV("ASSAULT", "Myanmar", None, "Namhsan", "2027-03-08", None, 4,
     d.S("In northern Shan State, Myanmar military artillery", "(TNLA)."))
d.EV("CONSULT", "Kachin Independence Army", "Myanmar", "Kunming", "2027-03-09", None, None,
     d.S("Meanwhile, representatives of the KIA and the Myanmar military", "familiar with the talks."),
     [d.S("One of the sources said the military had demanded", "civilian areas."),
      d.S("No agreement was reached", "next month.")])

# ---------------- f08 The Guardian: Reeves spring statement (economy; no events)
d = Doc("f08.txt", "The Guardian", "2027-03-10"); docs.append(d)
d.B("The Guardian", "ORG")
d.E("United Kingdom", "GPE", "UK", "Britain")
d.E("Rachel Reeves", "PERSON", "Reeves")
d.E("Office for Budget Responsibility", "ORG", "OBR")
d.E("Conservative Party", "ORG", "Tories")
d.B("Harriet Coles-Whitaker", "PERSON")
d.B("Daniel Osei", "PERSON")
d.B("Tom Nicholson-Smyth", "PERSON")
d.B("Reuters", "ORG")
d.E("House of Commons", "ORG", "Commons")
d.E("Mel Stride", "PERSON")
d.E("Liberal Democrats", "ORG")
d.E("Daisy Cooper", "PERSON")
d.E("Institute for Fiscal Studies", "ORG")
d.E("Helen Thorley-Grant", "PERSON")
d.E("Resolution Foundation", "ORG")
d.E("Bank of England", "ORG")
d.E("Keir Starmer", "PERSON")
d.E("Labour Party", "ORG", "Labour")
d.B("Guardian News & Media Limited", "ORG")
d.QS("gamble with the public finances", "Rachel Reeves")
d.QP("The world has changed", "Rachel Reeves")
d.Q("What I will do is take", "Rachel Reeves")
d.Q("an admission of failure", "Mel Stride")
d.Q("Every forecast she has touched", "Mel Stride")
d.Q("austerity by another name", "Daisy Cooper")
d.Q("These are plans on paper", "Institute for Fiscal Studies")
d.Q("the brunt of the squeeze", "Helen Thorley-Grant")
d.Q("We will not balance the books", "Rachel Reeves")
d.Q("sticking to the plan", "Keir Starmer")

# ---------------- f09 CBC News: Carney-Smith pipeline deal in Calgary; Carney-Eby call
d = Doc("f09.txt", "CBC News", "2027-03-12"); docs.append(d)
d.B("CBC News", "ORG", "CBC/Radio-Canada")
d.E("Mark Carney", "PERSON", "Prime Minister Mark Carney", "Carney")
d.E("Danielle Smith", "PERSON", "Alberta Premier Danielle Smith", "Smith")
d.E("Alberta", "GPE")
d.B("Marisol Okafor-Lemieux", "PERSON")
d.B("Dale Whitcombe", "PERSON")
d.B("The Canadian Press", "ORG")
d.E("Calgary", "GPE")
d.E("British Columbia", "GPE", "B.C.")
d.E("Ottawa", "GPE")
d.E("United States", "GPE")
d.E("David Eby", "PERSON", "British Columbia Premier David Eby", "Eby")
d.E("Canadian Prime Minister's Office", "ORG", "Prime Minister's Office")
d.E("Pierre Poilievre", "PERSON", "Conservative Leader Pierre Poilievre")
d.E("Conservative Party of Canada", "ORG", "Conservative")
d.E("Bloc Québécois", "ORG")
d.E("Yves-François Blanchet", "PERSON", "Bloc Québécois Leader Yves-François Blanchet")
d.E("Quebec", "GPE")
d.E("Green Party of Canada", "ORG", "Green Party")
d.E("Elizabeth May", "PERSON", "Green Party Leader Elizabeth May")
d.E("Toronto", "GPE")
d.Q("the first real sign in a decade", "Danielle Smith")
d.Q("We have heard a lot of promises", "Danielle Smith")
d.Q("This one has a date on it", "Danielle Smith")
d.Q("No government can build", "Mark Carney")
d.Q("on day one", "Pierre Poilievre")
d.Q("a pipeline imposed on it by Ottawa", "Yves-François Blanchet")
d.Q("a betrayal of every climate", "Elizabeth May")
d.EV("CONSULT", "Mark Carney", "Danielle Smith", "Calgary", "2027-03-11", None, None,
     d.S("Prime Minister Mark Carney and Alberta Premier Danielle Smith signed", "British Columbia coast."),
     [d.S("Carney, Smith agree on 2-year deadline"),
      d.S("Prime Minister Mark Carney and Alberta Premier Danielle Smith shake hands", "on Thursday."),
      d.S("Smith, standing beside Carney", "beyond the United States.\"")])
d.EV("CONSULT", "Mark Carney", "David Eby", None, "2027-03-10", None, None,
     d.S("Carney spoke with Eby by phone", "Prime Minister's Office."))

# ---------------- f10 France 24 (AFP): Lecornu survives no-confidence motion; Lecornu-Vallaud/Faure at Matignon
d = Doc("f10.txt", "France 24", "2027-03-16"); docs.append(d)
d.B("France 24", "ORG", "FRANCE 24")
d.E("France", "GPE")
d.E("Sébastien Lecornu", "PERSON", "French Prime Minister Sébastien Lecornu", "Lecornu")
d.E("French Socialist Party", "ORG", "Socialist Party", "Socialists")
d.E("French National Assembly", "ORG", "National Assembly", "Assembly")
d.E("Paris", "GPE")
d.B("Julien Ferrand-Lasalle", "PERSON")
d.E("AFP", "ORG")
d.E("La France Insoumise", "ORG", "LFI")
d.E("Yaël Braun-Pivet", "PERSON", "National Assembly Speaker Yaël Braun-Pivet")
d.E("Marine Le Pen", "PERSON")
d.E("National Rally", "ORG", "RN")
d.E("Mathilde Panot", "PERSON")
d.E("Matignon", "ORG")
d.E("Boris Vallaud", "PERSON", "Vallaud")
d.E("Olivier Faure", "PERSON")
d.E("Emmanuel Macron", "PERSON", "President Emmanuel Macron")
d.E("Élysée Palace", "ORG", "Élysée")
d.E("Jordan Bardella", "PERSON")
d.E("Les Républicains", "ORG", "The Republicans")
d.E("French Senate", "ORG", "Senate")
d.E("French Constitutional Council", "ORG", "Constitutional Council")
d.Q("another government crisis", "Sébastien Lecornu")
d.Q("without any illusion", "Marine Le Pen")
d.Q("respect for the millions", "Marine Le Pen")
d.QP("The Socialist Party had a choice", "Mathilde Panot")
d.Q("Voters will remember it in April", "Mathilde Panot")
d.Q("a real victory for working people", "Boris Vallaud")
d.Q("stability and a budget", "Emmanuel Macron")
d.Q("the last crutch of Macronism", "Jordan Bardella")
d.EV("CONSULT", "Sébastien Lecornu", "Boris Vallaud", "Matignon", "2027-03-15", None, None,
     d.S("Lecornu met Vallaud and Socialist Party leader Olivier Faure", "close to the prime minister."))

# ---------------- f11 Fierce Pharma: Norvane buys Aldermoor (business; no events)
d = Doc("f11.txt", "Fierce Pharma", "2027-03-15"); docs.append(d)
d.B("Fierce Pharma", "ORG")
d.E("Norvane Pharmaceuticals", "ORG", "Norvane")
d.E("Aldermoor Therapeutics", "ORG", "Aldermoor")
d.B("Alison Treadwell", "PERSON")
d.E("Cambridge", "GPE")
d.E("England", "GPE")
d.E("American Diabetes Association", "ORG")
d.E("Thomas Brennan-Oyelaran", "PERSON")
d.E("Marieke van den Berg", "PERSON", "Van den Berg")
d.E("Novo Nordisk", "ORG")
d.E("University of Cambridge", "ORG")
d.E("Nasdaq", "ORG")
d.E("New York Stock Exchange", "ORG")
d.E("Leerink Partners", "ORG")
d.E("Eli Lilly", "ORG")
d.E("United States", "GPE", "U.S.")
d.E("Federal Trade Commission", "ORG", "FTC")
d.E("European Commission", "ORG")
d.E("United Kingdom", "GPE", "U.K.")
d.E("Competition and Markets Authority", "ORG")
d.E("Princeton", "GPE")
d.E("New Jersey", "GPE")
d.E("Goldman Sachs", "ORG")
d.E("Centerview Partners", "ORG")
d.E("Cravath, Swaine & Moore", "ORG")
d.E("Morgan Stanley", "ORG")
d.E("Freshfields", "ORG")
d.E("Indiana", "GPE")
d.B("Questex", "ORG", "Questex LLC")
d.Q("We have been watching Aldermoor's data", "Thomas Brennan-Oyelaran")
d.Q("the manufacturing scale", "Marieke van den Berg")
d.Q("full but defensible", "Leerink Partners")
d.Q("does not comment on pending", "Federal Trade Commission")
d.Q("review the merger if and when", "Competition and Markets Authority")

# ---------------- f12 Space.com: Hera results on Dimorphos (science; no events)
d = Doc("f12.txt", "Space.com", "2027-03-18"); docs.append(d)
d.E("Space.com", "ORG")
d.B("Elena Marchetti-Hale", "PERSON")
d.E("European Space Agency", "ORG", "ESA")
d.E("National Aeronautics and Space Administration", "ORG", "NASA")
d.E("The Woodlands", "GPE")
d.E("Texas", "GPE")
d.E("Giulia Ferrante-Lodi", "PERSON")
d.E("European Space Research and Technology Centre", "ORG", "ESTEC")
d.E("Noordwijk", "GPE")
d.E("Netherlands", "GPE")
d.E("Inês de Almeida Rocha", "PERSON")
d.E("University of Lisbon", "ORG")
d.E("Johns Hopkins University Applied Physics Laboratory", "ORG", "APL")
d.E("Marcus Oyelowo-Hart", "PERSON")
d.E("The Planetary Science Journal", "ORG")
d.B("Future US", "ORG", "Future US Inc")
d.Q("We expected to find a crater", "Giulia Ferrante-Lodi")
d.Q("It\u2019s a rubble pile", "Inês de Almeida Rocha")
d.Q("That\u2019s good news for planetary", "Inês de Almeida Rocha")
d.Q("Hera has turned a single", "Marcus Oyelowo-Hart")
d.Q("That is exactly why", "Marcus Oyelowo-Hart")

# ---------------- f13 The Brazilian Report: STF First Panel denies Bolsonaro house arrest (court); Flávio Bolsonaro-Alcolumbre
d = Doc("f13.txt", "The Brazilian Report", "2027-03-19"); docs.append(d)
d.E("The Brazilian Report", "ORG")
d.E("Supreme Federal Court", "ORG", "Supreme Court")
d.E("Jair Bolsonaro", "PERSON", "Former President Jair Bolsonaro", "former President Jair Bolsonaro", "Mr. Bolsonaro", "Bolsonaro")
d.B("Gabriel Moura Tavares", "PERSON")
d.B("Renata Quirino", "PERSON")
d.B("Folhapress", "ORG")
d.E("Brasília", "GPE", "BRASÍLIA")
d.E("Alexandre de Moraes", "PERSON", "Justice Alexandre de Moraes", "Moraes")
d.E("Brazilian Federal Police", "ORG", "Federal Police")
d.E("Flávio Dino", "PERSON")
d.E("Cármen Lúcia", "PERSON")
d.E("Cristiano Zanin", "PERSON")
d.E("Paulo Roberto da Silva Teles", "PERSON", "Teles")
d.E("Brazilian Prosecutor-General's Office", "ORG", "Prosecutor-General's Office", "PGR")
d.E("Paulo Gonet", "PERSON", "Prosecutor-General Paulo Gonet")
d.E("Flávio Bolsonaro", "PERSON", "Senator Flávio Bolsonaro")
d.E("Davi Alcolumbre", "PERSON", "Senate President Davi Alcolumbre", "Alcolumbre")
d.E("Superior Electoral Court", "ORG")
d.E("Brazil", "GPE")
d.E("National Congress of Brazil", "ORG", "Congress")
d.Q("adequate, continuous and specialized care", "Alexandre de Moraes")
d.Q("There is no evidence that imprisonment", "Alexandre de Moraes")
d.Q("three hospitalizations in six months", "Paulo Roberto da Silva Teles")
d.Q("A 71-year-old man", "Paulo Roberto da Silva Teles")
d.Q("a medical team available", "Paulo Gonet")
d.Q("cruelty dressed up as law", "Flávio Bolsonaro")
d.EV("CONSULT", "Flávio Bolsonaro", "Davi Alcolumbre", "Brasília", "2027-03-17", None, None,
     d.S("On Wednesday, Flávio Bolsonaro met", "aides to both senators."),
     [d.S("Alcolumbre did not commit to a date, the aides said.")])

# ---------------- f14 EFE: Bogotá mayoral election; De la Torre concedes; Galán-Restrepo call; EMC attack in Argelia (Cauca)
d = Doc("f14.txt", "EFE", "2027-11-01"); docs.append(d)
d.E("EFE", "ORG", "Agencia EFE")
d.E("Colombia", "GPE")
d.E("Juliana Restrepo Arango", "PERSON", "Juliana Restrepo", "Restrepo")
d.E("Bogotá", "GPE")
d.E("Andrés Felipe de la Torre", "PERSON", "De la Torre")
d.E("National Civil Registry", "ORG", "Registraduría")
d.E("Green Alliance", "ORG", "Alianza Verde")
d.E("Historic Pact", "ORG", "Pacto Histórico")
d.E("Hernán Penagos", "PERSON", "Registrar Hernán Penagos")
d.E("Bogotá City Council", "ORG", "Council")
d.E("Democratic Center", "ORG", "Centro Democrático")
d.E("Carlos Fernando Galán", "PERSON")
d.E("Medellín", "GPE")
d.E("Sebastián Ochoa Mejía", "PERSON")
d.E("Cali", "GPE")
d.E("Colombian Liberal Party", "ORG", "Liberal Party")
d.E("Catalina Osorio Vélez", "PERSON")
d.E("Argelia", "GPE")
d.E("Cauca", "GPE")
d.E("Revolutionary Armed Forces of Colombia", "ORG", "FARC")
d.E("Estado Mayor Central", "ORG", "EMC")
d.E("National Army of Colombia", "ORG", "National Army")
d.E("Colombian Ministry of National Defence", "ORG", "Defence Ministry")
d.E("Electoral Observation Mission", "ORG", "MOE")
d.Q("without major disruptions", "Hernán Penagos")
d.QP("The people of Bogotá have spoken", "Andrés Felipe de la Torre")
d.Q("We will be a firm and honest", "Andrés Felipe de la Torre")
d.Q("govern for eight million people", "Juliana Restrepo Arango")
d.Q("vote buying remains", "Electoral Observation Mission")
d.EV("CONSULT", "Carlos Fernando Galán", "Juliana Restrepo Arango", None, "2027-10-31", None, None,
     d.S("Outgoing Mayor Carlos Fernando Galán called Restrepo", "his office said."))
d.EV("ASSAULT", "Estado Mayor Central", "National Army of Colombia", "Argelia", "2027-10-31", None, 2,
     d.S("Voting was suspended for several hours", "Defence Ministry said."))

# ---------------- f15 Rudaw: drone strike on Zarin field (Qaradagh, Sulaimani); Masrour Barzani-al-Araji; Nechirvan Barzani-Tamim call; IAF strike near Dibis
d = Doc("f15.txt", "Rudaw", "2027-03-23"); docs.append(d)
d.E("Rudaw", "ORG", "Rudaw Media Network")
d.E("Kurdistan Region", "GPE", "Kurdistan")
d.E("Sulaymaniyah", "GPE", "Sulaimani province", "Sulaimani")
d.E("Erbil", "GPE", "ERBIL")
d.E("Baghdad", "GPE")
d.E("Kurdistan Region Ministry of Natural Resources", "ORG", "Ministry of Natural Resources")
d.E("Lanar Energy", "ORG")
d.E("Qaradagh", "GPE", "Qaradagh district")
d.E("Iraq", "GPE")
d.E("Iraqi Ministry of Interior", "ORG", "Ministry of Interior")
d.E("Abbas al-Bahadli", "PERSON", "Maj. Gen. Abbas al-Bahadli")
d.E("Kirkuk", "GPE")
d.E("Kurdistan Regional Government", "ORG", "KRG")
d.E("Dilshad Hawrami", "PERSON")
d.E("Kataib Hezbollah", "ORG")
d.E("Iran", "GPE")
d.E("Popular Mobilization Forces", "ORG", "PMF")
d.E("Abu Ali al-Askari", "PERSON")
d.E("Masrour Barzani", "PERSON", "KRG Prime Minister Masrour Barzani", "Barzani")
d.E("Qasim al-Araji", "PERSON", "Iraqi National Security Adviser Qasim al-Araji", "al-Araji")
d.E("Nechirvan Barzani", "PERSON", "Kurdistan Region President Nechirvan Barzani")
d.E("Qatar", "GPE")
d.E("Tamim bin Hamad Al Thani", "PERSON", "Sheikh Tamim bin Hamad Al Thani")
d.E("Kurdistan Region Presidency", "ORG")
d.E("Iraqi Air Force", "ORG")
d.E("Islamic State", "ORG")
d.E("Dibis", "GPE")
d.E("Security Media Cell", "ORG")
d.E("Ceyhan", "GPE")
d.Q("This cowardly attack", "Kurdistan Region Ministry of Natural Resources")
d.Q("We have evacuated all non-essential", None)
d.Q("from an area south of Kirkuk", "Abbas al-Bahadli")
d.Q("outlaw groups that operate", "Dilshad Hawrami")
d.Q("name them and hold them", "Dilshad Hawrami")
d.Q("part of a media campaign", "Abu Ali al-Askari")
d.Q("We do not accept", "Masrour Barzani")
d.EV("ASSAULT", None, "Lanar Energy", "Qaradagh", "2027-03-22", 2, 3,
     d.S("ERBIL, Kurdistan Region — Two workers", "Natural Resources said."),
     [d.S("Drone strike on Sulaimani oil field"),
      d.S("In a statement, the ministry said production", "mid-morning."),
      d.S("Its spokesperson, Maj. Gen. Abbas al-Bahadli, told", "its engine."),
      d.S("No group claimed responsibility.")])
d.EV("CONSULT", "Masrour Barzani", "Qasim al-Araji", "Erbil", "2027-03-22", None, None,
     d.S("KRG Prime Minister Masrour Barzani discussed", "Barzani\u2019s office."),
     [d.S("\u201cWe do not accept", "according to the statement.")])
d.EV("CONSULT", "Nechirvan Barzani", "Tamim bin Hamad Al Thani", None, "2027-03-22", None, None,
     d.S("On Monday evening, Kurdistan Region President", "Presidency said."))
d.EV("ASSAULT", "Iraqi Air Force", "Islamic State", "Dibis", "2027-03-21", 4, None,
     d.S("Separately, Iraqi Air Force F-16 jets", "Security Media Cell said."))

# ---------------- f16 DW: Weimar Triangle ministers in Kraków; Sybiha-Sikorski call
d = Doc("f16.txt", "DW", "2027-03-25"); docs.append(d)
d.E("Deutsche Welle", "ORG", "DW")
d.E("Weimar Triangle", "ORG")
d.E("Ukraine", "GPE")
d.E("Germany", "GPE")
d.E("France", "GPE")
d.E("Poland", "GPE")
d.E("Washington", "GPE")
d.B("Magdalena Wrona-Keller", "PERSON")
d.B("AFP", "ORG")
d.B("Reuters", "ORG")
d.B("Tomasz Wierzbicki-Lach", "PERSON")
d.B("NurPhoto", "ORG")
d.B("picture alliance", "ORG")
d.E("Johann Wadephul", "PERSON", "German Foreign Minister Johann Wadephul", "Wadephul")
d.E("Radosław Sikorski", "PERSON", "Radoslaw Sikorski", "Polish Foreign Minister Radoslaw Sikorski", "Sikorski")
d.E("Jean-Noël Barrot", "PERSON", "Jean-Noel Barrot", "Barrot")
d.E("Kraków", "GPE", "Krakow")
d.E("Russia", "GPE")
d.E("Andrii Sybiha", "PERSON", "Ukrainian Foreign Minister Andrii Sybiha")
d.E("Polish Ministry of Foreign Affairs", "ORG", "Polish Foreign Ministry")
d.E("Kaja Kallas", "PERSON")
d.E("European Union", "ORG", "EU")
d.E("Joris van der Linde", "PERSON", "van der Linde")
d.E("Clingendael Institute", "ORG")
d.E("The Hague", "GPE")
d.E("European Council", "ORG")
d.E("Brussels", "GPE")
d.E("North Atlantic Treaty Organization", "ORG", "NATO")
d.E("Belarus", "GPE")
d.Q("Russia fires hundreds of drones", "Radosław Sikorski")
d.Q("double its contribution", "Jean-Noël Barrot")
d.Q("This is not a gesture", "Johann Wadephul")
d.Q("coalitions of the willing", "Kaja Kallas")
d.Q("more symbolic than operational", "Joris van der Linde")
d.Q("The money changes that", "Joris van der Linde")
d.EV("CONSULT", "Johann Wadephul", "Jean-Noël Barrot", "Kraków", "2027-03-24", None, None,
     d.S("German Foreign Minister Johann Wadephul, his French counterpart", "($3.2 billion)."),
     [d.S("Weimar Triangle ministers set up air defense fund"),
      d.S("Germany, France and Poland have agreed", "air defense systems for Ukraine."),
      d.S("The meeting of the so-called Weimar Triangle", "since last summer.")])
d.EV("CONSULT", "Andrii Sybiha", "Radosław Sikorski", None, "2027-03-24", None, None,
     d.S("Ukrainian Foreign Minister Andrii Sybiha joined", "Polish Foreign Ministry said."))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

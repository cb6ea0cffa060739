"""Builds field-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B() (they are entities by the
existing gold's practice); `python3 gen_gold.py --no-credits` writes gold.jsonl without them.
The Doc helper class is copied from bench/check-wire (itself from bench/scout-wire, bench/probe-wire
and bench/fresh-wire). QS() is added here for a quotation in single quote marks."""
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
# ---------------- w01 RFI: JNIM attack on Yoro (Dinangourou commune, Koro cercle); FAMa drone strikes; Camara-Yevkurov
d = Doc("w01.txt", "RFI", "2027-01-05"); docs.append(d)
d.E("RFI", "ORG")
d.E("Mali", "GPE")
d.E("Mopti", "GPE", "Mopti region")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "JNIM")
d.E("Yoro", "GPE")
d.E("Sévaré", "GPE")
d.B("Souleymane Ag Anara", "PERSON")
d.B("AFP", "ORG")
d.E("Bamako", "GPE")
d.B("Kadiatou Sangaré", "PERSON")
d.E("Al-Qaeda", "ORG", "al-Qaeda")
d.E("Dinangourou", "GPE")
d.E("Koro", "GPE", "Koro cercle")
d.E("Bankass", "GPE")
d.E("Boureima Tembely", "PERSON", "Dr. Boureima Tembely")
d.E("Az-Zallaqa", "ORG")
d.E("Dan Na Ambassagou", "ORG")
d.E("ORTM", "ORG")
d.E("Malian Armed Forces", "ORG", "FAMa")
d.E("Assimi Goïta", "PERSON", "Transitional President Gen. Assimi Goïta")
d.E("Burkina Faso", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "OCHA")
d.E("Ibrahim Maïga-Coulibaly", "PERSON")
d.E("Sadio Camara", "PERSON", "Defence Minister Gen. Sadio Camara", "Camara")
d.E("Russia", "GPE")
d.E("Yunus-Bek Yevkurov", "PERSON")
d.E("Africa Corps", "ORG")
d.E("Wagner Group", "ORG")
d.E("Malian Ministry of Defence", "ORG", "Malian defence ministry")
d.E("Moscow", "GPE")
d.E("Alliance of Sahel States", "ORG")
d.Q("They went from stall to stall", None)
d.Q("the militias of Dan Na Ambassagou", "Jama'at Nusrat al-Islam wal-Muslimin")
d.Q("The armed forces will hunt down", "Malian Armed Forces")
d.Q("JNIM wants to show villagers", "Ibrahim Maïga-Coulibaly")
d.Q("the delivery of new air assets", "Malian Ministry of Defence")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", None, "Yoro", "2027-01-03", 17, 9,
     d.S("Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "told RFI."),
     [d.S("Mali: jihadists kill at least 17 civilians"),
      d.S("JNIM claims the raid on Yoro;"),
      d.S("The gunmen arrived on about forty motorbikes", "Dinangourou said."),
      d.S("Nine other people were wounded", "who runs it."),
      d.S("On Monday, JNIM claimed the raid", "who feed them\".")])
d.EV("ASSAULT", "Malian Armed Forces", None, "Dinangourou", "2027-01-04", None, None,
     d.S("In a statement read on state television ORTM", "fuel stocks."),
     [d.S("JNIM claims the raid on Yoro;")])
d.EV("CONSULT", "Sadio Camara", "Yunus-Bek Yevkurov", "Bamako", "2027-01-04", None, None,
     d.S("In Bamako on Monday, Defence Minister", "in Mali in 2025."),
     [d.S("According to the Malian defence ministry", "Malian pilots\".")])

# ---------------- w02 Daily Trust: ISWAP attack on Malam Fatori (Abadam LGA); NAF strike near Kangarwa; Zulum-Shaibu; Kucheri (Tsafe LGA)
d = Doc("w02.txt", "Daily Trust", "2027-01-07"); docs.append(d)
d.E("Daily Trust", "ORG")
d.E("Islamic State West Africa Province", "ORG", "ISWAP")
d.E("Borno", "GPE", "Borno State")
d.E("Zamfara", "GPE", "Zamfara State")
d.B("Abdulkadir Ya'u Maina", "PERSON")
d.B("Shehu Danladi Bungudu", "PERSON")
d.E("Maiduguri", "GPE")
d.E("Gusau", "GPE")
d.E("Malam Fatori", "GPE")
d.E("Abadam", "GPE", "Abadam Local Government Area")
d.E("149 Battalion", "ORG")
d.E("Islamic State", "ORG")
d.E("Amaq News Agency", "ORG")
d.E("Nuhu Danladi", "PERSON", "Lt Col Nuhu Danladi")
d.E("Operation Hadin Kai", "ORG")
d.E("Nigerian Air Force", "ORG")
d.E("Kangarwa", "GPE")
d.E("Babagana Zulum", "PERSON", "Governor Babagana Umara Zulum", "Zulum")
d.E("Waidi Shaibu", "PERSON", "Lt Gen Waidi Shaibu")
d.E("Kucheri", "GPE")
d.E("Tsafe", "GPE", "Tsafe Local Government Area")
d.E("Garba Yusuf", "PERSON", "Malam Garba Yusuf")
d.E("Bello Turji", "PERSON")
d.E("Zamfara State Police Command", "ORG")
d.E("Hassan Abdulmalik", "PERSON", "DSP Hassan Abdulmalik")
d.E("Dauda Lawal", "PERSON", "Governor Dauda Lawal")
d.E("Abdullahi Yabo Sani", "PERSON")
d.E("Marte", "GPE")
d.Q("seized weapons and burnt", "Islamic State West Africa Province")
d.Q("We lost eight gallant soldiers", "Nuhu Danladi")
d.Q("scores of terrorists", "Nigerian Air Force")
d.Q("Malam Fatori has been attacked", "Babagana Zulum")
d.Q("They were shooting in the air", "Garba Yusuf")
d.Q("criminals who kill and kidnap", "Dauda Lawal")
d.EV("ASSAULT", "Islamic State West Africa Province", None, "Malam Fatori", "2027-01-05", 8, 11,
     d.S("Eight soldiers were killed and at least 11", "told Daily Trust."),
     [d.S("ISWAP kills 8 soldiers in Borno base attack"),
      d.S("The insurgents, who came in about 15 gun trucks", "one of the sources said."),
      d.S("Three of the soldiers died in hospital", "on Wednesday."),
      d.S("ISWAP claimed responsibility in a statement", "armoured vehicles\"."),
      d.S("\"We lost eight gallant soldiers", "in the northeast.")])
d.EV("ASSAULT", "Nigerian Air Force", None, "Kangarwa", "2027-01-06", None, None,
     d.S("The Nigerian Air Force said its jets struck", "terrorists\"."),
     [d.S("He said the attackers fled towards the lake", "from the air.")])
d.EV("CONSULT", "Babagana Zulum", "Waidi Shaibu", "Maiduguri", "2027-01-06", None, None,
     d.S("Governor Babagana Umara Zulum visited", "on Wednesday."))
d.EV("ASSAULT", None, None, "Kucheri", "2027-01-06", 4, None,
     d.S("In Zamfara State, bandits on Wednesday stormed", "residents said."),
     [d.S("ISWAP kills 8 soldiers in Borno base attack"),
      d.S("Malam Garba Yusuf, whose two daughters", "60 motorcycles."),
      d.S("Residents blamed fighters loyal", "Bello Turji."),
      d.S("The spokesman of the Zamfara State Police Command", "the captives.")])

# ---------------- w03 Garowe Online: Al-Shabaab raid on Sabiid (Afgooye district); SNA pursuit near Bariire; Fiqi hosts AUSSOM TCC ministers
d = Doc("w03.txt", "Garowe Online", "2027-01-08"); docs.append(d)
d.E("Garowe Online", "ORG")
d.E("Somalia", "GPE")
d.E("Al-Shabaab", "ORG", "al-Shabaab")
d.E("Lower Shabelle", "GPE")
d.E("Afgooye", "GPE", "Afgooye district")
d.E("Somali National News Agency", "ORG", "SONNA")
d.E("Mogadishu", "GPE", "MOGADISHU")
d.E("Somali National Army", "ORG", "SNA")
d.E("Sabiid", "GPE")
d.E("Abdiqani Mohamed Warsame", "PERSON", "Captain Abdiqani Mohamed Warsame")
d.E("Danab", "ORG")
d.E("Abdiasis Abu Musab", "PERSON", "Sheikh Abdiasis Abu Musab")
d.E("Radio Andalus", "ORG")
d.E("Bariire", "GPE")
d.E("Awdheegle", "GPE", "Awdheegle district")
d.E("African Union", "ORG")
d.E("Hassan Sheikh Mohamud", "PERSON", "President Hassan Sheikh Mohamud")
d.E("Ahmed Moallim Fiqi", "PERSON", "Defence Minister Ahmed Moallim Fiqi", "Fiqi")
d.E("African Union Support and Stabilization Mission in Somalia", "ORG", "AUSSOM")
d.E("Uganda", "GPE")
d.E("Jacob Oboth Oboth", "PERSON", "Oboth")
d.E("Egypt", "GPE")
d.E("Abdel Majeed Saqr", "PERSON")
d.E("United Nations Security Council", "ORG", "UN Security Council")
d.E("African Union Commission", "ORG", "AU Commission")
d.E("Somali Ministry of Finance", "ORG", "Ministry of Finance")
d.E("Hodan Ali Jimale", "PERSON")
d.E("Somali Public Agenda", "ORG")
d.Q("They came from three sides", "Abdiqani Mohamed Warsame")
d.Q("wiped out the apostate base", "Abdiasis Abu Musab")
d.Q("AUSSOM's funding gap", "Ahmed Moallim Fiqi")
d.Q("not leave Somalia half-way", "Jacob Oboth Oboth")
d.Q("Every time the mission looks weak", "Hodan Ali Jimale")
d.EV("ASSAULT", "Al-Shabaab", None, "Sabiid", "2027-01-07", 11, 6,
     d.S("MOGADISHU, Somalia - At least 11 soldiers", "witnesses said."),
     [d.S("Al-Shabaab kills 11 soldiers in dawn raid"),
      d.S("The attack began before dawn", "in the area."),
      d.S("Al-Shabaab's military spokesman", "weapons and vehicles.")])
d.EV("ASSAULT", "Somali National Army", None, "Bariire", "2027-01-07", 23, None,
     d.S("Government forces backed by Danab commandos", "Awdheegle district."),
     [d.S("The state-run Somali National News Agency (SONNA) reported", "among the dead.")])
d.EV("CONSULT", "Ahmed Moallim Fiqi", "Jacob Oboth Oboth", "Mogadishu", "2027-01-06", None, None,
     d.S("The attack came a day after Defence Minister", "Abdel Majeed Saqr."),
     [d.S("\"AUSSOM's funding gap", "contributions for the mission."),
      d.S("A joint communique said the ministers agreed", "mission's budget.")])

# ---------------- w04 TOLOnews: ISKP bombing in Dasht-e-Barchi (Kabul); killing in Pekha (Achin district, Nangarhar); Muttaqi-Saidov
d = Doc("w04.txt", "TOLOnews", "2027-01-11"); docs.append(d)
d.E("TOLOnews", "ORG")
d.E("Afghanistan", "GPE")
d.E("Kabul", "GPE")
d.E("Dasht-e-Barchi", "GPE")
d.B("Abdul Wahid Sharifi", "PERSON")
d.E("Khalid Zadran", "PERSON", "Zadran")
d.E("Islamic State Khorasan Province", "ORG", "ISKP", "Daesh")
d.E("Islamic State", "ORG")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Ali Reza Mohammadi", "PERSON")
d.E("Abdul Mateen Qani", "PERSON")
d.E("Afghan Ministry of Interior Affairs", "ORG", "Ministry of Interior Affairs")
d.E("United Nations Assistance Mission in Afghanistan", "ORG", "UNAMA")
d.E("Taliban", "ORG")
d.E("Nangarhar", "GPE", "Nangarhar province")
d.E("Habibullah Haqyar", "PERSON", "Mawlawi Habibullah Haqyar")
d.E("Pekha", "GPE")
d.E("Achin", "GPE", "Achin district")
d.E("Amir Khan Muttaqi", "PERSON", "Foreign Minister Amir Khan Muttaqi", "Muttaqi")
d.E("Uzbekistan", "GPE")
d.E("Bakhtiyor Saidov", "PERSON", "Saidov")
d.E("Abdul Qahar Balkhi", "PERSON", "Balkhi")
d.E("Tashkent", "GPE")
d.E("Bakhtar News Agency", "ORG")
d.Q("The explosion was caused by a sticky bomb", "Khalid Zadran")
d.Q("We hear every day", "Ali Reza Mohammadi")
d.Q("weakened Daesh to a great extent", "Abdul Mateen Qani")
d.Q("must never be a target", "United Nations Assistance Mission in Afghanistan")
d.Q("ready to begin work on the Afghan section", "Bakhtiyor Saidov")
d.Q("Uzbekistan is a good neighbour", "Amir Khan Muttaqi")
d.EV("ASSAULT", "Islamic State Khorasan Province", None, "Dasht-e-Barchi", "2027-01-10", 6, 14,
     d.S("At least six people were killed and 14", "security command said."),
     [d.S("Six Killed in Explosion in Kabul's Dasht-e-Barchi"),
      d.S("Khalid Zadran, spokesman for the Kabul security command, said", "were boarding."),
      d.S("The dead included two women and a child", "anonymity."),
      d.S("Islamic State Khorasan Province (ISKP), the regional branch", "late on Sunday.")])
d.EV("ASSAULT", None, None, "Pekha", "2027-01-09", 1, None,
     d.S("In eastern Nangarhar province, unidentified gunmen", "spokesman said."),
     [d.S("No group has claimed responsibility.")])
d.EV("CONSULT", "Amir Khan Muttaqi", "Bakhtiyor Saidov", "Kabul", "2027-01-10", None, None,
     d.S("Meanwhile, Foreign Minister Amir Khan Muttaqi met", "Balkhi said."),
     [d.S("Saidov told Muttaqi that Tashkent", "Balkhi said."),
      d.S("The state-run Bakhtar News Agency reported", "northern Afghanistan.")])

# ---------------- w05 Enab Baladi: checkpoint attack near al-Mayadin; CENTCOM strike in al-Shuhayl; al-Sharaa-Faisal bin Farhan; Abu Qasra-Abdi
d = Doc("w05.txt", "Enab Baladi", "2027-01-12"); docs.append(d)
d.E("Enab Baladi", "ORG")
d.E("Syria", "GPE")
d.E("al-Mayadin", "GPE")
d.E("Damascus", "GPE")
d.E("Deir ez-Zor", "GPE", "Deir Ezzor", "Deir Ezzor governorate")
d.E("Syrian Ministry of Defense", "ORG", "Ministry of Defense")
d.E("Islamic State", "ORG", "ISIS")
d.E("Syrian Arab News Agency", "ORG", "SANA")
d.E("United States Central Command", "ORG", "US Central Command", "CENTCOM")
d.E("al-Shuhayl", "GPE")
d.E("United Kingdom", "GPE", "UK")
d.E("Syrian Observatory for Human Rights", "ORG", "SOHR")
d.E("Ahmed al-Sharaa", "PERSON", "President Ahmed al-Sharaa")
d.E("Faisal bin Farhan Al Saud", "PERSON", "Prince Faisal bin Farhan Al Saud", "Faisal bin Farhan")
d.E("Syrian Presidency", "ORG")
d.E("Riyadh", "GPE")
d.E("Bashar al-Assad", "PERSON")
d.E("Asaad al-Shaibani", "PERSON", "Foreign Minister Asaad al-Shaibani")
d.E("Murhaf Abu Qasra", "PERSON", "Defense Minister Murhaf Abu Qasra")
d.E("Mazloum Abdi", "PERSON")
d.E("Syrian Democratic Forces", "ORG", "SDF")
d.E("Raqqa", "GPE")
d.E("Aleppo", "GPE")
d.E("Saudi Arabia", "GPE")
d.Q("cells of the Islamic State", "Syrian Ministry of Defense")
d.Q("will disrupt the ability of ISIS", "United States Central Command")
d.Q("Riyadh stands with Syria", "Faisal bin Farhan Al Saud")
d.Q("a new chapter of Syrian-Saudi partnership", "Asaad al-Shaibani")
d.Q("The integration is moving", None)
d.EV("ASSAULT", None, None, "al-Mayadin", "2027-01-11", 4, 2,
     d.S("Four soldiers of the Syrian army were killed", "told Enab Baladi."),
     [d.S("Four soldiers killed near al-Mayadin as Saudi foreign minister visits Damascus"),
      d.S("The attackers fired rocket-propelled grenades", "speak to the media."),
      d.S("No group has claimed the attack", "(SANA).")])
d.EV("ASSAULT", "United States Central Command", None, "al-Shuhayl", "2027-01-10", 2, 1,
     d.S("Separately, US Central Command (CENTCOM) said", "on Sunday."),
     [d.S("The strike \u201cwill disrupt", "in a statement."),
      d.S("The UK-based Syrian Observatory", "also wounded.")])
d.EV("CONSULT", "Ahmed al-Sharaa", "Faisal bin Farhan Al Saud", "Damascus", "2027-01-11", None, None,
     d.S("In Damascus, President Ahmed al-Sharaa received", "Syrian Presidency."),
     [d.S("Four soldiers killed near al-Mayadin as Saudi foreign minister visits Damascus"),
      d.S("Faisal bin Farhan told reporters after the meeting:", "not only promises.\u201d"),
      d.S("It was his third visit to Damascus", "December 2024."),
      d.S("Foreign Minister Asaad al-Shaibani wrote on X", "over the winter.")])
d.EV("CONSULT", "Murhaf Abu Qasra", "Mazloum Abdi", "Damascus", None, None, None,
     d.S("Also in Damascus, Defense Minister Murhaf Abu Qasra met", "told Enab Baladi."))

# ---------------- w06 El País: Carlos Patiño Front attack on El Plateado (Argelia, Cauca); ELN ambush in El Tarra; minister-governor council in Popayán
d = Doc("w06.txt", "El País", "2027-01-13"); docs.append(d)
d.E("El País", "ORG", "EL PAÍS")
d.E("Colombia", "GPE", "COLOMBIA")
d.E("Revolutionary Armed Forces of Colombia", "ORG", "FARC")
d.E("Cauca", "GPE")
d.E("Carlos Patiño Front", "ORG")
d.E("El Plateado", "GPE")
d.B("Juan Sebastián Ospina-Mejía", "PERSON", "JUAN SEBASTIÁN OSPINA-MEJÍA")
d.E("Popayán", "GPE")
d.B("Andrés Cuéllar", "PERSON", "ANDRÉS CUÉLLAR")
d.B("EFE", "ORG")
d.E("Argelia", "GPE")
d.E("Estado Mayor Central", "ORG", "EMC")
d.E("Édgar Hernán Rojas", "PERSON", "Colonel Édgar Hernán Rojas", "Rojas")
d.E("Octavio Guzmán", "PERSON", "Governor Octavio Guzmán", "Guzmán")
d.E("Iris Marín", "PERSON", "Ombudsman Iris Marín")
d.E("Catatumbo", "GPE")
d.E("Venezuela", "GPE")
d.E("National Liberation Army", "ORG", "ELN")
d.E("El Tarra", "GPE")
d.E("Second Division", "ORG")
d.E("Álvaro Restrepo Quintana", "PERSON", "Defense Minister Álvaro Restrepo Quintana")
d.E("Yesid de la Cruz Muñoz", "PERSON", "De la Cruz Muñoz")
d.E("United Nations", "ORG", "UN")
d.Q("Our officers resisted for four hours", "Édgar Hernán Rojas")
d.Q("an act of war against a community", "Octavio Guzmán")
d.Q("What happened in El Plateado", "Iris Marín")
d.Q("Civilians are once again caught", "Iris Marín")
d.Q("We are not going to hand El Plateado", "Álvaro Restrepo Quintana")
d.Q("and we will not negotiate under fire.", "Álvaro Restrepo Quintana")
d.EV("ASSAULT", "Carlos Patiño Front", None, "El Plateado", "2027-01-11", 3, 5,
     d.S("Three police officers were killed and five others wounded", "department of Cauca."),
     [d.S("FARC dissidents kill three police officers"),
      d.S("The Carlos Patiño Front claimed the assault on El Plateado"),
      d.S("The Carlos Patiño Front, a faction of the Estado Mayor Central", "on Tuesday."),
      d.S("The assault began before dawn", "Cauca police."),
      d.S("Governor Octavio Guzmán called the attack", "in peace\u201d.")])
d.EV("ASSAULT", "National Liberation Army", None, "El Tarra", "2027-01-10", None, 4,
     d.S("In the Catatumbo region, on the border with Venezuela", "Second Division said."))
d.EV("CONSULT", "Álvaro Restrepo Quintana", "Octavio Guzmán", "Popayán", "2027-01-12", None, None,
     d.S("On Tuesday, Defense Minister \u00c1lvaro Restrepo Quintana traveled", "Micay Canyon."),
     [d.S("\u201cWe are not going to hand El Plateado", "under fire.\u201d")])

# ---------------- w07 Club of Mozambique (Lusa): IS-M attack on Katapua (Chiúre district); RSF/FDS raid near Mazeze; Chapo-Marizamunda
d = Doc("w07.txt", "Club of Mozambique", "2027-01-14"); docs.append(d)
d.B("Club of Mozambique", "ORG")
d.E("Mozambique", "GPE")
d.E("Chiúre", "GPE", "Chiúre district", "Chiure")
d.E("Cabo Delgado", "GPE", "Cabo Delgado province")
d.E("Lusa", "ORG")
d.E("Katapua", "GPE")
d.E("Islamic State Mozambique Province", "ORG", "IS-M")
d.E("Amaq News Agency", "ORG", "Amaq")
d.E("Felisberto dos Anjos", "PERSON")
d.E("Celeste Mabjaia", "PERSON", "Mabjaia")
d.E("Nampula", "GPE", "Nampula province")
d.E("International Organization for Migration", "ORG", "IOM")
d.E("Rwanda", "GPE")
d.E("Rwanda Defence Force", "ORG", "RDF")
d.E("Ronald Rwivanga", "PERSON", "Brig Gen Ronald Rwivanga", "Rwivanga")
d.E("Ancuabe", "GPE")
d.E("The New Times", "ORG")
d.E("Kigali", "GPE")
d.E("Rwanda Security Forces", "ORG")
d.E("Defence and Security Forces", "ORG", "FDS")
d.E("Mazeze", "GPE")
d.E("Maputo", "GPE")
d.E("Daniel Chapo", "PERSON", "President Daniel Chapo", "Chapo")
d.E("Juvenal Marizamunda", "PERSON")
d.E("Paul Kagame", "PERSON", "President Paul Kagame")
d.E("Cabo Ligado", "ORG")
d.E("TotalEnergies", "ORG")
d.Q("They tied the men's hands", "Felisberto dos Anjos")
d.Q("We are registering families", "Celeste Mabjaia")
d.Q("The new units will secure", "Ronald Rwivanga")
d.Q("decisive for the return of displaced families", "Daniel Chapo")
d.EV("ASSAULT", "Islamic State Mozambique Province", None, "Katapua", "2027-01-12", 3, 2,
     d.S("Insurgents beheaded three men and set fire", "told Lusa."),
     [d.S("Mozambique: Insurgents behead three"),
      d.S("Islamic State Mozambique Province (IS-M) claimed", "militiamen\"."),
      d.S("The attackers arrived at around 8pm", "in Katapua."),
      d.S("Two women were wounded with machetes", "health centre.")])
d.EV("ASSAULT", "Rwanda Security Forces", None, "Mazeze", "2027-01-13", 9, None,
     d.S("He said joint patrols of the Rwanda Security Forces", "Wednesday morning."))
d.EV("CONSULT", "Daniel Chapo", "Juvenal Marizamunda", "Maputo", "2027-01-13", None, None,
     d.S("In Maputo on Wednesday, President Daniel Chapo received", "Mozambican presidency."),
     [d.S("Chapo said Rwanda's support had been", "training the FDS.")])

# ---------------- w08 Ukrinform: guided bombs on Zaporizhzhia; drone on Balakliia (Izium district); nationwide attack; Odesa region; Zelensky-Stubb
d = Doc("w08.txt", "Ukrinform", "2027-01-15"); docs.append(d)
d.E("Ukrinform", "ORG")
d.E("Zaporizhzhia", "GPE")
d.E("Kharkiv Oblast", "GPE", "Kharkiv region")
d.E("Zaporizhzhia Regional Military Administration", "ORG", "Zaporizhzhia RMA")
d.E("Ivan Fedorov", "PERSON", "Fedorov")
d.E("State Emergency Service of Ukraine", "ORG", "State Emergency Service")
d.E("Balakliia", "GPE")
d.E("Izium district", "GPE")
d.E("Kharkiv Regional Military Administration", "ORG")
d.E("Oleh Syniehubov", "PERSON")
d.E("Russia", "GPE")
d.E("Ukraine", "GPE")
d.E("Ukrainian Air Force", "ORG", "Air Force")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Alexander Stubb", "PERSON", "President Alexander Stubb", "Stubb", "Alexander")
d.E("Kyiv", "GPE")
d.E("Office of the President of Ukraine", "ORG", "Office of the President")
d.E("Finland", "GPE")
d.E("Finnish Ministry of Defence", "ORG")
d.E("Odesa Oblast", "GPE", "Odesa region")
d.E("Kharkiv", "GPE")
d.Q("As of now, the death toll", "Ivan Fedorov")
d.QP("Every night Russia chooses to kill", "Volodymyr Zelensky")
d.Q("We agreed with Alexander", "Volodymyr Zelensky")
d.Q("Finland's support for Ukraine", "Alexander Stubb")
d.Q("We are in this together", "Alexander Stubb")
d.EV("ASSAULT", "Russia", None, "Zaporizhzhia", "2027-01-15", 5, 22,
     d.S("Five people were killed and 22 injured overnight", "on Telegram."),
     [d.S("Russian guided bombs kill five in Zaporizhzhia"),
      d.S("According to him, four bombs hit", "power lines."),
      d.S("\"As of now, the death toll", "Fedorov wrote."),
      d.S("The State Emergency Service said rescuers", "the search was over.")])
d.EV("ASSAULT", "Russia", None, "Balakliia", "2027-01-14", 2, 4,
     d.S("In Kharkiv Oblast, a Russian drone hit", "Oleh Syniehubov said."),
     [d.S("Russian guided bombs kill five in Zaporizhzhia"),
      d.S("At least four other residents were injured, he added.")])
d.EV("ASSAULT", "Russia", "Ukraine", "Ukraine", "2027-01-15", None, None,
     d.S("Overall, Russia launched 87 Shahed-type", "Air Force reported."),
     [d.S("Air defense forces shot down or suppressed 71", "it said.")])
d.EV("ASSAULT", "Russia", None, "Odesa Oblast", "2027-01-13", None, None,
     d.S("As Ukrinform reported, on January 13", "without power."))
d.EV("CONSULT", "Volodymyr Zelensky", "Alexander Stubb", "Kyiv", "2027-01-14", None, None,
     d.S("On Thursday, President Volodymyr Zelensky met", "Office of the President reported."),
     [d.S("It was Stubb's third visit to Ukraine", "in 2024.")])

# ---------------- w09 South China Morning Post: Xi hosts Prabowo in Beijing; Wang Yi-Sugiono; Xi-Putin phone call (diplomatic only)
d = Doc("w09.txt", "South China Morning Post", "2027-01-18"); docs.append(d)
d.B("South China Morning Post", "ORG")
d.E("Xi Jinping", "PERSON", "President Xi Jinping", "Xi")
d.E("Prabowo Subianto", "PERSON", "President Prabowo Subianto", "Prabowo")
d.E("Beijing", "GPE")
d.E("Vladimir Putin", "PERSON", "President Vladimir Putin", "Putin")
d.B("Cheng Yuqing", "PERSON")
d.E("Xinhua", "ORG")
d.E("China", "GPE")
d.E("Indonesia", "GPE")
d.E("Jakarta", "GPE")
d.E("Wang Yi", "PERSON", "Foreign Minister Wang Yi")
d.E("Sugiono", "PERSON")
d.E("Natuna Islands", "GPE")
d.E("Chinese Ministry of Foreign Affairs", "ORG", "Chinese foreign ministry")
d.E("Mao Ning", "PERSON")
d.E("Ukraine", "GPE")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("United States", "GPE")
d.E("Washington", "GPE")
d.E("Dewi Kartika Sari", "PERSON")
d.E("Centre for Strategic and International Studies", "ORG")
d.E("BRICS", "ORG", "Brics")
d.E("European Union", "ORG")
d.E("Association of Southeast Asian Nations", "ORG")
d.E("Bandung", "GPE")
d.E("Zhou Enlai", "PERSON", "Premier Zhou Enlai")
d.E("Indonesian Ministry of Investment", "ORG", "Indonesian Investment Ministry")
d.QS("a partnership that serves both peoples", "Xi Jinping")
d.Q("major developing countries", "Xi Jinping")
d.Q("never be part of any bloc", "Prabowo Subianto")
d.Q("important common understandings", "Mao Ning")
d.Q("warm and substantive", "Dmitry Peskov")
d.Q("Beijing wants to show", "Dewi Kartika Sari")
d.Q("For Prabowo, the message at home", "Dewi Kartika Sari")
d.EV("CONSULT", "Xi Jinping", "Prabowo Subianto", "Beijing", "2027-01-18", None, None,
     d.S("Chinese President Xi Jinping hosted Indonesian President", "news agency Xinhua."),
     [d.S("Xi Jinping and Prabowo pledge closer ties"),
      d.S("Chinese president hails"),
      d.S("Xi told Prabowo that China and Indonesia", "Xinhua reported."),
      d.S("Prabowo, on his fourth trip to China", "later this year.")])
d.EV("CONSULT", "Wang Yi", "Sugiono", "Beijing", "2027-01-17", None, None,
     d.S("The visit followed talks on Sunday in Beijing", "irritated Jakarta."),
     [d.S("Chinese foreign ministry spokeswoman Mao Ning", "gave no details.")])
d.EV("CONSULT", "Xi Jinping", "Vladimir Putin", None, "2027-01-16", None, None,
     d.S("Xi also spoke by phone with Russian President Vladimir Putin", "this year."),
     [d.S("Chinese president hails"),
      d.S("They discussed the war in Ukraine", "in the spring."),
      d.S("Kremlin spokesman Dmitry Peskov said", "the United States.")])

# ---------------- w10 Der Spiegel: Bundestag passes welfare reform (no event); Merz-Tusk in Berlin
d = Doc("w10.txt", "Der Spiegel", "2027-01-15"); docs.append(d)
d.E("Der Spiegel", "ORG", "DER SPIEGEL")
d.E("Germany", "GPE")
d.E("Bundestag", "ORG")
d.E("Social Democratic Party of Germany", "ORG", "Social Democratic Party", "SPD")
d.E("Friedrich Merz", "PERSON", "Chancellor Friedrich Merz", "Chancellor Merz", "Merz")
d.E("The Left", "ORG", "Left Party")
d.E("Poland", "GPE")
d.E("Donald Tusk", "PERSON", "Prime Minister Donald Tusk", "Tusk")
d.E("Berlin", "GPE")
d.B("Johanna Leutheusser", "PERSON")
d.B("Malte Brinkhaus", "PERSON")
d.E("Bärbel Bas", "PERSON", "Labor Minister Bärbel Bas")
d.B("Annegret Vollmer", "PERSON")
d.B("dpa", "ORG")
d.E("CDU/CSU", "ORG")
d.E("Carolin von Ahlefeldt", "PERSON")
d.E("Bremen", "GPE")
d.E("Alternative for Germany", "ORG", "AfD")
d.E("Alice Weidel", "PERSON")
d.E("Heidi Reichinnek", "PERSON")
d.E("Federal Constitutional Court", "ORG")
d.E("Karlsruhe", "GPE")
d.E("Alliance 90/The Greens", "ORG", "Greens")
d.E("Britta Haßelmann", "PERSON")
d.E("Bundesrat", "ORG")
d.E("Gerhard Schröder", "PERSON")
d.E("Forsa", "ORG")
d.E("RTL", "ORG")
d.E("Warsaw", "GPE")
d.E("European Commission", "ORG")
d.Q("Whoever can work must work", "Bärbel Bas")
d.Q("But nobody in this country", "Bärbel Bas")
d.Q("a turning point for fairness", "Friedrich Merz")
d.Q("I did not enter the Bundestag", "Carolin von Ahlefeldt")
d.Q("cosmetic surgery on a failed system", "Alice Weidel")
d.Q("This law punishes the poor", "Heidi Reichinnek")
d.Q("but not this mix of symbolism", "Britta Haßelmann")
d.Q("a Europe that can defend itself", "Donald Tusk")
d.EV("CONSULT", "Friedrich Merz", "Donald Tusk", "Berlin", "2027-01-15", None, None,
     d.S("Earlier on Friday, Merz received Polish Prime Minister Donald Tusk", "German-Polish border."),
     [d.S("Meanwhile, Merz received Poland\u2019s Donald Tusk in Berlin."),
      d.S("Tusk told reporters after the meeting", "for permission.\u201d"),
      d.S("Merz said both governments would present", "end of February.")])

# ---------------- w11 News24: DA ultimatum over NHI (no event); Ramaphosa-Hill-Lewis in Cape Town
d = Doc("w11.txt", "News24", "2027-01-20"); docs.append(d)
d.E("News24", "ORG")
d.E("Democratic Alliance", "ORG", "DA")
d.E("African National Congress", "ORG", "ANC")
d.B("Marlize du Toit", "PERSON")
d.B("Sipho Mkhwanazi-Bester", "PERSON")
d.E("Geordin Hill-Lewis", "PERSON", "Hill-Lewis")
d.E("Cape Town", "GPE")
d.B("Jaco Marais-Fourie", "PERSON")
d.E("Cyril Ramaphosa", "PERSON", "President Cyril Ramaphosa", "Ramaphosa")
d.E("Government of National Unity", "ORG", "GNU")
d.E("Vincent Magwenya", "PERSON")
d.E("Fikile Mbalula", "PERSON", "Mbalula")
d.E("Johannesburg", "GPE")
d.E("Aaron Motsoaledi", "PERSON", "Health Minister Aaron Motsoaledi")
d.E("National Assembly of South Africa", "ORG", "National Assembly")
d.E("Economic Freedom Fighters", "ORG", "EFF")
d.E("Julius Malema", "PERSON")
d.E("uMkhonto weSizwe Party", "ORG", "Umkhonto weSizwe", "MK")
d.E("Karin van Zyl-Botha", "PERSON")
d.E("Presidency of South Africa", "ORG", "Presidency")
d.E("Thandeka Nkosi-van Wyk", "PERSON", "Professor Thandeka Nkosi-van Wyk")
d.E("University of the Witwatersrand", "ORG")
d.E("National Treasury", "ORG", "Treasury")
d.Q("does not set deadlines", "African National Congress")
d.Q("rubber-stamp a scheme", "Geordin Hill-Lewis")
d.Q("cordial and frank", "Vincent Magwenya")
d.Q("The DA does not get to set deadlines", "Fikile Mbalula")
d.Q("We lead this government.", "Fikile Mbalula")
d.Q("open to a phased approach", "Aaron Motsoaledi")
d.Q("holding the poor hostage", "Julius Malema")
d.Q("We are not asking for the moon", "Karin van Zyl-Botha")
d.Q("Both parties need this coalition", "Thandeka Nkosi-van Wyk")
d.EV("CONSULT", "Cyril Ramaphosa", "Geordin Hill-Lewis", "Cape Town", "2027-01-18", None, None,
     d.S("President Cyril Ramaphosa met Hill-Lewis at Tuynhuys", "told News24."),
     [d.S("President Cyril Ramaphosa met Hill-Lewis on Monday evening", "the row."),
      d.S("Presidential spokesperson Vincent Magwenya described", "frank\".")])

# ---------------- w12 Business Standard: M&M buys Nowak Agritech; NBP holds rates (no ASSAULT/CONSULT)
d = Doc("w12.txt", "Business Standard", "2027-01-14"); docs.append(d)
d.B("Business Standard", "ORG")
d.E("Mahindra & Mahindra", "ORG", "M&M", "Mahindra")
d.E("Poland", "GPE")
d.E("Nowak Agritech S.A.", "ORG", "Nowak Agritech")
d.B("Rhea Kulkarni-Bose", "PERSON")
d.E("Mumbai", "GPE")
d.B("Bloomberg", "ORG")
d.E("Poznań", "GPE")
d.E("Tomasz Nowak", "PERSON", "Nowak")
d.E("Enterprise Investors", "ORG")
d.E("Warsaw Stock Exchange", "ORG")
d.E("European Union", "ORG")
d.E("India", "GPE")
d.E("Rajesh Jejurikar", "PERSON")
d.E("Anish Shah", "PERSON")
d.E("European Commission", "ORG")
d.E("Office of Competition and Consumer Protection", "ORG", "UOKiK")
d.E("Rothschild & Co", "ORG")
d.E("Santander Bank Polska", "ORG")
d.E("BSE", "ORG")
d.E("Warsaw", "GPE")
d.E("National Bank of Poland", "ORG", "NBP")
d.E("Reuters", "ORG")
d.E("Adam Glapiński", "PERSON", "Governor Adam Glapiński")
d.E("Monetary Policy Council", "ORG", "MPC")
d.E("Karolina Wiśniewska-Lee", "PERSON")
d.E("ING Bank Śląski", "ORG")
d.E("Reserve Bank of India", "ORG", "RBI")
d.E("South Korea", "GPE")
d.E("SsangYong Motor", "ORG")
d.Q("Poland gives us a manufacturing base", "Rajesh Jejurikar")
d.Q("from the second full year", "Anish Shah")
d.Q("a clearer picture of wage growth", "Adam Glapiński")
d.Q("The council has turned more cautious", "Karolina Wiśniewska-Lee")

# ---------------- w13 New Scientist: snakebite antibody trial in Kenya and Nigeria (science; no ASSAULT/CONSULT)
d = Doc("w13.txt", "New Scientist", "2027-01-04"); docs.append(d)
d.B("New Scientist", "ORG")
d.E("Kenya", "GPE")
d.E("Nigeria", "GPE")
d.B("Harriet Okonjo-Lambert", "PERSON")
d.B("Tobias Wendell", "PERSON")
d.B("Alamy", "ORG")
d.E("The New England Journal of Medicine", "ORG")
d.E("Liverpool School of Tropical Medicine", "ORG")
d.E("United Kingdom", "GPE", "UK")
d.E("Kenya Medical Research Institute", "ORG", "KEMRI")
d.E("Ahmadu Bello University", "ORG")
d.E("Zaria", "GPE")
d.E("Wellcome Trust", "ORG")
d.E("Grace Wanjiku Mwangi", "PERSON", "Mwangi")
d.E("Baringo", "GPE", "Baringo County")
d.E("Ibrahim Danjuma", "PERSON")
d.E("Kaltungo", "GPE")
d.E("Gombe", "GPE", "Gombe State")
d.E("Jonathan Frere-Abbott", "PERSON", "Frere-Abbott")
d.E("University of Copenhagen", "ORG")
d.E("Halvorsen Kjær Biologics", "ORG")
d.E("Copenhagen", "GPE")
d.E("World Health Organization", "ORG", "WHO")
d.Q("Most of our patients reach a clinic", "Grace Wanjiku Mwangi")
d.Q("A bite during the harvest", "Ibrahim Danjuma")
d.Q("These are impressive numbers", "Jonathan Frere-Abbott")
d.Q("but the comparison drug varies", "Jonathan Frere-Abbott")

# ---------------- w14 Sky News: Langley Pellow directors jailed (court; no ASSAULT/CONSULT)
d = Doc("w14.txt", "Sky News", "2027-01-19"); docs.append(d)
d.E("Sky News", "ORG")
d.E("United Kingdom", "GPE", "UK")
d.E("Langley Pellow Energy", "ORG", "Langley Pellow")
d.E("Marcus Pellow", "PERSON", "Pellow")
d.E("Deborah Langley-Hart", "PERSON", "Mrs Langley-Hart")
d.E("Southwark Crown Court", "ORG")
d.B("Tom Ashcroft-Reid", "PERSON")
d.B("PA Media", "ORG", "PA")
d.E("Serious Fraud Office", "ORG", "SFO")
d.E("England", "GPE")
d.E("Wales", "GPE")
d.E("Jersey", "GPE")
d.E("Rebecca Ormsby-Kane", "PERSON", "Judge Rebecca Ormsby-Kane KC")
d.E("Simon Hathersage", "PERSON", "Simon Hathersage KC")
d.E("Nadia Berrington", "PERSON")
d.E("Ofgem", "ORG")
d.E("Margaret Lyle", "PERSON")
d.E("Stoke-on-Trent", "GPE")
d.E("Citizens Advice", "ORG")
d.QP("You treated the money of pensioners", "Rebecca Ormsby-Kane")
d.Q("When the business failed", "Rebecca Ormsby-Kane")
d.Q("never intended to keep a penny", "Simon Hathersage")
d.Q("misled by advisers", "Deborah Langley-Hart")
d.Q("This was not a business that fell over", "Nadia Berrington")
d.Q("I hope they think about every one of us", "Margaret Lyle")

# ---------------- w15 Guelph Mercury Tribune: council backs Wyndham Street tower; Whitlaw-Flack in Toronto
d = Doc("w15.txt", "Guelph Mercury Tribune", "2027-01-13"); docs.append(d)
d.B("Guelph Mercury Tribune", "ORG")
d.B("Rachel McIntyre-Boateng", "PERSON")
d.E("Speed River Housing Co-operative", "ORG")
d.E("Guelph", "GPE", "GUELPH")
d.E("Ontario", "GPE", "Ont.")
d.E("Karen Whitlaw", "PERSON", "Mayor Karen Whitlaw", "Whitlaw")
d.E("Darnell Fitzhugh", "PERSON", "Coun. Darnell Fitzhugh")
d.E("Marisa de Sousa", "PERSON", "Coun. Marisa de Sousa")
d.E("Downtown Guelph Business Association", "ORG")
d.E("Paul Ostrowski-Reyes", "PERSON")
d.E("Build Canada Homes", "ORG")
d.E("Canada Mortgage and Housing Corporation", "ORG", "CMHC")
d.E("Wellington County", "GPE", "County of Wellington")
d.E("Rob Flack", "PERSON", "Flack")
d.E("Toronto", "GPE")
d.E("Kelowna", "GPE")
d.E("British Columbia", "GPE", "B.C.")
d.E("University of Guelph", "ORG")
d.Q("the most important housing vote", "Karen Whitlaw")
d.Q("We have families sleeping in cars", "Karen Whitlaw")
d.Q("I support the housing.", "Darnell Fitzhugh")
d.Q("At some point a plan", "Marisa de Sousa")
d.Q("disappointed but not surprised.", "Paul Ostrowski-Reyes")
d.Q("a productive conversation", None)
d.EV("CONSULT", "Karen Whitlaw", "Rob Flack", "Toronto", "2027-01-11", None, None,
     d.S("On Monday, Whitlaw met Ontario's Minister", "after the vote."),
     [d.S("Vote was 8-5 after residents warned"),
      d.S("A spokesperson for Flack said", "review the request.")])

# ---------------- w16 ESPNcricinfo: Australia v South Africa, Sydney Test, day 3 (sport; no ASSAULT/CONSULT)
d = Doc("w16.txt", "ESPNcricinfo", "2027-01-05"); docs.append(d)
d.B("ESPNcricinfo", "ORG")
d.E("Kagiso Rabada", "PERSON", "Rabada")
d.E("Marco Jansen", "PERSON", "Jansen")
d.E("South Africa", "GPE")
d.E("Australia", "GPE")
d.E("Travis Head", "PERSON", "Head", "Trav")
d.E("Alex Carey", "PERSON", "Carey")
d.E("Temba Bavuma", "PERSON", "Bavuma")
d.E("Tony de Zorzi", "PERSON", "de Zorzi")
d.E("Mitchell Starc", "PERSON", "Starc")
d.B("Hamish Corrigan-Lee", "PERSON")
d.E("Steven Smith", "PERSON", "Smith")
d.B("Getty Images", "ORG")
d.E("Sydney", "GPE")
d.E("Sam Konstas", "PERSON")
d.E("Aiden Markram", "PERSON")
d.E("Keshav Maharaj", "PERSON")
d.E("Kyle Verreynne", "PERSON")
d.E("Cameron Green", "PERSON")
d.E("Pat Cummins", "PERSON")
d.E("Marnus Labuschagne", "PERSON")
d.E("Nathan Lyon", "PERSON")
d.E("Shukri Conrad", "PERSON")
d.E("Cricket Australia", "ORG")
d.E("Josh Hazlewood", "PERSON")
d.Q("We knew if we kept hitting the pitch hard", "Kagiso Rabada")
d.Q("Trav played brilliantly", "Kagiso Rabada")
d.Q("That\u2019s how I play", "Travis Head")
d.Q("We\u2019re 115 behind", "Travis Head")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

"""Builds onyx-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
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
# ---------------- ox01 Tehran Times: Jaish al-Adl attack on a border post near Mirjaveh; IRGC raid near Saravan; Momeni-Bijar in Zahedan
d = Doc("ox01.txt", "Tehran Times", "2027-11-02"); docs.append(d)
d.B("Tehran Times", "ORG")
d.B("Mahsa Rezaei-Kermani", "PERSON")
d.B("Hossein Mir-Baluchzehi", "PERSON")
d.E("Mirjaveh", "GPE")
d.E("Zahedan", "GPE")
d.E("Islamic Revolutionary Guard Corps", "ORG", "Islamic Revolution Guards Corps", "IRGC")
d.E("Saravan", "GPE")
d.E("Sistan and Baluchestan", "GPE", "Sistan and Baluchestan province")
d.E("Islamic Republic News Agency", "ORG", "IRNA")
d.E("Tehran", "GPE", "TEHRAN")
d.E("Alireza Mohammadi-Sarhadi", "PERSON", "Mohammadi-Sarhadi")
d.E("Jaish al-Adl", "ORG", "Jaish al-Zolm")
d.E("Iranian Border Guard Command", "ORG", "Border Guard Command")
d.E("Law Enforcement Command of the Islamic Republic of Iran", "ORG", "Law Enforcement Command", "FARAJA")
d.E("Eskandar Momeni", "PERSON", "Interior Minister Eskandar Momeni", "Momeni")
d.E("Mansour Bijar", "PERSON", "Governor Mansour Bijar")
d.E("Iranian Ministry of Interior", "ORG", "Interior Ministry")
d.E("Islamabad", "GPE")
d.E("Pakistan", "GPE")
d.E("Pakistani Ministry of Foreign Affairs", "ORG", "Foreign Office")
d.E("Rask", "GPE")
d.E("Chabahar", "GPE")
d.E("Hamid Reza Ghorbanzadeh", "PERSON")
d.E("University of Tehran", "ORG")
d.E("Iran", "GPE")
d.E("Taftan", "GPE")
d.Q("the forces of the occupying regime", "Jaish al-Adl")
d.Q("The blood of these martyrs", "Iranian Border Guard Command")
d.Q("tracked for several days", "Islamic Revolutionary Guard Corps")
d.Q("Security in the border areas", "Eskandar Momeni")
d.Q("The groups in the border strip", "Hamid Reza Ghorbanzadeh")
d.EV("ASSAULT", "Jaish al-Adl", None, "Mirjaveh", "2027-10-31", 9, 4,
     d.S("TEHRAN – Nine border guards were martyred", "provincial officials said."),
     [d.S("Nine border guards martyred in terrorist attack near Mirjaveh"),
      d.S("The assailants approached the post", "security affairs."),
      d.S("Four of the wounded were taken", "told IRNA."),
      d.S("The terrorist group Jaish al-Adl", "occupying regime\".")])
d.EV("ASSAULT", "Islamic Revolutionary Guard Corps", None, "Saravan", "2027-11-01", 3, None,
     d.S("On Monday, the Islamic Revolution Guards Corps", "south of Mirjaveh."),
     [d.S("Interior minister chairs emergency security meeting"),
      d.S("The IRGC said the militants had been", "the border post.")])
d.EV("CONSULT", "Eskandar Momeni", "Mansour Bijar", "Zahedan", "2027-11-02", None, None,
     d.S("Interior Minister Eskandar Momeni arrived in Zahedan", "Interior Ministry said."),
     [d.S("Interior minister chairs emergency security meeting"),
      d.S("\"Security in the border areas", "after the meeting.")])

# ---------------- ox02 Citi Newsroom: gunmen on a bus near Kpalwega (Bawku-Pusiga road); Sabzundi shooting; Muntaka-REGSEC in Bolgatanga
d = Doc("ox02.txt", "Citi Newsroom", "2027-11-04"); docs.append(d)
d.E("Citi Newsroom", "ORG")
d.B("Dominic Azure-Ayamga", "PERSON")
d.E("Bawku", "GPE")
d.E("Sabzundi", "GPE")
d.E("Upper East Regional Security Council", "ORG", "REGSEC")
d.E("Bolgatanga", "GPE")
d.E("Pusiga", "GPE")
d.E("Upper East Region", "GPE")
d.E("Kpalwega", "GPE")
d.E("Upper East Regional Police Command", "ORG")
d.E("Mercy Abugri-Kanlisi", "PERSON", "ASP Mercy Abugri-Kanlisi")
d.E("Ghanaian Ministry of the Interior", "ORG", "Ministry of the Interior")
d.E("Muntaka Mohammed-Mubarak", "PERSON", "Mr. Mohammed-Mubarak")
d.E("John Dramani Mahama", "PERSON", "President John Dramani Mahama")
d.E("Ghana Police Service", "ORG")
d.E("Fuseini Ayaaba-Nsoh", "PERSON", "Dr. Fuseini Ayaaba-Nsoh")
d.E("University for Development Studies", "ORG", "UDS")
d.E("Tamale", "GPE")
d.E("National Peace Council", "ORG")
d.E("Missiga", "GPE")
d.Q("fled into nearby bush", "Upper East Regional Police Command")
d.Q("We heard the shooting", None)
d.Q("The government will not sit back", "Muntaka Mohammed-Mubarak")
d.Q("bring the perpetrators to book", "John Dramani Mahama")
d.Q("avoid inflammatory statements", "Muntaka Mohammed-Mubarak")
d.Q("Every attack on the road", "Fuseini Ayaaba-Nsoh")
d.EV("ASSAULT", None, None, "Kpalwega", "2027-11-02", 5, 3,
     d.S("Five people, including a 14-year-old boy", "Upper East Region."),
     [d.S("Bawku: Five killed as gunmen open fire on commercial bus"),
      d.S("The bus, which was travelling from Pusiga", "Mercy Abugri-Kanlisi."),
      d.S("According to the statement, the attackers", "to the area."),
      d.S("Three of the dead were women", "residents said.")])
d.EV("ASSAULT", None, None, "Sabzundi", "2027-11-03", None, 2,
     d.S("In a separate incident on Wednesday morning", "a suburb of Bawku."),
     [d.S("Two wounded in separate shooting at Sabzundi"),
      d.S("Police said two suspects had been arrested", "retrieved.")])
d.EV("CONSULT", "Muntaka Mohammed-Mubarak", "Upper East Regional Security Council", "Bolgatanga", "2027-11-03", None, None,
     d.S("The Minister for the Interior, Muntaka Mohammed-Mubarak", "review the situation."),
     [d.S("Two wounded in separate shooting at Sabzundi"),
      d.S("Speaking to journalists after the meeting", "he said:")])

# ---------------- ox03 Trinidad and Tobago Newsday: Laventille bar shooting; police kill a gunman in Enterprise; Alexander-Guevarro in Port of Spain
d = Doc("ox03.txt", "Trinidad and Tobago Newsday", "2027-11-08"); docs.append(d)
d.E("Trinidad and Tobago Newsday", "ORG", "Newsday")
d.E("Laventille", "GPE")
d.E("Enterprise", "GPE")
d.E("Roger Alexander", "PERSON", "National Security Minister Roger Alexander", "Alexander")
d.B("Kyle Ramdeen-Baptiste", "PERSON")
d.B("Roger Jacob-Ali", "PERSON")
d.E("Marlon Joseph", "PERSON")
d.E("Kerwin Alleyne-Daniel", "PERSON")
d.E("Port of Spain", "GPE")
d.E("Homicide Bureau of Investigations", "ORG")
d.E("Kamla Persad-Bissessar", "PERSON", "Prime Minister Kamla Persad-Bissessar")
d.E("Chaguanas", "GPE")
d.E("Central Division Task Force", "ORG")
d.E("Allister Guevarro", "PERSON", "Commissioner of Police Allister Guevarro", "Guevarro")
d.E("Trinidad and Tobago Police Service", "ORG", "TTPS")
d.E("Trinidad and Tobago Defence Force", "ORG", "Defence Force")
d.E("Renée Charles-Marchan", "PERSON", "Dr Renée Charles-Marchan")
d.E("University of the West Indies", "ORG", "UWI")
d.E("St Augustine", "GPE")
d.E("Sea Lots", "GPE")
d.Q("It had children on the road", None)
d.Q("a cowardly act of terror", "Kamla Persad-Bissessar")
d.Q("These criminals believe", "Roger Alexander")
d.Q("Somebody knows who drove", "Allister Guevarro")
d.Q("When one group loses a member", "Renée Charles-Marchan")
d.Q("Innocent people at a bar", "Renée Charles-Marchan")
d.EV("ASSAULT", None, None, "Laventille", "2027-11-06", 4, 3,
     d.S("FOUR men were killed", "Saturday night."),
     [d.S("Four killed, three wounded in Laventille bar shooting"),
      d.S("Police said that at about 10.45 pm", "the pavement."),
      d.S("Two of the victims, Marlon Joseph", "at the scene."),
      d.S("The other two men died", "General Hospital."),
      d.S("Prime Minister Kamla Persad-Bissessar, in a post", "anti-crime measures."),
      d.S("Criminologist Dr Renée Charles-Marchan", "east of the capital.")])
d.EV("ASSAULT", "Central Division Task Force", None, "Enterprise", "2027-11-07", 1, None,
     d.S("Early on Sunday, police shot dead a man in Enterprise", "a man with a gun."),
     [d.S("Suspect shot dead by police in Enterprise"),
      d.S("A pistol and six rounds of ammunition were recovered", "police said.")])
d.EV("CONSULT", "Roger Alexander", "Allister Guevarro", "Port of Spain", "2027-11-07", None, None,
     d.S("On Sunday afternoon, National Security Minister Roger Alexander", "weekend's violence."),
     [d.S("Suspect shot dead by police in Enterprise"),
      d.S("\"These criminals believe", "after the meeting.")])

# ---------------- ox04 New Vision: raid on a kraal at Lokitelaebu (Kotido); UPDF kills three raiders near Kalapata (Kaabong); Uganda-Kenya meeting in Moroto
d = Doc("ox04.txt", "New Vision", "2027-11-10"); docs.append(d)
d.E("New Vision", "ORG")
d.E("Karamoja", "GPE")
d.E("Kotido", "GPE", "Kotido district")
d.E("Uganda People's Defence Forces", "ORG", "UPDF")
d.E("Uganda", "GPE")
d.E("Kenya", "GPE")
d.E("Moroto", "GPE")
d.B("Peter Lochoro Akol", "PERSON")
d.B("Moses Okello-Lukwiya", "PERSON")
d.E("Lokitelaebu", "GPE")
d.E("Turkana", "GPE", "Turkana County")
d.E("Akiiki Tumusiime-Byaruhanga", "PERSON", "Maj. Akiiki Tumusiime-Byaruhanga", "Tumusiime-Byaruhanga")
d.E("Kalapata", "GPE")
d.E("Kaabong", "GPE", "Kaabong district")
d.E("Lomongin Achia", "PERSON")
d.E("Betty Akello-Nangiro", "PERSON")
d.E("Paul Lokut-Amuge", "PERSON", "Lokut-Amuge")
d.E("Wilfred Ekai-Lokwawi", "PERSON", "Turkana County Commissioner Wilfred Ekai-Lokwawi", "Ekai-Lokwawi")
d.E("Lokiriama", "GPE")
d.E("Parliament of Uganda", "ORG", "Ugandan Parliament")
d.E("Nakapiripirit", "GPE")
d.B("Vision Group", "ORG")
d.Q("Our troops responded immediately", "Akiiki Tumusiime-Byaruhanga")
d.QP("They came while the animals", "Lomongin Achia")
d.Q("Now I have buried him", "Lomongin Achia")
d.Q("The herders on both sides", "Wilfred Ekai-Lokwawi")
d.EV("ASSAULT", None, None, "Lokitelaebu", "2027-11-08", 6, 4,
     d.S("At least six people, two of them herdsmen", "the army has said."),
     [d.S("Six killed as raiders attack kraal in Kotido"),
      d.S("The raiders, who local leaders said", "Karamoja region.")])
d.EV("ASSAULT", "Uganda People's Defence Forces", None, "Kalapata", "2027-11-09", 3, None,
     d.S("He said soldiers of the Uganda People's Defence Forces", "exchange of fire."),
     [d.S("UPDF says three raiders killed in pursuit"),
      d.S("Two rifles were recovered from the dead raiders", "he said.")])
d.EV("CONSULT", "Uganda", "Kenya", "Moroto", "2027-11-09", None, None,
     d.S("Meanwhile, security and local government officials", "cross-border raids."),
     [d.S("UPDF says three raiders killed in pursuit"),
      d.S("The meeting was chaired by", "Wilfred Ekai-Lokwawi."),
      d.S("The two sides agreed to set up", "Lokut-Amuge said.")])

# ---------------- ox05 The Arunachal Times: NSCN (K-YA) attack on the Pongchau outpost (Longding); IED near Lazu (Tirap); Khandu-Parnaik in Itanagar
d = Doc("ox05.txt", "The Arunachal Times", "2027-11-12"); docs.append(d)
d.B("The Arunachal Times", "ORG")
d.E("Pongchau", "GPE")
d.E("Assam Rifles", "ORG")
d.E("Lazu", "GPE")
d.B("Tage Yomcha-Doji", "PERSON")
d.E("Longding", "GPE", "LONGDING", "Longding district")
d.E("Wangpan Lowang", "PERSON", "Constable Wangpan Lowang", "Wangpan")
d.E("Wakka", "GPE")
d.E("Dibrugarh", "GPE")
d.E("Assam", "GPE")
d.E("Hage Tatung-Mize", "PERSON", "Longding Superintendent of Police Hage Tatung-Mize")
d.E("Myanmar", "GPE")
d.E("National Socialist Council of Nagaland (Khaplang-Yung Aung)", "ORG", "NSCN (K-YA)")
d.E("Khonsa", "GPE")
d.E("Tirap", "GPE", "Tirap district")
d.E("Pema Khandu", "PERSON", "Chief Minister Pema Khandu", "Khandu")
d.E("K.T. Parnaik", "PERSON", "Governor Lt Gen (retd) K.T. Parnaik")
d.E("Itanagar", "GPE")
d.E("Changlang", "GPE")
d.E("All Longding District Students' Union", "ORG", "ALDSU")
d.E("Ngamwang Wangsa-Lowang", "PERSON")
d.E("Sagaing", "GPE", "Sagaing Region")
d.E("Rinchin Dorjee-Thongdok", "PERSON", "Deputy Commissioner Rinchin Dorjee-Thongdok")
d.E("Jairampur", "GPE")
d.Q("Our boys returned fire", "Hage Tatung-Mize")
d.Q("harassing our cadres", "National Socialist Council of Nagaland (Khaplang-Yung Aung)")
d.Q("The people of these three districts", "Pema Khandu")
d.Q("strengthen coordination among", "K.T. Parnaik")
d.Q("tired of living between two guns", "Ngamwang Wangsa-Lowang")
d.Q("We want the underground groups", "Ngamwang Wangsa-Lowang")
d.EV("ASSAULT", "National Socialist Council of Nagaland (Khaplang-Yung Aung)", None, "Pongchau", "2027-11-10", 1, 1,
     d.S("LONGDING, 11 Nov: A constable was killed", "police said."),
     [d.S("Constable killed as militants attack Pongchau police outpost"),
      d.S("The deceased was identified as", "Wakka village."),
      d.S("The injured constable was airlifted", "for treatment."),
      d.S("Longding Superintendent of Police Hage Tatung-Mize said", "Myanmar border."),
      d.S("In an emailed statement on Thursday", "in the area."),
      d.S("Meanwhile, the All Longding District Students' Union", "on Friday.")])
d.EV("ASSAULT", None, "Assam Rifles", "Lazu", "2027-11-11", None, 2,
     d.S("In a separate incident, two Assam Rifles personnel", "officials said."),
     [d.S("Two Assam Rifles personnel injured in IED blast near Lazu"),
      d.S("No group has claimed responsibility for the blast.")])
d.EV("CONSULT", "Pema Khandu", "K.T. Parnaik", "Itanagar", "2027-11-11", None, None,
     d.S("Chief Minister Pema Khandu called on", "Longding districts."),
     [d.S("Two Assam Rifles personnel injured in IED blast near Lazu"),
      d.S("The Governor, according to a release from his office", "border villages.")])

# ---------------- ox06 Belfast Telegraph: New IRA pipe bomb on a PSNI patrol in Creggan (Derry); shots at a house in Ballycolman (Strabane); Benn-O'Neill/Little-Pengelly in Belfast
d = Doc("ox06.txt", "Belfast Telegraph", "2027-11-15"); docs.append(d)
d.B("Belfast Telegraph", "ORG")
d.E("Creggan", "GPE")
d.E("New IRA", "ORG")
d.E("Strabane", "GPE")
d.B("Aoife Mac Giolla Bhríde", "PERSON")
d.E("Derry", "GPE", "Londonderry")
d.B("Kevin Scott-McAleer", "PERSON")
d.E("Police Service of Northern Ireland", "ORG", "PSNI")
d.E("Gareth Doherty-Quigg", "PERSON", "Chief Superintendent Gareth Doherty-Quigg")
d.E("Derry City and Strabane", "GPE")
d.E("Derry Journal", "ORG")
d.E("Ballycolman", "GPE")
d.E("Jon Boutcher", "PERSON", "PSNI Chief Constable Jon Boutcher")
d.E("Social Democratic and Labour Party", "ORG", "SDLP")
d.E("Claire Hanna", "PERSON", "SDLP leader Claire Hanna")
d.E("Foyle", "GPE")
d.E("Northern Ireland", "GPE")
d.E("Hilary Benn", "PERSON", "Northern Ireland Secretary Hilary Benn", "Mr Benn")
d.E("Michelle O'Neill", "PERSON", "First Minister Michelle O\u2019Neill", "Ms O\u2019Neill")
d.E("Emma Little-Pengelly", "PERSON", "deputy First Minister Emma Little-Pengelly", "Mrs Little-Pengelly")
d.E("Belfast", "GPE")
d.E("Northern Ireland Executive", "ORG", "Executive")
d.E("Government of the United Kingdom", "ORG", "UK Government")
d.Q("attempt to murder", "Police Service of Northern Ireland")
d.Q("This was a reckless and cowardly attack", "Gareth Doherty-Quigg")
d.Q("Those who did this", "Jon Boutcher")
d.Q("They will not stop us", "Jon Boutcher")
d.Q("There is no cause in this city", "Claire Hanna")
d.Q("I made clear on Friday", "Hilary Benn")
d.EV("ASSAULT", "New IRA", "Police Service of Northern Ireland", "Creggan", "2027-11-13", None, 2,
     d.S("Two police officers were injured when a pipe bomb", "\u201cattempt to murder\u201d."),
     [d.S("Two officers injured in Creggan pipe bomb attack claimed by New IRA"),
      d.S("The device exploded beside the armoured Land Rover", "7.40pm."),
      d.S("The officers, a man and a woman, were treated", "on Sunday."),
      d.S("On Sunday afternoon a man using a recognised codeword", "the attack."),
      d.S("Police said they were aware of the claim", "as genuine."),
      d.S("PSNI Chief Constable Jon Boutcher said the officers in Creggan", "\u201cremains substantial\u201d.")])
d.EV("ASSAULT", None, None, "Ballycolman", "2027-11-14", None, None,
     d.S("In a separate incident, shots were fired at a house", "early hours of Sunday."),
     [d.S("Shots fired at Strabane house in separate incident"),
      d.S("A woman and her two children were inside", "police said.")])
d.EV("CONSULT", "Hilary Benn", "Michelle O'Neill", "Belfast", "2027-11-12", None, None,
     d.S("The attack came a day after Northern Ireland Secretary Hilary Benn met", "funding of policing."),
     [d.S("\u201cI made clear on Friday", "in a statement.")])

# ---------------- ox07 Stabroek News: gunmen fire on a GDF patrol near Eteringbang (Region Seven); Ali-Geerlings-Simons in Georgetown; Persaud-Sewdien-Kartosen
d = Doc("ox07.txt", "Stabroek News", "2027-11-17"); docs.append(d)
d.B("Stabroek News", "ORG")
d.E("Guyana Defence Force", "ORG", "GDF")
d.E("Irfaan Ali", "PERSON", "President Irfaan Ali", "Ali")
d.E("Jennifer Geerlings-Simons", "PERSON", "Surinamese President Jennifer Geerlings-Simons", "Geerlings-Simons")
d.B("Shamar Persaud-Lewis", "PERSON")
d.E("Eteringbang", "GPE")
d.E("Cuyuni-Mazaruni", "GPE", "Region Seven")
d.E("Georgetown", "GPE")
d.E("Guyana", "GPE")
d.E("Venezuela", "GPE")
d.E("Essequibo", "GPE")
d.E("International Court of Justice", "ORG", "ICJ")
d.E("Nickerie", "GPE")
d.E("Suriname", "GPE")
d.E("National Assembly of Suriname", "ORG", "National Assembly")
d.E("Organization of American States", "ORG", "OAS")
d.E("Robert Persaud", "PERSON", "Foreign Secretary Robert Persaud")
d.E("Natasha Sewdien-Kartosen", "PERSON")
d.E("Corriverton", "GPE")
d.E("Skeldon", "GPE")
d.E("Ramesh Dhanraj-Singh", "PERSON")
d.E("Upper Corentyne Fishermen's Cooperative", "ORG")
d.E("Moleson Creek", "GPE")
d.E("South Drain", "GPE")
d.E("Guyanese Ministry of Public Works", "ORG", "Ministry of Public Works")
d.E("Kaikan", "GPE")
d.Q("The Guyana Defence Force will not be deterred", "Guyana Defence Force")
d.Q("This bridge is not a dream", "Irfaan Ali")
d.Q("Our two countries share a river", "Jennifer Geerlings-Simons")
d.Q("What we build now", "Jennifer Geerlings-Simons")
d.Q("full solidarity with the people", "Jennifer Geerlings-Simons")
d.Q("before another boat is seized", "Ramesh Dhanraj-Singh")
d.EV("ASSAULT", None, "Guyana Defence Force", "Eteringbang", "2027-11-15", None, 2,
     d.S("Two Guyana Defence Force (GDF) soldiers were shot and wounded", "the army said."),
     [d.S("Two GDF soldiers shot in Cuyuni ambush"),
      d.S("In a statement, the GDF said the ranks returned fire", "bank of the river."),
      d.S("One of the injured soldiers was airlifted", "stable condition."),
      d.S("The force described the gunmen", "bank of the river."),
      d.S("Ali said he had briefed his counterpart on the Cuyuni attack", "(OAS).")])
d.EV("CONSULT", "Irfaan Ali", "Jennifer Geerlings-Simons", "Georgetown", "2027-11-16", None, None,
     d.S("On Tuesday, President Irfaan Ali received", "completed by 2030."),
     [d.S("-Ali, Geerlings-Simons set 2030 target for Corentyne bridge"),
      d.S("Ali said he had briefed his counterpart on the Cuyuni attack", "(OAS).")])
d.EV("CONSULT", "Robert Persaud", "Natasha Sewdien-Kartosen", "Georgetown", "2027-11-16", None, None,
     d.S("Separately, Foreign Secretary Robert Persaud held talks", "mouth of the Corentyne."))

# ---------------- ox08 APAnews: dahalo raid on Ambatomainty (Ihosy, Ihorombe); gendarmes kill four near Sakalalina
d = Doc("ox08.txt", "APAnews", "2027-11-18"); docs.append(d)
d.E("Agence de Presse Africaine", "ORG", "APAnews", "APA")
d.E("Madagascar", "GPE")
d.E("Ihorombe", "GPE")
d.E("Antananarivo", "GPE")
d.E("Ambatomainty", "GPE")
d.E("Malagasy National Gendarmerie", "ORG", "National Gendarmerie")
d.E("Ihosy", "GPE", "Ihosy district")
d.E("Hery Rakotondrasoa-Andriamanana", "PERSON", "Lieutenant-Colonel Hery Rakotondrasoa-Andriamanana", "Rakotondrasoa-Andriamanana")
d.E("Fianarantsoa", "GPE")
d.E("Sakalalina", "GPE")
d.E("Jean-Baptiste Razafindrabe", "PERSON")
d.E("Michael Randrianirina", "PERSON", "President Michael Randrianirina")
d.E("Televiziona Malagasy", "ORG", "TVM")
d.E("Anosy", "GPE")
d.E("Atsimo-Andrefana", "GPE")
d.E("Betroka", "GPE")
d.Q("These bandits no longer steal", "Hery Rakotondrasoa-Andriamanana")
d.Q("They shouted that anyone", None)
d.Q("We are farmers, not soldiers", "Jean-Baptiste Razafindrabe")
d.Q("will not abandon the people", "Michael Randrianirina")
d.EV("ASSAULT", None, None, "Ambatomainty", "2027-11-16", 11, 6,
     d.S("Antananarivo (Madagascar), Nov 18, 2027 (APA) – At least eleven", "Gendarmerie said."),
     [d.S("Madagascar: Eleven villagers killed in dahalo raid in Ihorombe"),
      d.S("The attackers, estimated at around 60", "Hery Rakotondrasoa-Andriamanana."),
      d.S("Among the dead were three women", "he said."),
      d.S("The wounded were evacuated", "to Fianarantsoa."),
      d.S("A survivor, speaking to a local radio station", "9 p.m."),
      d.S("President Michael Randrianirina, in a message", "armed gangs\".")])
d.EV("ASSAULT", "Malagasy National Gendarmerie", None, "Sakalalina", "2027-11-17", 4, 1,
     d.S("On Wednesday, a gendarmerie unit backed by soldiers", "Rakotondrasoa-Andriamanana said."),
     [d.S("One gendarme was slightly wounded", "to their owners.")])

# ---------------- ox09 IOL: gunmen ambush a minibus taxi in Umlazi; Taxi Violence Unit kills two in Inanda; Creecy-Santaco in Durban
d = Doc("ox09.txt", "IOL", "2027-11-20"); docs.append(d)
d.E("Independent Online", "ORG", "IOL")
d.E("KwaZulu-Natal", "GPE")
d.E("Umlazi", "GPE")
d.E("Inanda", "GPE")
d.E("Barbara Creecy", "PERSON", "Transport Minister Barbara Creecy", "Creecy")
d.B("Nokuthula Zungu-Pillay", "PERSON")
d.B("Doctor Ngcobo-Hlongwa", "PERSON")
d.B("Independent Newspapers", "ORG")
d.E("Durban", "GPE")
d.E("Thembeka Mbele-Khumalo", "PERSON", "Colonel Thembeka Mbele-Khumalo", "Mbele-Khumalo")
d.E("Taxi Violence Unit", "ORG")
d.E("eThekwini", "GPE")
d.E("South African National Taxi Council", "ORG", "Santaco")
d.E("South African Police Service", "ORG", "SAPS")
d.E("Bhekumuzi Ntuli-Mthembu", "PERSON")
d.E("Pietermaritzburg", "GPE")
d.QS("must end now", "Barbara Creecy")
d.Q("The suspects fired indiscriminately", "Thembeka Mbele-Khumalo")
d.Q("Everybody on this road knows", None)
d.Q("must end now", "Barbara Creecy", nth=1)
d.Q("The taxi industry moves millions", "Barbara Creecy")
d.Q("suspended two associations", "South African National Taxi Council")
d.Q("condemns in the strongest terms", "South African National Taxi Council")
d.Q("If our members are involved", "Bhekumuzi Ntuli-Mthembu")
d.EV("ASSAULT", None, None, "Umlazi", "2027-11-19", 6, 4,
     d.S("Durban - Six people were killed", "Friday morning."),
     [d.S("Six killed, four wounded as gunmen ambush minibus taxi in Umlazi"),
      d.S("KwaZulu-Natal police spokesperson Colonel Thembeka Mbele-Khumalo said", "6.15am."),
      d.S("The driver and five passengers", "at the scene."),
      d.S("The wounded were taken to", "Memorial Hospital.")])
d.EV("ASSAULT", "Taxi Violence Unit", None, "Inanda", "2027-11-18", 2, None,
     d.S("On Thursday night, two suspects were shot dead in Inanda", "Mbele-Khumalo said."),
     [d.S("Two suspects shot dead in Inanda"),
      d.S("Two rifles were found", "in the car."),
      d.S("Police said the men were linked", "eThekwini area.")])
d.EV("CONSULT", "Barbara Creecy", "South African National Taxi Council", "Durban", "2027-11-19", None, None,
     d.S("On Friday afternoon, Transport Minister Barbara Creecy met", "\"must end now\"."),
     [d.S("Two suspects shot dead in Inanda"),
      d.S("Santaco said in a statement after the meeting", "killing of commuters.")])

# ---------------- ox10 LSM: Rinkēvičs receives Halla Tómasdóttir in Riga; Braže-Gunnarsdóttir; Rinkēvičs-Nausėda phone call
d = Doc("ox10.txt", "LSM", "2027-11-23"); docs.append(d)
d.E("Latvian Public Broadcasting", "ORG", "LSM.lv", "LSM")
d.E("Halla Tómasdóttir", "PERSON", "Icelandic President Halla Tómasdóttir", "President Halla Tómasdóttir", "Tómasdóttir")
d.E("Latvia", "GPE")
d.E("Edgars Rinkēvičs", "PERSON", "Latvian President Edgars Rinkēvičs", "President Edgars Rinkēvičs", "Rinkēvičs")
d.B("Ilmārs Znotiņš-Bērziņš", "PERSON")
d.E("Chancery of the President of Latvia", "ORG", "President's Chancery")
d.E("Riga", "GPE")
d.E("Iceland", "GPE")
d.E("Ukraine", "GPE")
d.E("North Atlantic Treaty Organization", "ORG", "NATO")
d.E("Baiba Braže", "PERSON", "Foreign Minister Baiba Braže", "Braže")
d.E("Þorgerður Katrín Gunnarsdóttir", "PERSON", "Gunnarsdóttir")
d.E("Latvian Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs")
d.E("Russia", "GPE")
d.E("Gitanas Nausėda", "PERSON", "Lithuanian President Gitanas Nausėda")
d.E("University of Latvia", "ORG")
d.E("Latvian Institute of Organic Synthesis", "ORG")
d.E("Cēsis", "GPE")
d.E("Kristīne Bērziņa-Olafsson", "PERSON")
d.E("Latvian Institute of International Affairs", "ORG", "LIIA")
d.E("Saeima", "ORG")
d.Q("Iceland was the first country", "Edgars Rinkēvičs")
d.Q("Thirty-six years later", "Edgars Rinkēvičs")
d.Q("Small states have to be smart", "Halla Tómasdóttir")
d.Q("respond faster to attacks", "Baiba Braže")
d.Q("We are both countries", "Kristīne Bērziņa-Olafsson")
d.EV("CONSULT", "Edgars Rinkēvičs", "Halla Tómasdóttir", "Riga", "2027-11-22", None, None,
     d.S("Latvian President Edgars Rinkēvičs welcomed", "undersea infrastructure."),
     [d.S("Icelandic President Halla Tómasdóttir begins state visit to Latvia"),
      d.S("Rinkēvičs and Tómasdóttir discuss Baltic security"),
      d.S("After talks in a narrow format", "central Riga."),
      d.S("According to the President's Chancery, the two leaders", "Latvian projects.")])
d.EV("CONSULT", "Baiba Braže", "Þorgerður Katrín Gunnarsdóttir", "Riga", "2027-11-22", None, None,
     d.S("On the same day, Foreign Minister Baiba Braže held talks", "Ministry of Foreign Affairs."),
     [d.S("Rinkēvičs and Tómasdóttir discuss Baltic security"),
      d.S("The two signed a memorandum of understanding", "critical infrastructure\u201d."),
      d.S("Gunnarsdóttir, for her part, said", "from Russia.")])
d.EV("CONSULT", "Edgars Rinkēvičs", "Gitanas Nausėda", None, "2027-11-21", None, None,
     d.S("Ahead of the visit, Rinkēvičs spoke by phone", "Chancery said."))

# ---------------- ox11 Times of Malta: Parliament passes the planning appeals reform 39-35 (politics; no events)
d = Doc("ox11.txt", "Times of Malta", "2027-11-03"); docs.append(d)
d.B("Times of Malta", "ORG")
d.E("Parliament of Malta", "ORG", "Parliament", "House")
d.B("Mariella Galea-Debono", "PERSON")
d.B("Jonathan Borg-Cardona", "PERSON")
d.E("Valletta", "GPE")
d.E("Malta", "GPE")
d.E("Malta Planning Authority", "ORG", "Planning Authority")
d.E("Robert Abela", "PERSON", "Prime Minister Robert Abela", "Abela")
d.E("Alex Borg", "PERSON", "Opposition leader Alex Borg")
d.E("Nationalist Party", "ORG")
d.E("Din l-Art Ħelwa", "ORG")
d.E("Myriam Spiteri Debono", "PERSON", "President Myriam Spiteri Debono")
d.E("Ġorġ Zammit-Cassar", "PERSON")
d.E("Moviment Graffitti", "ORG")
d.E("George Vella", "PERSON")
d.E("Malta Developers Association", "ORG", "MDA")
d.E("Chamber of Architects", "ORG", "KTP")
d.E("Maltese Labour Party", "ORG", "Labour")
d.E("St Julian's", "GPE")
d.B("Allied Newspapers", "ORG", "Allied Newspapers Ltd")
d.QS("tilted towards developers", "Din l-Art Ħelwa")
d.Q("Nobody should have to wait", "Robert Abela")
d.Q("This is not reform", "Alex Borg")
d.Q("We will fight it in court", "Alex Borg")
d.Q("tilted towards developers", "Din l-Art Ħelwa", nth=1)
d.Q("A resident who finds a notice", "Ġorġ Zammit-Cassar")

# ---------------- ox12 The Namibian: High Court jails ex-Oshakati town council CEO Petrus Ndeutapo Iipinge (court; no events)
d = Doc("ox12.txt", "The Namibian", "2027-11-05"); docs.append(d)
d.E("The Namibian", "ORG")
d.E("Oshakati", "GPE")
d.B("Lahja Nghishikushitja-Beukes", "PERSON")
d.E("Oshakati Town Council", "ORG")
d.E("Petrus Ndeutapo Iipinge", "PERSON", "Iipinge")
d.E("High Court of Namibia", "ORG", "Oshakati High Court", "High Court")
d.B("Hendrina Amupolo-Nekongo", "PERSON")
d.E("Ondjila Civil Works CC", "ORG", "Ondjila Civil Works")
d.E("Hannelie Prinsloo-Nghipandulwa", "PERSON", "Judge Hannelie Prinsloo-Nghipandulwa")
d.E("Saima Nambala-Haufiku", "PERSON", "Nambala-Haufiku")
d.E("Tjiuai Kavari-Hoveka", "PERSON", "Kavari-Hoveka")
d.E("Supreme Court of Namibia", "ORG", "Supreme Court")
d.E("Ndapewa Shikongo-Amadhila", "PERSON")
d.E("Anti-Corruption Commission of Namibia", "ORG", "Anti-Corruption Commission", "ACC")
d.E("Ompumbu", "GPE")
d.E("Uupindi", "GPE")
d.E("Hilma Shikwambi", "PERSON")
d.E("Oshana", "GPE")
d.E("Netumbo Nandi-Ndaitwah", "PERSON", "President Netumbo Nandi-Ndaitwah")
d.E("Walvis Bay", "GPE")
d.Q("The accused was entrusted", "Hannelie Prinsloo-Nghipandulwa")
d.Q("the corrosive effect of corruption", "Hannelie Prinsloo-Nghipandulwa")
d.Q("We believe the court erred", "Tjiuai Kavari-Hoveka")
d.Q("welcomes the outcome", "Anti-Corruption Commission of Namibia")
d.Q("When it rains", "Hilma Shikwambi")
d.Q("face the full might of the law", "Netumbo Nandi-Ndaitwah")

# ---------------- ox13 The Slovak Spectator: Hollenstein Industrie to buy Považie Components for €340 million (business; no events)
d = Doc("ox13.txt", "The Slovak Spectator", "2027-11-09"); docs.append(d)
d.E("The Slovak Spectator", "ORG")
d.E("Hollenstein Industrie AG", "ORG", "Hollenstein")
d.E("Žilina", "GPE")
d.E("Považie Components", "ORG", "Považie")
d.B("Jana Kováčiková-Reiter", "PERSON")
d.E("Antimonopoly Office of the Slovak Republic", "ORG")
d.E("European Commission", "ORG")
d.E("Považská Bystrica", "GPE")
d.E("Kia Slovakia", "ORG")
d.E("Volkswagen Slovakia", "ORG")
d.E("Stellantis", "ORG")
d.E("Trnava", "GPE")
d.E("Linz", "GPE")
d.E("Vienna Stock Exchange", "ORG")
d.E("Nitra", "GPE")
d.E("Slovakia", "GPE")
d.E("Dietmar Auer-Pichler", "PERSON")
d.E("Bratislava", "GPE")
d.E("Tatra Ridge Capital", "ORG")
d.E("Mária Kováčová-Lindner", "PERSON")
d.E("Ladislav Hudec-Šimko", "PERSON")
d.E("Marek Trnovský", "PERSON")
d.E("Slovenská sporiteľňa", "ORG")
d.E("Slovak Investment and Trade Development Agency", "ORG", "SARIO")
d.E("Vienna", "GPE")
d.E("Teplička nad Váhom", "GPE")
d.B("Petit Press", "ORG")
d.Q("Slovakia produces more cars", "Dietmar Auer-Pichler")
d.Q("Považie brings engineering talent", "Dietmar Auer-Pichler")
d.Q("For our employees nothing changes", "Mária Kováčová-Lindner")
d.Q("We have heard promises before", "Ladislav Hudec-Šimko")
d.Q("The multiple reflects", "Marek Trnovský")
d.Q("The car industry is in a difficult phase", "Marek Trnovský")

# ---------------- ox14 Carbon Brief: atoll islands in Kiribati and Tuvalu kept their land area (science; no events)
d = Doc("ox14.txt", "Carbon Brief", "2027-11-25"); docs.append(d)
d.E("Carbon Brief", "ORG")
d.E("Kiribati", "GPE")
d.E("Tuvalu", "GPE")
d.B("Ruairí Ó Ceallaigh-Tan", "PERSON")
d.E("Fongafale", "GPE")
d.E("Funafuti", "GPE", "Funafuti atoll")
d.B("Sean Gallagher-Rua", "PERSON")
d.B("Alamy", "ORG", "Alamy Stock Photo")
d.E("Communications Earth & Environment", "ORG")
d.E("South Tarawa", "GPE")
d.E("Teuea Kaitu-Morrison", "PERSON", "Dr Teuea Kaitu-Morrison")
d.E("University of Auckland", "ORG")
d.E("University of the South Pacific", "ORG", "USP")
d.E("Tuvalu Meteorological Service", "ORG")
d.E("New Zealand Ministry of Foreign Affairs and Trade", "ORG")
d.E("Hendrika de Vries-Teaero", "PERSON", "Prof. Hendrika de Vries-Teaero")
d.E("Wageningen University", "ORG")
d.E("Netherlands", "GPE")
d.E("Maina Vakafua Talia", "PERSON")
d.Q("Islands are not static piles", "Teuea Kaitu-Morrison")
d.Q("The problem is that people", "Teuea Kaitu-Morrison")
d.QP("Our results should not be read", "Hendrika de Vries-Teaero")
d.Q("Where reefs die from heat stress", "Hendrika de Vries-Teaero")
d.Q("We have always said that Tuvalu", "Maina Vakafua Talia")

# ---------------- ox15 NewsDay: cholera cases rise to 412 in Chegutu (health; no events)
d = Doc("ox15.txt", "NewsDay", "2027-11-24"); docs.append(d)
d.B("NewsDay", "ORG")
d.E("Chegutu", "GPE", "CHEGUTU")
d.B("Tapiwa Makoni-Dziva", "PERSON", "TAPIWA MAKONI-DZIVA")
d.B("Kudakwashe Hove-Mutasa", "PERSON")
d.E("Zimbabwean Ministry of Health and Child Care", "ORG", "Ministry of Health and Child Care")
d.E("Pfupajena", "GPE")
d.E("Kaguvi", "GPE")
d.E("Mashonaland West", "GPE")
d.E("Tendai Mhlanga-Moyo", "PERSON", "Dr Tendai Mhlanga-Moyo")
d.E("Douglas Mombeshora", "PERSON", "Health Minister Douglas Mombeshora")
d.E("World Health Organization", "ORG", "WHO")
d.E("United Nations Children's Fund", "ORG", "Unicef")
d.E("Chegutu Municipality", "ORG")
d.E("Farai Chinyanga-Rusike", "PERSON")
d.E("Memory Chigumba", "PERSON")
d.E("Zimbabwe Association of Doctors for Human Rights", "ORG", "ZADHR")
d.E("Harare", "GPE")
d.E("Kuwadzana", "GPE")
d.E("Kwekwe", "GPE")
d.B("Alpha Media Holdings", "ORG")
d.Q("We are not out of the woods", "Tendai Mhlanga-Moyo")
d.Q("boil or treat all drinking water", "Douglas Mombeshora")
d.Q("We inherited equipment", "Farai Chinyanga-Rusike")
d.Q("I have three children", "Memory Chigumba")

# ---------------- ox16 Taipei Times: Legislative Yuan lowers referendum thresholds 62-49 (politics; no events)
d = Doc("ox16.txt", "Taipei Times", "2027-11-26"); docs.append(d)
d.B("Taipei Times", "ORG")
d.E("Chinese Nationalist Party", "ORG", "KMT")
d.E("Taiwan People's Party", "ORG", "Taiwan People\u2019s Party", "TPP")
d.E("Executive Yuan", "ORG", "Cabinet")
d.B("Kao Yu-ting", "PERSON")
d.B("Jake Chen-Whitfield", "PERSON")
d.E("Legislative Yuan", "ORG")
d.E("Taipei", "GPE")
d.B("Huang Mei-chun", "PERSON")
d.E("Cheng Li-wun", "PERSON", "KMT Chairwoman Cheng Li-wun")
d.E("Huang Kuo-chang", "PERSON", "TPP Chairman Huang Kuo-chang")
d.E("Democratic Progressive Party", "ORG", "DPP")
d.E("Cho Jung-tai", "PERSON", "Premier Cho Jung-tai", "Cho")
d.E("Office of the President of Taiwan", "ORG", "Presidential Office")
d.E("Lai Ching-te", "PERSON", "President William Lai", "\u8cf4\u6e05\u5fb7")
d.E("Han Kuo-yu", "PERSON", "Legislative Speaker Han Kuo-yu")
d.E("Central Election Commission of Taiwan", "ORG", "Central Election Commission")
d.E("Liu Pei-hsuan", "PERSON", "Liu")
d.E("National Chengchi University", "ORG")
d.E("Taiwan", "GPE")
d.B("Central News Agency", "ORG", "CNA")
d.Q("For too long, the people", "Cheng Li-wun")
d.Q("Today we opened the door", "Cheng Li-wun")
d.Q("make direct democracy work again", "Huang Kuo-chang")
d.Q("turn every ballot into", "Democratic Progressive Party")
d.Q("We respect the legislature", "Cho Jung-tai")
d.Q("act in accordance with the Constitution", "Office of the President of Taiwan")
d.Q("Both camps believe", "Liu Pei-hsuan")
d.Q("What is certain is", "Liu Pei-hsuan")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

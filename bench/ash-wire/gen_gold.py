"""Builds ash-wire gold.jsonl from hand annotations. Helpers only slice exact text out of the docs.
Byline / photo-credit / masthead / end-credit names are added with B();
`python3 gen_gold.py --no-credits` writes gold.jsonl without them (the committed variant).
The Doc helper class (E/B/Q/QS/QP/S/EV) is copied unchanged from bench/gauge-wire/gen_gold.py (lines 5-42)."""
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
# ---------------- a01 The Kyiv Independent: missile on Zhytomyr; nationwide combined attack; drone on Korosten; Zelensky-Merz call
d = Doc("a01.txt", "The Kyiv Independent", "2027-05-03"); docs.append(d)
d.B("The Kyiv Independent", "ORG", "Kyiv Independent")
d.B("Oleksandra Hrytsenko-Bilous", "PERSON")
d.E("Ukraine", "GPE")
d.E("Zhytomyr", "GPE")
d.E("Russia", "GPE")
d.E("State Emergency Service of Ukraine", "ORG", "State Emergency Service")
d.E("Zhytomyr Oblast", "GPE")
d.E("Vitalii Bunechko", "PERSON", "Zhytomyr Oblast Governor Vitalii Bunechko", "Bunechko")
d.E("Ukrainian Air Force", "ORG", "Air Force")
d.E("Korosten", "GPE")
d.E("Ukrzaliznytsia", "ORG")
d.E("Halyna Moroz-Tkachuk", "PERSON")
d.E("Serhii Sukhomlyn", "PERSON", "Mayor Serhii Sukhomlyn")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky", "Zelensky")
d.E("Friedrich Merz", "PERSON", "German Chancellor Friedrich Merz", "Friedrich")
d.E("Office of the President of Ukraine", "ORG", "President's Office")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Kyiv", "GPE")
d.E("Cherkasy", "GPE")
d.Q("People were asleep. There is no", "Vitalii Bunechko")
d.Q("The search will continue", "Vitalii Bunechko")
d.Q("The windows came in", "Halyna Moroz-Tkachuk")
d.Q("I thought the whole house", "Halyna Moroz-Tkachuk")
d.Q("a deliberate blow against", "Volodymyr Zelensky")
d.Q("We agreed on concrete steps", "Volodymyr Zelensky")
d.Q("enterprises of the military-industrial", "Russian Ministry of Defence")
d.EV("ASSAULT", "Russia", None, "Zhytomyr", "2027-05-03", 5, 31,
     d.S("A Russian ballistic missile hit", "Bunechko reported."),
     [d.S("Russian missile strike on Zhytomyr kills 5"),
      d.S("The missile struck a five-story", "State Emergency Service."),
      d.S("Rescuers pulled nine people alive", "intensive care."),
      d.S("President Volodymyr Zelensky called the attack", "interceptor missiles."),
      d.S("Russia's Defense Ministry claimed", "high-precision weapons.")])
d.EV("ASSAULT", "Russia", None, "Ukraine", "2027-05-03", None, None,
     d.S("Ukraine's Air Force said Russia launched", "electronic warfare."),
     [d.S("The strike was part of a larger combined attack.")])
d.EV("ASSAULT", "Russia", None, "Korosten", "2027-05-03", None, 2,
     d.S("In the town of Korosten", "Ukrzaliznytsia said."))
d.EV("CONSULT", "Volodymyr Zelensky", "Friedrich Merz", None, "2027-05-03", None, None,
     d.S("Later on May 3, Zelensky held a phone call", "President's Office."),
     [d.S("\"We agreed on concrete steps", "after the call.")])

# ---------------- a02 Meduza: drone attack on the Novoshakhtinsk refinery; debris in Kamensk-Shakhtinsky; 58 drones over Russia
d = Doc("a02.txt", "Meduza", "2027-05-04"); docs.append(d)
d.E("Meduza", "ORG")
d.E("Russia", "GPE")
d.E("Novoshakhtinsk", "GPE")
d.E("Rostov Oblast", "GPE", "Rostov region")
d.B("Ostorozhno Novosti", "ORG")
d.E("Yury Slyusar", "PERSON", "Rostov Oblast Governor Yury Slyusar", "Slyusar")
d.E("Ukraine", "GPE")
d.E("Kamensk-Shakhtinsky", "GPE")
d.E("Russian Ministry of Defence", "ORG", "Defense Ministry")
d.E("Voronezh Oblast", "GPE")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Rosaviatsia", "ORG")
d.E("Rostov-on-Don", "GPE")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Kyiv", "GPE")
d.E("Vladimir Putin", "PERSON")
d.E("Arkady Vorontsov-Lanskoy", "PERSON")
d.E("Riga", "GPE")
d.E("Belgorod", "GPE")
d.Q("The fire at the industrial site", "Yury Slyusar")
d.Q("one of the key suppliers", "General Staff of the Armed Forces of Ukraine")
d.Q("is not interested in any", "Dmitry Peskov")
d.QP("Each of these attacks takes", "Arkady Vorontsov-Lanskoy")
d.Q("The south is running out", "Arkady Vorontsov-Lanskoy")
d.Q("We hear explosions every week", None)
d.Q("but the prices at the gas station", None)
d.EV("ASSAULT", "Ukraine", None, "Novoshakhtinsk", "2027-05-04", None, 2,
     d.S("A fire broke out at the oil refinery", "Yury Slyusar said."),
     [d.S("Drones set Novoshakhtinsk refinery ablaze"),
      d.S("Two people, a security guard", "shrapnel wounds."),
      d.S("Ukraine's General Staff confirmed", "in the south.\""),
      d.S("According to the statement, a primary", "was damaged.")])
d.EV("ASSAULT", "Ukraine", None, "Kamensk-Shakhtinsky", "2027-05-04", None, 1,
     d.S("In Kamensk-Shakhtinsky, about 60", "according to the governor."))
d.EV("ASSAULT", "Ukraine", None, "Russia", "2027-05-04", None, None,
     d.S("Russia's Defense Ministry said air defense forces", "Sea of Azov."))

# ---------------- a03 Radio Dabanga: RSF drones on Singa market; SAF strikes near El Dali; Kamil Idris-El Nour in Singa
d = Doc("a03.txt", "Radio Dabanga", "2027-05-05"); docs.append(d)
d.E("Radio Dabanga", "ORG")
d.E("Sennar", "GPE", "Sennar state")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Singa", "GPE", "SINGA")
d.E("Port Sudan", "GPE", "PORT SUDAN")
d.E("Amna Babiker El Tayeb", "PERSON")
d.E("Sudan Doctors Network", "ORG")
d.E("Ezzeldin Hamid Suleiman", "PERSON")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("El Dali", "GPE")
d.E("El Mazmum", "GPE")
d.E("Kamil Idris", "PERSON", "Prime Minister Kamil Idris")
d.E("Osman Abdelrahim El Nour", "PERSON", "Sennar state Governor Osman Abdelrahim El Nour", "Governor El Nour")
d.E("Sudanese Council of Ministers", "ORG", "Council of Ministers")
d.E("Emergency Lawyers", "ORG")
d.E("Blue Nile", "GPE", "Blue Nile state")
d.E("South Sudan", "GPE")
d.E("World Food Programme", "ORG", "WFP")
d.E("White Nile", "GPE")
d.B("Sudan", "GPE")
d.Q("I was selling onions", "Amna Babiker El Tayeb")
d.Q("The second came a few minutes", "Amna Babiker El Tayeb")
d.Q("a full-fledged war crime", "Sudan Doctors Network")
d.Q("only the military supply lines", "Ezzeldin Hamid Suleiman")
d.Q("dozens of militia fighters", "Sudanese Armed Forces")
d.Q("Sennar has paid a heavy price", "Kamil Idris")
d.Q("a systematic policy of starving", "Emergency Lawyers")
d.EV("ASSAULT", "Rapid Support Forces", None, "Singa", "2027-05-03", 11, 27,
     d.S("SINGA – The paramilitary Rapid Support Forces", "witnesses said."),
     [d.S("RSF drones kill 11 in Singa market"),
      d.S("Two of the drones hit the vegetable section", "most crowded."),
      d.S("Others struck near the Singa power station", "the town."),
      d.S("The Sudan Doctors Network described the attack", "surgical supplies."),
      d.S("The RSF did not comment on the attack.")])
d.EV("ASSAULT", "Sudanese Armed Forces", "Rapid Support Forces", "El Dali", "2027-05-04", None, None,
     d.S("A day after the attack, the Sudanese Armed Forces", "militia fighters”."))
d.EV("CONSULT", "Kamil Idris", "Osman Abdelrahim El Nour", "Singa", "2027-05-04", None, None,
     d.S("Prime Minister Kamil Idris arrived in Singa", "displaced families."),
     [d.S("RSF drones kill 11 in Singa market"),
      d.S("According to the Council of Ministers", "“within days”."),
      d.S("“Sennar has paid a heavy price", "after the meeting.")])

# ---------------- a04 Eye Radio: Mboro market attack (Wau County); SPLA-IO raid on Kangi; Ukello-UNMISS in Wau
d = Doc("a04.txt", "Eye Radio", "2027-05-06"); docs.append(d)
d.E("Eye Radio", "ORG")
d.E("Western Bahr el Ghazal", "GPE")
d.E("Mboro", "GPE", "Mboro payam")
d.E("Sudan People's Liberation Army-in-Opposition", "ORG", "SPLA-IO")
d.E("Kangi", "GPE")
d.B("Akech Deng Malual", "PERSON")
d.E("Wau", "GPE", "WAU", "Wau County")
d.E("Rose Nyibol Akuei", "PERSON", "Wau County Commissioner Rose Nyibol Akuei")
d.E("Warrap", "GPE", "Warrap State")
d.E("South Sudan People's Defence Forces", "ORG", "SSPDF")
d.E("Jur River", "GPE", "Jur River County")
d.E("Lam Paul Gabriel", "PERSON")
d.E("Lul Ruai Koang", "PERSON", "Maj. Gen. Lul Ruai Koang")
d.E("Clement Ukello Bol", "PERSON", "Western Bahr el Ghazal Governor Clement Ukello Bol", "Governor Ukello")
d.E("United Nations Mission in South Sudan", "ORG", "UN Mission in South Sudan", "UNMISS")
d.E("Ingrid Solberg-Mensah", "PERSON", "Solberg-Mensah")
d.E("Tonj", "GPE")
d.E("Santino Ukwac Jok", "PERSON")
d.E("South Sudan", "GPE")
d.E("Sudan People's Liberation Movement-in-Opposition", "ORG", "SPLM-IO")
d.E("Riek Machar", "PERSON", "First Vice President Riek Machar")
d.E("Tonj East", "GPE")
d.E("Salva Kiir", "PERSON", "Kiir")
d.B("Juba", "GPE")
d.Q("They shot at everyone", "Rose Nyibol Akuei")
d.Q("a response to repeated aggression", "Lam Paul Gabriel")
d.Q("Our forces repulsed the attackers", "Lul Ruai Koang")
d.Q("We cannot allow the dry season", "Clement Ukello Bol")
d.Q("The communities of this state", "Ingrid Solberg-Mensah")
d.Q("Leaders on both sides", "Ingrid Solberg-Mensah")
d.Q("We left everything", "Santino Ukwac Jok")
d.EV("ASSAULT", None, None, "Mboro", "2027-05-04", 7, 9,
     d.S("WAU, Western Bahr el Ghazal – At least seven", "authorities said."),
     [d.S("Seven killed in Mboro market attack"),
      d.S("The attackers arrived on foot", "Rose Nyibol Akuei."),
      d.S("\"They shot at everyone", "on Wednesday."),
      d.S("Residents blamed armed cattle keepers", "claimed responsibility.")])
d.EV("ASSAULT", "Sudan People's Liberation Army-in-Opposition", "South Sudan People's Defence Forces", "Kangi",
     "2027-05-05", 4, None,
     d.S("Separately, the Sudan People's Liberation Army-in-Opposition", "seizing weapons."),
     [d.S("Seven killed in Mboro market attack"),
      d.S("In a statement, SPLA-IO deputy spokesperson", "Bahr el Ghazal.\""),
      d.S("The army gave a different account."),
      d.S("SSPDF spokesperson Maj. Gen. Lul Ruai Koang said:", "full control of Kangi.")])
d.EV("CONSULT", "Clement Ukello Bol", "United Nations Mission in South Sudan", "Wau", "2027-05-05", None, None,
     d.S("In Wau on Wednesday, Western Bahr el Ghazal Governor", "insecurity in the state."),
     [d.S("After the meeting, Governor Ukello said", "stolen cattle.")])

# ---------------- a05 Actualite.cd: attack on the Mabele-Dieu mining site (Watsa); FARDC near Nambia (Dungu); Likambo-Shabani in Kinshasa
d = Doc("a05.txt", "Actualite.cd", "2027-05-07"); docs.append(d)
d.E("Actualite.cd", "ORG", "ACTUALITE.CD")
d.E("Haut-Uélé", "GPE", "Haut-Uélé province")
d.E("Watsa", "GPE", "Watsa territory")
d.B("Josué Mbala Kitenge", "PERSON")
d.E("Mabele-Dieu", "GPE")
d.E("Durba", "GPE")
d.E("Faustin Agbolo Ngalaba", "PERSON")
d.E("Lord's Resistance Army", "ORG", "LRA")
d.E("Bienvenu Ayiko Alamba", "PERSON")
d.E("Armed Forces of the Democratic Republic of the Congo", "ORG", "FARDC")
d.E("Nambia", "GPE")
d.E("Dungu", "GPE", "Dungu territory")
d.E("Jules Ngoy Kabamba", "PERSON", "Lieutenant Jules Ngoy Kabamba")
d.E("Kinshasa", "GPE")
d.E("Jean-Pierre Likambo Ngbandi", "PERSON", "Governor Likambo")
d.E("Jacquemain Shabani", "PERSON", "Deputy Prime Minister and Interior Minister Jacquemain Shabani", "Shabani")
d.E("Faradje", "GPE")
d.E("South Sudan", "GPE")
d.E("Central African Republic", "GPE")
d.E("Barrick Mining Corporation", "ORG", "Barrick")
d.E("Ituri", "GPE")
d.E("Djugu", "GPE")
d.E("Isiro", "GPE")
d.Q("It is a carnage", "Faustin Agbolo Ngalaba")
d.Q("The mining sites produce", "Bienvenu Ayiko Alamba")
d.Q("The soldiers are in the towns", "Bienvenu Ayiko Alamba")
d.QP("Our forces are pursuing", "Jules Ngoy Kabamba")
d.Q("The security of the mining sites", "Jules Ngoy Kabamba")
d.Q("concrete measures in the coming days", "Jacquemain Shabani")
d.EV("ASSAULT", None, None, "Mabele-Dieu", "2027-05-05", 9, 5,
     d.S("At least nine artisanal gold miners", "told ACTUALITE.CD."),
     [d.S("Haut-Uélé: nine gold miners killed"),
      d.S("According to the administrator of Watsa territory", "phones and cash."),
      d.S("The injured were evacuated", "in Durba."),
      d.S("Local civil society attributed the attack", "not confirmed this.")])
d.EV("ASSAULT", "Armed Forces of the Democratic Republic of the Congo", None, "Nambia", "2027-05-06", 3, None,
     d.S("Separately, the Armed Forces of the Democratic Republic", "AK-47 rifles."))
d.EV("CONSULT", "Jean-Pierre Likambo Ngbandi", "Jacquemain Shabani", "Kinshasa", "2027-05-06", None, None,
     d.S("In Kinshasa on Thursday, the Governor of Haut-Uélé", "according to the ministry."),
     [d.S("The governor asked for a permanent", "Watsa and Faradje."),
      d.S("Governor Likambo told the press", "coming days\".")])

# ---------------- a06 Premium Times: Mahmuda attack on Tungan Magaji (Mashegu); NAF strikes in Borgu; Bago-Emir of Kontagora in Minna
d = Doc("a06.txt", "Premium Times", "2027-05-10"); docs.append(d)
d.E("Premium Times", "ORG", "PREMIUM TIMES")
d.E("Nigeria", "GPE")
d.E("Mohammed Umaru Bago", "PERSON", "Governor Mohammed Umaru Bago", "Mr Bago")
d.E("Niger State", "GPE")
d.B("Hamza Idris Kutigi", "PERSON")
d.B("Ibrahim Gana", "PERSON")
d.E("Kontagora", "GPE")
d.E("Tungan Magaji", "GPE")
d.E("Mashegu", "GPE", "Mashegu Local Government Area")
d.E("Niger State Police Command", "ORG")
d.E("Yahaya Musa Kutigi", "PERSON", "DSP Yahaya Musa Kutigi")
d.E("Mahmuda", "ORG")
d.E("Aliyu Danjuma", "PERSON", "Mr Danjuma")
d.E("Nigerian Air Force", "ORG")
d.E("Borgu", "GPE")
d.E("Kabiru Ali Dogo", "PERSON", "Air Commodore Kabiru Ali Dogo")
d.E("Minna", "GPE")
d.E("Muhammad Barau Mu'azu", "PERSON", "Alhaji Muhammad Barau Mu'azu")
d.E("Bola Tinubu", "PERSON", "President Bola Tinubu")
d.E("Amnesty International Nigeria", "ORG")
d.E("Kwara", "GPE", "Kwara State")
d.E("Zamfara", "GPE")
d.E("Kebbi", "GPE")
d.E("Sokoto", "GPE")
d.E("Lakurawa", "ORG")
d.E("Tangaza", "GPE")
d.QS("We will not negotiate with bandits", "Mohammed Umaru Bago")
d.Q("Tactical teams have been deployed", "Niger State Police Command")
d.Q("We reported their movement", "Aliyu Danjuma")
d.Q("Nobody came until the killing", "Aliyu Danjuma")
d.Q("credible intelligence on the movement", "Kabiru Ali Dogo")
d.Q("We will not negotiate with bandits. Anybody", "Mohammed Umaru Bago")
d.Q("the continued failure of the authorities", "Amnesty International Nigeria")
d.EV("ASSAULT", "Mahmuda", None, "Tungan Magaji", "2027-05-08", 14, 6,
     d.S("Gunmen killed at least 14 villagers", "residents said."),
     [d.S("'We will not negotiate with bandits', governor says"),
      d.S("The attackers stormed the village", "homes and granaries."),
      d.S("Six of the injured were taken", "60 kilometres away."),
      d.S("In a statement on Sunday, the spokesperson", "Kainji Lake National Park."),
      d.S("Mr Bago, who described the attack as barbaric", "armed groups.")])
d.EV("ASSAULT", "Nigerian Air Force", None, "Borgu", "2027-05-09", None, None,
     d.S("On Sunday, the Nigerian Air Force said", "logistics bases."),
     [d.S("Its spokesperson, Air Commodore Kabiru Ali Dogo", "Mashegu attack.\"")])
d.EV("CONSULT", "Mohammed Umaru Bago", "Muhammad Barau Mu'azu", "Minna", "2027-05-09", None, None,
     d.S("Governor Mohammed Umaru Bago later presided", "in his emirate."),
     [d.S("Anybody who takes up arms against Niger State", "after the meeting.")])

# ---------------- a07 Hiiraan Online: al-Shabaab car bomb at Lafoole base; Danab near Sabiid; Hassan Sheikh-Laftagareen at Villa Somalia
d = Doc("a07.txt", "Hiiraan Online", "2027-05-11"); docs.append(d)
d.E("Hiiraan Online", "ORG", "HOL")
d.E("Lower Shabelle", "GPE", "Lower Shabelle region")
d.E("al-Shabaab", "ORG", "Al-Shabaab")
d.E("Afgooye", "GPE", "Afgooye district")
d.E("Lafoole", "GPE")
d.B("Abdirizak Moalim", "PERSON")
d.E("Mogadishu", "GPE", "MOGADISHU")
d.E("Somali National Army", "ORG")
d.E("Abdullahi Ismail Dheere", "PERSON", "Col. Abdullahi Ismail Dheere", "Col. Dheere")
d.E("Radio Andalus", "ORG")
d.E("Fartun Abdi Nuur", "PERSON")
d.E("Danab", "ORG")
d.E("Sabiid", "GPE")
d.E("Somali Ministry of Information", "ORG", "Ministry of Information")
d.E("Hassan Sheikh Mohamud", "PERSON", "President Hassan Sheikh Mohamud")
d.E("Villa Somalia", "ORG")
d.E("Abdiaziz Laftagareen", "PERSON", "South West State President Abdiaziz Laftagareen", "Laftagareen")
d.E("South West State", "GPE")
d.E("African Union Support and Stabilization Mission in Somalia", "ORG", "AUSSOM")
d.E("Baidoa", "GPE")
d.E("Mohamed Abukar Farah-Guled", "PERSON")
d.E("Somali Institute for Security Studies", "ORG")
d.E("Somalia", "GPE")
d.E("Puntland", "GPE")
d.E("Bosaso", "GPE")
d.Q("Four of the attackers were killed", "Abdullahi Ismail Dheere")
d.Q("inflicted heavy losses", "al-Shabaab")
d.Q("The smoke covered the whole road", "Fartun Abdi Nuur")
d.Q("When it cleared", "Fartun Abdi Nuur")
d.Q("to restore full government authority", "Villa Somalia")
d.Q("The people of Lower Shabelle are ready", "Abdiaziz Laftagareen")
d.Q("Every bomb on that road", "Mohamed Abukar Farah-Guled")
d.EV("ASSAULT", "al-Shabaab", "Somali National Army", "Lafoole", "2027-05-10", 11, 17,
     d.S("MOGADISHU (HOL) - At least eight soldiers", "officials said."),
     [d.S("Al-Shabaab car bomb kills 11"),
      d.S("Gunmen tried to storm the base", "commander of the base."),
      d.S("He said 17 people, including two tea sellers", "were wounded."),
      d.S("Al-Shabaab claimed the attack through", "apostate forces\"."),
      d.S("Witnesses said the explosion destroyed", "outside the base."),
      d.S("The African Union Support and Stabilization Mission", "to Mogadishu.")])
d.EV("ASSAULT", "Danab", "al-Shabaab", "Sabiid", "2027-05-10", 23, None,
     d.S("Later on Monday, Danab special forces", "in a statement."),
     [d.S("The figure could not be independently confirmed.")])
d.EV("CONSULT", "Hassan Sheikh Mohamud", "Abdiaziz Laftagareen", "Villa Somalia", "2027-05-10", None, None,
     d.S("President Hassan Sheikh Mohamud held talks", "in Lower Shabelle."),
     [d.S("Villa Somalia said the two leaders agreed", "liberated last year\"."),
      d.S("Speaking after the meeting, Laftagareen said", "into the army.")])

# ---------------- a08 Enab Baladi: ambush on Internal Security Forces in Tafas; Israeli drone near Maariya; Khattab-al-Masalmeh in Daraa
d = Doc("a08.txt", "Enab Baladi", "2027-05-12"); docs.append(d)
d.E("Enab Baladi", "ORG")
d.E("Daraa", "GPE")
d.E("Tafas", "GPE")
d.E("Maariya", "GPE")
d.B("Halim Muhammad", "PERSON")
d.E("Syrian Internal Security Forces", "ORG", "Internal Security Forces")
d.E("Syrian Ministry of Interior", "ORG")
d.E("Islamic State", "ORG")
d.E("Syrian Observatory for Human Rights", "ORG")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Quneitra", "GPE")
d.E("Anas Khattab", "PERSON", "Interior Minister Anas Khattab", "Khattab")
d.E("Amer al-Masalmeh", "PERSON", "Governor Amer al-Masalmeh", "Governor al-Masalmeh")
d.E("Syria", "GPE")
d.E("Muzayrib", "GPE")
d.E("Jasim", "GPE")
d.E("Faisal Abu Zaid", "PERSON", "Sheikh Faisal Abu Zaid")
d.E("Ammar Haj Hamdan", "PERSON")
d.E("Jusoor Center for Studies", "ORG")
d.E("Sweida", "GPE")
d.E("Damascus", "GPE")
d.Q("a treacherous act", "Syrian Ministry of Interior")
d.Q("Two cars stopped before", None)
d.Q("a suspect who approached", "Israel Defense Forces")
d.Q("The security of Daraa is part", "Anas Khattab")
d.Q("and whoever targets our men", "Anas Khattab")
d.Q("We do not want our sons", "Faisal Abu Zaid")
d.EV("ASSAULT", None, "Syrian Internal Security Forces", "Tafas", "2027-05-10", 3, 2,
     d.S("Three members of the Internal Security Forces were killed", "on Monday night."),
     [d.S("Three security personnel killed in Tafas ambush"),
      d.S("The ministry described the attack as", "southern region\"."),
      d.S("A resident of Tafas, who asked not to be named", "ten minutes."),
      d.S("No group has claimed the attack.")])
d.EV("ASSAULT", "Israel Defense Forces", None, "Maariya", "2027-05-11", 1, None,
     d.S("On Tuesday, an Israeli drone struck a shepherd", "for Human Rights."),
     [d.S("Three security personnel killed in Tafas ambush"),
      d.S("The Israel Defense Forces (IDF) said in a statement", "to the forces\".")])
d.EV("CONSULT", "Anas Khattab", "Amer al-Masalmeh", "Daraa", "2027-05-11", None, None,
     d.S("Also on Tuesday, Interior Minister Anas Khattab", "the recent attacks."),
     [d.S("\"The security of Daraa is part", "held accountable.\""),
      d.S("Governor al-Masalmeh said the governorate", "Muzayrib and Jasim.")])

# ---------------- a09 Rudaw: ISIS attack on a PMF post near Tal al-Ward (Daquq); air strike near Tuz Khurmatu; Taha-Reber Ahmed in Erbil
d = Doc("a09.txt", "Rudaw", "2027-05-13"); docs.append(d)
d.E("Rudaw", "ORG", "Rudaw English")
d.E("Iraq", "GPE")
d.E("Kirkuk", "GPE", "Kirkuk province")
d.E("Popular Mobilization Forces", "ORG", "PMF", "Hashd al-Shaabi")
d.E("Islamic State", "ORG", "ISIS")
d.E("Daquq", "GPE", "Daquq district")
d.B("Sarkawt Hama Amin", "PERSON")
d.E("Erbil", "GPE", "ERBIL")
d.E("Kurdistan Region", "GPE")
d.E("Tal al-Ward", "GPE")
d.E("Iraqi Air Force", "ORG")
d.E("Tuz Khurmatu", "GPE")
d.E("Security Media Cell", "ORG")
d.E("Saladin", "GPE", "Saladin province")
d.E("Sabah Qadir Kakayi", "PERSON")
d.E("Rebwar Taha", "PERSON", "Kirkuk Governor Rebwar Taha", "Taha")
d.E("Reber Ahmed", "PERSON", "Kurdistan Region Interior Minister Reber Ahmed", "Ahmed")
d.E("Baghdad", "GPE")
d.E("Kurdistan Regional Government", "ORG", "KRG")
d.E("Peshmerga", "ORG")
d.E("Ministry of Peshmerga Affairs", "ORG")
d.E("Iraqi Joint Operations Command", "ORG", "Joint Operations Command")
d.E("Kurdistan Democratic Party", "ORG", "KDP")
d.E("Patriotic Union of Kurdistan", "ORG", "PUK")
d.E("Hisham Jabbar al-Ubaidi", "PERSON")
d.E("Makhmour", "GPE")
d.Q("the blood of the martyrs", "Popular Mobilization Forces")
d.Q("At night we do not go", "Sabah Qadir Kakayi")
d.Q("We harvest only in daylight", "Sabah Qadir Kakayi")
d.Q("There must be joint coordination", "Rebwar Taha")
d.Q("but Baghdad must fund them", "Reber Ahmed")
d.Q("They are few, but they know", "Hisham Jabbar al-Ubaidi")
d.EV("ASSAULT", "Islamic State", "Popular Mobilization Forces", "Tal al-Ward", "2027-05-11", 4, 3,
     d.S("ERBIL, Kurdistan Region - Islamic State (ISIS) militants", "told Rudaw English."),
     [d.S("Four PMF fighters killed in ISIS attack"),
      d.S("The militants approached the post", "condition of anonymity."),
      d.S("In a statement, the PMF, also known as", "in their dens\"."),
      d.S("Iraq's Joint Operations Command has not commented", "governor's proposal.")])
d.EV("ASSAULT", "Iraqi Air Force", "Islamic State", "Tuz Khurmatu", "2027-05-12", 6, None,
     d.S("A day later, Iraqi Air Force F-16 jets", "Security Media Cell."))
d.EV("CONSULT", "Rebwar Taha", "Reber Ahmed", "Erbil", "2027-05-12", None, None,
     d.S("Kirkuk Governor Rebwar Taha on Wednesday travelled", "Government (KRG)."),
     [d.S("Taha said after the meeting:", "the Iraqi army."),
      d.S("Ahmed told reporters that the Ministry", "clear mandate\".")])

# ---------------- a10 L'Orient Today: Israeli drone on Deir Mimas (Marjayoun); shelling of Khiam; Aoun-Ortagus in Baabda; Haykal-Abagnara in Yarzeh
d = Doc("a10.txt", "L'Orient Today", "2027-05-14"); docs.append(d)
d.E("L'Orient Today", "ORG", "L’Orient Today")
d.E("Lebanon", "GPE")
d.E("Marjayoun", "GPE", "Marjayoun district")
d.E("Joseph Aoun", "PERSON", "President Joseph Aoun", "Aoun")
d.B("Nour Haddad-Sfeir", "PERSON")
d.E("Deir Mimas", "GPE")
d.B("Ali Dia", "PERSON")
d.B("AFP", "ORG")
d.E("Beirut", "GPE", "BEIRUT")
d.E("Lebanese Ministry of Public Health", "ORG", "Health Ministry")
d.E("Israel Defense Forces", "ORG")
d.E("Hezbollah", "ORG")
d.E("Georges Khoury-Nassif", "PERSON")
d.E("Khiam", "GPE")
d.E("National News Agency", "ORG")
d.E("Ali Fayyad", "PERSON", "MP Ali Fayyad")
d.E("Lebanese Parliament", "ORG", "Parliament")
d.E("Morgan Ortagus", "PERSON", "US Deputy Special Envoy Morgan Ortagus", "Ortagus")
d.E("Baabda", "GPE")
d.E("Washington", "GPE")
d.E("Israel", "GPE")
d.E("United States", "GPE", "US")
d.E("Lebanese Armed Forces", "ORG")
d.E("Rodolphe Haykal", "PERSON", "Army Commander Gen. Rodolphe Haykal")
d.E("United Nations Interim Force in Lebanon", "ORG", "UNIFIL")
d.E("Diodato Abagnara", "PERSON", "Maj. Gen. Diodato Abagnara")
d.E("Yarzeh", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("Nabatieh", "GPE")
d.B("L’Orient-Le Jour", "ORG")
d.Q("a Hezbollah operative", "Israel Defense Forces")
d.Q("Our people were going to their fields", "Georges Khoury-Nassif")
d.Q("We are tired of counting", "Georges Khoury-Nassif")
d.Q("the guarantors of the ceasefire", "Ali Fayyad")
d.Q("exert real pressure on Israel", "Joseph Aoun")
d.Q("The army has done serious work", "Morgan Ortagus")
d.Q("Now it needs to finish the job", "Morgan Ortagus")
d.EV("ASSAULT", "Israel", None, "Deir Mimas", "2027-05-13", 2, 3,
     d.S("BEIRUT — Two people were killed", "said in a statement."),
     [d.S("Two killed in Israeli drone strike"),
      d.S("The strike hit the vehicle as it passed", "L’Orient Today."),
      d.S("One of the wounded, a passer-by", "Governmental Hospital."),
      d.S("The Israel Defense Forces claimed", "southern Lebanon.”"),
      d.S("“Our people were going to their fields", "during a ceasefire.”")])
d.EV("ASSAULT", "Israel", None, "Khiam", "2027-05-12", None, None,
     d.S("On Wednesday, Israeli artillery shelled", "National News Agency."))
d.EV("CONSULT", "Joseph Aoun", "Morgan Ortagus", "Baabda", "2027-05-13", None, None,
     d.S("Hours after the Deir Mimas strike, President Joseph Aoun", "Litani River."),
     [d.S("Two killed in Israeli drone strike"),
      d.S("According to a statement from the presidency", "still occupies.”"),
      d.S("Ortagus told reporters after the meeting", "Lebanese Armed Forces.")])
d.EV("CONSULT", "Rodolphe Haykal", "Diodato Abagnara", "Yarzeh", "2027-05-13", None, None,
     d.S("Separately, Army Commander Gen. Rodolphe Haykal", "draws down."))

# ---------------- a11 The Irrawaddy: Myanmar Air Force bombs a monastery in Thayet Pin Kone (Kyauktaga); KNLA overruns outpost in Shwegyin
d = Doc("a11.txt", "The Irrawaddy", "2027-05-17"); docs.append(d)
d.E("The Irrawaddy", "ORG")
d.E("Myanmar", "GPE", "Burma")
d.E("Bago", "GPE", "Bago Region")
d.E("Kyauktaga", "GPE", "Kyauktaga Township")
d.E("Thayet Pin Kone", "GPE")
d.E("Myanmar Air Force", "ORG")
d.E("People's Defence Force", "ORG", "People's Defense Force", "PDF")
d.E("Karen National Liberation Army", "ORG", "KNLA")
d.E("Shwegyin", "GPE", "Shwegyin Township")
d.E("Karen National Union", "ORG", "KNU")
d.E("Nyaunglebin", "GPE", "Nyaunglebin District")
d.E("Zaw Min Tun", "PERSON", "Maj-Gen Zaw Min Tun")
d.E("National Unity Government", "ORG", "NUG")
d.E("United Nations Security Council", "ORG", "UN Security Council")
d.E("National Unity Government Ministry of Human Rights", "ORG", "Ministry of Human Rights")
d.E("Yangon", "GPE")
d.E("Naypyitaw", "GPE")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG",
    "UN Office for the Coordination of Humanitarian Affairs")
d.E("Khin Thiri Aung", "PERSON", "Daw Khin Thiri Aung")
d.E("Institute for Strategy and Policy – Myanmar", "ORG")
d.E("Min Aung Hlaing", "PERSON", "Junta Chief Min Aung Hlaing")
d.E("Taungoo", "GPE")
d.QS("There was no soldier in our village", None)
d.Q("There was no soldier in our village, only", None)
d.Q("We have been sleeping in the monastery", None)
d.Q("Our joint forces will continue", "Karen National Union")
d.Q("terrorist training camps", "Zaw Min Tun")
d.Q("fabricated by the terrorist groups", "Zaw Min Tun")
d.Q("Every monastery bombed", "National Unity Government Ministry of Human Rights")
d.Q("They cannot hold the ground", "Khin Thiri Aung")
d.EV("ASSAULT", "Myanmar Air Force", None, "Thayet Pin Kone", "2027-05-15", 9, 14,
     d.S("A Myanmar Air Force jet bombed", "the local resistance."),
     [d.S("‘There was no soldier in our village’: Junta jet bombs"),
      d.S("The jet dropped two bombs", "told The Irrawaddy."),
      d.S("Another resident said the injured", "the resistance."),
      d.S("The parallel National Unity Government (NUG) condemned", "to the regime.")])
d.EV("ASSAULT", "Karen National Liberation Army", None, "Shwegyin", "2027-05-14", 6, None,
     d.S("The strike came a day after the Karen National Liberation Army", "Shwegyin Township."),
     [d.S("The Karen National Union (KNU), the KNLA's political wing", "had been seized."),
      d.S("“Our joint forces will continue", "KNU statement said.")])

# ---------------- a12 EFE: ELN car bomb at the Saravena police station; ELN-10th Front fighting in Flor Amarillo (Tame); Marín-Martínez in Arauca
d = Doc("a12.txt", "EFE", "2027-05-18"); docs.append(d)
d.E("EFE", "ORG")
d.E("Colombia", "GPE")
d.E("Arauca", "GPE")
d.E("Saravena", "GPE")
d.E("Venezuela", "GPE")
d.B("Luis Eduardo Noriega", "PERSON")
d.E("Hernán Darío Quiñones", "PERSON", "Colonel Hernán Darío Quiñones")
d.E("National Liberation Army", "ORG", "ELN")
d.E("Revolutionary Armed Forces of Colombia", "ORG", "FARC")
d.E("10th Front", "ORG")
d.E("Flor Amarillo", "GPE")
d.E("Tame", "GPE")
d.E("Colombian Ombudsman's Office", "ORG")
d.E("Iris Marín Ortiz", "PERSON", "Ombudswoman Iris Marín Ortiz", "Marín")
d.E("Renson Martínez Prada", "PERSON", "Governor Renson Martínez Prada")
d.E("Institute for Development and Peace Studies", "ORG", "Indepaz")
d.E("18th Brigade", "ORG")
d.E("Caracas", "GPE")
d.E("Apure", "GPE")
d.E("Catatumbo", "GPE")
d.Q("The blast destroyed the front", "Hernán Darío Quiñones")
d.Q("Without the containment wall", "Hernán Darío Quiñones")
d.Q("military operations against the civilian", "National Liberation Army")
d.Q("Arauca cannot continue", "Iris Marín Ortiz")
d.Q("The State must arrive", "Iris Marín Ortiz")
d.Q("We need the national government", "Renson Martínez Prada")
d.Q("We heard the explosion", None)
d.EV("ASSAULT", "National Liberation Army", None, "Saravena", "2027-05-17", 2, 11,
     d.S("Arauca (Colombia), May 18 (EFE).- Two police officers", "authorities reported."),
     [d.S("Two police officers killed in car bomb attack"),
      d.S("The vehicle, loaded with about 40 kilograms", "changing shifts."),
      d.S("Among the injured were four civilians", "Saravena hospital."),
      d.S("The National Liberation Army (ELN) claimed the attack", "population of Arauca.\""),
      d.S("\"We heard the explosion", "by telephone.")])
d.EV("ASSAULT", "National Liberation Army", "10th Front", "Flor Amarillo", "2027-05-16", 5, None,
     d.S("The attack came a day after fighting", "Ombudsman's Office."))
d.EV("CONSULT", "Iris Marín Ortiz", "Renson Martínez Prada", "Arauca", "2027-05-17", None, None,
     d.S("Ombudswoman Iris Marín Ortiz arrived in Arauca", "in the department."),
     [d.S("\"Arauca cannot continue to be", "after the meeting.")])

# ---------------- a13 High North News: Arctic Council ministerial in Nuuk (Denmark hands over to Sweden); Rasmussen/Nielsen-Landau; Olsvig-Malmer Stenergard
d = Doc("a13.txt", "High North News", "2027-05-20"); docs.append(d)
d.B("High North News", "ORG")
d.E("Sweden", "GPE")
d.E("Arctic Council", "ORG")
d.E("Nuuk", "GPE", "NUUK")
d.E("Greenland", "GPE")
d.B("Ingrid Solheim-Kleppe", "PERSON")
d.B("Nukaaka Lynge-Olsen", "PERSON")
d.B("Arctic Council Secretariat", "ORG")
d.E("Denmark", "GPE")
d.E("Faroe Islands", "GPE")
d.E("Russia", "GPE")
d.E("Copenhagen", "GPE")
d.E("Lars Løkke Rasmussen", "PERSON", "Danish Foreign Minister Lars Løkke Rasmussen", "Rasmussen")
d.E("Maria Malmer Stenergard", "PERSON", "Swedish Foreign Minister Maria Malmer Stenergard", "Malmer Stenergard")
d.E("Jens-Frederik Nielsen", "PERSON", "Premier Jens-Frederik Nielsen", "Nielsen")
d.E("Christopher Landau", "PERSON", "US Deputy Secretary of State Christopher Landau", "Landau")
d.E("United States", "GPE", "US")
d.E("Washington", "GPE")
d.E("Sara Olsvig", "PERSON", "Olsvig")
d.E("Inuit Circumpolar Council", "ORG")
d.E("Moscow", "GPE")
d.E("Russian Ministry of Foreign Affairs", "ORG")
d.E("Luleå", "GPE")
d.E("Norway", "GPE")
d.E("Finland", "GPE")
d.B("High North Center", "ORG")
d.B("Nord University", "ORG")
d.Q("We have kept the Arctic Council alive", "Lars Løkke Rasmussen")
d.Q("That is not a small thing", "Lars Løkke Rasmussen")
d.Q("science, safety at sea", "Maria Malmer Stenergard")
d.Q("We are under no illusion", "Maria Malmer Stenergard")
d.Q("We told them clearly", "Jens-Frederik Nielsen")
d.Q("frank and constructive", "Christopher Landau")
d.Q("a strong partnership with the people", "Christopher Landau")
d.Q("Decisions about the Arctic", "Sara Olsvig")
d.Q("pragmatic cooperation within", "Russian Ministry of Foreign Affairs")
d.EV("CONSULT", "Denmark", "Sweden", "Nuuk", "2027-05-19", None, None,
     d.S("NUUK: Denmark handed the chairship", "the council's work."),
     [d.S("Sweden takes over Arctic Council as ministers meet in Nuuk"),
      d.S("The Nuuk ministerial ended with a joint declaration", "since 2021."),
      d.S("Ministers and senior officials from the eight Arctic states", "Indigenous languages."),
      d.S("Russia took part through its ambassador", "video link.")])
d.EV("CONSULT", "Lars Løkke Rasmussen", "Christopher Landau", "Nuuk", "2027-05-19", None, None,
     d.S("On the sidelines, Rasmussen and Greenland's Premier", "with Copenhagen."),
     [d.S("But the real diplomacy happened on the sidelines."),
      d.S("According to Greenland's government, the three discussed", "investment in mining."),
      d.S("\"We told them clearly", "after the meeting."),
      d.S("Landau described the talks as", "people of Greenland.\"")])
d.EV("CONSULT", "Sara Olsvig", "Maria Malmer Stenergard", "Nuuk", "2027-05-19", None, None,
     d.S("Sara Olsvig, chair of the Inuit Circumpolar Council, also met", "working groups."))

# ---------------- a14 The Brussels Times: Arizona coalition budget talks in Brussels; De Wever/Clarinval-union leaders
d = Doc("a14.txt", "The Brussels Times", "2027-05-21"); docs.append(d)
d.E("The Brussels Times", "ORG")
d.E("Belgium", "GPE")
d.B("Lotte Vanderlinden-Mbuyi", "PERSON")
d.B("Belga", "ORG")
d.B("Nicolas Maeterlinck-Diallo", "PERSON")
d.E("Bart De Wever", "PERSON", "Prime Minister Bart De Wever", "De Wever")
d.E("Brussels", "GPE")
d.E("New Flemish Alliance", "ORG", "N-VA")
d.E("Reformist Movement", "ORG", "MR")
d.E("Les Engagés", "ORG")
d.E("Vooruit", "ORG")
d.E("Christian Democratic and Flemish", "ORG", "CD&V")
d.E("Jan Jambon", "PERSON", "Finance Minister Jan Jambon")
d.E("Georges-Louis Bouchez", "PERSON")
d.E("Conner Rousseau", "PERSON")
d.E("David Clarinval", "PERSON", "Employment Minister David Clarinval")
d.E("Thierry Bodson", "PERSON")
d.E("General Labour Federation of Belgium", "ORG", "ABVV-FGTB")
d.E("Ann Vermorgen", "PERSON")
d.E("Confederation of Christian Trade Unions", "ORG", "ACV-CSC")
d.E("Parti Socialiste", "ORG", "PS")
d.E("Paul Magnette", "PERSON")
d.E("Pieter Van Hoorebeke-Ndiaye", "PERSON")
d.E("KU Leuven", "ORG")
d.E("European Commission", "ORG")
d.QS("Nobody got everything they wanted", "Bart De Wever")
d.Q("Nobody got everything they wanted, and", "Bart De Wever")
d.Q("Belgium will meet its commitments", "Bart De Wever")
d.Q("There is no wealth tax", "Georges-Louis Bouchez")
d.Q("What there is, is a fairer", "Georges-Louis Bouchez")
d.Q("Nurses, construction workers", "Conner Rousseau")
d.Q("punishes those who started", "General Labour Federation of Belgium")
d.Q("a budget written by and for", "Paul Magnette")
d.Q("Ageing costs keep rising", "Pieter Van Hoorebeke-Ndiaye")
d.EV("CONSULT", "Bart De Wever", None, "Brussels", "2027-05-19", None, None,
     d.S("Belgium’s five governing parties reached an agreement", "residence in Brussels."),
     [d.S("‘Nobody got everything they wanted’: Arizona coalition"),
      d.S("Prime Minister Bart De Wever and his five deputy prime ministers", "The Brussels Times.")])
d.EV("CONSULT", "Bart De Wever", "Thierry Bodson", None, "2027-05-20", None, None,
     d.S("On Thursday afternoon, De Wever and Employment Minister", "pension measures."),
     [d.S("The meeting did not calm the unions.")])

# ---------------- a15 Mexico News Daily: Bank of Mexico cuts its rate (business; no events)
d = Doc("a15.txt", "Mexico News Daily", "2027-05-28"); docs.append(d)
d.B("Mexico News Daily", "ORG")
d.B("Daniela Ochoa-Whitfield", "PERSON")
d.E("Bank of Mexico", "ORG", "Banxico", "Banco de México")
d.E("Mexico City", "GPE")
d.E("Bank of Mexico Governing Board", "ORG", "Governing Board")
d.E("Irene Espinosa Cantellano", "PERSON", "Deputy Governor Irene Espinosa Cantellano")
d.E("National Institute of Statistics and Geography", "ORG", "INEGI")
d.E("Victoria Rodríguez Ceja", "PERSON", "Governor Victoria Rodríguez Ceja")
d.E("Claudia Sheinbaum", "PERSON", "President Claudia Sheinbaum")
d.E("Edgar Amador Zamora", "PERSON", "Finance Minister Edgar Amador Zamora")
d.E("United States", "GPE", "U.S.")
d.E("Mariela Treviño-Sarabia", "PERSON")
d.E("Banorte", "ORG")
d.E("Monterrey", "GPE")
d.E("Federal Reserve", "ORG")
d.E("Andrés Kuri-Villaseñor", "PERSON")
d.E("Capital Economics", "ORG")
d.E("London", "GPE")
d.E("Mexico", "GPE")
d.E("Canada", "GPE")
d.Q("The Governing Board considers", "Bank of Mexico")
d.Q("the balance of risks", "Bank of Mexico")
d.Q("a final adjustment", "Victoria Rodríguez Ceja")
d.Q("Lower rates mean more credit", "Claudia Sheinbaum")
d.Q("We respect the autonomy", "Claudia Sheinbaum")
d.Q("We expect growth of around", "Edgar Amador Zamora")
d.Q("Banxico has effectively closed", "Mariela Treviño-Sarabia")
d.Q("From here, the board will wait", "Mariela Treviño-Sarabia")
d.Q("That limits how far Banxico", "Andrés Kuri-Villaseñor")

# ---------------- a16 ABC News: new deep-sea species off Western Australia (science; no events)
d = Doc("a16.txt", "ABC News", "2027-05-26"); docs.append(d)
d.B("ABC News", "ORG", "ABC")
d.B("Tamsin Arkwright-Nguyen", "PERSON")
d.E("Western Australia", "GPE", "WA")
d.E("Schmidt Ocean Institute", "ORG")
d.E("Carnarvon", "GPE")
d.E("Nature Ecology & Evolution", "ORG")
d.E("Kirra Whitfield-Obasi", "PERSON", "Dr Whitfield-Obasi")
d.E("Minderoo-UWA Deep Sea Research Centre", "ORG")
d.E("Perth", "GPE")
d.E("Hemi Tākuta-Rolleston", "PERSON", "Dr Hemi Tākuta-Rolleston", "Dr Tākuta-Rolleston")
d.E("Museums Victoria", "ORG")
d.E("Ocean Census", "ORG")
d.E("Nippon Foundation", "ORG")
d.E("Australian Research Council", "ORG")
d.E("Commonwealth Scientific and Industrial Research Organisation", "ORG", "CSIRO")
d.E("Australia", "GPE")
d.E("Australian Department of Climate Change, Energy, the Environment and Water", "ORG",
    "Department of Climate Change, Energy, the Environment and Water")
d.QS("Like walking into a forest", "Kirra Whitfield-Obasi")
d.Q("Every time the robot turned", "Kirra Whitfield-Obasi")
d.Q("It was like walking into a forest", "Kirra Whitfield-Obasi")
d.Q("Some of these animals may have lived", "Kirra Whitfield-Obasi")
d.Q("Description is slow work", "Hemi Tākuta-Rolleston")
d.Q("We are still drawing the map", "Kirra Whitfield-Obasi")
d.Q("It would be a mistake to start", "Kirra Whitfield-Obasi")
d.Q("a precautionary approach", "Australian Department of Climate Change, Energy, the Environment and Water")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
print(len(docs), "docs written")

"""Builds gold.jsonl for blind-wire from hand annotations. The helpers only slice exact text
out of the docs (same approach as bench/fresh-wire/gen_gold.py):
  Q(start, speaker)  quote from a start string to the closing mark that matches its opening mark
  QP(start, speaker) one paragraph of a multi-paragraph quote (no closing mark: ends at line end)
  S(start, end)      a sentence from a start string to an end string (S(start) = rest of the line)
Names that occur only in a byline or a credit line are added with B(); they are page furniture,
not entities, and `python3 gen_gold.py --no-credits` (the committed gold.jsonl) leaves them out."""
import json, os, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'docs')
NO_CREDITS = '--no-credits' in sys.argv
CLOSE = {'"': '"', '\u201c': '\u201d', '\u2018': '\u2019', "'": "'"}
def txt(doc): return open(os.path.join(D, doc), encoding='utf-8').read()

class Doc:
    def __init__(self, name, outlet, published):
        self.name, self.t = name, txt(name)
        self.rec = {"doc": name, "url": None, "outlet": outlet, "published": published,
                    "entities": [], "quotes": [], "events": []}
    def E(self, name, typ, *aliases):
        assert name not in [e["name"] for e in self.rec["entities"]], (self.name, name)
        self.rec["entities"].append({"name": name, "type": typ, "aliases": list(aliases)})
    def B(self, name, typ, *aliases):  # named only in a byline or a credit line
        if not NO_CREDITS: self.E(name, typ, *aliases)
    def Q(self, start, speaker, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = self.t.index(start, i + 1)
        close = CLOSE[self.t[i - 1]]
        if self.t[i - 1] == "'":  # a straight single quote ends at a mark not followed by a letter
            j = i
            while True:
                j = self.t.index("'", j + 1)
                if not self.t[j + 1:j + 2].isalpha(): break
        else:
            j = self.t.index(close, i)
        self.rec["quotes"].append({"text": self.t[i:j], "speaker": speaker})
    def QP(self, start, speaker):
        i = self.t.index(start); j = self.t.index('\n', i)
        self.rec["quotes"].append({"text": self.t[i:j], "speaker": speaker})
    def S(self, start, end=None):
        i = self.t.index(start)
        if end is None:
            j = self.t.index('\n', i)
            return self.t[i:j]
        j = self.t.index(end, i) + len(end)
        return self.t[i:j]
    def EV(self, typ, actor, target, location, date, killed, injured, evidence, also=()):
        self.rec["events"].append({"type": typ, "actor": actor, "target": target, "location": location,
            "date": date, "killed": killed, "injured": injured, "evidence": evidence, "also": list(also)})

docs = []
# ---------------- b01 Reuters: missile strike on Zaporizhzhia, Zelenskiy-Macron call
d = Doc("b01.txt", "Reuters", "2026-12-01"); docs.append(d)
d.E("Russia", "GPE")
d.E("Zaporizhzhia", "GPE", "ZAPORIZHZHIA")
d.E("Kyiv", "GPE")
d.E("United States", "GPE", "U.S.")
d.B("Marta Kovalchuk", "PERSON")
d.B("Tomasz Wierzbicki", "PERSON")
d.E("Ukraine", "GPE")
d.E("Reuters", "ORG")
d.E("Ivan Fedorov", "PERSON", "Fedorov")
d.E("Vilniansk", "GPE")
d.E("Russian Ministry of Defense", "ORG", "defence ministry")
d.E("Moscow", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelenskiy", "Volodymyr Zelenskiy", "Zelenskiy")
d.E("Donald Trump", "PERSON", "President Donald Trump")
d.E("Emmanuel Macron", "PERSON", "President Emmanuel Macron")
d.E("France", "GPE")
d.E("International Atomic Energy Agency", "ORG", "IAEA")
d.E("Rafael Grossi", "PERSON", "Director General Rafael Grossi")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON")
d.E("Washington", "GPE")
d.B("Gareth Pollard", "PERSON")
d.Q("They aimed at a neighbourhood", "Ivan Fedorov")
d.Q("Every such night", "Volodymyr Zelensky")
d.Q("We are ready to work", "Volodymyr Zelensky")
d.Q("in the coming weeks", "Emmanuel Macron")
d.Q("Nuclear safety at the plant", "Rafael Grossi")
d.Q("at the working level", "Dmitry Peskov")
d.EV("ASSAULT", "Russia", None, "Zaporizhzhia", "2026-12-01", 7, 23,
     d.S("ZAPORIZHZHIA, Ukraine, Dec 1 (Reuters)", "Fedorov said."),
     [d.S("Russian missiles hit Zaporizhzhia, killing"),
      d.S("Twenty-three people were wounded", "messaging app."),
      d.S("Ukraine's air force said Russia had launched", "71 of the drones.")])
d.EV("ASSAULT", "Russia", None, "Vilniansk", "2026-12-01", 1, None,
     d.S("Hours later, Russian drones hit", "administration said."))
d.EV("ASSAULT", "Russia", None, "Ukraine", "2026-12-01", None, None,
     d.S("Russia's defence ministry said its forces", "did not mention Zaporizhzhia."))
d.EV("CONSULT", "Volodymyr Zelensky", "Emmanuel Macron", None, "2026-12-01", None, None,
     d.S("Zelenskiy later held a phone call", '"in the coming weeks".'))

# ---------------- b02 Kyiv Independent: guided bombs on Kharkiv, Rasmussen visit
d = Doc("b02.txt", "The Kyiv Independent", "2026-11-30"); docs.append(d)
d.E("Russia", "GPE")
d.E("Kharkiv", "GPE")
d.E("Kyivskyi district", "GPE")
d.B("Iryna Sokolenko", "PERSON")
d.E("Ukraine", "GPE")
d.B("State Emergency Service of Ukraine", "ORG", "State Emergency Service")
d.E("Kharkiv Oblast", "GPE")
d.E("Oleh Syniehubov", "PERSON", "Governor Oleh Syniehubov", "Syniehubov")
d.E("Ihor Terekhov", "PERSON", "Mayor Ihor Terekhov", "Terekhov")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Bryansk Oblast", "GPE")
d.E("Balakliia", "GPE")
d.E("Kurylivka", "GPE")
d.E("Petropavlivka", "GPE")
d.E("Kupiansk district", "GPE")
d.E("Zolochiv hromada", "GPE")
d.E("Belgorod Oblast", "GPE")
d.E("Lars Løkke Rasmussen", "PERSON", "Foreign Minister Lars Lokke Rasmussen", "Lars Lokke Rasmussen", "Rasmussen")
d.E("Denmark", "GPE")
d.E("Mykolaiv Oblast", "GPE")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelenskyy", "Volodymyr Zelenskyy")
d.E("Kyiv", "GPE")
d.E("The Kyiv Independent", "ORG", "Kyiv Independent")
d.E("Kupiansk", "GPE")
d.Q("The city lives under these bombs", "Ihor Terekhov")
d.Q("We came here to see", "Lars Løkke Rasmussen")
d.Q("before the end of the year.", "Volodymyr Zelensky")
d.EV("ASSAULT", "Russia", None, "Kharkiv", "2026-11-30", 2, 14,
     d.S("Russian forces dropped two guided aerial bombs", "Syniehubov reported."),
     [d.S("Russian guided bombs hit Kharkiv's Kyivskyi district"),
      d.S("Rescuers work at the site", "on Nov. 30, 2026."),
      d.S("One of the bombs hit the courtyard", "Syniehubov said."),
      d.S("A 71-year-old woman and a 40-year-old man", "killed."),
      d.S("Kharkiv Mayor Ihor Terekhov said that windows", "suspended.")])
d.EV("ASSAULT", "Russia", None, "Balakliia", "2026-11-29", None, 5,
     d.S("Elsewhere in the oblast, a Russian drone struck", "administration said."))
d.EV("ASSAULT", "Russia", None, "Kurylivka", None, None, None,
     d.S("Russian shelling also damaged houses", "Kupiansk district."))
d.EV("ASSAULT", "Russia", None, "Zolochiv hromada", None, None, 1,
     d.S("In Zolochiv hromada, near the border", "by a Russian drone."))
d.EV("ASSAULT", "Ukraine", None, "Kupiansk", None, None, None,
     d.S("A source in Ukraine's military intelligence told", "in part this autumn."))
d.EV("CONSULT", "Lars Løkke Rasmussen", "Oleh Syniehubov", "Kharkiv", "2026-11-29", None, None,
     d.S("The attacks came as Danish Foreign Minister", "Danish funds."),
     [d.S("Russian guided bombs hit Kharkiv's Kyivskyi district")])

# ---------------- b03 Ukrainska Pravda: Nikopol district and Dnipro
d = Doc("b03.txt", "Ukrainska Pravda", "2026-12-03"); docs.append(d)
d.E("Nikopol district", "GPE")
d.E("Dnipro", "GPE")
d.B("Yevheniia Savchuk", "PERSON")
d.E("Vladyslav Haivanenko", "PERSON", "Haivanenko")
d.E("Dnipropetrovsk", "GPE", "Dnipropetrovsk Oblast")
d.E("Dnipropetrovsk Oblast Military Administration", "ORG")
d.E("Nikopol", "GPE")
d.E("Marhanets hromada", "GPE")
d.E("Mezhova hromada", "GPE")
d.E("Synelnykove district", "GPE")
d.E("Ukrainian Air Force", "ORG")
d.E("Russia", "GPE")
d.E("Taras Kovalyk", "PERSON", "Kovalyk")
d.E("Nikopol District Military Administration", "ORG")
d.E("Pokrovske hromada", "GPE")
d.E("Enerhodar", "GPE")
d.E("Russian Ministry of Defense", "ORG", "Ministry of Defence")
d.E("Vyshneve", "GPE")
d.E("Southern Defence Forces", "ORG")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky")
d.E("Oleksandr Syrskyi", "PERSON", "Commander-in-Chief Oleksandr Syrskyi")
d.E("Andrii Hnatov", "PERSON")
d.E("General Staff of the Armed Forces of Ukraine", "ORG", "General Staff")
d.E("Ukrainska Pravda", "ORG", "UP")
d.Q("The Russians hunt for anything", "Vladyslav Haivanenko")
d.Q("We can no longer promise", "Taras Kovalyk")
d.Q("difficult but controlled", "Southern Defence Forces")
d.EV("ASSAULT", "Russia", None, "Nikopol", "2026-12-02", 1, 4,
     d.S("Russian forces attacked Nikopol district", "injuring ten."),
     [d.S("Russians attack Nikopol district and Dnipro overnight"),
      d.S("Details: In Nikopol, a 58-year-old man", "central market."),
      d.S("Four more people were injured in the city", "12-year-old girl."),
      d.S("Several private houses, a gas pipeline", "damaged.")])
d.EV("ASSAULT", "Russia", None, "Dnipro", "2026-12-03", None, 6,
     d.S("Russian forces attacked Nikopol district", "injuring ten."),
     [d.S("Russians attack Nikopol district and Dnipro overnight"),
      d.S("Details: Overnight, Russian Shahed-type drones", "Dnipro."),
      d.S("Six people were injured, two", "condition."),
      d.S("A fire broke out at an industrial enterprise", "damaged.")])
d.EV("ASSAULT", "Russia", None, "Mezhova hromada", None, None, None,
     d.S("Haivanenko added that Russian forces", "Synelnykove district."),
     [d.S("There were no casualties.")])
d.EV("ASSAULT", "Russia", None, "Ukraine", "2026-12-03", None, None,
     d.S("The Ukrainian Air Force reported that", "electronic warfare."))
d.EV("ASSAULT", "Russia", None, "Vyshneve", None, None, None,
     d.S("Russia's Ministry of Defence claimed", "Dnipropetrovsk Oblast."))
d.EV("CONSULT", "Volodymyr Zelensky", "Oleksandr Syrskyi", None, "2026-12-02", None, None,
     d.S("President Volodymyr Zelensky held a meeting", "Dnipropetrovsk sector."))

# ---------------- b04 Meduza: drones over Lgov and Sevastopol (no publication date)
d = Doc("b04.txt", "Meduza", None); docs.append(d)
d.E("Lgov", "GPE")
d.E("Sevastopol", "GPE")
d.E("Kursk Oblast", "GPE")
d.E("Crimea", "GPE")
d.E("Meduza", "ORG")
d.E("Russia", "GPE")
d.E("Alexander Khinshtein", "PERSON", "Khinshtein")
d.E("Kurchatov district", "GPE")
d.E("Astra", "ORG")
d.E("Mikhail Razvozhayev", "PERSON", "Razvozhayev")
d.E("Balaklava district", "GPE")
d.E("Russian Ministry of Defense", "ORG", "Defense Ministry", "Russian Defense Ministry")
d.E("TASS", "ORG")
d.E("Kremlin", "ORG")
d.E("Dmitry Peskov", "PERSON", "Peskov")
d.E("Vladimir Putin", "PERSON")
d.E("Ukraine", "GPE")
d.Q("The enemy is once again", "Alexander Khinshtein")
d.Q("for more than three hours.", "Mikhail Razvozhayev")
d.Q("destroyed by air defense systems", "Russian Ministry of Defense")
d.Q("at least two days", None)
d.Q("The president has given", "Dmitry Peskov")
d.Q("a terrorist method of warfare.", "Dmitry Peskov")
d.Q("ongoing but not public.", "Dmitry Peskov")
d.EV("ASSAULT", "Ukraine", None, "Lgov", None, 1, 2,
     d.S("Russia's Kursk Oblast and annexed Crimea", "overnight into Friday."),
     [d.S("Drones over Lgov and Sevastopol"),
      d.S("Drones struck the town of Lgov", "2:00 a.m."),
      d.S("Acting governor Alexander Khinshtein", "Sovetskaya Street."),
      d.S("A fire also broke out at an electrical substation", "without power."),
      d.S("The Telegram channel Astra", "edge of town.")])
d.EV("ASSAULT", "Ukraine", None, "Sevastopol", None, None, 3,
     d.S("Russia's Kursk Oblast and annexed Crimea", "overnight into Friday."),
     [d.S("Drones over Lgov and Sevastopol"),
      d.S("In Sevastopol, governor Mikhail Razvozhayev", '"for more than three hours."'),
      d.S("According to him, falling debris", "broken glass.")])
d.EV("ASSAULT", "Ukraine", None, "Russia", None, None, None,
     d.S("The Russian Defense Ministry claimed", "Black Sea."))
d.EV("CONSULT", "Vladimir Putin", "Alexander Khinshtein", None, None, None, None,
     d.S("Kremlin spokesperson Dmitry Peskov told reporters", "consequences of the attack."))

# ---------------- b05 AP: Umerov-Witkoff talks in Geneva, Poltava gas site strike
d = Doc("b05.txt", "Associated Press", "2026-12-04"); docs.append(d)
d.E("Ukraine", "GPE")
d.E("United States", "GPE", "US", "U.S.")
d.E("Geneva", "GPE", "GENEVA")
d.E("Kremlin", "ORG")
d.E("Moscow", "GPE")
d.B("Daniel Holloway", "PERSON", "DANIEL HOLLOWAY")
d.B("Oksana Tkachenko", "PERSON", "OKSANA TKACHENKO")
d.E("Associated Press", "ORG", "AP")
d.E("Rustem Umerov", "PERSON", "Umerov")
d.E("Steve Witkoff", "PERSON", "Witkoff")
d.E("Jared Kushner", "PERSON")
d.E("Dan Driscoll", "PERSON", "Army Secretary Dan Driscoll")
d.E("Volodymyr Zelensky", "PERSON", "President Zelenskyy")
d.E("Kirill Dmitriev", "PERSON")
d.E("Russia", "GPE")
d.E("Vladimir Putin", "PERSON", "President Vladimir Putin")
d.E("Miami", "GPE")
d.E("Yuri Ushakov", "PERSON", "Ushakov")
d.E("RIA Novosti", "ORG")
d.E("Anchorage", "GPE")
d.E("Kyiv", "GPE")
d.E("Andrii Sybiha", "PERSON", "Foreign Minister Andrii Sybiha")
d.E("Marco Rubio", "PERSON", "Secretary of State Marco Rubio")
d.E("Poltava Oblast", "GPE", "Poltava region")
d.E("Naftogaz", "ORG")
d.E("Serhii Koretskyi", "PERSON")
d.E("Brussels", "GPE")
d.E("Keir Starmer", "PERSON", "Prime Minister Keir Starmer", "Starmer")
d.E("Friedrich Merz", "PERSON", "Chancellor Friedrich Merz")
d.B("Yuliia Ostapenko", "PERSON")
d.B("Marc Favre", "PERSON")
d.Q("not in a hurry", "Yuri Ushakov")
d.QP("We went through every point", "Rustem Umerov")
d.Q("Some positions have moved closer", "Rustem Umerov")
d.Q("carefully and without haste.", "Yuri Ushakov")
d.Q("We are not in a hurry,", "Yuri Ushakov")
d.Q("Our position has been known", "Yuri Ushakov")
d.Q("constructive and honest work", "Andrii Sybiha")
d.Q("This is the twelfth attack", "Serhii Koretskyi")
d.Q("They want to leave Ukrainians", "Serhii Koretskyi")
d.EV("CONSULT", "Rustem Umerov", "Steve Witkoff", "Geneva", "2026-12-04", None, None,
     d.S("GENEVA (AP) — Ukraine", "no reason to rush."),
     [d.S("Ukrainian and US negotiators meet in Geneva"),
      d.S("The talks at a hotel on the shore", "spoke on condition of anonymity."),
      d.S("Army Secretary Dan Driscoll also joined", "the official said.")])
d.EV("CONSULT", "Steve Witkoff", "Kirill Dmitriev", "Miami", "2026-11-30", None, None,
     d.S("Witkoff met Kirill Dmitriev", "to Moscow next week."))
d.EV("CONSULT", "Andrii Sybiha", "Marco Rubio", None, "2026-12-02", None, None,
     d.S("In Kyiv, Foreign Minister Andrii Sybiha said", "by the American team."))
d.EV("ASSAULT", "Russia", None, "Poltava Oblast", "2026-12-04", 1, 2,
     d.S("Russian drones and missiles struck", "authorities said."),
     [d.S("Two more workers were hospitalized", "Naftogaz said.")])
d.EV("CONSULT", "Keir Starmer", "Friedrich Merz", None, "2026-12-03", None, None,
     d.S("British Prime Minister Keir Starmer and German", "office said."))

# ---------------- b06 DW: Kherson bus strike, Merz hosts Zelenskyy in Berlin
d = Doc("b06.txt", "DW", "2026-11-28"); docs.append(d)
d.E("Ukraine", "GPE")
d.E("Kherson", "GPE")
d.E("Friedrich Merz", "PERSON", "Chancellor Friedrich Merz", "Merz")
d.E("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Zelenskyy")
d.E("Berlin", "GPE")
d.E("United Nations", "ORG", "UN")
d.B("Lena Rautenberg", "PERSON")
d.B("Viktoriia Hnatiuk", "PERSON")
d.E("Dniprovskyi district", "GPE")
d.E("Oleksandr Prokudin", "PERSON", "Prokudin")
d.E("Bilozerka", "GPE")
d.B("Mykola Hrebin", "PERSON")
d.B("AFP", "ORG")
d.E("UN Human Rights Monitoring Mission in Ukraine", "ORG")
d.E("Kherson Oblast", "GPE", "Kherson region")
d.E("Liesel Hartmann", "PERSON")
d.E("DW", "ORG")
d.E("United States", "GPE", "US")
d.E("Germany", "GPE")
d.E("Boris Pistorius", "PERSON", "Defense Minister Boris Pistorius")
d.E("Rheinmetall", "ORG")
d.E("Russia", "GPE")
d.E("Kremlin", "ORG")
d.E("Kyiv", "GPE")
d.B("Tobias Lindqvist", "PERSON")
d.Q("The occupiers see perfectly well", "Oleksandr Prokudin")
d.Q("These are not isolated incidents", "Liesel Hartmann")
d.Q("We will not leave Ukraine alone", "Friedrich Merz")
d.Q("We will not leave Ukraine alone this winter", "Friedrich Merz")
d.Q("and we will not accept a peace", "Friedrich Merz")
d.Q("Germany has become our largest supporter", "Volodymyr Zelensky")
d.EV("ASSAULT", "Russia", None, "Kherson", "2026-11-28", 2, 7,
     d.S("Russian drones killed two people on a bus", "Zelenskyy to Berlin."),
     [d.S("A Russian drone struck a municipal bus", "Oleksandr Prokudin."),
      d.S("The bus was carrying people to a market", "opposite bank."),
      d.S("Russia has not commented on the Kherson strike.")])
d.EV("ASSAULT", "Russia", None, "Bilozerka", "2026-11-27", None, 4,
     d.S("Russian shelling also hit the village of Bilozerka", "the governor said."))
d.EV("ASSAULT", "Russia", None, "Kherson Oblast", None, 148, None,
     d.S("The UN Human Rights Monitoring Mission in Ukraine said", "queuing for water."))
d.EV("CONSULT", "Friedrich Merz", "Volodymyr Zelensky", "Berlin", "2026-11-27", None, None,
     d.S("Russian drones killed two people on a bus", "Zelenskyy to Berlin."),
     [d.S("Ukraine: Kherson residents live under"),
      d.S("In Berlin, Merz received Zelenskyy", "peace efforts.")])
d.EV("CONSULT", "Volodymyr Zelensky", "Boris Pistorius", "Berlin", "2026-11-27", None, None,
     d.S("Zelenskyy thanked Germany and said", "western Ukraine."))

# ---------------- b07 Radio Dabanga: RSF shelling of Babanusa, En Nahud market drone
d = Doc("b07.txt", "Radio Dabanga", "2026-11-26"); docs.append(d)
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Babanusa", "GPE", "BABANUSA")
d.E("En Nahud", "GPE", "EN NAHUD")
d.E("Radio Dabanga", "ORG", "RD")
d.E("West Kordofan", "GPE")
d.E("Sudan Doctors Network", "ORG")
d.E("Sudanese Armed Forces", "ORG", "SAF")
d.E("22nd Infantry Division", "ORG")
d.E("Emergency Lawyers", "ORG")
d.E("Sudan", "GPE")
d.E("United States", "GPE", "USA")
d.E("Saudi Arabia", "GPE")
d.E("United Arab Emirates", "GPE")
d.E("Egypt", "GPE")
d.E("Kordofan", "GPE")
d.E("North Kordofan", "GPE")
d.E("Hashim Osman al-Tayeb", "PERSON")
d.E("World Food Programme", "ORG", "WFP")
d.E("El Obeid", "GPE")
d.E("Abu Zabad", "GPE")
d.E("Marisa Ventura", "PERSON")
d.Q("The shells fell on the houses", None)
d.Q("military positions used by the remnants", "Rapid Support Forces")
d.Q("move beyond statements", "Emergency Lawyers")
d.Q("The camps around El Obeid are full", "Hashim Osman al-Tayeb")
d.Q("We have food in El Obeid.", "Marisa Ventura")
d.EV("ASSAULT", "Rapid Support Forces", None, "Babanusa", "2026-11-24", 11, 27,
     d.S("At least 11 civilians died when", "local activists."),
     [d.S("RSF shelling and drones kill 11"),
      d.S("Another 27 people were injured in the attack", "statement yesterday."),
      d.S("Three of the dead were nurses", "paediatric ward."),
      d.S("A resident of the town told Radio Dabanga", "afternoon prayer."),
      d.S("In a statement on Telegram, the RSF said", "denied shelling civilians.")])
d.EV("ASSAULT", None, None, "En Nahud", "2026-11-23", 5, None,
     d.S("In En Nahud, some 140 kilometres", "witnesses said."))
d.EV("CONSULT", "Hashim Osman al-Tayeb", "World Food Programme", "El Obeid", "2026-11-24", None, None,
     d.S("Meanwhile, the governor of North Kordofan", "displaced from West Kordofan."))

# ---------------- b08 Sudan Tribune: al-Burhan meets al-Sisi in Cairo, drones on Atbara
d = Doc("b08.txt", "Sudan Tribune", "2026-12-02"); docs.append(d)
d.E("Abdel Fattah al-Burhan", "PERSON", "General Abdel Fattah al-Burhan", "Al-Burhan", "al-Burhan")
d.E("Cairo", "GPE")
d.E("Abdel Fattah al-Sisi", "PERSON", "President Abdel Fattah al-Sisi", "al-Sisi")
d.E("Atbara", "GPE")
d.E("Port Sudan", "GPE", "PORT SUDAN")
d.E("Sudan", "GPE")
d.E("Transitional Sovereignty Council", "ORG", "Sovereignty Council")
d.E("Egypt", "GPE")
d.E("United States", "GPE", "U.S.")
d.E("Sudan News Agency", "ORG", "SUNA")
d.E("Karim Abdel-Razek", "PERSON")
d.E("Sudan Tribune", "ORG", "ST")
d.E("Washington", "GPE")
d.E("Riyadh", "GPE")
d.E("River Nile state", "GPE")
d.E("Ed Damer", "GPE")
d.E("Rapid Support Forces", "ORG", "RSF")
d.E("Kosti", "GPE")
d.E("Merowe", "GPE")
d.E("Kamil Idris", "PERSON", "Prime Minister Kamil Idris")
d.E("Norway", "GPE")
d.E("Ingrid Solheim-Dahl", "PERSON", "Solheim-Dahl")
d.E("Darfur", "GPE")
d.E("Kordofan", "GPE")
d.E("Council of Ministers", "ORG")
d.E("World Food Programme", "ORG")
d.E("United Nations", "ORG", "UN")
d.Q("the latest developments in Sudan", "Transitional Sovereignty Council")
d.Q("will not accept any arrangement", "Abdel Fattah al-Burhan")
d.Q("The Americans want an answer", None)
d.EV("CONSULT", "Abdel Fattah al-Burhan", "Abdel Fattah al-Sisi", "Cairo", "2026-12-01", None, None,
     d.S("December 2, 2026 (PORT SUDAN)", "northern city of Atbara."),
     [d.S("Al-Burhan in Cairo for talks"),
      d.S("The two leaders met at the Ittihadiya Palace", "said in a statement."),
      d.S("According to the official Sudan News Agency", "with the state.\""),
      d.S("Egyptian presidential spokesman", "civilian forces.")])
d.EV("ASSAULT", None, None, "Atbara", "2026-11-30", 2, None,
     d.S("December 2, 2026 (PORT SUDAN)", "northern city of Atbara."),
     [d.S("Al-Burhan in Cairo for talks"),
      d.S("Overnight on Monday, drones attacked", "a local official said."),
      d.S("The city was plunged into darkness", "hours."),
      d.S("The army's air defences shot down", "military source.")])
d.EV("CONSULT", "Kamil Idris", "Ingrid Solheim-Dahl", "Port Sudan", "2026-11-30", None, None,
     d.S("Meanwhile, Prime Minister Kamil Idris received", "on Monday."),
     [d.S("They discussed humanitarian access", "Council of Ministers said.")])

# ---------------- b09 RFI: Ouaddai village attack, UNHCR envoy, Boko Haram near Ngouboua
d = Doc("b09.txt", "RFI", "2026-11-25"); docs.append(d)
d.E("Chad", "GPE")
d.E("Ouaddaï", "GPE")
d.B("Aché Mahamat Nour", "PERSON")
d.E("N'Djamena", "GPE")
d.E("Sudan", "GPE")
d.E("Tiré", "GPE")
d.E("Assoungha", "GPE")
d.E("Adré", "GPE")
d.E("Abdelkerim Younous Haggar", "PERSON")
d.E("RFI", "ORG")
d.E("Abakar Hissein Tahir", "PERSON")
d.E("United Nations High Commissioner for Refugees", "ORG", "UNHCR")
d.E("United Nations", "ORG", "UN")
d.E("Mahamat Idriss Déby Itno", "PERSON", "President Mahamat Idriss Déby Itno")
d.E("Ahmed ould Cheikh", "PERSON", "ould Cheikh")
d.E("El Fasher", "GPE")
d.E("North Darfur", "GPE")
d.E("Ngouboua", "GPE")
d.E("Lac", "GPE")
d.E("Boko Haram", "ORG")
d.E("Les Transformateurs", "ORG")
d.E("Succès Masra", "PERSON", "Prime Minister Succès Masra", "Masra")
d.E("Moussoro", "GPE")
d.Q("They came to take the cattle", "Abdelkerim Younous Haggar")
d.Q("Chad has kept its border open", "Ahmed ould Cheikh")
d.Q("Masra is a political prisoner", "Les Transformateurs")
d.EV("ASSAULT", None, None, "Tiré", "2026-11-22", 9, 6,
     d.S("Armed men attacked a village in Chad", "local authorities said."),
     [d.S("Chad: gunmen kill at least nine"),
      d.S("The assailants, who arrived on horseback", "shortly before midnight."),
      d.S("Six people were wounded", "told RFI.")])
d.EV("CONSULT", "Mahamat Idriss Déby Itno", "Ahmed ould Cheikh", "N'Djamena", "2026-11-23", None, None,
     d.S("On Monday, President Mahamat Idriss Déby Itno received", "presidential palace."),
     [d.S("UNHCR envoy received in N'Djamena"),
      d.S("According to the presidency, the two men", "now live.")])
d.EV("ASSAULT", "Boko Haram", None, "Ngouboua", "2026-11-21", 4, None,
     d.S("In the west of the country, four Chadian soldiers", "claimed by Boko Haram."),
     [d.S("Soldiers killed near Lake Chad"),
      d.S("The army said it had", "a dozen assailants.")])

# ---------------- b10 Radio Okapi: bombs on Uvira (no publication date)
d = Doc("b10.txt", "Radio Okapi", None); docs.append(d)
d.E("Uvira", "GPE")
d.E("Kalundu", "GPE")
d.E("Kavimvira", "GPE")
d.E("South Kivu", "GPE")
d.E("Radio Okapi", "ORG")
d.B("Espoir Baraka", "PERSON")
d.E("Jean-Pierre Mulumba Kasongo", "PERSON")
d.E("Burundi", "GPE")
d.E("Uvira territory", "GPE")
d.E("March 23 Movement", "ORG", "AFC/M23")
d.E("Lawrence Kanyuka", "PERSON")
d.E("Armed Forces of the Democratic Republic of the Congo", "ORG", "FARDC")
d.E("Wazalendo", "ORG")
d.E("MONUSCO", "ORG")
d.E("Baraka", "GPE")
d.E("Fizi territory", "GPE")
d.E("United Nations", "ORG", "UN")
d.E("Bujumbura", "GPE")
d.E("Jean-Jacques Purusi", "PERSON")
d.E("Prime Niyongabo", "PERSON", "General Prime Niyongabo")
d.E("Bernadette Nabintu Cikuru", "PERSON")
d.E("Kinshasa", "GPE")
d.E("Bukavu", "GPE")
d.Q("We counted four explosions", "Jean-Pierre Mulumba Kasongo")
d.Q("in order to accuse us,", "Lawrence Kanyuka")
d.Q("Since yesterday, nobody sleeps.", None)
d.EV("ASSAULT", None, None, "Uvira", None, 3, 8,
     d.S("Three people were killed and eight others wounded", "local sources said."),
     [d.S("Uvira: three dead and eight wounded"),
      d.S("Residents of Kalundu inspect a house", "(South Kivu)."),
      d.S("According to the mayor of Uvira", "north of the city."),
      d.S("Among the dead are a mother", "Kalundu port."),
      d.S("Civil society in the Uvira territory blamed", "several weeks.")])
d.EV("CONSULT", "Jean-Jacques Purusi", "Prime Niyongabo", "Bujumbura", None, None, None,
     d.S("The governor of South Kivu, Jean-Jacques Purusi, met", "communication unit."))
d.EV("ASSAULT", "March 23 Movement", None, "Bukavu", None, None, None,
     d.S("Uvira has become the seat", "in February 2025."))

# ---------------- b11 Al Jazeera: M23 push towards Walikale, Tshisekedi in Luanda
d = Doc("b11.txt", "Al Jazeera", "2026-11-29"); docs.append(d)
d.E("March 23 Movement", "ORG", "M23")
d.E("Walikale", "GPE")
d.E("Democratic Republic of the Congo", "GPE", "DR Congo")
d.E("Felix Tshisekedi", "PERSON", "President Felix Tshisekedi", "Tshisekedi")
d.E("Angola", "GPE")
d.E("North Kivu", "GPE")
d.E("Al Jazeera", "ORG")
d.E("Rwanda", "GPE")
d.E("Kibati", "GPE")
d.E("Ndjingala", "GPE")
d.E("Goma", "GPE")
d.E("Papy Kambale Mwenge", "PERSON", "Kambale")
d.E("Walikale territory", "GPE")
d.E("Wazalendo", "ORG")
d.E("Osso Minerals", "ORG")
d.E("London Metal Exchange", "ORG")
d.E("Malik Traoré", "PERSON")
d.E("Luanda", "GPE")
d.E("João Lourenço", "PERSON", "President Joao Lourenco", "Joao Lourenco")
d.E("Tina Salama", "PERSON")
d.E("East African Community", "ORG")
d.E("Southern African Development Community", "ORG")
d.E("United Nations", "ORG", "UN")
d.E("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "OCHA")
d.Q("Our people are caught between two fires.", "Papy Kambale Mwenge")
d.Q("as a precaution", "Osso Minerals")
d.Q("Trucks carrying food and fuel", "Malik Traoré")
d.Q("as soon as possible", "Tina Salama")
d.EV("ASSAULT", "March 23 Movement", "Wazalendo", "Kibati", None, 14, None,
     d.S("Clashes with pro-government militias kill at least 14", "second time this year."),
     [d.S("M23 fighters push towards Walikale"),
      d.S("Fighters of the Rwanda-backed M23", "residents say."),
      d.S("The fighting on Thursday and Friday", "since January 2025."),
      d.S("Eight of the dead were civilians", "Walikale territory."),
      d.S("The other six were Wazalendo militiamen, he said.")])
d.EV("ASSAULT", "Armed Forces of the Democratic Republic of the Congo", "March 23 Movement", "Kibati", "2026-11-27", None, None,
     d.S("The Congolese army said in a statement", "heavy losses."))
d.EV("CONSULT", "Felix Tshisekedi", "João Lourenço", "Luanda", "2026-11-26", None, None,
     d.S("President Felix Tshisekedi on Thursday travelled", "peace process."),
     [d.S("M23 fighters push towards Walikale"),
      d.S("Tshisekedi's spokeswoman, Tina Salama, said", '"as soon as possible".')])

# ---------------- b12 Times of Israel: settler attack on Beita, Beit Lahiya, Netanyahu-Cooper
d = Doc("b12.txt", "The Times of Israel", "2026-12-03"); docs.append(d)
d.E("West Bank", "GPE")
d.E("Beita", "GPE")
d.E("Israel Katz", "PERSON", "Defense Minister Israel Katz", "Katz")
d.E("Shin Bet", "ORG")
d.E("Israel Defense Forces", "ORG", "IDF")
d.E("Gaza Strip", "GPE", "Gaza")
d.B("Noa Ben-Ari", "PERSON", "NOA BEN-ARI")
d.E("Nablus", "GPE")
d.E("Palestinian Red Crescent", "ORG")
d.B("Flash90", "ORG")
d.E("Palestinian Authority", "ORG")
d.E("Palestinian Ministry of Foreign Affairs", "ORG", "Foreign Ministry")
d.E("Mahmoud Dweikat", "PERSON")
d.E("The Times of Israel", "ORG")
d.E("Beit Lahiya", "GPE")
d.E("Hamas", "ORG")
d.E("Benjamin Netanyahu", "PERSON", "Prime Minister Benjamin Netanyahu", "Netanyahu")
d.E("Jerusalem", "GPE")
d.E("United States", "GPE", "US")
d.E("United States Central Command", "ORG", "US Central Command")
d.E("Brad Cooper", "PERSON", "Adm. Brad Cooper", "Cooper")
d.E("International Stabilization Force", "ORG")
d.E("Prime Minister's Office of Israel", "ORG", "Prime Minister's Office")
d.Q("a violent confrontation", "Israel Defense Forces")
d.Q("a violent minority that harms", "Israel Katz")
d.Q("Whoever raises a hand", "Israel Katz")
d.Q("protecting and arming", "Palestinian Ministry of Foreign Affairs")
d.Q("They come at three in the morning", "Mahmoud Dweikat")
d.Q("posed an immediate threat", "Israel Defense Forces")
d.EV("ASSAULT", None, None, "Beita", "2026-12-03", None, 5,
     d.S("Dozens of masked Israeli settlers attacked", "and the military."),
     [d.S("Masked settlers torch cars"),
      d.S("Five Palestinians were hurt", "Red Crescent said."),
      d.S("The Israel Defense Forces said troops arrived", "were detained."),
      d.S("Defense Minister Israel Katz, who has been", "the IDF.\"")])
d.EV("ASSAULT", "Israel Defense Forces", None, "Beit Lahiya", "2026-12-02", 2, None,
     d.S("In the Gaza Strip, the IDF said troops had killed", "to soldiers."),
     [d.S("Katz condemns 'violent minority'"),
      d.S("Gunmen killed in northern Gaza"),
      d.S("The Hamas-run health ministry said the two", "15-year-old boy.")])
d.EV("CONSULT", "Benjamin Netanyahu", "Brad Cooper", "Jerusalem", "2026-12-02", None, None,
     d.S("Also on Wednesday, Prime Minister Benjamin Netanyahu met", "Office said."),
     [d.S("Netanyahu, Cooper talk stabilization force")])

# ---------------- b13 Middle East Eye: Hadramawt clashes, Houthi drone in Marib
d = Doc("b13.txt", "Middle East Eye", "2026-11-27"); docs.append(d)
d.E("Yemen", "GPE")
d.E("Hadramawt", "GPE")
d.E("Seiyun", "GPE")
d.E("Houthis", "ORG")
d.E("Marib", "GPE")
d.E("Middle East Eye", "ORG", "MEE")
d.E("United Arab Emirates", "GPE", "UAE")
d.E("Southern Transitional Council", "ORG", "STC")
d.E("Hadramawt Tribal Alliance", "ORG")
d.E("Amr bin Habrish", "PERSON", "Bin Habrish")
d.E("Nasser al-Yafei", "PERSON")
d.E("Islah", "ORG")
d.E("Aden", "GPE")
d.E("Saba", "ORG")
d.E("Riyadh", "GPE")
d.E("Abu Dhabi", "GPE")
d.E("Maysaa al-Shamiri", "PERSON")
d.E("Sanaa Center for Strategic Studies", "ORG")
d.E("Presidential Leadership Council", "ORG")
d.E("Rashad al-Alimi", "PERSON")
d.E("Mohammed Al Jaber", "PERSON")
d.E("United Nations", "ORG", "UN")
d.E("Hans Grundberg", "PERSON")
d.E("Saudi Arabia", "GPE")
d.Q("attacked by outlaw groups", "Nasser al-Yafei")
d.Q("will not be handed over", "Amr bin Habrish")
d.Q("Hadramawt belongs to its people.", "Amr bin Habrish")
d.Q("The Saudis and the Emiratis", "Maysaa al-Shamiri")
d.Q("exercise maximum restraint", "Hans Grundberg")
d.EV("ASSAULT", "Southern Transitional Council", "Hadramawt Tribal Alliance", "Seiyun", "2026-11-26", 6, 9,
     d.S("Fighting between southern separatists", "three soldiers dead"),
     [d.S("Yemen: Deadly clashes in Hadramawt"),
      d.S("Fighters loyal to the UAE-backed", "told Middle East Eye."),
      d.S("The fighting broke out after STC units", "Amr bin Habrish."),
      d.S("Four of the dead were tribal fighters", "had been wounded.")])
d.EV("ASSAULT", "Houthis", None, "Marib", "2026-11-25", 3, None,
     d.S("Fighting between southern separatists", "three soldiers dead"),
     [d.S("Houthis strike in Marib"),
      d.S("Separately, a drone launched by the Houthis", "defence ministry.")])
d.EV("CONSULT", "Rashad al-Alimi", "Mohammed Al Jaber", "Riyadh", "2026-11-26", None, None,
     d.S("The head of the Presidential Leadership Council", "news agency reported."))

# ---------------- b14 The National: drone attack on Khor Mor gas field
d = Doc("b14.txt", "The National", "2026-12-02"); docs.append(d)
d.E("Iraq", "GPE")
d.E("Kurdistan Region", "GPE", "Kurdistan")
d.E("Baghdad", "GPE")
d.B("Rasha Al Qaisi", "PERSON")
d.E("Sulaymaniyah province", "GPE")
d.E("Kurdistan Region Ministry of Natural Resources", "ORG", "Ministry of Natural Resources")
d.E("Crescent Gulf Energy", "ORG")
d.E("Erbil", "GPE")
d.E("Sulaymaniyah", "GPE")
d.E("Duhok", "GPE")
d.E("Kurdistan Regional Government", "ORG")
d.E("Iran", "GPE")
d.E("Masrour Barzani", "PERSON", "Prime Minister Masrour Barzani", "Mr Barzani")
d.E("Mohammed Shia al-Sudani", "PERSON", "Prime Minister Mohammed Shia Al Sudani", "Mohammed Shia Al Sudani", "Mr Al Sudani")
d.E("United States", "GPE", "US")
d.E("Thomas Kessler", "PERSON")
d.E("Washington", "GPE")
d.E("The National", "ORG")
d.E("Kirkuk", "GPE")
d.E("Hamza Hadad-Ali", "PERSON")
d.E("Al Bayan Center for Planning and Studies", "ORG")
d.E("Turkey", "GPE")
d.E("United Arab Emirates", "GPE", "UAE")
d.Q("until further notice", "Crescent Gulf Energy")
d.Q("This is an attack on the bread", "Masrour Barzani")
d.Q("The federal government will not allow", "Mohammed Shia al-Sudani")
d.Q("identify and hold accountable", "Thomas Kessler")
d.Q("It flew low and slowly.", None)
d.Q("Every time Erbil and Baghdad", "Hamza Hadad-Ali")
d.EV("ASSAULT", None, None, "Sulaymaniyah province", "2026-12-01", None, 2,
     d.S("Two workers injured as Baghdad vows", "this year"),
     [d.S("Drone attack halts production at Iraq"),
      d.S("A drone struck a storage tank", "officials said."),
      d.S("Two workers were injured, one of them", "on Wednesday."),
      d.S("Firefighters brought the blaze", "four hours."),
      d.S("UAE condemns 'terrorist' attack on Khor Mor")])
d.EV("CONSULT", "Mohammed Shia al-Sudani", "Masrour Barzani", None, "2026-12-02", None, None,
     d.S("Iraqi Prime Minister Mohammed Shia Al Sudani called", "media office said."))
d.EV("CONSULT", "Masrour Barzani", "Thomas Kessler", "Erbil", None, None, None,
     d.S("Mr Barzani also received the US Consul General", "those responsible."))

# ---------------- b15 Myanmar Now: airstrike on a clinic in Tabayin Township (no publication date)
d = Doc("b15.txt", "Myanmar Now", None); docs.append(d)
d.E("Sagaing", "GPE", "Sagaing Region")
d.E("Tabayin", "GPE", "Tabayin Township", "Depayin")
d.E("Myanmar Now", "ORG")
d.E("Hnaw Kan", "GPE")
d.E("Tabayin Township People's Administration Team", "ORG")
d.E("Ye-U", "GPE", "Ye-U Township")
d.E("Zaw Htet", "PERSON", "Ko Zaw Htet")
d.E("National Unity Government", "ORG", "NUG")
d.E("United Nations Security Council", "ORG", "UN Security Council")
d.E("Myanmar", "GPE")
d.E("International Criminal Court", "ORG")
d.E("The Global New Light of Myanmar", "ORG")
d.E("People's Defence Force", "ORG", "PDF")
d.E("Min Aung Hlaing", "PERSON")
d.E("Vikram Misri", "PERSON", "Foreign Secretary Vikram Misri")
d.E("Nay Pyi Taw", "GPE", "Naypyitaw")
d.E("Khin Moe Aye", "PERSON", "Daw Khin Moe Aye")
d.E("Mandalay", "GPE")
d.Q("We had painted a red cross", "Zaw Htet")
d.Q("Nobody had time to go down", None)
d.Q("deliberately targeting medical workers", "National Unity Government")
d.Q("cleared terrorist positions", "The Global New Light of Myanmar")
d.Q("Every visit to Naypyitaw", "Khin Moe Aye")
d.EV("ASSAULT", "Myanmar", None, "Hnaw Kan", None, 11, 20,
     d.S("Eleven people, including two nurses", "resistance administration"),
     [d.S("Junta airstrike on village clinic"),
      d.S("A military airstrike on a village clinic", "told Myanmar Now."),
      d.S("A Yak-130 fighter jet dropped", "runs the facility."),
      d.S("Those killed included two nurses", "her mother."),
      d.S("Another 20 people were injured", "destroyed."),
      d.S("A resident of Hnaw Kan who lost", "before the strike.")])
d.EV("ASSAULT", "Myanmar", None, "Tabayin", None, None, None,
     d.S("It reported on Wednesday that security forces", "Tabayin Township."))
d.EV("ASSAULT", "People's Defence Force", "Myanmar", "Tabayin", None, None, None,
     d.S("The township's PDF battalion said", "on Monday."))
d.EV("CONSULT", "Min Aung Hlaing", "Vikram Misri", "Nay Pyi Taw", None, None, None,
     d.S("On the same day, junta leader Min Aung Hlaing", "state media."))

# ---------------- b16 AFP: JNIM ambush on a fuel convoy in Mali
d = Doc("b16.txt", "AFP", "2026-11-24"); docs.append(d)
d.E("Mali", "GPE")
d.E("Bamako", "GPE")
d.E("AFP", "ORG", "Agence France-Presse")
d.E("Senegal", "GPE")
d.E("Didiéni", "GPE")
d.E("Al-Qaeda", "ORG")
d.E("Jama'at Nusrat al-Islam wal-Muslimin", "ORG", "Group for the Support of Islam and Muslims", "JNIM")
d.E("Az-Zallaqa", "ORG")
d.E("Malian Armed Forces", "ORG", "FAMa")
d.E("ORTM", "ORG")
d.E("Moussa Diarra Kéita", "PERSON")
d.E("Kayes", "GPE")
d.E("Assimi Goïta", "PERSON", "General Assimi Goita", "Assimi Goita")
d.E("Russia", "GPE")
d.E("Yunus-Bek Yevkurov", "PERSON", "Deputy Defence Minister Yunus-Bek Yevkurov", "Yevkurov")
d.E("Africa Corps", "ORG")
d.E("Wagner Group", "ORG", "Wagner")
d.E("Burkina Faso", "GPE")
d.E("Niger", "GPE")
d.E("France", "GPE")
d.E("Alliance of Sahel States", "ORG", "AES")
d.Q("The escort was at the front", None)
d.Q("the supply lines of the junta", "Jama'at Nusrat al-Islam wal-Muslimin")
d.Q("repelled a terrorist attack", "Malian Armed Forces")
d.Q("to their deaths for a few litres", "Moussa Diarra Kéita")
d.Q("We will not leave Kayes again", "Moussa Diarra Kéita")
d.Q("the strengthening of security cooperation,", "Yunus-Bek Yevkurov")
d.EV("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin", None, "Didiéni", "2026-11-22", 7, 4,
     d.S("Bamako (AFP) – Jihadists ambushed", "told AFP on Monday."),
     [d.S("Jihadists kill seven drivers"),
      d.S("The attack took place near the town of Didiéni", "in September."),
      d.S("Four soldiers were also wounded", "added."),
      d.S("JNIM claimed responsibility", "Russian mercenaries.\""),
      d.S("The Malian Armed Forces (FAMa), which rarely", "several assailants.")])
d.EV("CONSULT", "Assimi Goïta", "Yunus-Bek Yevkurov", "Bamako", "2026-11-23", None, None,
     d.S("Junta leader General Assimi Goita on Monday received", "according to the presidency."),
     [d.S("The two men discussed", "without giving details.")])

# ---------------- b17 BBC: Starmer-Burnham talks in Downing Street
d = Doc("b17.txt", "BBC", "2026-12-02"); docs.append(d)
d.E("Keir Starmer", "PERSON", "Sir Keir Starmer", "Starmer")
d.E("Andy Burnham", "PERSON", "Mr Burnham", "Burnham")
d.B("Hannah Pryce", "PERSON")
d.B("Getty Images", "ORG")
d.E("Downing Street", "ORG", "No 10")
d.E("Greater Manchester", "GPE")
d.E("England", "GPE")
d.E("BBC", "ORG")
d.E("Westminster", "GPE")
d.E("Manchester", "GPE")
d.E("Labour Party", "ORG", "Labour")
d.E("Rachel Reeves", "PERSON", "Chancellor Rachel Reeves")
d.E("HM Treasury", "ORG", "Treasury")
d.E("House of Commons", "ORG", "Commons")
d.E("Kemi Badenoch", "PERSON")
d.E("Ed Davey", "PERSON", "Sir Ed Davey")
d.E("Reform UK", "ORG")
d.E("Richard Tice", "PERSON")
d.B("Aled Pritchard", "PERSON")
d.E("Parliament of the United Kingdom", "ORG", "Parliament")
d.Q("a frank and good-humoured conversation", None)
d.Q("not going to play the Westminster", "Andy Burnham")
d.Q("I've said what I've said", "Andy Burnham")
d.Q("We took difficult decisions", "Rachel Reeves")
d.Q("more interested in its own leadership", "Kemi Badenoch")
d.Q("sick of the soap opera", "Ed Davey")
d.EV("CONSULT", "Keir Starmer", "Andy Burnham", None, "2026-12-01", None, None,
     d.S("Sir Keir Starmer and Andy Burnham have held", "prime minister's future."),
     [d.S("Starmer and Burnham hold 'constructive' talks"),
      d.S("The Greater Manchester mayor, who has", "Tuesday evening."),
      d.S("The meeting was officially about", "combined authorities."),
      d.S("A Downing Street source said the two men", "bus franchising and housing.")])

# ---------------- b18 Sky News: BMA-Streeting talks collapse, resident doctors' strike
d = Doc("b18.txt", "Sky News", "2026-11-27"); docs.append(d)
d.E("Wes Streeting", "PERSON", "Health Secretary Wes Streeting", "Mr Streeting", "Streeting")
d.E("British Medical Association", "ORG", "BMA")
d.B("Tom Ashby", "PERSON")
d.E("Sky News", "ORG")
d.E("United Kingdom", "GPE", "UK")
d.E("England", "GPE")
d.E("Department of Health and Social Care", "ORG")
d.E("Westminster", "GPE")
d.E("Priya Raman", "PERSON", "Dr Priya Raman")
d.E("Australia", "GPE")
d.E("London", "GPE")
d.B("PA Media", "ORG", "PA")
d.E("National Health Service", "ORG", "NHS")
d.E("Downing Street", "ORG")
d.E("NHS England", "ORG")
d.E("Meghana Pandit", "PERSON", "Professor Meghana Pandit")
d.E("Helen Okafor", "PERSON")
d.E("Patients Association", "ORG")
d.Q("did not touch", "British Medical Association")
d.Q("nothing at all on pay", "Priya Raman")
d.Q("We came in good faith", "Priya Raman")
d.Q("Our members have been clear.", "Priya Raman")
d.Q("I have put a serious offer", "Wes Streeting")
d.Q("Striking in the run-up", "Wes Streeting")
d.Q("the door remains open", "Downing Street")
d.Q("worst in a decade", "National Health Service")
d.Q("once again caught in the middle", "Helen Okafor")
d.EV("CONSULT", "British Medical Association", "Wes Streeting", "Westminster", "2026-11-26", None, None,
     d.S("Resident doctors in England will walk out", "without agreement."),
     [d.S("Resident doctors to strike for five days"),
      d.S("The two sides met for more than three hours", "since October.")])

# ---------------- b19 Politico: House rejects Venezuela war powers resolution (no publication date)
d = Doc("b19.txt", "Politico", None); docs.append(d)
d.E("United States Congress", "ORG", "CONGRESS", "Congress")
d.E("United States House of Representatives", "ORG", "House", "House of Representatives")
d.E("Venezuela", "GPE")
d.E("Republican Party", "ORG", "GOP")
d.B("Nora Feldstein", "PERSON", "NORA FELDSTEIN")
d.B("Eli Marchetti", "PERSON", "ELI MARCHETTI")
d.E("Donald Trump", "PERSON", "President Donald Trump", "Trump")
d.E("Thomas Massie", "PERSON", "Rep. Thomas Massie", "Massie")
d.E("Kentucky", "GPE", "Ky.")
d.E("Jim McGovern", "PERSON", "Rep. Jim McGovern")
d.E("Massachusetts", "GPE", "Mass.")
d.E("Pete Hegseth", "PERSON", "Defense Secretary Pete Hegseth", "Hegseth")
d.E("Joint Chiefs of Staff", "ORG", "Joint Chiefs")
d.E("Dan Caine", "PERSON", "Gen. Dan Caine")
d.E("House Armed Services Committee", "ORG")
d.E("Mike Johnson", "PERSON", "Speaker Mike Johnson")
d.E("Hakeem Jeffries", "PERSON", "Minority Leader Hakeem Jeffries")
d.E("Politico", "ORG", "POLITICO")
d.E("Pentagon", "ORG")
d.E("White House", "ORG")
d.E("Karoline Leavitt", "PERSON")
d.E("United States Senate", "ORG", "Senate")
d.E("Tim Kaine", "PERSON", "Sen. Tim Kaine")
d.E("Virginia", "GPE", "Va.")
d.B("Hallie Brandt", "PERSON")
d.Q("The Constitution does not have an asterisk", "Thomas Massie")
d.Q("If the president wants a war", "Thomas Massie")
d.Q("They could not tell us", None)
d.Q("tied the commander in chief", "Mike Johnson")
d.Q("a moral victory", "Hakeem Jeffries")
d.Q("has not ruled anything in or out", "Karoline Leavitt")
d.EV("CONSULT", "Pete Hegseth", "House Armed Services Committee", None, None, None, None,
     d.S("The vote followed a closed-door briefing", "Armed Services Committee."))
d.EV("ASSAULT", "United States", None, None, None, 87, None,
     d.S("The administration has carried out at least 23 strikes", "Pentagon announcements."))
d.EV("ASSAULT", "United States", None, None, None, 4, None,
     d.S("On Monday, Hegseth announced on X", "aboard a speedboat."))

# ---------------- b20 Washington Post: Border Patrol shooting in Baltimore, Scott-Homan meeting
d = Doc("b20.txt", "The Washington Post", "2026-12-03"); docs.append(d)
d.E("United States Border Patrol", "ORG", "U.S. Border Patrol", "Border Patrol")
d.E("Baltimore", "GPE")
d.E("Maryland", "GPE")
d.E("United States Department of Homeland Security", "ORG", "Department of Homeland Security", "DHS")
d.B("Marisol Whitaker", "PERSON")
d.B("Andrew Kessel", "PERSON")
d.E("East Baltimore", "GPE")
d.E("Donald Trump", "PERSON", "President Donald Trump", "Trump")
d.E("The Washington Post", "ORG")
d.E("Deborah Ellis", "PERSON")
d.B("Hannah Ruiz", "PERSON")
d.E("Wes Moore", "PERSON", "Gov. Wes Moore", "Moore")
d.E("Maryland State Police", "ORG")
d.E("Annapolis", "GPE")
d.E("Brandon Scott", "PERSON", "Mayor Brandon Scott", "Scott")
d.E("White House", "ORG")
d.E("Tom Homan", "PERSON", "Homan")
d.E("Chicago", "GPE")
d.E("Charlotte", "GPE")
d.E("New Orleans", "GPE")
d.Q("used his vehicle as a weapon", "United States Department of Homeland Security")
d.Q("fired defensive shots.", "United States Department of Homeland Security")
d.Q("I saw the whole thing.", "Deborah Ellis")
d.Q("Marylanders deserve the truth", "Wes Moore")
d.Q("until the job is done", "Tom Homan")
d.Q("a war zone", "Donald Trump")
d.Q("send whatever it takes.", "Donald Trump")
d.EV("ASSAULT", "United States Border Patrol", None, "Baltimore", "2026-12-01", None, 1,
     d.S("A U.S. Border Patrol agent shot and wounded", "last month."),
     [d.S("Border Patrol agent shoots man"),
      d.S("The man, a Honduran national", "hospital spokeswoman."),
      d.S("The Department of Homeland Security said in a statement", '"fired defensive shots."'),
      d.S("Two witnesses told The Washington Post", "opened fire.")])
d.EV("ASSAULT", None, None, "Baltimore", "2026-12-02", None, 2,
     d.S("On Wednesday night, two Baltimore police officers", "police said."))
d.EV("CONSULT", "Brandon Scott", "Tom Homan", "Baltimore", "2026-12-03", None, None,
     d.S("Mayor Brandon Scott met with White House", "offices."),
     [d.S("Scott said the meeting was", "near schools."),
      d.S("Homan told reporters afterward", "for the tension.")])

# ---------------- b21 Bloomberg: OPEC+ extends output pause, oil slips
d = Doc("b21.txt", "Bloomberg", "2026-11-30"); docs.append(d)
d.E("OPEC+", "ORG")
d.B("Farah Siddiqui", "PERSON")
d.B("Lukas Brenner", "PERSON")
d.E("London", "GPE")
d.E("Saudi Arabia", "GPE")
d.E("Russia", "GPE")
d.E("Abdulaziz bin Salman", "PERSON", "Prince Abdulaziz bin Salman")
d.E("Al Arabiya", "ORG")
d.E("Alexander Novak", "PERSON", "Deputy Prime Minister Alexander Novak")
d.E("Moscow", "GPE")
d.E("International Energy Agency", "ORG")
d.E("OPEC", "ORG")
d.E("Maren Holt", "PERSON")
d.E("Vantage Ridge Capital", "ORG")
d.E("Oslo", "GPE")
d.E("United States", "GPE", "US")
d.E("Bloomberg", "ORG", "Bloomberg L.P.")
d.E("Federal Reserve", "ORG", "Fed")
d.E("Kazakhstan", "GPE")
d.E("Iraq", "GPE")
d.E("Vienna", "GPE")
d.E("Ukraine", "GPE")
d.B("Ines Castellano", "PERSON")
d.Q("The market is in balance today", "Abdulaziz bin Salman")
d.Q("Those who bet against this group", "Abdulaziz bin Salman")
d.Q("OPEC+ is buying time,", "Maren Holt")
d.Q("The real test comes in the spring", "Maren Holt")
d.EV("CONSULT", "Saudi Arabia", "Russia", None, "2026-11-29", None, None,
     d.S("Saudi Arabia, Russia and six other members", "were private."))
d.EV("CONSULT", "Alexander Novak", "Abdulaziz bin Salman", None, "2026-11-27", None, None,
     d.S("Russian Deputy Prime Minister Alexander Novak", "fell further."))

# ---------------- b22 Financial Times: Felixstowe strike after Acas talks fail (no publication date)
d = Doc("b22.txt", "Financial Times", None); docs.append(d)
d.E("Felixstowe", "GPE")
d.E("Meridian Ports", "ORG", "Meridian")
d.E("Unite", "ORG")
d.E("United Kingdom", "GPE", "Britain", "UK")
d.B("Imogen Vance", "PERSON")
d.E("London", "GPE")
d.E("Acas", "ORG")
d.E("Sharon Graham", "PERSON")
d.E("Singapore", "GPE")
d.E("Straits Harbour Holdings", "ORG")
d.E("Callum Reyes", "PERSON")
d.E("British Retail Consortium", "ORG")
d.E("Southampton", "GPE")
d.E("Logistics UK", "ORG")
d.E("Peter Kyle", "PERSON", "Kyle")
d.E("Financial Times", "ORG", "FT", "The Financial Times Limited")
d.E("Drewry", "ORG")
d.Q("using automation as a battering ram", "Sharon Graham")
d.Q("Meridian made £410mn", "Sharon Graham")
d.Q("Our members will not be automated", "Sharon Graham")
d.Q("We have made a fair and generous offer.", "Callum Reyes")
d.Q("add cost to every box", "Logistics UK")
d.Q("get back round the table", "Peter Kyle")
d.Q("The port is too important", "Peter Kyle")
d.EV("CONSULT", "Unite", "Meridian Ports", "London", None, None, None,
     d.S("Dock workers at Felixstowe will stage", "container trade."),
     [d.S("Felixstowe dockers to strike over automation"),
      d.S("The two sides spent nine hours", "familiar with the talks.")])

# ---------------- b23 Nature News: Thwaites Glacier melt (no ASSAULT/CONSULT events)
d = Doc("b23.txt", "Nature", "2026-12-02"); docs.append(d)
d.B("Elena Marsh", "PERSON")
d.E("Nature Geoscience", "ORG")
d.E("Intergovernmental Panel on Climate Change", "ORG")
d.E("Ingrid Falk", "PERSON")
d.E("University of Gothenburg", "ORG")
d.E("Sweden", "GPE")
d.E("Tomás Aguirre", "PERSON", "Aguirre")
d.E("British Antarctic Survey", "ORG")
d.E("Cambridge", "GPE")
d.E("United Kingdom", "GPE", "UK")
d.E("Florida", "GPE")
d.E("Hiroshi Tanabe", "PERSON")
d.E("Hokkaido University", "ORG")
d.E("Sapporo", "GPE")
d.E("Japan", "GPE")
d.E("Natural Environment Research Council", "ORG", "UK Natural Environment Research Council")
d.E("National Science Foundation", "ORG", "US National Science Foundation")
d.Q("We expected warm water.", "Ingrid Falk")
d.Q("The ice is not melting evenly.", "Tomás Aguirre")
d.Q("It is a beautiful data set", "Hiroshi Tanabe")
d.Q("I would be careful about scaling it up.", "Hiroshi Tanabe")

# ---------------- b24 NPR: Utah-Arizona measles outbreak, Kennedy-Cox meeting
d = Doc("b24.txt", "NPR", "2026-11-25"); docs.append(d)
d.E("Utah", "GPE")
d.E("Arizona", "GPE", "Ariz.")
d.B("Jonah Whitfield", "PERSON")
d.E("United States", "GPE", "U.S.")
d.E("Texas", "GPE")
d.E("Utah Department of Health and Human Services", "ORG")
d.E("Leah Castellanos", "PERSON", "Dr. Leah Castellanos")
d.E("NPR", "ORG")
d.E("Hildale", "GPE")
d.E("Colorado City", "GPE")
d.E("Washington County", "GPE")
d.E("Mohave County", "GPE")
d.E("Nevada", "GPE")
d.E("Idaho", "GPE")
d.E("Mark Dutson", "PERSON")
d.E("United States Department of Health and Human Services", "ORG", "Health and Human Services")
d.E("Robert F. Kennedy Jr.", "PERSON", "Kennedy")
d.E("Spencer Cox", "PERSON", "Gov. Spencer Cox", "Cox")
d.E("Salt Lake City", "GPE")
d.E("Centers for Disease Control and Prevention", "ORG", "CDC")
d.E("Canada", "GPE")
d.E("Arturo Benítez", "PERSON", "Dr. Arturo Benítez")
d.E("University of Arizona", "ORG")
d.E("Tucson", "GPE")
d.Q("We are asking families", "Leah Castellanos")
d.Q("People come in quietly", "Mark Dutson")
d.Q("encouraged people to get vaccinated", "Spencer Cox")
d.Q("the most effective way to prevent", "Robert F. Kennedy Jr.")
d.Q("We are a few months away", "Arturo Benítez")
d.Q("And once you lose it", "Arturo Benítez")
d.EV("CONSULT", "Robert F. Kennedy Jr.", "Spencer Cox", "Salt Lake City", "2026-11-23", None, None,
     d.S("Health and Human Services Secretary Robert F. Kennedy Jr. met", "governor's office."),
     [d.S("Cox said afterward that Kennedy", "during the meeting.")])

# ---------------- write
if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
    print(len(docs), "docs written", "(no credits)" if NO_CREDITS else "(with credit names)")

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

# ---------------- write
if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d.rec, ensure_ascii=False) + "\n")
    print(len(docs), "docs written", "(no credits)" if NO_CREDITS else "(with credit names)")

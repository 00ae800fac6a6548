"""The base form of a word that the index's Porter stemmer does not reach: irregular verbs
and plurals ("stuck" -> "stick", "bled" -> "bleed", "teeth" -> "tooth").

Porter cuts regular endings, so "falls", "falling" and "fall" meet; it cannot know that
"fallen" is "fall" or "stuck" is "stick". The table here is general English morphology,
written for kmcore from the common irregular verbs and plurals (no third-party list): it is
not a vocabulary of health topics. It is used where a query's words are joined into the one
word records write ("stuck ... needle" as "needlestick", :mod:`kmcore.search.rank`).

Searching a word's irregular forms in their own right ("falling" as "fell", "fallen" as
"falls") was tried and not kept (D1430): "fell" and "felt" are as often "went down" and
"thought" in records.

Forms that are as often another word are left out: "left" (the side), "found" (to found a
service), "saw" (the tool), "lay", "bore", "wound" (an injury), "ground", "bit" ("a bit"),
"rose", "sat", "met", "won".
"""

from __future__ import annotations

__all__ = ["base_forms"]

#: Base form -> its irregular forms.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "arise": ("arose", "arisen"), "awake": ("awoke", "awoken"),
    "bear": ("borne",), "beat": ("beaten",), "become": ("became",),
    "begin": ("began", "begun"), "bend": ("bent",), "bite": ("bitten",),
    "bleed": ("bled",), "blow": ("blew", "blown"), "break": ("broke", "broken"),
    "breed": ("bred",), "bring": ("brought",), "build": ("built",), "burn": ("burnt",),
    "buy": ("bought",), "catch": ("caught",), "choose": ("chose", "chosen"),
    "come": ("came",), "creep": ("crept",), "deal": ("dealt",), "die": ("dying", "died"),
    "dig": ("dug",), "draw": ("drew", "drawn"), "dream": ("dreamt",),
    "drink": ("drank", "drunk"), "drive": ("drove", "driven"), "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"), "feed": ("fed",), "feel": ("felt",), "fight": ("fought",),
    "flee": ("fled",), "fly": ("flew", "flown"), "forget": ("forgot", "forgotten"),
    "freeze": ("froze", "frozen"), "give": ("gave", "given"), "grow": ("grew", "grown"),
    "hang": ("hung",), "hear": ("heard",), "hide": ("hid", "hidden"), "hold": ("held",),
    "keep": ("kept",), "kneel": ("knelt",), "know": ("knew", "known"), "learn": ("learnt",),
    "lend": ("lent",), "lie": ("lying",), "lose": ("lost",),
    "mean": ("meant",), "overdo": ("overdid", "overdone"),
    "overeat": ("overate", "overeaten"), "pay": ("paid",), "ride": ("rode", "ridden"),
    "ring": ("rang", "rung"), "rise": ("risen",), "run": ("ran",),
    "seek": ("sought",), "sell": ("sold",), "send": ("sent",), "shake": ("shook", "shaken"),
    "shrink": ("shrank", "shrunk"), "sing": ("sang", "sung"), "sink": ("sank", "sunk"),
    "sleep": ("slept",), "slide": ("slid",), "speak": ("spoke", "spoken"),
    "spend": ("spent",), "spill": ("spilt",), "spin": ("spun",), "spit": ("spat",),
    "stand": ("stood",), "steal": ("stole", "stolen"), "stick": ("stuck",),
    "sting": ("stung",), "stink": ("stank", "stunk"), "strike": ("struck", "stricken"),
    "swear": ("swore", "sworn"), "sweep": ("swept",), "swell": ("swollen",),
    "swim": ("swam", "swum"), "swing": ("swung",), "take": ("took", "taken"),
    "teach": ("taught",), "tear": ("tore", "torn"), "tell": ("told",), "think": ("thought",),
    "throw": ("threw", "thrown"), "understand": ("understood",), "wake": ("woke", "woken"),
    "wear": ("wore", "worn"), "weep": ("wept",), "write": ("wrote", "written"),
    # Plurals Porter does not bring to their singular.
    "child": ("children",), "foot": ("feet",), "tooth": ("teeth",), "woman": ("women",),
    "man": ("men",), "mouse": ("mice",), "louse": ("lice",), "goose": ("geese",),
    "knife": ("knives",), "wife": ("wives",), "shelf": ("shelves",), "calf": ("calves",),
}

_BASE: dict[str, str] = {form: base for base, forms in _IRREGULAR.items() for form in forms}


def base_forms(word: str) -> tuple[str, ...]:
    """*word* and, for a form of a verb in the table, its base ("stuck" -> ("stuck",
    "stick"), "sticking" -> ("sticking", "stick"))."""
    base = _BASE.get(word) or _regular_base(word)
    return (word, base) if base and base != word else (word,)


def _regular_base(word: str) -> str | None:
    """The base of a regular form of a verb in the table ("bleeding", "bleeds" -> "bleed";
    "sticking" -> "stick"; "dies" -> "die"), or None."""
    if word in _IRREGULAR:
        return word
    for ending, back in (("ing", ""), ("ing", "e"), ("s", ""), ("es", ""), ("ed", ""),
                         ("ed", "e"), ("d", "")):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)] + back
            if _IRREGULAR.get(stem):
                return stem
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _IRREGULAR:
                return stem[:-1]  # "swimming" -> "swim"
    return None

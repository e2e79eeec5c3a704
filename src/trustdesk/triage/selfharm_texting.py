"""Texting forms spelled out for the self-harm rules ("g tout pris", "dmn cest le jour", "by the time u read this",
"tmrw"): the rules' phrases are written in full words, and plans are often typed in haste.

Only the rules read the spelled-out text; the seed model keeps the text as written (spelling texting forms out
before it raised its plan class on ordinary texting too: bench/results/README.md, round 6). Contexts that lower
(games, idioms) read the text as written as well.
"""

from __future__ import annotations

import re

# Whole words of the normalised text (lowercase, accents folded, apostrophes as spaces). Not a word that is also one
# in the other language: "dont" ("de ceux dont on revient pas"), "vs", "ts".
_WORDS: dict[str, str] = {
    # French
    "cest": "c est", "jai": "j ai", "jsuis": "je suis", "jsui": "je suis", "jss": "je suis", "chuis": "je suis",
    "chui": "je suis", "shuis": "je suis", "jvais": "je vais", "jvas": "je vais", "jva": "je vais",
    "jveux": "je veux", "jpeux": "je peux", "jme": "je me", "jte": "je te", "jsais": "je sais", "jsp": "je sais pas",
    "jlai": "je l ai", "jlaisse": "je laisse", "jserai": "je serai", "jserais": "je serais",
    "tt": "tout", "tte": "toute", "ttes": "toutes", "dmn": "demain", "dm1": "demain", "2m1": "demain",
    "msg": "message", "pr": "pour", "ds": "dans", "bcp": "beaucoup", "qd": "quand", "qnd": "quand",
    "ptet": "peut etre", "mdp": "mots de passe", "tjrs": "toujours", "tjs": "toujours",
    # English
    "u": "you", "ur": "your", "rn": "right now", "tmrw": "tomorrow", "tmr": "tomorrow", "tmro": "tomorrow",
    "2moro": "tomorrow", "2morrow": "tomorrow", "2nite": "tonight", "tonite": "tonight", "2night": "tonight",
    "im": "i m", "ive": "i ve", "wont": "won t", "cant": "can t", "didnt": "didn t",
    "isnt": "isn t", "its": "it s", "thats": "that s", "theres": "there s", "b4": "before", "pls": "please",
    "plz": "please",
    "ppl": "people", "every1": "everyone", "evry1": "everyone", "sry": "sorry", "soz": "sorry", "abt": "about",
    "luv": "love", "thx": "thanks", "ty": "thank you",
}
_WORD = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")\b")
# "g" for "j'ai" and a lone "c" for "c'est" stand before a word ("g tout pris", "c mon dernier msg"); "vitamine c"
# or a "plan g" stay as they are (nothing follows them, or a number does). "c'était" normalises to "c etait": the
# "c" of an elided imperfect is not texting (round 11: it read "c est etait" and no rule knew it).
_LETTERS = re.compile(r"(?:^|(?<=[\s.,;:!?]))(g|c)(?= (?!est\b|etait\b|etaient\b|etais\b)[a-z])")


# Round 12: any "j" glued to a verb that starts with a consonant is "je" ("jviens d avaler", "jcommence", "jpars");
# no French or English word starts with "j" and another consonant, so the listed forms above are only the commonest.
_J_GLUED = re.compile(r"\bj(?=[bcdfghjklmnpqrstvwxz][a-z]{2,}\b)")


def spelled_out(normalized: str) -> str:
    """The normalised text with its texting forms in full words, for the self-harm rules."""
    text = _LETTERS.sub(lambda m: "j ai" if m.group(1) == "g" else "c est", normalized)
    return _J_GLUED.sub("je ", _WORD.sub(lambda m: _WORDS[m.group(0)], text))

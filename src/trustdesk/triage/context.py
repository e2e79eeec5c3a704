"""Context that lowers risk: games and sport, quotation and reporting, idioms, negation, in French and English.

"Je vais te tuer au Mario Kart", "that movie killed me", "journée de merde", "in Taken he says « I will find
you »", "the player was suspended": violent or coarse words that are not abuse. Each context found multiplies
the abuse from rules and lexicons by a factor below 1; the seed model, which saw such texts, is lowered less.
"""

from __future__ import annotations

from trustdesk.triage.rules import FacetMatcher

MATCHER = FacetMatcher({
    "game or sport": [
        r"\b(?:mario kart|fortnite|fifa|smash|valorant|valo|chess|echecs|call of duty|cod|rocket league|among us|"
        r"minecraft|lol|tekken|ranked|(?:next|last|this|first|second|third|final|bonus|prochain|dernier|premier) round|"
        r"round \d+|match|gg|"
        # Words of games in another sense (round 10): "je suis partie" / "les bêtes sont parties" (left), "my half
        # of the rent", "sorry to my team" at work, "the renal team" in a hospital.
        r"headshot|rematch|revanche|"
        r"(?<!suis )(?<!sont )(?<!est )(?<!es )(?<!etais )(?<!etait )(?<!etaient )(?<!etes )(?<!sommes )parties?|"
        r"goalkeeper|gardien|defense|mi temps|(?<!my )(?<!our )(?<!your )(?<!his )(?<!their )half|score|record|"
        r"(?<!to my )(?<!to the )(?<!renal )(?<!care )(?<!medical )(?<!nursing )team|equipe|\d+ ?[-–] ?\d+)\b",
        r"\b(?:street fighter|mortal kombat|overwatch|apex|pubg|warzone|zelda|pokemon|uno|poker|belote|tarot|"
        r"monopoly|manche|level \d+|niveau \d+|boss|respawn|lobby|squad|1v1|elo|"
        r"karaoke|overtime|prolongation|penalty|tournoi|tournament|league|ligue|ranked|rematch)\b",
    ],
    # Consoles and games as things one owns: banter when played, a farewell sign when given away or sold.
    "gaming gear": [r"\b(?:ps5|ps4|xbox|switch|manette|controller|game|games|jeux)\b"],
    "giving away": [
        r"\b(?:sold|selling|sell|gave|giving|give away|anyone wants|who wants|take my|have my|gets my|get my|vendu|"
        r"vends|vendre|donne|donner|donnes|qui veut|je laisse|j ai file|jai file|file mes|filer mes)\b",
    ],
    "quotation or news": [
        r"[«“\"].{3,}[»”\"]", r"\b(?:in the (?:movie|film|book)|dans le (?:film|livre)|quoting|citation|he says|il dit|"
        r"says|dit)\b.{0,40}[«“\":]",
        r"\b(?:news|article|reports that|according to|arrested|suspended|fired|inquiry|documentary|essay|history|"
        r"propaganda|villain|says the|bbc)\b",
        r"\b(?:actu|l article|d apres|interpelle|suspendu|exclu|renvoye|enquete|documentaire|expose|histoire|"
        r"propagande|le mechant|les infos)\b",
    ],
    "idiom": [
        r"\b(?:killed me|killing me|kill me with|i m dead|dead funny|killed it|dying to|battery died|phone is dying|"
        r"to die for|could murder a|lol|lmao|haha|mdr|ptdr)\b", r"[💀😂🤣]",
        # Laughing is humour, but being laughed at is a grievance ("the people who laughed at me are first").
        r"\b(?:laughed|laughing)\b(?! at (?:me|us|my))",
        r"\b(?:m a tue|(?:ca|il|elle|ce \w+|cette \w+|\w+s) me tuen?t?|mort de rire|tue le game|meurs (?:de faim|"
        r"d envie)|a tomber|m a acheve|"
        r"journee de merde|envie de mourir mdr|est en train de mourir)\b",
    ],
    # "Not going to stop", "vais pas revenir": the negation of a way back, not of the act.
    "negation": [
        # "I'm not going to" negates an act ("… hurt anyone", "… do anything stupid"), not care or food refused
        # ("i'm not going to the hospital anymore", "i've not eaten in 9 days and i'm not going to").
        r"\b(?:would never|i d never(?! been)|i m not going to (?:do (?:it|anything|that|something)|hurt|kill|harm|"
        r"act on|end|touch|try|attack|shoot|stab|hit|go through with)|"
        r"not suicidal|never hurt)\b",
        r"\b(?:ferais jamais|vais pas(?! (?:revenir|rentrer|attendre|m arreter|arreter|changer|tenir))|"
        r"suis pas suicidaire)\b",
    ],
    # Said in earnest: laughter emoji and "lol" around it are nerves, not a joke ("jsaute dans 5 min, pas une
    # blague 💀", "fr this time, not joking").
    "earnest": [
        r"\b(?:not joking|no joke|not a joke|not kidding|i mean it|i m serious|im serious|i am serious|fr this time|"
        r"for real this time)\b",
        r"\b(?:pas une blague|c est pas une blague|je blague pas|je rigole pas|je suis serieux|je suis serieuse|"
        r"jsuis serieux|jsuis serieuse|je suis serieux|pour de vrai cette fois)\b",
    ],
})

FACTOR = {"game or sport": 0.45, "quotation or news": 0.5, "idiom": 0.45, "negation": 0.5}
FLOOR = 0.2


def lowering(normalized: str) -> tuple[float, tuple[str, ...]]:
    """Factor (FLOOR..1) by which context lowers abuse evidence, and the contexts found."""
    facets = MATCHER.scan(normalized)
    gaming = "gaming gear" in facets and "giving away" not in facets
    found = tuple(name for name in FACTOR if name in facets or (gaming and name == "game or sport"))
    if "earnest" in facets:
        found = tuple(name for name in found if name not in ("game or sport", "idiom"))
    return factor_of(found), found


def factor_of(found: tuple[str, ...]) -> float:
    """The lowering factor of these contexts together (FLOOR..1)."""
    factor = 1.0
    for name in found:
        factor *= FACTOR[name]
    return max(factor, FLOOR)

"""Harassment that belittles one person with the crowd's judgement, in French and English (round 13): "our whole
grade laughs at you, just delete your account", "tout le bahut se fout de toi", "même ta mère doit avoir honte",
"personne veut de toi, change d'établissement".

The lexicon knows a few fixed insults; these texts often use none. What harms is one person told that everyone
around them despises them, and to vanish. Praise has the same crowd ("everyone at work thinks you're amazing") and
advice the same exits ("delete your account if it stresses you"): the crowd's scorn, a mocking word or an order to
disappear must come together.
"""

from __future__ import annotations

import re

from trustdesk.triage import pile_on
from trustdesk.triage.rules import FacetMatcher, HarmFinding

MATCHER = FacetMatcher({
    # Everyone around the person scorns them, even their own.
    "scorned": [
        r"\b(?:every(?:one|body)|the whole (?:school|class|grade|year|group|office|team|server)|our whole \w+|"
        r"we all) (?:\w+ ){0,3}?(?:laughs?|laughing|hates?|cringes?|knows (?:you re|ur|what you))\b",
        r"\beven (?:your|ur) (?:own )?(?:mum|mom|mother|dad|parents|friends|bf|boyfriend|gf|girlfriend|teachers|"
        r"kids)\b",
        r"\b(?:nobody|no one|noone) (?:\w+ ){0,3}?(?:likes|wants|can stand|cares about|would miss|watches) (?:you|u)\b",
        r"\b(?:tout le (?:monde|lycee|college|bahut|groupe|bureau|club|immeuble)|toute la (?:classe|gang|compta|"
        r"famille)|tout l immeuble) (?:\w+ ){0,3}?(?:rit de toi|se fout de (?:toi|ta)|te trouve|l appelle)\b",
        r"\bmeme (?:ta|ton|tes) (?:mere|daronne|pere|mec|meuf|potes|parents|propres)\b",
        r"\bpersonne (?:ne )?(?:veut de toi|veut de lui|veut d elle|lui parle|s assoit|te calcule|t aime|"
        r"te supporte)\b",
    ],
    # ... and tell them to vanish.
    "vanish": [
        r"\b(?:delete (?:your|ur|this) (?:account|profile|channel)|change schools?|stop (?:posting|showing up|"
        r"streaming|breathing)|quit (?:streaming|posting|the team|school)|uninstall|just leave|disappear)\b",
        r"\b(?:supprime (?:ton|ta) (?:compte|profil|chaine)|change (?:d etablissement|de bahut|de lycee|de classe)|"
        r"arrete (?:de poster|internet|tout|tes videos)|desinstalle|casse toi|degage|quitte le (?:lycee|groupe|club)|"
        r"rends service|ca rendra service|reviens plus|arrete de poster)\b",
    ],
    # One person likened to a beast or a thing for their body or voice ("@nadia_b on dirait un phoque en legging",
    # "man looks like a melted candle") ...
    "likened": [
        r"\b(?:looks? like|sounds? like|built like) (?:a|an) (?:\w+ )?(?:whale|pig|cow|seal|walrus|hippo|troll|goblin|"
        r"melted candle|potato|thumb|gremlin|beached whale|sow)\b",
        r"\b(?:on dirait|ressemble (?:plus )?a|tu ressembles a) (?:un|une) (?:phoque|baleine|cachalot|vache|thon|truie|"
        r"porc|cochon|canard|singe|hippopotame|morse|pot de rillettes|troll|gobelin)\b",
    ],
    # ... who is named: a tag, or a person pointed at. A pet or a cloud is likened to things every day ("my cat looks
    # like a potato", "ce nuage on dirait un phoque").
    "person": [
        r"@\w|\b(?:this|that) (?:guy|girl|dude|kid|woman|man|lad)\b|\bman looks\b|\b(?:his|her|your|ur) (?:face|voice|"
        r"body|legs)\b",
        r"\b(?:la nouvelle|le nouveau|la voisine|le voisin|ce mec|cette meuf|ce gars|cette fille|le gros|la grosse|"
        r"la voix de|sa voix|sa tronche|ta tronche|sa tete|ta tete)\b",
    ],
})


# Every finding needs the crowd's scorn, a likeness or an order to vanish, and each of those one of these words: one
# cheap search spares most texts the rest (scoring speed).
_GATE = re.compile(r"\b(?:every|the whole|our whole|we all|even|nobody|no one|noone|tout|toute|meme|personne|look|"
                   r"sound|built|dirait|ressembl|delete|change|stop|quit|uninstall|leave|disappear|supprime|arrete|"
                   r"desinstalle|casse|degage|quitte|rends|reviens)")


def assess(normalized: str) -> HarmFinding | None:
    if _GATE.search(normalized) is None:
        return None
    facets = MATCHER.scan(normalized)
    mocked = "mocked" in pile_on.MATCHER.scan(normalized)
    if "scorned" in facets and ("vanish" in facets or mocked):
        return HarmFinding("harassment", 0.75, ("scorned",), facets.evidence("scorned"))
    if "likened" in facets and "person" in facets:
        return HarmFinding("harassment", 0.7, ("likened",), facets.evidence("likened"))
    if "vanish" in facets and mocked:
        return HarmFinding("harassment", 0.7, ("told to vanish",), facets.evidence("vanish"))
    return None

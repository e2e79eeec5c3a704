"""Harassment by persistence and impersonation, in French and English (round 13): contact kept up after a block or
from new accounts ("made 6 new accs", "je le bloque il recrée des comptes", "this is my 14th message"), and fake
accounts made with someone's photos ("a fake account with my pics", "un compte avec que des montages de mon frère").

Neither needs an insult: what harms is that the person cannot make it stop, or is made to say what they never said.
A new account alone is ordinary ("made a new account for my bakery"), so is a block alone ("blocked the spam bot"):
together, or with messages counted, they are someone who will not stop. Reporters describe it ("he's messaged me 40
times from new accounts") as often as writers do it; both are the same harm for the desk.
"""

from __future__ import annotations

import re

from trustdesk.triage.rules import FacetMatcher, HarmFinding

MATCHER = FacetMatcher({
    # Accounts made again and again to reach someone.
    "new accounts": [
        r"\b(?:new|another|other|more|\d+(?: new| other| more)?|(?:six|five|ten|twelve|fifteen)(?: new| other)?) "
        r"(?:accounts?|accs?|profiles?|numbers?)\b",
        r"\b(?:recree|recreer|refait|refais|nouveaux?|autres?|\d+(?: autres| nouveaux)?) (?:des |un )?"
        r"(?:comptes?|profils?|numeros?)\b",
    ],
    "blocked": [
        r"\b(?:blocked|block me|i block (?:him|her|them|one|it|each)|unmatch\w*|ghost\w*|"
        r"(?:can t|cannot|won t) (?:block|get rid of|ignore|escape)|"
        r"never getting rid of me)\b",
        r"\b(?:bloque|bloquee|bloques|bloquer|bloquez|tu m as bloque\w*|te debarrasser de moi|debarrasseras|"
        r"m ignorer|me lacher)\b",
    ],
    # Messages counted ...
    "counted": [
        r"\b(?:messaged|texted|called|written to|dmed|commented on) (?:me|you|u|her|him) (?:like )?\d+ times\b|"
        r"\bmy \d+(?:th|st|nd|rd) (?:message|text|call)\b|\b\d+ (?:messages|texts|calls) (?:today|tonight|a day|in a)",
        r"\b(?:envoye|ecrit) \d+ (?:messages|mp|mails)\b|\bcommente chacune de mes\b|\bsous (?:tous )?tes posts\b|"
        r"\bm envoie des mp\b",
    ],
    # ... an answer demanded again and again ...
    "demanded": [
        r"\banswer me\W+answer me\b|\bi ll keep (?:messaging|texting|calling|making)\b",
        r"\breponds\W+reponds\b|\bje (?:lacherai|lache) pas\b",
    ],
    # ... and the person watched or given no night's peace.
    "watched": [
        r"\bi (?:can see|know) (?:you re|ur|you are) online\b|\bkeep (?:ringing|calling|messaging|texting) "
        r"(?:all night|until|till)\b",
        r"\bje sais que t es en ligne\b|\bappeler toute la nuit\b|\bje vois que t es (?:en ligne|connecte)",
    ],
    # Someone's face or name taken for an account they did not make.
    "impersonated": [
        r"\b(?:fake|parody|copy) (?:account|profile|page|insta|tiktok)\b.{0,40}\b(?:my|his|her|their|\w+ s) "
        r"(?:pics|photos|pictures|face|name|selfies)\b|\b(?:account|profile|page) (?:with|using) (?:all )?(?:my|his|"
        r"her|their|\w+ s) (?:pics|photos|pictures|face|selfies)\b",
        r"\b(?:faux compte|compte|profil|page)\b.{0,60}\b(?:avec|de) (?:toutes |que )?(?:des |mes |ses |les )?"
        r"(?:photos|montages|selfies)\b",
    ],
})


# Every facet above needs one of these stems: one cheap search spares most texts the rest (scoring speed).
_GATE = re.compile(r"\b(?:compt|account|acc|profil|number|numero|block|bloqu|unmatch|ghost|answer|repond|online|"
                   r"en ligne|connect|nuit|night|fake|faux|page|messag|text|call|mp|mail|comment|reponds|keep|lach|"
                   r"get rid|ignore|escape|debarrass)|\d")


def assess(normalized: str) -> HarmFinding | None:
    if _GATE.search(normalized) is None:
        return None
    facets = MATCHER.scan(normalized)
    if "impersonated" in facets:
        return HarmFinding("harassment", 0.8, ("impersonated",), facets.evidence("impersonated"))
    found = tuple(f for f in ("new accounts", "blocked", "counted", "demanded", "watched") if f in facets)
    # One sign is ordinary (a new account, a block, a mother's ten texts); two are someone who will not stop.
    if len(found) < 2:
        return None
    return HarmFinding("harassment", 0.8, ("persistent",), facets.evidence(*found))

"""Scams and spam: money promises, crypto doubling, urgency, link shorteners and phishing, in French and English.

One facet alone is ordinary (a link to meeting notes, "I bought bitcoin years ago"); two or more together
("double your BTC" + a short link) is what scams look like.
"""

from __future__ import annotations

import re

from trustdesk.triage.rules import FacetMatcher, HarmFinding

_REQUEST = re.compile(r"\b(?:i need|need you to|send me|lend me|wire me|can you send|il me faut|j ai besoin de|"
                      r"envoie moi|prete moi|tu peux m envoyer)\b")
# A sum worth a story: three digits or more ("$1500", "2 000 €", "900 dollars"), not a 5€ sandwich.
_AMOUNT = re.compile(r"(?:[$€£] ?\d[\d ,.]{2,}|\d[\d ,.]{2,} ?(?:[$€£]|(?:eur|euros|dollars|usd|pounds|livres)\b))")

MATCHER = FacetMatcher({
    "money promise": [
        r"\b(?:earn|make|made|gagne|gagner|gagnes)\b.{0,25}\d[\d ,.k]*\s*(?:\$|€|eur|euros|dollars)?\s*"
        r"(?:a|per|/|par)\s*(?:day|week|jour|semaine)\b",
        r"\b(?:double|doubler|doubleur|x2|2x|10x|x10|multipl\w+)\b", r"\bguarantee\w*\b", r"\bgaranti\w*\b",
        r"\b\d+ ?% (?:return|de rendement|win rate|de reussite)\b", r"\bpassive income\b", r"\brevenu passif\b",
        r"\bprofit\b", r"\bno experience\b", r"\bsans experience\b", r"\bsans rien faire\b", r"\brentier\b",
        r"\bsend (?:me )?\S+ (?:and|get)\b", r"\benvoie(?: moi)? \S+ (?:et|ou)\b", r"\bget \w+ back\b",
        r"\bfree (?:gift|\$|money|followers|crypto|bitcoin|eth)\w*", r"\bgratuit\w*\b", r"\bgiveaway\b",
        r"\bairdrop\b", r"\byou won\b(?! t\b)", r"\bvous avez gagne\b", r"\bclaim\b", r"\breclamez\b",
    ],
    "crypto": [r"\b(?:bitcoin|btc|eth|crypto\w*|usdt|dogecoin|wallet|forex|trading)\b"],
    "urgency": [
        r"\b(?:urgent|act now|limited|only \d+ (?:spots|places)|expires?|before midnight|within \d+ hours?|"
        r"today only|last chance|hurry)\b",
        r"\b(?:vite|places limitees|plus que \d+ places|valable \d+ heures?|avant minuit|dans les \d+ heures|"
        r"aujourd hui seulement|derniere chance)\b",
    ],
    "short link": [
        r"\b(?:bit\.ly|tinyurl\.com|t\.me|cutt\.ly|goo\.gl|is\.gd|rb\.gy|wa\.me|shorturl\.at|ow\.ly|tiny\.cc)/",
        r"\btelegram @|\btelegram @|\bwhatsapp\b",
    ],
    "solicitation": [
        r"\b(?:dm me|message me|ask me how|link in bio|join (?:now|the)|contact me|click)\b",
        r"\b(?:ecris moi|contacte moi|demande moi comment|lien dans la bio|rejoins|mp maintenant|clique)\b",
    ],
    "phishing": [
        r"\b(?:verify|update your card|account (?:will be )?(?:suspended|locked)|payment failed|held|fee to release)\b",
        r"\b(?:locked|blocked|suspended) your account\b",
        r"\bcall this number\b",
        r"\bconfirm your (?:details|identity)\b",
        r"\b(?:help|assistance) to (?:move|transfer)\b.{0,30}\d", r"\byou keep \d+ ?%", r"\bvous gardez \d+ ?%",
        r"\b(?:appelez|rappelez) ce numero\b", r"\bbesoin de vous pour (?:transferer|deplacer)\b",
        r"\bconfirmez votre identite\b", r"\b(?:a|vient de) bloque votre compte\b",
        r"\b(?:verifiez|mettez a jour votre carte|compte (?:sera suspendu|bloque)|paiement .{0,12}a echoue|"
        r"frais pour|confirmez vos infos|colis est bloque)\b",
    ],
    # Advance-fee and romance scams: a stranded sweetheart, a fee to release something, paid in untraceable cards.
    "stranded": [
        r"\b(?:stuck|stranded|blocked|detained|held) (?:at|in) (?:the )?(?:airport|customs|border|hospital)\b",
        r"\b(?:bloquee?|coincee?|retenue?) (?:a l|a la|en|au) ?(?:aeroport|douane|frontiere|hopital)\b",
    ],
    # Round 21: a relative's new number ("Hi Mum, dropped my phone down the loo, this is my new number", "coucou
    # maman c'est moi, c'est mon nouveau numéro").
    "new number": [
        r"\b(?:(?:this is|it s|here s|got a|thats|that s) (?:my )?new (?:number|phone|no|mobile)|my new number|"
        r"(?:c est )?mon nouveau (?:numero|num|tel|telephone|portable)|j ai (?:change|perdu|casse) (?:de |mon )?"
        r"(?:numero|tel|telephone|portable))\b",
    ],
    "release fee": [
        r"\b(?:customs|release|clearance|transfer|unlock) fees?\b",
        r"\bfrais (?:de douane|de dedouanement|de liberation|de deblocage|de transfert)\b",
    ],
    "untraceable payment": [
        r"\b(?:gift ?cards?|steam (?:cards?|gift)|itunes cards?|google play cards?|western union|moneygram|"
        r"pcs (?:coupons?|cards?)|coupons? pcs|transcash|neosurf|cartes? cadeaux?|recharges? pcs)\b",
    ],
    "spam": [
        r"\b(?:buy now|cheap|spam spam|followers for|abonnes (?:pour|gratuits)|without prescription|"
        r"sans ordonnance|cloned cards|cartes clonees|hot singles|rencontres chaudes)\b",
    ],
})


def assess(normalized: str) -> HarmFinding | None:
    facets = MATCHER.scan(normalized)
    found = tuple(f for f in ("money promise", "crypto", "urgency", "short link", "solicitation", "phishing",
                              "spam", "stranded", "release fee", "untraceable payment", "new number") if f in facets)
    # Someone stranded who needs a sum is the advance-fee story even with no link ("stuck at the airport in Lagos,
    # I need $1500 for the customs fee").
    # So is a relative's new number with money asked for.
    asked = _AMOUNT.search(normalized) is not None and _REQUEST.search(normalized) is not None
    strong = facets.any("phishing", "spam") or (facets.any("stranded", "new number") and asked)
    if len(found) < 2 and not (strong or "money promise" in facets and "day" in normalized):
        return None
    strength = min(0.45 + 0.15 * len(found), 0.9)
    return HarmFinding("scam", strength, found[:3], facets.evidence(*found))

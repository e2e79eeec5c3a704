"""Explicit threats against another person or a place, in French and English (round 13).

"I will beat you unconscious in the parking lot", "i'll put you in the hospital", "coming to ur house tonight with my
brother's gun and ur dead", "j'te casse les deux jambes", "demain j'amène un flingue au lycée et je descends Enzo",
"j'abats mon chef": the lexicon's few fixed phrases miss them, and a weapon with a time reads to the seed model as the
writer's own plan (the self-harm route took them). What makes them threats is who is hurt: the writer means to hurt
"you", someone named, or the people of a place. A finding here also keeps the text off the self-harm route (blend).

Hurting words alone are everyday speech ("I'll beat you at chess", "shoot me a dm", "je te casse les oreilles", "I'd
kill for a coffee"): each pattern wants the writer's intent, a target that is not the writer, and for the ambiguous
verbs the body or the injury.
"""

from __future__ import annotations

import re

from trustdesk.triage.rules import FacetMatcher, HarmFinding

# The writer's intent to act, then at most a few words ("i'll come to your house and …"), none of them a negation or
# another subject ("i'm so glad he didn't stab you", "je vais pas te frapper", "j'ai vu qu'il le frappe").
_GAP_EN = r"(?:(?!(?:not|never|t|he|she|they|someone|somebody|glad|if)\b)[\w,]+ ){0,7}?"
_I_EN = (r"(?:\b(?:i ll|i will|i m gonna|i m going to|im gonna|im going to|i am going to|ima|imma|i d|we ll|we will|"
         r"we re gonna|we re going to|i swear i ll)\b|^gonna\b|(?<=[.!?,] )gonna\b) " + _GAP_EN)
_I_ING_EN = r"\b(?:i m|im|i am) (?:so |really |literally |actually |just )?"  # "next time … im stabbing u"
_YOU_EN = r"(?:you|u|ya|him|her|them|every one of you|everyone|all of you)"
_GAP_FR = r"(?:(?!(?:il|elle|ils|elles|tu|qu|que|quand|si|ne|n|pas|jamais|plus)\b)[\w,]+ ){0,6}?"
_I_FR = r"\b(?:je|j|m as|ma|on|jvais|jvai)\b " + _GAP_FR
_HARM_EN = (r"(?:stab|shoot|slit|strangle|choke|kill|gut|knife|hurt)", r"(?:stabbing|shooting|strangling|"
            r"choking|killing|knifing|hurting)")
_BEAT_EN = r"(?:beat|bash|smash|punch|kick|break)", r"(?:beating|bashing|smashing|punching|kicking|breaking)"
_BODY_EN = (r"(?:(?:you|u|him|her|them) (?:up|unconscious|senseless|to death|half to death|black and blue|bloody)|"
            r"(?:both |all |every |each )?(?:of )?(?:your|ur|his|her|their) (?:\w+ )?(?:legs?|arms?|neck|jaw|nose|"
            r"face|teeth|skull|head|fingers|bones?|hands?|knees?|ribs)|every bone)\b")
_NOT_A_MESSAGE = r"(?! (?:a|an|some|the|my) (?:message|dm|text|email|pm|line|photo|pic|link|invite))"

MATCHER = FacetMatcher({
    # Bodily harm the writer means to do to someone.
    "harm": [
        _I_EN + _HARM_EN[0] + rf" {_YOU_EN}\b" + _NOT_A_MESSAGE,
        _I_ING_EN + _HARM_EN[1] + rf" {_YOU_EN}\b" + _NOT_A_MESSAGE,
        _I_EN + _BEAT_EN[0] + " " + _BODY_EN, _I_ING_EN + _BEAT_EN[1] + " " + _BODY_EN,
        _I_ING_EN + r"putting (?:you|u|him|her|them) (?:in|into) (?:the |a )?(?:hospital|ground|grave|wheelchair|"
        r"coma)\b",
        _I_EN + r"put (?:you|u|him|her|them) (?:in|into|six feet) (?:the |a )?(?:hospital|ground|grave|wheelchair|coma|"
        r"under|icu)\b",
        _I_EN + r"burn (?:(?:your|ur|his|her|their) \w+ (?:down|with (?:you|u|him|her|them))|(?:you|u) alive)\b",
        # Arson of someone's home, shop or car ("je vais cramer ton resto cette nuit", "i'll burn your house").
        _I_EN + r"(?:burn|torch|firebomb) (?:down )?(?:your|ur) (?:house|home|shop|store|car|restaurant|place|business|"
        r"flat)\b",
        _I_FR + r"(?:cramer|bruler|incendier|mettre le feu a|foutre le feu a) (?:ton|ta|tes|votre|vos) (?:resto|"
        r"restaurant|maison|voiture|bagnole|boutique|magasin|appart|commerce|bar|garage|depanneur|chalet)\b",
        # Shots at people: a person, a crowd ("samedi je tire sur le maire", "je vais tirer dans le tas").
        r"\b(?:je|j|on)\b (?:\w+ ){0,3}?(?:tire|tirer|tirerai|tirera) (?:sur (?:tout le monde|la foule|les gens|"
        r"(?:le|la|mon|ma) (?:maire|prof|chef|patron|patronne|directeur|directrice|voisin|voisine|ex|"
        r"president))|"
        r"dans le tas)\b",
        r"\b(?:shoot|shooting|stab|stabbing) (?:up )?(?:the (?:whole )?(?:school|office|class|crowd)|"
        r"everyone (?:at|in))\b",
        # "You're a dead man" is a death announced ("t'es un homme mort"); "you're dead meat" is Uno.
        r"\b(?:you re|ur|you are|u r) a dead (?:man|woman)\b|\b(?:t es|tu es) (?:un homme mort|une femme morte)\b",
        # A fire set to someone's home or shop with them inside ("j'vais crisser le feu à ton dépanneur avec toi
        # dedans", "burn your car with you in it").
        r"\b(?:feu|bruler|brule|cramer|crame)\b.{0,40}\bavec (?:toi|vous|lui|elle) (?:dedans|a l interieur)\b",
        r"\b(?:burn|fire|torch)\w*\b.{0,40}\bwith (?:you|u|him|her|them) (?:in it|inside|in there)\b",
        # "te"/"vous" are always a person; "le"/"la"/"les" are also articles ("j'ai arrosé la plante", "la frappe de
        # Mbappé"), so with them only an infinitive that can only be violence.
        _I_FR + r"(?:te|t|vous) (?:tuer|tue|bute|buter|planter|plante|egorger|egorge|poignarder|poignarde|"
        r"descendre|descends|flinguer|flingue|crever|creve|massacrer|massacre|etrangler|etrangle|"
        r"frapper|frappe|tabasser|tabasse|defoncer|defonce|demonter|demonte|crisser une volee|mettre en sang|"
        r"bruler vif|bruler vive)\b",
        _I_FR + r"(?:l|le|la|lui|les) (?:tuer|buter|egorger|poignarder|flinguer|massacrer|etrangler|tabasser)\b",
        _I_FR + r"(?:te|t|vous|lui) (?:casser|casse|peter|pete|eclater|eclate|briser|brise|defoncer|defonce) "
        r"(?:la gueule|la yeule|la face|la tete|les (?:deux )?(?:jambes|bras|genoux|dents|cotes|doigts)|"
        r"(?:une|un) (?:jambe|bras|genou|dent))\b",
        # Someone of the writer's life named as the one to be shot ("j'abats mon chef", "je bute le prof").
        r"\b(?:je|j)\b (?:\w+ ){0,3}?(?:descends|abats|abattre|flingue|flinguer|bute|buter) (?:mon|ma|le|la|ce|cette) "
        r"(?:chef|patron|patronne|boss|prof|voisin|voisine|ex|maire|directeur|directrice|pere|mere|frere|soeur|"
        r"collegue|femme|mari|proprio)\b",
    ],
    # A weapon brought ("with my brother's gun", "j'amène un flingue") ...
    "weapon": [
        r"\b(?:with|bring\w*|got|grab\w*) (?:a|my|the|his|her|\w+ ?s) (?:gun|glock|knife|blade|machete|rifle|shotgun|"
        r"pistol|strap)\b",
        r"\b(?:avec|amene|ramene|prends|prendre|apporte|sors) (?:le|la|mon|ma|un|une|son|sa) (?:fusil|flingue|"
        r"couteau|batte|arme|lame|machette|calibre|pistolet|gun)\b",
    ],
    # ... to someone's home, a place of people, or with the death said ("ur dead", "t'es mort").
    "target": [
        r"\b(?:your|ur) (?:house|home|place|work|school|office)\b|\b(?:ur|you re|you are|u r) dead\b|"
        r"\b(?:to|at) (?:(?:the|that|this|our) )?(?:school|office|mosque|church|synagogue|mall)\b",
        r"\b(?:chez (?:toi|vous|lui|elle)|t es mort|au (?:lycee|college|bureau|taf|boulot)|a l (?:ecole|eglise|"
        r"universite|usine)|a la (?:mairie|mosquee|synagogue|fac)|devant (?:chez|ton|ta))\b",
    ],
    # The injury named: a game or a sport does not lower it ("show up at the game and I'll beat you unconscious"),
    # while "i'll shoot you first" in a match stays banter.
    "injury": [
        r"\b(?:unconscious|senseless|hospital|wheelchair|coma|to death|legs|arms|bones?|teeth|skull|jaw|ribs|"
        r"blood\w*|alive)\b",
        r"\b(?:jambes?|bras|genoux|dents|cotes|en sang|vif|vive|hopital)\b",
    ],
})


# Most texts name no violence and no weapon: one cheap search of the stems every pattern above needs spares them the
# intent-and-target patterns, which are the slowest of the harm rules (scoring must stay >= 1,000 texts/s per core).
_GATE = re.compile(
    r"\b(?:stab|shoot|slit|strangl|chok|kill|gut|knif|hurt|beat|bash|smash|punch|kick|break|put|burn|torch|fire|"
    r"dead|gun|glock|blade|machete|rifle|shotgun|pistol|strap|tue|tuer|bute|plant|egorg|poignard|descend|flingu|"
    r"crev|massacr|etrangl|frapp|tabass|defonc|demont|crisser|sang|brul|cass|pet|eclat|bris|abat|cram|incend|feu|tir|"
    r"mort|fusil|couteau|batte|arme|lame|machette|calibre|pistolet)"
)


def assess(normalized: str) -> HarmFinding | None:
    if _GATE.search(normalized) is None:
        return None
    facets = MATCHER.scan(normalized)
    if "harm" in facets:
        found: tuple[str, ...] = ("harm", "injury") if "injury" in facets else ("harm",)
        return HarmFinding("threat", 0.85, found, facets.evidence("harm"))
    if "weapon" in facets and "target" in facets:
        return HarmFinding("threat", 0.85, ("weapon", "injury"), facets.evidence("weapon"))
    return None

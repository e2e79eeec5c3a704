"""Veiled, conditional and extortion threats, in French and English.

"Someone should put a bullet in…", "one day someone will stab you", "it would be a shame if something
happened to your kids", "we have your pictures, pay up": no first-person "I will kill you", so the lexicon's
explicit-threat rules miss them.
"""

from __future__ import annotations

from trustdesk.triage.rules import FacetMatcher, HarmFinding

_VIOLENCE_EN = (r"(?:bullet|knife|brick|acid|shoot|shot|stab|stabbed|kill|bleed|burn|burned|fire|body bag|ditch|"
                r"ambulance|bones?|hunt|beat|lesson|disappear\w*)")
_VIOLENCE_FR = (r"(?:balles?|couteau|pave|acide|tirer|bute|buter|planter|poignarder|tuer|saigner|brule|brulent|"
                r"feu|sac mortuaire|fosse|ambulance|os|traquer|lecon|disparu)")
MATCHER = FacetMatcher({
    "veiled": [
        rf"\bsomeone (?:should|needs to|will|is going to|ought to)\b.{{0,30}}\b{_VIOLENCE_EN}",
        rf"\bsomebody (?:should|needs to|will)\b.{{0,30}}\b{_VIOLENCE_EN}", rf"\bshould be {_VIOLENCE_EN}",
        rf"\b(?:they ll|they will|you ll|you will) (?:find you|go home|be)\b.{{0,25}}\b{_VIOLENCE_EN}",
        rf"\bquelqu un (?:devrait|va|doit)\b.{{0,30}}\b{_VIOLENCE_FR}",
        rf"\bfaudrait que quelqu un\b.{{0,20}}\b{_VIOLENCE_FR}", rf"\bmerites? (?:une|un) {_VIOLENCE_FR}",
        r"\b(?:on te|ils te) (?:retrouvera|retrouveront)\b", r"\btu (?:rentres|repartiras) (?:en|pas)\b",
        r"\baccidents? (?:happen|ca arrive)\b", r"\bsleep with one eye open\b", r"\bdors avec un oeil ouvert\b",
        r"\bpeople have disappeared\b", r"\bdes gens ont disparu\b", r"\bnext time you ll be\b",
        r"\bla prochaine fois ce sera\b",
    ],
    "conditional": [
        r"\b(?:would be a (?:shame|pity)|would be sad) if\b",
        r"\bif i were you\b",
        r"\bif you (?:show up|come|testify)\b",
        r"\bor (?:your|the|we|everyone)\b.{0,30}\b(?:kids|family|safe|house|come|see|sees)\b",
        r"\bsee what happens\b", r"\bfind out what happens\b", r"\bbetter not\b", r"\bwon t be so brave\b",
        r"\bfor now\b$", r"\bwe re watching you\b", r"\bi know (?:which|where|people)\b",
        r"\b(?:ce serait|serait) (?:dommage|triste) qu\b",
        r"\ba ta place\b",
        r"\bsi tu (?:te pointes|viens|temoignes)\b",
        r"\bou (?:tes|ta|on vient|la video)\b", r"\btu (?:vas|verras) (?:voir )?ce qui\b", r"\bferait mieux de\b",
        r"\bpour l instant\b$", r"\bon te surveille\b", r"\bje sais (?:dans quelle|ou)\b", r"\bt es mort\b",
        r"\byou re dead\b", r"\bj ai des contacts\b", r"\bregarder sous sa voiture\b", r"\bcheck under the car\b",
        # Round 11: the same shame said other ways ("be a real shame if", "would hate for anything to happen",
        # "ça serait bête qu'il prenne feu", Québec "ça serait plate qu'"), and the family made to regret it.
        r"\b(?:be a real shame if|would hate for (?:anything|something) to happen)\b",
        r"\b(?:ce serait|ca serait|serait) (?:bete|plate|dommage|triste) qu(?: il| elle| y| on)? (?:lui |te )?"
        r"(?:arrive|prenne feu|brule|ait de la visite|reste plus rien|reste pu rien)",
        r"\b(?:or|else|otherwise|sinon)\b.{0,20}\b(?:family|fam|famille)\b.{0,20}\bregret",
    ],
    "extortion": [
        r"\b(?:we|i) have your (?:pictures|photos|nudes|video)\b", r"\bpay (?:up|me)\b", r"\byour nudes\b",
        r"\b(?:or|else) the (?:video|photos)\b", r"\bthe (?:video|photos) (?:goes?|go) (?:online|public)\b",
        r"\btransfer \d+\b.{0,40}\bor\b", r"\bhave \d+ ?h(?:ours)? to pay\b", r"\buntil .{0,20} to pay\b",
        r"\bon a tes (?:photos|nudes|videos)\b", r"\b(?:paie|payez|vire)\b.{0,40}\b(?:ou|sinon)\b", r"\btes nudes\b",
        r"\b(?:la video|les photos) (?:part|partent|sortent)\b", r"\bjusqu a .{0,20} pour payer\b",
    ],
})


# Round 11: a danger left vague, said to someone whose routine, way home or family the writer knows ("t'as l'air
# d'aimer ton footing du mardi soir … c'est mal éclairé", "surveille ta fille quand elle rentre du collège, on sait
# jamais ce qui peut arriver"). A named hazard is kindness ("be careful, the roads are icy"), the routine alone small
# talk ("your Tuesday run"); a vague danger beside it says "I know where you will be".
_WARNED = FacetMatcher({
    # A danger left vague: kindness names the hazard ("be careful, the roads are icy"), a threat does not.
    "warned": [
        r"\b(?:you never know what (?:could|might|can) happen|anything (?:can|could) happen|watch (?:your|ur) back|"
        r"before we (?:come|pay (?:him|her|you) a visit))\b",
        r"\b(?:on sait jamais(?: ce qui (?:peut|pourrait) arriver)?|c est mal eclaire|il peut arriver n importe quoi|"
        r"surveille tes arrieres|avant qu on (?:vienne|passe) (?:lui|te|le|la))\b",
    ],
    "life known": [
        r"\b(?:your|ur) (?:little |baby |kid |younger )?(?:brother|sister|daughter|son|kids|mum|mom|mother|wife)\b|"
        r"\b(?:your|ur) (?:\w+ )?(?:run|jog|walk|route|shift|commute) (?:on|every|each|at)\b|"
        r"\bwhen (?:you|u|he|she) (?:get|gets|come|comes|walk|walks) home\b|\bon (?:your|ur) way home\b|"
        r"\b(?:i|we) know (?:your|ur) (?:routine|schedule)\b",
        r"\b(?:ton|ta|tes) (?:petit |petite )?(?:frere|soeur|sœur|fille|fils|gosses|enfants|mere|femme)\b|"
        r"\b(?:ton|ta) (?:\w+ )?(?:footing|jogging|balade|trajet|chalet|resto|scooter) (?:du|de|le|chaque)\b|"
        r"\bquand (?:tu|il|elle) (?:rentres?|sors|sort|rentre) (?:tard|du|de|le soir|la nuit)\b|"
        r"\bquand tu vas sortir\b|"
        r"\ble soir\b.{0,40}\b(?:fais|faites) (?:attention|gaffe)\b",
    ],
})


# Round 13: three more ways a threat is left unsaid (v17-v22). "We'll see how long your shop stays open", "on verra si
# tes jambes marchent encore": what the person has is given a time limit. "People who talk to the police tend to have
# accidents", "les balances finissent toujours mal": a fate told of people like them, to them. "Funny how your car is
# always parked in the same spot", "il paraît que tu rentres seule le jeudi. Intéressant.": their life known, said with
# a knowing aside. Each half alone is ordinary ("we'll see if it rains", a road-safety post, "see you soon").
_POINTED = FacetMatcher({
    "time limit": [
        r"\b(?:we ll|we will|let s|you ll|gonna) see (?:how long (?:your|ur)|how safe (?:you|u)|"
        r"if (?:your|ur|you re still|you still))\b|\b(?:keep|carry on) \w+ing\b.{0,60}\band (?:we ll|we will|let s|"
        r"you ll) see\b",
        r"\b(?:on verra|on va voir|tu vas voir) (?:combien de temps (?:ta|ton|tes|ce|cette)|si (?:tes|ta|ton|t es|"
        r"tu vas toujours|tu seras toujours)|que (?:ton|ta|tes) \w+ (?:est|sont))\b",
    ],
    "fate": [
        r"\b(?:people|those|guys|ppl|snitches|anyone) (?:who|that) \w+.{0,50}\b(?:tend to|usually|always|often|"
        r"sometimes|end up) (?:have|having|get|getting|learn|end|find)\b|\bfunny how things (?:tend to )?happen to\b|"
        r"\bremember what happened to\b",
        r"\b(?:les gens|ceux|celles) qui\b.{0,60}\b(?:finissent|finit) (?:souvent |toujours |par )?(?:mal|par avoir "
        r"des (?:soucis|problemes|ennuis))|\b(?:les balances|les bavards|les cafteurs) finissent\b|"
        r"\bje reponds plus de rien\b",
    ],
    "addressed": [r"\b(?:you|u|your|ur|yourself)\b", r"\b(?:tu|toi|ton|ta|tes|vous|votre|vos|t es|t as)\b"],
    # Said knowingly: an aside that the words were chosen ("just saying", "not a threat", "intéressant").
    "pointed": [
        r"\b(?:just saying|not a threat|think about (?:that|it)|nothing more to say|keep going|see (?:u|you) soon|"
        r"you ll see|"
        r"sleep tight|not the forgiving type|hope the locks are good|interesting)\b",
        r"\b(?:juste pour info|juste comme ca|c est pas une menace|on se comprend|interessant|pour l instant|moi oui|"
        r"tu vas voir|"
        r"a bientot|bonne soiree)\b",
    ],
    # The person's life known: where they park, live or go, when they come home, whom they love.
    "life known": [
        r"\b(?:i|we) know (?:exactly )?where (?:you|u) (?:park|live|work|sleep|go)\b|\b(?:your|ur) car is (?:always )?"
        r"parked\b|\b(?:i ve got|i have|i got|we have) (?:your|ur) (?:address|number|plate)\b|"
        r"\bfind (?:your|ur) address\b|\bwhere we (?:moved|live now)\b|\b(?:you|u) (?:leave|finish) work at\b",
        r"\b(?:tu (?:sors|rentres?) (?:seule?|du taf|du boulot|a \d+h?)|"
        r"(?:j ai|on a) (?:ton|ta) (?:adresse|rue|numero)|"
        r"(?:connaissent|connait|connais) (?:ta|ton) (?:rue|quartier|adresse)|des (?:potes|amis|gars) dans ton "
        r"quartier|croise ta (?:mere|femme|fille|soeur)|la rue de ta (?:mere|soeur|copine)|ou tu (?:gares|te gares|"
        r"habites|dors))\b",
    ],
})


def _unsaid(normalized: str) -> HarmFinding | None:
    facets = _POINTED.scan(normalized)
    if "time limit" in facets:
        return HarmFinding("threat", 0.7, ("veiled",), facets.evidence("time limit"))
    if "fate" in facets and facets.any("pointed", "addressed"):
        return HarmFinding("threat", 0.7, ("veiled",), facets.evidence("fate"))
    if "life known" in facets and "pointed" in facets:
        return HarmFinding("threat", 0.7, ("veiled",), facets.evidence("life known"))
    return None


def assess(normalized: str) -> HarmFinding | None:
    facets = MATCHER.scan(normalized)
    warned = _WARNED.scan(normalized)
    if "warned" in warned and "life known" in warned:
        return HarmFinding("threat", 0.7, ("veiled",), warned.evidence("warned"))
    found = tuple(f for f in ("veiled", "conditional", "extortion") if f in facets)
    if not found:
        return _unsaid(normalized)
    strength = 0.7 if len(found) == 1 else 0.85
    if "extortion" in facets:
        strength = max(strength, 0.8)
    return HarmFinding("threat", strength, found, facets.evidence(*found))

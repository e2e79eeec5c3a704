"""Dehumanising hate: a group of people named together with vermin, disease or exclusion, in French and English.

No swear word is needed: "refugees are rats", "ces gens-là c'est de la vermine", "should not be allowed to
speak". A group alone or a dehumanising word alone is ordinary speech (rats in the basement, a history lesson).
"""

from __future__ import annotations

from trustdesk.triage.rules import FacetMatcher, HarmFinding

MATCHER = FacetMatcher({
    "group": [
        r"\b(?:immigrants?|migrants?|refugees?|muslims?|jews?|gays?|homosexuals?|trans people|black people|blacks|"
        r"gypsies|roma|arabs?|women|asians?|asian people|mexicans|africans|invaders|those people|these people|"
        r"foreigners|(?:some|certain|other) races(?! of (?:dogs?|cats?|horses|cattle)))\b",
        r"\b(?:immigres|migrants|refugies|musulmans|juifs|homos?|homosexuels?|homosexualite|trans|noirs|roms|"
        r"arabes|femmes|maghrebins|africains|gitans|asiatiques|envahisseurs|ces gens la|etrangers|"
        r"(?:des|les|certaines|autres) races"
        r"(?! d animaux| de (?:chiens?|chats?|chevaux|vaches|poules|moutons|lapins)))\b",
    ],
    "dehumanising": [
        r"\b(?:vermin|rats?|parasites?|cockroach(?:es)?|animals|disease|plague|subhuman|sub human|filth|savages|"
        r"cancer|lice|maggots|infestation|swarm|apes|freaks|sickness|trash)\b",
        r"\b(?:vermine|rats?|parasites?|cafards?|animaux|betes|maladie|plaie|fleau|sous hommes?|racaille|sauvages|"
        r"cancer|poux|cloportes|infestation|nuee|singes|malades mentaux)\b",
    ],
    "exclusion": [
        r"\b(?:should not|shouldn t|must not) (?:be allowed|exist|have)\b", r"\bnot be allowed to\b",
        r"\b(?:get rid of|exterminate|cleanse|deport(?:ed)?|sterili[sz]ed?|lock them (?:all )?up|send \w+ back|"
        r"keep them out|burn the camps|stop them|be removed|must be removed|treat them like)\b",
        r"\b(?:inferior|don t deserve|have no place|only good one|thieves by blood|closer to apes)\b",
        # Inferiority said politely: "less intelligent", "violent by nature".
        r"\b(?:less (?:intelligent|civili[sz]ed|evolved|capable|human)|(?:naturally|genetically|by nature) "
        r"(?:violent|criminal|inferior|stupid|lazy))\b",
        r"\b(?:moins (?:intelligente?s?|civilisee?s?|evoluee?s?|capables?|humaine?s?)|"
        r"(?:naturellement|genetiquement|par nature) "
        r"(?:violente?s?|criminel(?:le)?s?|inferieure?s?|betes|paresseu\w*))\b",
        r"\b(?:devraient pas|devrait pas|doivent pas) (?:avoir le droit|exister)\b",
        r"\b(?:se debarrasser|exterminer|purifier|expulser|steriliser|enfermez les|renvoyez|gardez les dehors|"
        r"brulez|les arreter|les eliminer|les parquer|traiter comme|les virer)\b",
        r"\b(?:inferieurs|meritent aucun droit|rien a faire dans ce pays|voleurs de naissance|"
        r"plus proches des singes)\b",
    ],
    "breeding": [r"\b(?:breed|breeding|spread like|take over)\b", r"\b(?:se reproduisent|proliferent|envahissent)\b"],
})


def assess(normalized: str) -> HarmFinding | None:
    facets = MATCHER.scan(normalized)
    if "group" not in facets:
        return None
    found = tuple(f for f in ("dehumanising", "exclusion", "breeding") if f in facets)
    if not found:
        return None
    strength = 0.75 if len(found) == 1 else 0.9
    return HarmFinding("hate", strength, found, f"{facets.evidence('group')} … "
                       f"{facets.evidence('dehumanising', 'exclusion', 'breeding')}")

"""Dehumanising hate: a group of people named together with vermin, disease or exclusion, in French and English.

No swear word is needed: "refugees are rats", "ces gens-là c'est de la vermine", "should not be allowed to
speak". A group alone or a dehumanising word alone is ordinary speech (rats in the basement, a history lesson).
"""

from __future__ import annotations

from trustdesk.triage.rules import FacetMatcher, HarmFinding

MATCHER = FacetMatcher({
    "group": [
        r"\b(?:immigrants?|migrants?|refugees?|muslims?|jews?|gays?|homosexuals?|trans people|black people|blacks|"
        r"gypsies|roma|arabs?|women|asians?(?! hornets?| carp| beetles?)|"
        r"asian people|mexicans|africans|invaders|those people|these people|"
        r"foreigners|(?:some|certain|other) races(?! of (?:dogs?|cats?|horses|cattle)))\b",
        # Round 13: the groups v17-v22 named that the list lacked (disability, travellers, the groups of dating and
        # housing ads, slang in gaming chats).
        r"\b(?:disabled (?:people|ppl|folk|kids)|the disabled|handicapped people|retards|gypsy|travellers|pikeys|"
        r"chinese(?: people| ppl)?|indians|pakistanis|pakis|(?:muslim|black|jewish|asian|african|arab|gay|indian) "
        r"(?:families|people|ppl|applicants|tenants|guys|couples|neighbourhoods)|black ppl|girls in (?:ranked|"
        r"the lobby|this server)|blacks?|muslim|islam|"
        r"immigration|refugee|migrant)\b",
        r"\b(?:handicapes|les handicapes|trisomiques|autistes|gens du voyage|rebeus?|renois|beurs|bougnoules?|"
        r"musulmanes?|juif|juive|juives|chinois|autochtones|pd|pedes|meufs?|une meuf|les meufs|"
        r"familles (?:musulmanes|noires|arabes|africaines|juives|roms)|negres|youpins|"
        r"(?:cette|ces) ethnies?(?: la)?|ceux de cette (?:ethnie|race|tribu|communaute)|musulman|migrant|"
        r"refugie|clandestins|l islam|venus d afrique)\b",
        r"\b(?:immigres|migrants|refugies|musulmans|juifs|homos?|homosexuels?|homosexualite|trans|noirs|roms|"
        r"arabes|femmes|maghrebins|africains|gitans|"
        r"(?<!frelons )(?<!moustiques )asiatiques|envahisseurs|ces gens la|etrangers|"
        r"(?:des|les|certaines|autres) races"
        r"(?! d animaux| de (?:chiens?|chats?|chevaux|vaches|poules|moutons|lapins)))\b",
    ],
    "dehumanising": [
        r"\b(?:vermin|rats?|parasites?|cockroach(?:es)?|animals|disease|plague|subhuman|sub human|filth|savages|"
        r"cancer|lice|maggots|infestation|swarm|apes|freaks|sickness|trash)\b",
        r"\b(?:vermine|rats?|parasites?|cafards?|animaux|betes|maladie|plaie|fleau|sous hommes?|racaille|sauvages|"
        r"engeance|serpents|tumeurs?|gangrene\w*|"
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
    # Round 13: a whole group given one vice ("gypsies are all thieves", "les roms sont tous des voleurs"), one hidden
    # power ("jews run the banks and the media"), or made a cost ("a drain on the system", "coûtent une blinde à la
    # sécu"). A vice said of one person or of a team ("the refs are all thieves tonight") names no group.
    "generalised": [
        r"\b(?:are|r|is) all (?:thieves|criminals|terrorists|rapists|liars|scammers|dirty|animals|scum|violent|lazy|"
        r"the same|dangerous|bombs?)\b|\b(?:every|each) (?:single )?\w+ (?:on|in) this \w+ is a\b",
        r"\b(?:run|control|own|rule) (?:the |all the )?(?:banks|media|world|government|hollywood)\b|"
        r"\bticking (?:time )?bombs?\b|\bspread(?:ing)? (?:their )?diseases?\b",
        r"\b(?:a drain on|drain on (?:the|our)|waste of (?:oxygen|space|tax money|our taxes)|kept alive on|"
        r"keeping them alive|on our taxes|live off our taxes)\b",
        r"\b(?:sont|c est|ce sont) (?:tous|toutes) des (?:voleu\w+|criminel\w*|terroristes|violeurs|menteu\w+|"
        r"arnaqueu\w+|sales|faineant\w*|parasites|bombes|delinquants|serpents)\b",
        r"\b(?:tiennent|controlent|dirigent|possedent) (?:les banques|les medias|tout|le monde|la finance)\b",
        r"\b(?:coutent|coute|coutent une fortune|coutent trop|un gouffre) (?:\w+ ){0,4}?a (?:la societe|la secu|"
        r"l etat|la collectivite|tout le monde)\b|\b(?:les maintenir|les garder) en vie\b|\bvivent (?:toutes? )?"
        r"sur nos (?:taxes|impots)\b",
    ],
    # Round 13: a group shut out of a home, a date, a job or a game: housing and dating ads ("no muslims", "pas de
    # rebeus ni de renois", "swipe left if ur black"), hiring, women sent back to the kitchen from a match. A
    # landlord's ordinary ad shuts out pets and smokers, not people.
    "shut out": [
        r"\bno (?:muslims?|blacks?|black people|indians|pakistanis|arabs|asians|gays|jews|africans|immigrants|"
        r"foreigners|gypsies|travellers|chinese|women|girls)\b|\bswipe left if (?:ur|you re|you are|u r) "
        r"(?:black|asian|indian|muslim|trans|gay|arab|fat)\b|\bnever rent to\b|\bstop (?:letting|hiring|renting "
        r"to)\b|\bnot hiring\b|\b(?:don t|doesn t|dont|do not) belong (?:in|on)\b(?! the kitchen)|"
        r"\b(?:back to|get back in|go back to) the kitchen\b|\bgo make (?:me )?a sandwich\b|"
        r"\bkick the (?:girl|woman)\b",
        r"\bpas (?:de|d) (?:musulmans|noirs|rebeus|renois|arabes|africains|juifs|roms|chinois|asiatiques|gitans|"
        r"etrangers|maghrebins|indiens|pakistanais|homos|gays|trans)\b|\bne plus louer aux\b|\barreter "
        r"d embaucher\b|\bn ont rien a (?:faire|foutre) (?:en|dans|a)\b|\b(?:retourne|retournez|retourner) "
        r"(?:faire la vaisselle|a (?:ta|la|leur) cuisine|a la cuisine)\b|\bleur place c est a la cuisine\b|"
        r"\bvirez la meuf\b|\bune meuf en ranked\b",
    ],
    # A claim named to be refuted ("a study debunks the claim that migrants are a drain", "le mythe selon lequel").
    "refuted": [r"\b(?:debunk\w*|the myth that|the claim that|the lie that|le mythe|l idee recue|la rumeur selon)\b"],
    # Round 13: a group to be driven out or not born ("il faut les chasser de nos quartiers", "on devrait plus les
    # laisser naître", "should have been screened out before birth"), or said to replace "us".
    "driven out": [
        r"\b(?:screened out|never (?:been|be) born|shouldn t (?:be|have been) born|replace us|great replacement)\b",
        r"\b(?:les chasser|faut les virer|(?:plus|pas) les laisser naitre|qu ils retournent (?:au|dans|chez)|"
        r"nous remplacer|grand remplacement)\b",
    ],
    # ... or its only good member a gone or a dead one ("the only good refugee is one that drowned", "un bon musulman
    # c'est un musulman qui est reparti"), a country to be cleaned of it, a flaw in its genes.
    "eliminationist": [
        r"\b(?:the )?only good \w+ (?:is|are) (?:one|the ones?|a dead)\b|\bclean (?:it|them|this country) out\b|"
        r"\bin their (?:genes|dna|blood)\b",
        r"\b(?:le seul bon|la seule bonne|un bon|une bonne) \w+,? c est (?:celui|celle|un \w+|une \w+) qui\b|"
        r"\bnettoyer (?:la france|le pays|nos rues|nos quartiers) de\b|\b(?:tous|toutes) les degager\b|"
        r"\bqu ils (?:rentrent|repartent) chez eux\b|\bremigration\b|\bdans leurs genes\b",
    ],
    "breeding": [r"\b(?:breed|breeding|spread like|take over)\b", r"\b(?:se reproduisent|proliferent|envahissent)\b"],
})


# Round 13: a woman sent back to the kitchen or to silence names her group in the same words ("une femme c'est fait
# pour la cuisine et pour se taire", "women are basically livestock"); "ma femme fait la vaisselle" sends no one.
_WOMEN_SENT_BACK = FacetMatcher({"sent back": [
    r"\b(?:a woman|women|girls?)\b.{0,80}\b(?:back to (?:the|her|their|ur|your) kitchen|go make (?:me )?a sandwich|"
    r"(?<!don t )(?<!doesn t )(?<!dont )belongs? in the kitchen|place is in the (?:home|kitchen)|"
    r"basically livestock)\b",
    r"\b(?:une femme|les femmes|une meuf|les meufs|une fille|les filles)\b.{0,80}\b(?:retourn\w* (?:a |faire )?"
    r"(?:sa |ta |leur |la )?(?:cuisine|vaisselle)|(?:fait|faite|faites) pour la cuisine|place (?:c )?est a la "
    r"(?:maison|cuisine)|(?:et|a) se taire)\b",
]})


def assess(normalized: str) -> HarmFinding | None:
    if "sent back" in (women := _WOMEN_SENT_BACK.scan(normalized)):
        return HarmFinding("hate", 0.75, ("shut out",), women.evidence("sent back"))
    facets = MATCHER.scan(normalized)
    if "group" not in facets or "refuted" in facets:
        return None
    found = tuple(f for f in ("dehumanising", "exclusion", "breeding", "generalised", "shut out", "driven out",
                              "eliminationist") if f in facets)
    if not found:
        return None
    strength = 0.75 if len(found) == 1 else 0.9
    return HarmFinding("hate", strength, found, f"{facets.evidence('group')} … "
                       f"{facets.evidence(*found)}")

"""Self-harm: the writer at risk. Ideation, intent, means, time and farewell, in French and English.

Intent is ideation together with means, a time or a farewell ("I'm ending it tonight, I already have the
pills"). Negation ("I'm not going to kill myself") and someone seeking help for another person ("how do I help
a friend who talks about suicide") lower it: those are reports a desk should read, not emergencies.
"""

from __future__ import annotations

from trustdesk.triage.rules import FacetMatcher, HarmFinding

_I = r"(?:i|im|i m|ill|i ll|ima|imma|gonna|je|j|jvais|jveux|me|moi)"
MATCHER = FacetMatcher({
    "ideation": [
        r"\b(?:kill|killing|hang|hanging|hurt|cut|cutting) myself\b",
        r"\bsuicid\w*",
        r"\bend(?:ing)? (?:it|my life|it all|things)\b",
        r"\b(?:want|wanna|going|gonna|ready) (?:to )?die\b",
        r"\bwant to disappear\b",
        r"\bnot (?:be|gonna be) (?:alive|here)\b",
        r"\bwon t (?:be here|see)\b", r"\bjump (?:off|from)\b", r"\boverdos\w*", r"\bslit my wrists?\b",
        r"\b(?:step|jump) in front of\b", r"\bi m done\b.*\bbye\b", r"\bnot coming back\b", r"\bwanna die\b",
        r"\bmy (?:goodbye|suicide) (?:note|letter)s?\b", r"\btake them all\b", r"\btaking all of them\b",
        r"\bswallowed\b",
        r"\b(?:me|m) (?:tuer|tue|suicider?|suicide|pendre|pends|fous en l air|foutre en l air|jeter? sous|"
        r"jette sous|ouvrir les veines|scarifie\w*)\b",
        r"\ben finir\b", r"\bj en finis\b", r"\bmettre fin a (?:ma vie|mes jours)\b", r"\bmets fin a mes jours\b",
        r"\bveux (?:plus vivre|mourir|disparaitre)\b", r"\benvie de (?:crever|mourir)\b", r"\bplus en vie\b",
        r"\breviendrai pas\b", r"\bsauter du\b", r"\bje saute\b", r"\bje prends tout\b", r"\bc est fini pour moi\b",
        r"\bj ai avale\b", r"\bplus me reveiller\b", r"\bovers?dose\b",
    ],
    "means": [
        r"\b(?:pills?|tablets?|meds|paracetamol|sleeping pills|rope|gun|revolver|pistol|razor|blades?|bridge|roof|"
        r"cliffs?|train)\b",
        r"\b(?:cachets?|comprimes?|medocs?|medicaments?|doliprane|somniferes?|corde|fusil|pistolet|lames?|pont|"
        r"toit|falaises?)\b",
        r"\b(?:knife|noose|overpass|tracks|poison|engine running|floor|balcony|lake|river|antidepressants|oxys?|"
        r"insulin|bleach|hospital)\b",
        r"\b(?:couteau|noeud|voies? ferrees?|rails|poison|mort aux rats|moteur|etage|balcon|lac|riviere|seine|"
        r"antidepresseurs|insuline|javel|hopital|sang)\b",
    ],
    "time": [
        r"\b(?:tonight|tomorrow|this weekend|today|at midnight|in an hour|before sunday|saturday|friday|later|"
        r"when my parents leave|after work)\b",
        r"\b(?:ce soir|demain|ce week end|aujourd hui|cette nuit|dans une heure|avant dimanche|samedi|vendredi|"
        r"apres le taf|quand mes parents)\b",
        r"\b(?:monday|tuesday|wednesday|thursday|sunday|this evening|after (?:dinner|school|class)|before (?:dawn|"
        r"morning)|"
        r"\d{1,2} ?(?:am|pm)|right now|soon)\b",
        r"\b(?:lundi|mardi|mercredi|jeudi|dimanche|apres (?:le diner|les cours|l ecole)|avant (?:l aube|le matin)|"
        r"\d{1,2} ?h\d{0,2}|maintenant|bientot|tout de suite)\b",
    ],
    "farewell": [
        r"\b(?:goodbye|last post|bye everyone|my note|goodbye letters?|sorry mom|won t be here|it s decided|"
        r"i ve decided|nobody will miss me)\b",
        r"\b(?:adieu|dernier message|lettres? d adieu|ma lettre|pardon maman|c est decide|personne (?:va|"
        r"ne va) me regretter|tout est prepare|j ai tout prepare)\b",
        r"\b(?:final message|by the time you read|if you re reading this|thank (?:u|you) for everything|i love you all|"
        r"let me go|better off without me|last time|deleted (?:all )?my accounts)\b",
        r"\b(?:quand vous lirez|si vous lisez|merci pour tout|je vous aime|laissez moi partir|mieux sans moi|"
        r"derniere fois|supprime tous mes comptes)\b",
    ],
    "negation": [
        r"\b(?:not|never|n t|wont|won t) (?:going to |gonna )?(?:kill myself|suicidal|hurt myself|end it)\b",
        r"\bi m not suicidal\b", r"\b(?:pas|jamais) (?:me suicider|suicidaire|me tuer)\b", r"\bsuis pas suicidaire\b",
        r"\b(?:don t|do not|dont|never) (?:want|wanna) (?:to )?(?:die|kill myself|end it)\b",
        r"\b(?:veux|voudrais) (?:pas|jamais) (?:mourir|me tuer|en finir)\b",
        r"\b(?:will|gonna|going to) kill me (?:if|when)\b", r"\bva me tuer (?:si|quand)\b",
    ],
    "medical": [
        r"\b(?:flu|cold|headache|migraine|allergy|allergies|fever|prescription|prescribed|doctor said|antibiotics|"
        r"go(?:ing)? to bed|early night)\b",
        r"\b(?:grippe|rhume|mal de tete|migraine|allergie|fievre|ordonnance|prescrit|le medecin|antibiotiques|"
        r"me couche|au lit)\b",
    ],
    "support": [
        r"\b(?:how (?:do|can) i (?:help|support)|hotline|crisis line|prevention|my (?:friend|brother|sister|son|"
        r"daughter) (?:who|said|says|talks))\b",
        r"\b(?:comment (?:aider|soutenir)|numero (?:d ecoute|appeler)|quel numero|prevention|ma soeur qui|"
        r"mon frere dit|un ami qui)\b",
        r"\b(?:what (?:do|should|can) i (?:say|do)|a (?:friend|coworker|colleague|student|classmate) who|"
        r"told me (?:he|she|they))\b",
        r"\b(?:que (?:dire|faire)|un (?:collegue|eleve|camarade) qui|une (?:amie|collegue|eleve) qui|m a confie)\b",
        r"\b(?:therapist|therapy|counsell?ing|helpline|psy|therapie|ecoute)\b",
    ],
})
# The first person: a plan about oneself, not a report about someone else ("my brother says he'll do it").
_FIRST_PERSON = FacetMatcher({"me": [rf"\b{_I}\b", r"\bmy\b", r"\bmyself\b", r"\bma vie\b", r"\bmes\b",
                                     r"\bwanna\b", r"\bwant to\b", r"\benvie de\b"]})
_THIRD_PERSON = FacetMatcher({"them": [r"\b(?:he|she|they|him|her|il|elle|ils|lui)\b"]})


def plan_facets(normalized: str) -> tuple[str, ...]:
    """Means, time and farewell found in a text that is not negated, support-seeking or about someone else.

    With the seed model's self-harm class they make intent even when the rules' ideation phrases miss the
    wording ("took every pill in the cabinet", "by the time you read this I'll have jumped").
    """
    if blocked(normalized):
        return ()
    facets = MATCHER.scan(normalized)
    return tuple(f for f in ("means", "time", "farewell") if f in facets)


def blocked(normalized: str) -> bool:
    """Negated, support-seeking, or ordinary medicine ("tonight I take my pills, the flu is awful").

    Someone else's plan is not blocked: "she wrote she's going to kill herself tonight" is as urgent as the first
    person, and reports are often written by a friend.
    """
    return MATCHER.scan(normalized).any("negation", "support", "medical")


def assess(normalized: str) -> HarmFinding | None:
    facets = MATCHER.scan(normalized)
    if "ideation" not in facets:
        # "On the roof right now. Goodbye everyone": a means and a farewell say it without the words.
        if facets.any("negation", "support", "medical") or not ("means" in facets and "farewell" in facets):
            return None
        if "me" not in _FIRST_PERSON.scan(normalized) and "everyone" not in normalized \
                and "tout le monde" not in normalized:
            return None
        return HarmFinding("self_harm_intent", 0.8, ("means", "farewell"), facets.evidence("farewell"))
    if facets.any("negation", "support", "medical"):
        return HarmFinding("self_harm", 0.25, ("support-seeking" if "support" in facets else "negated",),
                           facets.evidence("ideation"))
    extras = tuple(f for f in ("means", "time", "farewell") if f in facets)
    if extras:  # the writer's plan or someone else's: both are urgent
        return HarmFinding("self_harm_intent", min(0.8 + 0.07 * len(extras), 1.0), extras,
                           facets.evidence("ideation"))
    return HarmFinding("self_harm", 0.6, ("ideation",), facets.evidence("ideation"))

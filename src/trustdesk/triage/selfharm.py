"""Self-harm: the writer at risk. Ideation, intent, means, time and farewell, in French and English.

Intent is ideation together with means, a time or a farewell ("I'm ending it tonight, I already have the
pills"). Negation ("I'm not going to kill myself") and someone seeking help for another person ("how do I help
a friend who talks about suicide") lower it: those are reports a desk should read, not emergencies.
"""

from __future__ import annotations

import functools
import re

from trustdesk.triage import selfharm_past as past
from trustdesk.triage.rules import FacetMatcher, Facets, HarmFinding, normalize
from trustdesk.triage.selfharm_context_words import CONTEXT_FACETS
from trustdesk.triage.selfharm_plan_words import EUPHEMISMS, PLAN_FACETS, STOCKPILE
from trustdesk.triage.selfharm_writer import in_first_person, names_the_writer

MATCHER = FacetMatcher({**PLAN_FACETS, **CONTEXT_FACETS})
_STOCKPILE = re.compile(STOCKPILE)
_PREFERENCE = re.compile("|".join(f"(?:{p})" for p in CONTEXT_FACETS["preference"]))


@functools.lru_cache(maxsize=4096)  # asked of one text by assess and twice by blocked (directly, via plan_facets)
def looked_back(normalized: str) -> bool:
    """Self-harm behind the writer (recovery counted, a younger self, an attempt dated years ago), with no turn to a
    plan now."""
    story = past.ANNIVERSARY.search(normalized)
    if story is not None:
        rest = normalized[:story.start()] + " . " + normalized[story.end():]
        return past.AGAIN.search(normalized) is None and not MATCHER.scan(rest).any("means", "farewell", "finality")
    if past.TURN_TO_NOW.search(normalized) is not None:
        return False
    if past.BEHIND.search(normalized) is not None:
        return True
    return past.YEARS_SINCE.search(normalized) is not None and not MATCHER.scan(normalized).any("means", "farewell")


@functools.lru_cache(maxsize=4096)  # as looked_back
def someone_elses_death(normalized: str) -> bool:
    """Someone else's death by suicide, told after it, with nothing of the writer's own ideation or plan beside it."""
    if past.ANOTHERS_DEATH.search(normalized) is None or past.FOLLOWING.search(normalized) is not None:
        return False
    return not MATCHER.scan(past.ANOTHERS_DEATH.sub(" ", normalized)).any("ideation", "means", "farewell", "finality")
# Narrower than "habitual" ("again", "lately" also come with plans): a time that comes back on its own.
_RECURRING = re.compile(r"\b(?:every (?:night|day|morning|evening|week|weekend)|most (?:nights|days|mornings)|each "
                        r"(?:night|morning|day)|toutes les nuits|tous les (?:soirs|matins|jours)|chaque (?:soir|matin|"
                        r"jour|nuit))\b")
_EUPHEMISM = re.compile("|".join(f"(?:{p})" for p in EUPHEMISMS))

def writer_speaks(text: str, normalized: str) -> bool:
    """The text says something about its writer (first person), not only about others or the world."""
    # Arrangements for after (passwords left, debts paid, a pet rehomed) are the writer's own affairs.
    return names_the_writer(text, normalized) or arrangements(normalized)


_CUES = ("ideation", "euphemism", "declared", "means", "place", "farewell", "finality", "ending")
# Words of self-harm too loose to make a plan but enough to say what the text is about: the writer's absence after
# ("demain je serai plus là", "won't be around"), a pain that ends ("j'aurai plus mal du tout", "no more pain"), an
# apology for what one is about to do, an end hastened ("stopping it so it finishes faster"), a goodbye tour.
_LOOSE_CUES = re.compile(
    r"\b(?:won t|wont|will not|not gonna|not going to) be (?:around|here|alive)\b|"
    r"\b(?:serai|sera) plus (?:la|en vie)\b|"
    r"\b(?:aurai|aura) plus (?:jamais )?mal\b|\bno more (?:pain|hurting)\b|"
    r"\bwon t (?:hurt|feel) (?:anymore|any more)\b|"
    r"\b(?:sorry|forgive me) for what i m (?:about|going) to do\b|\bpardon(?:nez moi)? pour ce que je vais faire\b|"
    r"\bso (?:it|this|i) (?:finishes|ends|end|go|goes) (?:faster|sooner|quicker)\b|"
    r"\bpour (?:que (?:ca|tout) (?:aille|finisse|se termine)|en finir) plus vite\b|"
    r"\bgoodbye tour\b|\btournee d adieu\b|"
    # food refused for days ("i haven't eaten in two weeks and i won't start again", "ça fait 12 jours que je mange
    # plus rien")
    r"\b(?:haven t|havent|have not|not|didn t|hasn t) (?:eaten|eat|had (?:any )?food) (?:anything )?(?:in|for) "
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|over a) (?:days?|weeks?)\b|"
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:jours|semaines) "
    r"(?:que je mange (?:plus|rien|pas)|sans manger)\b")


def cue(normalized: str) -> bool:
    """Any word of self-harm the rules know, whether or not it makes a plan (a time alone is not one)."""
    return MATCHER.scan(normalized).any(*_CUES) or _LOOSE_CUES.search(normalized) is not None \
        or arrangements(normalized)


_ONE_BY_ONE = re.compile("|".join(f"(?:{p})" for p in PLAN_FACETS["settled one by one"]))


@functools.lru_cache(maxsize=4096)  # asked of one text by writer_speaks, cue and routine
def arrangements(normalized: str) -> bool:
    """The writer's affairs put in order for after them: passwords or codes left, a pet rehomed, or two affairs
    settled one by one ("paid off every debt, cancelled the lease"); one alone is everyday ("cancelled my Netflix")."""
    if "arrangements" in MATCHER.scan(normalized):
        return True
    return len({m.group(0) for m in _ONE_BY_ONE.finditer(normalized)}) >= 2


def plan_facets(normalized: str) -> tuple[str, ...]:
    """Means, time and farewell found in a text that is not negated, support-seeking or about someone else.

    With the seed model's self-harm class they make intent even when the rules' ideation phrases miss the
    wording ("took every pill in the cabinet", "by the time you read this I'll have jumped").
    """
    if blocked(normalized):
        return ()
    facets = MATCHER.scan(normalized)
    if ordinary(normalized):
        return ()
    # The end said outright ("friday. after my shift. then its over") is finality too.
    found = [f for f in ("means", "time", "farewell", "finality")
             if f in facets or (f == "finality" and "ending" in facets)
             or (f == "time" and "countdown" in facets and facets.any("means", "ideation"))]
    # A routine ("walking to the bridge every morning", "3am again") is when and where life happens, not a plan.
    if "habitual" in facets and not {"farewell", "finality"} & set(found):
        return ()
    if _CALLED_OFF.search(normalized) and not _GONE.search(normalized) and not {"means", "farewell", "finality"} \
            & set(found):
        return ()  # "sorry can't make it tonight": an evening called off
    if "everyday ending" in facets and not {"means", "farewell"} & set(found):
        return ()  # "handed in my badge, done there for good": a job, a habit or a flat ends, not a life
    if "life after" in facets and "means" not in found:
        return ()  # "last post, see you all in real life": a farewell with a life after it
    if "predators" in facets and not {"means", "farewell"} & set(found):
        return ()  # "coyotes took three lambs… I'll sit out by the north fence tonight"
    if "means" not in found and "place" in facets and found:
        found.insert(0, "means")
    return tuple(found)


_QUOTE = re.compile(r"[«“\"]([^«»“”\"]{8,})[»”\"]")


def quoted_plan(text: str) -> tuple[str, ...] | None:
    """The plan in the words someone at risk sent, quoted by the person reporting them and asking what to do.

    Support-seeking blocks a plan ("how do I help a friend who talks about suicide"), but not a plan the friend
    quotes word for word ("she texted me « I bought the rope, don't try to stop me », what do I do?"): that one is
    as urgent as the writer's own. Fiction, news and negation still block.
    """
    facets = MATCHER.scan(normalize(text))
    if "support" not in facets or facets.any("reported", "negation", "medical", "ordinary"):
        return None
    for quote in _QUOTE.findall(text):
        inner = normalize(quote)
        if writer_speaks(quote, inner) and (plan := plan_facets(inner)):
            return plan
    return None

# An evening called off ("sorry can't make it tonight, im knackered", "dsl je peux pas venir ce soir"): the writer
# expects to be elsewhere, not gone. It keeps a time or the model alone from making a plan, never a means or a
# farewell ("can't make it tonight. or ever. the pills are counted, goodbye").
_CALLED_OFF = re.compile(
    r"\b(?:can t|cant|cannot|won t be able to|unable to) make it (?:tonight|today|tomorrow|this (?:evening|weekend)|"
    r"to (?:the|your|dinner|drinks|practice|training|class|work))\b|"
    r"\b(?:peux|pourrai|pourrais) pas (?:venir|passer) (?:ce soir|demain|ce week end|aujourd hui|a la|au|a ton|a ta|"
    r"a votre)\b")

_GONE = re.compile(r"\b(?:won t|wont|will not|not gonna|not going to) be (?:around|here|there|alive)\b|"
                   r"\b(?:serai|sera) plus (?:la|en vie)\b|\bor ever\b|\bni jamais\b|\bever again\b")


def routine(normalized: str) -> bool:
    """A time that recurs ("walking to the bridge every morning", "3am again") or an evening called off ("can't make
    it tonight") with no farewell or finality, or an everyday ending with no means or farewell: when life happens,
    not a plan."""
    # An evening called off, unless the writer says they will not be there at all ("won't be around after tonight").
    when = _RECURRING.search(normalized) is not None or (
        _CALLED_OFF.search(normalized) is not None and _GONE.search(normalized) is None)
    facets = MATCHER.scan(normalized)
    # A job, a habit or a place that ends ("last night in this flat", "j'arrête de fumer") with no means or farewell.
    if "everyday ending" in facets and not facets.any("means", "farewell"):
        return True
    # A farewell with a meeting promised or cards replaced, and no means.
    if "life after" in facets and "means" not in facets:
        return True
    if "predators" in facets and not facets.any("means", "farewell"):
        return True
    # End-of-life wishes said at leisure with no time, means, farewell, finality or arrangements for after.
    if "wishes for after" in facets and not facets.any("means", "time", "farewell", "finality", "ending") \
            and not arrangements(normalized) and _LOOSE_CUES.search(normalized) is None:
        return True
    return when and not facets.any("farewell", "finality", "ending")


def covered(normalized: str) -> bool:
    """A cover story told to others about the plan's words ("told my wife i'm going fishing")."""
    return "cover" in MATCHER.scan(normalized)


def _explains(facets: Facets, *names: str) -> bool:
    """Whether one of these contexts explains the plan's words away. What the writer told others ("told my wife i'm
    going fishing", "mon médecin croit que je prends le lithium", "told my therapist i'm fine") is a cover, not the
    writer's day: an outing, medicine or therapy named in it explains nothing."""
    covered = "cover" in facets
    return any(name in facets for name in names if not (covered and name in ("support", "medical", "ordinary")))


_PHARMACY = re.compile(r"\b(?:at the pharmacy|from the pharmacy|at the chemist|from the chemist|a la pharmacie|"
                       r"en pharmacie)\b")


def _medicine(normalized: str, facets: Facets) -> bool:
    """Medicine as prescribed or asked about; the pharmacy where a means was bought is not the counter's advice
    ("j'ai acheté des pilules à la pharmacie pis j'vas toutes les prendre"), unless the text says more of medicine
    ("bought paracetamol at the pharmacy for my migraine")."""
    if not _explains(facets, "medical"):
        return False
    # Round 20: the dose the doctor gave is no explanation of an overdose told with a goodbye ("the doc said to take
    # two. I took the whole bottle an hour ago, goodbye").
    if "ideation" in facets and facets.any("farewell", "finality"):
        return False
    return "bought at the pharmacy" not in facets or MATCHER.scan(_PHARMACY.sub(" ", normalized)).any("medical")


def ordinary(normalized: str) -> bool:
    """Camping, moving house, a project, a job notice: words of a plan that are not about dying (unless the text
    says outright that it ends: "to see the sea one last time, then it's over")."""
    facets = MATCHER.scan(normalized)
    if "ending" in facets:
        return False
    # Affairs settled explain a time or the model alone (a life event), not a means, a farewell or finality; a
    # journey explains finality too ("billet pour Montréal acheté, je pars pour de bon"), not a means or a farewell.
    # Round 11: an outing, a party or a photo explains a time or the model alone, not a means beside a farewell or
    # the end said outright: no camping trip says "the rope's up in the shed, don't go out there" to "Danny, if you
    # see this", nor "j'ai tout prévu" after the gun left in the cupboard. A place alone stays explained: a move
    # says goodbye to its lake and its bridge ("leaving chicago for good. goodbye lake", v7).
    if _explains(facets, "ordinary") and not ("means" in facets and facets.any("farewell", "finality")):
        return True
    # ... nor arrangements for after ("Resigned, paid back what I owe, cat's with my neighbour. Nothing left to sort").
    if _explains(facets, "settling") and not facets.any("means", "place", "farewell", "finality") \
            and not arrangements(normalized):
        return True
    return _explains(facets, "journey", "another's affairs") and not facets.any("means", "place", "farewell")


def blocked(normalized: str) -> bool:
    """Negated, support-seeking, or ordinary medicine ("tonight I take my pills, the flu is awful").

    Someone else's plan is not blocked: "she wrote she's going to kill herself tonight" is as urgent as the first
    person, and reports are often written by a friend.
    """
    facets = MATCHER.scan(normalized)
    # Going to bed is ordinary medicine ("took my pills, going to bed"), unless it is for the last time.
    if _explains(facets, "negation", "support", "reported") or looked_back(normalized) \
            or someone_elses_death(normalized):
        return True
    if _a_preference(normalized, facets):
        return True
    return _medicine(normalized, facets) and "ending" not in facets and _STOCKPILE.search(normalized) is None


def _explicit_ideation(normalized: str) -> bool:
    """Ideation beyond the euphemisms everyday plans also use."""
    facets = MATCHER.scan(normalized)
    if "ideation" not in facets:
        return False
    if "euphemism" not in facets:
        return True
    # Remove the euphemisms and look again: "not coming back" next to "I'll kill myself" is still explicit.
    return MATCHER.scan(_EUPHEMISM.sub(" ", normalized)).any("ideation")


def _a_preference(normalized: str, facets: Facets) -> bool:
    """"Rather die than" a chore, with no means, farewell or end outside it; the preference names its own method
    ("rather jump off a bridge than…"), so the plan is looked for in the rest of the text."""
    return "preference" in facets and not MATCHER.scan(_PREFERENCE.sub(" ", normalized)).any("means", "farewell",
                                                                                             "finality")


# Pills kept back by habit or accident, not hoarded ("kept forgetting my pills", "kept losing my meds").
_NOT_HOARDED = re.compile(r"\b(?:kept|keep|keeping) (?:on )?(?:forgetting|losing|missing|dropping|taking|mixing up)\b")
# Round 16: the means laid out ready ("the pills are ready for tonight", "la corde est prête").
# (Medicine ready at the pharmacy is the "medical" context, which explains it first.)
# (Round 18: in French with its verb, "les médicaments sont prêts".)
_LAID_OUT = re.compile(r"\b(?:pills|tablets|meds|rope|noose|blade|razor|gun|cachets|comprimes|medocs|medicaments|"
                       r"corde|lame|fusil)(?: are| is| s| sont| est)? (?:all |tous |toutes |deja )?(?:ready|set out|"
                       r"laid out|lined up|prets?|pretes?|alignes|alignees)\b")


def _means_kept_for_a_time(normalized: str, facets: Facets) -> bool:
    """Round 14: medicine put aside, or (round 16) a means laid out ready, with a time for it, in the first person
    ("handed in my badge today and kept the sleeping pills from the ward. tonight", "saved up my meds. tonight", "the
    pills are ready for tonight"): a plan without a word of dying, which the seed model alone reads at 0.4-0.6."""
    put_aside = _STOCKPILE.search(normalized) is not None and _NOT_HOARDED.search(normalized) is None
    return ((put_aside or _LAID_OUT.search(normalized) is not None)
            and "time" in facets and in_first_person(normalized))


def _following(normalized: str, facets: Facets) -> HarmFinding | None:
    """Round 20: someone's death by suicide and the writer going the same way, with a time or a means ("grandad
    hanged himself in that shed in 1987. same beam, same shed, this sunday", "je vais la rejoindre, ce soir")."""
    following = past.FOLLOWING.search(normalized)
    if following is None or past.ANOTHERS_DEATH.search(normalized) is None or not facets.any("time", "means") \
            or _explains(facets, "negation", "support", "reported"):
        return None
    return HarmFinding("self_harm_intent", 0.87, tuple(f for f in ("means", "time") if f in facets), following.group(0))


def assess(normalized: str) -> HarmFinding | None:
    facets = MATCHER.scan(normalized)
    if (found := _following(normalized, facets)) is not None:
        return found
    if "ideation" in facets and _explains(facets, "ordinary") and not _explicit_ideation(normalized):
        return None  # "leaving tonight and not coming back, moving to the countryside"
    behind = looked_back(normalized)
    grief = someone_elses_death(normalized)
    if "ideation" not in facets:
        # "On the roof right now. Goodbye everyone": a means and a farewell say it without the words.
        explained = behind or grief or _explains(facets, "negation", "support", "reported", "ordinary") \
            or _medicine(normalized, facets) or _a_preference(normalized, facets)
        if not explained and _means_kept_for_a_time(normalized, facets):
            return HarmFinding("self_harm_intent", 0.8, ("means", "time"), facets.evidence("time"))
        if explained or not (facets.any("means", "place") and facets.any("farewell", "finality")):
            return None
        if not in_first_person(normalized) and "everyone" not in normalized \
                and "tout le monde" not in normalized:
            return None
        closing = "farewell" if "farewell" in facets else "finality"
        return HarmFinding("self_harm_intent", 0.8, ("means", closing), facets.evidence(closing))
    preferred = _a_preference(normalized, facets)
    if behind or grief or _explains(facets, "negation", "support", "reported") or _medicine(normalized, facets) \
            or preferred:
        why = "support-seeking" if "support" in facets else "reported" if "reported" in facets else "negated" \
            if "negation" in facets else "looked back on" if behind else "someone else's death" if grief \
            else "a preference" if preferred else "medicine as prescribed"
        return HarmFinding("self_harm", 0.25, (why,),
                           facets.evidence("ideation"))
    means = "means" in facets or ("place" in facets and facets.any("time", "farewell", "finality"))
    extras = tuple(f for f in ("declared", "means", "time", "farewell", "finality")
                   if (means if f == "means" else f in facets or (f == "time" and "countdown" in facets)))
    if extras == ("time",) and "habitual" in facets:  # "3am again and I want it all to stop": when, not a plan
        extras = ()
    if extras:  # the writer's plan or someone else's: both are urgent
        return HarmFinding("self_harm_intent", min(0.8 + 0.07 * len(extras), 1.0), extras,
                           facets.evidence("ideation"))
    return HarmFinding("self_harm", 0.6, ("ideation",), facets.evidence("ideation"))

"""One text's abuse score from its three kinds of evidence: lexicons (with the profanity model), harm rules, and
the shipped seed model, lowered by the context the rules found (games, quotes, news, idioms, negation).

Noisy-OR across the kinds: each is reason enough to look sooner, and together they never pass 1. Context lowers
lexicon evidence most (a swear word in gaming banter means little), harm rules less (their patterns already
demand structure) and the seed model least (it was trained on such hard negatives and weighs context itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from trustdesk.triage.harms import POSSIBLE_SELF_HARM, SELF_HARM_INTENT, HarmAssessment, labels_for
from trustdesk.triage.rules import HarmFinding
from trustdesk.triage.seed_model import SeedPrediction

SEED_WEIGHT = 0.85  # the seed model's harm probability counts for at most this much on its own
SEED_FLOOR = 0.3  # below this the seed model's harm probability is noise ("Lovely day at the park!" gets ~0.2)
# Harm rules other than self-harm intent count at half strength: on texts written apart from them they raise
# false alarms about as often as they find what the seed model missed (see bench/results).
RULE_WEIGHT = 0.5
# Round 13: harassment rules now demand two facets (a crowd and an aim, an address and a wink, scorn and an order to
# vanish), and the seed model of main 3dd28a1 had no harassment class: they count at 0.9. On the 22 development sets
# (bench/results/README.md, round 13) that raised 16 sets (v22 +0.008, v12 +0.009) and lowered none. Threat rules at
# 0.7 added +0.001-0.002 there but, with the seed model retrained on the writers' sets (main 9087bfd), lowered v4 FR by
# 0.002 more in leave-one-set-out (banter "je te jure je te bute 😤🍕"); hate at 0.6-0.7 lowered v2 by 0.003 (seminars
# and reports that quote dehumanising words). Both keep RULE_WEIGHT. With the writers' model, which has a harassment
# class, harassment at 0.5 / 0.7 / 0.9 give the same leave-one-set-out numbers (mean AUC .9862 / .9863 / .9864).
LABEL_RULE_WEIGHT: dict[str, float] = {"harassment": 0.9}
RULE_CONTEXT_POWER = 0.5  # rules are lowered by factor ** this (a square root: half as much on a log scale)
SEED_CONTEXT_POWER = 0.25
SEED_LABEL_AT = 0.5  # from this harm probability the seed model's class shows in the explanation
# Self-harm intent from the seed model: its self-harm mass (plan and passive ideation, since ideation with a means or
# farewell is intent) at INTENT_WITH_PLAN with a means, farewell or finality the rules found, or its plan class at
# INTENT_WITH_TIME with a time; never when negated, support-seeking, ordinary medicine or plans, fiction or news, or
# in a game or idiom.
INTENT_WITH_PLAN = 0.6  # 0.5 until round 4
INTENT_WITH_TIME = 0.9  # 0.65 until round 3, when passive ideation joined the model's self-harm class
HARM_WITH_PLAN = 0.7  # 0.75 before round 3; the writer gate (harms.writer_speaks) now keeps news and invitations out
# The model's plan class alone, when the writer speaks of themselves and nothing lowers or blocks it. From round 3
# to round 4 passive ideation shared that class, so it was trusted alone only from 0.9 and plans in everyday words
# missed the route (v5-v7: 27, 26, 23 of 40). Round 5 gave ideation its own class: the plan class alone is trusted
# from 0.7, except in a routine ("every morning"), while passive ideation ("I wish I could just not wake up") stays
# off the route (bench/results/README.md, round 5: on round 5 scored two-fold, half of it in the corpus, 0.7 puts
# 126 of its 189 plans on the route against 116 at 0.8, with 1 of 248 benign texts at both; 0.65 takes 5).
INTENT_ALONE = 0.7
# Round 8: the plan class alone on a text in which the rules find no word of self-harm at all (no ideation, means,
# place, farewell or finality; harms.HarmAssessment.selfharm_cue) must be surer: everyday first-person posts reach
# 0.7-0.8 ("Closing down my Etsy shop at the end of the month", "teething baby, night five. I am a zombie").
# Round 15: with four more self-harm sets in the model, everyday posts reach 0.8-0.94 with no cue ("Returned the grey
# sofa, kept the beige one", "Je serai injoignable du 3 au 17"). Leave-one-set-out on the 27 writers' sets, the
# model alone without a cue puts 57 plans and 4 benign texts on the route at 0.8, 48 and 1 at 0.9, 44 and 1 at
# 0.93; the plans it leaves stay possible self-harm (from POSSIBLE_PLAN), ranked just below the route.
INTENT_ALONE_WITHOUT_CUE = 0.92
# A telegraphic text names no writer ("tonight. pills ready."): the model's plan class must be nearly sure, as
# shopping lists and evenings are said the same way ("razor, foam, aftershave. date night": 0.8 and lower).
TELEGRAPHIC_PLAN = 0.9
# ... unless the rules find a means and a farewell or the end in it ("whole bottle down. goodbye"): a shopping list or
# an evening has no goodbye after its razor (round 15: 0.89 on the model with four more self-harm sets).
TELEGRAPHIC_PLAN_WITH_FAREWELL = 0.75
# Round 12: the urgent route's gates (an ordinary explanation, a game or idiom, negation, no word the rules know)
# keep everyday posts off it, and they also kept off plans the model was nearly sure of ("Selling everything … won't
# be needing any of it where I'm headed", "cut way deeper than i meant to … not calling anyone"). From this plan-class
# probability such a text is "possible self-harm": not the urgent route, but ranked above ordinary abuse. Measured
# leave-one-set-out on the 22 writers' sets with the model trained on them (bench/results/README.md, round 12):
# 0.9 / 0.8 / 0.75 / 0.7 put 770 / 778 / 786 / 792 of their 840 plans in the top decile, with 2 / 8 / 13 / 25 of
# their 3,376 benign texts taken along. Round 14, with the model trained on 27 sets and seven self-harm sets, the plan
# class sits higher on everyday farewells ("won't be on discord tonight, i'm out for my mum's birthday dinner"):
# leave-one-set-out on the 27 sets, 0.75 / 0.8 / 0.85 / 0.9 put 993 / 988 / 986 / 980 of their 1,040 plans in the top
# decile, with 21 / 11 / 6 / 4 of their benign texts taken along (bench/results/README.md, round 14). Round 15 (eleven
# self-harm sets; the model alone without a cue routes from INTENT_ALONE_WITHOUT_CUE, so more plans rely on this
# tier): 996 / 993 / 982 / 966, with 27 / 17 / 6 / 3.
POSSIBLE_PLAN = 0.8
# Round 18: with a word of self-harm the rules know (harms.HarmAssessment.selfharm_cue: a bridge, the rails, pills, a
# farewell) and nothing that explains it away (negation, support, news, an ordinary plan), the plan class is trusted
# for "possible self-harm" from lower: such texts are the plans a laugh or a missing pronoun keeps off the urgent
# route ("the bridge by my work is perfect lmao"). Leave-one-set-out on the 27 writers' sets, 0.8 / 0.7 / 0.6 / 0.5
# put 998 / 999 / 1,000 / 1,008 of their 1,040 plans in the top decile with 10 / 13 / 19 / 20 benign texts as
# possible self-harm (v27-v38: 451 / 454 / 456 / 458 of 480, with 11 / 12 / 13 / 16); without the "nothing explains
# it" condition, 0.5 takes 38 benign texts for 1,011. On the eight blind sets v39-v46, 0.5 puts 294 of their 320
# plans in the top decile against 288 at 0.8, with 21 benign texts as possible self-harm against 14.
POSSIBLE_PLAN_WITH_CUE = 0.5
# Round 20: a text the rules explain away (negation, support, news, looked back on, an ordinary plan) stays possible
# self-harm from POSSIBLE_PLAN. Keeping such texts out of the tier was run once on the four blind sets v51-v54: 143
# of their 160 plans in the top decile against 154, for one benign text fewer as possible self-harm.


def _intent_from_model(harm: HarmAssessment | None, seed: SeedPrediction | None, *,
                       someone_else_targeted: bool = False) -> HarmFinding | None:
    # Quotation does not lower this: reports quote what the person at risk posted ("she wrote: « … »").
    lowering = set(harm.contexts) - {"quotation or news"} if harm else set()
    # A laugh or a game beside a farewell or the end said outright is nerves or a last match, not banter
    # ("gave my xbox to my cousin lol. won't be around for it anyway", "gg guys … not coming back at all").
    if harm is not None and {"farewell", "finality"} & set(harm.plan):
        lowering -= {"game or sport", "idiom"}
    # Round 11: so is a laugh after the cover story told about a means ("bought the rope today. told the guy at the
    # hardware store it was for camping 💀", "j'ai dit à mon père que c'était pour l'escalade mdr"): nobody lies
    # about what a rope is for as a joke.
    if harm is not None and harm.covered and "means" in harm.plan:
        lowering -= {"game or sport", "idiom"}
    if harm is None or seed is None or harm.selfharm_blocked or lowering:
        return None
    # A model that reads a first-person means-and-time plan as hate or a scam has lost its way ("les médicaments
    # sont prêts, je les prends à 3h": hate 0.38, self-harm 0.31); when no hate or scam rule agrees with it, the
    # plan the rules found says which harm it is. A threat is a real alternative reading and stays one.
    other_rule = any(f.label in ("hate", "scam") for f in harm.findings)
    confused = seed.top_class in ("hate", "scam") and not other_rule and {"means"} & set(harm.plan) \
        and len(harm.plan) > 1
    # A means with the writer's farewell or finality is the writer's own end even when the model hears anger at
    # others as a threat ("you'll get what you wanted, i'm out. permanently. pills are right here"), unless a
    # threat rule finds someone threatened.
    threat_rule = someone_else_targeted or any(f.label == "threat" for f in harm.findings)
    said_goodbye = "means" in harm.plan and bool({"farewell", "finality"} & set(harm.plan))
    confused = confused or (seed.top_class == "threat" and not threat_rule and said_goodbye)
    if seed.top_class not in ("selfharm", "ideation") and not confused:
        return None
    # Round 12: nor is a threat the rules or the lexicon found, or harassment the rules found (someone else
    # targeted: "viens au city ce soir et je te plante", v17) a plan of the writer's on the model's say-so: a time
    # and a weapon are in threats and plans alike, and the model reads topics, not who is to die.
    if threat_rule:
        return None
    # The model reads topics, not who does what: a flood report ("3 people drowned in the river") or an invitation
    # ("raid tonight at 9?") shares its words with plans. Only a text in which the writer speaks of themselves
    # can carry the writer's plan on the model's say-so; plans reported about others need the rules' words.
    if not harm.writer_speaks:
        return None
    p = seed.selfharm
    if harm.telegraphic and p < (TELEGRAPHIC_PLAN_WITH_FAREWELL if said_goodbye else TELEGRAPHIC_PLAN):
        return None
    # A time alone ("tonight") is in half of all plans people post; it takes a surer model than a means or farewell.
    strong_plan = {"means", "farewell", "finality"} & set(harm.plan)
    # With a means or farewell, a model torn between self-harm and another harm still says "harmful, most likely
    # self-harm" ("les médicaments sont prêts, je les prends à 3h"): its harm mass counts too, and ideation with a
    # means is a plan ("je suis garé au pied du pont, j'attends qu'il y ait moins de voitures").
    with_plan = p + seed.ideation >= INTENT_WITH_PLAN or seed.harm >= HARM_WITH_PLAN
    # With no plan, only a very confident model, with the writer speaking and nothing lowering it: small talk
    # ("can't believe it's already december") and passive ideation stay below INTENT_ALONE.
    # A routine is not a plan on the model's say-so alone ("walking to the bridge every morning").
    alone = p >= (INTENT_ALONE if harm.selfharm_cue else INTENT_ALONE_WITHOUT_CUE) and not harm.routine
    if (with_plan and strong_plan) or (p >= INTENT_WITH_TIME and harm.plan) or alone:
        return HarmFinding(SELF_HARM_INTENT, max(p, 0.8), harm.plan or ("seed model",), "")
    return None


def _someone_else_targeted(labels: Sequence[str], harm: HarmAssessment | None) -> bool:
    """A threat the lexicon or the rules found, or harassment the rules found: someone else is the target, so the
    model's reading of a plan ("réponds. réponds. je vais appeler toute la nuit" at 0.94) is not the writer's."""
    return "threat" in labels or (harm is not None and any(f.label in ("threat", "harassment") for f in harm.findings))


def _possible_self_harm(strongest: HarmFinding | None, seed: SeedPrediction | None, harm: HarmAssessment | None, *,
                        someone_else_targeted: bool) -> HarmFinding | None:
    """The model's plan class at POSSIBLE_PLAN (POSSIBLE_PLAN_WITH_CUE beside an unexplained word of self-harm) when
    the urgent route did not take the text; a threat or harassment found stays what it is (anger at someone shares a
    plan's words: "tonight … my knife … I'll stab you")."""
    cued = harm is not None and harm.selfharm_cue and not harm.selfharm_blocked
    if seed is None or seed.selfharm < (POSSIBLE_PLAN_WITH_CUE if cued else POSSIBLE_PLAN) or someone_else_targeted:
        return None
    if strongest is not None and strongest.label == SELF_HARM_INTENT:
        return None
    return HarmFinding(POSSIBLE_SELF_HARM, seed.selfharm, ("seed model",), "")


class Blended(NamedTuple):
    """The blended parts of a text's ``ContentSignals`` (its language stays as the lexicon part found it)."""

    abuse: float
    labels: tuple[str, ...]
    explanation: str


def blend(
    abuse: float, labels: Sequence[str], explanation: str, harm: HarmAssessment | None, seed: SeedPrediction | None
) -> Blended:
    """Blend the lexicon part's abuse, labels and explanation with the harm rules' and seed model's findings."""
    factor = harm.context_factor if harm else 1.0
    strongest = harm.strongest if harm else None
    targeted = _someone_else_targeted(labels, harm)
    if strongest is None or strongest.label != SELF_HARM_INTENT:
        strongest = _intent_from_model(harm, seed, someone_else_targeted=targeted) or strongest
    rule = (strongest.strength * (1.0 if strongest.label == SELF_HARM_INTENT else
                                  LABEL_RULE_WEIGHT.get(strongest.label, RULE_WEIGHT))) if strongest else 0.0
    # Possible self-harm changes what the case is and where it ranks, not how abusive the text looks: the seed
    # model's probability already counts once in ``learned``.
    strongest = _possible_self_harm(strongest, seed, harm, someone_else_targeted=targeted) or strongest
    learned = max(seed.harm - SEED_FLOOR, 0.0) / (1.0 - SEED_FLOOR) * SEED_WEIGHT if seed else 0.0
    clean = (1.0 - abuse * factor) * (1.0 - rule * factor ** RULE_CONTEXT_POWER)
    clean *= 1.0 - learned * factor ** SEED_CONTEXT_POWER
    blended = round(1.0 - clean, 4)
    found = labels_for(strongest)
    words = [explanation]
    if strongest is not None:
        words.insert(0, strongest.describe())
    if seed is not None and seed.harm >= SEED_LABEL_AT:
        words.append(f"seed model {seed.top_class} {seed.harm:.2f}")
    if harm and harm.contexts and blended > 0:
        words.append(f"lowered: {', '.join(harm.contexts)}")
    said = " · ".join(words).replace(" · no abuse signals", "") if len(words) > 1 else words[0]
    return Blended(blended, (*found, *(label for label in labels if label not in found)), said)

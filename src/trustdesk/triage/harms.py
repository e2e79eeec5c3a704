"""The harm rules together: self-harm, dehumanising hate, scams, veiled threats, and the context that lowers them.

``assess(text)`` returns what the rules found in one text; ``describe_labels`` turns a report's stored labels
back into the short phrase the priority line shows ("self-harm intent · means + time").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from trustdesk.triage import (
    belittling,
    context,
    explicit_threats,
    hate,
    persistence,
    pile_on,
    scam,
    selfharm,
    selfharm_writer,
    veiled_threats,
)
from trustdesk.triage.rules import HarmFinding, normalize
from trustdesk.triage.selfharm_texting import spelled_out

# Labels a case is routed and weighed by: content that says "self-harm intent" is a self-harm case whatever
# category the reporter chose.
SELF_HARM_INTENT = "self_harm_intent"
# The seed model is nearly sure the writer plans to die, but the rules could not confirm it (an ordinary
# explanation, a game, no word they know): not the urgent route, yet looked at before ordinary abuse (blend).
POSSIBLE_SELF_HARM = "possible_self_harm"
CATEGORY_OF_LABEL = {SELF_HARM_INTENT: "self_harm", POSSIBLE_SELF_HARM: "self_harm", "self_harm": "self_harm",
                     "hate": "hate", "scam": "scam", "threat": "threat"}
# Which finding speaks for a case when its reports disagree: intent, then possible self-harm, then the rest.
LABEL_URGENCY = {SELF_HARM_INTENT: 2, POSSIBLE_SELF_HARM: 1}
FACET_PREFIX = "facet:"  # stored labels "facet:means" carry the facets that explain the strongest finding


@dataclass(frozen=True)
class HarmAssessment:
    findings: tuple[HarmFinding, ...]  # strongest first
    context_factor: float
    contexts: tuple[str, ...]
    plan: tuple[str, ...] = ()  # self-harm means/time/farewell in a text not negated nor about someone else
    selfharm_blocked: bool = False  # negated, support-seeking, fiction or news, or an ordinary plan
    writer_speaks: bool = True  # the writer speaks of themselves (first person): a plan can be theirs
    routine: bool = False  # a time that recurs ("every morning", "3am again") and no farewell or finality
    # The writer is only implied: a short text with a means that names no one ("tonight. pills ready.")
    telegraphic: bool = False
    # Any word of self-harm the rules know (ideation, a means, a place, a farewell, finality), even one that makes no
    # plan; a time alone is not one ("finishing it tonight"). Without one the seed model alone must be surer.
    selfharm_cue: bool = False
    # A cover story told to others ("told the guy it was for camping", "j'ai dit à mon père que c'était pour
    # l'escalade"): beside a means, the laugh after it is nerves, not a joke (blend).
    covered: bool = False

    @property
    def strongest(self) -> HarmFinding | None:
        return self.findings[0] if self.findings else None


# The harm rules other than self-harm, which reads texting forms spelled out.
_OTHER_HARMS = (hate, scam, veiled_threats, pile_on, explicit_threats, persistence, belittling)


def assess(text: str) -> HarmAssessment:
    normalized = normalize(text)
    said = spelled_out(normalized)  # the self-harm rules read texting forms in full ("g tout pris", "tmrw")
    findings = [f for f in (selfharm.assess(said), *(module.assess(normalized) for module in _OTHER_HARMS)) if f]
    factor, contexts = context.lowering(normalized)
    not_banter = {name for f in findings for name in _not_banter(f)}
    if not_banter & set(contexts):
        contexts = tuple(c for c in contexts if c not in not_banter)
        factor = context.factor_of(contexts)
    findings = [_banter_downgraded(f, contexts) for f in findings]
    findings.sort(key=lambda f: -f.strength)
    plan = selfharm.plan_facets(said)
    blocked = selfharm.blocked(said) or selfharm.ordinary(said)
    quoted = selfharm.quoted_plan(text) if blocked else None
    if quoted is not None:  # "my friend texted me « … »: what do I do?" is the friend's plan
        plan, blocked = quoted, False
    # Finality ("no more pain after tonight", "pour de bon") speaks of the writer even with no pronoun.
    # A telegraphic text ("tonight. pills ready.", "tout avalé. adieu") is its writer's when the rules find a means in
    # it and the seed model is sure (blend.TELEGRAPHIC_PLAN): with a time or a farewell alone it is as often an
    # evening's plan or a goodbye to a thing ("sunday. roast ready.", "last exam done. goodbye uni").
    speaks = "finality" in plan or selfharm.writer_speaks(text, said)
    telegraphic = not speaks and "means" in plan and selfharm_writer.telegraphic(normalized)
    return HarmAssessment(tuple(findings), factor, contexts, plan, blocked, speaks or telegraphic,
                          selfharm.routine(said), telegraphic, selfharm.cue(said), selfharm.covered(said))


def _not_banter(finding: HarmFinding) -> tuple[str, ...]:
    """Round 13: the contexts that do not lower this finding. A game or a sport is where some harms happen, not what
    makes them banter: a group shut out of it ("women don't belong in ranked", "black ppl in this server … ban them
    from the lobby") and an injury named ("show up at the game and I'll beat you unconscious in the car park"); "I'll
    shoot you first" stays banter. Laughter at one person is the harassment itself ("found her street lol, who wants
    to send her a surprise"), and a laugh after a slur about a group does not take it back."""
    if finding.label in ("hate", "harassment"):
        return ("game or sport", "idiom")
    if finding.label == "threat" and "injury" in finding.facets:
        return ("game or sport",)
    return ()


def _banter_downgraded(finding: HarmFinding, contexts: Sequence[str]) -> HarmFinding:
    """"We lost 4-0, I'm going to kill myself lol": a declared wish to die with nothing but a game or an idiom
    around it is banter more often than a plan; it stays a self-harm signal, not the urgent route."""
    # Also a wish to die with only a time ("deadline tomorrow and i want to die lmao"): no means, farewell or finality.
    if finding.label != SELF_HARM_INTENT or not set(finding.facets) <= {"declared", "time"}:
        return finding
    if {"game or sport", "idiom"} & set(contexts):
        return HarmFinding("self_harm", 0.6, ("ideation",), finding.evidence)
    return finding


def labels_for(finding: HarmFinding | None) -> list[str]:
    """Labels stored on the report for its strongest harm finding."""
    if finding is None:
        return []
    return [finding.label, *(FACET_PREFIX + facet for facet in finding.facets)]


def describe_labels(labels: Sequence[str]) -> tuple[str | None, str]:
    """(category implied by the content, short phrase) from a report's stored labels; (None, "") without a harm."""
    label = next((label for label in labels if label in CATEGORY_OF_LABEL), None)
    if label is None:
        return None, ""
    facets = [label.removeprefix(FACET_PREFIX) for label in labels if label.startswith(FACET_PREFIX)]
    name = label.replace("_", " ").replace("self harm", "self-harm")
    return CATEGORY_OF_LABEL[label], (f"{name} ({' + '.join(facets)})" if facets else name)

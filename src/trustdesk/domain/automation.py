"""Whether automated means were used, in detecting what was acted on and in deciding the action (DSA Art. 17(3)(c),
the Transparency Database's ``automated_detection`` and ``automated_decision``). The rule is here and only here.

Detection is automated when any report on the case, filed before the decision, came from automated detection
(``source: automated``: a platform's classifier, a connector's automated flag), not from a person. A trusted
flagger or a user is a person even when trustdesk's triage later scores their words.

The decision is
- fully automated when no person decided it. Nothing in trustdesk does that today: every action is proposed by a
  staff member and every approval is a person's; the scheduler only carries out a person's decision after its
  delay. The value exists so that such a path, if one is added, records itself honestly.
- partially automated when a person decided, but automated means assessed what they decided on: the case came
  from automated detection, or trustdesk's triage classifiers labelled its reports (the harm labels shown to the
  moderator in the case's "why" line). The machine's reading was part of what the person weighed.
- not automated when a person decided on people's reports that no classifier labelled, or without a case.
  Queue order alone (reach, report counts) decides when a person looks, not what they decide: it does not count.
"""

from __future__ import annotations

from enum import StrEnum


class DecisionAutomation(StrEnum):
    """The Transparency Database's identifiers, used as stored values too."""

    FULLY = "AUTOMATED_DECISION_FULLY"
    PARTIALLY = "AUTOMATED_DECISION_PARTIALLY"
    NOT_AUTOMATED = "AUTOMATED_DECISION_NOT_AUTOMATED"


def decision_automation(*, decided_by_person: bool, automated_detection: bool,
                        classifier_labelled: bool) -> DecisionAutomation:
    if not decided_by_person:
        return DecisionAutomation.FULLY
    if automated_detection or classifier_labelled:
        return DecisionAutomation.PARTIALLY
    return DecisionAutomation.NOT_AUTOMATED


def is_automated(value: str) -> bool:
    """For the transparency report's "share decided with automated means": fully or partially."""
    return value != DecisionAutomation.NOT_AUTOMATED.value

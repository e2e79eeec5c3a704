"""Round 20: benign texts that took the urgent route when v39-v42 were scored as new writers, or v47-v50 on their
blind runs, by class — an attempt
dated years ago told on its anniversary, someone else's death by suicide told after it, suicide as the topic of a
meeting, medicine taken as the doctor said, a rope for the washing, jumping as a sport, "my last day on earth if mum
finds out", someone else's "rather jump off a bridge than", the roof for a job, a train to a town, a phone dropped in
the canal, a life others saved, ideation the writer says they won't act on — and the plans that share their words and
stay on it; and the plans of v41 and v47-v50 that had no word the rules knew.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import POSSIBLE_SELF_HARM, SELF_HARM_INTENT
from trustdesk.triage.signals import CompositeScorer

NOT_URGENT = [
    # the writer's attempt, dated and over
    "three years ago today I tried to end my life. this morning I held my niece for the first time",
    "a year ago I overdosed in a motel room. tonight's not about that: I'm cooking for my whole team",
    "il y a deux ans jour pour jour j'ai fait une TS. aujourd'hui j'ai signé mon CDI, merci à ceux qui étaient là",
    "l'an dernier à la même époque j'avais tout prévu pour en finir, là je prépare le mariage de ma sœur",
    # someone else's death, told after it
    "the inquest ruled it suicide. the family asks for privacy and for donations to the local hospice",
    "we lost our drummer to suicide in march. the benefit gig is on saturday, all welcome",
    "mon voisin s'est pendu dans sa grange l'hiver dernier, on pense encore à sa femme",
    "le fils du boulanger a mis fin à ses jours, la messe est vendredi à 10h",
    # a meeting, a course
    "Agenda: budget, rota, suicide and self-harm awareness. Tuesday 7pm, bring snacks",
    "Formation premiers secours en santé mentale samedi, il reste trois places",
    # medicine as the doctor said, a rope, a sport, a hyperbole
    "took every tablet on the list today like the doc told me, sugar's finally behaving",
    "les cachets du cœur c'est à jeun le matin, j'avais tout compris de travers",
    "need a new washing line, the old rope snapped with all the sheets on it",
    "les gosses ont fait du tombstoning au port tout l'après-midi, j'ai eu chaud au cœur",
    "I'm so dead if my dad sees what I did to the lawn mower tonight",
    "je suis morte si ma mère découvre la facture du téléphone ce soir",
    "my sister says she'd rather jump off a cliff than sit next to him at the wedding",
]
STILL_URGENT = [
    "two years ago I tried to end it. this time I won't fail, the pills are ready tonight",
    "il y a un an j'ai essayé d'en finir. ce soir je recommence, la corde est dans le garage",
    "my brother killed himself last spring. tonight I'm going the same way, I've got his rope",
    "depuis que ma sœur s'est suicidée je tiens plus. ce soir j'avale toutes mes boîtes, adieu",
    "the doc said to take two. I took the whole bottle an hour ago, goodbye",
]
# Someone else's death, and the writer means to follow it with a time or a means: a plan, not grief.
FOLLOWING = [
    "grandad hanged himself in that shed in 1987. same beam, same shed, this sunday",
    "maman s'est suicidée il y a dix ans. je vais la rejoindre, ce soir je prends ses cachets",
]


@pytest.mark.parametrize("text", NOT_URGENT)
def test_a_dated_attempt_a_death_told_a_meeting_or_everyday_words_are_not_self_harm(
        composite: CompositeScorer, text: str) -> None:
    labels = composite.score_many([text])[0].labels
    assert SELF_HARM_INTENT not in labels and POSSIBLE_SELF_HARM not in labels, labels


@pytest.mark.parametrize("text", STILL_URGENT)
def test_the_plans_that_share_their_words_stay_on_the_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


@pytest.mark.parametrize("text", FOLLOWING)
def test_a_death_the_writer_means_to_follow_is_on_the_route(composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


EXPLAINED = {
    "looked back on": "four years ago I attempted to end it. today I ran 10k",
    "someone else's death": "notre collègue s'est suicidé lundi, une cagnotte est ouverte pour ses enfants",
}


@pytest.mark.parametrize(("why", "text"), EXPLAINED.items())
def test_the_priority_line_says_why_the_words_were_explained(composite: CompositeScorer, why: str, text: str) -> None:
    assert why in composite.score_many([text])[0].explanation


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*NOT_URGENT, *STILL_URGENT, *FOLLOWING, *EXPLAINED.values()))


# Plans the rules did not know a word of when v41 was scored as a new writer's: the wheel let go of (with a goodbye,
# a plan by the rules alone, whatever the model says), accounts to close "after" and the password left (a word of
# arrangements for after: a word of self-harm, and the writer speaking).
WHEEL = [
    "sur la nationale je lâche le volant devant le premier poids lourd. pardon maman",
    "gonna let go of the wheel on the bypass tonight. goodbye everyone",
]
ACCOUNTS = [
    "tu supprimeras mon profil après. je t'aime frérot",
    "delete my page after, ok? you were always the best",
    "mdp c'est la date du mariage, tu sauras quoi faire",
]
NOT_ACCOUNTS = [
    "delete my pics after the party please, I look wasted",
    "j'ai encore oublié mon mdp netflix, quelqu'un a le sien ?",
]


@pytest.mark.parametrize("text", WHEEL)
def test_the_wheel_let_go_of_with_a_goodbye_is_a_plan_by_the_rules_alone(text: str) -> None:
    from trustdesk.triage.harms import assess

    strongest = assess(text).strongest
    assert strongest is not None and strongest.label == SELF_HARM_INTENT, strongest


@pytest.mark.parametrize(("text", "arranged"), [*((t, True) for t in ACCOUNTS), *((t, False) for t in NOT_ACCOUNTS)])
def test_accounts_closed_after_the_writer_are_arrangements_for_after(text: str, arranged: bool) -> None:
    from trustdesk.triage.rules import normalize
    from trustdesk.triage.selfharm import arrangements

    assert arrangements(normalize(text)) is arranged


def test_the_wheel_and_account_sentences_are_unseen() -> None:
    assert not already_seen((*WHEEL, *ACCOUNTS, *NOT_ACCOUNTS))


# From v47-v50's blind runs: benign texts and passive ideation the urgent route took.
NOT_URGENT_EITHER = [
    "three years ago today i was in the ER after trying to end it. today i finished my nursing degree",
    "je monte sur le toit du garage pour changer les tuiles ce soir",
    "je veux plus vivre en ce moment mais j'ai aucun plan, je vais rien faire, je vide mon sac",
    "dont want to be alive rn but i'm not gonna do anything about it, just venting tonight",
    "this group saved my life two winters ago. just wanted to say it tonight",
]


@pytest.mark.parametrize("text", NOT_URGENT_EITHER)
def test_a_job_on_the_roof_a_saved_life_or_ideation_not_acted_on_is_not_the_urgent_route(
        composite: CompositeScorer, text: str) -> None:
    signals = composite.score_many([text])[0]
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


# From v47-v50's blind runs: means the rules did not know — a relative's gun, vital treatment stopped for good or
# asked how long one lasts without, walking into lorries — now in the priority line whatever the model says.
MEANS = [
    "l'arme de mon père est dans le coffre. demain matin. adieu",
    "cancelled all my dialysis sessions this week. not going back. tell mum I'm sorry",
    "j'ai débranché la pompe, je la rebrancherai pas. merci pour tout",
    "combien de temps on survit sans insuline ? je demande pour moi, je l'ai jetée",
    "marcher sur l'autoroute cette nuit face aux poids lourds. bisous à tous",
    "unplugged my pump an hour ago. not plugging it back in. love you all",
]
NOT_MEANS = [
    "my dialysis sessions moved to tuesdays, not going back to that clinic on fridays",
    "combien de temps on peut garder l'insuline hors du frigo en vacances ?",
]


@pytest.mark.parametrize(("text", "means"), [*((t, True) for t in MEANS), *((t, False) for t in NOT_MEANS)])
def test_a_relatives_gun_treatment_stopped_and_lorries_are_means(text: str, means: bool) -> None:
    from trustdesk.triage.harms import assess

    assert ("means" in assess(text).plan) is means


def test_round_20s_later_sentences_are_unseen() -> None:
    assert not already_seen((*NOT_URGENT_EITHER, *MEANS, *NOT_MEANS))

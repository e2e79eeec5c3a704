"""The self-harm urgent route reads who does what: a text in which nobody speaks of themselves (news, an
invitation, a postcard) never takes it on the seed model's say-so, however many "means" or "time" words it holds;
a plan said by its writer in everyday words (affairs put in order, a car into a tree, no way back) does.

None of these sentences is in the seed corpus or in a bench set: they check that the route generalises.
"""

from __future__ import annotations

import pytest

from tests.triage.unseen import already_seen
from trustdesk.triage.harms import SELF_HARM_INTENT
from trustdesk.triage.rules import normalize
from trustdesk.triage.selfharm import writer_speaks
from trustdesk.triage.signals import CompositeScorer

BENIGN_WITH_PLAN_WORDS = [
    # news: deaths, a river, a bridge, a time, and no writer
    "Landslide on the coast road: two cars swept into the sea, divers searching tonight",
    "Glissement de terrain sur la corniche : deux voitures emportées dans la mer, les plongeurs cherchent cette nuit",
    "Man rescued from the canal after jumping from the footbridge on saturday, police say",
    # invitations and postcards: a time and a farewell, nobody's plan
    "who's coming to the quiz night tomorrow at 8? bring snacks",
    "qui vient au blind test demain soir 20h ? ramenez des chips",
    "farewell Berlin, thanks for the techno. next stop Vienna on sunday",
    # the writer speaks, but of an ordinary life
    "my pharmacist says I can take my antidepressants in the morning instead, any experience?",
    "ma pharmacienne dit que je peux prendre mes cachets le matin plutôt, des avis ?",
    "handed in my notice, sold the car and booked a flight to Chile for monday",
    "j'ai posé ma dem, vendu la voiture et pris un vol pour le Chili lundi",
    "what a day, my car broke down on the motorway and the phone died",
    "quitting the app for good, it eats my evenings. bye all, see you elsewhere",
    # an outing, a gift of specific things, readiness for a trip, an apology for being late
    "ce soir je monte sur le toit de l'immeuble pour voir les étoiles avec ma fille",
    "j'ai donné toutes mes affaires de ski, je skie plus depuis mon genou",
    "everything is ready for tomorrow, the car is packed and the kids are asleep",
    "sorry mom I'll be late tonight, the train is stuck at the station",
    "pardon maman je rentre tard ce soir, le train est bloqué",
    "quand vous lirez ça je serai dans l'avion pour Tokyo",
    "demain je saute dans le lac gelé pour l'association, on récolte des dons",
    "j'ai supprimé tous mes comptes sauf celui là, mois de détox",
    "I bought a rope for the tire swing, the kids will love it this weekend",
    "I'm leaving tonight and I'm not coming back, this city broke me, moving to the countryside",
    "I'm on the 9th floor balcony with a glass of wine, what a view tonight",
    "walking to the bridge every morning is my favourite part of the day",
    "I'm letting go of the old car tonight, the buyer picks it up at 8",
    "taking a break from everything this weekend, phone off, cabin in the woods",
    "je me pose une pause de la vie en ligne ce soir, à lundi",
    "we went to the lake one last time before the summer ended, then it's over till june",
    "missed your call, I was in the shower tonight. sorry",
    "I've decided: no more social media after tonight, reading books instead",
    "wrote my goodbye card to my coworker who's retiring tomorrow",
    "I'm parking on the top floor of the car park tonight, the rest is full",
    "je serai sur le toit à nettoyer les gouttières demain si on me cherche",
    "I want it over with: my driving test is at 8 tomorrow",
    "I'll have jumped through all the hoops by monday, the visa is almost done",
    "c'est la dernière fois que je prends cette compagnie, 6h de retard",
    "demain je saute d'un avion à 4000 mètres pour mes 40 ans",
    "pills counted for the week, mum's pill box is ready for her trip",
    # asking how to help, with no plan quoted
    "my sister says she sometimes wants to disappear, what should I say to her tonight?",
    "in the play she says \"I have the poison, tonight it ends\", how do I help my students read that scene?",
]

URGENT_IN_EVERYDAY_WORDS = [
    "the rent is covered until march and the plants have new owners. I know exactly where I'm driving tonight",
    "le loyer est payé jusqu'en mars et les plantes ont trouvé preneur. je sais exactement où je roule ce soir",
    "tonight I'm driving into the pillar under the bridge on the ring road",
    "ce soir je fonce dans un poteau sur la nationale, c'est décidé",
    "gave the keys back, wrote to my brother. walking into the lake at sunrise",
    "no more pain after the weekend. the rope is in the boot of my car",
    "my brother can have my bike. I won't be needing it after this weekend",
    "je suis allé à la carrière et je suis resté au bord une heure. demain je reviendrai pas",
    "ce soir j'avale toute la boîte et je dors pour de bon",
    "going to the cliffs to see the sea one last time. then it's over",
    "taking a permanent break from life tonight. the pills are ready",
    "with a bottle of vodka and my whole prescription tonight. sorry",
    "see you never. the rope is ready in the garage",
    "if I'm not here tomorrow, know that I loved you. I have everything I need",
    "je pars pour un long voyage ce soir, de ceux dont on revient pas",
    "I've been collecting my dad's heart pills for a month. tonight is enough",
    "ce soir j'enjambe la rambarde de la passerelle, j'ai plus peur",
    "my mum will find the letter in the morning. I won't be in my bed",
    "je suis assise au bord du toit, les jambes dans le vide. je suis calme",
    "I saved the pills the hospital gave me. it's enough. I'm going to bed for the last time",
    "this is the last thing I'll write. the knot is ready. tell my brother I'm sorry",
    # a friend quotes the plan word for word and asks what to do
    "my flatmate just messaged \"I have the tablets, don't come home tonight\" and isn't picking up, what do I do?",
    "mon pote m'a envoyé « j'ai les cachets, rentre pas ce soir » et il répond plus, je fais quoi ?",
]


@pytest.mark.parametrize("text", BENIGN_WITH_PLAN_WORDS)
def test_benign_text_with_a_means_or_a_time_never_takes_the_urgent_route(composite: CompositeScorer,
                                                                          text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation


@pytest.mark.parametrize("text", URGENT_IN_EVERYDAY_WORDS)
def test_a_plan_in_everyday_words_takes_the_urgent_route(composite: CompositeScorer, text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT in signals.labels, signals.explanation


PASSIVE_IDEATION = [
    "honestly the people around me would breathe easier if I was gone",
    "franchement les gens autour de moi respireraient mieux si j'étais plus là",
    "4am once more, lying here wishing I could just stop",
    "encore 4h du mat, allongée à souhaiter que tout s'arrête",
]
SMALL_TALK = ["the bus was late again, 4am start tomorrow", "encore 4h du mat et toujours pas fini ce mémoire"]


@pytest.mark.parametrize("text", PASSIVE_IDEATION)
def test_passive_ideation_is_read_before_small_talk_but_is_not_the_urgent_route(composite: CompositeScorer,
                                                                                text: str) -> None:
    [signals] = composite.score_many([text])
    assert SELF_HARM_INTENT not in signals.labels, signals.explanation
    assert signals.abuse > max(s.abuse for s in composite.score_many(SMALL_TALK)), signals.explanation


@pytest.mark.parametrize(("text", "speaks"), [
    ("3 people drowned when the river burst its banks", False),
    ("anyone up for a match at 9 tonight?", False),
    ("took the whole box an hour ago", True),  # a clause that starts with a verb has the writer as subject
    ("sleep well everyone", True),
    ("bonne nuit à tous", True),
    ("jai tout avalé", True),
    ("sorry mom", True),
])
def test_the_writer_speaks_of_themselves(text: str, speaks: bool) -> None:
    assert writer_speaks(text, normalize(text)) is speaks


def test_these_sentences_are_neither_in_the_corpus_nor_in_a_bench_set() -> None:
    assert not already_seen((*BENIGN_WITH_PLAN_WORDS, *URGENT_IN_EVERYDAY_WORDS, *PASSIVE_IDEATION, *SMALL_TALK))

"""Hand-written material for the seed corpus: whole sentences and templates with slots, per class and language
(templates_en.py, templates_fr.py), the values of the slots, and the assembly of every corpus part.

Classes: ``selfharm`` (ideation with intent, means or time), ``hate`` (dehumanising a group), ``scam`` (money
promises, crypto, urgency, short links, sextortion-free spam), ``threat`` (explicit, veiled, conditional,
extortion) and ``benign`` (ordinary reports and hard negatives: game and sport banter, idioms, quotes, news,
negation, support-seeking, legitimate money talk). ``expand`` fills each template's slots with a deterministic
sample of combinations, so the corpus is reproducible byte for byte.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Sequence

from trustdesk.triage.corpus.templates_en import BENIGN_EN, HATE_EN, SCAM_EN, SELFHARM_EN, THREAT_EN
from trustdesk.triage.corpus.templates_fr import BENIGN_FR, HATE_FR, SCAM_FR, SELFHARM_FR, THREAT_FR

# -- slot values ---------------------------------------------------------------------------------------------

SLOTS: dict[str, list[str]] = {
    "group_en": ["immigrants", "muslims", "jews", "gay people", "trans people", "refugees", "black people",
                 "gypsies", "arabs", "women", "asians", "mexicans", "roma", "africans"],
    "group_fr": ["les immigrés", "les musulmans", "les juifs", "les homos", "les trans", "les réfugiés",
                 "les noirs", "les roms", "les arabes", "les femmes", "les migrants", "les africains",
                 "les gitans", "les maghrébins"],
    "vermin_en": ["vermin", "rats", "parasites", "cockroaches", "animals", "a disease", "a plague", "subhuman",
                  "filth", "savages", "a cancer", "lice", "maggots"],
    "vermin_fr": ["de la vermine", "des rats", "des parasites", "des cafards", "des animaux", "une maladie",
                  "une plaie", "des sous-hommes", "de la racaille", "des sauvages", "un cancer", "des poux",
                  "des cloportes"],
    "method_en": ["the pills", "my dad's gun", "a rope", "the bridge", "the razor blades", "the sleeping pills",
                  "everything I need", "the pills saved up", "a bottle of pills"],
    "method_fr": ["les cachets", "le fusil de mon père", "une corde", "le pont", "les lames", "les somnifères",
                  "tout ce qu'il faut", "des médocs de côté", "une boîte de comprimés"],
    "time_en": ["tonight", "tomorrow morning", "this weekend", "after everyone is asleep", "before sunday",
                "in an hour", "today", "at midnight"],
    "time_fr": ["ce soir", "demain matin", "ce week-end", "quand tout le monde dormira", "avant dimanche",
                "dans une heure", "aujourd'hui", "cette nuit"],
    "coin_en": ["bitcoin", "BTC", "ETH", "crypto", "USDT", "dogecoin"],
    "coin_fr": ["bitcoin", "BTC", "ETH", "crypto", "USDT", "cryptos"],
    "amount": ["500", "1000", "2 000", "5000", "3,000", "10k", "800", "250"],
    "link": ["bit.ly/3xKq9Zp", "tinyurl.com/gainz24", "t.me/cryptoboss_vip", "cutt.ly/Free-Money", "goo.gl/xR4kP",
             "is.gd/promo77", "rb.gy/win2k", "wa.me/33756440912", "shorturl.at/aBc12"],
    "weapon_en": ["a bullet in", "a knife in", "a brick through the window of", "acid on", "two in the head of"],
    "weapon_fr": ["une balle dans", "un couteau dans", "un pavé dans la vitre de", "de l'acide sur",
                  "deux balles dans la tête de"],
    "game_en": ["Mario Kart", "Fortnite", "FIFA", "Smash", "Valorant", "chess", "Call of Duty", "Rocket League",
                "Among Us", "Minecraft"],
    "game_fr": ["Mario Kart", "Fortnite", "FIFA", "Smash", "Valo", "aux échecs", "CoD", "Rocket League",
                "Among Us", "LoL"],
    "film_en": ["The Godfather", "Scarface", "Taken", "John Wick", "Breaking Bad", "Kill Bill", "Pulp Fiction"],
    "film_fr": ["Le Parrain", "Scarface", "La Haine", "Taken", "Les Tontons flingueurs", "Kill Bill", "Léon"],
    "thing_en": ["this post", "this comment", "the profile picture", "this account", "the video", "his bio",
                 "the group chat", "this page", "the livestream", "her story"],
    "thing_fr": ["ce post", "ce commentaire", "la photo de profil", "ce compte", "la vidéo", "sa bio",
                 "le groupe", "cette page", "le live", "sa story"],
    "issue_en": ["is spam-ish but harmless", "is off topic", "has wrong info", "is rude", "uses my photo",
                 "is annoying", "is misleading", "is a repost", "is low quality", "breaks the group rules"],
    "issue_fr": ["fait un peu spam mais rien de grave", "est hors sujet", "contient une fausse info", "est impoli",
                 "utilise ma photo", "est pénible", "est trompeur", "est un repost", "est nul",
                 "enfreint les règles du groupe"],
    "idiom_en": ["killing me", "killer", "dead funny", "a nightmare", "crazy", "sick", "insane", "the bomb"],
    "idiom_fr": ["une tuerie", "mortel", "à mourir de rire", "un cauchemar", "de la folie", "une dinguerie",
                 "trop chaud", "une bombe"],
    "name": ["Kevin", "Sarah", "Mehdi", "Julie", "Tom", "Inès", "Lucas", "Nadia", "Alex", "Chloé", "Yanis",
             "Emma"],
}


# How many filled variants each template gets (templates without slots are used once).
VARIANTS = {"selfharm": 9, "hate": 10, "scam": 8, "threat": 6, "benign": 14}

SOURCES = {
    ("selfharm", "en"): SELFHARM_EN, ("selfharm", "fr"): SELFHARM_FR,
    ("hate", "en"): HATE_EN, ("hate", "fr"): HATE_FR,
    ("scam", "en"): SCAM_EN, ("scam", "fr"): SCAM_FR,
    ("threat", "en"): THREAT_EN, ("threat", "fr"): THREAT_FR,
    ("benign", "en"): BENIGN_EN, ("benign", "fr"): BENIGN_FR,
}

_SLOT = re.compile(r"\{(\w+)\}")


def _variants(template: str, count: int, rng: random.Random) -> list[str]:
    slots = list(dict.fromkeys(_SLOT.findall(template)))
    if not slots:
        return [template]
    combos = list(itertools.product(*(SLOTS[s] for s in slots)))
    rng.shuffle(combos)
    texts = []
    for combo in combos[:count]:
        values = dict(zip(slots, combo, strict=True))
        text = _SLOT.sub(lambda m, v=values: v[m.group(1)], template)  # type: ignore[misc]
        texts.append(text[0].upper() + text[1:] if rng.random() < 0.3 else text)
    return texts


def _handwritten() -> dict[tuple[str, str], list[str]]:
    from trustdesk.triage.corpus import (
        handwritten_en,
        handwritten_en_benign,
        handwritten_fr,
        handwritten_fr_benign,
    )

    # In this order (each language's harms, then its benign sentences): the corpus and the model depend on it.
    return {(label, lang): getattr(benign if label == "benign" else harms, label.upper())
            for lang, harms, benign in (("en", handwritten_en, handwritten_en_benign),
                                        ("fr", handwritten_fr, handwritten_fr_benign))
            for label in ("selfharm", "hate", "scam", "threat", "benign")}


# Corpus parts, each measured before it was kept (bench/results/README.md): the templates, the hand-written
# sentences, round 3's lookalikes and indirect plans, passive ideation and planned attacks with their lookalikes
# (corpus/lookalikes.py), round 4's first-person plans in everyday words with their lookalikes (corpus/round4_en.py
# and round4_fr.py), round 5's (a new writer's plans, passive ideation and lookalikes: corpus/round5_en.py and
# round5_fr.py), and surface variants (VARIANT_RATE of all texts get one more spelling of themselves).
PARTS = ("templates", "handwritten", "lookalikes", "ideation", "attacks", "round4", "round5", "variants")
# Measured and not kept (bench/results/README.md, round 3): counter-speech lifts v2 and lowers v3 and v4 across three
# seeds; outings (templated everyday plans) leave the sets unchanged. ``bench/triage_measure.py --parts
# templates,handwritten,lookalikes,ideation,attacks,outings,variants`` tries one.
# Round 6's plans said without a verb of intent and their everyday lookalikes (corpus/round6.py) take benign texts
# onto the urgent route on sets nobody looked at for them (v1, v4, v6) and lose a plan on v7 (round 6 in
# bench/results/README.md): ``--parts …,round6,variants`` measures it.
# Round 7's corpus (corpus/round7_en.py and round7_fr.py, a new writer's plans, passive ideation and lookalikes) adds
# 3 of its own 260 plans and 1 of its 220 benign texts to the urgent route when scored two-fold, and on the dev sets
# loses a plan and adds 3 benign texts (round 7 in bench/results/README.md); ``round7_plans``, ``round7_benign``,
# ``round7_en`` and ``round7_fr`` measure its halves.
# Round 9's corpus (corpus/round9_en.py and round9_fr.py, a new writer's 400 everyday first-person posts, all benign),
# as negatives for the model's plan class, takes 8 benign texts off the urgent route on the dev sets but 9 plans out
# of their top decile and 13 of round 7's 260 plans off the route; its halves lose plans too (round 9 in
# bench/results/README.md). ``--parts …,round9,variants`` measures it, ``round9_en`` and ``round9_fr`` its halves.
OPTIONAL_PARTS = ("counter", "outings", "round6", "round7", "round7_plans", "round7_benign", "round7_en", "round7_fr",
                  "round9", "round9_en", "round9_fr")
VARIANT_RATE = 0.5
# The class of the corpus's passive ideation (round 3's and later): its own since round 5, so that the model's
# "selfharm" class means a plan or an act. ``bench/triage_measure.py --ideation selfharm`` measures the old way.
IDEATION = "ideation"


def expand_grouped(seed: int = 13, parts: tuple[str, ...] = PARTS) -> list[tuple[str, str, str, str]]:
    """(text, lang, class, group) rows: the group names the sentence or template a text came from, so that
    cross-validation can keep every variant of one source on the same side of a split."""
    from trustdesk.triage.corpus.variation import variant

    rng = random.Random(seed)
    rows: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()

    def add(text: str, lang: str, label: str, group: str) -> None:
        if text not in seen:
            seen.add(text)
            rows.append((text, lang, label, group))

    if "templates" in parts:
        for (label, lang), templates in SOURCES.items():
            for template in templates:
                for text in _variants(template, VARIANTS[label], rng):
                    add(text, lang, label, f"{lang}:{label}:{template}")
    def add_sentences(*lists: tuple[str, str, Sequence[str]]) -> None:
        """Hand-written sentences, (class, language, sentences) in the order given: each its own group."""
        for label, lang, sentences in lists:
            for text in sentences:
                add(text, lang, label, f"{lang}:{label}:{text}")

    if "handwritten" in parts:
        add_sentences(*((label, lang, sentences) for (label, lang), sentences in _handwritten().items()))
    if "lookalikes" in parts:
        from trustdesk.triage.corpus import lookalikes

        add_sentences(("benign", "en", lookalikes.BENIGN_EN), ("benign", "fr", lookalikes.BENIGN_FR),
                      ("selfharm", "en", lookalikes.SELFHARM_EN), ("selfharm", "fr", lookalikes.SELFHARM_FR))
    from trustdesk.triage.corpus import round3_parts

    if "ideation" in parts:
        add_sentences((IDEATION, "en", round3_parts.IDEATION_EN), (IDEATION, "fr", round3_parts.IDEATION_FR),
                      ("benign", "en", round3_parts.IDEATION_LOOKALIKES_EN),
                      ("benign", "fr", round3_parts.IDEATION_LOOKALIKES_FR))
    if "attacks" in parts:
        add_sentences(("threat", "en", round3_parts.ATTACK_EN), ("threat", "fr", round3_parts.ATTACK_FR),
                      ("benign", "en", round3_parts.ATTACK_LOOKALIKES_EN),
                      ("benign", "fr", round3_parts.ATTACK_LOOKALIKES_FR))
    if "outings" in parts:
        SLOTS.update(round3_parts.OUTING_SLOTS)
        outings = random.Random(seed + 2)  # its own draws: the other parts' rows stay byte-identical
        for lang, templates in (("en", round3_parts.OUTINGS_EN), ("fr", round3_parts.OUTINGS_FR)):
            for template in templates:
                for text in _variants(template, VARIANTS["benign"], outings):
                    add(text, lang, "benign", f"{lang}:benign:{template}")
    if "counter" in parts:
        add_sentences(("benign", "en", round3_parts.COUNTER_EN), ("benign", "fr", round3_parts.COUNTER_FR))
    if "round4" in parts:
        from trustdesk.triage.corpus import round4_en, round4_fr

        add_sentences(("selfharm", "en", round4_en.SELFHARM), ("selfharm", "fr", round4_fr.SELFHARM),
                      ("benign", "en", round4_en.BENIGN), ("benign", "fr", round4_fr.BENIGN),
                      (IDEATION, "en", round4_en.IDEATION), (IDEATION, "fr", round4_fr.IDEATION))
    if "round5" in parts:
        from trustdesk.triage.corpus import round5_en, round5_fr

        add_sentences(("selfharm", "en", round5_en.SELFHARM), ("selfharm", "fr", round5_fr.SELFHARM),
                      ("benign", "en", round5_en.BENIGN), ("benign", "fr", round5_fr.BENIGN),
                      (IDEATION, "en", round5_en.IDEATION), (IDEATION, "fr", round5_fr.IDEATION))
    if "round6" in parts:
        from trustdesk.triage.corpus import round6

        add_sentences(("selfharm", "en", round6.SELFHARM_EN), ("selfharm", "fr", round6.SELFHARM_FR),
                      ("benign", "en", round6.BENIGN_EN), ("benign", "fr", round6.BENIGN_FR))
    if {"round7", "round7_plans", "round7_benign", "round7_en", "round7_fr"} & set(parts):
        from trustdesk.triage.corpus import round7_en, round7_fr

        def wanted(label: str, lang: str) -> bool:
            kind = "round7_benign" if label == "benign" else "round7_plans"
            return "round7" in parts or kind in parts or f"round7_{lang}" in parts

        add_sentences(*((label, lang, sentences) for label, lang, sentences in (
            ("selfharm", "en", round7_en.SELFHARM), ("selfharm", "fr", round7_fr.SELFHARM),
            ("benign", "en", round7_en.BENIGN), ("benign", "fr", round7_fr.BENIGN),
            (IDEATION, "en", round7_en.IDEATION), (IDEATION, "fr", round7_fr.IDEATION)) if wanted(label, lang)))
    if {"round9", "round9_en", "round9_fr"} & set(parts):
        from trustdesk.triage.corpus import round9_en, round9_fr

        add_sentences(*(("benign", lang, sentences) for lang, sentences in (("en", round9_en.BENIGN),
                                                                          ("fr", round9_fr.BENIGN))
                        if "round9" in parts or f"round9_{lang}" in parts))
    if "variants" in parts:
        varied = random.Random(seed + 1)
        for text, lang, label, group in list(rows):
            if varied.random() < VARIANT_RATE:
                add(variant(text, lang, varied), lang, label, group)
    return rows


def expand(seed: int = 13, parts: tuple[str, ...] = PARTS) -> list[tuple[str, str, str]]:
    """(text, lang, class) rows, deterministic for a seed, without duplicates."""
    return [(text, lang, label) for text, lang, label, _ in expand_grouped(seed, parts)]

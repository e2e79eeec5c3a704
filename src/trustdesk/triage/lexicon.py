"""Abuse lexicons: the safetype rule engine plus trustdesk's own threat and self-harm rules, offline.

safetype ships per-language packs (en, fr, es, de, pt). Running every pack on every text invites false
positives across languages (Spanish "con" is "with", French "con" is an insult), so a text is scanned with the
packs of its detected language plus English, which abusive text in any language borrows from. A detected
language without a pack (Italian, Dutch) gets English only; an undetected one gets all packs.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

PACK_LANGUAGES = ("en", "fr", "es", "de", "pt")

# safetype has no threat category; its threat rules are harassment with label "threat". These rules add the
# threats and self-harm statements reports most often quote. Patterns: tokens, (a|b) groups, "?" optional,
# "*" prefix; accents, case and apostrophes are normalized away ("I'll" is the tokens "i ll"). Phrases
# common in harmless speech stay out ("you're dead right", "je vais te retrouver à la gare"): the trained
# model, which sees context, is the place for them.
# (id, severity, confidence, label, pattern)
_RULES: tuple[tuple[str, str, float, str, str], ...] = (
    # English threats
    ("td.en.threat.know-where", "high", 0.8, "threat",
     "(i|we) know where (you|u|ur|your) (live|lives|work|sleep|kids|family)"),
    ("td.en.threat.coming-for", "high", 0.7, "threat",
     "(im|ill|i|we) (am|will|ll|re|are)? (coming|come) (for|after) (you|u)"),
    ("td.en.threat.watch-back", "medium", 0.6, "threat", "watch (your|ur) back"),
    ("td.en.threat.attack-place", "critical", 0.8, "threat",
     "(i|ill|im|we) (will|ll|am|m|gonna|going)? (to)? (shoot|bomb|burn) (up|down)? (the|your|this|that)? "
     "(school|house|office|church|mosque|synagogue|building|place)"),
    ("td.en.threat.hurt-family", "high", 0.75, "threat",
     "(hurt|kill|find) (your|ur) (kids|children|family|wife|husband)"),
    # English self-harm (the writer at risk, not an insult aimed at someone)
    ("td.en.self-harm.kill-myself", "critical", 0.8, "self-harm-risk", "(kill|hurt|cut|hang) myself"),
    ("td.en.self-harm.want-die", "high", 0.7, "self-harm-risk",
     "(i|im) (want|wanna|going|gonna|ready) (to)? die"),
    ("td.en.self-harm.end-life", "high", 0.7, "self-harm-risk", "end (my|it) (life|all)"),
    # French threats
    ("td.fr.threat.know-where", "high", 0.8, "threat",
     "(je|on) (sais|sait) (ou|où) (tu|vous) (habites|habitez|vis|vivez|travailles|travaillez|dors)"),
    ("td.fr.threat.find-you", "high", 0.7, "threat",
     "(je|j|on) (vais|va|v) (te|vous|t) (choper|attraper|buter|crever)"),
    ("td.fr.threat.skin", "high", 0.8, "threat", "(te|vous|t) faire la peau"),
    ("td.fr.threat.kill-you", "critical", 0.8, "threat",
     "(je|j|on) (vais|va|v) (te|vous|t) (tuer|egorger|massacrer|planter|defoncer)"),
    ("td.fr.threat.then-kill", "high", 0.75, "threat", "et (te|vous|t) (tuer|buter|egorger|massacrer|crever)"),
    ("td.fr.threat.pay", "medium", 0.55, "threat", "(tu|vous) (vas|allez) (le)? (payer|regretter)"),
    ("td.fr.threat.attack-place", "critical", 0.8, "threat",
     "(je|j|on) (vais|va)? (faire)? (sauter|bruler|tirer) (sur)? (l|la|le|ton|ta|votre|cette|cet)? "
     "(ecole|maison|bureau|eglise|mosquee|synagogue|immeuble)"),
    # Insults aimed at a person, without a swear word: the French pack has few ("espèce de bouffon", "grosse vache",
    # "t'es tellement moche"). Banter among friends ("t'es nul au Mario Kart mdr") is lowered by context.
    ("td.fr.insult.espece-de", "medium", 0.6, "insult",
     "(espece|bande|pauvre) de (bouffon|bouffons|debile|debiles|abruti|abrutie|abrutis|attarde|attardee|attardes|"
     "mongol|mongole|gogol|tocard|tocarde|clown|cassos|boloss|batard|demeure|demeuree|grognasse)"),
    ("td.fr.insult.sale-gros", "medium", 0.6, "insult",
     "(sale|gros|grosse) (tocard|tocarde|bouffon|bouffonne|vache|porc|truie|lard|debile|mongol|mongole|"
     "cassos|clown|baleine|cochon)"),
    ("td.fr.insult.t-es", "medium", 0.55, "insult",
     "(t|tu|toi) (es|etes)? (tellement|trop|vraiment|juste|qu)? (un|une)? (moche|laid|laide|debile|"
     "bouffon|bouffonne|mongol|mongole|attarde|attardee|gogol|abruti|abrutie|tocard|tocarde|cassos|boloss|"
     "pathetique|degueulasse|immonde)"),
    ("td.fr.insult.slur-person", "medium", 0.55, "insult",
     "(le|la|ce|cette|eh|oh) (mongol|mongole|gogol|attarde|attardee|tocard|tocarde|bouffon|bouffonne)"),
    ("td.fr.insult.nobody", "medium", 0.5, "insult",
     "personne (te|t) (aime|supporte|veut|calcule|parle)"),
    ("td.fr.insult.delete", "low", 0.5, "insult", "supprime (ton|ta) (compte|vie|appli)"),
    ("td.en.insult.fat-cow", "medium", 0.6, "insult",
     "(fat|ugly|stupid|dumb|disgusting) (cow|pig|whale|loser|freak|slob|idiot|moron|troll)"),
    ("td.en.insult.dumbest", "medium", 0.55, "insult",
     "(dumbest|ugliest|stupidest) (person|human|thing|girl|guy|loser)"),
    ("td.en.insult.delete", "low", 0.5, "insult", "(delete|leave) (your|this) (account|app)"),
    # Harassment by persistence: following someone until they leave, answer or cannot block it.
    ("td.en.persist.until", "medium", 0.6, "insult",
     "until (you|u) (leave|quit|delete|disappear)"),
    ("td.en.persist.cant-block", "medium", 0.6, "insult", "(you|u) (cant|cannot) (block|escape) me"),
    ("td.en.persist.can-t-block", "medium", 0.6, "insult", "(you|u) (can|won) t (block|escape) me"),
    ("td.en.persist.new-accounts", "medium", 0.55, "insult",
     "(new|another|more) accounts? (to|just) (message|find|reach|harass|follow) (you|u)"),
    ("td.fr.persist.until", "medium", 0.6, "insult",
     "jusqu a ce que (tu|vous) (quittes|quittiez|partes|supprimes|craques|disparaisses)"),
    ("td.fr.persist.cant-block", "medium", 0.6, "insult", "(tu|vous) (peux|pouvez) (pas|jamais) me (bloquer|echapper)"),
    # French self-harm
    ("td.fr.self-harm.want-die", "critical", 0.75, "self-harm-risk",
     "(je|j) (veux|vais|voudrais|compte) (me)? (tuer|suicider|pendre|mourir)"),
    ("td.fr.self-harm.end-life", "high", 0.75, "self-harm-risk", "en finir avec (la|ma) vie"),
)
TRUSTDESK_RULES: tuple[dict[str, Any], ...] = tuple(
    {"id": rule_id, "category": "harassment", "severity": severity, "confidence": confidence, "label": label,
     "pattern": pattern}
    for rule_id, severity, confidence, label, pattern in _RULES
)

# safetype (category, label) -> trustdesk label. Anything else keeps its safetype category as the label.
_LABELS = {
    ("harassment", "threat"): "threat",
    ("harassment", "self-harm-incitement"): "self_harm",
    ("harassment", "self-harm-risk"): "self_harm",
    ("sexual", "solicitation"): "sexual",
}

SEVERITY_WEIGHT = {"low": 0.35, "medium": 0.6, "high": 0.85, "critical": 1.0}

# How strongly each label speaks for abuse; profanity alone is common in harmless speech.
LABEL_WEIGHT = {
    "threat": 1.0, "self_harm": 1.0, "hate": 1.0, "harassment": 0.8, "sexual": 0.6, "profanity": 0.3,
}


@dataclass(frozen=True)
class LexiconHit:
    """One lexicon match: the trustdesk label, how strong it is (0..1) and the words that matched."""

    label: str
    strength: float
    text: str
    rule_id: str


_lock = threading.Lock()
_engines: dict[tuple[str, ...], Any] = {}
_missing: str | None = None


def _packs_for(language: str | None) -> tuple[str, ...]:
    if language == "en":
        return ("en", "hi-latn")  # safetype's English default: Hinglish is common in English-language apps
    if language in PACK_LANGUAGES:
        return (language, "en")
    if language is not None:
        return ("en",)
    return (*PACK_LANGUAGES, "hi-latn")


def _engine(packs: tuple[str, ...]) -> Any:
    engine = _engines.get(packs)
    if engine is not None:
        return engine
    with _lock:
        if packs not in _engines:
            from safetype import create_moderation_engine

            # Keep every match, however weak: triage weighs them itself.
            lenient = {"min_severity": "low", "min_confidence": 0}
            policy = {c: lenient for c in ("profanity", "hate", "harassment", "sexual", "custom")}
            # mode "warn" never masks, which skips the text rewriting triage does not use.
            _engines[packs] = create_moderation_engine(
                mode="warn", languages=list(packs), policy=policy, rules=list(TRUSTDESK_RULES)
            )
    return _engines[packs]


def available() -> bool:
    return missing_reason() is None


def missing_reason() -> str | None:
    """Why the lexicon is unavailable, or None when it works."""
    global _missing
    if _missing is None and not _engines:
        try:
            _engine(_packs_for("en"))
        except ImportError as exc:
            _missing = f"safetype not installed ({exc.name})"
    return _missing


# safetype scales confidence by context (its CONTEXT_FACTOR): words in quotes 0.5, words talked about 0.4.
# That suits filtering what someone writes, but reports quote the abuse they report ("he wrote « je vais te
# tuer »"), so triage discounts quotes less.
_SAFETYPE_CONTEXT = {"direct": 1.0, "quoted": 0.5, "mention": 0.4}
_TRIAGE_CONTEXT = {"direct": 1.0, "quoted": 0.85, "mention": 0.5}


def _hit(match: Any) -> LexiconHit:
    label = _LABELS.get((match.category, match.label), match.category)
    context = getattr(match, "context", "direct")
    confidence = match.confidence / _SAFETYPE_CONTEXT.get(context, 1.0) * _TRIAGE_CONTEXT.get(context, 1.0)
    strength = SEVERITY_WEIGHT.get(match.severity, 0.6) * min(confidence, 1.0) * LABEL_WEIGHT.get(label, 0.6)
    return LexiconHit(label=label, strength=round(strength, 4), text=match.text, rule_id=match.rule_id)


def scan(text: str, language: str | None) -> list[LexiconHit]:
    """Lexicon hits in one text, strongest first; [] when safetype is missing."""
    if not available():
        return []
    result = _engine(_packs_for(language)).moderate(text)
    return sorted((_hit(m) for m in result.matches), key=lambda h: -h.strength)


def scan_many(texts: Sequence[str], languages: Sequence[str | None]) -> list[list[LexiconHit]]:
    """Lexicon hits for each text, given its detected language (None: unknown)."""
    return [scan(text, language) for text, language in zip(texts, languages, strict=True)]

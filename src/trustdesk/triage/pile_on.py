"""Harassment aimed at one person through others, in French and English: a named or tagged person's address,
number, workplace or private messages posted, or a crowd called on to comment, share or message them.

"Ryan lives at 14 Elm St, go tell him what you think", "partagez sa photo avec son num", "on spamme ses dms": no
insult strong enough for the lexicon, and no threat; what harms is the crowd sent to one person (round 11: v17/v18's
harassment scored 0.74-0.76 AUC against benign texts).
"""

from __future__ import annotations

from trustdesk.triage.rules import FacetMatcher, HarmFinding

MATCHER = FacetMatcher({
    # Someone's whereabouts or private things made public, or found to be used.
    "exposed": [
        r"\b(?:lives at|lives on|home address|address and (?:phone )?(?:number|num)|(?:his|her|their) (?:home )?"
        r"(?:address|number|phone number|dms|messages)|posting (?:\w+ s|his|her|their) (?:dms|messages|texts|nudes)|"
        r"found (?:your|ur) (?:new )?(?:workplace|job|address|house|school)|works (?:at|the \w+ shift at))\b",
        r"\b(?:son adresse|son num|son numero|ses dms|ses messages|l adresse et le num|il s appelle \w+ \w+ et il "
        r"(?:bosse|travaille|habite)|elle s appelle \w+ \w+ et elle (?:bosse|travaille|habite)|"
        r"(?:il|elle) (?:bosse|travaille|habite) (?:au|a la|chez|rue)|trouve ton (?:nouveau )?(?:taf|boulot|travail|"
        r"adresse|lycee|ecole))\b",
    ],
    # A crowd called on to act on one person.
    "crowd called": [
        r"\b(?:every(?:one|body) go|y ?all go|go (?:tell|message|dm|comment)|tell (?:him|her|them) what (?:you|u) "
        r"think|share it around|pass it around|make sure (?:his|her|their) \w+ sees?|so the whole (?:group|school|"
        r"class|gc|office) (?:can )?see|every(?:one|body) (?:go )?comment|go look at)\b",
        # ... or the person's own circle set on them ("I'll be emailing your boss every day").
        r"\b(?:email\w*|messag\w*|call\w*|text\w*|tell\w*) (?:your|ur) (?:boss|employer|manager|wife|husband|"
        r"parents)\b",
        r"\b(?:allez (?:lui|leur) dire|dites lui ce que|partagez (?:sa|son|ses)|faites tourner|tout le monde va "
        r"(?:lui|commenter)|on (?:spamme|spam|harcele|insulte|signale) (?:ses|son|sa|les dms de)|"
        r"on (?:la|le) mute tous|"
        r"pour ceux qui veulent (?:lui )?dire)\b",
        r"\b(?:(?:un )?mail|message|ecrire|appeler) (?:a )?(?:ton|ta|tes) (?:patron|patronne|chef|employeur|femme|mari|"
        r"parents)\b",
    ],
    # The person mocked. A tag or a name in the possessive is as often praise ("everyone go look at Sam's photo from
    # the marathon", "go follow @thebakery"), and an "ugly cry" is joy.
    "mocked": [
        r"\b(?:ugly(?! cry\w*)|fat|creep|loser|stinks?|whale|cow|pathetic|worthless|disgusting|slut|freak)\b",
        r"\b(?:moche|grosse|gros|phoque|canard|pue|pues|merde|cave|indigne|baleine|vache|thon|salope|bouffon)\b",
    ],
})


def assess(normalized: str) -> HarmFinding | None:
    facets = MATCHER.scan(normalized)
    found = tuple(f for f in ("exposed", "crowd called") if f in facets)
    # Either alone is also an invitation ("everyone go comment on the new menu") or where grandma lives; beside each
    # other, or beside a mocking word, they aim at someone.
    if not found or (len(found) == 1 and "mocked" not in facets):
        return None
    return HarmFinding("harassment", 0.7 if len(found) == 1 else 0.85, found, facets.evidence(*found))

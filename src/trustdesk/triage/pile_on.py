"""Harassment aimed at one person through others, in French and English: a named or tagged person's address,
number, workplace or private messages posted, or a crowd called on to comment, share or message them.

"Ryan lives at 14 Elm St, go tell him what you think", "partagez sa photo avec son num", "on spamme ses dms": no
insult strong enough for the lexicon, and no threat; what harms is the crowd sent to one person (round 11: v17/v18's
harassment scored 0.74-0.76 AUC against benign texts).
"""

from __future__ import annotations

from trustdesk.triage.rules import FacetMatcher, HarmFinding

# Round 22: her pictures thrown to a group ("balancez ses photos dans le groupe du staff"): something exposed and a
# crowd called on at once, so it counts as both facets.
_THROWN_TO_A_GROUP = (r"\b(?:balancez|balance|postez|drop|dropping|post) (?:ses|sa|son|her|his|their) (?:photos|nudes|"
                      r"pics|screenshots|captures)\b")

MATCHER = FacetMatcher({
    # Someone's whereabouts or private things made public, or found to be used.
    "exposed": [
        _THROWN_TO_A_GROUP,
        r"\b(?:lives at|lives on|home address|address and (?:phone )?(?:number|num)|(?:his|her|their) (?:home )?"
        r"(?:address|number|phone number|dms|messages)|posting (?:\w+ s|his|her|their) (?:dms|messages|texts|nudes)|"
        r"found (?:your|ur) (?:new )?(?:workplace|job|address|house|school)|works (?:at|the \w+ shift at))\b",
        r"\b(?:son adresse|son num|son numero|ses dms|ses messages|l adresse et le num|il s appelle \w+ \w+ et il "
        r"(?:bosse|travaille|habite)|elle s appelle \w+ \w+ et elle (?:bosse|travaille|habite)|"
        r"(?:il|elle) (?:bosse|travaille|habite) (?:au|a la|chez|rue)|trouve ton (?:nouveau )?(?:taf|boulot|travail|"
        r"adresse|lycee|ecole))\b",
        # Round 13: a building, a floor, a street number, a car, a parent's page or a new number ("bâtiment C, 3e
        # étage", "found her dad's linkedin and her street", "here's his reg", "roule en Clio blanche").
        r"\b(?:(?:building|block|flat|apt|apartment) [a-z0-9]{1,3}|\d+(?:st|nd|rd|th) floor|\d+ \w+ (?:st|street|rd|"
        r"road|ave|avenue|lane|close)|(?:lives|lives in|he s at|she s at) the (?:house|flat) with|drives a|"
        r"here s (?:his|her|their) (?:reg|number|new number|address|plate)|(?:his|her|their) new number|"
        r"(?:mum|mom|dad|father|mother|parents) s (?:address|linkedin|facebook|work|house)|(?:found|got) (?:his|her|"
        r"their) (?:street|address|workplace|school|linkedin|facebook)|(?:found|find|found out) (?:where|out where) "
        r"(?:she|he|they|\w+) (?:lives|works)|works (?:the \w+ )?at the|(?:posting|post) (?:this \w+ s|his|her) "
        r"(?:screenshots|address|number|pics|photos))\b",
        r"\b(?:batiment [a-z0-9]{1,2}|\d+e etage|\d+ rue|(?:habite|vit|crèche|creche) (?:au|a la|rue|batiment|dans la|"
        r"residence|la maison)|(?:bosse|travaille) (?:a la|au|chez)|roule en|son nouveau (?:numero|num|compte|pseudo)|"
        r"le (?:facebook|insta|compte) de sa (?:mere|soeur)|le nom de son (?:lycee|college|ecole)|je (?:balance|mets|"
        r"poste) (?:tout|sa photo|son num\w*|son adresse|l adresse)|jvous mets sa photo|je l ai retrouve|"
        r"retrouve (?:son|sa) (?:nouveau |nouvelle )?(?:compte|adresse|lycee|taf|boulot))\b",
    ],
    # A crowd called on to act on one person.
    "crowd called": [
        r"\b(?:every(?:one|body) go|y ?all go|go (?:tell|message|dm|comment)|tell (?:him|her|them) what (?:you|u) "
        r"think|share it around|pass it around|make sure (?:his|her|their) \w+ sees?|so the whole (?:group|school|"
        r"class|gc|office) (?:can )?see|every(?:one|body) (?:go )?comment|go look at)\b",
        # ... or the person's own circle set on them ("I'll be emailing your boss every day").
        r"\b(?:email\w*|messag\w*|call\w*|text\w*|tell\w*) (?:your|ur) (?:boss|employer|manager|wife|husband|"
        r"parents)\b",
        # Round 22: her pictures thrown to a group, a rumour to pass on ("c'est une mytho qui couche avec les
        # clients. partagez", "posting this so everyone knows").
        _THROWN_TO_A_GROUP, r"\bpartagez\s*[.!]*$|\bposting this so every(?:one|body) knows\b",
        r"\b(?:allez (?:lui|leur) dire|dites lui ce que|partagez (?:sa|son|ses)|faites tourner|tout le monde va "
        r"(?:lui|commenter)|on (?:spamme|spam|harcele|insulte|signale) (?:ses|son|sa|les dms de)|"
        r"on (?:la|le) mute tous|"
        r"pour ceux qui veulent (?:lui )?dire)\b",
        r"\b(?:(?:un )?mail|message|ecrire|appeler) (?:a )?(?:ton|ta|tes) (?:patron|patronne|chef|employeur|femme|mari|"
        r"parents)\b",
        # Round 13: the crowd sent with a wink ("who wants to send her a little surprise", "say hi 👋", "à vous de
        # jouer", "vous savez quoi faire") or told to flood, report or freeze someone out.
        r"\b(?:who wants to (?:send|visit|tell|message)|let s all|let (?:her|him) know what|(?:go )?say hi|"
        r"pay (?:her|him|them) a visit|do your thing|you (?:all )?know what to do|go have fun|share this so|"
        r"(?:every(?:one|body) )?report (?:him|her|@)|spam (?:him|her|his|her)|flood (?:his|her) (?:chat|comments|"
        r"dms)|reply to every|every one of \w+ s posts|go tell (?:her|him)|every(?:one|body) (?:look|report)|"
        r"freeze (?:her|him|them) out|send (?:her|him) a (?:little )?(?:surprise|visit))\b",
        r"\b(?:allez (?:tous )?(?:lui|voir|mettre)|faites lui|faites vous plaisir|lachez vous|a vous de jouer|"
        r"vous savez (?:quoi faire|ce qu il reste)|spammez|signalez (?:son|tous|en masse|le compte)|harcelez|"
        r"partagez (?:pour que|partout|a fond)|reconnaissez (?:la|le)|on (?:va tous|se met tous|lui fait)|rt si|"
        r"votez en story|envoyez lui|tout le monde (?:sur|en) (?:le|son|sa)|qui est chaud|abonnez vous)\b",
        # ... or a person shown to the crowd to be laughed at ("lol look at this fat cow trying to dance", "regardez
        # cette grosse vache"): a person pointed at, not a thing ("look at this ugly sweater I bought").
        r"\b(?:look at|everyone clock|check out) (?:this|that) (?:\w+ )?(?:guy|girl|dude|kid|clown|loser|cow|whale|pig|"
        r"woman|man|lad|idiot|freak)\b",
        r"\bregardez (?:moi )?(?:ce|cette|la|le) (?:\w+ )?(?:mec|meuf|fille|gars|nana|clown|bouffon|baleine|vache|"
        r"cassos|stagiaire|prof|voisin|voisine|abruti|debile)\b",
    ],
    # Round 13: the aim said: that the person quits, cries, breaks or regrets it ("until she deletes her account",
    # "jusqu'à ce qu'il craque"). A crowd or an address beside it is a campaign against one person.
    "until gone": [
        r"\b(?:until|till|untill) (?:he|she|they|s?he) (?:deletes?|quits?|leaves?|cries|stops|closes|gives up|"
        r"changes? school)|make (?:him|her|them) (?:regret|quit|cry)|(?:she|he) deserves (?:it|every)|"
        r"freeze (?:her|him|them) out\b",
        r"\b(?:jusqu (?:a ce qu|a temps qu) (?:il|elle|y|ils)|qu (?:il|elle) (?:craque|supprime|pleure|demissionne)|"
        r"faut qu (?:il|elle) (?:la |le )?supprime|le faire craquer|la faire craquer|(?:il|elle) va regretter|"
        r"l a bien cherche|vivre un enfer|personne lui parle)\b",
    ],
    # Round 13: a welcome or a thanks: neighbours sent to say hi to newcomers who "brought us cookies", a colleague
    # thanked. A campaign is said with a wink or a grievance, not with warmth.
    "warm": [
        r"\b(?:welcome|cookies|lovely|so kind|thank\w*|congrat\w*|birthday|proud of|adorable|adorables|bienvenue|"
        r"sympas?|gentils?|gentilles?|merci|felicit\w*|anniversaire|fiers? de|fieres? de)\b",
    ],
    # The person mocked. A tag or a name in the possessive is as often praise ("everyone go look at Sam's photo from
    # the marathon", "go follow @thebakery"), and an "ugly cry" is joy.
    "mocked": [
        r"\b(?:ugly(?! cry\w*)|fat|creep|loser|stinks?|whale|cow|pathetic|worthless|disgusting|slut|freak)\b",
        r"\b(?:moche|grosse|gros|phoque|canard|pue|pues|merde|cave|indigne|baleine|vache|thon|salope|bouffon)\b",
        r"\b(?:clown|cringe|failure|toddler|melted candle|double chin|smells? like|smelly|cries if|useless|lump|"
        r"waste of space|troll|weird little|loser)\b|[🤡🐷🐳🐋]",
        r"\b(?:tronche|clowns?|cachalot|rillettes|nul|nulle|chiale|rate|ratee|pathetique|cas soc|cas social|boulet|"
        r"la honte|incapable|begayer|honte|mytho|mythomane)\b",
        r"\b(?:lying|dirty|filthy) (?:slag|slut|cow|liar)\b|\b(?:slag|slut)\b",
    ],
})


def assess(normalized: str) -> HarmFinding | None:
    facets = MATCHER.scan(normalized)
    found = tuple(f for f in ("exposed", "crowd called", "until gone") if f in facets)
    # Either alone is also an invitation ("everyone go comment on the new menu") or where grandma lives; beside each
    # other, or beside a mocking word, they aim at someone.
    if not found or (len(found) == 1 and "mocked" not in facets) or "warm" in facets:
        return None
    return HarmFinding("harassment", 0.7 if len(found) == 1 else 0.85, found, facets.evidence(*found))

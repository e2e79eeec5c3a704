"""The words of a self-harm plan, in French and English: the facets selfharm.py finds (ideation, means, place,
time; the goodbye and what comes after it are in selfharm_farewell_words.py) and the phrases it reads as a
declared plan or a euphemism for one.

Data, kept apart from the rules that weigh it (selfharm.py) so that either can be read on its own."""

from __future__ import annotations

from trustdesk.triage.selfharm_farewell_words import AFTER_FACETS

FIRST_PERSON_I = r"(?:i|im|i m|ill|i ll|ima|imma|gonna|je|j|jvais|jveux|me|moi)"
# "en finir" is about one's life unless it is "en finir avec" something else ("avec ce dossier", "avec les travaux").
LIFE_FR = r"(?:la vie|ma vie|cette vie|tout|moi|mes jours|l existence)\b"
# Round 12: also after a beat, the joke's form ("je vais en finir une bonne fois pour toutes… avec le sucre"); only
# with the ellipsis, as "en finir ce soir avec les cachets" is a plan.
# (but "en finir… avec les cachets" is a means after the beat, not a punchline)
_A_MEANS_AFTER = (r"(?:(?:the|my|some|all|les|mes|des|la|le|ma|mon|ces|toute la|tout le) )*(?:pills|tablets|meds|rope|"
                  r"gun|knife|blades?|razor|cachets|comprimes|medocs|medicaments|corde|fusil|couteau|lames?)\b")
NOT_WITH_SOMETHING_ELSE = (r"(?! avec (?!" + LIFE_FR + r"))(?!(?: \w+){0,5}\.\.\. ?avec (?!" + LIFE_FR + r"|"
                           + _A_MEANS_AFTER + r"))")
# A container of something other than medicine ("the whole box of donuts", "toute la boîte de chocolats", "the
# whole bottle to the party"): what is in it, or where it goes, is named and is not a medicine (round 18).
_MEDICINE_INSIDE = (r"(?:pills|tablets|meds|medicine|sleeping|pain|paracetamol|tylenol|advil|ibuprofen|aspirin|xanax|"
                    r"valium|codeine|oxy\w*|insulin|cachets|comprimes|medocs|medicaments|somniferes|doliprane|"
                    r"anxiolytiques|antidepresseurs|la|ma|mon|mes|my|her|his|mum s|mom s|maman|mere|grand)")
NOT_OF_SOMETHING_ELSE = rf"(?! (?:of|to|home|with|back|de|d|a|au|pour) (?!{_MEDICINE_INSIDE}\b))"
EN_FINIR = r"\ben finir\b" + NOT_WITH_SOMETHING_ELSE
# A declared plan to die, first person, with no means or time needed ("je vais en finir", "I'm going to kill
# myself", "plus envie de vivre"): the brief for the urgent route names these as intent on their own.
DECLARED = [
    r"\b(?:going to|gonna|about to|ready to|want to|wanna|will|ll|i m|im) (?:kill myself|end my life|end it all|"
    r"take my (?:own )?life|unalive myself)\b",
    r"\bkms\b", r"\bready to die\b", r"\blast night on earth\b",
    r"\b(?:don t|dont|do not) (?:want|wanna) (?:to )?(?:live|be alive)(?: anymore| any more)?\b",
    r"\bno (?:reason|point) (?:to live|in living|living)\b",
    r"\b(?:je vais|jvais|j vais|je v|jv|je veux|jveux|j veux) (?:me (?:tuer|suicider|pendre|foutre en l air)|"
    r"en finir" + NOT_WITH_SOMETHING_ELSE + r"|mettre fin a (?:ma vie|mes jours))",
    r"\b(?:je me|jme|j me) (?:tue|suicide)\b", r"\bplus (?:envie|la force) de vivre\b",
    # The same decision in the present or a future tense ("je mettrai fin à mes jours dimanche", "lorsque vous
    # lirez ceci j'aurai mis fin à mes jours", "by the time you read this I will have ended my life").
    r"\b(?:je|j) (?:mets|mettrai|aurai mis) fin a (?:ma vie|mes jours)\b",
    r"\b(?:will|ll) have (?:ended|taken) (?:my (?:own )?life|it all)\b",
    # The same in a formal letter or a scheduled message (round 10): "by the time you read this I will have ended
    # things" (not "… ended things with Mark"), "lorsque vous lirez ceci j'aurai mis un terme à tout".
    r"\b(?:by the time|when|once) (?:you|u) (?:read|get|receive|open) (?:this|it)\b.{0,20}\b(?:will|ll) have "
    r"ended (?:things|it|everything)\b(?! with)",
    r"\b(?:quand|lorsque|le temps que) (?:vous|tu) (?:lirez|liras|recevrez|recevras|ouvrirez|ouvriras) "
    r"(?:ceci|ca|ce (?:message|mot|courrier|mail))\b.{0,20}\bj aurai (?:tout arrete|mis (?:un terme|fin) a tout)\b",
    # Round 12: a decision or an intention said in its own verbs, often in a formal letter ("I intend to end my life
    # on the eve of my birthday", "I've decided to take my own life", "j'ai décidé de mettre un terme à ma vie ce
    # week-end", "je compte mettre fin à mes jours").
    r"\b(?:intend|intends|intending|plan|planning|planned|decided|decide|chosen|choose|determined|mean|resolved) "
    r"to (?:kill myself|end my (?:own )?life|end it all|take my (?:own )?life)\b",
    r"\b(?:j ai decide|je suis decidee?|j ai choisi|j ai l intention|je compte|j ai prevu|je prevois|c est decide,? "
    r"je vais)(?: de)? (?:me (?:tuer|suicider|donner la mort|oter la vie)|mettre (?:fin|un terme) a (?:ma vie|mes "
    r"jours)|en finir" + NOT_WITH_SOMETHING_ELSE + r")\b",
    r"\b(?:mettre|mettrai|mets|aurai mis) un terme a (?:ma vie|mes jours)\b",
    r"\bveux plus vivre\b", r"\b(?:aucune|plus aucune|pas de) raison de vivre\b",
    r"\b(?:starve|starving|stop eating|cut|cutting|drink|drinking) (?:myself )?until i (?:die|m dead)\b",
    r"\b(?:manger|boire|me couper|me priver) jusqu a (?:en )?mourir\b",
    # Round 18: fire as the means, said of oneself ("setting myself on fire outside the depot tomorrow", "je vais
    # m'immoler devant la préfecture").
    r"\b(?:set|setting|light|lighting) myself (?:on fire|alight|ablaze)\b",
    r"\b(?:m immoler|m immole|me bruler vife?|me mettre le feu|m asperger d essence)\b",
]
# Ideation said the way everyday life says other things ("I'm leaving tonight and not coming back, moving to the
# countryside", "je saute dans le lac"): an ordinary plan around them explains them, unlike explicit words.
EUPHEMISMS = [
    r"\bwon t (?:be here|see)\b", r"\bnot coming back\b", r"\breviendrai pas\b", r"\bswallowed\b",
    r"\bj ai avale\b", r"\bi m done\b.*\bbye\b", r"\bc est fini pour moi\b", r"\bjump (?:off|from)\b",
    r"\bsauter du\b", r"\bje saute\b", r"\bi ll have (?:jumped(?! through)|done it|gone)\b",
    r"\bon (?:me )?retrouvera\b", r"\bje prends tout\b",
    r"\b(?:pills|tablets|cachets|comprimes|medocs|medicaments) (?:are |sont )?(?:counted|comptes)\b",
    # Counting pills is also what a week's pill organiser takes.
    r"\bcount(?:ed|ing)? (?:out )?(?:the |my |all the )?(?:pills|tablets)\b",
]
# Medicine put aside to take at once: never ordinary medicine, whatever prescription it came from.
# (Round 21: not asked or begged for: "my gran kept asking for the tablets that make it stop".)
STOCKPILE = (r"\b(?:saving|saved|stockpil\w*|hoard\w*|kept|keeping|putting aside|put aside) "
             r"(?!(?:on )?(?:asking|begging|calling|forgetting|losing|missing|dropping|taking|mixing)\b)"
             r"(?:up )?(?:\w+ ){0,3}"
             r"(?:pills|tablets|meds|prescription|medication|insulin)\b|"
             # the other way round (round 13b): "the sleeping tablets the doctor prescribed, I have kept every one",
             # "les somnifères, je les ai tous gardés"
             r"\b(?:pills|tablets|meds|medication|cachets|comprimes|somniferes|medicaments)\b.{0,60}\b(?:i have|i ve|"
             r"i) (?:kept|saved) (?:every (?:one|single one)|them all|all of them)\b|\bje les ai (?:tous|toutes) "
             r"(?:gardee?s|mise?s de cote)\b|"
             r"\b(?:garde|gardee|mets|mis|met|stocke|accumule|economise)\w* (?:\w+ ){0,4}(?:ordonnance|cachets|"
             r"comprimes|medocs|medicaments|insuline)(?: \w+){0,2} de cote\b")


# An overdose of something watched, eaten or done ("overdosed on netflix this weekend", "overdose de chocolat").
_NOT_A_BINGE = (r"(?! (?:on|of|de|d) (?:netflix|series|tv|anime|youtube|tiktok|memes|reels|sport|sun|soleil|chocolate|"
                r"chocolat|sugar|sucre|caffeine|coffee|cafe|pizza|candy|bonbons|christmas|noel|love|amour|work|travail|"
                r"boulot|cuteness|mignonnerie|nostalgia|nostalgie|jeux video|video games|gaming|paperwork|paperasse|"
                r"admin|emails?|mails?|meetings?|reunions?|forms?|formulaires?|dossiers?)\b)")


# Tools and toys called guns (fixed-width lookbehinds, one per word).
_NOT_A_TOOL = "".join(f"(?<!{word} )" for word in ("glue", "nail", "heat", "water", "nerf", "paint", "staple",
                                                     "squirt", "toy", "massage", "caulk", "caulking", "bb"))

# Thrown under the desk or the duvet is hiding, not dying ("envie de me jeter sous mon bureau jusqu'en juillet").
_NOT_UNDER_COVERS = (r"(?! (?:mon|ma|mes|le|la|les) (?:bureau|couette|lit|table|plaid|draps|couverture|oreiller|"
                     r"canape)s?\b)")
PLAN_FACETS: dict[str, list[str]] = {
    "ideation": [
        r"\b(?:kill|killing|hang|hanging|hurt|cut|cutting) myself\b",
        r"\bsuicid\w*",
        # (not "i'm ending it… with carbs": the joke's beat before what is ended)
        r"\bend(?:ing)? (?:it|my life|it all|things)\b(?! with (?:him|her|them|my (?:boyfriend|girlfriend|bf|gf|"
        r"partner|husband|wife|ex|job|boss)))(?!(?: \w+){0,4}\.\.\. ?with (?!" + _A_MEANS_AFTER + r"))",
        r"\b(?:want|wanna|going|gonna|ready) (?:to )?die\b",
        # Round 14: the end said of "this" with nothing after it ("tonight i end this", "i'll end this tonight.").
        r"\b(?:i|i ll|i will|i m going to|i am going to|gonna|going to) end this"
        r"(?: (?:tonight|today|now|here|for good))?\s*(?:[.!]|$)",
        r"\bwant to disappear\b",
        r"\bnot (?:be|gonna be) (?:alive|here)\b",
        r"\b(?:if|when|once) i m (?:not|no longer) (?:here|around|alive)\b", r"\bsi je suis (?:plus|pas) la\b",
        # Life as the thing one leaves: a break from it, a trip one does not come back from.
        # (a break from life for good, not "a break from life online this weekend")
        r"\b(?:break|rest|exit|escape|vacation) from (?:life|living|this life|existence)\b"
        r"(?! (?:online|on|for|this|until|till|admin|in))",
        r"\bpause (?:definitive |permanente )?(?:avec|de) (?:la|cette) vie\b"
        r"(?! (?:en ligne|numerique|sociale|pro|ce week end|cette semaine|pendant|jusqu))",
        r"\b(?:the kind|a trip|one) (?:you|i) (?:don t|do not|won t|never) come back from\b",
        r"\bdont on (?:ne )?revient (?:pas|jamais)\b", r"\b(?:aller|voyage|trip) sans retour\b",
        r"\bjump(?:ing)? (?:off|from) (?:the )?(?:top (?:floor )?of (?:the |my )?)?(?:car park|multi storey|parking|"
        r"tower block|block of flats|roof of (?:my|the) (?:building|block|flats?))\b",
        r"\bwon t (?:be here|see)\b", r"\bjump (?:off|from)\b", r"\boverdos\w*\b" + _NOT_A_BINGE,
        r"\bslit my wrists?\b",
        # A blade's method said on oneself ("thinking of slitting my throat", "me trancher les veines").
        r"\b(?:slit|slitting|slash|slashing) my (?:throat|wrists?|veins?)\b|"
        r"\b(?:me|m) (?:trancher|tranche|taillader|ouvrir|ouvre) (?:la gorge|les veines|les poignets)\b",
        r"\b(?:step|jump) in front of\b", r"\bi m done\b.*\bbye\b", r"\bnot coming back\b", r"\bwanna die\b",
        r"\bmy (?:goodbye|suicide) (?:note|letter)s?\b", r"\btake them all\b", r"\btaking all of them\b",
        r"\bswallowed\b",
        # All of them, in French, as a plan ("j'vas toutes les prendre", "demain je les avale toutes"), not a routine
        # ("mes vitamines, je les prends toutes le matin").
        r"\b(?:toutes|tous) les (?:prendre|avaler)\b|\bles (?:prendre|avaler|avale) (?:toutes|tous)\b",
        r"\b(?:me|m) (?:tuer|tue|suicider?|suicide|pendre|pends|fous en l air|foutre en l air|(?:jeter?|jette) sous"
        + _NOT_UNDER_COVERS + r"|ouvrir les veines|scarifie\w*)\b",
        EN_FINIR, r"\bj en finis\b(?! avec (?!" + LIFE_FR + r"))",
        r"\b(?:m(?:ettre|ets|ettrai)|aurai mis) fin a (?:ma vie|mes jours)\b",
        r"\bveux (?:plus vivre|mourir|disparaitre)\b", r"\benvie de (?:crever|mourir)\b", r"\bplus en vie\b",
        r"\breviendrai pas\b", r"\bsauter du\b", r"\bje prends tout\b", r"\bc est fini pour moi\b",
        # Round 18: the whole box or bottle, taken or to be taken ("ce soir je prends toute la boîte", "pris toutes
        # les boîtes de ma mère", "took the whole bottle") — not a box of chocolates or a bottle of wine.
        r"\b(?:je |j |g |j ai |ai )?(?:prends|prendrai|vais prendre|pris|avale|avaler|vais avaler) (?:toute la boite|"
        r"toutes les boites|toute la plaquette|toutes les plaquettes|tout le flacon|tous les flacons|tout le tube)\b"
        + NOT_OF_SOMETHING_ELSE,
        r"\b(?:i m taking|i ll take|gonna take|going to take|took|swallowed|i take) the whole (?:box|bottle|pack|"
        r"packet|strip|blister|tub)\b" + NOT_OF_SOMETHING_ELSE,
        # "je saute" is a jump to death, not into the pool, off a bungee or over lunch.
        r"\bje saute\b(?! (?:dans (?:le|la|l) (?:lac|piscine|eau|mer|bain|riviere)|en parachute|a l elastique|"
        r"d un avion|"
        r"de joie|le (?:repas|petit dej|dejeuner|diner|cours|pas)|une etape|sur l occasion|"
        r"(?:du|d un|depuis le) (?:plongeoir|tremplin|trampoline|rocher dans)|en parapente))",
        r"\bj ai avale\b", r"\bplus me reveiller\b", r"\bovers?dose\b" + _NOT_A_BINGE, *DECLARED,
        # Not waking up: "so I never wake up", "combien … pour pas se réveiller" (not "don't wake me up").
        r"\b(?:hope|want|wish|going|gonna|so|and) (?:i |to )?(?:never|don t|do not|won t|not) wake up\b"
        r"(?! (?:the|my|him|her|them|anyone|everyone|early|late|in time|on time|until|till|before|at|for|with|to|"
        r"sick|hungover))",
        # (round 18: a purpose, "how many of nanas sleeping pills to never wake")
        r"\b(?:to|so i|and) never wake(?: up)?\b(?! up\b)(?! (?:the|my|him|her|them|anyone|everyone|early|late|"
        r"in time|on time|until|till|before|at|for|with|to|sick|hungover|tired|groggy|again|so))",
        r"\bpour (?:ne )?(?:pas|plus|jamais) (?:me |se |m |s )?reveiller\b"
        r"(?! (?:en retard|trop tard|tard|trop tot|tot|a \d|avant|apres|pendant|la nuit|le matin|fatigue|en sueur))",
        r"\b(?:suis|s est) (?:encore )?scarifiee?s?\b",
        # Texting forms: "jme fou en l'air", "jsaute dans 5 min", "cutting deeper".
        r"\b(?:jme|j me|je me) (?:fou|fous|fout) en l air\b",
        r"\bjsaute\b(?! (?:dans (?:le|la|l) (?:lac|piscine|eau|mer)|de joie|en parachute))",
        r"\b(?:cutting|cut|cuts) (?:myself )?(?:deeper|even deeper)\b",
        r"\bme couper plus (?:profond|fort)\b",
        # Someone else's plan, as a friend reports it ("she wrote she's going to kill herself tonight").
        r"\b(?:kill|hang|hurt|cut) (?:herself|himself|themselves)\b", r"\bend (?:her|his|their) (?:life|lives)\b",
        r"\bs? ?(?:se|s) (?:tuer|suicider|pendre|foutre en l air|jeter sous)\b", r"\bmettre fin a ses jours\b",
        # Methods said without the usual words.
        # Everyday objects as the method, said in the present or future: a car into a tree, walking into the sea.
        r"\b(?:drive|driving|crash|crashing|swerve|swerving) (?:my car )?(?:into|off) (?:a|the) (?:tree|wall|bridge|"
        r"river|lake|cliff|truck|lorry|pillar)\b", r"\bwalk(?:ing)? into the (?:sea|ocean|river|lake|traffic)\b",
        r"\b(?:climb|climbing|step|stepping) over the (?:railing|barrier|parapet|guard rail)\b",
        r"\b(?:legs? (?:are )?dangling|les jambes dans le vide|on the edge of the roof|au bord du toit)\b",
        r"\b(?:j )?enjambe(?:r|rai)? (?:la|le) (?:rambarde|barriere|balustrade|parapet|garde corps)\b",
        r"\b(?:fonce|foncer|foncerai|jette|jeter) (?:a fond )?dans (?:un|une|le|la) (?:platane|arbre|mur|poteau|pile|"
        r"camion|riviere|ravin)\b", r"\b(?:j entre|entrer|je marche|marcher) dans (?:la|le) (?:mer|lac|riviere|seine|"
        r"loire|rhone|garonne)\b",
        # Round 20: the wheel let go of at speed ("au premier camion je lâche le volant", "let go of the wheel on the
        # motorway").
        r"\b(?:je lache|lacher|lacherai|lache) (?:le volant|tout) (?:au premier|devant le|face au|sur l autoroute)\b|"
        r"\b(?:au premier|devant le premier) (?:camion|poids lourd|platane)\b.{0,20}\blache\w* le volant\b|"
        r"\blet(?:ting)? go of the (?:wheel|steering wheel) (?:at|on the|in front of|when)\b",
                r"\b(?:crash|drive|wrap) my car into\b", r"\bstarve myself\b", r"\buntil i (?:die|m dead)\b",
        # Until the body gives out ("im going till my heart stops", "jusqu'à ce que mon cœur lâche"), or eating stopped
        # until it ends ("not eating again until it's over").
        r"\b(?:until|till|til) my (?:heart|body) (?:stops|gives (?:up|out)|quits)\b|"
        r"\bjusqu a ce que mon (?:coeur|corps) (?:s arrete|lache)\b|"
        r"\b(?:not eating|stop(?:ped)? eating|no food|pas manger|plus manger|arrete de manger)\b.{0,30}"
        r"\b(?:until|till|jusqu a ce que) (?:it s|it is|ca soit|tout soit) (?:over|fini|termine)\b",
        r"\bjusqu a (?:en )?mourir\b", r"\bfoncer dans un mur\b", r"\bm (?:egorger|ouvrir les veines|etrangler)\b",
        r"\bme (?:trancher(?! (?:le|les|un|la|mon) (?:doigt|doigts|pouce|main|ongle))|laisser mourir|"
        r"jeter (?:du|d un|sous" + _NOT_UNDER_COVERS + r"))\b",
        # The present tense of a jump ("jme jette du 8e ce soir", "je me jette du pont"), not into the pool or a job.
        r"\b(?:je me|jme|j me) (?:jette|lance) (?:du (?:haut|\d+\w*|pont|toit|viaduc|balcon)|d un (?:pont|toit|"
        r"immeuble|viaduc|balcon)|sous (?:le|un) (?:train|metro|camion|bus|rer)|dans le vide)\b",
        r"\b(?:pills|tablets|cachets|comprimes|medocs|medicaments) (?:are |sont )?(?:counted|comptes)\b",
        r"\bj ai compte (?:mes|les|tous mes|toutes mes) (?:cachets|comprimes|medocs|medicaments|pilules)\b",
        # Burns on oneself (round 12): "gonna hold the iron on my arm tonight until it scars", "je me brûle encore".
        # (not in the kitchen or with a hair iron: "burned myself on the stove making pasta")
        r"\b(?:burn|burning|burnt|burned) myself\b(?! (?:on|with|at|in) (?:the|my|a|an) (?:stove|oven|pan|kettle|hob|"
        r"grill|bbq|iron|curling iron|straighteners?|tray|toaster|candle|steam)|(?: \w+)? (?:cooking|making|baking|"
        r"ironing))|\bhold (?:the|a|my) (?:iron|lighter|cigarette|lighter flame) (?:on|against|to) my (?:arm|arms|"
        r"skin|wrist|wrists|leg|legs|thigh|thighs)\b",
        r"\b(?:je me|jme|j me) (?:brule|suis brulee?)\b(?! (?:la langue|les doigts|le doigt|en (?:cuisinant|repassant)|"
        r"(?:avec|sur) (?:le|la|les|un|une|mon|ma) (?:four|poele|casserole|fer|plaque|bouilloire|lisseur|barbecue|"
        r"plat|bougie|vapeur)|au soleil))",
        # A cut said on oneself, arms and wrists too ("jme suis ouvert les bras y a 20 min").
        r"\b(?:me|jme) suis (?:coupee?|ouverte? les (?:veines|bras|poignets)|tailladee?)\b", r"\bcut (?:too|so) deep\b",
        r"\bnext (?:train|metro|tube|bus)\b.{0,12}\b(?:i jump|i m jumping|i step)\b",
        r"\bprochain (?:train|metro|rer)\b.{0,12}\bje (?:saute|me jette)\b",
        r"\bcount(?:ed|ing)? (?:out )?(?:the |my |all the )?(?:pills|tablets)\b",
        r"\b(?:took|taken|take) (?:every|all (?:the|my)?) ?(?:pills?|tablets|meds)\b",
        # One's own death announced in the future tense ("I'll be dead by morning"), not a hyperbole.
        r"\b(?:i ll|i will|ill|i m going to) be dead\b"
        r"(?! (?:tired|meat|serious|jealous|if|when|before i|by the time i))",
        r"\bje (?:serai|vais etre) (?:mort|morte)\b(?! (?:de (?:rire|fatigue|honte|faim|froid|peur)|si|quand|avant d))",
        # "Better off without me" is a reason to die, not a goodbye: ideation, a plan only with a means or time.
        # (not a role given up: "better off without me as captain", "mieux sans moi comme délégué")
        r"\bbetter off without me\b(?! (?:as|in|on|at|for) )", r"\bmieux sans moi\b(?! (?:comme|dans|a la|au|pour) )",
        r"\b(?:wish|wished) i (?:had|d) never been born\b", r"\bj aurais (?:du|prefere|aime) (?:ne )?jamais naitre\b",
        r"\bwish i could (?:just )?(?:disappear|vanish|stop existing|not exist)\b",
        r"\b(?:voudrais|aimerais) (?:juste )?(?:disparaitre|ne plus exister|plus exister)\b",
        r"\b(?:want|wanted|wish|wishing) (?:it all|everything) (?:to|would) (?:stop|end)\b",
        r"\b(?:veux|voudrais|souhaite\w*|envie) que tout (?:s arrete|se termine|finisse)\b",
        r"\bi ll have (?:jumped(?! through)|done it|gone)\b", r"\bon (?:me )?retrouvera\b",
        r"\b(?:won t|will not|wont) (?:see|make it to|reach) my (?:\d+\w* )?birthday\b",
        r"\b(?:vais|jvais|verrai|feterai) pas (?:feter |voir )?mes \d+ ans\b",
    ],
    "declared": DECLARED,
    "euphemism": EUPHEMISMS,
    "means": [
        # Charcoal lit indoors, medicine put aside month after month: methods said in everyday words.
        r"\b(?:charcoal|charbon|barbecue|bbq)\b.{0,20}\b(?:in|inside|dans) (?:the|my|le|la|l|mon|ma) "
        r"(?:room|bedroom|flat|studio|bathroom|car|chambre|appart|salle de bain|voiture)\b",
        # ... or a room sealed for it (round 12: "porte fermée, aérations bouchées, le charbon est allumé").
        r"\b(?:aerations?|ventilations?|vents?|air vents?|bouches? d aeration) (?:\w+ )?(?:bouchee?s?|scotchee?s?|"
        r"colmatee?s?|taped(?: up| shut)?|sealed|blocked(?: off)?)\b",
        STOCKPILE,
        r"\b(?:medicine cabinet|armoire a pharmacie|boite a pharmacie)\b",
        # (not French "en train de", the progressive: "il est en train de chauffer"; not a tool or a toy called a
        # gun: "she bought me the glue gun", "un pistolet à colle", round 12)
        r"\b(?:pills?|tablets?|meds|paracetamol|sleeping pills|rope|" + _NOT_A_TOOL + r"gun|revolver|pistol|razor|"
        r"blades?|bridge|roof|cliffs?|(?<!en )train)\b",
        r"\b(?:cachets?|comprimes?|medocs?|medicaments?|doliprane|somniferes?|corde|fusil|"
        r"pistolet(?! a (?:colle|eau|peinture|silicone|clous|billes))|lames?|pont|toit|falaises?)\b",
        r"\b(?:knife|noose|knot|overpass|viaduct|tracks|poison|engine running|balcony|antidepressants|oxys?|insulin|"
        r"bleach)\b",
        r"\b(?:couteau|noeud|viaduc|voies? ferrees?|rails|poison|mort aux rats|balcon|antidepresseurs|insuline|javel|"
        r"rasoir)\b",
        r"\b(?:rifle|shotgun|morphine|xanax|sertraline|tramadol|codeine|exhaust|pils|carabine|fusil de chasse)\b",
        # Treatment withheld on purpose ("leaving the insulin in the fridge from now on. on purpose", "j'ai arrêté
        # les anti-rejets de ma greffe, exprès").
        r"\b(?:insulin|meds|medication|treatment|dialysis|insuline|traitement|anti rejets?|medicaments|dialyse)\b"
        r".{0,60}\b(?:on purpose|deliberately|expres|volontairement)\b",
        # Guns by their slang or service names ("gardé le Famas", "my dad's glock", "mon arme de service").
        r"\b(?:glock|handgun|firearm|famas|flingue|calibre|arme (?:de service|a feu)|service (?:weapon|pistol))\b",
        # Round 20: a relative's gun ("Arme de mon grand-père. Ce soir."), treatment stopped for good ("j'ai annulé
        # toutes mes séances de dialyse, j'y retournerai pas", "unplugged the pump and I'm not plugging it back in"),
        # or asked how long one lasts without it; walking into lorries ("la nationale ce soir, à pied, face aux
        # camions").
        r"\barme de (?:mon|ma) (?:grand pere|pere|papa|oncle|mari|frere|beau pere)\b",
        # Round 22: food refused for good ("i haven't eaten in two weeks and i won't start again", "ça fait dix jours
        # que je mange plus et je reprendrai pas").
        r"\b(?:haven t|havent|have not|not|stopped) (?:eaten|eat|eating)\b.{0,40}\b(?:won t|wont|will not|not going "
        r"to|never) (?:start|eat|begin)(?:ing)?(?: again| eating)?(?= ?[.!?,;]|$)|"
        r"\b(?:mange plus|mange pas|sans manger|arrete de manger)\b.{0,40}\b(?:je (?:vais pas|reprendrai pas|"
        r"recommencerai pas)|plus jamais)\b",
        # Round 21: a fire with the writer inside ("faire cramer la caravane avec moi dedans").
        r"\b(?:bruler|brule|cramer|crame|flamber|incendier|(?:mets|met|mettre|mettrai|fous|fout|foutre) le feu)\b"
        r".{0,40}\b(?:avec moi (?:dedans|avec)|et moi avec|moi dedans)\b|"
        r"\b(?:burn|burning|torch|set fire to|setting fire to)\b.{0,40}"
        r"\b(?:with me (?:in|inside)(?: it)?|and me with it|me inside)\b",
        r"\b(?:insulin|dialysis|pump|treatment|meds|medication|insuline|dialyse|pompe|traitement|seances|medicaments)\b"
        r".{0,60}\b(?:(?:not (?:going|plugging it|putting it) back|won t (?:go|be going) back|never going back)"
        r"(?= ?[.!?,;]|$| ever| again| in)|"
        r"j y (?:retournerai|retourne|vais) (?:pas|plus|jamais)|"
        r"(?:je )?(?:reprendrai|rebrancherai) (?:pas|plus|jamais)|"
        r"je vais pas (?:reprendre|rebrancher|y retourner))\b",
        r"\b(?:unplugged|switched off|turned off) (?:my |the )?(?:pump|oxygen|dialysis|machine)\b|"
        r"\b(?:debranche|coupe|arrete) (?:ma|la|mon|le) (?:pompe|oxygene|machine|dialyse)\b",
        r"\b(?:how long (?:can you|do you|can i|does it take to die|before you die|until you die) (?:\w+ ){0,3}"
        r"without|combien de temps (?:on tient|on survit|je tiens|je survis|avant de mourir|on vit) sans) (?:my |mon |"
        r"ma |la |le |l )?(?:dialysis|insulin|meds|medication|treatment|dialyse|insuline|traitement|medicaments|pump|"
        r"pompe|oxygen|oxygene)\b",
        r"\b(?:a pied|marcher|je marche|traverser) (?:\w+ ){0,3}(?:face aux|devant les|au milieu des) (?:camions|"
        r"voitures|poids lourds)\b|\bface aux (?:camions|poids lourds)\b",
        r"\b(?:whole|entire|all (?:of )?my) prescription\b|"
        r"\btoute (?:mon ordonnance|la boite|la plaquette)\b" + NOT_OF_SOMETHING_ELSE,
        # A whole container of something swallowed ("the whole bottle", "whole strip", "tout le flacon").
        # (round 18: not of something else, "took the whole box of donuts", "toute la boîte de chocolats")
        r"\b(?:whole|entire) (?:bottle|box|packet|pack|strip|blister|tub|jar)\b" + NOT_OF_SOMETHING_ELSE + "|"
        r"\btoute la (?:bouteille|boite|plaquette)\b" + NOT_OF_SOMETHING_ELSE + "|"
        r"\btout le (?:flacon|tube|paquet)\b" + NOT_OF_SOMETHING_ELSE,
        # All of it swallowed, or taken with drink ("tout avalé", "j'ai tout pris avec le rhum", "took them with
        # vodka").
        r"\b(?:tout|tous|toutes|la boite|le tube) avalee?s?\b|\bavale (?:tout|toute la|tous les|toutes les)\b|"
        r"\bswallowed (?:it all|everything|them all|all of them|the lot)\b|"
        # Everything a medicine cabinet held, taken ("took everything in the cabinet", "pris tout ce qu'il y avait
        # dans l'armoire à pharmacie").
        r"\b(?:took|taken|swallowed|downed) (?:everything|all) (?:that was )?in (?:the|my|mum s|mom s|dad s) "
        r"(?:medicine )?(?:cabinet|cupboard|drawer|first aid (?:kit|box))\b(?! (?:out|off|down|apart|to (?:the|a)))|"
        r"\b(?:pris|avale) tout ce qu il y avait dans (?:la|l|le|ma|mon) (?:armoire|pharmacie|tiroir|boite)\b|"
        # Round 16: the act already taken, with the time since ("I took them an hour ago", "je les ai toutes prises
        # il y a 20 min").
        r"\b(?:took|taken|swallowed|downed) (?:them|them all|it all|all of them|the lot|everything) "
        r"(?:\d+|an|a|half an|a few|ten|twenty|thirty|forty) ?(?:min\w*|hours?|hrs?|h) ago\b|"
        r"\b(?:je les ai|j ai tout) (?:toutes |tous )?(?:pris|prises|avale|avales|avalees) il y a (?:\d+|une|un|"
        r"une demi|dix|vingt|trente|quarante) ?(?:min\w*|heures?|h)\b|"
        r"\b(?:pris|avale|avalee|took|taken|swallowed|downed) (?:\w+ ){0,4}(?:avec|with) (?:le |la |du |de la |de l |"
        r"some |the |a bottle of |half a bottle of )?(?:rhum|vodka|whisky|whiskey|alcool|gin|rum|booze|tequila)\b",
        # Standing on the tracks, a car's engine left running in a closed garage.
        r"\b(?:sur|on) (?:les|the) (?:voies|tracks|rails|railway line)\b|"
        r"\b(?:car|engine|motor)(?: s| is)? (?:running|on) in (?:the|a|my) (?:closed|shut|locked) garage\b|"
        r"\b(?:car|engine|motor)(?: s| is)? (?:running|on) in (?:the|a|my) garage,? (?:with )?the door (?:shut|closed|"
        r"down|locked)\b|"
        r"\bmoteur (?:qui )?tourne dans (?:le|mon) garage\b",
    ],
    # Everyday places and objects that are a means only inside a plan ("the car is full of petrol and I know which
    # tree"), not in a bad day ("my car broke down") or a walk by the lake: they count with a time, a farewell or
    # finality, never alone.
    "place": [
        r"\b(?:car|wall|highway|motorway|cable|cord|belt|woods|forest|floor|lake|river|hospital|tree|sea|ocean|"
        r"beam|garage)\b",
        r"\b(?:voiture|mur|autoroute|cable|ceinture|bois|foret|etage|lac|riviere|seine|hopital|sang|arbre|platane|"
        r"mer|poutre|moteur)\b",
    ],
    "time": [
        r"\b(?:at (?:dawn|sunrise|first light|daybreak)|before (?:sunrise|daybreak)|in the morning|a l aube|"
        r"au lever du (?:soleil|jour)|au petit matin|avant le lever du (?:soleil|jour))\b",
        # Round 13 (stop 21): the house asleep in French ("j'attends juste que les enfants soient couchés").
        r"\b(?:que|quand|une fois que|des que) (?:les enfants|les petits|tout le monde|la maison|ma femme|mon mari|"
        r"mes parents) (?:soient couches|soit couchee?|dorment|dort|seront couches|sera couchee?)\b",
        r"\b(?:after|when|once) (?:my parents|everyone|my (?:mom|mum|dad)|the house) (?:sleeps|go(?:es)? to sleep|"
        r"(?:is|are) asleep|fall asleep)\b",
        r"\b(?:quand|des que|une fois que) (?:mes parents|tout le monde|ma mere|mon pere) (?:dort|dorment|dormira|"
        r"dormiront|sera couche|seront couches)\b",
        r"\b\d{1,2} ?h(?:eures?)? du mat(?:in)?\b",
        r"\b(?:tonight|tomorrow|this weekend|today|at midnight|in an hour|before sunday|saturday|friday|later|"
        r"when my parents leave|after work)\b",
        r"\b(?:ce soir|demain|ce week end|(?:en )?fin de semaine|aujourd hui|cette nuit|dans une heure|avant dimanche|"
        r"samedi|vendredi|"
        r"apres le taf|quand mes parents)\b",
        r"\b(?:monday|tuesday|wednesday|thursday|sunday|this evening|after (?:dinner|school|class)|before (?:dawn|"
        r"morning)|"
        r"\d{1,2} ?(?:am|pm)|right now|soon)\b",
        r"\b(?:lundi|mardi|mercredi|jeudi|dimanche|apres (?:le diner|les cours|l ecole)|avant (?:l aube|le matin)|"
        r"\d{1,2} ?h\d{0,2}|maintenant|bientot|tout de suite)\b",
    ],
    # A countdown ("le prochain train passe dans 20 min", "in 10 minutes"): a time for a means or ideation the text
    # names, not for a place ("car running in the garage, leaving in 10 min").
    "countdown": [r"\b(?:in|dans) (?:about |around |like |environ |genre )?\d{1,3} ?(?:min|mins|minutes?|hours?|hrs?|"
                  r"heures?)\b"],
    # A time that recurs ("3am again", "every night", "toutes les nuits") is when the thoughts come, not when a plan
    # is set: it does not make ideation a plan on its own.
    **AFTER_FACETS,
}

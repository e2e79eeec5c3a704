"""The words of a self-harm plan, in French and English: the facets selfharm.py finds (ideation, means, place,
time, farewell, finality, an ending) and the phrases it reads as a declared plan or a euphemism for one.

Data, kept apart from the rules that weigh it (selfharm.py) so that either can be read on its own."""

from __future__ import annotations

FIRST_PERSON_I = r"(?:i|im|i m|ill|i ll|ima|imma|gonna|je|j|jvais|jveux|me|moi)"
# "en finir" is about one's life unless it is "en finir avec" something else ("avec ce dossier", "avec les travaux").
LIFE_FR = r"(?:la vie|ma vie|cette vie|tout|moi|mes jours|l existence)\b"
EN_FINIR = r"\ben finir\b(?! avec (?!" + LIFE_FR + r"))"
# A declared plan to die, first person, with no means or time needed ("je vais en finir", "I'm going to kill
# myself", "plus envie de vivre"): the brief for the urgent route names these as intent on their own.
DECLARED = [
    r"\b(?:going to|gonna|about to|ready to|want to|wanna|will|ll|i m|im) (?:kill myself|end my life|end it all|"
    r"take my (?:own )?life|unalive myself)\b",
    r"\bkms\b", r"\bready to die\b", r"\blast night on earth\b",
    r"\b(?:don t|dont|do not) (?:want|wanna) (?:to )?(?:live|be alive)(?: anymore| any more)?\b",
    r"\bno (?:reason|point) (?:to live|in living|living)\b",
    r"\b(?:je vais|jvais|j vais|je v|jv|je veux|jveux|j veux) (?:me (?:tuer|suicider|pendre|foutre en l air)|"
    r"en finir(?! avec (?!" + LIFE_FR + r"))|mettre fin a (?:ma vie|mes jours))",
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
    r"\bveux plus vivre\b", r"\b(?:aucune|plus aucune|pas de) raison de vivre\b",
    r"\b(?:starve|starving|stop eating|cut|cutting|drink|drinking) (?:myself )?until i (?:die|m dead)\b",
    r"\b(?:manger|boire|me couper|me priver) jusqu a (?:en )?mourir\b",
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
STOCKPILE = (r"\b(?:saving|saved|stockpil\w*|hoard\w*|kept|keeping|putting aside|put aside) (?:up )?(?:\w+ ){0,3}"
             r"(?:pills|tablets|meds|prescription|medication|insulin)\b|"
             r"\b(?:garde|gardee|mets|mis|met|stocke|accumule|economise)\w* (?:\w+ ){0,4}(?:ordonnance|cachets|"
             r"comprimes|medocs|medicaments|insuline)(?: \w+){0,2} de cote\b")

# Whom a goodbye is said to when it is the writer's farewell: people, everyone, the world, life, or nobody named.
ADDRESSEES_EN = (r"(?:everyone|everybody|all|y all|world|cruel|friends?|guys|folks|family|you|mom|mum|dad|mama|"
                  r"mommy|daddy|sis|bro|babe|baby|love|and|from|forever|for now|i|i m|sorry|thank|thanks|x+|xo|"
                  r"life|cruel world|for ever|(?:to )?(?:my|this|the) (?:family|friends|loves?|world|life|people|"
                  r"babies|kids|darlings?|dear|sweet|mom|mum|dad|parents|brother|sister|everything)|"
                  r"to (?:everyone|everybody|all|you|y all|life|the world|this world|the people))")
ADDRESSEES_FR = (r"(?:monde|vie|amis|amies|famille|copains|copines|potes|gens|tous|toutes|chers|cheres|miens|gars|"
                 r"mecs|filles|enfants|gosses|cheris|cheries|amours)")
# Pets are said goodbye to before a death as much as people are ("said goodbye to my dog").
PETS = r"(?:dog|cat|puppy|kitten|pets?|chien|chienne|chat|chatte|chiot|minou|animaux)"

PLAN_FACETS: dict[str, list[str]] = {
    "ideation": [
        r"\b(?:kill|killing|hang|hanging|hurt|cut|cutting) myself\b",
        r"\bsuicid\w*",
        r"\bend(?:ing)? (?:it|my life|it all|things)\b(?! with (?:him|her|them|my (?:boyfriend|girlfriend|bf|gf|"
        r"partner|husband|wife|ex|job|boss)))",
        r"\b(?:want|wanna|going|gonna|ready) (?:to )?die\b",
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
        r"\bwon t (?:be here|see)\b", r"\bjump (?:off|from)\b", r"\boverdos\w*", r"\bslit my wrists?\b",
        # A blade's method said on oneself ("thinking of slitting my throat", "me trancher les veines").
        r"\b(?:slit|slitting|slash|slashing) my (?:throat|wrists?|veins?)\b|"
        r"\b(?:me|m) (?:trancher|tranche|taillader|ouvrir|ouvre) (?:la gorge|les veines|les poignets)\b",
        r"\b(?:step|jump) in front of\b", r"\bi m done\b.*\bbye\b", r"\bnot coming back\b", r"\bwanna die\b",
        r"\bmy (?:goodbye|suicide) (?:note|letter)s?\b", r"\btake them all\b", r"\btaking all of them\b",
        r"\bswallowed\b",
        # All of them, in French, as a plan ("j'vas toutes les prendre", "demain je les avale toutes"), not a routine
        # ("mes vitamines, je les prends toutes le matin").
        r"\b(?:toutes|tous) les (?:prendre|avaler)\b|\bles (?:prendre|avaler|avale) (?:toutes|tous)\b",
        r"\b(?:me|m) (?:tuer|tue|suicider?|suicide|pendre|pends|fous en l air|foutre en l air|jeter? sous|"
        r"jette sous|ouvrir les veines|scarifie\w*)\b",
        EN_FINIR, r"\bj en finis\b(?! avec (?!" + LIFE_FR + r"))",
        r"\b(?:m(?:ettre|ets|ettrai)|aurai mis) fin a (?:ma vie|mes jours)\b",
        r"\bveux (?:plus vivre|mourir|disparaitre)\b", r"\benvie de (?:crever|mourir)\b", r"\bplus en vie\b",
        r"\breviendrai pas\b", r"\bsauter du\b", r"\bje prends tout\b", r"\bc est fini pour moi\b",
        # "je saute" is a jump to death, not into the pool, off a bungee or over lunch.
        r"\bje saute\b(?! (?:dans (?:le|la|l) (?:lac|piscine|eau|mer|bain|riviere)|en parachute|a l elastique|"
        r"d un avion|"
        r"de joie|le (?:repas|petit dej|dejeuner|diner|cours|pas)|une etape|sur l occasion|"
        r"(?:du|d un|depuis le) (?:plongeoir|tremplin|trampoline|rocher dans)|en parapente))",
        r"\bj ai avale\b", r"\bplus me reveiller\b", r"\bovers?dose\b", *DECLARED,
        # Not waking up: "so I never wake up", "combien … pour pas se réveiller" (not "don't wake me up").
        r"\b(?:hope|want|wish|going|gonna|so|and) (?:i |to )?(?:never|don t|do not|won t|not) wake up\b"
        r"(?! (?:the|my|him|her|them|anyone|everyone|early|late|in time|on time|until|till|before|at|for|with|to|"
        r"sick|hungover))",
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
                r"\b(?:crash|drive|wrap) my car into\b", r"\bstarve myself\b", r"\buntil i (?:die|m dead)\b",
        # Until the body gives out ("im going till my heart stops", "jusqu'à ce que mon cœur lâche"), or eating stopped
        # until it ends ("not eating again until it's over").
        r"\b(?:until|till|til) my (?:heart|body) (?:stops|gives (?:up|out)|quits)\b|"
        r"\bjusqu a ce que mon (?:coeur|corps) (?:s arrete|lache)\b|"
        r"\b(?:not eating|stop(?:ped)? eating|no food|pas manger|plus manger|arrete de manger)\b.{0,30}"
        r"\b(?:until|till|jusqu a ce que) (?:it s|it is|ca soit|tout soit) (?:over|fini|termine)\b",
        r"\bjusqu a (?:en )?mourir\b", r"\bfoncer dans un mur\b", r"\bm (?:egorger|ouvrir les veines|etrangler)\b",
        r"\bme (?:trancher|laisser mourir|jeter (?:du|d un|sous))\b",
        # The present tense of a jump ("jme jette du 8e ce soir", "je me jette du pont"), not into the pool or a job.
        r"\b(?:je me|jme|j me) (?:jette|lance) (?:du (?:haut|\d+\w*|pont|toit|viaduc|balcon)|d un (?:pont|toit|"
        r"immeuble|viaduc|balcon)|sous (?:le|un) (?:train|metro|camion|bus|rer)|dans le vide)\b",
        r"\b(?:pills|tablets|cachets|comprimes|medocs|medicaments) (?:are |sont )?(?:counted|comptes)\b",
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
        STOCKPILE,
        r"\b(?:medicine cabinet|armoire a pharmacie|boite a pharmacie)\b",
        # (not French "en train de", the progressive: "il est en train de chauffer")
        r"\b(?:pills?|tablets?|meds|paracetamol|sleeping pills|rope|gun|revolver|pistol|razor|blades?|bridge|roof|"
        r"cliffs?|(?<!en )train)\b",
        r"\b(?:cachets?|comprimes?|medocs?|medicaments?|doliprane|somniferes?|corde|fusil|pistolet|lames?|pont|"
        r"toit|falaises?)\b",
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
        r"\b(?:whole|entire|all (?:of )?my) prescription\b|\btoute (?:mon ordonnance|la boite|la plaquette)\b",
        # A whole container of something swallowed ("the whole bottle", "whole strip", "tout le flacon").
        r"\b(?:whole|entire) (?:bottle|box|packet|pack|strip|blister|tub|jar)\b|"
        r"\btoute la (?:bouteille|boite|plaquette)\b|\btout le (?:flacon|tube|paquet)\b",
        # All of it swallowed, or taken with drink ("tout avalé", "j'ai tout pris avec le rhum", "took them with
        # vodka").
        r"\b(?:tout|tous|toutes|la boite|le tube) avalee?s?\b|\bavale (?:tout|toute la|tous les|toutes les)\b|"
        r"\bswallowed (?:it all|everything|them all|all of them|the lot)\b|"
        # Everything a medicine cabinet held, taken ("took everything in the cabinet", "pris tout ce qu'il y avait
        # dans l'armoire à pharmacie").
        r"\b(?:took|taken|swallowed|downed) (?:everything|all) (?:that was )?in (?:the|my|mum s|mom s|dad s) "
        r"(?:medicine )?(?:cabinet|cupboard|drawer|first aid (?:kit|box))\b(?! (?:out|off|down|apart|to (?:the|a)))|"
        r"\b(?:pris|avale) tout ce qu il y avait dans (?:la|l|le|ma|mon) (?:armoire|pharmacie|tiroir|boite)\b|"
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
    "countdown": [r"\b(?:in|dans) \d{1,3} ?(?:min|mins|minutes?|hours?|hrs?|heures?)\b"],
    "farewell": [
        r"\b(?:dernier post|derniere publication|cherchez (?:pas|moi pas) a me (?:retrouver|chercher)|"
        r"ne me cherchez pas)\b",
        r"\b(?:don t|do not|dont) (?:come )?(?:look(?:ing)?|search(?:ing)?) for me\b",
        # A lone apology where a message ends ("… tonight. sorry"), love in the past tense, "see you never".
        r"(?:^|[.!?] )(?:sorry|so sorry|pardon|forgive me|pardonnez moi|desolee?|bye|bye bye|ciao)\s*[.!…]*$",
        r"\b(?:know that i loved you|i loved you all|sachez que je vous aimais|je vous aimais)\b",
        r"\b(?:will|ll) find (?:the|my) (?:letter|note)\b|\btrouvera (?:la|ma) (?:lettre|note)\b",
        r"\b(?:see you never|on se reverra (?:jamais|pas))\b",
        # An apology to one's mother is a farewell where a message ends ("… sorry mom"), not "sorry mom, I'll be late".
        r"\bsorry (?:mom|mum)(?=\s*(?:[.!…]|$|i love you))", r"\bpardon maman(?=\s*(?:[.!…]|$|je t aime))",
        # A decision is a farewell where it stands alone ("i've decided. friday…"), not "I've decided: no more TV".
        r"\b(?:it s decided|i ve decided|c est decide|ma decision est prise)(?=\s*(?:[.!…]|$))",
        # "Goodbye" to people or to no one in particular, not to a thing or a place ("goodbye deep dish, goodbye
        # lake", "adieu la grisaille"): leaving a city, a car or a season says goodbye the same way.
        r"\bgoodbye\b(?! (?!" + ADDRESSEES_EN + r"\b)[a-z0-9])",
        r"\b(?:last post|bye everyone|my note|goodbye letters?|won t be here|nobody will miss me)\b",
        r"\badieu\b(?! (?:la|le|les|l|mon|ma|mes|ce|cette|cet|aux?) (?!" + ADDRESSEES_FR + r"\b))",
        r"\b(?:dernier message|lettres? d adieu|ma lettre|personne (?:va|"
        r"ne va) me regretter|tout est prepare|j ai tout prepare)\b",
        r"\bif (?:u|you) (?:find|read|see|re reading) this\b|\bsi (?:tu|vous) (?:lis|lisez|trouves|trouvez) (?:ca|ce "
        r"message)\b|\bby the time (?:u|you) read\b",
        r"\b(?:final message|by the time you read|if you re reading this|thank (?:u|you) for everything|i love you all|"
        r"let me go|deleted (?:all )?my accounts)\b",
        # "Last time" closes a life, not an activity ("the last time I fly with them", "la dernière fois que…").
        r"\blast time\b(?! (?:i|that|we|you|he|she|they|it|at|in|on|for))",
        r"\bderniere fois\b(?! (?:que|qu|de|a|au|en))",
        r"\blast thing i ll (?:ever )?(?:write|post|say)\b|\bderniere chose que j (?:ecris|ecrirai|poste)\b",
        r"\btell (?:my|him|her|them) \w+ (?:i m sorry|i love)|"
        r"\bdites a (?:mon|ma|mes) \w+ que (?:je (?:suis desolee?|l aime|les aime))",
        r"\b(?:quand vous lirez|si vous lisez|merci pour tout|je vous aime|laissez moi partir|"
        r"supprime tous mes comptes)\b",
        r"\b(?:made (?:my )?peace|said my goodbyes|my mind is made up|take care of yourselves|this is goodbye|"
        r"you won t (?:hear from|see) me again|no one will (?:see|hear from) me again)\b",
        # Letters left for one's family, and telling them it is not their fault.
        r"\b(?:wrote|written|writing|left|leaving|finished) (?:a |the |my )?(?:letters?|notes?) (?:to|for) "
        r"(?:my|each of my|everyone|all of you|you all|mum|mom|dad)\b|"
        r"\b(?:letters?|notes?) (?:are|is) (?:written|on|in|under)\b|"
        r"\b(?:not|wasn t|wasnt|isn t|isnt) (?:your|their|anyone s|his|her) fault\b|"
        # (round 10) "none of this was her fault", "rien de tout ça n'est ta faute"
        r"\bnone of (?:this|it) (?:was|is) (?:your|her|his|their|anyone s) fault\b|"
        r"\brien de (?:tout )?(?:ca|cela) n est (?:ta|sa|votre|leur) faute\b|"
        # "cherchez pas" where a message ends: do not look for me
        r"(?:^|[.!?] )(?:ne )?(?:me )?cherchez pas\s*[.!…]*$",
        r"\b(?:ecrit|laisse|ecris|fini) (?:une |des |un |la |ma |mes )?(?:lettres?|mots?) (?:a|pour) "
        r"(?:mes|ma|mon|maman|papa|chacun)\b|"
        r"\b(?:les |la |ma )?lettres? (?:est|sont) (?:ecrites?|sur|sous|dans)\b|\blettre finie\b|"
        r"\bpas (?:a cause (?:de toi|de vous|d eux|d elle|de lui)|(?:de )?(?:ta|votre|leur) faute)\b",
        # Not being there for what comes after: "i wont be around to see replies", "je serai plus là pour voir".
        r"\b(?:won t|wont|will not) be (?:around|there|here|alive) (?:to (?:see|read|do|watch|hear)|after|anymore|"
        r"any more|for (?:it|that|any of it|any of this) (?:anyway|anymore|any more))\b|"
        r"\b(?:won t|wont) have to (?:deal with|worry about|put up with|see) me\b|"
        r"\b(?:serai|sera) plus (?:la|en vie) (?:pour (?:voir|lire|entendre|repondre)|apres)\b|"
        r"\b(?:aurez|aura) plus a (?:me supporter|vous occuper de moi)\b",
        r"\b(?:prenez soin de vous|personne (?:me|ne me) reverra|vous me reverrez (?:pas|plus)|"
        r"c est la fin|j ai dit au revoir)\b",
    ],
    # Finality: the affairs settled, the method known, no way back, the pain about to end. Said by someone whom the
    # seed model already reads as at risk, it is a plan as much as a means or a farewell ("3 days left. sorted out
    # my bank account", "je sais deja comment", "marre de faire semblant").
    "finality": [
        # Help refused ("don't call 911", "appelez pas le samu", "dites rien à ma psy") and the day named as the one
        # ("tmrw is the day", "the date is set", "c'est pour cette nuit").
        r"\b(?:don t|dont|do not|pls don t|please don t) (?:call|ring|tell) (?:911|999|112|an ambulance|the police|"
        r"anyone|my (?:therapist|mum|mom|parents|doctor|gp))\b|\bi m not calling anyone\b",
        r"\b(?:don t|dont|do not) want (?:any )?help\b|\b(?:veux|voulais) (?:pas|plus) (?:d aide|qu on m aide)\b|"
        r"\b(?:appelez|appelle|appeler) pas (?:le samu|les secours|le 15|le 112|les pompiers|ma mere|mes parents)\b|"
        r"\bj appelle personne\b|\b(?:dites|dis) rien a (?:ma|mon|mes) \w+\b",
        r"\b(?:the|my) (?:date|day|plan) is (?:set|chosen|fixed)\b|"
        r"\b(?:tomorrow|tmrw|tmr|today|tonight|friday|saturday|sunday|monday|tuesday|wednesday|thursday) is the "
        r"(?:day|night)\b|"
        r"\b(?:everything|it s all|all) (?:is |s )?(?:set up|sorted|arranged)\b",
        r"\b(?:la date est (?:fixee|choisie)|c est (?:le|pour le) jour|c est pour (?:ce soir|cette nuit|demain))\b|"
        r"\b(?:demain|dmn|ce soir|vendredi|samedi|dimanche|lundi) c est le (?:jour|soir)\b|"
        r"\btout est (?:prevu|regle|organise)\b",
        r"\b(?:for good|once and for all|for real this time|this time for real|no turning back|no way back|"
        r"done pretending|tired of pretending|no more pain|the pain (?:ends|will end|stops)|"
        r"(?:already |i )know (?:exactly )?(?:how|where|when)(?: i ll| im| i m| to)?|"
        r"(?:sorted|settled|paid) (?:out )?(?:my|all my) (?:affairs|bank|accounts|debts|papers|things)|"
        r"affairs in order|(?:wrote|written|made|updated) my will|"
        r"(?:won t|wont) (?:need|be needing) (?:it|them|any|my)|"
        r"(?:giv(?:e|ing|en)|gave) away (?:all )?(?:my|of my) (?:stuff|things|belongings|clothes)"
        r"(?! (?:to (?:charity|the)|for (?:charity|free)))|"
        r"(?:holds|hold|held|take|takes) my weight|till everyone (?:is asleep|sleeps|goes to (?:bed|sleep))|"
        r"(?:it|this|everything) (?:ends|will end|will be over) (?:tonight|today|now|here|soon|this weekend|tomorrow|"
        r"(?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
        r"want (?:it|this) (?:to be )?(?:over|done)(?! with)|checking out|won t come (?:back )?(?:up|home|back))\b",
        r"\b(?:pour de bon|une bonne fois pour toutes|pour de vrai cette fois|cette fois c est la bonne|pas de retour|"
        r"(?:marre|fini|fatiguee?) de faire semblant|plus de douleur|la douleur (?:s arrete|va s arreter)|"
        r"(?:je )?sais (?:deja |exactement )?(?:comment|ou|quand)(?: je vais| faire| le faire)?|"
        r"j ai tout (?:regle|organise|prevu|planifie)|"
        r"tout regle|mes affaires en ordre|(?:fait|ecrit|redige) mon testament|(?:en )?aurai plus besoin|"
        r"(?:je )?donne (?:toutes )?mes affaires(?! (?:de|d|a la|au|aux|pour))|tient mon poids|"
        r"que tout le monde (?:dorme|soit couche)|"
        r"(?:ca|tout) se termine (?:ce soir|cette nuit|aujourd hui|ici|maintenant)|ce sera (?:fait|fini|termine)|"
        r"aller (?:jusqu )?au bout|remonte(?:rai)? pas|reviendrai pas|je me casse pour de bon|"
        r"une derniere fois|apres (?:ca )?c est fini|pour la derniere fois)\b",
        # The end near ("c'est bientôt fini", "few more days and it's done", "by the time you read this it'll be
        # done") and the writer out for ever ("i'm out. permanently").
        r"\b(?:c est|ce sera|ca sera) (?:bientot|presque|enfin) (?:fini|termine)\b|"
        r"\b(?:it s|it ll be|it will be|it ll all be|it will all be) "
        r"(?:(?:almost|nearly|finally|soon) over|over soon)\b|"
        r"\b(?:more (?:days?|hours?|nights?) and (?:it s|it ll be|it will be) (?:done|over))\b|"
        r"\bby the time (?:you|u) read this (?:it ll|it will|it s|i ll|i will) (?:be )?(?:done|over|gone)\b|"
        r"\b(?:i m|i am) (?:out|gone|done|leaving|signing off)[.,!…]* (?:permanently|for good|forever)\b|"
        r"\bnot coming back (?:at all|ever|for real)\b|\b(?:reviens|reviendrai) (?:pas|plus|jamais) du tout\b",
        # The act said by its edge, with no word of self-harm (round 10): not stopping at the edge of a cliff or a
        # bridge ("je marche vers les falaises et je m'arrête pas au bord", "la troisième je reste pas sur le bord",
        # "won't stop at the edge"), the way worked out ("I've worked out how", "j'ai trouvé comment").
        r"\b(?:m arrete(?:rai)? pas au bord|(?:reste|resterai) pas sur le bord|(?:won t|wont|will not|not gonna|"
        r"not going to|i don t|i won t) stop at the edge|(?:worked|figured) out (?:how|the way)|"
        r"(?:j ai )?trouve comment (?:faire|en finir|partir))\b",
        r"\b(?:one last time|(?:then|after that) it s over(?! (?:for|with) (?:my|the|this|that|our))|"
        r"i m letting go(?! of)|for the last time|"
        r"not turning (?:round|around|back)|fais pas demi tour|ferai pas demi tour)\b",
    ],
    # Arrangements for after the writer (round 10): passwords and bank codes left for someone, a pet given a new
    # home, nothing left to settle. People put their affairs in order this way before a planned death and write it
    # without a pronoun ("Passwords to everything are in the notebook. It's tomorrow morning"): the affairs are the
    # writer's, so the writer speaks, and they are a word of self-harm for the seed model alone (a cue,
    # selfharm.cue). They make no plan by themselves: a house-sitter's notes say the same things.
    "arrangements": [
        r"\b(?:(?:all )?my passwords|passwords? (?:to|for) everything|(?:bank|card) (?:pin|codes?)|pin codes?|"
        r"passwords? (?:is|are) (?:in|on|under|with|at|written)|wrote down (?:all )?my (?:passwords|pins?|codes))\b",
        r"\b(?:rehom(?:ed|ing)|(?:found|finding) (?:a )?new homes? for|(?:dog|cat|puppy|kitten|pets?|bird|rabbit|"
        r"hamster|fish) (?:is|are|s) (?:with|at) (?:my|the|our) (?:neighbou?r|sister|brother|mum|mom|friend)|"
        r"make sure (?:my|the) (?:\w+ ){1,2}(?:gets|is fed|are fed|has|goes))\b",
        r"\b(?:nothing left to (?:sort|arrange|settle)|everything is in order)\b",
        r"\b(?:mots? de passe|codes? (?:bancaires?|de (?:la )?carte|pin)|code pin)\b",
        r"\b(?:confie (?:\w+ ){1,2}a (?:la|le|ma|mon|mes|un|une) (?:voisine?|refuge|s(?:oe|œ)ur|frere|parents|amie?)|"
        r"(?:chien|chienne|chat|chatte|chiot|lapin) (?:est )?chez (?:la|le|ma|mon|mes) (?:voisine?|s(?:oe|œ)ur|frere|"
        r"parents|mere)|nouveau foyer pour)\b",
        r"\b(?:tout est en ordre|mes affaires sont en ordre|plus rien a regler)\b",
    ],
    # Affairs settled one by one (round 10): debts paid off, contracts cancelled, keys handed on, a funeral's music
    # chosen. Each alone is everyday life ("cancelled my Netflix", "my funeral playlist is all ABBA"); two or more
    # together are arrangements for after (selfharm.arrangements): "Resigned, paid back what I owe, cancelled the
    # lease", "Abonnements résiliés, clés chez le proprio".
    "settled one by one": [
        r"\b(?:paid (?:off|back) (?:every|all|my|what i owe|the last)|paid (?:my (?:half of the )?)?rent (?:through|"
        r"until|up to|to the end)|cleared (?:all )?my debts|cancell?ed (?:my|all my|the) (?:phone|contract|"
        r"subscriptions?|lease|insurance|plan|direct debits?)|ended (?:the|my) lease|cancel my (?:shifts|"
        r"subscriptions?|contract)|funeral (?:playlist|songs?|music)|life insurance|(?:keys|spare key) (?:are|is) "
        r"(?:with|at|under)|(?:my|the) (?:keys|car keys) (?:to|with) (?:my|the) \w+)\b",
        r"\b(?:regle (?:toutes )?mes dettes|dettes (?:reglees|remboursees|payees)|(?:j ai )?tout rembourse|"
        r"paye (?:le loyer|l appart) jusqu|"
        r"abonnements? resilies?|resilie (?:mon|mes|le|la|l) (?:abonnement|bail|contrat|forfait|assurance)|"
        r"(?:donne|laisse|rendu|confie) (?:les|mes) cles (?:a|au|chez)|cles (?:chez|a) (?:la|le|ma|mon) "
        r"(?:voisine?|proprio|proprietaire|s(?:oe|œ)ur|frere|mere)|(?:playlist|musique|chansons?) (?:pour|de) "
        r"(?:l |mon )?enterrement|assurance vie|livres rendus)\b",
    ],
    # The end said outright: what comes after is nothing. An outing or a trip does not explain these away.
    "ending": [
        # No use for one's things after a given day ("wont need any of it after friday", "j'en aurai plus besoin après
        # jeudi"): what comes after is nothing, whatever was sold or given to get there.
        r"\b(?:won t|wont|will not) need (?:any of )?(?:it|them|this|that|any|my \w+) (?:after|anymore|any more)\b|"
        r"\b(?:en )?aurai plus besoin (?:apres|de toute facon)\b|\bapres (?:\w+ )?j en aurai plus besoin\b|"
        r"\bplus besoin de rien apres\b|\b(?:won t|wont|will not) need anything (?:after|anymore|any more)\b",
        # (not the end of something named: "then it's over for my diet", "then its done with the exams")
        r"\b(?:then|after that|and then) (?:it s|its) (?:over|finished|done)(?! (?:for|with) (?:my|the|this|that|our))|"
        r"\b(?:ce soir|cette nuit|demain) c est fini\b|i m letting go(?! of)|"
        r"one last time\b.{0,40}\bover\b|"
        r"apres (?:ca )?c est fini|et (?:ce sera|c est) (?:fini|termine)|une derniere fois\b.{0,40}\b(?:fini|termine)|"
        r"(?:going to bed|go to sleep|falling asleep|closing my eyes) for the last time|"
        r"(?:me couche|m endors|ferme les yeux) pour la derniere fois",
    ],
    # A time that recurs ("3am again", "every night", "toutes les nuits") is when the thoughts come, not when a plan
    # is set: it does not make ideation a plan on its own.
}

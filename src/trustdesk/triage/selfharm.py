"""Self-harm: the writer at risk. Ideation, intent, means, time and farewell, in French and English.

Intent is ideation together with means, a time or a farewell ("I'm ending it tonight, I already have the
pills"). Negation ("I'm not going to kill myself") and someone seeking help for another person ("how do I help
a friend who talks about suicide") lower it: those are reports a desk should read, not emergencies.
"""

from __future__ import annotations

import re

from trustdesk.triage.rules import FacetMatcher, HarmFinding, normalize

_I = r"(?:i|im|i m|ill|i ll|ima|imma|gonna|je|j|jvais|jveux|me|moi)"
# "en finir" is about one's life unless it is "en finir avec" something else ("avec ce dossier", "avec les travaux").
_LIFE_FR = r"(?:la vie|ma vie|cette vie|tout|moi|mes jours|l existence)\b"
_EN_FINIR = r"\ben finir\b(?! avec (?!" + _LIFE_FR + r"))"
# A declared plan to die, first person, with no means or time needed ("je vais en finir", "I'm going to kill
# myself", "plus envie de vivre"): the brief for the urgent route names these as intent on their own.
_DECLARED = [
    r"\b(?:going to|gonna|about to|ready to|want to|wanna|will|ll|i m|im) (?:kill myself|end my life|end it all|"
    r"take my (?:own )?life|unalive myself)\b",
    r"\bkms\b", r"\bready to die\b", r"\blast night on earth\b",
    r"\b(?:don t|dont|do not) (?:want|wanna) (?:to )?(?:live|be alive)(?: anymore| any more)?\b",
    r"\bno (?:reason|point) (?:to live|in living|living)\b",
    r"\b(?:je vais|jvais|j vais|je v|jv|je veux|jveux|j veux) (?:me (?:tuer|suicider|pendre|foutre en l air)|"
    r"en finir(?! avec (?!" + _LIFE_FR + r"))|mettre fin a (?:ma vie|mes jours))",
    r"\b(?:je me|jme|j me) (?:tue|suicide)\b", r"\bplus (?:envie|la force) de vivre\b",
    r"\bveux plus vivre\b", r"\b(?:aucune|plus aucune|pas de) raison de vivre\b",
    r"\b(?:starve|starving|stop eating|cut|cutting|drink|drinking) (?:myself )?until i (?:die|m dead)\b",
    r"\b(?:manger|boire|me couper|me priver) jusqu a (?:en )?mourir\b",
]
# Ideation said the way everyday life says other things ("I'm leaving tonight and not coming back, moving to the
# countryside", "je saute dans le lac"): an ordinary plan around them explains them, unlike explicit words.
_EUPHEMISMS = [
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
MATCHER = FacetMatcher({
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
        r"\b(?:me|m) (?:tuer|tue|suicider?|suicide|pendre|pends|fous en l air|foutre en l air|jeter? sous|"
        r"jette sous|ouvrir les veines|scarifie\w*)\b",
        _EN_FINIR, r"\bj en finis\b(?! avec (?!" + _LIFE_FR + r"))", r"\bmettre fin a (?:ma vie|mes jours)\b",
        r"\bmets fin a mes jours\b",
        r"\bveux (?:plus vivre|mourir|disparaitre)\b", r"\benvie de (?:crever|mourir)\b", r"\bplus en vie\b",
        r"\breviendrai pas\b", r"\bsauter du\b", r"\bje prends tout\b", r"\bc est fini pour moi\b",
        # "je saute" is a jump to death, not into the pool, off a bungee or over lunch.
        r"\bje saute\b(?! (?:dans (?:le|la|l) (?:lac|piscine|eau|mer|bain|riviere)|en parachute|a l elastique|"
        r"d un avion|"
        r"de joie|le (?:repas|petit dej|dejeuner|diner|cours|pas)|une etape|sur l occasion|"
        r"(?:du|d un|depuis le) (?:plongeoir|tremplin|trampoline|rocher dans)|en parapente))",
        r"\bj ai avale\b", r"\bplus me reveiller\b", r"\bovers?dose\b", *_DECLARED,
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
        r"\bjusqu a (?:en )?mourir\b", r"\bfoncer dans un mur\b", r"\bm (?:egorger|ouvrir les veines|etrangler)\b",
        r"\bme (?:trancher|laisser mourir|jeter (?:du|d un|sous))\b",
        r"\b(?:pills|tablets|cachets|comprimes|medocs|medicaments) (?:are |sont )?(?:counted|comptes)\b",
        r"\bme suis (?:coupee?|ouvert les veines|tailladee?)\b", r"\bcut (?:too|so) deep\b",
        r"\bnext (?:train|metro|tube|bus)\b.{0,12}\b(?:i jump|i m jumping|i step)\b",
        r"\bprochain (?:train|metro|rer)\b.{0,12}\bje (?:saute|me jette)\b",
        r"\bcount(?:ed|ing)? (?:out )?(?:the |my |all the )?(?:pills|tablets)\b",
        r"\b(?:took|taken|take) (?:every|all (?:the|my)?) ?(?:pills?|tablets|meds)\b",
        # One's own death announced in the future tense ("I'll be dead by morning"), not a hyperbole.
        r"\b(?:i ll|i will|ill|i m going to) be dead\b"
        r"(?! (?:tired|meat|serious|jealous|if|when|before i|by the time i))",
        r"\bje (?:serai|vais etre) (?:mort|morte)\b(?! (?:de (?:rire|fatigue|honte|faim|froid|peur)|si|quand|avant d))",
        # "Better off without me" is a reason to die, not a goodbye: ideation, a plan only with a means or time.
        r"\bbetter off without me\b", r"\bmieux sans moi\b",
        r"\b(?:wish|wished) i (?:had|d) never been born\b", r"\bj aurais (?:du|prefere|aime) (?:ne )?jamais naitre\b",
        r"\bwish i could (?:just )?(?:disappear|vanish|stop existing|not exist)\b",
        r"\b(?:voudrais|aimerais) (?:juste )?(?:disparaitre|ne plus exister|plus exister)\b",
        r"\b(?:want|wanted|wish|wishing) (?:it all|everything) (?:to|would) (?:stop|end)\b",
        r"\b(?:veux|voudrais|souhaite\w*|envie) que tout (?:s arrete|se termine|finisse)\b",
        r"\bi ll have (?:jumped(?! through)|done it|gone)\b", r"\bon (?:me )?retrouvera\b",
        r"\b(?:won t|will not|wont) (?:see|make it to|reach) my (?:\d+\w* )?birthday\b",
        r"\b(?:vais|jvais|verrai|feterai) pas (?:feter |voir )?mes \d+ ans\b",
    ],
    "declared": _DECLARED,
    "euphemism": _EUPHEMISMS,
    "means": [
        # Charcoal lit indoors, medicine put aside month after month: methods said in everyday words.
        r"\b(?:charcoal|charbon|barbecue|bbq)\b.{0,20}\b(?:in|inside|dans) (?:the|my|le|la|l|mon|ma) "
        r"(?:room|bedroom|flat|studio|bathroom|car|chambre|appart|salle de bain|voiture)\b",
        STOCKPILE,
        r"\b(?:medicine cabinet|armoire a pharmacie|boite a pharmacie)\b",
        r"\b(?:pills?|tablets?|meds|paracetamol|sleeping pills|rope|gun|revolver|pistol|razor|blades?|bridge|roof|"
        r"cliffs?|train)\b",
        r"\b(?:cachets?|comprimes?|medocs?|medicaments?|doliprane|somniferes?|corde|fusil|pistolet|lames?|pont|"
        r"toit|falaises?)\b",
        r"\b(?:knife|noose|knot|overpass|tracks|poison|engine running|balcony|antidepressants|oxys?|insulin|bleach)\b",
        r"\b(?:couteau|noeud|voies? ferrees?|rails|poison|mort aux rats|balcon|antidepresseurs|insuline|javel|"
        r"rasoir)\b",
        r"\b(?:rifle|shotgun|morphine|xanax|sertraline|tramadol|codeine|exhaust|pils|carabine|fusil de chasse)\b",
        r"\b(?:whole|entire|all (?:of )?my) prescription\b|\btoute (?:mon ordonnance|la boite|la plaquette)\b",
        # A whole container of something swallowed ("the whole bottle", "whole strip", "tout le flacon").
        r"\b(?:whole|entire) (?:bottle|box|packet|pack|strip|blister|tub|jar)\b|"
        r"\btoute la (?:bouteille|boite|plaquette)\b|\btout le (?:flacon|tube|paquet)\b",
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
        r"\b(?:ce soir|demain|ce week end|aujourd hui|cette nuit|dans une heure|avant dimanche|samedi|vendredi|"
        r"apres le taf|quand mes parents)\b",
        r"\b(?:monday|tuesday|wednesday|thursday|sunday|this evening|after (?:dinner|school|class)|before (?:dawn|"
        r"morning)|"
        r"\d{1,2} ?(?:am|pm)|right now|soon)\b",
        r"\b(?:lundi|mardi|mercredi|jeudi|dimanche|apres (?:le diner|les cours|l ecole)|avant (?:l aube|le matin)|"
        r"\d{1,2} ?h\d{0,2}|maintenant|bientot|tout de suite)\b",
    ],
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
        r"\b(?:goodbye|last post|bye everyone|my note|goodbye letters?|won t be here|"
        r"nobody will miss me)\b",
        r"\b(?:adieu|dernier message|lettres? d adieu|ma lettre|personne (?:va|"
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
        r"\b(?:not|wasn t|wasnt|isn t|isnt) (?:your|their|anyone s|his|her) fault\b",
        r"\b(?:ecrit|laisse|ecris|fini) (?:une |des |un |la |ma |mes )?(?:lettres?|mots?) (?:a|pour) "
        r"(?:mes|ma|mon|maman|papa|chacun)\b|"
        r"\b(?:les |la |ma )?lettres? (?:est|sont) (?:ecrites?|sur|sous|dans)\b|\blettre finie\b|"
        r"\bpas (?:a cause (?:de toi|de vous|d eux|d elle|de lui)|(?:de )?(?:ta|votre|leur) faute)\b",
        # Not being there for what comes after: "i wont be around to see replies", "je serai plus là pour voir".
        r"\b(?:won t|wont|will not) be (?:around|there|here|alive) (?:to (?:see|read|do|watch|hear)|after|anymore|"
        r"any more)\b|\b(?:won t|wont) have to (?:deal with|worry about|put up with|see) me\b|"
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
        r"\b(?:one last time|then it s over|after that it s over|i m letting go(?! of)|for the last time|"
        r"not turning (?:round|around|back)|fais pas demi tour|ferai pas demi tour)\b",
    ],
    # The end said outright: what comes after is nothing. An outing or a trip does not explain these away.
    "ending": [
        # No use for one's things after a given day ("wont need any of it after friday", "j'en aurai plus besoin après
        # jeudi"): what comes after is nothing, whatever was sold or given to get there.
        r"\b(?:won t|wont|will not) need (?:any of )?(?:it|them|this|that|any|my \w+) (?:after|anymore|any more)\b|"
        r"\b(?:en )?aurai plus besoin (?:apres|de toute facon)\b|\bapres (?:\w+ )?j en aurai plus besoin\b",
        r"\b(?:then|after that|and then) (?:it s|its) (?:over|finished|done)|"
        r"\b(?:ce soir|cette nuit|demain) c est fini\b|i m letting go(?! of)|"
        r"one last time\b.{0,40}\bover\b|"
        r"apres (?:ca )?c est fini|et (?:ce sera|c est) (?:fini|termine)|une derniere fois\b.{0,40}\b(?:fini|termine)|"
        r"(?:going to bed|go to sleep|falling asleep|closing my eyes) for the last time|"
        r"(?:me couche|m endors|ferme les yeux) pour la derniere fois",
    ],
    # A time that recurs ("3am again", "every night", "toutes les nuits") is when the thoughts come, not when a plan
    # is set: it does not make ideation a plan on its own.
    "habitual": [
        r"\b(?:again|once more|every (?:night|day|morning|evening)|most nights|some nights|another (?:night|sleepless)|"
        r"lately|these days|sometimes|often|always|all the time|keep thinking|can t stop thinking|can t sleep|"
        r"still awake|lying (?:here|awake|in bed))\b",
        r"\b(?:encore (?:une fois|une nuit|\d+ ?h)|toutes les nuits|tous les soirs|certains soirs|ces temps ci|"
        r"en ce moment|des fois|parfois|souvent|toujours|arrete pas de penser|pense tout le temps|"
        r"(?:arrive|peux) pas (?:a )?dormir|allongee?|insomnie)\b",
    ],
    "negation": [
        r"\b(?:not|never|n t|wont|won t) (?:going to |gonna )?(?:kill myself|suicidal|hurt myself|end it)\b",
        r"\bi m not suicidal\b", r"\b(?:pas|jamais) (?:me suicider|suicidaire|me tuer)\b", r"\bsuis pas suicidaire\b",
        r"\b(?:don t|do not|dont|never) (?:want|wanna) (?:to )?(?:die|kill myself|end it)\b",
        r"\b(?:veux|voudrais) (?:pas|jamais) (?:mourir|me tuer|en finir)\b",
        r"\b(?:will|gonna|going to) kill me (?:if|when)\b", r"\bva me tuer (?:si|quand)\b",
        # Something or someone else killing the writer ("ce bac de philo va me tuer"), not the writer's own act.
        r"\b(?:va|vont|vas|allait|allaient) (?:finir par |bientot )?me tuer\b",
        # Conditional hyperbole: "I'll hang myself if I hear that song again", "je vais me pendre si…".
        r"\b(?:kill|hang|shoot|drown) myself if\b", r"\bme (?:tuer|pendre|suicider|foutre en l air|jeter \w+ \w+) si\b",
        r"\bme tuer a la tache\b", r"\bkill myself (?:working|studying)\b",
        r"\bif\b.{0,60}\b(?:i ll|ill|i will|i m gonna|im gonna|i m going to|im going to) kill myself\b",
        r"\bsi\b.{0,60}\b(?:je me|jme) (?:tue|suicide)\b",
        r"\b(?:used to|no longer|not anymore)\b.{0,20}\b(?:want(?:ed)? to die|self harm)\b",
        r"\b(?:avant|plus) (?:envie de mourir|je me scarifiais)\b",
    ],
    "medical": [
        r"\b(?:flu|(?:a|my|this|the) cold(?! water| sea| river| lake)|headache|migraine|allergy|allergies|fever|"
        r"(?<!whole )(?<!entire )(?<!all my )(?<!all of my )"
        r"prescription|prescribed|doctor said|antibiotics|"
        r"go(?:ing)? to bed|early night)\b",
        r"\b(?:grippe|rhume|mal de tete|migraine|allergie|fievre|(?<!toute mon )ordonnance|prescrit|le medecin|"
        r"antibiotiques|"
        r"me couche|au lit)\b",
        r"\b(?:en (?:cuisinant|bricolant|jardinant)|while (?:cooking|shaving|gardening)|in the kitchen|rien de grave|"
        r"nothing serious|stitches)\b",
        # The pharmacy counter: dosage and interactions asked about to stay safe, not to die.
        r"\b(?:pharmacist|at the pharmacy|chemist said|side effects|dosage|refill|is it (?:safe|ok|okay) to|"
        r"mix (?:\w+ )?with|pharmacien\w*|a la pharmacie|effets secondaires|posologie|renouvel\w*|"
        r"est ce que je peux|melanger)\b",
    ],
    "support": [
        r"\b(?:how (?:do|can) i (?:help|support)|hotline|crisis line|prevention|my (?:friend|brother|sister|son|"
        r"daughter) (?:who|said|says|talks))\b",
        r"\b(?:comment (?:aider|soutenir)|numero (?:d ecoute|appeler)|quel numero|prevention|ma soeur qui|"
        r"mon frere dit|un ami qui)\b",
        r"\b(?:what (?:do|should|can) i (?:say|do)|a (?:friend|coworker|colleague|student|classmate) who|"
        r"told me (?:he|she|they))\b",
        r"\b(?:que (?:dire|faire)|un (?:collegue|eleve|camarade) qui|une (?:amie|collegue|eleve) qui|m a confie)\b",
        r"(?<!tell my )(?<!tell )(?<!a ma )(?<!a mon )\b(?:therapist|therapy|counsell?ing|helpline|psy|therapie|"
        r"ecoute)\b",
        r"\b(?:if you(?: re| are)?|si tu|si vous)\b.{0,60}\b(?:call|text|reach out|talk to|appelle|appelez|parle|"
        r"ecris moi|contacte)\b", r"\b(?:3114|988|116 123|samaritans|sos amitie|suicide ecoute)\b",

    ],
    # Ordinary plans that explain the words ("I have the rope and the tent", "je veux en finir avec ce projet",
    # "adieu open space, je démissionne"): they keep a means, time or farewell from counting as a plan, but never
    # outweigh explicit ideation ("lost my job, I'm killing myself tonight" stays urgent).
    "ordinary": [
        r"(?<!not for )(?<!pas pour )(?<!pas pour le )(?<!pas pour la )(?<!not )(?<!pas )"
        r"\b(?:camping|tent|tente|hike|hiking|rando\w*|climbing|escalade|fishing|peche|"
        r"(?:bbq|barbecue)(?! (?:in|inside|dans) )|recipe|recette|"
        r"moving|demenag\w*|resign\w*|demission\w*|my notice|retire\w*|retraite|vet|veto|project|projet|dossier|"
        r"homework|devoirs|assignment|thesis|these|memoire)\b",
        # Chores and parking: the roof for the gutters, the top floor of a full car park.
        r"\b(?:parking (?:on|at|in)|park(?:ed|ing)? (?:the|my) car|je me gare|garer|clean(?:ing)? the|fix(?:ing)? the|"
        r"repair(?:ing)? the|gutters?|nettoyer|reparer|repeindre|gouttieres?|if anyone needs me|si on me cherche)\b",
        # Someone else's regimen and adventure sports.
        r"\b(?:pill ?box|pill organi[sz]er|pilulier|dosette|for the week|pour la semaine|skydiv\w*|parachute|"
        r"bungee|out of a plane|d un avion)\b",
        # Farewells as events: a card, drinks or a party for someone leaving.
        r"\b(?:goodbye (?:card|party|drinks|lunch)|farewell (?:card|party|drinks|lunch|gift)|leaving (?:do|card|party)|"
        r"carte d adieu|pot de depart|fete de depart|cadeau de depart|retir\w*)\b",
        # Leaving a job, a city or a platform for somewhere else: farewells with a destination, or after years at work.
        r"\b(?:last day (?:at|of|in) (?:work|the office|the job|school|uni|the shop)|(?:my )?last day after \d+ years|"
        r"dernier jour (?:au|de|a la) (?:bureau|boulot|taf|travail|stage|boutique|fac)|"
        r"(?:mon )?dernier jour apres \d+ ans)\b",
        r"\b(?:visiting|staying with|going to see) (?:my|our) (?:parents|family|folks|grandparents|nan|gran|mum|mom|"
        r"dad|sister|brother)\b",
        r"\b(?:quit (?:my|the|this) job|new job|job offer|one way ticket|flight|airport|boarding|booked|holiday|"
        r"vacation|new chapter|relocat\w*|moving (?:to|back)|off to|see you (?:in|next|soon)|new adventure|"
        r"sunset|sunrise|photos?|pictures)\b",
        r"\b(?:quitte (?:le|mon|ce) (?:boulot|taf|job|travail|poste)|nouveau (?:job|boulot|taf|poste|depart|chapitre)|"
        r"aller simple pour|billet|vol pour|aeroport|vacances|(?<!grand )(?<!dernier )voyage|"
        r"(?:je|on|nous) (?:pars|part|partons) (?:a|en|au|aux|pour)|"
        r"(?:rendre visite|voir) a (?:mes|ma|mon) (?:parents|famille|grand mere|grands parents|soeur|frere)|"
        r"coucher de soleil|lever de soleil|photos?|nouvelle aventure|a bientot)\b",
        # A means with a purpose that is not the writer ("a rope for the swing", "un couteau pour le rôti"), a
        # break from the platform, a plane to catch.
        # (Not pills: "my dad's heart pills", "les cachets pour le coeur" are what people hoard.)
        # A gun's ordinary purposes: a hunt or the range as an outing ("going deer hunting with dad", "ball-trap
        # dimanche"); not the gun's name ("the hunting rifle", "le fusil de chasse" is how a family's gun is named).
        r"\b(?:go(?:ing)? hunting|(?:deer|duck|pheasant|boar) (?:hunting|hunt|season)|hunting (?:trip|season|with)|"
        r"shooting range|gun range|firing range|clay pigeons?|a la chasse (?:avec|au|aux|ce|demain|samedi|dimanche)|"
        r"partie de chasse|ouverture de la chasse|battue|stand de tir|club de tir|ball trap)\b",
        r"\b(?:jump|skipping|climbing|tow) ropes?\b|\bcordes? (?:a sauter|d escalade)\b|"
        r"\b(?:rope|corde|knife|couteau|blades?|lames?) (?:for|pour) (?:the|a|my|our|la|le|les|un|une|mon|ma|nos|"
        r"notre)\b(?! (?:month|week|year|mois|semaine|an)\b)",
        r"\b(?:detox|social media break|taking a break|digital break|pause|on a plane|the plane|dans l avion|en avion|"
        r"flight to|charity|association|fundraiser|dons|sell\w*|sold|buyer|acheteur|vendu|vends|vendre)\b",
        # Life going on: one habit traded for another ("no more social media, reading books instead"), a quantified
        # delay complained about ("6h de retard"), a missed call apologised for.
        r"\binstead\b(?! of)|\ba la place\b(?! de)|"
        r"\b\d+ ?(?:h|heures?|hours?|hrs?|min|minutes?) (?:de retard|late|delay)\b|"
        r"\b(?:missed|miss) (?:your|ur) (?:call|calls|text|message)|"
        r"\b(?:rate|loupe|manque) (?:ton|votre) (?:appel|message|sms)\b",
        # The things of one hobby given away ("toutes mes affaires de ski", "all my climbing gear"): a life that
        # changes, unlike "toutes mes affaires" or "all my stuff".
        r"\b(?:donne|donnes|donner) (?:toutes )?mes affaires (?:de|d) \w+|\b(?:gave|give|giving) away (?:all )?my \w+ "
        r"(?:gear|kit|equipment|stuff|clothes)\b",
        # Letters to be opened years later.
        r"\b(?:time capsule|capsule temporelle|to open (?:when|on|at)|a ouvrir (?:a|quand|le jour|pour))\b",
        # The writer expects to be somewhere later: running late, home soon, see you tomorrow.
        r"\b(?:i ll be (?:late|home|back)|on my way (?:home|back)|running late|see you (?:tomorrow|later|tonight|at)|"
        r"call you (?:later|tomorrow)|je rentre (?:tard|bientot|demain|dans)|je serai en retard|a demain|"
        r"a tout a l heure|a plus tard|je t appelle (?:demain|plus tard|ce soir))\b",
        r"\b(?:what a view|quelle vue|glass of (?:wine|beer|champagne)|verre de (?:vin|biere|champagne)|apero|picnic|"
        r"pique nique|fireworks|feu d artifice|concert|festival)\b",
        # Going somewhere to look at something, or with people: an outing, not a plan to die alone.
        r"\b(?:to (?:watch|see|look at|enjoy|photograph|film)|(?:with|and) (?:my|the) (?:kids|daughter|son|children|"
        r"friends|family|team|mates|wife|husband|girlfriend|boyfriend|class))\b",
        r"\b(?:pour (?:voir|regarder|admirer|photographier|filmer)|avec (?:ma fille|mon fils|les enfants|mes enfants|"
        r"mes potes|les potes|les copains|les copines|ma famille|l equipe|ma femme|mon mari|ma copine|mon copain))\b",
        r"\ben finir avec (?!" + _LIFE_FR + r")", r"\bend(?:ing)? it with (?:him|her|them|my)\b",
    ],
    # Fiction and reporting about someone else's death: a story, not a person at risk on the platform.
    "reported": [
        r"\b(?:in the (?:film|movie|book|series|show|episode|novel)|the character|dans (?:le film|la serie|le livre|"
        r"l episode|le roman)|le personnage|the article|l article|essay on|dissertation sur|expose sur)\b",
        r"\b(?:novel|roman|book|livre|movie|film|series|serie|episode|character|personnage|documentary|"
        r"documentaire)\b",
        # Stories and titles: a thriller's plot, a film's ending, a track called "Suicide Doors".
        r"\b(?:thriller|polar|the ending where|the scene where|la fin (?:du film|du livre|du roman|de la serie|ou)|"
        r"la scene ou|mixtape|album|new (?:single|track|song|ep)|nouveau (?:single|titre|morceau|clip))\b",
        # Suicide as a topic of study or of the writer's work, not the writer's plan: a philosophy class ("Camus says
        # the only serious problem is suicide"), a nurse on the overdoses she treats.
        r"\b(?:philo|philosophy|philosophie|philosophical|philosophique|essay|sujet de|as a (?:nurse|doctor|"
        r"paramedic|pharmacist|medic|gp|carer|care worker|social worker|teacher|firefighter|cop|police officer)|"
        r"en tant qu (?:infirmiere?|medecin|pharmacien\w*|aide soignante?|ambulancier\w*|pompier|prof\w*|"
        r"educat\w*))\b",
    ],
})
_STOCKPILE = re.compile(STOCKPILE)
# Self-harm the writer looks back on: recovery counted ("two years clean from cutting", "un an sans me scarifier") or
# the writer's younger self ("teenage me screaming…", "moi ado", "what a phase"). Like negation it blocks a plan,
# unless the text turns to now ("… and tonight I'm going to…", "now i'm going to do it", "mais ce soir…").
_BEHIND = re.compile(
    r"\b(?:days?|weeks?|months?|years?) (?:clean|free|without (?:self harm|cutting|hurting myself|sh))\b|"
    r"\b(?:self harm|sh|cutting) free\b|"
    r"\b(?:jours?|semaines?|mois|ans?) (?:clean )?sans (?:me (?:scarifier|couper|mutiler|faire du mal)|"
    r"automutilation|scarification)\b|"
    r"\b(?:teenage|younger|15 year old|16 year old|14 year old|emo) me\b|\bme at (?:1\d|age 1\d)\b|"
    r"\bwhat a phase\b|\bmoi (?:a 1\d ans|ado|adolescente?)\b|\bmon moi (?:ado|de 1\d ans)\b")
_TURN_TO_NOW = re.compile(r"\b(?:but|and|now|anyway|mais|et|maintenant|pourtant|sauf que)\b.{0,30}"
                          r"\b(?:tonight|today|tomorrow|now|this (?:week|weekend)|ce soir|demain|aujourd hui|"
                          r"maintenant|cette nuit|ce week end)\b")


def looked_back(normalized: str) -> bool:
    """Self-harm behind the writer (recovery counted, a younger self), with no turn to a plan now."""
    return _BEHIND.search(normalized) is not None and _TURN_TO_NOW.search(normalized) is None
# Narrower than "habitual" ("again", "lately" also come with plans): a time that comes back on its own.
_RECURRING = re.compile(r"\b(?:every (?:night|day|morning|evening|week|weekend)|most (?:nights|days|mornings)|each "
                        r"(?:night|morning|day)|toutes les nuits|tous les (?:soirs|matins|jours)|chaque (?:soir|matin|"
                        r"jour|nuit))\b")
_EUPHEMISM = re.compile("|".join(f"(?:{p})" for p in _EUPHEMISMS))

# The first person: a plan about oneself, not a report about someone else ("my brother says he'll do it").
_FIRST_PERSON = FacetMatcher({"me": [rf"\b{_I}\b", r"\bmy\b", r"\bmyself\b", r"\bma vie\b", r"\bmes\b",
                                     r"\bwanna\b", r"\bwant to\b", r"\benvie de\b"]})
_THIRD_PERSON = FacetMatcher({"them": [r"\b(?:he|she|they|him|her|il|elle|ils|lui)\b"]})
# The writer as the one who acts or is acted on: a pronoun of the first person, its SMS forms, or the writer's own
# parent addressed in a farewell. News ("3 people drowned"), invitations ("anyone want to raid tonight?") and
# postcards ("goodbye London, off to Lisbon tomorrow") have none, so the seed model alone never makes them a plan.
_WRITER = FacetMatcher({"writer": [
    # with the forms of texting: "ill be gone", "ive", "jy suis allé", "jlai", "jtai"
    r"\b(?:i|im|ive|i m|i ve|i ll|ill|i d|me|my|myself|mine|imma|ima)\b",
    r"\b(?:je|j|jme|jvais|jsuis|jveux|jai|jsp|jpeux|jpp|jen|jy|jlai|jle|jla|jles|jtai|jte|jvous|g|me|m|moi|mon|ma|"
    r"mes|mien|mienne)\b",
    # spoken and Québec forms: "chuis sur le toit", "chu pus capable", "jvas", "moé"
    r"\b(?:chuis|chui|shuis|chu|jvas|jva|moe)\b",
    # The writer reassuring those left behind ("don't worry about the cat", "vous inquiétez pas").
    r"\b(?:don t|dont|do not) worry\b", r"\b(?:(?:ne )?vous inquietez pas|t inquiete pas|inquietez vous pas)\b",
    r"\b(?:sorry|love you|bye|goodbye) (?:mom|mum|dad|mommy|mummy)\b", r"\b(?:pardon|adieu) (?:maman|papa)\b",
    r"\b(?:see you never|on se reverra (?:jamais|pas))\b",
    # Someone addressing everyone is a writer speaking ("sleep well everyone", "bonne nuit a tous").
    r"\b(?:sleep well|good ?night|bye|goodbye|farewell|love you|thank you|thanks|sorry|forgive me) "
    r"(?:everyone|everybody|all|y all|guys)\b",
    r"\b(?:bonne nuit|adieu|au revoir|salut|merci|pardon|je vous aime|bisous) (?:a tous|tout le monde|les gars)\b",
]})
# An English clause that starts with a verb has the writer as its subject ("took 40 tablets", "going to the tracks
# after school"); after a full stop or at the start only, so "the river burst" or "3 people drowned" do not count.
# Past tenses count in any regular form ("checked it 3 times", "cancelled my phone plan") and in the irregular ones
# a plan is told with ("left the engine running", "sold my guitar").
_ELIDED_I = re.compile(r"(?:^|[.!?;:\n]\s*)(?:just )?(?:took|taken|going|gonna|heading|headed|got|bought|tested|saved|"
                       r"gave|sealed|sitting|standing|wrote|written|deleted|done|finished|ready|leaving|swallowed|"
                       r"packed|counted|loaded|parked|climbed|walking|driving|waiting|planning|planned|left|sold|"
                       r"drank|ate|went|told|sent|put|kept|spent|paid|made|said|found|hid|thought|"
                       r"[a-z]{2,}ed)\b", re.IGNORECASE)


# Anyone but the writer: a second or third person, or people in general. A short text that names no one at all is
# telegraphic ("tonight. pills ready.", "ce soir. cachets prêts"): nobody but its writer can be its subject.
_SOMEONE = re.compile(r"\b(?:he|she|they|him|her|his|hers|their|them|it|its|you|u|ur|your|we|us|our|people|someone|"
                      r"everyone|anyone|il|elle|ils|elles|lui|leur|leurs|on|tu|te|t|toi|ton|ta|tes|vous|votre|vos|nous|"
                      r"notre|nos|quelqu un|gens|tout le monde)\b")
TELEGRAPHIC = 8  # at most this many words (0: never telegraphic)


def writer_speaks(text: str, normalized: str) -> bool:
    """The text says something about its writer (first person), not only about others or the world."""
    return "writer" in _WRITER.scan(normalized) or _ELIDED_I.search(text.lstrip(" \"'«“*-")) is not None


def telegraphic(normalized: str) -> bool:
    """A short text that names no one ("tonight. pills ready."): if it is anyone's plan, it is its writer's."""
    return 0 < len(normalized.split()) <= TELEGRAPHIC and _SOMEONE.search(normalized) is None


def plan_facets(normalized: str) -> tuple[str, ...]:
    """Means, time and farewell found in a text that is not negated, support-seeking or about someone else.

    With the seed model's self-harm class they make intent even when the rules' ideation phrases miss the
    wording ("took every pill in the cabinet", "by the time you read this I'll have jumped").
    """
    if blocked(normalized):
        return ()
    facets = MATCHER.scan(normalized)
    if ordinary(normalized):
        return ()
    # The end said outright ("friday. after my shift. then its over") is finality too.
    found = [f for f in ("means", "time", "farewell", "finality")
             if f in facets or (f == "finality" and "ending" in facets)]
    # A routine ("walking to the bridge every morning", "3am again") is when and where life happens, not a plan.
    if "habitual" in facets and not {"farewell", "finality"} & set(found):
        return ()
    if _CALLED_OFF.search(normalized) and not _GONE.search(normalized) and not {"means", "farewell", "finality"} \
            & set(found):
        return ()  # "sorry can't make it tonight": an evening called off
    if "means" not in found and "place" in facets and found:
        found.insert(0, "means")
    return tuple(found)


_QUOTE = re.compile(r"[«“\"]([^«»“”\"]{8,})[»”\"]")


def quoted_plan(text: str) -> tuple[str, ...] | None:
    """The plan in the words someone at risk sent, quoted by the person reporting them and asking what to do.

    Support-seeking blocks a plan ("how do I help a friend who talks about suicide"), but not a plan the friend
    quotes word for word ("she texted me « I bought the rope, don't try to stop me », what do I do?"): that one is
    as urgent as the writer's own. Fiction, news and negation still block.
    """
    facets = MATCHER.scan(normalize(text))
    if "support" not in facets or facets.any("reported", "negation", "medical", "ordinary"):
        return None
    for quote in _QUOTE.findall(text):
        inner = normalize(quote)
        if writer_speaks(quote, inner) and (plan := plan_facets(inner)):
            return plan
    return None

# An evening called off ("sorry can't make it tonight, im knackered", "dsl je peux pas venir ce soir"): the writer
# expects to be elsewhere, not gone. It keeps a time or the model alone from making a plan, never a means or a
# farewell ("can't make it tonight. or ever. the pills are counted, goodbye").
_CALLED_OFF = re.compile(
    r"\b(?:can t|cant|cannot|won t be able to|unable to) make it (?:tonight|today|tomorrow|this (?:evening|weekend)|"
    r"to (?:the|your|dinner|drinks|practice|training|class|work))\b|"
    r"\b(?:peux|pourrai|pourrais) pas (?:venir|passer) (?:ce soir|demain|ce week end|aujourd hui|a la|au|a ton|a ta|"
    r"a votre)\b")

_GONE = re.compile(r"\b(?:won t|wont|will not|not gonna|not going to) be (?:around|here|there|alive)\b|"
                   r"\b(?:serai|sera) plus (?:la|en vie)\b|\bor ever\b|\bni jamais\b|\bever again\b")


def routine(normalized: str) -> bool:
    """A time that recurs ("walking to the bridge every morning", "3am again") or an evening called off ("can't make
    it tonight") with no farewell or finality: when life happens, not a plan."""
    # An evening called off, unless the writer says they will not be there at all ("won't be around after tonight").
    when = _RECURRING.search(normalized) is not None or (
        _CALLED_OFF.search(normalized) is not None and _GONE.search(normalized) is None)
    return when and not MATCHER.scan(normalized).any("farewell", "finality", "ending")


def ordinary(normalized: str) -> bool:
    """Camping, moving house, a project, a job notice: words of a plan that are not about dying (unless the text
    says outright that it ends: "to see the sea one last time, then it's over")."""
    facets = MATCHER.scan(normalized)
    return "ordinary" in facets and "ending" not in facets


def blocked(normalized: str) -> bool:
    """Negated, support-seeking, or ordinary medicine ("tonight I take my pills, the flu is awful").

    Someone else's plan is not blocked: "she wrote she's going to kill herself tonight" is as urgent as the first
    person, and reports are often written by a friend.
    """
    facets = MATCHER.scan(normalized)
    # Going to bed is ordinary medicine ("took my pills, going to bed"), unless it is for the last time.
    if facets.any("negation", "support", "reported") or looked_back(normalized):
        return True
    return "medical" in facets and "ending" not in facets and _STOCKPILE.search(normalized) is None


def _explicit_ideation(normalized: str) -> bool:
    """Ideation beyond the euphemisms everyday plans also use."""
    facets = MATCHER.scan(normalized)
    if "ideation" not in facets:
        return False
    if "euphemism" not in facets:
        return True
    # Remove the euphemisms and look again: "not coming back" next to "I'll kill myself" is still explicit.
    return MATCHER.scan(_EUPHEMISM.sub(" ", normalized)).any("ideation")


def assess(normalized: str) -> HarmFinding | None:
    facets = MATCHER.scan(normalized)
    if "ideation" in facets and "ordinary" in facets and not _explicit_ideation(normalized):
        return None  # "leaving tonight and not coming back, moving to the countryside"
    behind = looked_back(normalized)
    if "ideation" not in facets:
        # "On the roof right now. Goodbye everyone": a means and a farewell say it without the words.
        if behind or facets.any("negation", "support", "medical", "reported", "ordinary") or not (
                facets.any("means", "place") and facets.any("farewell", "finality")):
            return None
        if "me" not in _FIRST_PERSON.scan(normalized) and "everyone" not in normalized \
                and "tout le monde" not in normalized:
            return None
        closing = "farewell" if "farewell" in facets else "finality"
        return HarmFinding("self_harm_intent", 0.8, ("means", closing), facets.evidence(closing))
    if behind or facets.any("negation", "support", "medical", "reported"):
        why = "support-seeking" if "support" in facets else "reported" if "reported" in facets else "negated" \
            if "negation" in facets else "looked back on" if behind else "negated"
        return HarmFinding("self_harm", 0.25, (why,),
                           facets.evidence("ideation"))
    means = "means" in facets or ("place" in facets and facets.any("time", "farewell", "finality"))
    extras = tuple(f for f in ("declared", "means", "time", "farewell", "finality")
                   if (means if f == "means" else f in facets))
    if extras == ("time",) and "habitual" in facets:  # "3am again and I want it all to stop": when, not a plan
        extras = ()
    if extras:  # the writer's plan or someone else's: both are urgent
        return HarmFinding("self_harm_intent", min(0.8 + 0.07 * len(extras), 1.0), extras,
                           facets.evidence("ideation"))
    return HarmFinding("self_harm", 0.6, ("ideation",), facets.evidence("ideation"))

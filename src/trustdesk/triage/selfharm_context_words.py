"""What explains the words of a self-harm plan away, in French and English: a habit, a negation, medicine as
prescribed, someone seeking support, an ordinary life around the words (selfharm_ordinary_words.py), a report about
someone else (selfharm_reported_words.py): facets selfharm.py reads beside the plan's own, selfharm_plan_words.py."""

from __future__ import annotations

from trustdesk.triage.selfharm_ordinary_words import ORDINARY
from trustdesk.triage.selfharm_reported_words import REPORTED

CONTEXT_FACETS: dict[str, list[str]] = {
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
        # Round 20: doomed if someone finds out ("today is my last day on earth if my mum finds out I scratched her
        # car", "je suis morte si ma mère voit ça").
        r"\b(?:last day on earth|i m (?:so )?dead|i m a dead (?:man|woman)|i m toast)\b.{0,10}\bif\b.{0,30}"
        r"\b(?:finds? out|sees|catches|hears)\b",
        r"\b(?:je suis (?:mort|morte|foutue?)|c est ma fin|mon dernier jour)\b.{0,10}\bsi\b.{0,30}\b(?:l apprend|"
        r"voit|decouvre|le sait)\b",
        r"\bif\b.{0,60}\b(?:i ll|ill|i will|i m gonna|im gonna|i m going to|im going to|i m|im) (?:kill|hang|hanging|"
        r"killing) myself\b",
        # Round 22: dying on a hill, and someone else who could have killed someone ("'I'm going to die on this hill'
        # - me at 4am defending the extended remix", "il allait tuer quelqu'un en rentrant en voiture").
        r"\bdie on (?:this|that|the) hill\b|\b(?:allait|aurait pu|va|pourrait) tuer (?:quelqu un|des gens|un gamin)\b|"
        r"\b(?:was going to|could have|would have|gonna) kill (?:someone|somebody|people|a kid)\b",
        r"\bsi\b.{0,60}\b(?:je me|jme) (?:tue|suicide|jette|pends)\b",
        r"\b(?:used to|no longer|not anymore)\b.{0,20}\b(?:want(?:ed)? to die|self harm)\b",
        r"\b(?:avant|plus) (?:envie de mourir|je me scarifiais)\b",
        # Round 20: ideation the writer says they will not act on ("not gonna do owt about it", "j'ai pas de plan ni
        # rien", "je ferai rien").
        r"\b(?:not (?:gonna|going to)|won t|wont|never gonna) (?:do (?:anything|owt|nowt)(?: about it)?|act on it)\b|"
        r"\b(?:i have|i ve got|there s) no plans?\b(?! (?:b|for|this|tonight|yet))|\bno plan or anything\b",
        r"\bj ai (?:pas|aucun) (?:de )?plans?\b(?! (?:b|pour|ce))|"
        r"\bje (?:ne )?(?:ferai|vais) (?:rien|jamais rien)(?: faire)?\b|"
        r"\bje (?:ne )?(?:vais|compte) pas passer a l acte\b",
    ],
    # Round 12: "rather die than" said of a chore ("plutôt me jeter sous un bus que retourner chez IKEA un samedi",
    # "I'd rather jump off a bridge than sit through that meeting"): a preference, not a plan, unless the text also
    # names a means, a farewell or the end (selfharm.blocked).
    "preference": [
        # (a chore, not a person: "rather die than go back to him" is no preference)
        r"\bplutot (?:me \w+|mourir|crever|creuser ma tombe)\b.{0,40}\bque (?:de )?(?:retourner (?:chez|au|a la)|"
        r"refaire|aller (?:au|a la|chez|en)|subir|regarder|ecouter|passer (?:un|une|le|la)|faire (?:la|le|les|mes|un|"
        r"une)|revoir|me taper)\b",
        r"\b(?:i d|i would) (?:rather|sooner) (?:die|be dead|jump|kill myself|walk into)\b.{0,40}\bthan (?:sit|"
        r"go (?:to|into) (?:work|school|class|the gym|the dentist|a meeting|another)|watch|listen to|do (?:my|the|"
        r"another|this|that)|spend|attend|redo|deal with (?:this|that|another|the))\b",
        # Round 20: someone else's hyperbole ("my ex said he'd rather jump off a bridge than get back together").
        r"\b(?:he|she|they) d (?:rather|sooner) (?:die|be dead|jump|walk into)\b.{0,40}\bthan\b",
    ],
    "medical": [
        # Round 16: medicine waiting at the counter ("my tablets are ready at the chemist, collecting them tomorrow").
        r"\b(?:ready|pretes?|prets?) (?:for (?:pickup|pick up|collection)|to (?:collect|pick up)|at the (?:pharmacy|"
        r"chemist|drugstore)|a la pharmacie|en pharmacie|a recuperer)\b|"
        r"\b(?:collect\w*|pick(?:ing)? up|recuperer|aller chercher|passer prendre) (?:\w+ ){0,3}(?:at|from|a) "
        r"(?:the|la) (?:pharmacy|chemist|drugstore|pharmacie)\b",
        r"\b(?:flu|(?:a|my|this|the) cold(?! water| sea| river| lake)|headache|migraine|allergy|allergies|fever|"
        r"indigestion|heartburn|reflux|gaviscon|"
        r"(?<!whole )(?<!entire )(?<!all my )(?<!all of my )"
        r"prescription|prescribed|doctor said|doc said|doc told me|antibiotics|"
        r"go(?:ing)? to bed|early night)\b",
        r"\b(?:grippe|rhume|mal de tete|migraine|allergie|fievre|(?<!toute mon )ordonnance|prescrit|le medecin|"
        r"antibiotiques|(?:le|mon|ma) (?:docteur|doc|toubib) (?:a dit|m a dit|l a dit)|comme (?:le|mon|ma) "
        r"(?:docteur|medecin|doc|toubib) (?:a dit|l a dit|m a dit|l a prescrit)|"
        r"me couche|au lit)\b",
        r"\b(?:en (?:cuisinant|bricolant|jardinant)|while (?:cooking|shaving|gardening)|in the kitchen|rien de grave|"
        r"nothing serious|stitches)\b",
        # The pharmacy counter: dosage and interactions asked about to stay safe, not to die.
        r"\b(?:pharmacist|at the pharmacy|chemist said|side effects|dosage|refill|is it (?:safe|ok|okay) to|"
        r"mix (?:\w+ )?with|pharmacien\w*|a la pharmacie|effets secondaires|posologie|renouvel\w*|"
        r"est ce que je peux|melanger)\b",
        # Round 20: when to take it ("les comprimés de tension après manger, pas avant", "with food").
        r"\b(?:(?:after|before|with) (?:meals?|food|eating|breakfast)|(?:apres|avant) (?:manger|les repas|le repas|"
        r"le petit dej\w*)|a jeun)\b",
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
    "ordinary": ORDINARY,
    # A life's affairs settled (round 10): a job resigned or retired from, things sold, a file ("dossier") put away.
    # Until round 10 these were ordinary plans and explained any plan's words away; but settling one's affairs is what
    # people do before a planned death ("sold the last of the herd. shotgun's loaded", "Retraité, veuf. Le fusil est
    # chargé", "vendu ma moto. ce soir je m'en vais pour de bon"). They still explain a time or the seed model alone
    # ("retiring tomorrow after 30 years!", "sold my bike today"), never a means, a farewell or finality
    # (selfharm.ordinary). Offering a thing for sale ("selling my rifle", "à vendre") stays ordinary.
    "settling": [
        r"\b(?:resign\w*|demission\w*|my notice|retir(?:e|es|ed|ing|ement)|retraite\w*|dossier|sold|vendue?s?)\b",
    ],
    # A ticket that says nothing of coming back (round 10): a one-way ticket, a ticket. Until round 10 they were
    # ordinary plans and explained a means away ("Billet aller simple pour Étretat. Demain je marche vers les
    # falaises"). They explain a time, finality or the seed model alone ("billet pour Montréal acheté, je pars pour
    # de bon"), not a means, a place or a farewell (selfharm.ordinary). The way home ("on my way home") stays an
    # ordinary plan: beside a bridge it is a commute far more often than a plan (measured, bench/results).
    "journey": [
        r"(?<!not )(?<!not on )(?<!not on a )(?<!pas )(?<!pas en )(?<!pas un )"
        r"\b(?:one way ticket|aller simple|billet)\b",
    ],
    # Another person's affairs (round 10): a parent's will or estate ("helping mum write her will this weekend, she
    # wants it all sorted", "aider mon père à rédiger son testament"). Like a ticket, they explain a time, finality
    # or the seed model alone ("all sorted" is theirs), not a means, a place or a farewell (selfharm.ordinary).
    "another's affairs": [
        r"\b(?:(?:her|his|their) (?:will|estate|executor|funeral plans?|power of attorney)|executor (?:of|for) "
        r"(?:her|his|their|my (?:mum|mom|dad|mother|father|gran|nan|grandma|grandpa|aunt|uncle))|"
        r"(?:son|leur) (?:testament|notaire|heritage|succession)|(?:le |du )?testament de (?:ma|mon|mes) \w+)\b",
    ],
    # End-of-life wishes said at leisure (round 10): a funeral's music chosen as a preference ("my funeral playlist
    # is 90% ABBA and I stand by it", "à mon enterrement je veux du Claude François"), advance directives a doctor
    # recommends ("directives anticipées", "living will"). With no time, means, farewell, finality or
    # arrangements for after they keep the seed model alone off the route (selfharm.routine): the model reads them
    # at 0.87-0.98. Beside a time they are a plan's ("Funeral playlist too. It's tomorrow morning").
    "wishes for after": [
        r"\b(?:(?:at|for) my funeral|my funeral (?:playlist|songs?|music|outfit|plans?)|when i (?:die|go),? (?:i want|"
        r"i d like|play|scatter)|"
        r"quand je (?:partirai|serai partie?),? je (?:veux|voudrais)|advance (?:directive|decision)s?|living will|"
        r"organ donor (?:card|register)|"
        r"a mon enterrement|(?:pour )?mes (?:funerailles|obseques)|quand je mourrai,? (?:je veux|passez|dispersez)|"
        r"directives anticipees|personne de confiance|don d organes|carte de donneur)\b",
    ],
    # Endings in a life that goes on: a job handed back ("handed in my badge", "cleared out my desk", "rendu mon
    # badge"), a habit quit ("quitting caffeine", "j'arrête de fumer"), the last night or day somewhere ("last night in
    # this flat", "dernière nuit dans cet appart"). Unlike an ordinary plan they do not explain a means or a farewell
    # away ("fini mon dernier service, j'ai pris la morphine"): they leave a time, finality or the model alone short of
    # a plan (selfharm.plan_facets, selfharm.routine).
    # A life after the farewell (round 8): a meeting promised ("this is my last post, see you all in real life", "on se
    # voit en vrai"), letters written in place of the season's cards ("letters to everyone I love instead of
    # cards"). Like an everyday ending it leaves a time, a farewell or the model alone short of a plan; unlike the
    # ordinary contexts it does not explain a means away ("… instead of cards, the pills are counted, goodbye").
    "life after": [
        r"\bsee (?:you|u|ya) (?:all |guys |everyone )?(?:in real life|irl|offline|elsewhere|on (?:the )?other side of "
        r"the screen|over on)\b|\bon se (?:voit|retrouve|reverra) (?:en vrai|ailleurs|irl|hors ligne|sur)\b|"
        r"\b(?:instead of|rather than) (?:the |my |our )?(?:christmas |xmas |birthday |holiday |greeting |new year )?"
        r"cards\b|\b(?:au lieu|a la place) des? (?:cartes de (?:voeux|noel)|cartes)\b",
        # A blog, a channel or a podcast closed after years (round 10), its last post a farewell to readers: "Ten
        # years of this blog and I've run out of things to say about sourdough", "dix ans de ce blog, je n'ai plus
        # rien à dire sur le pain".
        r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) years of (?:this|my) "
        r"(?:blog|channel|podcast|newsletter|page|account|column|stream)|run out of things to (?:say|write|post)|"
        r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt) ans (?:de|sur) (?:ce|mon|cette|"
        r"ma) (?:blog|chaine|podcast|newsletter|page|compte|chronique)|plus rien a (?:dire|raconter|ecrire) sur\b",
        # A disappearance with its end in view ("je disparais pour une heure", "vanishing for the afternoon").
        r"\b(?:disappear\w*|vanish\w*|disparai\w*|m eclipse\w*) (?:for|pour) (?:an?|one|two|the|une|deux|\d+|la|le|"
        r"l) ?(?:hour|hours|heures?|h|afternoon|evening|morning|weekend|apres midi|soiree|matinee|week end|"
        r"minutes?|min)\b",
    ],
    # A farm's predators named as what a rifle and a night out are for (round 8): like "life after", it leaves a time or
    # the model alone short of a plan, not a means or a farewell.
    "predators": [
        # "coyotes took three lambs… sighted in the .243", "un renard a tué 4 poules"; not the rifle sighted in alone
        # ("zeroed the rifle today. tonight i'm done").
        r"\b(?:coyotes?|foxes|fox|wolves|wolf|feral (?:dogs|pigs|hogs)|renards?|loups?|sangliers?|fouines?) (?:\w+ )?"
        r"(?:took|killed|got|ate|has taken|have taken|keeps? taking|a pris|ont pris|a tue|ont tue|a mange|ont mange|"
        r"a egorge|ont egorge)\b",
        # A hunt's bag and its butchering (round 10), what a garage and a weekend are for: "got my first deer this
        # season, butchering it in the garage this weekend". Like the predators, not a means or a farewell ("tagged
        # my first deer, then the rifle in the barn tonight for myself. sorry mum" stays a plan).
        r"\b(?:(?:got|shot|bagged|tagged|took) (?:my|a|an|the) (?:first |big |second )?(?:deer|buck|doe|stag|elk|"
        r"moose|boar|pheasant|turkey)|butcher(?:ing|ed)? (?:it|the (?:deer|carcass|meat)|a deer)|venison|"
        r"(?:tire|tue|eu|abattu) (?:mon|un|le|ma) (?:premier |premiere )?(?:chevreuil|cerf|biche|sanglier|faisan)|"
        r"depec\w+ (?:le|la|mon|ma) (?:chevreuil|cerf|biche|sanglier|gibier)|venaison)\b",
    ],
    "everyday ending": [
        r"\b(?:handed in|hand in|handing in|turned in|returned|gave back) (?:my |the )?(?:badge|notice|resignation|"
        r"uniform|work laptop|lanyard|access card)\b|\bclear(?:ed|ing)? out my (?:desk|locker|office)\b|"
        r"\b(?:rendu|rends|rendre|rendrai) (?:mon|ma|le|la) (?:badge|blouse|uniforme|casier|ordi du taf|"
        r"ordinateur du travail)\b|\bvid(?:e|er|é) mon (?:bureau|casier)\b",
        r"\b(?:quit|quitting|stop|stopping|stopped|giving up|give up|gave up|done with|off) (?:smoking|"
        r"drinking(?! (?:water|anything|fluids|liquids))|"
        # a diet given up too ("done with keto … finishing it tonight with a huge bowl of pasta", round 8)
        r"vaping|caffeine|coffee|sugar|alcohol|booze|weed|cigarettes|fags|energy drinks|keto|(?:my |the |this )?diet|"
        r"dry january|veganuary)\b|\bno (?:caffeine|"
        r"coffee|sugar|alcohol|booze|cigarettes)\b|"
        r"\b(?:arrete|arreter|arretes|arretons|j arrete|lache|lacher) (?:de fumer|de boire|de vapoter|la clope|les "
        r"clopes|la cigarette|l alcool|le cafe|le sucre|la cafeine|le regime|mon regime|le keto)\b|"
        r"\bfini (?:le|mon) regime\b|\b(?:derniere (?:cigarette|clope)|last "
        r"(?:cigarette|smoke|fag|drink ever))\b",
        r"\b(?:my |our )?last (?:night|day|week|weekend|morning|evening|shift|class|lesson) (?:in|at|of|with|on) "
        r"(?!(?:this |the )?(?:earth|world|planet)\b)|"
        r"\b(?:ma |mon |notre |la |le )?derni(?:ere|er) (?:nuit|journee|jour|semaine|soiree|matinee|service|cours|"
        r"garde) (?:dans|a|au|aux|chez|en|avec) (?!(?:cette |ce )?(?:terre|monde|vie)\b)",
        # A relationship over ("it's over between me and my ex", "c'est fini entre nous").
        r"\b(?:it s|it is) over between (?:me|us)\b|\bbroke up with\b|\bwe (?:broke|split) up\b|"
        r"\bc est (?:fini|termine) entre (?:nous|moi et)\b|\bon a rompu\b|\bj ai rompu\b",
    ],
    # A means bought at the pharmacy ("j'ai acheté des pilules à la pharmacie", "un deuxième flacon à la pharmacie de
    # garde"): the counter where it was bought, not advice asked there.
    "bought at the pharmacy": [
        r"\b(?:bought|buy|buying|got|picked up|achete|acheter|achetes|pris|recupere)\b.{0,50}"
        r"\b(?:at the pharmacy|from the pharmacy|at the chemist|from the chemist|a la pharmacie|en pharmacie)\b",
    ],
    # A cover story: what the writer told others or lets them believe ("told my wife i'm going fishing", "tout le
    # monde croit que je pars en voyage", "mon médecin croit que je prends le lithium", "told my therapist i'm fine").
    "cover": [
        r"\b(?:told|tell|telling|texted|said to) (?:my |the |her |him |them |everyone|everybody)?(?:\w+ )?(?:that )?"
        r"(?:i m|i am|i ll be|i was|i d be) (?:going|getting|off|fine|ok|okay|heading|staying|just|at|moving|leaving|"
        r"travel\w*|away)\b|"
        r"\b(?:thinks?|believes?|think|believe) (?:that )?(?:i m|i am|i take|i ll|i ve been|i m taking)\b",
        r"\b(?:croit|croient|pense|pensent|crois) que (?:je|j)\b|"
        r"\b(?:j ai dit|je leur ai dit|je lui ai dit|j ai raconte|j ai fait croire) (?:a (?:\w+ ){1,2})?que (?:je|j)\b",
        # Round 10: the explanation given to others and then denied ("told her it was for a trip. There's no trip",
        # "en disant que je déménageais. Je déménage pas", "can u have Biscuit for good? not a holiday").
        r"\b(?:told|tell|telling|said to) (?:her|him|them|people|everyone|everybody|my \w+|the \w+) (?:that )?"
        r"(?:it was|it s|it is|this is|this was) (?:for|a|just)\b|"
        r"\b(?:there s|there is|there will be|it s|it is) no (?:trip|holiday|vacation|move|journey)\b|"
        r"\b(?:not|isn t|it s not|it is not) (?:a|for a|on a) (?:holiday|vacation|trip)\b|"
        r"\bi m not (?:moving|going) anywhere\b|"
        # Round 11: the same cover told to anyone about the thing bought ("told the guy at the hardware store it was
        # for camping", "said to the lady at the till it's for a project"), and the truth turned to after it
        # ("told my boss I'm taking a long weekend … truth is …").
        r"\b(?:told|tell|telling|said to) (?:the|a|my|her|his) (?:\w+ ){1,5}(?:that )?(?:it was|it s|it is|they were|"
        r"they re) (?:for|just for)\b|"
        r"\b(?:told|tell|telling|said to) .{3,100}\b(?:truth is|the truth is|in reality|what they don t know)\b",
        r"\ben (?:leur |lui )?(?:disant|faisant croire|racontant) (?:a (?:\w+ ){1,2})?que (?:je|j)\b|"
        # Round 11: "j'ai dit à mon père que c'était pour l'escalade", "au vendeur j'ai dit que c'est pour un
        # projet", and "… la vérité c'est que …" after what was told.
        r"\b(?:j ai dit|je lui ai dit|je leur ai dit|j ai raconte|j ai fait croire) (?:(?:a|au|aux) (?:\w+ ){1,4})?que "
        r"(?:c etait|c est|ce serait|c etaient|ils sont) (?:pour|juste pour)\b|"
        r"\b(?:j ai dit|je lui ai dit|je leur ai dit|j ai raconte|j ai fait croire) .{3,60}\b(?:en vrai|la verite "
        r"c est que|la verite cest que|ce qu ils savent pas|ce qu il sait pas|ce qu elle sait pas)\b|"
        # (not a real reason given instead: "je pars pas en vacances, c'est pour le boulot")
        r"\b(?:je|j) (?:ne )?(?:demenage|pars) pas\b(?! (?:avant|tout de suite|encore|cette annee|finalement))"
        r"(?!.{0,30}\bpour (?:le|mon) (?:boulot|travail|taf|taff|job)\b)|"
        r"\b(?:il y a|y a|y aura) pas de (?:voyage|vacances|demenagement)\b|"
        r"\b(?:c est |ce sont )?pas (?:des|pour les|en) vacances\b(?!.{0,30}\bpour (?:le|mon) (?:boulot|travail|taf|"
        r"taff|job)\b)",
    ],
    # Fiction and reporting about someone else's death: a story, not a person at risk on the platform.
    "reported": REPORTED,
}

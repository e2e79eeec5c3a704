"""What explains the words of a self-harm plan away, in French and English: a habit, a negation, medicine as
prescribed, someone seeking support, an ordinary life around the words, a report about someone else (facets
selfharm.py reads beside the plan's own, selfharm_plan_words.py)."""

from __future__ import annotations

from trustdesk.triage.selfharm_farewell_words import ADDRESSEES_EN, ADDRESSEES_FR, PETS
from trustdesk.triage.selfharm_plan_words import LIFE_FR
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
        r"\bif\b.{0,60}\b(?:i ll|ill|i will|i m gonna|im gonna|i m going to|im going to) kill myself\b",
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
    # Ordinary plans that explain the words ("I have the rope and the tent", "je veux en finir avec ce projet",
    # "adieu open space, je démissionne"): they keep a means, time or farewell from counting as a plan, but never
    # outweigh explicit ideation ("lost my job, I'm killing myself tonight" stays urgent).
    "ordinary": [
        r"(?<!not for )(?<!pas pour )(?<!pas pour le )(?<!pas pour la )(?<!not )(?<!pas )"
        r"\b(?:camping|tent|tente|hike|hiking|rando\w*|climbing|escalade|fishing|peche|"
        r"(?:bbq|barbecue)(?! (?:in|inside|dans) )|recipe|recette|"
        r"moving|demenag\w*|vet|veto|project|projet|"
        r"homework|devoirs|assignment|thesis|these|memoire)\b",
        # The train's troubles as a commuter has them (round 10): cancelled, late, missed ("Train got cancelled so I
        # walked home", "le train est encore supprimé"), not a means. (Not a train taken: "je prends le train de 6h
        # pour les falaises" is how a plan gets there.)
        r"\b(?:trains? (?:got |was |were |is |are )?(?:cancell?ed|delayed|late|packed|stuck)|(?:missed|miss) "
        r"(?:the|my|a|an|the last|the first) (?:\w+ )?train|"
        r"trains? (?:(?:a ete|ont ete|est|sont) )?(?:encore )?(?:annules?|supprimes?|en retard|bondes?)|"
        r"(?:rate|loupe) (?:le|mon|un|le dernier|le premier) train)\b",
        # Chores and parking: the roof for the gutters, the top floor of a full car park.
        r"\b(?:parking (?:on|at|in)|park(?:ed|ing)? (?:the|my) car|je me gare|garer|clean(?:ing)? the|fix(?:ing)? the|"
        r"repair(?:ing)? the|gutters?|nettoyer|reparer|repeindre|gouttieres?|if anyone needs me|si on me cherche)\b",
        # Someone else's regimen and adventure sports.
        r"\b(?:pill ?box|pill organi[sz]er|pilulier|dosette|for the week|pour la semaine|skydiv\w*|parachute|"
        r"bungee|out of a plane|d un avion)\b",
        # Round 20: a rope for the washing or for play, jumping for sport ("une corde pour étendre le linge", "cliff
        # jumping at the quarry's banned now").
        r"\b(?:clothes ?line|washing line|corde a linge|etendre (?:le|du|mon|ma|les) linge|tow rope|jump rope|"
        r"skipping rope|corde a sauter|cliff (?:jumping|diving)|tombstoning|saut de falaise)\b",
        # Round 20: the roof for a job, a train to a town, a phone dropped in the river ("sur le toit de la salle pour
        # accrocher le drapeau", "le dernier train pour Lille", "mon tel est tombé dans la Seine").
        r"\b(?:sur le toit|on the roof)\b(?: \w+){0,4} (?:pour|to) (?!en finir|sauter|me jeter|mourir|tout arreter|"
        r"jump|end it|die|finish)(?:accrocher|installer|reparer|nettoyer|poser|changer|hang|fix|clean|put|install|"
        r"change|check|get)\b",
        r"\b(?:last|next|first|dernier|prochain|premier) (?:train|rer|bus|tram) (?:to|for|pour|vers|direction) "
        r"(?!moi|me\b|toujours|ever|good)[a-z]",
        r"\b(?:phone|tel|telephone|portable|cell|keys|cles|wallet|portefeuille) (?:\w+ )?"
        r"(?:est |s est |is |got |just )?(?:tombee?s?|fell|dropped) (?:dans|in|into)\b",
        # Round 21: medicine found and handed in ("trouvé une boîte de médicaments dans un caddie, laissée à
        # l'accueil").
        r"\b(?:found|trouve|trouvee) (?:a |une |un |des |some )?(?:box of |boite de |bottle of |plaquette de |"
        r"packet of )?(?:pills|meds|medicine|tablets|medicaments|cachets|comprimes|medocs)\b",
        # Farewells as events: a card, drinks or a party for someone leaving.
        r"\b(?:goodbye (?:card|party|drinks|lunch)|farewell (?:card|party|drinks|lunch|gift)|leaving (?:do|card|party)|"
        r"carte d adieu|pot de depart|fete de depart|cadeau de depart)\b",
        # Leaving a job, a city or a platform for somewhere else: farewells with a destination, or after years at work.
        r"\b(?:last day (?:at|of|in) (?:work|the office|the job|school|uni|the shop|the internship|my internship|"
        r"the placement|my placement)|(?:my )?last day after \d+ years|"
        r"dernier jour (?:au|de|a la) (?:bureau|boulot|taf|travail|stage|boutique|fac)|"
        r"(?:mon )?dernier jour apres \d+ ans)\b",
        r"\b(?:visiting|staying with|going to see) (?:my|our) (?:parents|family|folks|grandparents|nan|gran|mum|mom|"
        r"dad|sister|brother)\b",
        # Round 14: the writer is at someone's home, on a work trip, at a bus stop, skipping an evening out or on a
        # date: where they will be explains a time, a place or the model alone ("won't be around for it, i'm at my
        # sister's in york that weekend", "c'est pour le boulot, l'hôtel est près du pont", "i'm at the stop on the
        # bridge", "not going to the party tonight, too tired", "razor, foam, aftershave. date night"); the
        # seed model trained on seven self-harm sets reads these as plans at 0.66-0.94.
        r"\b(?:i m|i ll be|i will be|staying|stay|sleeping|spending (?:the weekend|the night|christmas)) "
        r"(?:at|over at) (?:my|our) (?:\w+ ){0,2}s\b|"
        r"\b(?:je suis|je serai|je dors|je reste|je passe le week end) chez (?:ma|mon|mes) (?:parents|mere|pere|soeur|"
        r"frere|tante|oncle|cousin|cousine|copine|copain|pote|amie?|grands parents|mamie|papi)\b",
        r"\b(?:work trip|business trip|for work|conference|pour le (?:boulot|taf|travail|taff)|deplacement pro\w*|"
        r"seminaire|salon professionnel|bus stop|at the stop|the bus (?:comes|is|s)|arret (?:de|du) (?:bus|tram)|"
        r"le bus (?:passe|arrive)|date night|first date|premier (?:rdv|rendez vous|date)|rencard)\b",
        r"\b(?:not going|not coming|skipping|skip|can t make it|won t make it) (?:to )?(?:the |my |this |tonight s )?"
        r"(?:party|gym|class|practice|training|drinks|dinner|match|game|pub|bar|club|show|meetup)\b|"
        r"\b(?:vais pas|viens pas|irai pas|sauter?|zappe|zapper) (?:a |au |a la )?(?:la )?(?:soiree|fete|salle|sport|"
        r"cours|entrainement|apero|diner|match|bar|boite)\b",
        r"(?<!not )(?<!not on )(?<!not on a )(?<!pas )(?<!pas en )(?<!pas un )"
        r"\b(?:mutation|mute (?:a|en|au)|transferred to|posted to|my transfer|"
        r"quit (?:my|the|this) job|new job|job offer|flight|airport|boarding|booked|holiday|"
        r"vacation|new chapter|relocat\w*|moving (?:to|back)|off to|see you (?:in|next|soon)|new adventure|"
        r"sunset|sunrise|photos?|pictures)\b",
        r"(?<!not )(?<!not on )(?<!not on a )(?<!pas )(?<!pas en )(?<!pas un )"
        r"\b(?:quitte (?:le|mon|ce) (?:boulot|taf|job|travail|poste)|nouveau (?:job|boulot|taf|poste|depart|chapitre)|"
        r"vol pour|aeroport|vacances|(?<!grand )(?<!dernier )voyage|"
        r"(?:je|on|nous) (?:pars|part|partons) (?:a|en|au|aux|pour(?! de bon| toujours| de vrai))|"
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
        # Round 21: someone else's funeral ("mon grand-père est décédé la semaine dernière, l'enterrement c'est jeudi
        # donc je serai pas en TD").
        r"\b(?:est|sont) (?:decedee?s?|morte?s?|partie?s?)\b.{0,60}\b(?:enterrement|obseques|funerailles)\b|"
        r"\b(?:passed away|died)\b.{0,60}\b(?:funeral|wake|memorial)\b",
        # Round 21: the gun out for a pest ("sorti la carabine ce matin pour le renard qui me décime les poules").
        r"\b(?:pour|for|after|at) (?:le|la|les|un|une|ce|cette|the|a|that|those) (?:renards?|sangliers?|lapins?|"
        r"corbeaux|ragondins?|nuisibles|rats|fox|foxes|rabbits?|crows|pests|vermin|boars?|deer|chevreuils?|"
        r"pigeons|magpies|pies)\b",
        r"\b(?:jump|skipping|climbing|tow) ropes?\b|\bcordes? (?:a sauter|d escalade)\b|"
        r"\b(?:rope|corde|knife|couteau|blades?|lames?) (?:for|pour) (?:the|a|my|our|la|le|les|un|une|mon|ma|nos|"
        r"notre)\b(?! (?:month|week|year|mois|semaine|an)\b)",
        r"\b(?:detox|social media break|taking a break|digital break|pause|on a plane|the plane|dans l avion|en avion|"
        r"flight to|charity|association|fundraiser|dons|sell\w*|buyer|acheteur|vends|vendre|a vendre)\b",
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
        # A habit, a place or a thing left for good ("quitting twitter for good", "leaving chicago tomorrow for good",
        # "j'arrête la clope pour de bon"): finality about something other than the writer's life.
        r"\b(?:quit|quitting|quits|leaving|leave|left|delet\w+|clos\w+|uninstall\w+|giving up|gave up|give up|"
        r"stopping|stopped|done with|moving (?:out of|away from)|moved (?:out of|away from)) "
        r"(?!(?:this |the )?(?:world|life|earth|place|everyone|everybody|everything|you|it all|it|this|all|myself|"
        r"me)\b)(?:[a-z0-9]+ ){1,3}for good\b|"
        r"\b(?:quitte|quitter|quittons|arrete|arreter|arretons|lache|lacher|ferme|fermer|desinstalle|supprime) "
        r"(?!(?:la |cette |ce )?(?:vie|monde|terre)\b|tout\b|tout le monde\b)(?:[a-z0-9]+ ){1,3}pour de bon\b",
        # A goodbye to a thing or a place ("said goodbye to my childhood bedroom", "farewell old phone", "adieu la
        # grisaille"): not to people, life or a pet.
        r"\b(?:goodbye|bye bye|farewell) (?:to )?(?:my |the |this |that |our |old |little )+(?!" + ADDRESSEES_EN +
        r"\b|(?:my |the |this |that |our |old |little )*" + PETS + r"\b)[a-z]",
        r"\b(?:adieu|au revoir|bye bye) (?:a |aux )?(?:la|le|les|l|mon|ma|mes|ce|cette|cet|notre|nos|vieux|vieille) "
        r"(?!" + ADDRESSEES_FR + r"\b|(?:vieux |vieille |petit |petite )*" + PETS + r"\b)[a-z]",
        # A role given up ("this is goodbye from me as editor", "my last stream as your host", "mon dernier édito en
        # tant que rédactrice") and a town left ("leaving this town tomorrow"): farewells with a life after them.
        r"\b(?:goodbye|farewell|signing off|last (?:post|newsletter|episode|show|column|stream|video|meeting)) "
        r"(?:from me )?as (?:your |the |this |our )?[a-z]+|\ben tant que (?:\w+ ){0,2}(?:je vous dis|je dis) "
        r"(?:au revoir|adieu)|\b(?:dernier|derniere) (?:edito|post|live|episode|video|chronique) en tant que\b",
        r"\bleaving (?:this|the|my) (?:town|city|country|village|island|neighbourhood|neighborhood)\b|"
        r"\bje quitte (?:cette|la|ma) (?:ville|region|campagne|ile)\b|\bje quitte (?:ce|le|mon) (?:pays|village|"
        r"quartier)\b",
        # Round 15: a group, a server or an app left, or everyone moving elsewhere ("je quitte ce groupe WhatsApp vu
        # que je suis plus au comité", "j'ai supprimé insta… adieu pour toujours", "on migre tous sur le Discord"),
        # and an absence with its dates ("injoignable du 3 au 17, la passation est dans le OneNote").
        r"\b(?:leaving|left|quitting|quit) (?:this|the|our|my) (?:group|group chat|gc|server|discord|chat|forum|guild|"
        r"clan|club|team|committee|board|channel)\b|\b(?:je quitte|j ai quitte|je me retire d?) (?:ce|le|cette|la|"
        r"notre|mon|ma) (?:groupe|serveur|discord|forum|chat|tchat|guilde|clan|club|equipe|comite|bureau|canal|salon|"
        r"conversation|conv)\b",
        r"\b(?:deleted|deleting|delete|uninstalled|uninstalling|supprime|supprimer|desinstalle|desinstaller) (?:my |"
        r"mon |ma |mes |l )?(?:insta|instagram|tiktok|facebook|fb|twitter|snap|snapchat|reddit|threads|app|appli|"
        r"application)\b",
        r"\b(?:we re|we are|everyone s|everyone is|on|nous|je|i m) (?:all |tous )?(?:moving|migrating|migre|migrons|"
        r"passe|passons|bouge|bougeons|pars|part|partons|going) (?:all |tous )?(?:over )?(?:to|sur|vers) "
        r"(?:the |le |la |un |une |a |another |an )?(?:discord|telegram|signal|whatsapp|new|nouveau|nouvelle|autre|"
        r"other|serveur|server|groupe|group|forum)\b",
        r"\b(?:injoignable|absente?|en conges?|en vacances|off|away|out of (?:the )?office|ooo|unreachable|on leave) "
        r"(?:du|from|between) (?:le |the )?\d+\w* (?:au|to|until|till|and|-) (?:le |the )?\d+",
        # Letters to be opened years later.
        r"\b(?:time capsule|capsule temporelle|to open (?:when|on|at)|a ouvrir (?:a|quand|le jour|pour))\b",
        # The writer expects to be somewhere later: running late, home soon, see you tomorrow.
        r"\b(?:i ll be (?:late|home|back)|on my way (?:home|back)|running late|see you (?:tomorrow|later|tonight|at)|"
        r"call you (?:later|tomorrow)|je rentre (?:tard|bientot|demain|dans)|je serai en retard|a demain|"
        r"a tout a l heure|a plus tard|je t appelle (?:demain|plus tard|ce soir))\b",
        # (round 14: a drink's bottle, "drank the whole bottle of water after the run")
        r"\b(?:bottle|bouteille) (?:of|d|de) (?:water|juice|soda|milk|coke|pop|eau|jus|lait|coca|sirop)\b|"
        r"\b(?:what a view|quelle vue|glass of (?:wine|beer|champagne)|verre de (?:vin|biere|champagne)|apero|picnic|"
        r"pique nique|fireworks|feu d artifice|concert|festival)\b",
        # A fast kept for a faith or a blood test, not food refused until the end.
        # ("jeûne" reads "jeune" once accents go, and "jeune" is also young: "jeune maman", "un jeune", "trop jeune")
        r"\b(?:ramadan|fasting|the fast|lent|yom kippur|careme|a jeun|jeuner|jeune intermittent|blood tests?|"
        r"prises? de sang)\b|\b(?:le|mon|du|en|au|ce|je|jour de|jours de) jeune\b(?! (?:homme|femme|fille|garcon|"
        r"maman|mere|papa|pere|adulte|couple|diplome|retraite|marie|mariee)\b)",
        # Going somewhere to look at something, or with people: an outing, not a plan to die alone.
        r"\b(?:to (?:watch|see|look at|enjoy|photograph|film)|(?:with|and) (?:my|the) (?:kids|daughter|son|children|"
        r"friends|family|team|mates|wife|husband|girlfriend|boyfriend|class))\b",
        r"\b(?:pour (?:voir|regarder|admirer|photographier|filmer)|avec (?:ma fille|mon fils|les enfants|mes enfants|"
        r"mes potes|les potes|les copains|les copines|ma famille|l equipe|ma femme|mon mari|ma copine|mon copain))\b",
        r"\ben finir avec (?!" + LIFE_FR + r")", r"\bend(?:ing)? it with (?:him|her|them|my)\b",
    ],
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

"""Ordinary life around a plan's words: outings, chores, moves, hobbies, work and goodbyes that are not about
dying (the "ordinary" facet of selfharm_context_words.py; selfharm.ordinary decides what it explains)."""

from __future__ import annotations

from trustdesk.triage.selfharm_farewell_words import ADDRESSEES_EN, ADDRESSEES_FR, PETS
from trustdesk.triage.selfharm_plan_words import LIFE_FR

# Ordinary plans that explain the words ("I have the rope and the tent", "je veux en finir avec ce projet",
# "adieu open space, je démissionne"): they keep a means, time or farewell from counting as a plan, but never
# outweigh explicit ideation ("lost my job, I'm killing myself tonight" stays urgent).
ORDINARY: list[str] = [
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
]

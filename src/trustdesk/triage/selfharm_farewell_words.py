"""The words of a self-harm plan that say goodbye or what comes after, in French and English: the facets farewell,
finality, arrangements for after, affairs settled one by one, and an ending (selfharm_plan_words.PLAN_FACETS
gathers them with the others), and whom a goodbye is said to.

Data, kept apart from the rules that weigh it (selfharm.py) so that either can be read on its own."""

from __future__ import annotations

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
# What comes after is a household event, not nothing: a move, a clear-out, a sale, building work (round 17).
_HOUSEHOLD_EVENT = (r"(?:le|la|les|l|mon|ma|notre|nos|the|my|our) (?:demenag\w*|vide greniers?|brocante|travaux|"
                    r"renovations?|vente|move|moving|clear ?out|garage sale|yard sale|car boot|sale|works)\b")
_NOT_A_HOUSEHOLD_EVENT = rf"(?! {_HOUSEHOLD_EVENT})"
# "won't need any of it after the renovation", "j'en aurai plus besoin après le déménagement"
_NOT_BEFORE_A_HOUSEHOLD_EVENT = rf"(?!.{{0,25}}\b(?:after|once|apres|une fois) {_HOUSEHOLD_EVENT})"

AFTER_FACETS: dict[str, list[str]] = {
    "farewell": [
        r"\b(?:dernier post|derniere publication|cherchez (?:pas|moi pas) a me (?:retrouver|chercher)|"
        r"ne me cherchez pas)\b",
        r"\b(?:don t|do not|dont) (?:come )?(?:look(?:ing)?|search(?:ing)?) for me\b",
        # A lone apology where a message ends ("… tonight. sorry"), love in the past tense, "see you never".
        r"(?:^|[.!?] )(?:sorry|so sorry|pardon|forgive me|pardonnez moi|desolee?|bye|bye bye|ciao)\s*[.!…]*$",
        r"\b(?:know that i loved you|i loved you all|sachez que je vous aimais|je vous aimais)\b",
        r"\b(?:will|ll) find (?:the|my) (?:letter|note)\b|\btrouvera (?:la|ma) (?:lettre|note)\b",
        r"\b(?:see you never|on se reverra (?:jamais|pas))\b",
        # Round 12: a farewell to people in the past tense and an apology for what comes ("c'était cool de vous
        # connaître", "it was nice knowing you all", "demain tu comprendras, m'en veux pas", "don't be mad at me").
        r"\b(?:c etait|ca a ete) (?:cool|bien|un plaisir|sympa|chouette|beau|un honneur) de (?:vous|te|t) "
        r"(?:connaitre|avoir connue?s?)\b",
        r"\b(?:it was|it s been|was) (?:nice|good|great|lovely|an honour|a pleasure) knowing (?:you all|y all|you guys|"
        r"everyone|all of you)\b",
        r"\b(?:ne )?m en (?:veux|voulez) pas\b|\b(?:don t|do not|dont) (?:be|get) (?:mad|angry) at me\b",
        r"\b(?:demain|bientot|un jour) (?:tu|vous) (?:comprendras|comprendrez)\b|"
        r"\b(?:tomorrow|soon) (?:you ll|you will) understand\b",
        # An apology to one's mother is a farewell where a message ends ("… sorry mom"), not "sorry mom, I'll be late".
        r"\bsorry (?:mom|mum)(?=\s*(?:[.!…]|$|i love you))", r"\bpardon maman(?=\s*(?:[.!…]|$|je t aime))",
        # Round 22: the apology to the ones left to find it, at the end ("pardon à l'équipe", "sorry to the team").
        r"\b(?:pardon|desolee?) a (?:l equipe|toute l equipe|la team|tous|toutes|tout le monde|vous tous|mes collegues)"
        r"\s*[.!…]*$|\bsorry (?:to )?(?:the team|the crew|everyone|all of you|you all)\s*[.!…x]*$",
        # A decision is a farewell where it stands alone ("i've decided. friday…"), not "I've decided: no more TV".
        r"\b(?:it s decided|i ve decided|c est decide|ma decision est prise)(?=\s*(?:[.!…]|$))",
        # "Goodbye" to people or to no one in particular, not to a thing or a place ("goodbye deep dish, goodbye
        # lake", "adieu la grisaille"): leaving a city, a car or a season says goodbye the same way.
        r"\bgoodbye\b(?! (?!" + ADDRESSEES_EN + r"\b)[a-z0-9])",
        r"\b(?:last post|bye everyone|my note|goodbye letters?|won t be here|nobody will miss me)\b",
        r"\badieu\b(?! (?:la|le|les|l|mon|ma|mes|ce|cette|cet|aux?) (?!" + ADDRESSEES_FR + r"\b))",
        # (Round 21: not the last kind one, a warning: "c'est le dernier message gentil que tu reçois de moi".)
        r"\b(?:dernier message(?! (?:gentil|poli|sympa|cordial|calme|avant))|lettres? d adieu|ma lettre|personne (?:va|"
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
        # Round 20: the end said as a pun on something else dying ("phone's dying, so am i in about 10 mins").
        r"\bdying,? so am i\b|\b(?:meurt|creve),? moi aussi\b",
        # Round 21: the seller goes with the stock, nobody home after ("the owner is checking out permanently",
        # "tout doit disparaître, la vendeuse aussi", "after that nobody will be home to answer the door ever again").
        r"\b(?:checking out|check out|leaving) (?:permanently|for good|forever)\b|"
        r"\b(?:le vendeur|la vendeuse|le proprio|la proprio) (?:aussi|avec)\b|"
        r"\b(?:nobody|no one) will be (?:home|here|around|in)\b.{0,40}\bever again\b",
        # ... or as the way out ("this is my way out", "c'est ma seule issue"), not out of somewhere.
        r"\b(?:this is|that s|it s|thats|its) my (?:only )?way out\b(?! of)|\bc est (?:ma|la) seule (?:issue|sortie)\b",
        # Round 18: how long before anyone would find out, asked ahead ("how long before the agency sends someone round
        # if you miss 3 shifts", "sa famille s'inquiète au bout de combien de temps ?", "j'ai besoin de savoir combien
        # de temps j'ai"): the time left before discovery is part of a plan.
        r"\bhow long (?:before|until|till|til) (?:anyone|someone|somebody|anybody|people|they|the (?:police|cops|"
        r"agency|neighbours?|neighbors?)|my (?:family|mum|mom|parents|flatmates?|roommates?)|work|the company) "
        r"(?:\w+ )?"
        r"(?:comes? looking|checks? on|sends? (?:someone|somebody)|calls? (?:the police|the cops|911|999|112)|"
        r"reports? (?:me|you|someone|them) missing|finds? (?:me|you|someone|the body)|does a welfare check|"
        r"(?:breaks?|kicks?) (?:in|down the door)|notices? (?:i m|im|i am|you re|someone s|someone is) "
        r"(?:gone|missing|not (?:there|around|here)))\b",
        r"\bhow long before (?:a|the) welfare check\b|"
        r"\b(?:need|want) to know how (?:much time|long) i (?:have|ve got)\b",
        r"\b(?:(?:au bout de )?combien de temps (?:avant )?(?:qu |que )?(?:on|quelqu un|qqn|la famille|sa famille|"
        r"ma famille|les gens|la police|les voisins|ils|les collegues) (?:s inquiete\w*|previen\w*|appellen?t? la "
        r"police|signalen?t?|vien\w* voir|defoncen?t? la porte|(?:me|le|la|vous) retrouven?t?|remarquen?t?|s en "
        r"rend\w* compte))\b",
        r"\b(?:s inquiete\w*|previen\w*) au bout de combien de temps\b|"
        r"\b(?:besoin de savoir|veux savoir) combien de temps (?:j ai|il me reste)\b",
        # Round 13 (stop 21): the act named by its own euphemism, a date picked, help refused in French ("before i go
        # through with it", "ce soir je passe à l'acte", "funny how calm u get once u pick a date. the 14th", "la date
        # choisie", "j'ai pas envie d'appeler qui que ce soit").
        r"\b(?:before i|i ll|i m going to|i am going to|gonna|going to|about to|finally|ready to) go through with it\b|"
        r"\b(?:je vais|jvais|je veux|ce soir je|demain je|je) passer? a l acte\b",
        r"\b(?:once (?:you|u|i)|i ve|i have|i) (?:actually )?(?:pick|picked|chose|chosen|set) (?:a|the|my) date\b"
        r"(?! (?:for|of) )|\b(?:la|une fois la) date (?:est )?choisie\b(?! (?:pour|du|de la|des))",
        r"\b(?:pas envie d|veux pas|vais pas) appeler (?:qui que ce soit|personne|les secours|le samu|le 15)\b",
        # Round 13b: the news to come, the last day "in general", the blame lifted from whoever reads it ("sorry for
        # the news you'll hear on Monday", "Tomorrow's my last day. Not at work, just in general", "None of this was
        # on you").
        r"\bsorry (?:for|about) (?:the news|what) (?:you ll|you will|you re going to|youll) (?:hear|find out|learn)\b|"
        r"\bdesolee? pour (?:la nouvelle|ce que) (?:vous allez|tu vas) (?:apprendre|entendre)\b",
        r"\bmy last day\b.{0,30}\b(?:in general|on earth|alive|period|full stop)\b|"
        r"\bmon dernier jour\b.{0,30}\b(?:tout court|sur terre|en general|tout simplement)\b",
        r"\bnone of (?:this|it) (?:was|is) on (?:you|u)\b|\brien de tout (?:ca|cela) n est de (?:ta|votre) faute\b",
        # Joining the dead (round 13b): "… and be with her." where a widower's message ends, "ce soir je vais
        # rejoindre papi" (not "rejoindre mamie au restau").
        r"\band be with (?:her|him|them)\s*[.!…]*$|\bbe with (?:her|him) (?:again|forever) (?:soon|tonight|on \w+|"
        r"at last)\b",
        r"\b(?:vais|veux|va|pars) (?:aller )?rejoindre (?:mon|ma|mes) (?:papi|papy|mamie|grand pere|grand mere|mari|"
        r"femme|frere|soeur|pere|mere|fils|fille|bebe)\b(?! (?:au|a la|a l|chez|en|dans|pour|a|sur|devant|apres)\b)",
        # Round 12: a message that says it was sent after the act ("(scheduled) if this posted then I went through
        # with it", "ce texte est programmé pour 7h. si vous le lisez, c'est que j'ai enfin eu le courage").
        r"\bwent through with it\b|\b(?:si (?:vous (?:le )?lisez|tu (?:le )?lis) (?:ceci|ca|ce (?:message|texte|mot)"
        r"|ces lignes)?),? (?:c est que )?j ai (?:enfin )?(?:eu le courage|fini par le faire|fait le pas)\b",
        # No longer of this world (round 12): "lundi je serai plus de ce monde", "won't be of this world by Monday".
        r"\b(?:ne )?(?:serai|serais|suis) (?:plus|pas longtemps) de ce monde\b|"
        r"\b(?:won t|will not|wont|will no longer) be (?:of|in) this world\b|\bno longer (?:of|in) this world\b",
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
        rf"(?:won t|wont) (?:need|be needing) (?:it|them|any|my){_NOT_BEFORE_A_HOUSEHOLD_EVENT}|"
        r"(?:giv(?:e|ing|en)|gave) away (?:all )?(?:my|of my) (?:stuff|things|belongings|clothes)"
        r"(?! (?:to (?:charity|the)|for (?:charity|free)))|"
        r"(?:holds|hold|held|take|takes) my weight|till everyone (?:is asleep|sleeps|goes to (?:bed|sleep))|"
        r"(?:it|this|everything) (?:ends|will end|will be over) (?:tonight|today|now|here|soon|this weekend|tomorrow|"
        r"(?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
        r"want (?:it|this) (?:to be )?(?:over|done)(?! with)|checking out(?! of)|"
        r"won t come (?:back )?(?:up|home|back))\b",
        r"\b(?:pour de bon|une bonne fois pour toutes|pour de vrai cette fois|cette fois c est la bonne|pas de retour|"
        r"(?:marre|fini|fatiguee?) de faire semblant|plus de douleur|la douleur (?:s arrete|va s arreter)|"
        r"(?:je )?sais (?:deja |exactement )?(?:comment|ou|quand)(?: je vais| faire| le faire)?|"
        r"j ai tout (?:regle|organise|prevu|planifie)|"
        r"tout regle|mes affaires en ordre|(?:fait|ecrit|redige) mon testament|"
        rf"(?:en )?aurai plus besoin{_NOT_BEFORE_A_HOUSEHOLD_EVENT}|"
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
        r"\b(?:mots? de passe|(?:mes|tous mes) mdp|mdp (?:c est|est|sont|dans|sous|sur)|codes? (?:bancaires?|"
        r"de (?:la )?carte|pin)|code pin)\b",
        # Round 20: accounts closed after the writer, "after" ending the clause ("tu pourras fermer mon compte insta
        # après.", "delete my pics after, ok?").
        r"\b(?:close|delete|deactivate|shut down|take down|wipe) my (?:\w+ )?(?:accounts?|profiles?|pics|photos|page|"
        r"phone)s? after(?= ?[.!?,;]|$)",
        r"\b(?:ferm|supprim|effac|desactiv)(?:er|eras|erez|es|ez|e) mon (?:\w+ )?(?:compte|profil|insta|facebook|"
        r"fb|snap|tiktok|telephone|tel) (?:\w+ )?apres(?= ?[.!?,;]|$)",
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
        # (round 17: not after a named household event: "plus besoin de rien après le déménagement, tout est parti
        # chez Emmaüs", "won't need any of it after the move")
        rf"\b(?:won t|wont|will not) need (?:any of )?(?:it|them|this|that|any|my \w+) (?:after|anymore|any more)\b"
        rf"{_NOT_A_HOUSEHOLD_EVENT}|"
        rf"\b(?:en )?aurai plus besoin (?:apres|de toute facon)\b{_NOT_A_HOUSEHOLD_EVENT}|"
        r"\bapres (?:\w+ )?j en aurai plus besoin\b|"
        rf"\bplus besoin de rien apres\b{_NOT_A_HOUSEHOLD_EVENT}|"
        rf"\b(?:won t|wont|will not) need anything (?:after|anymore|any more)\b{_NOT_A_HOUSEHOLD_EVENT}",
        # (not the end of something named: "then it's over for my diet", "then its done with the exams")
        r"\b(?:then|after that|and then) (?:it s|its) (?:over|finished|done)(?! (?:for|with) (?:my|the|this|that|our))|"
        r"\b(?:ce soir|cette nuit|demain) c est fini\b|i m letting go(?! of)|"
        r"one last time\b.{0,40}\bover\b|"
        r"apres (?:ca )?c est fini|et (?:ce sera|c est) (?:fini|termine)|une derniere fois\b.{0,40}\b(?:fini|termine)|"
        r"(?:going to bed|go to sleep|falling asleep|closing my eyes) for the last time|"
        r"(?:me couche|m endors|ferme les yeux) pour la derniere fois",
    ],
}

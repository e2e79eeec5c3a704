"""Hand-written material for the seed corpus: whole sentences and templates with slots, per class and language.

Classes: ``selfharm`` (ideation with intent, means or time), ``hate`` (dehumanising a group), ``scam`` (money
promises, crypto, urgency, short links, sextortion-free spam), ``threat`` (explicit, veiled, conditional,
extortion) and ``benign`` (ordinary reports and hard negatives: game and sport banter, idioms, quotes, news,
negation, support-seeking, legitimate money talk). ``expand`` fills each template's slots with a deterministic
sample of combinations, so the corpus is reproducible byte for byte.
"""

from __future__ import annotations

import itertools
import random
import re

# -- slot values ---------------------------------------------------------------------------------------------

SLOTS: dict[str, list[str]] = {
    "group_en": ["immigrants", "muslims", "jews", "gay people", "trans people", "refugees", "black people",
                 "gypsies", "arabs", "women", "asians", "mexicans", "roma", "africans"],
    "group_fr": ["les immigrés", "les musulmans", "les juifs", "les homos", "les trans", "les réfugiés",
                 "les noirs", "les roms", "les arabes", "les femmes", "les migrants", "les africains",
                 "les gitans", "les maghrébins"],
    "vermin_en": ["vermin", "rats", "parasites", "cockroaches", "animals", "a disease", "a plague", "subhuman",
                  "filth", "savages", "a cancer", "lice", "maggots"],
    "vermin_fr": ["de la vermine", "des rats", "des parasites", "des cafards", "des animaux", "une maladie",
                  "une plaie", "des sous-hommes", "de la racaille", "des sauvages", "un cancer", "des poux",
                  "des cloportes"],
    "method_en": ["the pills", "my dad's gun", "a rope", "the bridge", "the razor blades", "the sleeping pills",
                  "everything I need", "the pills saved up", "a bottle of pills"],
    "method_fr": ["les cachets", "le fusil de mon père", "une corde", "le pont", "les lames", "les somnifères",
                  "tout ce qu'il faut", "des médocs de côté", "une boîte de comprimés"],
    "time_en": ["tonight", "tomorrow morning", "this weekend", "after everyone is asleep", "before sunday",
                "in an hour", "today", "at midnight"],
    "time_fr": ["ce soir", "demain matin", "ce week-end", "quand tout le monde dormira", "avant dimanche",
                "dans une heure", "aujourd'hui", "cette nuit"],
    "coin_en": ["bitcoin", "BTC", "ETH", "crypto", "USDT", "dogecoin"],
    "coin_fr": ["bitcoin", "BTC", "ETH", "crypto", "USDT", "cryptos"],
    "amount": ["500", "1000", "2 000", "5000", "3,000", "10k", "800", "250"],
    "link": ["bit.ly/3xKq9Zp", "tinyurl.com/gainz24", "t.me/cryptoboss_vip", "cutt.ly/Free-Money", "goo.gl/xR4kP",
             "is.gd/promo77", "rb.gy/win2k", "wa.me/33756440912", "shorturl.at/aBc12"],
    "weapon_en": ["a bullet in", "a knife in", "a brick through the window of", "acid on", "two in the head of"],
    "weapon_fr": ["une balle dans", "un couteau dans", "un pavé dans la vitre de", "de l'acide sur",
                  "deux balles dans la tête de"],
    "game_en": ["Mario Kart", "Fortnite", "FIFA", "Smash", "Valorant", "chess", "Call of Duty", "Rocket League",
                "Among Us", "Minecraft"],
    "game_fr": ["Mario Kart", "Fortnite", "FIFA", "Smash", "Valo", "aux échecs", "CoD", "Rocket League",
                "Among Us", "LoL"],
    "film_en": ["The Godfather", "Scarface", "Taken", "John Wick", "Breaking Bad", "Kill Bill", "Pulp Fiction"],
    "film_fr": ["Le Parrain", "Scarface", "La Haine", "Taken", "Les Tontons flingueurs", "Kill Bill", "Léon"],
    "thing_en": ["this post", "this comment", "the profile picture", "this account", "the video", "his bio",
                 "the group chat", "this page", "the livestream", "her story"],
    "thing_fr": ["ce post", "ce commentaire", "la photo de profil", "ce compte", "la vidéo", "sa bio",
                 "le groupe", "cette page", "le live", "sa story"],
    "issue_en": ["is spam-ish but harmless", "is off topic", "has wrong info", "is rude", "uses my photo",
                 "is annoying", "is misleading", "is a repost", "is low quality", "breaks the group rules"],
    "issue_fr": ["fait un peu spam mais rien de grave", "est hors sujet", "contient une fausse info", "est impoli",
                 "utilise ma photo", "est pénible", "est trompeur", "est un repost", "est nul",
                 "enfreint les règles du groupe"],
    "idiom_en": ["killing me", "killer", "dead funny", "a nightmare", "crazy", "sick", "insane", "the bomb"],
    "idiom_fr": ["une tuerie", "mortel", "à mourir de rire", "un cauchemar", "de la folie", "une dinguerie",
                 "trop chaud", "une bombe"],
    "name": ["Kevin", "Sarah", "Mehdi", "Julie", "Tom", "Inès", "Lucas", "Nadia", "Alex", "Chloé", "Yanis",
             "Emma"],
}

# -- self-harm: intent, means, time (the writer at risk) -----------------------------------------------------

SELFHARM_EN = [
    "I'm ending it {time_en}, I already have {method_en}",
    "i have {method_en} ready, {time_en} it's over",
    "nobody will miss me. {time_en} I'm done for good",
    "I wrote my goodbye letters, going to do it {time_en}",
    "i cant do this anymore, i'm going to kill myself {time_en}",
    "{time_en} I take {method_en} and it all stops",
    "this is my last post. thank you all, goodbye",
    "i dont want to wake up tomorrow. i've got {method_en}",
    "planning to end my life {time_en}, don't try to stop me",
    "I've decided. {method_en} and then nothing. {time_en}",
    "gave away my cat and my stuff, I won't be here after {time_en}",
    "im going to jump off {method_en} {time_en}",
    "counting the pills right now, it's enough this time",
    "i'm not gonna be alive by {time_en}",
    "sorry mom. i'm ending it {time_en}",
    "I want to die and I have a plan. {time_en}.",
    "cutting again tonight, deeper this time, I want it to be over",
    "i swallowed half the bottle already, the rest {time_en}",
    "the rope is up in the garage. {time_en}",
    "ill be gone {time_en}, its decided, dont bother",
    "my note is on the desk. I'm finally going to end it",
    "every night I stand on the bridge. {time_en} I jump",
    "I'm going to overdose {time_en}, I've been saving {method_en}",
    "Life is pointless, I'm killing myself {time_en}",
    "tired of being a burden. {time_en} I end it with {method_en}",
    "want to disappear forever. got {method_en}. {time_en}",
    "no point going on, this is goodbye, i'm ending it all",
    "ima end it {time_en} fr, got {method_en} 💊",
]

SELFHARM_FR = [
    "j'en finis {time_fr}, j'ai déjà {method_fr}",
    "j'ai {method_fr}, {time_fr} c'est fini",
    "personne va me regretter. {time_fr} je me tue",
    "j'ai écrit mes lettres d'adieu, je le fais {time_fr}",
    "je peux plus, je vais me suicider {time_fr}",
    "{time_fr} j'avale {method_fr} et tout s'arrête",
    "c'est mon dernier message. merci à tous, adieu",
    "je veux plus me réveiller demain. j'ai {method_fr}",
    "je compte en finir avec ma vie {time_fr}, essayez pas de m'en empêcher",
    "c'est décidé. {method_fr} et puis plus rien. {time_fr}",
    "j'ai donné mon chat et mes affaires, je serai plus là après {time_fr}",
    "je vais sauter du {method_fr} {time_fr}",
    "je compte les cachets là, cette fois il y en a assez",
    "je serai plus en vie {time_fr}",
    "pardon maman. j'en finis {time_fr}",
    "je veux mourir et j'ai un plan. {time_fr}.",
    "je me scarifie encore ce soir, plus profond, je veux que ça s'arrête",
    "j'ai déjà avalé la moitié de la boîte, le reste {time_fr}",
    "la corde est prête au garage. {time_fr}",
    "je serai parti {time_fr}, c'est décidé, laissez tomber",
    "ma lettre est sur le bureau. je vais enfin en finir",
    "chaque nuit je vais sur le pont. {time_fr} je saute",
    "je vais faire une overdose {time_fr}, j'ai mis de côté {method_fr}",
    "la vie sert à rien, je me tue {time_fr}",
    "marre d'être un poids pour tout le monde. {time_fr} j'en finis avec {method_fr}",
    "je veux disparaître pour de bon. j'ai {method_fr}. {time_fr}",
    "plus aucune raison de continuer, c'est un adieu, je mets fin à mes jours",
    "jvais me foutre en l'air {time_fr} jte jure, j'ai {method_fr} 💊",
]

# -- dehumanising hate (no swear words needed) ---------------------------------------------------------------

HATE_EN = [
    "{group_en} are {vermin_en}, they breed and take over",
    "{group_en} are {vermin_en} and should not be allowed to speak",
    "we need to get rid of {group_en}, they're {vermin_en}",
    "{group_en} aren't even human, just {vermin_en}",
    "clean our streets of {group_en}, {vermin_en} all of them",
    "{group_en} should be deported, every single one, they are {vermin_en}",
    "{group_en} don't deserve rights, they're {vermin_en}",
    "{group_en} spread like {vermin_en}, exterminate them",
    "I'd ban {group_en} from voting, they're {vermin_en}",
    "{group_en} have no place in this country. {vermin_en}.",
    "time to cleanse the nation of {group_en}",
    "{group_en} are inferior by nature, science proves it",
    "never hire {group_en}, they're lazy {vermin_en}",
    "{group_en} are a disease on society and must be removed",
    "send {group_en} back where they came from, {vermin_en}",
    "{group_en} should be sterilized so they stop breeding",
    "the only good one among {group_en} is a dead one",
    "{group_en} should not be allowed near our children",
]

HATE_FR = [
    "{group_fr} c'est {vermin_fr}, ils se reproduisent et envahissent tout",
    "{group_fr} sont {vermin_fr} et devraient pas avoir le droit de parler",
    "faut se débarrasser de {group_fr}, c'est {vermin_fr}",
    "{group_fr} c'est même pas des humains, juste {vermin_fr}",
    "nettoyer nos rues de {group_fr}, {vermin_fr} tous autant qu'ils sont",
    "{group_fr} faut tous les expulser, c'est {vermin_fr}",
    "{group_fr} méritent aucun droit, c'est {vermin_fr}",
    "{group_fr} prolifèrent comme {vermin_fr}, faut les exterminer",
    "j'enlèverais le droit de vote à {group_fr}, c'est {vermin_fr}",
    "{group_fr} n'ont rien à faire dans ce pays. {vermin_fr}.",
    "il est temps de purifier la France de {group_fr}",
    "{group_fr} sont inférieurs par nature, c'est prouvé",
    "n'embauchez jamais {group_fr}, c'est {vermin_fr} feignants",
    "{group_fr} sont une maladie pour la société, faut les éliminer",
    "renvoyez {group_fr} chez eux, {vermin_fr}",
    "{group_fr} faudrait les stériliser pour qu'ils arrêtent de se reproduire",
    "{group_fr} faut les parquer dans des camps",
    "{group_fr} devraient pas avoir le droit d'approcher nos enfants",
]

# -- scams and spam ------------------------------------------------------------------------------------------

SCAM_EN = [
    "send me 0.1 {coin_en} and I send you back 0.2 instantly!! {link}",
    "earn {amount} a day from home, no experience needed 👉 {link}",
    "DOUBLE your {coin_en} in 24h, guaranteed, DM me",
    "Elon is giving away {coin_en}! send {amount} get double back {link}",
    "I made ${amount} this week with this trading bot, join now {link}",
    "URGENT your account will be suspended, verify here {link}",
    "congratulations you won an iPhone 15, claim before midnight {link}",
    "passive income {amount}/day, my mentor changed my life, message me",
    "investment opportunity 300% return in one week, limited spots {link}",
    "hot singles in your area 🔥 {link}",
    "cheap followers 10k for $5 buy now {link}",
    "your package is held, pay the {amount} fee to release it {link}",
    "recovery expert: lost your {coin_en}? we get it back, whatsapp {link}",
    "forex signals 98% win rate, join the VIP channel {link}",
    "work from home and earn {amount} weekly, only 3 spots left!!!",
    "free {coin_en} airdrop, connect your wallet at {link}",
    "act now! offer expires in 1 hour, {amount} bonus {link}",
    "I invested {amount} and now make {amount} every day, ask me how",
    "dm me to learn how I turned {amount} into 50k in a month 💰💰",
    "click {link} to get your free gift card now",
    "buy cheap meds without prescription {link}",
    "cash app flip, send {amount} get 10x back, legit no scam",
    "your bank has suspended your account, call this number now to unlock it",
    "security alert: we locked your account, confirm your details at {link}",
    "I am a widow with 4.5 million dollars, I need your help to transfer the funds, you keep 20%",
    "dear friend, I need assistance to move {amount} thousand dollars out of the country, reply urgently",
]

SCAM_FR = [
    "envoie-moi 0,1 {coin_fr} et je t'en renvoie 0,2 direct !! {link}",
    "gagne {amount}€ par jour depuis chez toi, sans expérience 👉 {link}",
    "DOUBLE tes {coin_fr} en 24h, garanti, écris-moi en privé",
    "Elon offre des {coin_fr} ! envoie {amount} et reçois le double {link}",
    "j'ai gagné {amount}€ cette semaine avec ce robot de trading, rejoins-nous {link}",
    "URGENT votre compte sera suspendu, vérifiez ici {link}",
    "félicitations vous avez gagné un iPhone 15, réclamez avant minuit {link}",
    "revenu passif {amount}€/jour, mon mentor a changé ma vie, contacte-moi",
    "opportunité d'investissement 300% de rendement en une semaine, places limitées {link}",
    "rencontres chaudes près de chez toi 🔥 {link}",
    "10k abonnés pour 5€ achète maintenant {link}",
    "votre colis est bloqué, payez {amount}€ de frais pour le recevoir {link}",
    "expert en récupération : vous avez perdu vos {coin_fr} ? on les récupère, whatsapp {link}",
    "signaux forex 98% de réussite, rejoins le canal VIP {link}",
    "travaille depuis chez toi et gagne {amount}€ par semaine, plus que 3 places !!!",
    "airdrop {coin_fr} gratuit, connecte ton wallet sur {link}",
    "vite ! offre valable 1 heure, bonus de {amount}€ {link}",
    "j'ai investi {amount}€ et maintenant je gagne {amount}€ par jour, demande-moi comment",
    "écris-moi pour savoir comment j'ai transformé {amount}€ en 50k en un mois 💰💰",
    "clique sur {link} pour recevoir ta carte cadeau gratuite",
    "médicaments pas chers sans ordonnance {link}",
    "placement garanti sans risque, {amount}€ deviennent 10 fois plus, c'est pas une arnaque",
    "votre banque a suspendu votre compte, appelez ce numéro tout de suite pour le débloquer",
    "alerte sécurité : nous avons bloqué votre compte, confirmez votre identité sur {link}",
    "je suis veuve avec 4,5 millions de dollars, j'ai besoin de vous pour transférer les fonds, vous gardez 20%",
    "cher ami, j'ai besoin de votre aide pour sortir {amount} mille dollars du pays, répondez vite",
]

# -- threats: explicit, veiled, conditional, extortion -------------------------------------------------------

THREAT_EN = [
    "someone should put {weapon_en} you",
    "someone should put {weapon_en} that journalist",
    "one day someone will stab you and nobody will cry",
    "it would be a shame if something happened to your kids",
    "we have your pictures, pay up or everyone sees them",
    "send {amount} in {coin_en} or your nudes go to all your contacts",
    "keep talking and see what happens to you",
    "if you show up on monday you won't leave in one piece",
    "I hope someone finds your address and pays you a visit",
    "nice car you have. would be sad if it caught fire",
    "you won't be so brave when we catch you alone",
    "accidents happen to people like you all the time",
    "better sleep with one eye open",
    "i'm going to find you and make you bleed",
    "you have 24h to pay or the video goes online",
    "i know which school your daughter goes to",
    "people have disappeared for less than what you said",
    "if you testify you're dead",
    "somebody needs to shoot this guy before the election",
    "delete your post or we'll come to your house",
    "you'll regret this, I promise. I know people",
    "one more word and I break every bone in your body",
    "I'll post your address and let them deal with you",
    "pay me or I tell your wife everything, with the photos",
    "we're watching you {name}. always.",
    "the next time you'll be in a body bag",
    "{name}, I know where you live now. see you {time_en}",
    "{name} better not walk home alone {time_en}",
    "tell {name} to check under the car {time_en}",
    "{name} you have until {time_en} to pay or the photos go public",
    "someone should put {weapon_en} {name} {time_en}",
    "{name} will not make it to work {time_en}, trust me",
]

THREAT_FR = [
    "quelqu'un devrait lui mettre {weapon_fr} la tête",
    "quelqu'un devrait mettre {weapon_fr} ce journaliste",
    "un jour quelqu'un va te planter et personne pleurera",
    "ce serait dommage qu'il arrive quelque chose à tes gosses",
    "on a tes photos, paie ou tout le monde les verra",
    "envoie {amount}€ en {coin_fr} ou tes nudes partent à tous tes contacts",
    "continue de parler et tu vas voir ce qui va t'arriver",
    "si tu te pointes lundi tu repartiras pas entier",
    "j'espère que quelqu'un trouvera ton adresse et te rendra visite",
    "jolie voiture. ce serait triste qu'elle prenne feu",
    "tu feras moins le malin quand on te chopera seul",
    "les accidents ça arrive vite aux gens comme toi",
    "dors avec un œil ouvert",
    "je vais te trouver et te faire saigner",
    "t'as 24h pour payer sinon la vidéo part sur internet",
    "je sais dans quelle école va ta fille",
    "des gens ont disparu pour moins que ça",
    "si tu témoignes t'es mort",
    "faudrait que quelqu'un bute ce type avant l'élection",
    "supprime ton post ou on vient chez toi",
    "tu vas le regretter, je te le promets. j'ai des contacts",
    "encore un mot et je te brise tous les os",
    "je vais balancer ton adresse et ils s'occuperont de toi",
    "paie ou je raconte tout à ta femme, photos à l'appui",
    "on te surveille {name}. tout le temps.",
    "la prochaine fois ce sera dans un sac mortuaire",
    "{name}, je sais où tu habites maintenant. à {time_fr}",
    "{name} ferait mieux de pas rentrer seul {time_fr}",
    "dis à {name} de regarder sous sa voiture {time_fr}",
    "{name} t'as jusqu'à {time_fr} pour payer sinon les photos sortent",
    "quelqu'un devrait mettre {weapon_fr} {name} {time_fr}",
    "{name} arrivera pas au boulot {time_fr}, crois-moi",
]

# -- benign: ordinary reports and hard negatives -------------------------------------------------------------

BENIGN_EN = [
    # gaming and sport banter
    "I'm going to kill you at {game_en} tonight lol",
    "we destroyed them at {game_en}, absolute massacre 😂",
    "i will murder you in {game_en} rematch tomorrow",
    "that goalkeeper got killed out there, 5-0",
    "headshot! you're dead bro, gg",
    "our defense got slaughtered in the second half",
    "bring it on, you're going down at {game_en}",
    "rip my ranked streak, {game_en} is killing me",
    # idioms and everyday exaggeration
    "that movie killed me, I laughed so hard",
    "this commute is killing me",
    "I could murder a pizza right now",
    "my feet are dying after that hike",
    "I'm dead 💀 this meme",
    "she absolutely killed it on stage tonight",
    "ugh what a shitty day, nothing went right",
    "I'm so done with this week lol",
    "my phone is dying, call you later",
    "dying to see the new season",
    "that exam was brutal, I want to die lol",
    "the heat is killing my plants",
    # quotes and news
    "in {film_en} he says \"I'll make him an offer he can't refuse\"",
    "quoting {film_en}: \"say hello to my little friend\"",
    "news: man arrested after threatening a teacher, suspended from school",
    "the article reports that the suspect called them rats, police opened an inquiry",
    "BBC: crypto exchange collapses, investors lose millions",
    "documentary about the genocide in Rwanda airs tonight",
    "my history essay is about propaganda that called people vermin",
    # negation and support-seeking
    "I would never hurt anyone, I was joking about the game",
    "I'm not going to kill myself, I just need to vent",
    "how do I help a friend who talks about suicide?",
    "my brother said he wants to die, what hotline should I call?",
    "feeling low today but I have good people around me",
    "had a rough week, therapy is helping a lot",
    "suicide prevention month: reach out to your friends",
    # legit money and ordinary talk
    "I bought some bitcoin years ago, still holding",
    "what's a good savings account with decent interest?",
    "my salary went up, I now earn 3000 a month",
    "link to the meeting notes: bit.ly/team-notes",
    "selling my bike for 200, DM if interested",
    "anyone know a good plumber in lyon?",
    "this account keeps posting the same photo, annoying",
    "he uses a fake name, pretty sure it's not him",
    "this post is off topic for the group",
    "the user keeps spamming the chat with stickers",
    "my ex keeps commenting on my posts, it's annoying",
    "wrong information about the vaccine in this post",
    "copyright: this is my photo, posted without permission",
    "rude comment under my recipe, not a big deal but still",
    "happy birthday {name}! 🎉",
    "thanks for the help yesterday {name}",
    "the rats in my basement are back, need an exterminator",
    "parasites in my dog's fur, any vet advice?",
    "we have your pictures from the wedding, want me to send them?",
    "pay up for the pizza guys, it's 12 each",
    "someone should put a bullet point list in the readme",
    "one day someone will beat your high score",
    "{thing_en} {issue_en}",
    "reporting {thing_en} because it {issue_en}",
    "not sure if this counts but {thing_en} {issue_en}",
    "{name} says {thing_en} {issue_en}, can you check?",
    "this new album is {idiom_en}",
    "the concert last night was {idiom_en} 🔥",
    "{name} is going to destroy me at {game_en} again",
    "lost to {name} at {game_en}, I'll get my revenge",
    "watching {film_en} tonight, the ending is {idiom_en}",
    "{name} quoted {film_en} all evening, so annoying lol",
]

BENIGN_FR = [
    # jeux et sport
    "je vais te tuer à {game_fr} ce soir mdr",
    "on les a massacrés à {game_fr}, carnage total 😂",
    "je vais te défoncer à {game_fr} demain, prépare-toi",
    "le gardien s'est fait tuer, 5-0",
    "headshot ! t'es mort frérot, gg",
    "notre défense s'est fait massacrer en deuxième mi-temps",
    "viens on se fait une revanche à {game_fr}, tu vas prendre cher",
    "{game_fr} me tue, j'ai perdu 10 parties d'affilée",
    # expressions
    "ce film m'a tué, j'ai trop ri",
    "journée de merde, rien n'a marché",
    "les transports me tuent ce matin",
    "je meurs de faim, on mange quand ?",
    "je suis mort de rire 💀",
    "elle a tué le game sur scène ce soir",
    "trop crevé, cette semaine m'a achevé",
    "mon téléphone est en train de mourir, je te rappelle",
    "j'ai hâte de voir la nouvelle saison",
    "cet exam était horrible, j'ai envie de mourir mdr",
    "la chaleur tue mes plantes",
    "putain de bouchons, encore une heure de perdue",
    # citations et actualités
    "dans {film_fr} il dit « je vais lui faire une offre qu'il ne pourra pas refuser »",
    "citation de {film_fr} : « les cons ça ose tout »",
    "actu : un homme interpellé pour menaces contre un prof, exclu du lycée",
    "l'article raconte que le suspect les a traités de rats, une enquête est ouverte",
    "Le Monde : une plateforme crypto s'effondre, des millions perdus",
    "documentaire sur le génocide au Rwanda ce soir sur Arte",
    "mon exposé porte sur la propagande qui traitait les gens de vermine",
    # négation et demande d'aide
    "je ferais jamais de mal à personne, c'était pour le jeu",
    "je vais pas me suicider, j'ai juste besoin de vider mon sac",
    "comment aider un ami qui parle de suicide ?",
    "mon frère dit qu'il veut mourir, quel numéro appeler ?",
    "pas le moral aujourd'hui mais je suis bien entouré",
    "semaine difficile, la thérapie m'aide beaucoup",
    "prévention du suicide : prenez des nouvelles de vos proches",
    # argent légitime et banal
    "j'ai acheté du bitcoin il y a longtemps, je garde",
    "quel livret d'épargne a un bon taux en ce moment ?",
    "j'ai eu une augmentation, je gagne 3000€ par mois",
    "le lien vers le compte rendu : bit.ly/cr-reunion",
    "je vends mon vélo 200€, MP si intéressé",
    "quelqu'un connaît un bon plombier à Lyon ?",
    "ce compte poste toujours la même photo, c'est lourd",
    "il utilise un faux nom, je pense que c'est pas lui",
    "ce post est hors sujet pour le groupe",
    "l'utilisateur inonde le chat de stickers",
    "mon ex commente tous mes posts, c'est pénible",
    "fausse info sur le vaccin dans ce post",
    "droit d'auteur : c'est ma photo, publiée sans autorisation",
    "commentaire désagréable sous ma recette, pas grave mais bon",
    "joyeux anniversaire {name} ! 🎉",
    "merci pour l'aide hier {name}",
    "les rats sont revenus dans la cave, faut un dératiseur",
    "des parasites dans les poils du chien, un conseil de véto ?",
    "on a tes photos du mariage, je te les envoie ?",
    "payez vos parts de pizza, c'est 12€ chacun",
    "quelqu'un devrait mettre une liste à puces dans le readme",
    "un jour quelqu'un battra ton record",
    "{thing_fr} {issue_fr}",
    "je signale {thing_fr} parce qu'il {issue_fr}",
    "je sais pas si ça compte mais {thing_fr} {issue_fr}",
    "{name} dit que {thing_fr} {issue_fr}, vous pouvez vérifier ?",
    "ce nouvel album c'est {idiom_fr}",
    "le concert d'hier soir c'était {idiom_fr} 🔥",
    "{name} va encore me défoncer à {game_fr}",
    "perdu contre {name} à {game_fr}, je vais me venger",
    "on regarde {film_fr} ce soir, la fin est {idiom_fr}",
    "{name} a cité {film_fr} toute la soirée, relou mdr",
]

# How many filled variants each template gets (templates without slots are used once).
VARIANTS = {"selfharm": 9, "hate": 10, "scam": 8, "threat": 6, "benign": 14}

SOURCES = {
    ("selfharm", "en"): SELFHARM_EN, ("selfharm", "fr"): SELFHARM_FR,
    ("hate", "en"): HATE_EN, ("hate", "fr"): HATE_FR,
    ("scam", "en"): SCAM_EN, ("scam", "fr"): SCAM_FR,
    ("threat", "en"): THREAT_EN, ("threat", "fr"): THREAT_FR,
    ("benign", "en"): BENIGN_EN, ("benign", "fr"): BENIGN_FR,
}

_SLOT = re.compile(r"\{(\w+)\}")


def _variants(template: str, count: int, rng: random.Random) -> list[str]:
    slots = list(dict.fromkeys(_SLOT.findall(template)))
    if not slots:
        return [template]
    combos = list(itertools.product(*(SLOTS[s] for s in slots)))
    rng.shuffle(combos)
    texts = []
    for combo in combos[:count]:
        values = dict(zip(slots, combo, strict=True))
        text = _SLOT.sub(lambda m, v=values: v[m.group(1)], template)  # type: ignore[misc]
        texts.append(text[0].upper() + text[1:] if rng.random() < 0.3 else text)
    return texts


def expand(seed: int = 13) -> list[tuple[str, str, str]]:
    """(text, lang, class) rows, deterministic for a seed, without duplicates."""
    rng = random.Random(seed)
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for (label, lang), templates in SOURCES.items():
        for template in templates:
            for text in _variants(template, VARIANTS[label], rng):
                if text not in seen:
                    seen.add(text)
                    rows.append((text, lang, label))
    return rows

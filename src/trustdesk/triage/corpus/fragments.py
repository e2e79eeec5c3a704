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
from collections.abc import Sequence

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
    "by {time_en} I won't be breathing anymore, I've got {method_en}",
    "swallowed everything in the medicine cabinet, don't call anyone",
    "I'm going to drown myself {time_en}",
    'going to put the car in the garage and leave the engine running',
    "I'll be gone before anyone wakes up. {method_en} is next to my bed",
    "overdosing {time_en}, I've been hoarding them for months",
    "if you're reading this I've already done it",
    "already bled a lot, I'm not going to the hospital, just let me go",
    'tied the noose, just waiting for {time_en}',
    "jumping from the 9th floor {time_en}, I'm sorry",
    'I took all my antidepressants at once, I feel sleepy, bye',
    'my life ends {time_en}. nobody can stop me',
    'walking to the tracks {time_en}, not coming home',
    'final goodbye. i love you mum. {time_en}',
    "I've set the date: {time_en}. {method_en} are in my bag",
    'going to shoot myself with {method_en} {time_en}',
    "I just want it all to stop, I'm taking {method_en} {time_en}",
    'wrote a will and a letter. {time_en} I go',
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
    "{time_fr} je respirerai plus, j'ai {method_fr}",
    "j'ai avalé toute l'armoire à pharmacie, appelez personne",
    'je vais me noyer {time_fr}',
    'je vais mettre la voiture dans le garage et laisser tourner le moteur',
    "je serai parti avant que quelqu'un se réveille. {method_fr} à côté du lit",
    'je fais une overdose {time_fr}, ça fait des mois que je les garde',
    "si vous lisez ça c'est que je l'ai déjà fait",
    "j'ai perdu beaucoup de sang, j'irai pas à l'hôpital, laissez-moi partir",
    "j'ai fait le nœud de la corde, j'attends {time_fr}",
    'je saute du 9e étage {time_fr}, pardon',
    "j'ai pris tous mes antidépresseurs d'un coup, je m'endors, bye",
    "ma vie s'arrête {time_fr}. personne pourra m'arrêter",
    'je vais sur les voies ferrées {time_fr}, je rentrerai pas',
    "dernier adieu. je t'aime maman. {time_fr}",
    "j'ai fixé la date : {time_fr}. {method_fr} dans mon sac",
    'je vais me tirer une balle avec {method_fr} {time_fr}',
    "je veux juste que tout s'arrête, je prends {method_fr} {time_fr}",
    "j'ai écrit un testament et une lettre. {time_fr} je pars",
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
    '{group_en} are locusts that devour everything',
    '{group_en} are degenerates who must be erased',
    '{group_en} are a virus, kick them out',
    '{group_en} are scum that infest our cities',
    '{group_en} are monkeys, send them to the zoo',
    '{group_en} are dirty bugs spreading disease',
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
    "{group_fr} c'est des sauterelles qui dévorent tout",
    '{group_fr} sont des dégénérés à effacer',
    "{group_fr} c'est un virus, dehors",
    '{group_fr} sont des ordures qui infestent nos villes',
    "{group_fr} c'est des singes, au zoo",
    '{group_fr} sont des bestioles sales qui répandent des maladies',
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
    'turn {amount} into 20k in a week with my signals, join {link}',
    'earn {amount} weekly, no skills needed, 100% legit, DM me',
    'the first 100 people who send {coin_en} get 10x back',
    'your account has been limited, restore access: {link}',
    'my account manager made me 12k last month, message INFO',
    "you've been selected for a {amount} reward, claim in 30 minutes",
    'guaranteed 40% monthly returns, gold-backed token',
    'lonely soldier here, need {amount} for my flight home',
    'buy likes and followers cheap, {link}',
    'tax refund waiting, enter your card details at {link}',
    "quit my 9-5 thanks to this side hustle, now I make 15k a month, it's in my bio",
    "hey handsome, I'm stuck at the airport abroad, can you send me 300 for the ticket? I'll pay you back",
    "I'm a doctor with the UN, I fell in love with your profile, I just need help with customs fees",
    'hiring! remote data entry, 400 a day, just pay the 50 training fee first',
    'recovered 3 BTC for my client last week. scammed? contact our hackers',
    'new memecoin about to explode, get in before it moons 🚀🚀',
    'I turned my savings into a fortune with copy trading, my coach Mrs Ana is legit',
    'your social security number has been suspended, press 1 to talk to an agent',
    'get a loan in 10 minutes without credit check, just pay the processing fee',
    'mystery box with an iPhone inside for only 1 dollar, today only',
    "grandma it's me, I lost my phone, can you buy me gift cards and send the codes?",
    'you have an unclaimed inheritance of 1.2 million, reply with your bank details',
    'sell your old gold for triple the price, we pay cash instantly',
    'earn free money by watching videos, withdraw daily',
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
    'transforme {amount}€ en 20k en une semaine avec mes signaux, rejoins {link}',
    'gagne {amount}€ par semaine, sans compétence, 100% légit, MP',
    'les 100 premiers qui envoient des {coin_fr} reçoivent x10',
    "votre compte est limité, rétablissez l'accès : {link}",
    "mon gestionnaire m'a fait gagner 12k le mois dernier, écris INFO",
    'vous êtes sélectionné pour une récompense de {amount}€, réclamez sous 30 minutes',
    "40% de rendement mensuel garanti, jeton adossé à l'or",
    "soldat seul ici, j'ai besoin de {amount}€ pour rentrer",
    'achète des likes et des abonnés pas cher, {link}',
    "remboursement d'impôts en attente, entrez votre carte sur {link}",
    "j'ai quitté mon CDI grâce à ce business, maintenant je fais 15k par mois, c'est dans ma bio",
    "coucou beau gosse, je suis bloquée à l'aéroport à l'étranger, tu peux m'envoyer 300€ pour le billet ? "
    "je te rembourse",
    "je suis médecin à l'ONU, je suis tombé amoureux de ton profil, j'ai juste besoin d'aide pour les frais de douane",
    'on recrute ! saisie de données à distance, 400€ par jour, il faut juste payer 50€ de formation avant',
    "j'ai récupéré 3 BTC pour un client la semaine dernière. arnaqué ? contactez nos hackers",
    "nouveau memecoin qui va exploser, rentre avant qu'il décolle 🚀🚀",
    "j'ai transformé mes économies en fortune avec le copy trading, ma coach Mme Ana est fiable",
    'votre numéro de sécurité sociale a été suspendu, tapez 1 pour parler à un conseiller',
    'prêt en 10 minutes sans vérification, il suffit de payer les frais de dossier',
    "boîte mystère avec un iPhone dedans pour 1€ seulement, aujourd'hui uniquement",
    "mamie c'est moi, j'ai perdu mon téléphone, tu peux m'acheter des cartes cadeaux et m'envoyer les codes ?",
    'vous avez un héritage non réclamé de 1,2 million, répondez avec vos coordonnées bancaires',
    "rachat d'or au triple du prix, on paie cash tout de suite",
    "gagne de l'argent gratuit en regardant des vidéos, retrait tous les jours",
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
    "somebody ought to break {name}'s neck",
    'one of these days your car brakes will fail',
    "we've got the tape, pay or it goes to your boss",
    "come to the meeting again and you'll need a doctor",
    "your kids walk home alone, don't they?",
    'careful on your way home {time_en}',
    'wire the money by {time_en} or your secret is out',
    'got your address from a friend. see you around',
    'you deserve a bullet for that post',
    "i'll wait for you after work and we'll see who's laughing",
    'keep it up and your shop might burn',
    "I'll break your jaw next time I see you",
    'drop the case or your family pays for it',
    'people like you end up in the river',
    'that journalist deserves to hang from a lamppost',
    'I hope your house burns with you in it',
    "you're finished, and I don't mean online",
    'wait till my brothers find out where you park',
    'one phone call and your legs are broken',
    'I have your nudes, 300 or they go to your school',
    "we know your kid's name and what she wears to school",
    "someone like you won't last long around here",
    'pray I never run into you',
    "mark my words, you'll bleed for this",
    'that senator should be lined up against a wall',
    "you'll wake up one day with your tyres slashed, or worse",
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
    "quelqu'un devrait briser la nuque de {name}",
    'un de ces jours tes freins vont lâcher',
    "on a l'enregistrement, paie ou il part chez ton patron",
    "reviens à la réunion et t'auras besoin d'un médecin",
    "tes gosses rentrent seuls de l'école, non ?",
    'fais gaffe en rentrant {time_fr}',
    "vire l'argent avant {time_fr} ou ton secret sort",
    "j'ai eu ton adresse par un pote. à plus",
    'tu mérites une balle pour ce post',
    "je t'attends après le taf et on verra qui rigole",
    'continue comme ça et ta boutique pourrait brûler',
    'je te pète la mâchoire la prochaine fois que je te vois',
    "lâche l'affaire ou ta famille va payer",
    'les gens comme toi finissent dans la Seine',
    "ce journaliste mérite d'être pendu à un lampadaire",
    "j'espère que ta maison brûlera avec toi dedans",
    "t'es fini, et je parle pas d'internet",
    'attends que mes frères apprennent où tu te gares',
    "un coup de fil et t'as les jambes cassées",
    "j'ai tes nudes, 300€ ou ils partent à ton lycée",
    "on connaît le prénom de ta gamine et ce qu'elle porte pour aller à l'école",
    'un mec comme toi fera pas long feu ici',
    'prie pour jamais me croiser',
    'retiens bien ça, tu vas saigner pour ça',
    'ce sénateur faudrait le coller au mur',
    'un matin tu te réveilleras avec les pneus crevés, ou pire',
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
    'my dad is going to kill me when he sees the car',
    "I don't want to die, I just want this week to end",
    'coach will murder us if we lose again',
    'what should I tell a classmate who says she wants to die?',
    'where can I talk to someone about my anxiety?',
    "I'm fine, just tired, not suicidal at all",
    'took two pills for my headache, going to bed',
    "tonight I'm going to the bridge club with grandma",
    'the last episode killed me, so good',
    'the rope swing at the lake is the best',
    'jumping off the diving board {time_en}!',
    'I need a gun for the paintball game {time_en}',
    "I'm ending my subscription {time_en}, too expensive",
    "goodbye twitter, I'm moving to another app",
    'I hate my job so much lol',
    "you're so dead when we play {game_en} {time_en}",
    "I'll crush you at {game_en}, loser buys pizza",
    'we got slaughtered 6-0 in {game_en}',
    'the article says the group was banned for calling migrants rats',
    'a documentary on how propaganda called people vermin',
    'my salary is 2500 a month, is that normal for a junior dev?',
    'sold my old phone for 150, quick deal',
    "here's the form link: {link}",
    'congrats on the new job {name}!',
    'the pigeons are a plague on my balcony',
    'cockroaches in the kitchen again, calling pest control',
    "tonight I'm taking my allergy pills and going to bed",
    "I've got a knife sharpening class {time_en}",
    'the bridge is closed {time_en} for repairs',
    'jumping into the lake {time_en} for the charity swim!',
    "my grandma's pills are on the top shelf, can you pick them up?",
    'this heat will kill my tomatoes',
    'the seminar covered how war propaganda called enemies rats',
    "I've got your photos from the trip, want a copy?",
    "we're going to destroy the other team {time_en} 💪",
    'this song slaps, absolute killer',
    'pay me back the 20 when you can, no rush',
    'my landlord will kill me if I paint the walls',
    'anyone know a good pharmacy open at night?',
    "the kids' school trip is {time_en}, so excited",
    'investing 50 a month in index funds, boring but safe',
    'check out my shop, handmade mugs, link in bio',
    'how do I set up two-factor authentication?',
    'the bank changed its app again, so annoying',
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
    'mon père va me tuer quand il verra la voiture',
    'je veux pas mourir, je veux juste que cette semaine finisse',
    'le coach va nous tuer si on perd encore',
    "que dire à une camarade qui dit qu'elle veut mourir ?",
    "où parler à quelqu'un de mon anxiété ?",
    'ça va, juste crevé, pas suicidaire du tout',
    "j'ai pris deux cachets pour ma migraine, au lit",
    'ce soir je vais au club de bridge avec mamie',
    "le dernier épisode m'a tué, trop bien",
    "la balançoire avec la corde au lac c'est la meilleure",
    'je saute du plongeoir {time_fr} !',
    'il me faut un fusil pour le paintball {time_fr}',
    "j'arrête mon abonnement {time_fr}, trop cher",
    'adieu twitter, je pars sur une autre appli',
    'je déteste mon boulot mdr',
    "t'es mort quand on joue à {game_fr} {time_fr}",
    "je vais t'écraser à {game_fr}, le perdant paie la pizza",
    "on s'est fait massacrer 6-0 à {game_fr}",
    "l'article dit que le groupe a été banni pour avoir traité les migrants de rats",
    'un documentaire sur la propagande qui traitait les gens de vermine',
    "je gagne 2500€ par mois, c'est normal pour un dev junior ?",
    'vendu mon vieux téléphone 150€, vite fait',
    'le lien du formulaire : {link}',
    'bravo pour le nouveau boulot {name} !',
    'les pigeons sont une plaie sur mon balcon',
    "encore des cafards dans la cuisine, j'appelle le dératiseur",
    "ce soir je prends mes cachets pour l'allergie et au lit",
    "j'ai un cours d'affûtage de couteaux {time_fr}",
    'le pont est fermé {time_fr} pour travaux',
    'je saute dans le lac {time_fr} pour la nage caritative !',
    "les cachets de mamie sont sur l'étagère du haut, tu peux les prendre ?",
    'cette chaleur va tuer mes tomates',
    'le séminaire portait sur la propagande de guerre qui traitait les ennemis de rats',
    "j'ai tes photos du voyage, tu veux une copie ?",
    "on va détruire l'autre équipe {time_fr} 💪",
    'ce son est une dinguerie, une tuerie',
    'rembourse-moi les 20€ quand tu peux, pas pressé',
    'mon proprio va me tuer si je peins les murs',
    "quelqu'un connaît une pharmacie de garde ?",
    "la sortie scolaire des enfants c'est {time_fr}, trop hâte",
    'je mets 50€ par mois sur un ETF, pas fun mais sûr',
    'venez voir ma boutique, mugs faits main, lien en bio',
    'comment activer la double authentification ?',
    'la banque a encore changé son appli, pénible',
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


def _handwritten() -> dict[tuple[str, str], list[str]]:
    from trustdesk.triage.corpus import (
        handwritten_en,
        handwritten_en_benign,
        handwritten_fr,
        handwritten_fr_benign,
    )

    # In this order (each language's harms, then its benign sentences): the corpus and the model depend on it.
    return {(label, lang): getattr(benign if label == "benign" else harms, label.upper())
            for lang, harms, benign in (("en", handwritten_en, handwritten_en_benign),
                                        ("fr", handwritten_fr, handwritten_fr_benign))
            for label in ("selfharm", "hate", "scam", "threat", "benign")}


# Corpus parts, each measured before it was kept (bench/results/README.md): the templates, the hand-written
# sentences, round 3's lookalikes and indirect plans, passive ideation and planned attacks with their lookalikes
# (corpus/lookalikes.py), round 4's first-person plans in everyday words with their lookalikes (corpus/round4_en.py
# and round4_fr.py), round 5's (a new writer's plans, passive ideation and lookalikes: corpus/round5_en.py and
# round5_fr.py), and surface variants (VARIANT_RATE of all texts get one more spelling of themselves).
PARTS = ("templates", "handwritten", "lookalikes", "ideation", "attacks", "round4", "round5", "variants")
# Measured and not kept (bench/results/README.md, round 3): counter-speech lifts v2 and lowers v3 and v4 across three
# seeds; outings (templated everyday plans) leave the sets unchanged. ``bench/triage_measure.py --parts
# templates,handwritten,lookalikes,ideation,attacks,outings,variants`` tries one.
# Round 6's plans said without a verb of intent and their everyday lookalikes (corpus/round6.py) take benign texts
# onto the urgent route on sets nobody looked at for them (v1, v4, v6) and lose a plan on v7 (round 6 in
# bench/results/README.md): ``--parts …,round6,variants`` measures it.
# Round 7's corpus (corpus/round7_en.py and round7_fr.py, a new writer's plans, passive ideation and lookalikes) adds
# 3 of its own 260 plans and 1 of its 220 benign texts to the urgent route when scored two-fold, and on the dev sets
# loses a plan and adds 3 benign texts (round 7 in bench/results/README.md); ``round7_plans``, ``round7_benign``,
# ``round7_en`` and ``round7_fr`` measure its halves.
# Round 9's corpus (corpus/round9_en.py and round9_fr.py, a new writer's 400 everyday first-person posts, all benign),
# as negatives for the model's plan class, takes 8 benign texts off the urgent route on the dev sets but 9 plans out
# of their top decile and 13 of round 7's 260 plans off the route; its halves lose plans too (round 9 in
# bench/results/README.md). ``--parts …,round9,variants`` measures it, ``round9_en`` and ``round9_fr`` its halves.
OPTIONAL_PARTS = ("counter", "outings", "round6", "round7", "round7_plans", "round7_benign", "round7_en", "round7_fr",
                  "round9", "round9_en", "round9_fr")
VARIANT_RATE = 0.5
# The class of the corpus's passive ideation (round 3's and later): its own since round 5, so that the model's
# "selfharm" class means a plan or an act. ``bench/triage_measure.py --ideation selfharm`` measures the old way.
IDEATION = "ideation"


def expand_grouped(seed: int = 13, parts: tuple[str, ...] = PARTS) -> list[tuple[str, str, str, str]]:
    """(text, lang, class, group) rows: the group names the sentence or template a text came from, so that
    cross-validation can keep every variant of one source on the same side of a split."""
    from trustdesk.triage.corpus.variation import variant

    rng = random.Random(seed)
    rows: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()

    def add(text: str, lang: str, label: str, group: str) -> None:
        if text not in seen:
            seen.add(text)
            rows.append((text, lang, label, group))

    if "templates" in parts:
        for (label, lang), templates in SOURCES.items():
            for template in templates:
                for text in _variants(template, VARIANTS[label], rng):
                    add(text, lang, label, f"{lang}:{label}:{template}")
    def add_sentences(*lists: tuple[str, str, Sequence[str]]) -> None:
        """Hand-written sentences, (class, language, sentences) in the order given: each its own group."""
        for label, lang, sentences in lists:
            for text in sentences:
                add(text, lang, label, f"{lang}:{label}:{text}")

    if "handwritten" in parts:
        add_sentences(*((label, lang, sentences) for (label, lang), sentences in _handwritten().items()))
    if "lookalikes" in parts:
        from trustdesk.triage.corpus import lookalikes

        add_sentences(("benign", "en", lookalikes.BENIGN_EN), ("benign", "fr", lookalikes.BENIGN_FR),
                      ("selfharm", "en", lookalikes.SELFHARM_EN), ("selfharm", "fr", lookalikes.SELFHARM_FR))
    from trustdesk.triage.corpus import round3_parts

    if "ideation" in parts:
        add_sentences((IDEATION, "en", round3_parts.IDEATION_EN), (IDEATION, "fr", round3_parts.IDEATION_FR),
                      ("benign", "en", round3_parts.IDEATION_LOOKALIKES_EN),
                      ("benign", "fr", round3_parts.IDEATION_LOOKALIKES_FR))
    if "attacks" in parts:
        add_sentences(("threat", "en", round3_parts.ATTACK_EN), ("threat", "fr", round3_parts.ATTACK_FR),
                      ("benign", "en", round3_parts.ATTACK_LOOKALIKES_EN),
                      ("benign", "fr", round3_parts.ATTACK_LOOKALIKES_FR))
    if "outings" in parts:
        SLOTS.update(round3_parts.OUTING_SLOTS)
        outings = random.Random(seed + 2)  # its own draws: the other parts' rows stay byte-identical
        for lang, templates in (("en", round3_parts.OUTINGS_EN), ("fr", round3_parts.OUTINGS_FR)):
            for template in templates:
                for text in _variants(template, VARIANTS["benign"], outings):
                    add(text, lang, "benign", f"{lang}:benign:{template}")
    if "counter" in parts:
        add_sentences(("benign", "en", round3_parts.COUNTER_EN), ("benign", "fr", round3_parts.COUNTER_FR))
    if "round4" in parts:
        from trustdesk.triage.corpus import round4_en, round4_fr

        add_sentences(("selfharm", "en", round4_en.SELFHARM), ("selfharm", "fr", round4_fr.SELFHARM),
                      ("benign", "en", round4_en.BENIGN), ("benign", "fr", round4_fr.BENIGN),
                      (IDEATION, "en", round4_en.IDEATION), (IDEATION, "fr", round4_fr.IDEATION))
    if "round5" in parts:
        from trustdesk.triage.corpus import round5_en, round5_fr

        add_sentences(("selfharm", "en", round5_en.SELFHARM), ("selfharm", "fr", round5_fr.SELFHARM),
                      ("benign", "en", round5_en.BENIGN), ("benign", "fr", round5_fr.BENIGN),
                      (IDEATION, "en", round5_en.IDEATION), (IDEATION, "fr", round5_fr.IDEATION))
    if "round6" in parts:
        from trustdesk.triage.corpus import round6

        add_sentences(("selfharm", "en", round6.SELFHARM_EN), ("selfharm", "fr", round6.SELFHARM_FR),
                      ("benign", "en", round6.BENIGN_EN), ("benign", "fr", round6.BENIGN_FR))
    if {"round7", "round7_plans", "round7_benign", "round7_en", "round7_fr"} & set(parts):
        from trustdesk.triage.corpus import round7_en, round7_fr

        def wanted(label: str, lang: str) -> bool:
            kind = "round7_benign" if label == "benign" else "round7_plans"
            return "round7" in parts or kind in parts or f"round7_{lang}" in parts

        add_sentences(*((label, lang, sentences) for label, lang, sentences in (
            ("selfharm", "en", round7_en.SELFHARM), ("selfharm", "fr", round7_fr.SELFHARM),
            ("benign", "en", round7_en.BENIGN), ("benign", "fr", round7_fr.BENIGN),
            (IDEATION, "en", round7_en.IDEATION), (IDEATION, "fr", round7_fr.IDEATION)) if wanted(label, lang)))
    if {"round9", "round9_en", "round9_fr"} & set(parts):
        from trustdesk.triage.corpus import round9_en, round9_fr

        add_sentences(*(("benign", lang, sentences) for lang, sentences in (("en", round9_en.BENIGN),
                                                                          ("fr", round9_fr.BENIGN))
                        if "round9" in parts or f"round9_{lang}" in parts))
    if "variants" in parts:
        varied = random.Random(seed + 1)
        for text, lang, label, group in list(rows):
            if varied.random() < VARIANT_RATE:
                add(variant(text, lang, varied), lang, label, group)
    return rows


def expand(seed: int = 13, parts: tuple[str, ...] = PARTS) -> list[tuple[str, str, str]]:
    """(text, lang, class) rows, deterministic for a seed, without duplicates."""
    return [(text, lang, label) for text, lang, label, _ in expand_grouped(seed, parts)]

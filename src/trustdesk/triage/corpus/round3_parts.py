# ruff: noqa: E501  (corpus sentences are data: one sentence per line reads better than split strings)
"""Round 3's smaller corpus parts, each with its lookalikes and each measured on its own (bench/results/README.md):
passive ideation and planned attacks (kept), counter-speech and templated outings (not kept, `OPTIONAL_PARTS`).
Written as new situations, not copied from any bench set, like ``lookalikes``.
"""

from __future__ import annotations

# Passive ideation, first person, no plan: a desk wants these read soon (they rank above small talk), but they are
# not the urgent route, which still needs a plan the rules find. Their lookalikes are tiredness and idioms.
IDEATION_EN = [
    "some days I just wish I could stop existing for a while",
    "everyone would be lighter without me dragging them down",
    "I don't see the point of getting up anymore",
    "honestly wouldn't mind if I just didn't wake up one day",
    "I feel like a weight on everyone around me",
    "I'm so tired of being alive, not sleepy, just tired of all of it",
    "sometimes I imagine my funeral and who would come",
    "nothing is ever going to get better for me, what's the point",
    "I wish I could vanish and nobody would have to deal with me",
    "my family would be happier if I wasn't around",
    "I think about dying more than I think about my future",
    "I'm just a burden to my friends, they'd be relieved",
    "why am I even still here",
    "I've stopped caring whether I live or not",
    "being alive feels like a chore I never signed up for",
    "I keep thinking the world would be better with one less me",
]
IDEATION_FR = [
    "certains jours j'aimerais juste arrêter d'exister un moment",
    "tout le monde serait plus léger si j'étais pas là à les plomber",
    "je vois plus l'intérêt de me lever le matin",
    "ça me dérangerait pas de pas me réveiller un jour",
    "j'ai l'impression d'être un fardeau pour tous ceux qui m'entourent",
    "jsuis tellement lasse d'être en vie, pas fatiguée, lasse de tout",
    "des fois j'imagine mon enterrement et qui viendrait",
    "ça ira jamais mieux pour moi, à quoi ça sert",
    "j'aimerais m'effacer et que plus personne ait à me supporter",
    "ma famille serait plus heureuse si j'existais pas",
    "je pense plus à la mort qu'à mon avenir",
    "je suis qu'une charge pour mes amis, ils seraient soulagés",
    "pourquoi je suis encore là franchement",
    "ça m'est égal de vivre ou pas",
    "vivre c'est une corvée que j'ai jamais demandée",
    "le monde irait mieux avec un moi en moins",
]
IDEATION_LOOKALIKES_EN = [
    "so tired of living out of a suitcase, can't wait to unpack for good",
    "dead tired after the night shift, going straight to bed",
    "I'm dying to see the new season, no spoilers please",
    "tired of being the only one who cleans the kitchen in this flat",
    "what's the point of ironing shirts if you wear a jumper over them",
    "my plants would be happier without me, I've killed three cacti",
    "some days I wish I could stop checking my email forever",
    "I feel like a burden asking my neighbour for lifts, should I just buy a bike?",
]
IDEATION_LOOKALIKES_FR = [
    "marre de vivre dans les cartons, vivement que je déballe pour de bon",
    "mort de fatigue après la garde de nuit, direct au lit",
    "je meurs d'envie de voir la nouvelle saison, pas de spoil svp",
    "fatigué d'être le seul à faire la vaisselle dans cette coloc",
    "à quoi ça sert de repasser les chemises si on met un pull dessus",
    "mes plantes seraient plus heureuses sans moi, j'ai tué trois cactus",
    "certains jours j'aimerais arrêter de lire mes mails pour toujours",
    "j'ai l'impression de déranger en demandant à ma voisine de me conduire, j'achète un vélo ?",
]

# Planned attacks on a place and the people in it (school, work, an event), often with a grievance: threats the
# corpus had only in the second person ("I know where you live"). Their lookalikes are news, sport and hobbies
# that use the same verbs (shoot, tirer, attack, first in line).
ATTACK_EN = [
    "friday the whole class will see what happens when you treat me like dirt. I'm bringing something",
    "got my uncle's rifle. the office party is thursday and the managers are all going to be there",
    "they think it's funny to bully me. wait till monday morning assembly",
    "I made a list of everyone at work who ignored me. they'll be sorry at the christmas meeting",
    "the gym where they kicked me out is going to burn one night soon, with them inside",
    "next week I'm walking into that church and nobody's walking out",
    "when the bell rings on tuesday the hallway is going to be a different place",
    "everyone on the third floor who laughed when I got fired is going to pay on friday",
    "I'm taking my dad's pistol to the match and the ref is first",
    "that concert will be remembered, I know where the crowd gathers at the exit",
]
ATTACK_FR = [
    "vendredi toute la classe va voir ce qui arrive quand on me traite comme une merde. je ramène un truc",
    "j'ai le fusil de mon oncle. le pot de départ est jeudi et tous les chefs seront là",
    "ils trouvent ça drôle de me harceler. attendez lundi matin au rassemblement",
    "j'ai fait la liste de tous ceux du boulot qui m'ont ignoré. ils vont regretter à la réunion de noël",
    "la salle de sport qui m'a viré va brûler une de ces nuits, avec eux dedans",
    "la semaine prochaine j'entre dans cette mosquée et personne ressortira",
    "quand la sonnerie retentira mardi le couloir sera plus le même",
    "tous ceux du troisième étage qui ont ri quand j'ai été viré vont payer vendredi",
    "je prends le pistolet de mon père au match et l'arbitre sera le premier",
    "ce concert restera dans les mémoires, je sais où la foule se rassemble à la sortie",
]
ATTACK_LOOKALIKES_EN = [
    "Shooting at a school in Texas: 3 injured, the suspect was arrested, the article says",
    "paintball on saturday for Tom's stag do, I'm bringing my own mask",
    "coach says I need to shoot more from outside the box",
    "photo shoot at the old factory tomorrow, bring a warm coat",
    "hunting season opens sunday, wear orange if you walk in the woods",
    "we're bringing a cake to the office party on thursday, the managers are paying for drinks",
    "the fire drill on monday morning will clear the whole building in 4 minutes",
    "in the film he walks into the bank with a shotgun and the whole scene is one take",
]
ATTACK_LOOKALIKES_FR = [
    "Fusillade dans un lycée aux États Unis : 3 blessés, le suspect a été arrêté selon l'article",
    "paintball samedi pour l'enterrement de vie de garçon de Tom, je ramène mon masque",
    "le coach dit que je dois tirer plus de loin",
    "shooting photo à l'ancienne usine demain, prenez un manteau",
    "la chasse ouvre dimanche, mettez de l'orange si vous marchez en forêt",
    "on apporte un gâteau au pot de départ jeudi, les chefs paient les boissons",
    "l'exercice incendie de lundi matin videra tout le bâtiment en 4 minutes",
    "dans le film il entre dans la banque avec un fusil et toute la scène est un plan séquence",
]

# Counter-speech: texts that name a harm to refuse it, warn about it or point to help (denying a prejudice, a scam
# warning, a helpline, a moderation notice). They carry the harm's words and the opposite stance.
COUNTER_EN = [
    "I grew up with Muslim neighbours and they were the first to bring food when my dad died",
    "calling refugees 'vermin' is exactly how the worst chapters of history started, please stop sharing that post",
    "my wife is Jewish and the comments under this video made her cry, reported all of them",
    "immigrants built half of this town, my grandparents included",
    "gay people don't need your tolerance, they need the same rights, simple as that",
    "I used to believe that stuff about 'replacement' until I actually met people, embarrassing now",
    "got a text saying my parcel is held and I must pay 1.99, it's a scam, don't click",
    "if someone online promises you 10% a week, they are stealing from you, full stop",
    "my aunt lost her savings to a fake trading app, please warn your parents",
    "no crypto giveaway is real. nobody sends back double. reported the account",
    "the 'bank' called me asking to move my money to a safe account. hung up, called the real bank: fraud",
    "beware of fake ticket sellers for the final, only buy on the official site",
    "if a friend tells you they're thinking of dying, stay with them and call a crisis line together",
    "our union has a free confidential helpline if work is getting too much, number in the staff room",
    "mods here: threats and slurs get an instant ban, report them and we'll act within the hour",
    "this account impersonates our support team, we will never DM you first",
    "sharing this for anyone who needs it: you can text SHOUT to 85258 any time, free",
    "I'm a teacher and we did a whole lesson on spotting hate propaganda in old posters",
    "not everyone who wears a headscarf wants your opinion on it, let people live",
    "someone sent me 'you'll regret it' after I rejected them, screenshotted and blocked, feeling fine",
]
COUNTER_FR = [
    "j'ai grandi avec des voisins musulmans, ce sont eux qui nous ont apporté à manger quand mon père est mort",
    "traiter les réfugiés de « vermine », c'est comme ça que les pires pages de l'histoire ont commencé, arrêtez de partager",
    "ma femme est juive et les commentaires sous cette vidéo l'ont fait pleurer, tout signalé",
    "les immigrés ont construit la moitié de cette ville, mes grands parents compris",
    "les homos ont pas besoin de votre tolérance, ils ont besoin des mêmes droits, point",
    "je croyais à ces histoires de « grand remplacement » avant de vraiment rencontrer des gens, j'ai honte maintenant",
    "reçu un sms disant que mon colis est bloqué et qu'il faut payer 1,99 €, c'est une arnaque, cliquez pas",
    "si quelqu'un en ligne vous promet 10 % par semaine, il vous vole, point",
    "ma tante a perdu ses économies sur une fausse appli de trading, prévenez vos parents",
    "aucun giveaway crypto est vrai. personne renvoie le double. compte signalé",
    "la « banque » m'a appelé pour mettre mon argent sur un compte sécurisé. j'ai raccroché, appelé ma vraie banque : fraude",
    "attention aux faux revendeurs de places pour la finale, achetez uniquement sur le site officiel",
    "si un ami vous dit qu'il pense à mourir, restez avec lui et appelez une ligne d'écoute ensemble",
    "le syndicat a une ligne d'écoute gratuite et confidentielle si le boulot devient trop lourd",
    "modération : menaces et insultes racistes = ban immédiat, signalez et on agit dans l'heure",
    "ce compte se fait passer pour notre service client, on vous écrira jamais en premier",
    "je partage pour ceux qui en ont besoin : le 3114 répond 24h/24, gratuitement",
    "je suis prof et on a fait un cours entier pour repérer la propagande haineuse dans les vieilles affiches",
    "toutes les femmes voilées veulent pas votre avis, laissez les gens vivre",
    "un mec m'a écrit « tu vas le regretter » quand je l'ai recalé, capture et bloqué, tout va bien",
]

# Everyday plans in the words of the self-harm templates: the same places, objects and times ("the bridge",
# "a rope", "tonight") with a purpose, company or errand around them. The self-harm templates fill those slots
# nine times each; without their ordinary uses the model learnt "a place and a time" as a plan. Slots below are
# filled like the templates in ``fragments`` (``fragments.SLOTS`` holds their values).
OUTING_SLOTS: dict[str, list[str]] = {
    "place_en": ["the bridge", "the roof", "the river", "the station", "the top floor of the car park", "the cliffs",
                 "the lake", "the old railway line", "the balcony", "the motorway services"],
    "place_fr": ["le pont", "le toit", "la rivière", "la gare", "le dernier étage du parking", "les falaises",
                 "le lac", "l'ancienne voie ferrée", "le balcon", "l'aire d'autoroute"],
    "purpose_en": ["to take photos of the fog", "to meet Sam and his sister", "to fix the aerial", "for a run",
                   "with the kids", "to pick up my cousin", "for the fireworks", "to fly the drone",
                   "with my camera club", "for a picnic with the neighbours"],
    "purpose_fr": ["pour photographier la brume", "retrouver Sam et sa soeur", "pour réparer l'antenne",
                   "pour courir", "avec les enfants", "chercher ma cousine", "pour le feu d'artifice",
                   "faire voler le drone", "avec le club photo", "pique-niquer avec les voisins"],
    "errand_en": ["a new rope for the boat", "the cat's pills from the vet", "sleeping pills for the long flight",
                  "razor blades for the workshop", "a knife set for the new kitchen", "my mum's prescription",
                  "a tow rope for the car", "paracetamol for the kids' fever"],
    "errand_fr": ["une corde neuve pour le bateau", "les cachets du chat chez le véto",
                  "des somnifères pour le long vol", "des lames pour l'atelier", "des couteaux pour la cuisine neuve",
                  "l'ordonnance de ma mère", "une corde de remorquage", "du doliprane pour la fièvre des petits"],
}
OUTINGS_EN = [
    "going to {place_en} {time_en} {purpose_en}",
    "{time_en} I'll be at {place_en} {purpose_en}, text me",
    "meet me at {place_en} {time_en}, we're going {purpose_en}",
    "picked up {errand_en}, {time_en} we're all set",
    "don't forget {errand_en} {time_en}, I'll be home late",
]
OUTINGS_FR = [
    "je vais sur {place_fr} {time_fr} {purpose_fr}",
    "{time_fr} je serai sur {place_fr} {purpose_fr}, écris moi",
    "rdv sur {place_fr} {time_fr}, on y va {purpose_fr}",
    "j'ai récupéré {errand_fr}, {time_fr} on est prêts",
    "oublie pas {errand_fr} {time_fr}, je rentre tard",
]

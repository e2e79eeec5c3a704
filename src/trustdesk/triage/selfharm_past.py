"""Self-harm told in the past: the writer's own, looked back on (recovery counted, a younger self, an attempt years
ago), and someone else's death. selfharm.looked_back and selfharm.someone_elses_death read these; what the rest of
the text says now decides whether the past explains the words away."""

from __future__ import annotations

import re

# Self-harm the writer looks back on: recovery counted ("two years clean from cutting", "un an sans me scarifier") or
# the writer's younger self ("teenage me screaming…", "moi ado", "what a phase"). Like negation it blocks a plan,
# unless the text turns to now ("… and tonight I'm going to…", "now i'm going to do it", "mais ce soir…").
YEARS = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          r"twenty|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt)")
BEHIND = re.compile(
    r"\b(?:days?|weeks?|months?|years?) (?:clean|free|without (?:self harm|cutting|hurting myself|sh))\b|"
    r"\b(?:self harm|sh|cutting) free\b|"
    r"\b(?:jours?|semaines?|mois|ans?) (?:clean )?sans (?:me (?:scarifier|couper|mutiler|faire du mal)|"
    r"automutilation|scarification)\b|"
    r"\b(?:teenage|younger|15 year old|16 year old|14 year old|emo) me\b|\bme at (?:1\d|age 1\d)\b|"
    r"\bwhat a phase\b|\bmoi (?:a 1\d ans|ado|adolescente?)\b|\bmon moi (?:ado|de 1\d ans)\b|"
    # An attempt told with the age or the years since ("i tried to end my life at 19. i'm 30 now", "j'ai fait une
    # TS à 16 ans"), or a life one is glad to have kept.
    r"\b(?:tried|attempted|attempt) (?:to )?(?:\w+ ){0,4}(?:at (?:1\d|2\d|age \d+)|when i was (?:\d+|a teen\w*|young)|"
    r"\d+ years ago|years ago)\b|\b(?:glad|happy) i (?:stayed|m still here|didn t (?:die|go through with it))\b|"
    r"\b(?:ts|tentative de suicide|tente de me suicider|essaye d en finir) (?:a (?:1\d|2\d) ans|il y a \d+ ans|"
    r"quand j etais (?:ado|jeune|au lycee))\b|\bcontente? d etre (?:encore )?la\b|"
    r"\b(?:contente?|heureuse?|fiere?) d (?:etre reste|avoir tenu)e?\b|"
    # Round 12: the place or the years where it almost happened, looked back on ("walked past the bridge where i
    # almost ended it 4 years ago", "le pont où j'ai failli tout arrêter il y a 4 ans"), or thoughts the writer used
    # to have and says are over ("au lycée je pensais à en finir tous les jours. aujourd'hui je vais bien").
    r"\b(?:almost|nearly) (?:ended it|ended my life|killed myself|jumped|did it|went through with it)\b.{0,30}"
    r"\b(?:\d+|a few|two|three|four|five|ten) (?:years?|months?) ago\b|"
    r"\bfailli (?:tout arreter|en finir|me tuer|sauter|me jeter|me suicider|y passer)\b.{0,30}"
    r"\bil y a (?:\d+|deux|trois|quatre|cinq|dix|quelques) (?:ans|mois)\b|"
    # Round 20: a life the writer says others saved ("You all saved my life last winter", "ce groupe m'a sauvé la vie").
    r"\b(?:you|you all|y all|you guys|this (?:group|server|sub|place|forum)) (?:\w+ )?saved my life\b|"
    r"\b(?:vous m avez|tu m as|ce (?:groupe|serveur|forum) m a) sauve la vie\b|"
    r"\b(?:i used to (?:think about|want to)|je pensais a|j avais envie d) .{0,60}\b(?:today|now|these days|"
    r"aujourd hui|maintenant)\b.{0,40}\b(?:i m (?:ok|okay|fine|good|doing (?:well|ok|better))|je vais bien|ca va "
    r"mieux|ca passe|it gets better)\b")
# Recovery counted in years, the number often spelled out ("twelve years since I walked out of that hospital after my
# overdose", "ça fait quinze ans que j'ai fait ma TS", "cinq ans sans alcool aujourd'hui"). Looked back on unless the
# text also names a means or a farewell ("eleven years since my first attempt. tonight I finish it, the pills are
# lined up"): the years say how long the writer held on, not that it is over.
YEARS_SINCE = re.compile(
    rf"\b{YEARS} (?:years?|yrs) (?:since|sober|clean)\b|\b(?:ca|cela) fait {YEARS} ans (?:que j|depuis)\b|"
    rf"\b{YEARS} ans (?:sans (?:alcool|boire|drogue|une goutte)|d abstinence)\b")
TURN_TO_NOW = re.compile(r"\b(?:but|and|now|anyway|mais|et|maintenant|pourtant|sauf que)\b.{0,30}"
                          r"\b(?:tonight|today|tomorrow|now|this (?:week|weekend)|ce soir|demain|aujourd hui|"
                          r"maintenant|cette nuit|ce week end)\b")


# Round 20: the writer's attempt or plan dated in the past, the date first ("two years ago today I tried to end it.
# today I graduated", "il y a 3 ans j'étais aux urgences après avoir essayé d'en finir", "six years ago I had it all
# planned"): recovery stories writers post on anniversaries. The story runs to the end of its sentence; a means, a
# farewell or the end outside it, or a time to come anywhere, is a plan now ("… tonight I finish it").
_AGO = (rf"\b(?:{YEARS}|a|a few|a couple of|several|many) (?:years?|yrs|months?) ago\b|"
        r"\blast (?:year|summer|winter|spring|autumn|fall)\b|\b(?:back )?in (?:19|20)\d\d\b|\bback then\b|"
        rf"\bil y a (?:{YEARS}|quelques|plusieurs) (?:ans|mois)\b|\bl an (?:dernier|passe)\b|"
        r"\bl annee (?:derniere|passee)\b|\ben (?:19|20)\d\d\b|\ba l epoque\b")
_ATTEMPT = (r"\b(?:tried|trying|attempted|planned|planning|was going|was about|was ready|almost|nearly|wanted) "
            r"(?:\w+ ){0,5}?(?:end (?:it|my life|things|it all)|kill myself|take my (?:own )?life|die|jump)\b|"
            r"\b(?:my|a) (?:suicide )?attempt\b|\boverdosed\b|"
            r"\b(?:essaye|tente|voulu|voulais|prevu|failli|decide) (?:\w+ ){0,4}?(?:d en finir|de me tuer|de mourir|"
            r"de me suicider|de tout arreter|en finir|me tuer|me suicider|sauter|me jeter)\b|"
            r"\b(?:ma|une|la) (?:ts|tentative(?: de suicide)?)\b|\bfait une ts\b|\bj avais tout prevu\b")
ANNIVERSARY = re.compile(rf"(?:{_AGO})(?:(?![.!?]).){{0,80}}?(?:{_ATTEMPT})[^.!?]*")
# A time to come, or the act again, anywhere in a text that looks back: the past is not over.
AGAIN = re.compile(r"\b(?:tonight|tomorrow|this (?:time|weekend)|for good|once more|(?:try|trying|do it|doing it) "
                   r"again|ce soir|demain|cette (?:fois|nuit)|ce week end|pour de bon|recommencer|je recommence|"
                   r"de nouveau)\b")

# Round 20: someone else's death by suicide, told after it happened ("un jeune éleveur du canton s'est suicidé la
# semaine passée", "the coroner ruled it suicide", "lost my cousin to suicide"): grief or news, not a plan, unless
# the rest of the text holds the writer's own ideation or plan ("after the suicide of my brother I can't go on").
ANOTHERS_DEATH = re.compile(
    r"\b(?:killed (?:himself|herself|themselves|themself)|took (?:his|her|their) own life|died by suicide|"
    r"(?:committed|commited) suicide|hanged (?:himself|herself|themselves)|(?:ruled|confirmed|declared|recorded) "
    r"(?:it |as |his death |her death |a )*suicide|(?:lost|losing) (?:him|her|them|(?:\w+ ){1,2})to suicide|"
    r"(?:suicide|death) of (?:a|an|my|our|his|her|their|the) \w+)\b|"
    r"\b(?:s est|se sont|s etait) (?:suicidee?s?|donne la mort|pendue?s?)\b|\ba mis fin a (?:ses|leurs) jours\b|"
    r"\b(?:le|du) suicide (?:de|d) (?:mon|ma|son|sa|leur|notre|un|une) \w+\b")
# ... nor when the writer means to follow them ("même grange, même poutre, samedi", "I'm going to join him").
FOLLOWING = re.compile(r"\b(?:same (?:way|place|spot|bridge|barn|beam|rope|tree|gun|pills)|like (?:he|she|they) did|"
                       r"(?:join|follow|be with) (?:him|her|them)|meme (?:grange|poutre|pont|endroit|chemin|facon|"
                       r"arbre|corde|fusil|cachets)|comme (?:lui|elle|papa|maman)|"
                       r"(?:le|la|les) (?:rejoindre|suivre))\b")

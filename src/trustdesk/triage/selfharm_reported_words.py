"""Someone else's story, not the writer's plan: a death told in a book, a film, a song, a class, the writer's work,
or a meeting on the subject (the "reported" facet, selfharm_context_words.py)."""

from __future__ import annotations

REPORTED: list[str] = [
    # Round 12: a story about someone else's death ("un livre sur le suicide de sa mère", "a podcast about the
    # suicide of a friend"), not the writer's; not the writer's own bereavement ("after the suicide of my brother
    # I can't go on"), which is a risk, not a story.
    r"\b(?:sur|about) (?:le suicide|the suicide|la tentative) (?:de|d|of) (?:sa|son|ses|leur|his|her|their|a|an|"
    r"un|une)\b",
    r"\b(?:in the (?:film|movie|book|series|show|episode|novel)|the character|dans (?:le film|la serie|le livre|"
    r"l episode|le roman)|le personnage|the article|l article|essay on|dissertation sur|expose sur)\b",
    r"\b(?:novel|roman|book|livre|movie|film|series|serie|episode|character|personnage|documentary|"
    r"documentaire)\b",
    # Stories and titles: a thriller's plot, a film's ending, a track called "Suicide Doors".
    r"\b(?:thriller|polar|the ending where|the scene where|la fin (?:du film|du livre|du roman|de la serie|ou)|"
    r"la scene ou|mixtape|album|new (?:single|track|song|ep)|nouveau (?:single|titre|morceau|clip))\b",
    # Round 10: a song the writer has in their head and a film's scene ("Lyric of the day: 'I hurt myself today'
    # - Cash's version is haunting", "The bridge scene in It's a Wonderful Life gets me every Christmas").
    r"\b(?:lyrics?|song of the day|stuck in my head|earworm|s version (?:is|of)|cover (?:of|by)|"
    r"paroles (?:de la chanson|du jour)|chanson du jour|dans la tete (?:depuis|toute la))\b",
    r"\b(?:scenes? (?:in|from)|scene (?:dans|du film|de la serie|du livre)|scene (?:du|de la|de l|des) \w+ "
    r"(?:dans|de))\b",
    # Suicide as a topic of study or of the writer's work, not the writer's plan: a philosophy class ("Camus says
    # the only serious problem is suicide"), a nurse on the overdoses she treats.
    r"\b(?:philo|philosophy|philosophie|philosophical|philosophique|essay|sujet de|as a (?:nurse|doctor|"
    r"paramedic|pharmacist|medic|gp|carer|care worker|social worker|teacher|firefighter|cop|police officer)|"
    r"en tant qu (?:infirmiere?|medecin|pharmacien\w*|aide soignante?|ambulancier\w*|pompier|prof\w*|"
    r"educat\w*))\b",
    # Round 20: suicide as the topic of a meeting, a course or a talk ("Youth fellowship Friday 6pm. Topic:
    # depression, suicide and faith", "Thème : dépression, suicide et foi", "mental health first aid course").
    r"\b(?:topic|theme|subject|sujet|agenda|ordre du jour)\s?: [^.!?]{0,40}\bsuicide\b",
    r"\b(?:training|course|workshop|webinar|seminar|conference|panel|formation|atelier|webinaire|seminaire|"
    r"table ronde|stage) (?:on|about|sur|de|autour du|autour de la) (?:\w+ ){0,3}?(?:suicide|"
    r"prevention)\b",
    r"\bmental health first aid\b|\bpremiers secours en sante mentale\b",
    # Round 22: a song's bridge and a band's set ("le pont de ce morceau me tue", "setlist ce soir : … Adieu").
    r"\b(?:le pont (?:de|du) (?:ce |cette |la |notre )?(?:morceau|chanson|titre|refrain|track)|the bridge (?:of|in|on) "
    r"(?:this|the|that|our) (?:song|track|tune)|setlist|set list|tracklist|running order)\b",
    # Round 21: others asked to stop saying it ("arrêtez d'écrire « je vais me pendre » à chaque fois que l'ANEF
    # bug", "stop posting 'kms' every time the app crashes").
    r"\b(?:stop|quit) (?:saying|writing|posting|typing|joking)\b|\barrete[zr]? (?:de|d) (?:dire|ecrire|poster|"
    r"taper|plaisanter)\b",
]

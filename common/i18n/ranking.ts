/**
 * Wording for every code the ranking and scoring cores return (moved here from
 * main/core/ranking/messages.ts so the UI and the dispatcher translate them
 * like any other message). Placeholders in {braces}: the UI fills {team},
 * {juror}, {criterion} with NAMES looked up from the ids in the issue, and
 * {methods} with translated method names.
 * French: non-breaking space (U+00A0) before : ; ! ? and inside « ».
 */
export const rankingEn = {
  'ranking.method.weighted_mean.name': 'Weighted mean',
  'ranking.method.weighted_mean.explanation':
    'Each juror’s weighted total is computed, then the team’s score is the average of its jurors’ totals.',
  'ranking.method.weighted_mean.missing':
    'A team is averaged over the sheets it received; recused jurors and missing sheets are simply left out.',
  'ranking.method.trimmed_mean.name': 'Trimmed mean',
  'ranking.method.trimmed_mean.explanation':
    'With at least 5 jurors, each team’s highest and lowest totals are dropped before averaging, as in figure skating.',
  'ranking.method.trimmed_mean.missing':
    'The rule counts the sheets the team actually received: with fewer than 5 (recusal, missing sheet) it is a plain average.',
  'ranking.method.median.name': 'Median',
  'ranking.method.median.explanation':
    'Each team gets the middle value of its jurors’ totals, so one extreme score cannot move it.',
  'ranking.method.median.missing':
    'The median is taken over the sheets the team received; recused jurors and missing sheets are left out.',
  'ranking.method.zscore.name': 'Normalised scores (z-score)',
  'ranking.method.zscore.explanation':
    'Each juror’s scores are compared with that juror’s own average and spread, so strict and generous jurors weigh the same, then brought back to the scale.',
  'ranking.method.zscore.missing':
    'Each juror is normalised over the teams they scored; a team averages only its own jurors; recused jurors are left out.',
  'ranking.method.borda.name': 'Borda count',
  'ranking.method.borda.explanation':
    'Each juror’s totals become a ranking; a team earns a point for every team a juror placed below it, then the shares are averaged.',
  'ranking.method.borda.missing':
    'Each juror ranks only the teams they scored and their points are scaled to that number, so a recusal does not weaken their vote.',

  'ranking.sheetUnknownJuror': 'A sheet comes from a juror who is not on the panel; it was ignored.',
  'ranking.sheetUnknownTeam': 'A sheet from {juror} is for a team that is not in the event; it was ignored.',
  'ranking.sheetRecusedIgnored': '{juror} is recused for {team}: their sheet for it was ignored.',
  'ranking.sheetOutsidePanelIgnored':
    '{juror} is not on the jury of the room of {team}: their sheet for it was ignored.',
  'ranking.sheetDuplicate': '{juror} has two sheets for {team}; only the later one counts.',
  'ranking.sheetIncomplete':
    'The sheet of {juror} for {team} has no score for “{criterion}”; it does not count.',
  'ranking.scoreOutOfRange':
    'The sheet of {juror} for {team} has an out-of-range score for “{criterion}”; it does not count.',
  'ranking.scoreUnknownCriterion':
    'The sheet of {juror} for {team} scores an unknown criterion; that score is ignored.',
  'ranking.tieUnresolved': 'Unresolved tie between {teams}: they share the same rank.',

  'ranking.duplicateId': 'The same {kind} appears twice.',
  'ranking.unknownMethod': 'Unknown aggregation method.',
  'ranking.invalidScale': 'The scale must be a positive number (20 or 100).',
  'ranking.noCriteria': 'Add at least one criterion before computing results.',
  'ranking.invalidCriterion': 'A criterion needs a weight of 0 or more and a minimum below its maximum.',
  'ranking.noWeight': 'The criteria weights add up to 0.',
  'ranking.unknownTieBreakCriterion': 'The tie-break chain uses a criterion that no longer exists.',
  'ranking.invalidPenalty': 'The overtime penalty must be 0 or more points.',
  'ranking.invalidOvertime': 'The overtime recorded for a team is not a number.',

  'ranking.tieBreak.criterion': 'higher score on “{criterion}”',
  'ranking.tieBreak.first_places': 'more first places',
  'ranking.tieBreak.chair_decision': 'decision of the chair',
  'ranking.tieBreak.head_to_head': 'head-to-head (more jurors placed it above the other)',
  'ranking.tieBreak.first_places.detail':
    'More first places: counts the jurors who gave the team their highest total among ALL the teams they scored (not only the tied ones); two tied teams that no juror put first stay tied on this rule.',
  'ranking.tieBreak.head_to_head.detail':
    'Head-to-head: between the tied teams only, a team beats another when more jurors who scored both gave it the higher total; the team that beats more of the other tied teams goes first.',
  'ranking.staleDecision':
    'The chair’s decision recorded for {teams} no longer matches a tied group (a sheet arrived or a score changed since): it is not applied. Record a new decision if a tie remains.',
  'ranking.method.weighted_mean.detail':
    'A juror’s total = scale × Σ weight × (score − minimum) ÷ (maximum − minimum) ÷ Σ weights. A score’s share is measured from the criterion’s minimum: on a 1–5 criterion a 1 counts 0% and a 3 counts 50%, not 60%.',
  'ranking.method.trimmed_mean.detail':
    'The threshold counts the sheets the team RECEIVED, not the jurors on the panel: with 5 or more, exactly one highest and one lowest total are dropped (one each, even when several jurors gave the same extreme total), then the others are averaged.',
  'ranking.method.median.detail':
    'With an even number of sheets, the median is the mean of the two middle totals.',
  'ranking.method.zscore.detail':
    'The value shown is the team’s mean z mapped back with the mean and spread of the teams’ averages, then kept within the scale: it is NOT a mark any juror gave. The ranking sorts on the mean z itself, so mapping back never merges two teams.',
  'ranking.method.borda.detail':
    'For each juror a team earns 1 point per team placed below it and ½ point per team tied with it, divided by the number of teams that juror scored minus 1 (best = 1, worst = 0). The value shown is the team’s average share × the scale: 15 / 20 means its jurors placed it above 75% of the teams they scored. It is not a mark.',
  'ranking.tie.decidedBy': 'Tie with {teams}, decided by {rule}.',
  'ranking.tie.shared': 'Shared rank with {teams}.',
  'ranking.notRanked': 'Not ranked (no submitted sheet)',

  'deliberation.winnerDependsOnMethod': 'The winner changes with another method: {methods}.',
  'deliberation.podiumDependsOnMethod': 'The podium changes with another method: {methods}.',
  'deliberation.winnerDependsOnJuror': 'Without {juror}, the winner would change.',
  'deliberation.podiumDependsOnJuror': 'Without {juror}, the podium would change.',
  'deliberation.winnerTooClose':
    'First place is close (lead: {lead} points): leaving out any one of {jurors} changes the winner. Look at the leading teams rather than at these jurors.',
  'deliberation.podiumTooClose': 'The podium is close: leaving out any one of {jurors} changes it.',
  'deliberation.jurorDissent':
    '{juror}’s ranking runs against the rest of the panel (Spearman {rho}); a juror ranking at random would be this far off {p} of the time.',

  'scoring.resultsLocked': 'The results are locked: scores can no longer change.',
  'scoring.conflict':
    'This sheet was changed meanwhile on your other device: {count} entry kept as it is there. Check it.',
  'scoring.conflictField': 'Changed meanwhile on your other device (now {value}).',
  'scoring.recused': 'This juror is recused for this team.',
  'scoring.invalidEvent': 'Invalid score entry ({field}).',
  'scoring.unknownCriterion': 'This criterion does not exist.',
  'scoring.outOfRange': 'Enter a score between {min} and {max}.',
  'scoring.offStep': 'Scores go in steps of {step}.',
  'eventJson.offGridScore':
    'Score entry {seq} ({value}) is not a mark of its criterion’s scale (steps of {step}): this file cannot be opened as it is.',
  'scoring.sheetSubmitted': 'This sheet is submitted; reopen it (with a reason) to change it.',
  'scoring.alreadySubmitted': 'This sheet is already submitted.',
  'scoring.incomplete': 'Score every criterion before submitting.',
  'scoring.notSubmitted': 'Only a submitted sheet can be reopened.',
  'scoring.reasonRequired': 'Give a reason for reopening this sheet.',
  'chain.seqGap': 'Score log broken at entry {seq}: an entry is missing or was inserted.',
  'chain.prevHashMismatch': 'Score log broken at entry {seq}: it no longer follows the previous entry.',
  'chain.hashMismatch': 'Score log broken at entry {seq}: the entry was modified.',
  'chain.unhashable': 'Score log broken at entry {seq}: the entry is unreadable.',
} as const;

export const rankingFr: Record<keyof typeof rankingEn, string> = {
  'ranking.method.weighted_mean.name': 'Moyenne pondérée',
  'ranking.method.weighted_mean.explanation':
    'On calcule le total pondéré de chaque juré, puis la note de l’équipe est la moyenne des totaux de ses jurés.',
  'ranking.method.weighted_mean.missing':
    'Une équipe est moyennée sur les fiches qu’elle a reçues\u00a0; les jurés récusés et les fiches manquantes sont simplement écartés.',
  'ranking.method.trimmed_mean.name': 'Moyenne tronquée',
  'ranking.method.trimmed_mean.explanation':
    'À partir de 5\u00a0jurés, on retire le total le plus haut et le plus bas de chaque équipe avant de faire la moyenne, comme en patinage artistique.',
  'ranking.method.trimmed_mean.missing':
    'La règle compte les fiches réellement reçues par l’équipe\u00a0: avec moins de 5 (récusation, fiche manquante), c’est une moyenne simple.',
  'ranking.method.median.name': 'Médiane',
  'ranking.method.median.explanation':
    'Chaque équipe reçoit la valeur centrale des totaux de ses jurés\u00a0: une note extrême ne peut pas la déplacer.',
  'ranking.method.median.missing':
    'La médiane porte sur les fiches reçues par l’équipe\u00a0; les jurés récusés et les fiches manquantes sont écartés.',
  'ranking.method.zscore.name': 'Notes normalisées (score z)',
  'ranking.method.zscore.explanation':
    'Les notes de chaque juré sont comparées à sa propre moyenne et à sa dispersion, pour que jurés sévères et généreux pèsent autant, puis ramenées sur le barème.',
  'ranking.method.zscore.missing':
    'Chaque juré est normalisé sur les équipes qu’il a notées\u00a0; une équipe ne moyenne que ses propres jurés\u00a0; les jurés récusés sont écartés.',
  'ranking.method.borda.name': 'Méthode de Borda',
  'ranking.method.borda.explanation':
    'Les totaux de chaque juré deviennent un classement\u00a0; une équipe gagne un point par équipe placée derrière elle, puis les parts sont moyennées.',
  'ranking.method.borda.missing':
    'Chaque juré ne classe que les équipes qu’il a notées et ses points sont ramenés à ce nombre\u00a0: une récusation n’affaiblit pas sa voix.',

  'ranking.sheetUnknownJuror': 'Une fiche provient d’un juré absent du jury\u00a0; elle a été ignorée.',
  'ranking.sheetUnknownTeam':
    'Une fiche de {juror} concerne une équipe absente de l’événement\u00a0; elle a été ignorée.',
  'ranking.sheetRecusedIgnored': 'Récusation de {juror} pour {team}\u00a0: sa fiche a été ignorée.',
  'ranking.sheetOutsidePanelIgnored':
    '{juror} ne fait pas partie du jury de la salle de {team}\u00a0: sa fiche a été ignorée.',
  'ranking.sheetDuplicate': '{juror} a deux fiches pour {team}\u00a0; seule la plus récente compte.',
  'ranking.sheetIncomplete':
    'La fiche de {juror} pour {team} n’a pas de note pour «\u00a0{criterion}\u00a0»\u00a0; elle ne compte pas.',
  'ranking.scoreOutOfRange':
    'La fiche de {juror} pour {team} a une note hors barème pour «\u00a0{criterion}\u00a0»\u00a0; elle ne compte pas.',
  'ranking.scoreUnknownCriterion':
    'La fiche de {juror} pour {team} note un critère inconnu\u00a0; cette note est ignorée.',
  'ranking.tieUnresolved': 'Égalité non départagée entre {teams}\u00a0: elles partagent le même rang.',

  'ranking.duplicateId': 'Le même élément ({kind}) apparaît deux fois.',
  'ranking.unknownMethod': 'Méthode d’agrégation inconnue.',
  'ranking.invalidScale': 'Le barème doit être un nombre positif (20 ou 100).',
  'ranking.noCriteria': 'Ajoutez au moins un critère avant de calculer les résultats.',
  'ranking.invalidCriterion':
    'Un critère doit avoir un poids positif ou nul et un minimum inférieur à son maximum.',
  'ranking.noWeight': 'La somme des poids des critères est nulle.',
  'ranking.unknownTieBreakCriterion': 'Le départage utilise un critère qui n’existe plus.',
  'ranking.invalidPenalty': 'La pénalité de dépassement doit être de 0 point ou plus.',
  'ranking.invalidOvertime': 'Le dépassement enregistré pour une équipe n’est pas un nombre.',

  'ranking.tieBreak.criterion': 'meilleure note en «\u00a0{criterion}\u00a0»',
  'ranking.tieBreak.first_places': 'plus de premières places',
  'ranking.tieBreak.chair_decision': 'décision du président du jury',
  'ranking.tieBreak.head_to_head': 'confrontation directe (plus de jurés l’ont placée devant l’autre)',
  'ranking.tieBreak.first_places.detail':
    'Plus de premières places\u00a0: compte les jurés qui ont donné à l’équipe leur meilleur total parmi TOUTES les équipes qu’ils ont notées (pas seulement les ex æquo)\u00a0; deux équipes ex æquo qu’aucun juré n’a mises en tête restent à égalité sur cette règle.',
  'ranking.tieBreak.head_to_head.detail':
    'Confrontation directe\u00a0: entre les seules équipes ex æquo, une équipe l’emporte sur une autre quand plus de jurés ayant noté les deux lui ont donné le meilleur total\u00a0; l’équipe qui l’emporte sur le plus d’autres équipes ex æquo passe devant.',
  'ranking.staleDecision':
    'La décision du président enregistrée pour {teams} ne correspond plus à un groupe d’ex æquo (une fiche est arrivée ou une note a changé depuis)\u00a0: elle n’est pas appliquée. Enregistrez une nouvelle décision s’il reste une égalité.',
  'ranking.method.weighted_mean.detail':
    'Total d’un juré = barème × Σ poids × (note − minimum) ÷ (maximum − minimum) ÷ Σ poids. La part d’une note se mesure depuis le minimum du critère\u00a0: sur un critère de 1 à 5, un 1 compte pour 0\u00a0% et un 3 pour 50\u00a0%, pas 60\u00a0%.',
  'ranking.method.trimmed_mean.detail':
    'Le seuil compte les fiches REÇUES par l’équipe, pas les jurés du jury\u00a0: à partir de 5, on retire exactement un total le plus haut et un le plus bas (un seul de chaque, même si plusieurs jurés ont donné le même total extrême), puis on fait la moyenne des autres.',
  'ranking.method.median.detail':
    'Avec un nombre pair de fiches, la médiane est la moyenne des deux totaux du milieu.',
  'ranking.method.zscore.detail':
    'La valeur affichée est le z moyen de l’équipe ramené sur le barème avec la moyenne et l’écart des moyennes des équipes, puis borné au barème\u00a0: ce n’est PAS une note donnée par un juré. Le classement trie sur le z moyen lui-même, donc ce retour au barème ne confond jamais deux équipes.',
  'ranking.method.borda.detail':
    'Pour chaque juré, une équipe gagne 1 point par équipe classée derrière elle et ½ point par équipe à égalité, divisés par le nombre d’équipes notées par ce juré moins 1 (la meilleure = 1, la dernière = 0). La valeur affichée est la part moyenne de l’équipe × le barème\u00a0: 15 / 20 signifie que ses jurés l’ont placée devant 75\u00a0% des équipes qu’ils ont notées. Ce n’est pas une note.',
  'ranking.tie.decidedBy': 'Ex æquo avec {teams}, départagé par {rule}.',
  'ranking.tie.shared': 'Rang partagé avec {teams}.',
  'ranking.notRanked': 'Non classée (aucune fiche validée)',

  'deliberation.winnerDependsOnMethod': 'Le lauréat change avec une autre méthode\u00a0: {methods}.',
  'deliberation.podiumDependsOnMethod': 'Le podium change avec une autre méthode\u00a0: {methods}.',
  'deliberation.winnerDependsOnJuror': 'Sans {juror}, le lauréat changerait.',
  'deliberation.podiumDependsOnJuror': 'Sans {juror}, le podium changerait.',
  'deliberation.winnerTooClose':
    'La première place est serrée (avance\u00a0: {lead} points)\u00a0: sans l’un quelconque de {jurors}, le lauréat changerait. Examinez les équipes de tête plutôt que ces jurés.',
  'deliberation.podiumTooClose':
    'Le podium est serré\u00a0: sans l’un quelconque de {jurors}, il changerait.',
  'deliberation.jurorDissent':
    'Le classement de {juror} va à l’encontre du reste du jury (Spearman {rho})\u00a0; un juré qui classerait au hasard s’en écarterait autant {p} du temps.',
  'scoring.resultsLocked': 'Les résultats sont verrouillés\u00a0: les notes ne peuvent plus changer.',
  'scoring.conflict':
    'Cette fiche a été modifiée entre-temps sur votre autre appareil\u00a0: {count}\u00a0saisie gardée telle qu’elle y est. Vérifiez-la.',
  'scoring.conflictField': 'Modifié entre-temps sur votre autre appareil (maintenant {value}).',
  'scoring.recused': 'Ce juré est récusé pour cette équipe.',
  'scoring.invalidEvent': 'Saisie de note invalide ({field}).',
  'scoring.unknownCriterion': 'Ce critère n’existe pas.',
  'scoring.outOfRange': 'Saisissez une note entre {min} et {max}.',
  'scoring.offStep': 'Les notes vont par pas de {step}.',
  'eventJson.offGridScore':
    'L’entrée de note {seq} ({value}) n’est pas une note de l’échelle de son critère (pas de {step})\u00a0: ce fichier ne peut pas être ouvert tel quel.',
  'scoring.sheetSubmitted': 'Cette fiche est validée\u00a0; rouvrez-la (avec un motif) pour la modifier.',
  'scoring.alreadySubmitted': 'Cette fiche est déjà validée.',
  'scoring.incomplete': 'Notez chaque critère avant de valider.',
  'scoring.notSubmitted': 'Seule une fiche validée peut être rouverte.',
  'scoring.reasonRequired': 'Indiquez le motif de réouverture de cette fiche.',
  'chain.seqGap': 'Journal des notes rompu à l’entrée {seq}\u00a0: une entrée manque ou a été insérée.',
  'chain.prevHashMismatch':
    'Journal des notes rompu à l’entrée {seq}\u00a0: elle ne suit plus l’entrée précédente.',
  'chain.hashMismatch': 'Journal des notes rompu à l’entrée {seq}\u00a0: l’entrée a été modifiée.',
  'chain.unhashable': 'Journal des notes rompu à l’entrée {seq}\u00a0: l’entrée est illisible.',
};

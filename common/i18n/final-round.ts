/**
 * Scoring the final round (issue 15): the final's section of the Rooms page,
 * its refusals. French: no-break space (U+00A0) before « : » and inside « ».
 */
export const finalRoundEn = {
  'final.name': 'Final',
  'final.title': 'Final round',
  'final.intro':
    'State how finalists are chosen before the final: the rule is recorded once, with the finalists it gives and the final’s running order, and printed on the results sheet. The final is then run like a room, on any laptop (this one too), from its room file, with its own jury; its sheets are kept apart from the preliminary ones.',
  'final.rule': 'Finalist rule',
  'final.rule.topPerPool': 'Top N of each room',
  'final.rule.topOverall': 'Top N overall',
  'final.rule.chairSelection': 'Chair’s selection (with a reason)',
  'final.n': 'N (finalists per room, or overall)',
  'final.pick': 'Finalists chosen by the chair',
  'final.reason': 'Reason for the selection',
  'final.seed': 'Draw the final’s order with this seed (leave empty to keep the selection order)',
  'final.decide': 'Decide the finalists',
  'final.confirm':
    'The finalist rule is recorded once and cannot be changed afterwards. Decide the finalists now?',
  'final.decided': 'Finalists decided: {count, plural, one {# team} other {# teams}}.',
  'final.decidedAt': 'Decided on {at}.',
  'final.order': 'Final running order',
  'final.jury': 'Final jury',
  'final.juryHint':
    'A juror who sat in a preliminary room may sit in the final: the final’s sheets are its own.',
  'final.saveJury': 'Save the final jury',
  'final.jurySaved': 'Final jury saved.',
  'final.noJuryYet': 'Choose the final’s jury, then write its room file.',
  'final.track':
    'The final’s results are the prize track “{track}” (Results page): put the grand prize there.',
  'final.writeFile': 'Write the final’s room file…',
  'rooms.finalMissing': 'The final round has not been decided yet: state the finalist rule first.',
  'rooms.finalNoJury': 'The final needs at least one juror.',
  'rooms.unknownRound': 'This round does not exist (#{id}).',
  'tracks.ranksFinal': 'final round',
  'tracks.ranksFinalHint': 'ranks the final round’s sheets only',
} as const;

export const finalRoundFr: Record<keyof typeof finalRoundEn, string> = {
  'final.name': 'Finale',
  'final.title': 'Finale',
  'final.intro':
    'Indiquez avant la finale comment les finalistes sont choisis\u00a0: la règle est enregistrée une seule fois, avec les finalistes qu’elle donne et l’ordre de passage de la finale, puis imprimée sur la feuille de résultats. La finale se déroule ensuite comme une salle, sur n’importe quel ordinateur (celui-ci aussi), à partir de son fichier de salle, avec son propre jury\u00a0; ses fiches restent séparées de celles des préliminaires.',
  'final.rule': 'Règle de sélection des finalistes',
  'final.rule.topPerPool': 'Les N premiers de chaque salle',
  'final.rule.topOverall': 'Les N premiers au classement général',
  'final.rule.chairSelection': 'Sélection de la présidence (motivée)',
  'final.n': 'N (finalistes par salle, ou au total)',
  'final.pick': 'Finalistes choisis par la présidence',
  'final.reason': 'Motif de la sélection',
  'final.seed': 'Tirer au sort l’ordre de la finale avec cette graine (vide\u00a0: ordre de la sélection)',
  'final.decide': 'Désigner les finalistes',
  'final.confirm':
    'La règle de sélection est enregistrée une seule fois et ne pourra plus être modifiée. Désigner les finalistes maintenant\u00a0?',
  'final.decided': 'Finalistes désignés\u00a0: {count, plural, one {# équipe} other {# équipes}}.',
  'final.decidedAt': 'Décidé le {at}.',
  'final.order': 'Ordre de passage de la finale',
  'final.jury': 'Jury de la finale',
  'final.juryHint':
    'Un juré d’une salle des préliminaires peut siéger en finale\u00a0: les fiches de la finale sont les siennes propres.',
  'final.saveJury': 'Enregistrer le jury de la finale',
  'final.jurySaved': 'Jury de la finale enregistré.',
  'final.noJuryYet': 'Choisissez le jury de la finale, puis écrivez son fichier de salle.',
  'final.track':
    'Les résultats de la finale forment le prix «\u00a0{track}\u00a0» (page Résultats)\u00a0: placez-y le grand prix.',
  'final.writeFile': 'Écrire le fichier de salle de la finale…',
  'rooms.finalMissing': 'La finale n’a pas encore été décidée\u00a0: indiquez d’abord la règle de sélection.',
  'rooms.finalNoJury': 'La finale doit avoir au moins un juré.',
  'rooms.unknownRound': 'Ce tour n’existe pas (n°\u00a0{id}).',
  'tracks.ranksFinal': 'tour final',
  'tracks.ranksFinalHint': 'classe uniquement les fiches du tour final',
};

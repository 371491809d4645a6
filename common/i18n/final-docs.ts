/**
 * The final round in the documents and the CLI (issue 15): the results
 * sheet's final room (its jury, its running order) and the heading of the
 * final's prize track; `results` naming the round each track ranks.
 * French: no-break space (U+00A0) before « : » and inside « ».
 */
export const finalDocsEn = {
  'finalDocs.title': 'Final: {room}',
  'finalDocs.jury': 'Final jury: {jurors}',
  'finalDocs.noJury': 'Final jury: not chosen yet',
  'finalDocs.order': 'Final running order{seed}:',
  'finalDocs.seed': ' (drawn with the seed “{seed}”)',
  'finalDocs.merged': 'Final result merged on {at} (laptop {laptop}).',
  'finalDocs.notReceived': 'Final result: not received.',
  'finalDocs.trackSection': 'Prize track: {track} — ranks the final round',
  'finalDocs.round.preliminaries': 'ranks the preliminaries (round 1)',
  'finalDocs.round.final': 'ranks the final round (round {round})',
  'finalDocs.cli.jurySet': 'Final jury: {jurors}',
  'finalDocs.cli.track': '== {track} — {round} ==',
  'finalDocs.cli.unknownJuror': '--jury: “{id}” is not a juror id of this event. Jurors: {list}.',
} as const;

export const finalDocsFr: Record<keyof typeof finalDocsEn, string> = {
  'finalDocs.title': 'Finale\u00a0: {room}',
  'finalDocs.jury': 'Jury de la finale\u00a0: {jurors}',
  'finalDocs.noJury': 'Jury de la finale\u00a0: pas encore choisi',
  'finalDocs.order': 'Ordre de passage de la finale{seed}\u00a0:',
  'finalDocs.seed': ' (tiré avec la graine «\u00a0{seed}\u00a0»)',
  'finalDocs.merged': 'Résultat de la finale fusionné le {at} (ordinateur {laptop}).',
  'finalDocs.notReceived': 'Résultat de la finale\u00a0: non reçu.',
  'finalDocs.trackSection': 'Prix\u00a0: {track} — classement du tour final',
  'finalDocs.round.preliminaries': 'classe les préliminaires (tour 1)',
  'finalDocs.round.final': 'classe la finale (tour {round})',
  'finalDocs.cli.jurySet': 'Jury de la finale\u00a0: {jurors}',
  'finalDocs.cli.track': '== {track} — {round} ==',
  'finalDocs.cli.unknownJuror':
    '--jury\u00a0: «\u00a0{id}\u00a0» n’est pas un numéro de juré de cet événement. Jurés\u00a0: {list}.',
};

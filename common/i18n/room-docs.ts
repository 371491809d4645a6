/**
 * Rooms in the printed documents (issue 15): the running order per room and
 * the "Rooms" section of the head laptop's results sheet.
 * French: no-break space (U+00A0) before « : ».
 */
export const roomDocsEn = {
  'roomDocs.order.jury': 'Jury: {jurors}',
  'roomDocs.order.unassigned': 'Teams not in a room',
  'roomDocs.results.title': 'Rooms',
  'roomDocs.results.room': 'Room',
  'roomDocs.results.jury': 'Jury',
  'roomDocs.results.merged': 'Result merged',
  'roomDocs.results.mergedAt': '{at} (laptop {laptop})',
  'roomDocs.results.notReceived': 'not received',
  'roomDocs.results.rule': 'Finalist rule',
  'roomDocs.rule.topPerPool':
    'The top {n} of each room, by that room’s own ranking (ties at rank {n} all go through).',
  'roomDocs.rule.topOverall': 'The top {n} of the whole event’s ranking (ties at rank {n} all go through).',
  'roomDocs.rule.chairSelection': 'Chosen by the chair of the jury. Reason: {reason}',
  'roomDocs.rule.recorded': 'Recorded on {at}. Finalists: {finalists}.',
} as const;

export const roomDocsFr: Record<keyof typeof roomDocsEn, string> = {
  'roomDocs.order.jury': 'Jury\u00a0: {jurors}',
  'roomDocs.order.unassigned': 'Équipes sans salle',
  'roomDocs.results.title': 'Salles',
  'roomDocs.results.room': 'Salle',
  'roomDocs.results.jury': 'Jury',
  'roomDocs.results.merged': 'Résultat fusionné',
  'roomDocs.results.mergedAt': '{at} (ordinateur {laptop})',
  'roomDocs.results.notReceived': 'non reçu',
  'roomDocs.results.rule': 'Règle de sélection des finalistes',
  'roomDocs.rule.topPerPool':
    'Les {n} premières équipes de chaque salle, selon le classement propre à la salle (toutes les ex æquo au rang {n} sont retenues).',
  'roomDocs.rule.topOverall':
    'Les {n} premières équipes du classement général (toutes les ex æquo au rang {n} sont retenues).',
  'roomDocs.rule.chairSelection': 'Choix du président du jury. Motif\u00a0: {reason}',
  'roomDocs.rule.recorded': 'Enregistrée le {at}. Finalistes\u00a0: {finalists}.',
};

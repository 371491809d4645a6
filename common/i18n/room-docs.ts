/**
 * Rooms in the printed documents (issue 15): the running order per room and
 * the "Rooms" section of the head laptop's results sheet; and verify-event's
 * finding on a merged room's own chain (main/core/verify/merged-rooms.ts).
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
    '{n, plural, one {The top team} other {The top # teams}} of each room, by that room’s own ranking (ties at rank {n} all go through).',
  'roomDocs.rule.topOverall':
    '{n, plural, one {The top team} other {The top # teams}} of the whole event’s ranking (ties at rank {n} all go through).',
  'roomDocs.rule.chairSelection': 'Chosen by the chair of the jury. Reason: {reason}',
  'roomDocs.rule.recorded': 'Recorded on {at}. Finalists: {finalists}.',
  'verify.roomChain.seqGap':
    'The score log of room “{room}”, as merged into this file, is broken at the room’s entry {seq}: an entry is missing or was inserted.',
  'verify.roomChain.prevHashMismatch':
    'The score log of room “{room}”, as merged into this file, is broken at the room’s entry {seq}: it no longer follows the previous entry.',
  'verify.roomChain.hashMismatch':
    'The score log of room “{room}”, as merged into this file, is broken at the room’s entry {seq}: the entry or its origin record was modified.',
  'verify.roomChain.unhashable':
    'The score log of room “{room}”, as merged into this file, is broken at the room’s entry {seq}: the entry is unreadable.',
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
    '{n, plural, one {La première équipe} other {Les # premières équipes}} de chaque salle, selon le classement propre à la salle (toutes les ex æquo au rang {n} sont retenues).',
  'roomDocs.rule.topOverall':
    '{n, plural, one {La première équipe} other {Les # premières équipes}} du classement général (toutes les ex æquo au rang {n} sont retenues).',
  'roomDocs.rule.chairSelection': 'Choix du président du jury. Motif\u00a0: {reason}',
  'roomDocs.rule.recorded': 'Enregistrée le {at}. Finalistes\u00a0: {finalists}.',
  'verify.roomChain.seqGap':
    'Le journal des notes de la salle «\u00a0{room}\u00a0», tel que fusionné dans ce fichier, est rompu à l’entrée {seq} de la salle\u00a0: une entrée manque ou a été insérée.',
  'verify.roomChain.prevHashMismatch':
    'Le journal des notes de la salle «\u00a0{room}\u00a0», tel que fusionné dans ce fichier, est rompu à l’entrée {seq} de la salle\u00a0: elle ne suit plus l’entrée précédente.',
  'verify.roomChain.hashMismatch':
    'Le journal des notes de la salle «\u00a0{room}\u00a0», tel que fusionné dans ce fichier, est rompu à l’entrée {seq} de la salle\u00a0: l’entrée ou sa trace d’origine a été modifiée.',
  'verify.roomChain.unhashable':
    'Le journal des notes de la salle «\u00a0{room}\u00a0», tel que fusionné dans ce fichier, est rompu à l’entrée {seq} de la salle\u00a0: l’entrée est illisible.',
};

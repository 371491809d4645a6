/**
 * Messages of the event verifier (main/core/verify, `npm run cli -- verify-event`).
 * The score chain's own codes ('chain.*') are in ranking.ts.
 * French: no-break space (U+00A0) before « : » and inside « ».
 */
export const verifyEn = {
  'verify.integrity': 'The file is damaged: SQLite’s integrity check reports “{details}”.',
  'verify.unreadable': 'The file cannot be read: it is damaged or is not an event file ({details}).',
  'verify.exportInvalid': 'This export is not a complete Pitch Jury event document ({details}).',
  'verify.scoreRowInvalid': 'Score log entry {index} is malformed (field {field}).',
  'verify.lockSequence':
    'The lock history was altered at record {id}: records were removed, added or reordered.',
  'verify.lockRecordInvalid': 'Lock record {id} is incomplete or malformed.',
  'verify.lockHashMismatch':
    'The results locked by record {id} were modified: they no longer match their fingerprint.',
  'verify.lockNotCanonical':
    'The results locked by record {id} were rewritten: the stored text is not in its canonical form.',
  'verify.lockMetaMismatch': 'Lock record {id} gives another time or author than the locked results.',
  'verify.lockChainMismatch':
    'The results locked by record {id} were computed from {count} score entries that are no longer in the log.',
  'verify.scoresAfterLock':
    'The results are locked on {count} score entries but the log holds {stored}: entries were added after the lock.',
  'verify.lockRankingMismatch':
    'The ranking locked by record {id} is not the one its own scores and settings give.',
  'verify.lockRecordHashMismatch':
    'Lock record {id} (who, when, why) was altered: it no longer matches its record hash and the records before it.',
  'verify.lockMissingMismatch':
    'Lock record {id} lists other missing sheets than the ones its locked results lack.',
  'verify.namesChangedSinceLock':
    'The {kind} #{id} is named “{live}” in the file but “{locked}” in the locked results: it was changed after the lock.',
  'verify.kind.team': 'team',
  'verify.kind.juror': 'juror',
  'verify.kind.criterion': 'criterion',
  'verify.ok': 'Verified: {count} score entries, chain intact (last hash {lastHash}).',
  'verify.okLock': 'Results locked on {at} by {by}: fingerprint {hash} ({count} score entries).',
  'verify.lockedNow': 'The results are locked.',
  'verify.notLocked': 'The results are not locked.',
  'verify.failed': 'Verification failed: {message}',
  'results.cli.locked': 'Locked results, fingerprint (SHA-256) {hash}',
  'results.cli.notLocked': 'Results not locked: computed now from the file.',
  'results.cli.sheets': '{received} of {expected} sheets received.',
  'results.cli.weights': 'The weights do not add up to 100 and are used in proportion: {list}.',
} as const;

export const verifyFr: Record<keyof typeof verifyEn, string> = {
  'verify.integrity':
    'Le fichier est endommagé\u00a0: le contrôle d’intégrité de SQLite signale «\u00a0{details}\u00a0».',
  'verify.unreadable':
    'Le fichier est illisible\u00a0: il est endommagé ou n’est pas un fichier d’événement ({details}).',
  'verify.exportInvalid': 'Cet export n’est pas un document d’événement Pitch Jury complet ({details}).',
  'verify.scoreRowInvalid': 'L’entrée {index} du journal des notes est mal formée (champ {field}).',
  'verify.lockSequence':
    'L’historique des verrouillages a été modifié à l’enregistrement {id}\u00a0: des enregistrements ont été supprimés, ajoutés ou déplacés.',
  'verify.lockRecordInvalid': 'L’enregistrement de verrouillage {id} est incomplet ou mal formé.',
  'verify.lockHashMismatch':
    'Les résultats verrouillés par l’enregistrement {id} ont été modifiés\u00a0: ils ne correspondent plus à leur empreinte.',
  'verify.lockNotCanonical':
    'Les résultats verrouillés par l’enregistrement {id} ont été réécrits\u00a0: le texte enregistré n’est pas sous sa forme canonique.',
  'verify.lockMetaMismatch':
    'L’enregistrement de verrouillage {id} indique une autre heure ou un autre auteur que les résultats verrouillés.',
  'verify.lockChainMismatch':
    'Les résultats verrouillés par l’enregistrement {id} ont été calculés sur {count} entrées du journal des notes qui n’y sont plus.',
  'verify.scoresAfterLock':
    'Les résultats sont verrouillés sur {count} entrées du journal des notes, mais il en contient {stored}\u00a0: des entrées ont été ajoutées après le verrouillage.',
  'verify.lockRankingMismatch':
    'Le classement verrouillé par l’enregistrement {id} n’est pas celui que donnent ses propres notes et réglages.',
  'verify.lockRecordHashMismatch':
    'L’enregistrement de verrouillage {id} (qui, quand, pourquoi) a été modifié\u00a0: il ne correspond plus à son empreinte ni aux enregistrements précédents.',
  'verify.lockMissingMismatch':
    'L’enregistrement de verrouillage {id} indique d’autres fiches manquantes que celles qui manquent à ses résultats.',
  'verify.namesChangedSinceLock':
    '{kind} n°\u00a0{id} s’appelle «\u00a0{live}\u00a0» dans le fichier mais «\u00a0{locked}\u00a0» dans les résultats verrouillés\u00a0: modifié après le verrouillage.',
  'verify.kind.team': 'L’équipe',
  'verify.kind.juror': 'Le juré',
  'verify.kind.criterion': 'Le critère',
  'verify.ok': 'Vérifié\u00a0: {count} entrées de notes, chaîne intacte (dernière empreinte {lastHash}).',
  'verify.okLock':
    'Résultats verrouillés le {at} par {by}\u00a0: empreinte {hash} ({count} entrées de notes).',
  'verify.lockedNow': 'Les résultats sont verrouillés.',
  'verify.notLocked': 'Les résultats ne sont pas verrouillés.',
  'verify.failed': 'Échec de la vérification\u00a0: {message}',
  'results.cli.locked': 'Résultats verrouillés, empreinte (SHA-256) {hash}',
  'results.cli.notLocked': 'Résultats non verrouillés\u00a0: calculés maintenant à partir du fichier.',
  'results.cli.sheets': '{received} fiches reçues sur {expected}.',
  'results.cli.weights':
    'La somme des poids ne fait pas 100\u00a0; ils sont appliqués en proportion\u00a0: {list}.',
};

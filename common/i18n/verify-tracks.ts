/**
 * Messages of the event verifier about prize tracks other than the main one
 * (their lock records, table track_lock). French: no-break space (U+00A0)
 * before « : » and inside « ».
 */
export const verifyTracksEn = {
  'verify.trackSheetsAfterLock':
    'The track is locked on {count} score entries but a sheet it holds changed in the {stored} entries of the log: its results moved after the lock.',
  'verify.trackUnknown': 'Track lock record {id} belongs to no prize track of this file (track {trackId}).',
  'verify.inTrack': 'Prize track “{track}”: {message}',
  'verify.okTrack': 'Prize track “{track}”:',
  'verify.trackLockedNow': 'The prize track “{track}” is locked.',
  'verify.trackNotLocked': 'The prize track “{track}” is not locked.',
} as const;

export const verifyTracksFr: Record<keyof typeof verifyTracksEn, string> = {
  'verify.trackSheetsAfterLock':
    'Le prix est verrouillé sur {count}\u00a0entrées de notes mais une fiche qu’il contient a changé dans les {stored}\u00a0entrées du journal\u00a0: ses résultats ont bougé après le verrouillage.',
  'verify.trackUnknown':
    'L’enregistrement de verrouillage {id} n’appartient à aucun prix de ce fichier (prix {trackId}).',
  'verify.inTrack': 'Prix «\u00a0{track}\u00a0»\u00a0: {message}',
  'verify.okTrack': 'Prix «\u00a0{track}\u00a0»\u00a0:',
  'verify.trackLockedNow': 'Le prix «\u00a0{track}\u00a0» est verrouillé.',
  'verify.trackNotLocked': 'Le prix «\u00a0{track}\u00a0» n’est pas verrouillé.',
};

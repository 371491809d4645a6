const NB = '\u00a0';

/** The import screen while a file is read, checked and saved (renderer/src/data/ImportProgress.tsx). */
export const importProgressEn = {
  'data.import.progress.label': 'Import progress',
  'data.import.progress.reading': 'Reading the file: {done} rows so far…',
  'data.import.progress.read': 'File read: {total} rows.',
  'data.import.progress.checking': 'Checking every row against the event: {done} of {total}…',
  'data.import.progress.writing': 'Saving: {done} of {total}…',
  'data.import.progress.stop': 'Stop reading',
} as const;

export const importProgressFr: Record<keyof typeof importProgressEn, string> = {
  'data.import.progress.label': 'Avancement de l’import',
  'data.import.progress.reading': `Lecture du fichier${NB}: {done}${NB}lignes pour l’instant…`,
  'data.import.progress.read': `Fichier lu${NB}: {total}${NB}lignes.`,
  'data.import.progress.checking': `Vérification de chaque ligne avec l’événement${NB}: {done} sur {total}…`,
  'data.import.progress.writing': `Enregistrement${NB}: {done} sur {total}…`,
  'data.import.progress.stop': 'Arrêter la lecture',
};

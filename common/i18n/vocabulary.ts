/**
 * Messages of the database's vocabulary guards (main/core/db/vocabulary-guards.ts):
 * a value outside one of the shared lists reached the event file.
 * French: no-break space (U+00A0) before « : » and inside « ».
 */
export const vocabularyEn = {
  'db.unknownValue':
    'This value is not one Pitch Jury knows (a ranking method, projector mode or tie-break that this version does not offer). Nothing was saved; choose one from the list.',
} as const;

export const vocabularyFr: Record<keyof typeof vocabularyEn, string> = {
  'db.unknownValue':
    'Cette valeur n’est pas connue de Pitch Jury (une méthode de classement, un mode du projecteur ou un départage que cette version ne propose pas). Rien n’a été enregistré\u00a0: choisissez-en une dans la liste.',
};

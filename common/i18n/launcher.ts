/**
 * Messages of the `npm start` launcher (scripts/start.ts): Electron's first download and the
 * Linux sandbox. Printed in the terminal, one message per line.
 * French: no-break space (U+00A0) before « : » and « ; » and inside « ».
 */
export const launcherEn = {
  'launcher.download.missing':
    'Pitch Jury runs inside Electron {version}, which is not on this computer yet.',
  'launcher.download.now':
    'Downloading it now (about 100 MB, once): this first launch needs the internet; later ones do not.',
  'launcher.failed.why':
    'Electron {version} could not be downloaded (the reason is above): this computer is probably offline, or GitHub, where Electron is downloaded from, is blocked on this network.',
  'launcher.failed.fine': 'Your installation is fine: do not delete node_modules. To go on, one of:',
  'launcher.failed.retry': 'connect to the internet once and run `npm start` again;',
  'launcher.failed.mirror': 'download through a mirror you can reach, for example:',
  'launcher.failed.override':
    'use an Electron {version} already unpacked on this computer (the folder that holds {executable}):',
  'launcher.override.missing': 'ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at {path}.',
  'launcher.override.fix':
    'Point it at the folder of an unpacked Electron {version}, or unset it to download Electron (once, about 100 MB).',
  'launcher.sandbox.stopped':
    'Electron stopped. On Ubuntu 24.04 and later, AppArmor forbids the user namespaces that Chromium’s sandbox needs unless the program has an AppArmor profile that allows them (“The SUID sandbox helper binary was found, but is not configured correctly”).',
  'launcher.sandbox.fix':
    'Do not turn the sandbox off: give the development Electron a profile, once, as README.md explains (section “Linux notes”).',
} as const;

export const launcherFr: Record<keyof typeof launcherEn, string> = {
  'launcher.download.missing':
    'Pitch Jury fonctionne dans Electron {version}, qui n’est pas encore sur cet ordinateur.',
  'launcher.download.now':
    'Téléchargement en cours (environ 100 Mo, une seule fois)\u00a0: ce premier lancement a besoin d’internet, les suivants non.',
  'launcher.failed.why':
    'Electron {version} n’a pas pu être téléchargé (la raison est ci-dessus)\u00a0: cet ordinateur est sans doute hors ligne, ou GitHub, d’où vient Electron, est bloqué sur ce réseau.',
  'launcher.failed.fine':
    'Votre installation est correcte\u00a0: ne supprimez pas node_modules. Pour continuer, au choix\u00a0:',
  'launcher.failed.retry': 'connectez-vous à internet une fois et relancez `npm start`\u00a0;',
  'launcher.failed.mirror': 'téléchargez par un miroir accessible, par exemple\u00a0:',
  'launcher.failed.override':
    'utilisez un Electron {version} déjà décompressé sur cet ordinateur (le dossier qui contient {executable})\u00a0:',
  'launcher.override.missing':
    'ELECTRON_OVERRIDE_DIST_PATH est défini, mais il n’y a pas d’Electron à l’emplacement {path}.',
  'launcher.override.fix':
    'Indiquez le dossier d’un Electron {version} décompressé, ou retirez cette variable pour télécharger Electron (une fois, environ 100 Mo).',
  'launcher.sandbox.stopped':
    'Electron s’est arrêté. Depuis Ubuntu 24.04, AppArmor interdit les espaces de noms utilisateur dont le bac à sable de Chromium a besoin, sauf au programme qu’un profil AppArmor autorise («\u00a0The SUID sandbox helper binary was found, but is not configured correctly\u00a0»).',
  'launcher.sandbox.fix':
    'Ne désactivez pas le bac à sable\u00a0: donnez une fois un profil à l’Electron de développement, comme l’explique README.md (section «\u00a0Linux notes\u00a0»).',
};

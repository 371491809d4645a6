/**
 * Declarations of interest (issue 16): the juror's form (window and phone),
 * the chair's panel, refusals, the checklist step and the verifier's codes.
 * French: no-break space (U+00A0) before « : » and inside « ».
 */
export const declarationsEn = {
  'declarations.requiredForJuror':
    'Before scoring, declare your links with the teams (“Declaration of interest” at the top of your form; “No link with any team” is a declaration too). The jury chair requires it.',
  'declarations.requiredForChair':
    '{juror} has not declared their links with the teams, and this event requires a declaration before scoring. Record their declaration first (Scoring › Paper sheets (chair) › Declarations of interest), from their paper form if need be.',
  'declarations.jurorHasDeclaration':
    'This juror has made a declaration of interest, which is kept in the log: the juror cannot be deleted.',
  'declarations.teamHasDeclaration':
    'A juror declared a link with this team, which is kept in the log: the team cannot be deleted.',
  'declarations.duplicateTeam': 'This team is listed twice: keep one line per team.',
  'declarations.detailRequired': 'Say in a few words what links you to this team (e.g. “former colleague”).',
  'declarations.detailInvisible':
    'This text holds an invisible formatting character ({codePoint}): delete it and type the text again.',
  'declaration.seqGap':
    'The declarations of interest were altered at entry {seq}: entries were removed, added or renumbered.',
  'declaration.prevHashMismatch':
    'Declaration of interest {seq} no longer follows the one before it: the log was altered.',
  'declaration.hashMismatch': 'Declaration of interest {seq} was modified: it no longer matches its hash.',
  'declaration.rowInvalid': 'Declaration of interest {seq} is malformed.',
  'declaration.recusalUnbacked':
    'The recusal of juror #{jurorId} for team #{teamId} cites declaration of interest {seq}, which is not in the log or does not name that team.',
  'checklist.step.declarations': 'Declarations of interest (required before scoring)',
  'checklist.missingDeclarations': 'Not declared yet: {names}',

  'declarations.title': 'Declaration of interest',
  'declarations.intro':
    'Before scoring, say whether you have a link with any team (family, work, a shared project, a financial interest…). You will not score a team you declare a link with.',
  'declarations.requiredNote': 'The jury chair requires this declaration before you can score.',
  'declarations.none': 'No link with any team',
  'declarations.someLinks': 'I have a link with these teams:',
  'declarations.detail': 'What links you to {team}',
  'declarations.submit': 'Record my declaration',
  'declarations.declaredAt': 'Declared on {at}',
  'declarations.declaredNone': 'Declared on {at}: no link with any team.',
  'declarations.declaredLinks': 'Declared on {at}: a link with {teams}.',
  'declarations.byChair': '(recorded by the chair from a paper form)',
  'declarations.change': 'Declare again',
  'declarations.saved': 'Declaration recorded.',
  'declarations.startedSheets':
    'You had already started a sheet for {teams}: it is kept in the log but no longer counts.',
  'declarations.linksStay':
    'A link you declared cannot be withdrawn here: only the chair can lift the recusal.',

  'declarations.chairTitle': 'Declarations of interest',
  'declarations.chairIntro':
    'Each juror declares their links with the teams on their form or phone; a declared link recuses them for that team. You can record a paper declaration here.',
  'declarations.require': 'Require a declaration before a juror may score',
  'declarations.notDeclared': 'not declared',
  'declarations.declaredCount': '{declared} of {total} jurors have declared.',
  'declarations.record': 'Record a paper declaration…',
  'declarations.recordFor': 'Paper declaration of {juror}',
  'declarations.cancel': 'Cancel',

  'declarations.sheet.title': 'Declarations of interest',
  'declarations.sheet.juror': 'Juror',
  'declarations.sheet.declaredAt': 'Declared on',
  'declarations.sheet.links': 'Links declared with teams',
  'declarations.sheet.missing': 'No declaration',
  'declarations.sheet.noLink': 'No link with any team',
  'declarations.sheet.byJuror': 'by the juror',
  'declarations.sheet.byChair': 'recorded by the chair (paper form)',
  'declarations.sheet.recused': 'recused',
  'declarations.sheet.notRecused': 'recusal lifted by the chair',
} as const;

export const declarationsFr: Record<keyof typeof declarationsEn, string> = {
  'declarations.requiredForJuror':
    'Avant de noter, déclarez vos liens avec les équipes («\u00a0Déclaration d’intérêts\u00a0» en haut de votre formulaire\u00a0; «\u00a0Aucun lien avec aucune équipe\u00a0» est aussi une déclaration). La présidence du jury l’exige.',
  'declarations.requiredForChair':
    '{juror} n’a pas déclaré ses liens avec les équipes, et cet événement exige une déclaration avant de noter. Enregistrez d’abord sa déclaration (Notation › Fiches papier › Déclarations d’intérêts), au besoin depuis son formulaire papier.',
  'declarations.jurorHasDeclaration':
    'Ce juré a fait une déclaration d’intérêts, conservée dans le journal\u00a0: il ne peut pas être supprimé.',
  'declarations.teamHasDeclaration':
    'Un juré a déclaré un lien avec cette équipe, conservé dans le journal\u00a0: l’équipe ne peut pas être supprimée.',
  'declarations.duplicateTeam': 'Cette équipe apparaît deux fois\u00a0: gardez une ligne par équipe.',
  'declarations.detailRequired':
    'Indiquez en quelques mots ce qui vous lie à cette équipe (par exemple «\u00a0ancien collègue\u00a0»).',
  'declarations.detailInvisible':
    'Ce texte contient un caractère de mise en forme invisible ({codePoint})\u00a0: supprimez-le et retapez le texte.',
  'declaration.seqGap':
    'Les déclarations d’intérêts ont été modifiées à l’entrée {seq}\u00a0: des entrées ont été supprimées, ajoutées ou renumérotées.',
  'declaration.prevHashMismatch':
    'La déclaration d’intérêts {seq} ne suit plus la précédente\u00a0: le journal a été modifié.',
  'declaration.hashMismatch':
    'La déclaration d’intérêts {seq} a été modifiée\u00a0: elle ne correspond plus à son empreinte.',
  'declaration.rowInvalid': 'La déclaration d’intérêts {seq} est mal formée.',
  'declaration.recusalUnbacked':
    'La récusation du juré n°\u00a0{jurorId} pour l’équipe n°\u00a0{teamId} cite la déclaration d’intérêts {seq}, absente du journal ou qui ne nomme pas cette équipe.',
  'checklist.step.declarations': 'Déclarations d’intérêts (exigées avant de noter)',
  'checklist.missingDeclarations': 'Pas encore déclaré\u00a0: {names}',

  'declarations.title': 'Déclaration d’intérêts',
  'declarations.intro':
    'Avant de noter, indiquez si vous avez un lien avec une équipe (famille, travail, projet commun, intérêt financier…). Vous ne noterez pas une équipe avec laquelle vous déclarez un lien.',
  'declarations.requiredNote': 'La présidence du jury exige cette déclaration avant que vous puissiez noter.',
  'declarations.none': 'Aucun lien avec aucune équipe',
  'declarations.someLinks': 'J’ai un lien avec ces équipes\u00a0:',
  'declarations.detail': 'Ce qui vous lie à {team}',
  'declarations.submit': 'Enregistrer ma déclaration',
  'declarations.declaredAt': 'Déclaré le {at}',
  'declarations.declaredNone': 'Déclaré le {at}\u00a0: aucun lien avec aucune équipe.',
  'declarations.declaredLinks': 'Déclaré le {at}\u00a0: un lien avec {teams}.',
  'declarations.byChair': '(enregistrée par la présidence depuis un formulaire papier)',
  'declarations.change': 'Déclarer à nouveau',
  'declarations.saved': 'Déclaration enregistrée.',
  'declarations.startedSheets':
    'Vous aviez déjà commencé une fiche pour {teams}\u00a0: elle reste dans le journal mais ne compte plus.',
  'declarations.linksStay':
    'Un lien déclaré ne peut pas être retiré ici\u00a0: seule la présidence peut lever la récusation.',

  'declarations.chairTitle': 'Déclarations d’intérêts',
  'declarations.chairIntro':
    'Chaque juré déclare ses liens avec les équipes sur son formulaire ou son téléphone\u00a0; un lien déclaré le récuse pour cette équipe. Vous pouvez enregistrer ici une déclaration papier.',
  'declarations.require': 'Exiger une déclaration avant qu’un juré puisse noter',
  'declarations.notDeclared': 'pas de déclaration',
  'declarations.declaredCount': '{declared} jurés sur {total} ont fait leur déclaration.',
  'declarations.record': 'Enregistrer une déclaration papier…',
  'declarations.recordFor': 'Déclaration papier de {juror}',
  'declarations.cancel': 'Annuler',

  'declarations.sheet.title': 'Déclarations d’intérêts',
  'declarations.sheet.juror': 'Juré',
  'declarations.sheet.declaredAt': 'Déclaré le',
  'declarations.sheet.links': 'Liens déclarés avec des équipes',
  'declarations.sheet.missing': 'Pas de déclaration',
  'declarations.sheet.noLink': 'Aucun lien avec aucune équipe',
  'declarations.sheet.byJuror': 'par le juré',
  'declarations.sheet.byChair': 'enregistrée par la présidence (formulaire papier)',
  'declarations.sheet.recused': 'déport',
  'declarations.sheet.notRecused': 'déport levé par la présidence',
};

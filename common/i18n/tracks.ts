/**
 * Prize tracks (issue 15): the setup section, the track selector on the
 * results page, the refusals of main/core/tracks, the documents and the CLI.
 * French: no-break space (U+00A0) before « : » and inside « ».
 */
export const tracksEn = {
  'tracks.mainName': 'Grand prize',
  'tracks.notFound': 'This prize track no longer exists (it may have been deleted in another window).',
  'tracks.nameTaken': 'Another prize track is already called “{name}”. Choose another name.',
  'tracks.locked': 'The results of “{track}” are locked: unlock them (with a reason) to change this track.',
  'tracks.lockedSetup':
    'A prize track’s results are locked: unlock them (with a reason) before changing teams, jurors, criteria or the event’s name or scale.',
  'tracks.mainHoldsEverything':
    'The main track holds every team, juror and criterion: change them in the event’s setup, or create another track for a subset.',
  'tracks.mainUndeletable':
    'The main track cannot be deleted: it is the event’s own ranking. Rename it instead.',
  'tracks.hasLockHistory':
    'This track was locked once: its lock history is part of the record and it cannot be deleted.',
  'tracks.listedTwice': 'The same entry is listed twice. Keep each team, juror or criterion once.',
  'tracks.unknownMember': 'This team, juror or criterion no longer exists. Reload the page and choose again.',
  'tracks.badWeight': 'A weight must be a number of 0 or more.',
  'tracks.noWeight': 'At least one of the track’s criteria needs a weight above 0.',
  'tracks.tieBreakCriterionNotInTrack':
    'This tie-break uses a criterion the track does not rank on. Add the criterion to the track first.',
  'tracks.mainRecusalInScoring':
    'Recusals in the main track are recorded on the scoring page: they apply to the whole event.',
  'tracks.recusalOutsideTrack': 'This juror or this team is not in the track: enter them in the track first.',
  'tracks.awardTeamNotEntered': 'This team is not entered in the track. Choose one of the track’s teams.',
  'tracks.noCriteria':
    'The track “{track}” has no criteria yet: choose its criteria and weights in the setup.',
  'tracks.penaltyIsEvents':
    'The overtime penalty is declared once for the whole event: change it on the main track.',

  'tracks.setup.title': 'Prize tracks',
  'tracks.setup.intro':
    'The main track ranks every team with every juror. Add a track for a theme prize or a jury’s favourite: choose its teams, its jurors, its criteria and their weights.',
  'tracks.setup.newName': 'New track name',
  'tracks.setup.add': 'Add a track',
  'tracks.setup.rename': 'Rename',
  'tracks.setup.delete': 'Delete this track',
  'tracks.setup.main': 'main track: every team, juror and criterion',
  'tracks.setup.locked': 'locked',
  'tracks.setup.teams': 'Entered teams',
  'tracks.setup.jurors': 'Jurors',
  'tracks.setup.criteria': 'Criteria and weights',
  'tracks.setup.weight': 'Weight of “{criterion}”',
  'tracks.setup.save': 'Save this track',
  'tracks.setup.counts':
    '{teams, plural, one {# team} other {# teams}}, {jurors, plural, one {# juror} other {# jurors}}, {criteria, plural, one {# criterion} other {# criteria}}',
  'tracks.results.label': 'Prize track',
  'tracks.ceremony.track': 'Prize track: {track}',

  'tracks.doc.section': 'Prize track: {track}',
  'tracks.doc.trackPrize': '{prize} — {track}',
  'tracks.cli.track': '== {track} ==',
} as const;

export const tracksFr: Record<keyof typeof tracksEn, string> = {
  'tracks.mainName': 'Grand prix',
  'tracks.notFound': 'Ce prix n’existe plus (il a peut-être été supprimé dans une autre fenêtre).',
  'tracks.nameTaken': 'Un autre prix s’appelle déjà «\u00a0{name}\u00a0». Choisissez un autre nom.',
  'tracks.locked':
    'Les résultats de «\u00a0{track}\u00a0» sont verrouillés\u00a0: déverrouillez-les (avec un motif) pour modifier ce prix.',
  'tracks.lockedSetup':
    'Les résultats d’un prix sont verrouillés\u00a0: déverrouillez-les (avec un motif) avant de modifier les équipes, les jurés, les critères, ou le nom ou le barème de l’événement.',
  'tracks.mainHoldsEverything':
    'Le prix principal réunit toutes les équipes, tous les jurés et tous les critères\u00a0: modifiez-les dans la préparation de l’événement, ou créez un autre prix pour une partie d’entre eux.',
  'tracks.mainUndeletable':
    'Le prix principal ne peut pas être supprimé\u00a0: c’est le classement de l’événement. Renommez-le plutôt.',
  'tracks.hasLockHistory':
    'Ce prix a déjà été verrouillé\u00a0: son historique de verrouillage fait foi et il ne peut pas être supprimé.',
  'tracks.listedTwice':
    'Un même élément figure deux fois. Gardez chaque équipe, juré ou critère une seule fois.',
  'tracks.unknownMember':
    'Cette équipe, ce juré ou ce critère n’existe plus. Rechargez la page et choisissez à nouveau.',
  'tracks.badWeight': 'Un poids doit être un nombre supérieur ou égal à 0.',
  'tracks.noWeight': 'Au moins un des critères du prix doit avoir un poids supérieur à 0.',
  'tracks.tieBreakCriterionNotInTrack':
    'Ce départage utilise un critère que le prix ne retient pas. Ajoutez d’abord ce critère au prix.',
  'tracks.mainRecusalInScoring':
    'Les déports du prix principal se saisissent sur la page de notation\u00a0: ils valent pour tout l’événement.',
  'tracks.recusalOutsideTrack':
    'Ce juré ou cette équipe ne participe pas à ce prix\u00a0: ajoutez-les d’abord au prix.',
  'tracks.awardTeamNotEntered':
    'Cette équipe ne concourt pas pour ce prix. Choisissez une des équipes du prix.',
  'tracks.noCriteria':
    'Le prix «\u00a0{track}\u00a0» n’a pas encore de critères\u00a0: choisissez ses critères et leurs poids dans la préparation.',
  'tracks.penaltyIsEvents':
    'La pénalité de dépassement est déclarée une fois pour tout l’événement\u00a0: modifiez-la sur le prix principal.',

  'tracks.setup.title': 'Prix',
  'tracks.setup.intro':
    'Le prix principal classe toutes les équipes avec tous les jurés. Ajoutez un prix thématique ou un coup de cœur du jury\u00a0: choisissez ses équipes, ses jurés, ses critères et leurs poids.',
  'tracks.setup.newName': 'Nom du nouveau prix',
  'tracks.setup.add': 'Ajouter un prix',
  'tracks.setup.rename': 'Renommer',
  'tracks.setup.delete': 'Supprimer ce prix',
  'tracks.setup.main': 'prix principal\u00a0: toutes les équipes, tous les jurés et tous les critères',
  'tracks.setup.locked': 'verrouillé',
  'tracks.setup.teams': 'Équipes en lice',
  'tracks.setup.jurors': 'Jurés',
  'tracks.setup.criteria': 'Critères et poids',
  'tracks.setup.weight': 'Poids de «\u00a0{criterion}\u00a0»',
  'tracks.setup.save': 'Enregistrer ce prix',
  'tracks.setup.counts':
    '{teams, plural, one {# équipe} other {# équipes}}, {jurors, plural, one {# juré} other {# jurés}}, {criteria, plural, one {# critère} other {# critères}}',
  'tracks.results.label': 'Prix',
  'tracks.ceremony.track': 'Prix\u00a0: {track}',

  'tracks.doc.section': 'Prix\u00a0: {track}',
  'tracks.doc.trackPrize': '{prize} — {track}',
  'tracks.cli.track': '== {track} ==',
};

/**
 * Rooms judged in parallel on several laptops (issue 15): the Rooms page, the
 * room file and room result file, the merge and its refusals, the CLI.
 * French: no-break space (U+00A0) before « : » and inside « ».
 */
export const roomsEn = {
  // Refusals
  'rooms.unknownRoom': 'This room no longer exists (#{id}). Reload the Rooms page.',
  'rooms.tooMany': 'At most {max} rooms.',
  'rooms.nameRequired': 'Room {index} needs a name (at most {max} characters).',
  'rooms.nameTaken': 'Two rooms are named “{name}”: give each room its own name.',
  'rooms.teamTwice': 'A team is in two rooms (the second is “{room}”): a team pitches in one room only.',
  'rooms.jurorTwice': 'A juror sits in two rooms (the second is “{room}”): a juror sits in one room only.',
  'rooms.issuedFrozen':
    'The room file of “{room}” has already been written: its name, teams and jury can no longer change.',
  'rooms.noTeams': 'Room “{room}” has no team yet: add its teams before writing its file.',
  'rooms.noJurors': 'Room “{room}” has no juror yet: add its jury before writing its file.',
  'rooms.notARoomFile':
    'This event file is not a room file: a room result can only be written on a room laptop, from the room file the head laptop prepared.',
  'rooms.resultTooLarge': 'This file is larger than {maxMb} MB: it is not a room result file.',
  'rooms.resultNotJson':
    'This file is not a room result file (it is not JSON). Pick the file the room laptop wrote.',
  'rooms.resultNotARoomResult':
    'This file is not a Pitch Jury room result file. Pick the file the room laptop wrote (Rooms › Write the room result).',
  'rooms.resultMalformed':
    'This room result file is damaged or was edited by hand: field “{field}” is not what Pitch Jury writes. Write it again on the room laptop.',
  'rooms.otherEvent':
    'This room result belongs to another event (“{event}”), not to the one open here. Nothing was merged.',
  'rooms.unknownRoomFile':
    'This room result comes from a room file this event did not write for room “{room}”. Nothing was merged.',
  'rooms.sealMismatch':
    'The room result of “{room}” was changed after the room laptop wrote it (its seal does not match). Nothing was merged: write it again on the room laptop.',
  'rooms.roomLogInvalid': 'The room result is not intact: {problem} Nothing was merged.',
  'rooms.otherRoomFile':
    'Results of room “{room}” already came from another copy of its room file: this one cannot be mixed with them. Nothing was merged.',
  'rooms.diverged':
    'The room result of “{room}” disagrees with what was merged before (at entry {count} of its log). Nothing was merged.',
  'rooms.outsideRoom':
    'Entry {seq} of the room result of “{room}” is a sheet of a team or juror outside that room. Nothing was merged.',
  'rooms.eventRefused':
    'Entry {seq} of the room result of “{room}” is refused: {problem} Nothing was merged.',
  // Merge and file results
  'rooms.merged':
    '{room}: {added, plural, =0 {nothing new} one {# score entry added} other {# score entries added}} ({laptop}).',
  'rooms.alreadyMerged': '{room}: already merged, nothing changed.',
  'rooms.roomLocked': 'The room’s results are locked (fingerprint {hash}).',
  'rooms.roomNotLocked': 'The room’s results are not locked yet.',
  // Rooms page
  'rooms.title': 'Rooms',
  'rooms.intro':
    'Rooms judged in parallel, one laptop per room. Assign each room its teams and jury, write its room file onto a USB stick, and merge the room result file that comes back.',
  'rooms.single': 'No rooms: the whole event is judged in one room, on this laptop.',
  'rooms.add': 'Add a room',
  'rooms.remove': 'Remove',
  'rooms.save': 'Save the rooms',
  'rooms.saved': 'Rooms saved.',
  'rooms.name': 'Room name',
  'rooms.teams': 'Teams (running order)',
  'rooms.jurors': 'Jury',
  'rooms.unassigned': 'Not in a room',
  'rooms.moveHere': 'Add to this room',
  'rooms.up': 'Move up',
  'rooms.writeFile': 'Write the room file…',
  'rooms.fileWritten': 'Room file written: {path}',
  'rooms.issued': 'Room file written: assignment frozen',
  'rooms.merge': 'Merge a room result…',
  'rooms.progress': '{submitted} of {expected} sheets',
  'rooms.lastHeard': 'Last heard: {at}',
  'rooms.neverHeard': 'Nothing received yet',
  'rooms.lockedShort': 'locked',
  'rooms.thisIsRoom': 'This laptop runs room “{room}” of “{event}”.',
  'rooms.writeResult': 'Write the room result…',
  'rooms.resultWritten': 'Room result written: {path}. Take it to the head laptop.',
  // CLI
  'rooms.cli.fileWritten': 'Room file of “{room}” written to {path} ({teams} teams, {jurors} jurors).',
  'rooms.cli.unknownRoomName': 'No room named “{name}” in this event. Rooms: {list}.',
  // Final round
  'rooms.finalNoRooms': 'There are no rooms: “top N per room” needs the preliminary rooms.',
  'rooms.finalReasonRequired': 'Give the reason for the chair’s selection of finalists.',
  'rooms.finalNoTeams': 'This rule gives no finalist: check the rule, or that the rooms’ results are in.',
  'rooms.finalBadN': 'The number of finalists must be a whole number, 1 or more.',
  'rooms.finalExists':
    'The final round has already been decided: its rule and finalists are recorded and cannot change.',
  'rooms.final.rule.topPerPool':
    'Finalists: {n, plural, one {the first} other {the top #}} of each room (ties at rank {n} all go through).',
  'rooms.final.rule.topOverall':
    'Finalists: {n, plural, one {the first} other {the top #}} overall (ties at rank {n} all go through).',
  'rooms.final.rule.chairSelection': 'Finalists: the chair’s selection. Reason: {reason}',
  'rooms.final.order': 'Final running order{seed}:',
  'rooms.final.seed': ' (drawn, seed {seed})',
} as const;

export const roomsFr: Record<keyof typeof roomsEn, string> = {
  'rooms.unknownRoom': 'Cette salle n’existe plus (n°\u00a0{id}). Rechargez la page Salles.',
  'rooms.tooMany': 'Au plus {max} salles.',
  'rooms.nameRequired': 'La salle {index} doit avoir un nom (au plus {max} caractères).',
  'rooms.nameTaken':
    'Deux salles s’appellent «\u00a0{name}\u00a0»\u00a0: donnez à chaque salle son propre nom.',
  'rooms.teamTwice':
    'Une équipe est dans deux salles (la seconde est «\u00a0{room}\u00a0»)\u00a0: une équipe passe dans une seule salle.',
  'rooms.jurorTwice':
    'Un juré siège dans deux salles (la seconde est «\u00a0{room}\u00a0»)\u00a0: un juré siège dans une seule salle.',
  'rooms.issuedFrozen':
    'Le fichier de salle de «\u00a0{room}\u00a0» a déjà été écrit\u00a0: son nom, ses équipes et son jury ne peuvent plus changer.',
  'rooms.noTeams':
    'La salle «\u00a0{room}\u00a0» n’a pas encore d’équipe\u00a0: ajoutez ses équipes avant d’écrire son fichier.',
  'rooms.noJurors':
    'La salle «\u00a0{room}\u00a0» n’a pas encore de juré\u00a0: ajoutez son jury avant d’écrire son fichier.',
  'rooms.notARoomFile':
    'Ce fichier d’événement n’est pas un fichier de salle\u00a0: un résultat de salle ne s’écrit que sur l’ordinateur d’une salle, depuis le fichier de salle préparé sur l’ordinateur principal.',
  'rooms.resultTooLarge':
    'Ce fichier dépasse {maxMb}\u00a0Mo\u00a0: ce n’est pas un fichier de résultat de salle.',
  'rooms.resultNotJson':
    'Ce fichier n’est pas un résultat de salle (ce n’est pas du JSON). Choisissez le fichier écrit par l’ordinateur de la salle.',
  'rooms.resultNotARoomResult':
    'Ce fichier n’est pas un résultat de salle Pitch Jury. Choisissez le fichier écrit par l’ordinateur de la salle (Salles › Écrire le résultat de la salle).',
  'rooms.resultMalformed':
    'Ce résultat de salle est endommagé ou a été modifié à la main\u00a0: le champ «\u00a0{field}\u00a0» n’est pas ce qu’écrit Pitch Jury. Écrivez-le de nouveau sur l’ordinateur de la salle.',
  'rooms.otherEvent':
    'Ce résultat de salle appartient à un autre événement («\u00a0{event}\u00a0»), pas à celui ouvert ici. Rien n’a été fusionné.',
  'rooms.unknownRoomFile':
    'Ce résultat vient d’un fichier de salle que cet événement n’a pas écrit pour la salle «\u00a0{room}\u00a0». Rien n’a été fusionné.',
  'rooms.sealMismatch':
    'Le résultat de la salle «\u00a0{room}\u00a0» a été modifié après son écriture par l’ordinateur de la salle (son sceau ne correspond pas). Rien n’a été fusionné\u00a0: écrivez-le de nouveau sur l’ordinateur de la salle.',
  'rooms.roomLogInvalid': 'Le résultat de salle n’est pas intact\u00a0: {problem} Rien n’a été fusionné.',
  'rooms.otherRoomFile':
    'Les résultats de la salle «\u00a0{room}\u00a0» sont déjà venus d’une autre copie de son fichier de salle\u00a0: celui-ci ne peut pas s’y mêler. Rien n’a été fusionné.',
  'rooms.diverged':
    'Le résultat de la salle «\u00a0{room}\u00a0» contredit ce qui a déjà été fusionné (à l’entrée {count} de son journal). Rien n’a été fusionné.',
  'rooms.outsideRoom':
    'L’entrée {seq} du résultat de la salle «\u00a0{room}\u00a0» concerne une équipe ou un juré hors de cette salle. Rien n’a été fusionné.',
  'rooms.eventRefused':
    'L’entrée {seq} du résultat de la salle «\u00a0{room}\u00a0» est refusée\u00a0: {problem} Rien n’a été fusionné.',
  'rooms.merged':
    '{room}\u00a0: {added, plural, =0 {rien de nouveau} one {# entrée de notes ajoutée} other {# entrées de notes ajoutées}} ({laptop}).',
  'rooms.alreadyMerged': '{room}\u00a0: déjà fusionné, rien n’a changé.',
  'rooms.roomLocked': 'Les résultats de la salle sont verrouillés (empreinte {hash}).',
  'rooms.roomNotLocked': 'Les résultats de la salle ne sont pas encore verrouillés.',
  'rooms.title': 'Salles',
  'rooms.intro':
    'Des salles jugées en parallèle, un ordinateur par salle. Attribuez à chaque salle ses équipes et son jury, écrivez son fichier de salle sur une clé USB, puis fusionnez le résultat de salle qui revient.',
  'rooms.single': 'Pas de salles\u00a0: tout l’événement est jugé dans une seule salle, sur cet ordinateur.',
  'rooms.add': 'Ajouter une salle',
  'rooms.remove': 'Retirer',
  'rooms.save': 'Enregistrer les salles',
  'rooms.saved': 'Salles enregistrées.',
  'rooms.name': 'Nom de la salle',
  'rooms.teams': 'Équipes (ordre de passage)',
  'rooms.jurors': 'Jury',
  'rooms.unassigned': 'Dans aucune salle',
  'rooms.moveHere': 'Ajouter à cette salle',
  'rooms.up': 'Monter',
  'rooms.writeFile': 'Écrire le fichier de salle…',
  'rooms.fileWritten': 'Fichier de salle écrit\u00a0: {path}',
  'rooms.issued': 'Fichier de salle écrit\u00a0: attribution figée',
  'rooms.merge': 'Fusionner un résultat de salle…',
  'rooms.progress': '{submitted} fiches sur {expected}',
  'rooms.lastHeard': 'Dernières nouvelles\u00a0: {at}',
  'rooms.neverHeard': 'Rien reçu pour l’instant',
  'rooms.lockedShort': 'verrouillé',
  'rooms.thisIsRoom': 'Cet ordinateur tient la salle «\u00a0{room}\u00a0» de «\u00a0{event}\u00a0».',
  'rooms.writeResult': 'Écrire le résultat de la salle…',
  'rooms.resultWritten': 'Résultat de salle écrit\u00a0: {path}. Apportez-le à l’ordinateur principal.',
  'rooms.cli.fileWritten':
    'Fichier de salle de «\u00a0{room}\u00a0» écrit dans {path} ({teams} équipes, {jurors} jurés).',
  'rooms.cli.unknownRoomName':
    'Aucune salle nommée «\u00a0{name}\u00a0» dans cet événement. Salles\u00a0: {list}.',
  'rooms.finalNoRooms':
    'Il n’y a pas de salles\u00a0: «\u00a0les N premiers de chaque salle\u00a0» suppose les salles des éliminatoires.',
  'rooms.finalReasonRequired': 'Indiquez le motif de la sélection des finalistes par la présidence.',
  'rooms.finalNoTeams':
    'Cette règle ne donne aucun finaliste\u00a0: vérifiez la règle, ou que les résultats des salles sont arrivés.',
  'rooms.finalBadN': 'Le nombre de finalistes doit être un nombre entier, au moins 1.',
  'rooms.finalExists':
    'La finale est déjà décidée\u00a0: sa règle et ses finalistes sont enregistrés et ne peuvent plus changer.',
  'rooms.final.rule.topPerPool':
    'Finalistes\u00a0: {n, plural, one {le premier} other {les # premiers}} de chaque salle (les ex aequo au rang {n} passent tous).',
  'rooms.final.rule.topOverall':
    'Finalistes\u00a0: {n, plural, one {le premier} other {les # premiers}} au classement général (les ex aequo au rang {n} passent tous).',
  'rooms.final.rule.chairSelection': 'Finalistes\u00a0: sélection de la présidence. Motif\u00a0: {reason}',
  'rooms.final.order': 'Ordre de passage de la finale{seed}\u00a0:',
  'rooms.final.seed': ' (tiré au sort, graine {seed})',
};

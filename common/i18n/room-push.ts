/**
 * Rooms over the venue network (issue 15, network role `room`): the push's
 * refusals and the room laptop's push panel.
 * French: no-break space (U+00A0) before « : » and inside « ».
 */
export const roomPushEn = {
  'roomPush.otherRoom':
    'This room login belongs to another room: it cannot send the result of “{room}”. Use the login issued for that room.',
  'roomPush.noSettings': 'No head laptop set: enter its address and the room code the head laptop showed.',
  'roomPush.badAddress':
    'The head laptop’s address “{address}” is not valid: type it as shown, e.g. http://192.168.1.10:8080.',
  'roomPush.title': 'Sending to the head laptop',
  'roomPush.lastPushed': 'Last sent: {at}',
  'roomPush.never': 'Not sent yet.',
  'roomPush.upToDate': 'The head laptop has every sheet.',
  'roomPush.pending': 'Sheets waiting to be sent.',
  'roomPush.badge': 'Room laptop',
  'roomPush.issueFromRooms':
    'A room laptop’s code belongs to one room: create it from that room’s card on the Rooms page.',
  'roomPush.sendNow': 'Send now',
  'roomPush.address': 'Head laptop’s address',
  'roomPush.code': 'Room code',
  'roomPush.save': 'Save and send',
  'roomPush.issue': 'New room code (network)',
  'roomPush.issuedHint':
    'Shown once. Write the room file now and it carries this code; or type the address and code on the room laptop’s Rooms page. Any previous code of this room stops working.',
  'roomPush.noServer': 'local network off: turn it on first',
  'roomPush.badToken':
    'This room code is not valid: copy it exactly as the head laptop showed it (22 characters).',
  'roomPush.browserHint':
    'This is a room laptop’s login: enter it on the room laptop’s Rooms page, not in a browser.',
} as const;

export const roomPushFr: Record<keyof typeof roomPushEn, string> = {
  'roomPush.otherRoom':
    'Cet accès de salle appartient à une autre salle\u00a0: il ne peut pas envoyer le résultat de «\u00a0{room}\u00a0». Utilisez l’accès créé pour cette salle.',
  'roomPush.noSettings':
    'Aucun ordinateur principal indiqué\u00a0: saisissez son adresse et le code de salle qu’il a affiché.',
  'roomPush.badAddress':
    'L’adresse de l’ordinateur principal «\u00a0{address}\u00a0» n’est pas valide\u00a0: saisissez-la telle qu’affichée, par ex. http://192.168.1.10:8080.',
  'roomPush.title': 'Envoi à l’ordinateur principal',
  'roomPush.lastPushed': 'Dernier envoi\u00a0: {at}',
  'roomPush.never': 'Rien envoyé pour l’instant.',
  'roomPush.upToDate': 'L’ordinateur principal a toutes les fiches.',
  'roomPush.pending': 'Des fiches attendent d’être envoyées.',
  'roomPush.badge': 'Ordinateur de salle',
  'roomPush.issueFromRooms':
    'Le code d’un ordinateur de salle appartient à une salle\u00a0: créez-le depuis la carte de cette salle, page Salles.',
  'roomPush.sendNow': 'Envoyer maintenant',
  'roomPush.address': 'Adresse de l’ordinateur principal',
  'roomPush.code': 'Code de salle',
  'roomPush.save': 'Enregistrer et envoyer',
  'roomPush.issue': 'Nouveau code de salle (réseau)',
  'roomPush.issuedHint':
    'Affiché une seule fois. Écrivez maintenant le fichier de salle et il contiendra ce code ; ou saisissez l’adresse et le code dans la page Salles de l’ordinateur de salle. L’ancien code de cette salle ne fonctionne plus.',
  'roomPush.noServer': 'réseau local éteint : allumez-le d’abord',
  'roomPush.badToken':
    'Ce code de salle n’est pas valide : recopiez-le exactement tel que l’ordinateur principal l’a affiché (22 caractères).',
  'roomPush.browserHint':
    'Cet accès est celui d’un ordinateur de salle : saisissez-le dans la page Salles de cet ordinateur, pas dans un navigateur.',
};

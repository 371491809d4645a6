/**
 * Why a room laptop's push failed, in words the chair can act on: each
 * network error says what to check, each refusal by the head says what to
 * do (main/core/rooms/push/failure.ts picks the message; the raw code is
 * shown only as a small detail).
 * French: no-break space (U+00A0) before « : » and inside « ».
 */
export const roomPushFailuresEn = {
  'roomPush.fail.refused':
    'The head laptop at {host} refuses the connection: check that Pitch Jury is open there with its local network turned on (Network page), and that the address and port are the ones it shows.',
  'roomPush.fail.noAnswer':
    'The head laptop does not answer at {host}: check that Pitch Jury is open there with the network on, and that both laptops are on the same Wi-Fi.',
  'roomPush.fail.noRoute':
    'This laptop finds no way to {host}: check that both laptops are on the same Wi-Fi and that the head laptop is not asleep.',
  'roomPush.fail.unknownName':
    'The name “{hostname}” is not known on this network: type the head laptop’s address in figures, as its Network page shows it (e.g. http://192.168.1.10:8080).',
  'roomPush.fail.cut':
    'The connection to the head laptop at {host} was cut while sending: check the Wi-Fi signal. Nothing is lost; the next try sends everything again.',
  'roomPush.fail.unreachable':
    'The head laptop at {host} cannot be reached: check that Pitch Jury is open there with the network on, and that both laptops are on the same Wi-Fi.',
  'roomPush.fail.wrongCode':
    'The head laptop does not accept this room code: a newer code was issued for this room, or it was mistyped. Ask the head laptop for this room’s current code and enter it below.',
  'roomPush.fail.notRoomCode':
    'This code is not a room code (it opens a screen, a witness’s page or a juror’s phone): enter the code the head laptop issued from this room’s card on its Rooms page.',
  'roomPush.fail.otherAddress':
    'The head laptop refuses what is sent to “{host}”: type its address exactly as its Network page shows it (in figures, with the port, e.g. http://192.168.1.10:8080).',
  'roomPush.fail.tooLarge':
    'The head laptop refuses a room result this large over the network: bring the room result file on a USB stick instead.',
  'roomPush.fail.notHead':
    'The address {host} answers, but not as a Pitch Jury head laptop of this version: check the address shown on the head laptop’s Network page, and that both laptops run the same version.',
  'roomPush.fail.local': 'The room result could not be prepared on this laptop; the next try starts again.',
  'roomPush.fail.retrying': 'Trying again every {seconds} s.',
  'roomPush.fail.detail': 'Technical detail: {detail}',
} as const;

export const roomPushFailuresFr: Record<keyof typeof roomPushFailuresEn, string> = {
  'roomPush.fail.refused':
    'L’ordinateur principal ({host}) refuse la connexion\u00a0: vérifiez que Pitch Jury y est ouvert avec le réseau local allumé (page Réseau), et que l’adresse et le port sont ceux qu’il affiche.',
  'roomPush.fail.noAnswer':
    'L’ordinateur principal ne répond pas à l’adresse {host}\u00a0: vérifiez que Pitch Jury y est ouvert avec le réseau allumé, et que les deux ordinateurs sont sur le même Wi-Fi.',
  'roomPush.fail.noRoute':
    'Cet ordinateur ne trouve aucun chemin vers {host}\u00a0: vérifiez que les deux ordinateurs sont sur le même Wi-Fi et que l’ordinateur principal n’est pas en veille.',
  'roomPush.fail.unknownName':
    'Le nom «\u00a0{hostname}\u00a0» est inconnu sur ce réseau\u00a0: saisissez l’adresse de l’ordinateur principal en chiffres, telle que l’affiche sa page Réseau (par ex. http://192.168.1.10:8080).',
  'roomPush.fail.cut':
    'La connexion avec l’ordinateur principal ({host}) a été coupée pendant l’envoi\u00a0: vérifiez le signal Wi-Fi. Rien n’est perdu\u00a0; le prochain essai renvoie tout.',
  'roomPush.fail.unreachable':
    'L’ordinateur principal ({host}) est injoignable\u00a0: vérifiez que Pitch Jury y est ouvert avec le réseau allumé, et que les deux ordinateurs sont sur le même Wi-Fi.',
  'roomPush.fail.wrongCode':
    'L’ordinateur principal n’accepte pas ce code de salle\u00a0: un code plus récent a été créé pour cette salle, ou il a été mal recopié. Demandez à l’ordinateur principal le code actuel de cette salle et saisissez-le ci-dessous.',
  'roomPush.fail.notRoomCode':
    'Ce code n’est pas un code de salle (il ouvre un écran, la page d’un observateur ou le téléphone d’un juré)\u00a0: saisissez le code créé depuis la carte de cette salle, page Salles de l’ordinateur principal.',
  'roomPush.fail.otherAddress':
    'L’ordinateur principal refuse ce qui est envoyé à «\u00a0{host}\u00a0»\u00a0: saisissez son adresse exactement comme l’affiche sa page Réseau (en chiffres, avec le port, par ex. http://192.168.1.10:8080).',
  'roomPush.fail.tooLarge':
    'L’ordinateur principal refuse un résultat de salle aussi gros par le réseau\u00a0: apportez plutôt le fichier de résultat de salle sur une clé USB.',
  'roomPush.fail.notHead':
    'L’adresse {host} répond, mais pas comme l’ordinateur principal de Pitch Jury de cette version\u00a0: vérifiez l’adresse affichée sur sa page Réseau, et que les deux ordinateurs ont la même version.',
  'roomPush.fail.local':
    'Le résultat de salle n’a pas pu être préparé sur cet ordinateur\u00a0; le prochain essai recommence.',
  'roomPush.fail.retrying': 'Nouvel essai toutes les {seconds}\u00a0s.',
  'roomPush.fail.detail': 'Détail technique\u00a0: {detail}',
};

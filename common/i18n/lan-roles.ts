/**
 * Messages of the network roles added through the role registry
 * (common/contract/lan-roles/): each role's link in the chair's Network page
 * (`lan.role.<role>.*`) and the observer's page. French uses a no-break space
 * (\u00a0) before « : » and a narrow one (\u202f) before ; ! ?
 */
export const lanRolesEn = {
  'lan.notALink': 'This kind of login is not a link: it is issued another way.',
  'lan.role.viewer.defaultLabel': 'Screen {n}',
  'lan.role.observer.defaultLabel': 'Observer {n}',
  'lan.role.observer.title': 'Observers',
  'lan.role.observer.hint':
    'A read-only login for an independent witness (a bailiff, an auditor): progress, the score log’s verification, the results’ fingerprint, and the score log once the results are locked. It can change nothing.',
  'lan.role.observer.label': 'Name of the observer',
  'lan.role.observer.create': 'Create an observer link',
  'lan.role.observer.none': 'No observer link.',
  'lan.role.observer.linkTitle': 'Observer link: {name}',
  'lan.role.observer.linkHint':
    'Give this link or QR code to the observer only; it is shown only now. The observer opens it in a browser on the venue network.',

  'observer.title': 'Independent observer',
  'observer.readOnly': 'Read-only view: nothing on this page can change the event.',
  'observer.noToken': 'Open this page with the observer link the jury chair gave you.',
  'observer.progress': 'Sheets received',
  'observer.progressTotal': '{submitted} of {expected} sheets submitted',
  'observer.byTeam': 'By team',
  'observer.byJuror': 'By juror',
  'observer.team': 'Team',
  'observer.juror': 'Juror',
  'observer.received': 'Received',
  'observer.verification': 'Score log verification',
  'observer.verified': 'The score log verifies: {count} entries, chained without a break.',
  'observer.lastHash': 'Last link',
  'observer.broken': 'The score log is broken at entry {seq} ({reason}).',
  'observer.results': 'Results',
  'observer.notLocked': 'The results are not locked yet: the score log is shown once they are.',
  'observer.locked': 'Locked on {at} by {by}.',
  'observer.fingerprint': 'Fingerprint of the locked results (SHA-256)',
  'observer.log': 'Score log',
  'observer.log.seq': '#',
  'observer.log.at': 'Time (UTC)',
  'observer.log.kind': 'Entry',
  'observer.log.detail': 'Detail',
  'observer.log.hash': 'Hash',
  'observer.kind.score': 'score',
  'observer.kind.comment': 'comment',
  'observer.kind.submit': 'submitted',
  'observer.kind.reopen': 'reopened',
} as const;

export const lanRolesFr: Record<keyof typeof lanRolesEn, string> = {
  'lan.notALink': 'Ce type d’identifiant n’est pas un lien\u00a0: il se délivre autrement.',
  'lan.role.viewer.defaultLabel': 'Écran {n}',
  'lan.role.observer.defaultLabel': 'Observateur {n}',
  'lan.role.observer.title': 'Observateurs',
  'lan.role.observer.hint':
    'Un accès en lecture seule pour un témoin indépendant (commissaire de justice, auditeur)\u00a0: l’avancement, la vérification du journal des notes, l’empreinte des résultats, et le journal des notes une fois les résultats verrouillés. Il ne peut rien modifier.',
  'lan.role.observer.label': 'Nom de l’observateur',
  'lan.role.observer.create': 'Créer un lien d’observateur',
  'lan.role.observer.none': 'Aucun lien d’observateur.',
  'lan.role.observer.linkTitle': 'Lien d’observateur\u00a0: {name}',
  'lan.role.observer.linkHint':
    'Ne donnez ce lien ou ce QR code qu’à l’observateur\u00a0; il n’est affiché que maintenant. L’observateur l’ouvre dans un navigateur sur le réseau du lieu.',

  'observer.title': 'Observateur indépendant',
  'observer.readOnly': 'Vue en lecture seule\u00a0: rien sur cette page ne peut modifier l’événement.',
  'observer.noToken': 'Ouvrez cette page avec le lien d’observateur remis par le président du jury.',
  'observer.progress': 'Fiches reçues',
  'observer.progressTotal': '{submitted} fiches validées sur {expected}',
  'observer.byTeam': 'Par équipe',
  'observer.byJuror': 'Par juré',
  'observer.team': 'Équipe',
  'observer.juror': 'Juré',
  'observer.received': 'Reçues',
  'observer.verification': 'Vérification du journal des notes',
  'observer.verified': 'Le journal des notes est intact\u00a0: {count} entrées, chaînées sans rupture.',
  'observer.lastHash': 'Dernier maillon',
  'observer.broken': 'Le journal des notes est rompu à l’entrée {seq} ({reason}).',
  'observer.results': 'Résultats',
  'observer.notLocked':
    'Les résultats ne sont pas encore verrouillés\u00a0: le journal des notes s’affichera ensuite.',
  'observer.locked': 'Verrouillés le {at} par {by}.',
  'observer.fingerprint': 'Empreinte des résultats verrouillés (SHA-256)',
  'observer.log': 'Journal des notes',
  'observer.log.seq': 'N°',
  'observer.log.at': 'Heure (UTC)',
  'observer.log.kind': 'Entrée',
  'observer.log.detail': 'Détail',
  'observer.log.hash': 'Empreinte',
  'observer.kind.score': 'note',
  'observer.kind.comment': 'commentaire',
  'observer.kind.submit': 'validée',
  'observer.kind.reopen': 'rouverte',
};

/**
 * Messages of the local network: the chair's panel, the login cards, and the
 * pages phones and screens open over the network. French uses a no-break
 * space (\u00a0) before « : » and a narrow one (\u202f) before ; ! ?
 */
export const lanEn = {
  'nav.network': 'Network',

  'lan.forbidden': 'Not available over the network.',
  'lan.notRunning': 'Turn the local network on first.',
  'lan.badAddress': '“{address}” is not an address of this computer’s networks: pick one in the list.',
  'lan.portInUse':
    'Port {port} is already in use on this computer: choose another one (or 0 for any free port).',
  'lan.portDenied': 'This computer does not allow port {port}: choose one above 1024.',
  'lan.startFailed': 'The network could not be turned on ({message}).',
  'lan.keyReused': 'This request was already used for another change: reload the page.',
  'lan.cardsStale': 'These cards were replaced or revoked in the meantime: issue new ones.',
  'lan.offline': 'No connection to the organiser’s computer.',
  'lan.rateLimited': 'Too many requests at once: wait a moment.',

  'lan.title': 'Local network',
  'lan.intro':
    'Jurors score on their own phones and other screens show the display, over the venue’s Wi-Fi or this computer’s hotspot. No internet needed.',
  'lan.safety':
    'Anyone on the same Wi-Fi can open the address, but can do nothing without a personal login. Turn the network off when you no longer need it.',
  'lan.status.off': 'Off',
  'lan.status.on': 'On',
  'lan.interface': 'Network to use',
  'lan.interface.loopback': '{name} – {address} (this computer only)',
  'lan.interface.option': '{name} – {address}',
  'lan.interface.none': 'No network found: connect to the Wi-Fi or turn on the hotspot.',
  'lan.port': 'Port',
  'lan.portHint': '0 = any free port',
  'lan.start': 'Turn on',
  'lan.stop': 'Turn off',
  'lan.address': 'Address',
  'lan.addressHint': 'Without a QR code, jurors type this address, then the code and PIN of their card.',

  'lan.jurors.title': 'Juror logins',
  'lan.jurors.hint':
    'Each juror gets a personal card (QR code, code and PIN). The codes are shown only once: print or save the cards right away.',
  'lan.jurors.issueMissing': 'Cards for jurors without one',
  'lan.jurors.issue': 'Issue a card',
  'lan.jurors.reissue': 'New card',
  'lan.jurors.reissueConfirm': 'Replace the card of {name}? The current one stops working at once.',
  'lan.jurors.none': 'No card',
  'lan.jurors.revokedAt': 'Card revoked at {time}: no login',
  'lan.jurors.issuedAt': 'Card of {time}',
  'lan.jurors.noJurors': 'Add jurors in the setup first.',
  'lan.jurors.devices': 'Connected: {count}',
  'lan.jurors.failedPins':
    'Wrong PINs typed on this card: {count} (last at {time}). Someone may be trying to guess it: if the juror did not mistype, issue a new card.',
  'lan.jurors.legacyCode':
    'Card printed before login codes became random: its QR code still works, its typed code is easy to guess. Issue a new card.',
  'lan.revoke': 'Revoke',
  'lan.revokeConfirm': 'Revoke “{name}”? Its devices are disconnected at once.',

  'lan.viewers.title': 'Viewer screens',
  'lan.viewers.hint':
    'A read-only link that shows the projector’s display in any browser: a second projector, a screen in the waiting room.',
  'lan.viewers.label': 'Name of the screen',
  'lan.viewers.create': 'Create a viewer link',
  'lan.viewers.none': 'No viewer link.',
  'lan.viewers.defaultLabel': 'Screen {n}',

  'lan.devices.title': 'Connected devices',
  'lan.devices.none': 'No device connected.',
  'lan.devices.since': 'since {time}',
  'lan.role.juror': 'Juror',
  'lan.role.viewer': 'Screen',

  'lan.cards.title': 'Login cards',
  'lan.cards.once': 'These codes are shown only now. Print the cards or save them as a PDF before closing.',
  'lan.cards.print': 'Print',
  'lan.cards.savePdf': 'Save as PDF…',
  'lan.cards.saved': 'Cards saved to {path}',
  'lan.cards.close': 'Close',
  'lan.cards.closeConfirm': 'Close? These codes will not be shown again (you can issue new cards).',
  'lan.cards.scan': 'Scan with the camera of your phone or tablet.',
  'lan.cards.fallback': 'Without the QR code:',
  'lan.cards.open': 'Open {address}',
  'lan.cards.code': 'Code: {code}',
  'lan.cards.pin': 'PIN: {pin}',
  'lan.cards.personal': 'Personal card: do not lend it.',
  'lan.viewerLink.title': 'Viewer link: {name}',
  'lan.viewerLink.hint': 'Open this link in the screen’s browser, or scan the QR code. It is shown only now.',

  'lan.net.connecting': 'Connecting to the organiser’s computer…',
  'lan.net.offline':
    'Connection lost. Your scores stay on this device and will be sent as soon as the connection is back.',
  'lan.net.pending': 'Changes waiting to be sent: {count}',
  'lan.net.sending': 'Sending your changes…',
  'lan.net.revoked': 'The jury chair revoked this login. Ask them for a new card.',
  'lan.net.unauthorized':
    'This login is not valid (any more). Scan your card again, or type its code and PIN.',
  'lan.net.stopped': 'The organiser’s computer turned the network off. Reconnecting as soon as it is back…',
  'lan.net.wrongRole': 'This login is for another kind of device.',
  'lan.net.forget': 'Sign this device out',
  'lan.net.forgetConfirm': 'Sign this device out? You will need your card to sign in again.',
  'lan.net.signedOut': 'Your sheets are closed on this device.',
  'lan.net.reopen': 'Open my sheets',
  'lan.net.viewerNoToken': 'Open this screen with its viewer link (ask the jury chair).',
  'lan.net.fullscreen': 'Full screen',
  'lan.net.language': 'Language',
  'lan.net.online': 'Connected to the organiser’s computer.',
  'lan.net.sent': 'Connected: everything was sent.',
  'lan.net.replayRefused': 'A change kept on this phone from earlier was not recorded: {message}',
  'lan.net.understood': 'OK',
  'lan.net.viewerOffline':
    'Connection to the organiser’s computer lost: the clock keeps running from what it last received.',
  'lan.net.viewerStopped':
    'The organiser’s computer turned the network off: the clock keeps running from what it last received.',

  'lan.pin.title': 'Jury sign-in',
  'lan.pin.hint': 'Type the code and the PIN printed on your card.',
  'lan.pin.code': 'Code',
  'lan.pin.pin': 'PIN',
  'lan.pin.submit': 'Sign in',
  'lan.pin.wrong': 'Wrong code or PIN.',
  'lan.pin.throttled': 'Too many attempts: try again in {seconds} s.',
  'lan.pin.failed': 'The organiser’s computer cannot be reached.',
} as const;

export const lanFr: Record<keyof typeof lanEn, string> = {
  'nav.network': 'Réseau',

  'lan.forbidden': 'Action impossible depuis le réseau.',
  'lan.notRunning': 'Activez d’abord le réseau local.',
  'lan.badAddress':
    '« {address} » n’est pas une adresse des réseaux de cet ordinateur\u00a0: choisissez-en une dans la liste.',
  'lan.portInUse':
    'Le port {port} est déjà utilisé sur cet ordinateur\u00a0: choisissez-en un autre (ou 0 pour un port libre).',
  'lan.portDenied': 'Cet ordinateur n’autorise pas le port {port}\u00a0: choisissez-en un au-dessus de 1024.',
  'lan.startFailed': 'Le réseau n’a pas pu être activé ({message}).',
  'lan.keyReused': 'Cette requête a déjà servi pour une autre modification\u00a0: rechargez la page.',
  'lan.cardsStale': 'Ces cartes ont été remplacées ou révoquées entre-temps\u00a0: émettez-en de nouvelles.',
  'lan.offline': 'Pas de connexion avec l’ordinateur de l’organisation.',
  'lan.rateLimited': 'Trop de requêtes à la fois\u00a0: patientez un instant.',

  'lan.title': 'Réseau local',
  'lan.intro':
    'Les jurés notent sur leur propre téléphone et d’autres écrans affichent l’écran de projection, par le Wi-Fi du lieu ou le partage de connexion de cet ordinateur. Aucun accès à Internet n’est nécessaire.',
  'lan.safety':
    'Toute personne sur le même Wi-Fi peut ouvrir l’adresse, mais ne peut rien faire sans identifiant personnel. Désactivez le réseau quand vous n’en avez plus besoin.',
  'lan.status.off': 'Désactivé',
  'lan.status.on': 'Activé',
  'lan.interface': 'Réseau à utiliser',
  'lan.interface.loopback': '{name} – {address} (cet ordinateur seulement)',
  'lan.interface.option': '{name} – {address}',
  'lan.interface.none':
    'Aucun réseau trouvé\u00a0: connectez-vous au Wi-Fi ou activez le partage de connexion.',
  'lan.port': 'Port',
  'lan.portHint': '0 = n’importe quel port libre',
  'lan.start': 'Activer',
  'lan.stop': 'Désactiver',
  'lan.address': 'Adresse',
  'lan.addressHint': 'Sans QR code, les jurés tapent cette adresse, puis le code et le PIN de leur carte.',

  'lan.jurors.title': 'Identifiants des jurés',
  'lan.jurors.hint':
    'Chaque juré reçoit une carte personnelle (QR code, code et PIN). Les codes ne s’affichent qu’une fois\u00a0: imprimez ou enregistrez les cartes tout de suite.',
  'lan.jurors.issueMissing': 'Cartes pour les jurés qui n’en ont pas',
  'lan.jurors.issue': 'Émettre une carte',
  'lan.jurors.reissue': 'Nouvelle carte',
  'lan.jurors.reissueConfirm':
    'Remplacer la carte de {name}\u202f? L’actuelle cessera aussitôt de fonctionner.',
  'lan.jurors.none': 'Pas de carte',
  'lan.jurors.revokedAt': 'Carte révoquée le {time}\u00a0: aucun identifiant',
  'lan.jurors.issuedAt': 'Carte du {time}',
  'lan.jurors.noJurors': 'Ajoutez d’abord des jurés dans Préparation › Jury.',
  'lan.jurors.devices': 'Connectés\u00a0: {count}',
  'lan.jurors.failedPins':
    'PIN erronés tapés sur cette carte\u00a0: {count} (dernier à {time}). Quelqu’un essaie peut-être de le deviner\u00a0: si le juré ne s’est pas trompé, émettez une nouvelle carte.',
  'lan.jurors.legacyCode':
    'Carte imprimée avant que les codes de connexion soient aléatoires\u00a0: son QR code fonctionne toujours, mais son code à taper est facile à deviner. Émettez une nouvelle carte.',
  'lan.revoke': 'Révoquer',
  'lan.revokeConfirm': 'Révoquer « {name} »\u202f? Ses appareils sont déconnectés aussitôt.',

  'lan.viewers.title': 'Écrans de diffusion',
  'lan.viewers.hint':
    'Un lien en lecture seule qui affiche l’écran de projection dans n’importe quel navigateur\u00a0: un second projecteur, un écran en salle d’attente.',
  'lan.viewers.label': 'Nom de l’écran',
  'lan.viewers.create': 'Créer un lien d’écran',
  'lan.viewers.none': 'Aucun lien d’écran.',
  'lan.viewers.defaultLabel': 'Écran {n}',

  'lan.devices.title': 'Appareils connectés',
  'lan.devices.none': 'Aucun appareil connecté.',
  'lan.devices.since': 'depuis {time}',
  'lan.role.juror': 'Juré',
  'lan.role.viewer': 'Écran',

  'lan.cards.title': 'Cartes de connexion',
  'lan.cards.once':
    'Ces codes ne s’affichent que maintenant. Imprimez les cartes ou enregistrez-les en PDF avant de fermer.',
  'lan.cards.print': 'Imprimer',
  'lan.cards.savePdf': 'Enregistrer en PDF…',
  'lan.cards.saved': 'Cartes enregistrées dans {path}',
  'lan.cards.close': 'Fermer',
  'lan.cards.closeConfirm':
    'Fermer\u202f? Ces codes ne seront plus affichés (vous pourrez émettre de nouvelles cartes).',
  'lan.cards.scan': 'Scannez avec l’appareil photo de votre téléphone ou de votre tablette.',
  'lan.cards.fallback': 'Sans QR code\u00a0:',
  'lan.cards.open': 'Ouvrez {address}',
  'lan.cards.code': 'Code\u00a0: {code}',
  'lan.cards.pin': 'PIN\u00a0: {pin}',
  'lan.cards.personal': 'Carte personnelle, à ne pas prêter.',
  'lan.viewerLink.title': 'Lien d’écran\u00a0: {name}',
  'lan.viewerLink.hint':
    'Ouvrez ce lien dans le navigateur de l’écran, ou scannez le QR code. Il ne s’affiche que maintenant.',

  'lan.net.connecting': 'Connexion à l’ordinateur de l’organisation…',
  'lan.net.offline':
    'Connexion perdue. Vos notes restent sur cet appareil et seront envoyées dès le retour de la connexion.',
  'lan.net.pending': 'Modifications en attente d’envoi\u00a0: {count}',
  'lan.net.sending': 'Envoi de vos modifications…',
  'lan.net.revoked': 'Le président du jury a révoqué cet identifiant. Demandez-lui une nouvelle carte.',
  'lan.net.unauthorized':
    'Cet identifiant n’est pas (ou plus) valable. Scannez à nouveau votre carte, ou tapez son code et son PIN.',
  'lan.net.stopped':
    'L’ordinateur de l’organisation a désactivé le réseau. Reconnexion dès qu’il sera de retour…',
  'lan.net.wrongRole': 'Cet identifiant est prévu pour un autre type d’appareil.',
  'lan.net.forget': 'Déconnecter cet appareil',
  'lan.net.forgetConfirm':
    'Déconnecter cet appareil\u202f? Il vous faudra votre carte pour vous reconnecter.',
  'lan.net.signedOut': 'Vos fiches sont fermées sur cet appareil.',
  'lan.net.reopen': 'Ouvrir mes fiches',
  'lan.net.viewerNoToken': 'Ouvrez cet écran avec son lien de diffusion (demandez-le au président du jury).',
  'lan.net.fullscreen': 'Plein écran',
  'lan.net.language': 'Langue',
  'lan.net.online': 'Connecté à l’ordinateur de l’organisation.',
  'lan.net.sent': 'Connecté\u00a0: tout a été envoyé.',
  'lan.net.replayRefused':
    'Une modification gardée plus tôt sur ce téléphone n’a pas été enregistrée\u00a0: {message}',
  'lan.net.understood': 'Compris',
  'lan.net.viewerOffline':
    'Connexion perdue avec l’ordinateur de l’organisation\u00a0: le chrono continue d’après son dernier état reçu.',
  'lan.net.viewerStopped':
    'L’ordinateur de l’organisation a désactivé le réseau\u00a0: le chrono continue d’après son dernier état reçu.',

  'lan.pin.title': 'Connexion du jury',
  'lan.pin.hint': 'Tapez le code et le PIN imprimés sur votre carte.',
  'lan.pin.code': 'Code',
  'lan.pin.pin': 'PIN',
  'lan.pin.submit': 'Se connecter',
  'lan.pin.wrong': 'Code ou PIN incorrect.',
  'lan.pin.throttled': 'Trop de tentatives\u00a0: réessayez dans {seconds}\u00a0s.',
  'lan.pin.failed': 'L’ordinateur de l’organisation est injoignable.',
};

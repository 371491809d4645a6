/** The per-track recusals panel of the prize tracks setup (renderer/src/setup/TrackRecusals.tsx). */
export const trackRecusalsEn = {
  'trackRecusals.title': 'Recusals in this track',
  'trackRecusals.none': 'No recusal in this track.',
  'trackRecusals.row': '{juror} does not judge {team} — {reason}',
  'trackRecusals.event': 'recorded on the scoring page: applies in every track',
  'trackRecusals.clear': 'Lift',
  'trackRecusals.juror': 'Juror',
  'trackRecusals.team': 'Team',
  'trackRecusals.reason': 'Reason',
  'trackRecusals.actor': 'Recorded by',
  'trackRecusals.add': 'Recuse in this track',
  'trackRecusals.choose': '— choose —',
} as const;

export const trackRecusalsFr: Record<keyof typeof trackRecusalsEn, string> = {
  'trackRecusals.title': 'Récusations dans ce prix',
  'trackRecusals.none': 'Aucune récusation dans ce prix.',
  'trackRecusals.row': '{juror} ne juge pas {team} — {reason}',
  'trackRecusals.event': 'enregistrée sur la page de notation\u00a0: vaut pour tous les prix',
  'trackRecusals.clear': 'Lever',
  'trackRecusals.juror': 'Juré',
  'trackRecusals.team': 'Équipe',
  'trackRecusals.reason': 'Motif',
  'trackRecusals.actor': 'Enregistrée par',
  'trackRecusals.add': 'Récuser dans ce prix',
  'trackRecusals.choose': '— choisir —',
};

/** The audience prize as a step of the award ceremony (main/core/audience/audience-ceremony.ts). */
export const audienceCeremonyEn = {
  'audience.ceremony.prize': 'Audience prize',
  'audience.ceremony.votes': '{votes, plural, one {# vote} other {# votes}}',
  'audience.ceremony.noVotes': 'No votes were cast',
};

export const audienceCeremonyFr: Record<keyof typeof audienceCeremonyEn, string> = {
  'audience.ceremony.prize': 'Prix du public',
  'audience.ceremony.votes': '{votes, plural, other {#\u00a0voix}}',
  'audience.ceremony.noVotes': 'Aucun vote n’a été exprimé',
};

/**
 * Which certificates a batch contains, in print order, each with its
 * verification code. The renderer draws exactly this list and the issued-code
 * export is this list, so the two can never disagree.
 */
import type { Team } from '../../../common/domain';
import { DocumentError } from './errors';
import type { CertificatesInput } from './types';
import { type CertificateContent, certificateCode, type IssuedCertificate } from './verification-code';

export interface PlannedCertificate extends IssuedCertificate {
  team: Team;
}

function teamById(input: CertificatesInput, teamId: number, field: string): Team {
  const team = input.teams.find((t) => t.id === teamId);
  if (!team) throw new DocumentError({ code: 'documents.unknownReference', field, id: teamId });
  return team;
}

export function planCertificates(input: CertificatesInput): PlannedCertificate[] {
  const { event, verification } = input;
  const base = { eventName: event.name, startDate: event.startDate, endDate: event.endDate };
  const planned: PlannedCertificate[] = [];
  const add = (
    team: Team,
    content: Omit<CertificateContent, keyof typeof base | 'teamName' | 'projectTitle'>,
  ) => {
    const full: CertificateContent = {
      ...content,
      teamName: team.name,
      projectTitle: team.projectTitle,
      ...base,
    };
    planned.push({ ...full, code: certificateCode(verification, full), team });
  };

  if (input.which !== 'awards') {
    const teams = [...input.teams].sort((a, b) => a.position - b.position);
    for (const team of teams) {
      for (const member of team.members) {
        add(team, { kind: 'participation', recipientKind: 'member', recipient: member.name, award: null });
      }
    }
  }
  if (input.which !== 'participation') {
    input.awards.forEach((award, i) => {
      const team = teamById(input, award.teamId, `awards[${i}].teamId`);
      add(team, { kind: 'award', recipientKind: 'team', recipient: team.name, award: award.name });
      for (const member of team.members) {
        add(team, { kind: 'award', recipientKind: 'member', recipient: member.name, award: award.name });
      }
    });
  }
  return planned;
}

/** The codes a certificate batch issues and what each certifies, for the verify screen and the CLI. */
export function listIssuedCertificates(input: CertificatesInput): IssuedCertificate[] {
  return planCertificates(input).map(({ team: _team, ...issued }) => issued);
}

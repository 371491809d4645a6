import { describe, expect, it } from 'vitest';
import { listIssuedCertificates, planCertificates } from '../../../main/core/documents/certificate-plan';
import { DocumentError } from '../../../main/core/documents/errors';
import { exportIssuedCertificates } from '../../../main/core/documents/issued-export';
import { verifyCertificateCode } from '../../../main/core/documents/verification-code';
import { certificatesInput, EVENT, TEAMS } from '../../integration/documents/sample-inputs';

describe('planCertificates', () => {
  it('plans one participation certificate per member, teams in setup order', () => {
    const planned = planCertificates(certificatesInput({ which: 'participation' }));
    const expected = [...TEAMS]
      .sort((a, b) => a.position - b.position)
      .flatMap((t) => t.members.map((m) => m.name));
    expect(planned.map((c) => c.recipient)).toEqual(expected);
    expect(
      planned.every((c) => c.kind === 'participation' && c.recipientKind === 'member' && c.award === null),
    ).toBe(true);
  });

  it('plans, per award, one certificate for the team then one per member', () => {
    const planned = planCertificates(certificatesInput({ which: 'awards' }));
    expect(planned.map((c) => [c.award, c.recipientKind, c.recipient])).toEqual([
      ['Premier prix', 'team', 'Lagon Bleu Data Collective'],
      ['Premier prix', 'member', TEAMS[2]?.members[0]?.name],
      ['Premier prix', 'member', 'Teva Ūtia'],
      ['Coup de cœur du jury', 'team', 'Te Moana'],
      ['Coup de cœur du jury', 'member', 'Tāmaʻa Teriʻi'],
      ['Coup de cœur du jury', 'member', 'Hinatea Raʻiātea'],
      ['Coup de cœur du jury', 'member', 'Éloïse Lefèvre-Ō'],
    ]);
  });

  it('gives every certificate a distinct code', () => {
    const planned = planCertificates(certificatesInput());
    expect(new Set(planned.map((c) => c.code)).size).toBe(planned.length);
  });

  it('refuses an award for a team that does not exist', () => {
    expect(() => planCertificates(certificatesInput({ awards: [{ name: 'Prix', teamId: 42 }] }))).toThrow(
      DocumentError,
    );
  });
});

describe('issued certificates export', () => {
  it('lists each code with what it certifies, and verifies without the secret', () => {
    const input = certificatesInput();
    const exported = exportIssuedCertificates(input);
    expect(exported).toMatchObject({
      format: 'pitch-jury/issued-certificates',
      version: 1,
      eventName: EVENT.name,
    });
    expect(exported.certificates).toEqual(listIssuedCertificates(input));
    const json = JSON.parse(JSON.stringify(exported)) as typeof exported;
    expect(json.certificates.some((c) => 'secret' in c || 'team' in c)).toBe(false);
    const award = json.certificates.find(
      (c) => c.award === 'Coup de cœur du jury' && c.recipient === 'Tāmaʻa Teriʻi',
    );
    expect(award).toBeDefined();
    expect(verifyCertificateCode(award?.code ?? '', { issued: json.certificates })).toEqual({
      status: 'issued',
      certificate: award,
    });
  });
});

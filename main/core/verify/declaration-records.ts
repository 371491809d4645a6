/**
 * Declarations of interest in the verifier: their own hash chain
 * (scoring/declaration-chain.ts), then every recusal that says it came from
 * a declaration must point at a declaration, by that juror, naming that team.
 * The second check catches what a chain alone cannot: the last declarations
 * removed from the log while the recusals they brought stay behind, or a
 * recusal the chair recorded passed off as the juror's own declaration.
 */
import { declarationFromRow, verifyDeclarationRows } from '../scoring/declaration-chain';
import type { VerifyProblem } from './types';

export function checkDeclarations(
  declarationRows: readonly unknown[],
  recusalRows: readonly unknown[],
): VerifyProblem | null {
  const chain = verifyDeclarationRows(declarationRows);
  if (!chain.ok) return { code: chain.reason, params: { seq: chain.brokenAtSeq } };
  const declared = new Map<number, { jurorId: number; teamIds: Set<number> }>();
  for (const row of declarationRows) {
    const d = declarationFromRow(row);
    if (!d) continue; // cannot happen: the chain check above parsed every row
    let teamIds: Set<number>;
    try {
      teamIds = new Set((JSON.parse(d.linksJson) as { teamId: number }[]).map((l) => l.teamId));
    } catch {
      return { code: 'declaration.rowInvalid', params: { seq: d.seq } };
    }
    declared.set(d.seq, { jurorId: d.jurorId, teamIds });
  }
  for (const row of recusalRows) {
    const r = row as { juror_id?: unknown; team_id?: unknown; declaration_seq?: unknown };
    if (r.declaration_seq === null || r.declaration_seq === undefined) continue;
    const d = declared.get(r.declaration_seq as number);
    if (!d || d.jurorId !== r.juror_id || !d.teamIds.has(r.team_id as number)) {
      return {
        code: 'declaration.recusalUnbacked',
        params: { seq: String(r.declaration_seq), jurorId: String(r.juror_id), teamId: String(r.team_id) },
      };
    }
  }
  return null;
}

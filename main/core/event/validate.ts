import type { CriterionDraft, JurorDraft, TeamDraft } from '../../../common/contract/setup';
import type { EventInfo, TimerDefaults } from '../../../common/domain';
import { nameProblem, normaliseName } from '../../../common/name-rules';
import { DomainError, type FieldIssue } from '../errors';

export { normaliseName };

/**
 * Business validation of setup drafts. Returns every problem at once (a form
 * shows them all), each pointing at its field with a translatable code.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The key two names collide on: case-insensitive, NFC, inner spaces collapsed. */
export function nameKey(name: string): string {
  return normaliseName(name).replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}

/**
 * A name's own problems: empty, or refused by the one name rule
 * (common/name-rules.ts: invisible-only names, format characters such as
 * zero-width joiners and bidi controls). Used by every form that takes a name.
 */
export function nameIssues(path: (string | number)[], raw: string): FieldIssue[] {
  if (!normaliseName(raw)) return [{ path, code: 'validation.nameRequired' }];
  const problem = nameProblem(raw);
  if (problem === null) return [];
  return problem.code === 'nameInvisible'
    ? [{ path, code: 'validation.nameInvisible' }]
    : [
        {
          path,
          code: 'validation.nameFormatCharacter',
          params: { codePoint: problem.codePoint, position: problem.position },
        },
      ];
}

export function throwIfIssues(issues: FieldIssue[]): void {
  const first = issues[0];
  if (first) throw new DomainError(first.code, first.params ?? {}, issues);
}

export function validateEventInfo(info: EventInfo): FieldIssue[] {
  const issues: FieldIssue[] = [];
  issues.push(...nameIssues(['name'], info.name));
  if (!isRealDate(info.startDate)) issues.push({ path: ['startDate'], code: 'validation.date' });
  if (!isRealDate(info.endDate)) issues.push({ path: ['endDate'], code: 'validation.date' });
  else if (isRealDate(info.startDate) && info.endDate < info.startDate)
    issues.push({ path: ['endDate'], code: 'validation.dateOrder' });
  if (!Number.isInteger(info.scaleMax) || info.scaleMax <= 0)
    issues.push({ path: ['scaleMax'], code: 'validation.scaleMax' });
  return issues;
}

export function validateTimerDefaults(timer: TimerDefaults): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (timer.pitchMs <= 0) issues.push({ path: ['pitchMs'], code: 'validation.duration' });
  if (timer.redAtMs > timer.amberAtMs)
    issues.push({
      path: ['redAtMs'],
      code: 'validation.thresholds',
      params: { red: formatSeconds(timer.redAtMs), amber: formatSeconds(timer.amberAtMs) },
    });
  return issues;
}

export function validateTeamDraft(
  draft: TeamDraft,
  others: readonly { id: number; name: string }[],
  selfId: number | null,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = normaliseName(draft.name);
  const own = nameIssues(['name'], draft.name);
  if (own.length > 0) issues.push(...own);
  else if (others.some((t) => t.id !== selfId && nameKey(t.name) === nameKey(name)))
    issues.push({ path: ['name'], code: 'validation.duplicateTeam', params: { name } });
  const seen = new Set<string>();
  draft.members.forEach((member, index) => {
    const memberName = normaliseName(member.name);
    const own = nameIssues(['members', index, 'name'], member.name);
    if (own.length > 0) issues.push(...own);
    else if (seen.has(nameKey(memberName)))
      issues.push({
        path: ['members', index, 'name'],
        code: 'validation.duplicateMember',
        params: { name: memberName },
      });
    seen.add(nameKey(memberName));
    const email = member.email?.trim();
    if (email && !EMAIL.test(email))
      issues.push({ path: ['members', index, 'email'], code: 'validation.email', params: { value: email } });
  });
  return issues;
}

export function validateJurorDraft(
  draft: JurorDraft,
  others: readonly { id: number; name: string }[],
  selfId: number | null,
): FieldIssue[] {
  const name = normaliseName(draft.name);
  const own = nameIssues(['name'], draft.name);
  if (own.length > 0) return own;
  if (others.some((j) => j.id !== selfId && nameKey(j.name) === nameKey(name)))
    return [{ path: ['name'], code: 'validation.duplicateJuror', params: { name } }];
  return [];
}

export function validateCriterionDraft(draft: CriterionDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  issues.push(...nameIssues(['name'], draft.name));
  if (draft.weight < 0 || draft.weight > 100)
    issues.push({ path: ['weight'], code: 'validation.weightRange' });
  if (draft.max <= draft.min) {
    issues.push({ path: ['max'], code: 'validation.scaleOrder', params: { min: draft.min, max: draft.max } });
  } else {
    const steps = (draft.max - draft.min) / draft.step;
    if (draft.step <= 0 || Math.abs(steps - Math.round(steps)) > 1e-9)
      issues.push({ path: ['step'], code: 'validation.step', params: { range: draft.max - draft.min } });
  }
  draft.levels.forEach((level, index) => {
    if (level.value < draft.min || level.value > draft.max || !level.label.trim())
      issues.push({ path: ['levels', index], code: 'validation.levelFormat', params: { line: index + 1 } });
  });
  return issues;
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function formatSeconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

import type {
  AggregationMethodId,
  RankingIssueView,
  TieBreakRuleView,
} from '../../../common/contract/results';
import type { EventSetup } from '../../../common/domain';
import type { MessageKey, MessageParams } from '../../../common/i18n';

type T = (key: MessageKey, params?: MessageParams) => string;

/** Names by id for a setup snapshot; ids no longer in the setup show as "#12". */
export function namesOf(setup: Pick<EventSetup, 'teams' | 'jurors' | 'criteria'>) {
  const teams = new Map(setup.teams.map((x) => [x.id, x.name]));
  const jurors = new Map(setup.jurors.map((x) => [x.id, x.name]));
  const criteria = new Map(setup.criteria.map((x) => [x.id, x.name]));
  return {
    team: (id: number) => teams.get(id) ?? `#${id}`,
    juror: (id: number) => jurors.get(id) ?? `#${id}`,
    criterion: (id: number) => criteria.get(id) ?? `#${id}`,
    list: (ids: readonly number[], of: (id: number) => string) => ids.map(of).join(', '),
  };
}

export type Names = ReturnType<typeof namesOf>;

export function methodName(t: T, method: AggregationMethodId): string {
  return t(`ranking.method.${method}.name` as const);
}

export function methodExplanation(t: T, method: AggregationMethodId): string {
  return t(`ranking.method.${method}.explanation` as const);
}

export function methodMissingPolicy(t: T, method: AggregationMethodId): string {
  return t(`ranking.method.${method}.missing` as const);
}

export function ruleText(t: T, rule: TieBreakRuleView, names: Names): string {
  return rule.kind === 'criterion'
    ? t('ranking.tieBreak.criterion', { criterion: names.criterion(rule.criterionId) })
    : t(`ranking.tieBreak.${rule.kind}` as const);
}

/** A ranking issue in words, with names in place of ids. */
export function issueText(t: T, issue: RankingIssueView, names: Names): string {
  return t(issue.code, {
    juror: issue.jurorId === undefined ? '' : names.juror(issue.jurorId),
    team: issue.teamId === undefined ? '' : names.team(issue.teamId),
    criterion: issue.criterionId === undefined ? '' : names.criterion(issue.criterionId),
    teams: names.list(issue.teamIds ?? [], names.team),
  });
}

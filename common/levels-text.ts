import type { CriterionLevel } from './domain';

/**
 * Level descriptions are edited as text, one "value: label" per line (the
 * easiest thing to paste from a judging grid). Decimal commas are accepted.
 */
export function parseLevelsText(text: string): { levels: CriterionLevel[]; badLines: number[] } {
  const levels: CriterionLevel[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const match = /^\s*(-?\d+(?:[.,]\d+)?)\s*[:=–-]\s*(.+?)\s*$/.exec(line);
    if (!match?.[1] || !match[2]) {
      badLines.push(index + 1);
      return;
    }
    levels.push({ value: Number(match[1].replace(',', '.')), label: match[2] });
  });
  return { levels, badLines };
}

export function levelsToText(levels: readonly CriterionLevel[]): string {
  return levels.map((l) => `${l.value}: ${l.label}`).join('\n');
}

import { type KeyboardEvent, useRef, useState } from 'react';
import type { ScoresGrid, SheetView } from '../../../common/contract/scoring';
import type { Criterion, EventSetup } from '../../../common/domain';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { fieldErrorsOf } from '../ui/fields';
import { DeclarationsPanel } from './DeclarationsPanel';
import { namesOf } from './labels';
import { PinsPanel } from './PinsPanel';
import { ProgressPanel } from './ProgressPanel';
import { RecusalsPanel } from './RecusalsPanel';
import { parseScore, scoreText } from './score-input';

interface Row {
  teamId: number;
  jurorId: number;
  recused: boolean;
  sheet: SheetView | null;
}

const cellKey = (jurorId: number, teamId: number, criterionId: number) =>
  `${jurorId}:${teamId}:${criterionId}`;

/**
 * `#/scoring/grid`: the chair types paper score sheets in. One row per sheet
 * (team × juror), one column per criterion. Enter and ↓ go down, ↑ goes up,
 * ← → move across, Tab follows the row; a value is saved when the cell is
 * left, and an out-of-range value is refused on the spot with the reason.
 */
export function ChairGrid() {
  const { t } = useI18n();
  const setup = useLive('setup.get', {});
  const grid = useLive('scores.grid', {});
  const [jurorFilter, setJurorFilter] = useState<number | 'all'>('all');
  const [message, setMessage] = useState<string | null>(null);

  if (setup.error || grid.error) return <p className="form-error">{setup.error ?? grid.error}</p>;
  if (!setup.data || !grid.data) return <p className="muted">{t('app.loading')}</p>;
  const { teams, jurors, criteria } = setup.data;
  const submitComplete = async () => {
    try {
      const { submitted } = await call('scores.submitComplete', {});
      setMessage(t('scoring.grid.submittedCount', { count: submitted }));
    } catch (error) {
      setMessage(fieldErrorsOf(error).message);
    }
  };
  return (
    <div className="chair-grid">
      <div className="card">
        <div className="card-head">
          <h2>{t('scoring.grid.title')}</h2>
          <label className="inline-label">
            <span>{t('scoring.grid.juror')}</span>
            <select
              value={jurorFilter}
              onChange={(e) => setJurorFilter(e.target.value === 'all' ? 'all' : Number(e.target.value))}
            >
              <option value="all">{t('scoring.grid.allJurors')}</option>
              {jurors.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={grid.data.locked} onClick={() => void submitComplete()}>
            {t('scoring.grid.submitComplete')}
          </button>
        </div>
        <p className="muted small">{t('scoring.grid.keys')}</p>
        {grid.data.locked && <p className="warning">{t('scoring.form.lockedNotice')}</p>}
        {criteria.length === 0 || teams.length === 0 || jurors.length === 0 ? (
          <p className="muted">{t('scoring.grid.empty')}</p>
        ) : (
          <GridTable
            setup={setup.data}
            grid={grid.data}
            jurorIds={jurors.map((j) => j.id).filter((id) => jurorFilter === 'all' || id === jurorFilter)}
            onMessage={setMessage}
          />
        )}
        {message && (
          <p className="grid-message" role="alert" data-testid="grid-message">
            {message}
          </p>
        )}
      </div>
      <ProgressPanel />
      <RecusalsPanel />
      {/* After the recusals: Tab from the grid's last cell still reaches the recusal list first (pitch-day.spec item 1). */}
      <DeclarationsPanel />
      <PinsPanel />
    </div>
  );
}

function GridTable({
  setup,
  grid,
  jurorIds,
  onMessage,
}: {
  setup: EventSetup;
  grid: ScoresGrid;
  jurorIds: number[];
  onMessage: (text: string | null) => void;
}) {
  const { t, locale } = useI18n();
  const names = namesOf(setup);
  const table = useRef<HTMLTableElement>(null);
  // What the chair typed and has not been accepted yet; everything else shows the stored value.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<Record<string, boolean>>({});
  const [reopening, setReopening] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  const sheets = new Map(grid.sheets.map((s) => [`${s.jurorId}:${s.teamId}`, s]));
  const recused = new Set(grid.recusals.map((r) => `${r.jurorId}:${r.teamId}`));
  const rows: Row[] = grid.teamOrder.flatMap((teamId) =>
    jurorIds.map((jurorId) => ({
      teamId,
      jurorId,
      recused: recused.has(`${jurorId}:${teamId}`),
      sheet: sheets.get(`${jurorId}:${teamId}`) ?? null,
    })),
  );
  const stored = (row: Row, c: Criterion) =>
    scoreText(row.sheet?.scores.find((s) => s.criterionId === c.id)?.value, locale);

  const focusCell = (row: number, col: number) => {
    const target = table.current?.querySelector<HTMLInputElement>(
      `input[data-row="${row}"][data-col="${col}"]`,
    );
    if (target) {
      target.focus();
      target.select();
    }
  };

  const commit = async (row: Row, c: Criterion) => {
    const key = cellKey(row.jurorId, row.teamId, c.id);
    const text = typed[key];
    if (text === undefined || text === stored(row, c)) return;
    const parsed = parseScore(text, c);
    if (!parsed.ok) {
      setInvalid((prev) => ({ ...prev, [key]: true }));
      onMessage(
        t('scoring.grid.cellError', {
          team: names.team(row.teamId),
          juror: names.juror(row.jurorId),
          criterion: c.name,
          message: t(parsed.message.key, parsed.message.params),
        }),
      );
      return;
    }
    try {
      await call('scores.enter', {
        jurorId: row.jurorId,
        teamId: row.teamId,
        criterionId: c.id,
        value: parsed.value,
      });
      setTyped(({ [key]: _done, ...rest }) => rest);
      setInvalid(({ [key]: _done, ...rest }) => rest);
      onMessage(null);
    } catch (error) {
      setInvalid((prev) => ({ ...prev, [key]: true }));
      onMessage(fieldErrorsOf(error).message);
    }
  };

  const onKey = (event: KeyboardEvent<HTMLInputElement>, rowIndex: number, col: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      Enter: [event.shiftKey ? -1 : 1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    // Commit now, not only on blur: at the edge of the grid the focus does not move.
    const row = rows[rowIndex];
    const criterion = setup.criteria[col];
    if (row && criterion) void commit(row, criterion);
    // Leaving the cell commits it (blur); skip disabled cells of recused or submitted rows.
    let r = rowIndex + move[0];
    const c = Math.min(Math.max(col + move[1], 0), setup.criteria.length - 1);
    while (
      r >= 0 &&
      r < rows.length &&
      table.current?.querySelector(`input[data-row="${r}"][data-col="${c}"]:disabled`)
    ) {
      r += move[0] || 1;
    }
    if (r >= 0 && r < rows.length) focusCell(r, c);
  };

  const runRowAction = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onMessage(null);
    } catch (error) {
      onMessage(fieldErrorsOf(error).message);
    }
  };

  return (
    <div className="grid-scroll">
      <table className="score-grid" ref={table}>
        <thead>
          <tr>
            <th scope="col">{t('scoring.grid.team')}</th>
            <th scope="col">{t('scoring.grid.juror')}</th>
            {setup.criteria.map((c) => (
              <th scope="col" key={c.id}>
                {c.name}
                <span className="muted small"> ({t('scoring.grid.range', { min: c.min, max: c.max })})</span>
              </th>
            ))}
            <th scope="col">{t('scoring.grid.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => {
            const submitted = row.sheet?.status === 'submitted';
            const complete = setup.criteria.every((c) =>
              row.sheet?.scores.some((s) => s.criterionId === c.id),
            );
            const sheetKey = `${row.jurorId}:${row.teamId}`;
            return (
              <tr
                key={sheetKey}
                className={[
                  row.recused && 'recused',
                  submitted && 'submitted',
                  // The first sheet of each team starts a visual group; the others name it quietly.
                  rows[rowIndex - 1]?.teamId !== row.teamId && 'team-start',
                ]
                  .filter(Boolean)
                  .join(' ')}
                data-testid="grid-row"
              >
                <th scope="row">{names.team(row.teamId)}</th>
                <td>{names.juror(row.jurorId)}</td>
                {setup.criteria.map((c, col) => {
                  const key = cellKey(row.jurorId, row.teamId, c.id);
                  return (
                    <td key={c.id}>
                      <input
                        className={`grid-cell${invalid[key] ? ' invalid' : ''}`}
                        inputMode="decimal"
                        data-row={rowIndex}
                        data-col={col}
                        aria-label={`${names.team(row.teamId)}, ${names.juror(row.jurorId)}, ${c.name}`}
                        aria-invalid={invalid[key] ? true : undefined}
                        disabled={row.recused || submitted || grid.locked}
                        placeholder={row.recused ? '—' : ''}
                        value={typed[key] ?? stored(row, c)}
                        onChange={(e) => {
                          const text = e.target.value;
                          setTyped((prev) => ({ ...prev, [key]: text }));
                        }}
                        onBlur={() => void commit(row, c)}
                        onKeyDown={(e) => onKey(e, rowIndex, col)}
                      />
                    </td>
                  );
                })}
                <td className="grid-status">
                  {row.recused ? (
                    <span className="badge warn">{t('scoring.status.recused')}</span>
                  ) : submitted ? (
                    <>
                      <span className="badge ok">{t('scoring.status.submitted')}</span>
                      {!grid.locked && reopening !== sheetKey && (
                        <button type="button" className="ghost small" onClick={() => setReopening(sheetKey)}>
                          {t('scoring.form.reopen')}
                        </button>
                      )}
                    </>
                  ) : (
                    <button
                      type="button"
                      className="small"
                      disabled={!complete || grid.locked}
                      onClick={() =>
                        void runRowAction(() =>
                          call('scores.submitSheet', { jurorId: row.jurorId, teamId: row.teamId }),
                        )
                      }
                    >
                      {t('scoring.grid.submit')}
                    </button>
                  )}
                  {reopening === sheetKey && (
                    <form
                      className="grid-reopen"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void runRowAction(async () => {
                          await call('scores.reopen', { jurorId: row.jurorId, teamId: row.teamId, reason });
                          setReopening(null);
                          setReason('');
                        });
                      }}
                    >
                      <input
                        aria-label={t('scoring.form.reopenReason')}
                        placeholder={t('scoring.form.reopenReason')}
                        value={reason}
                        onChange={(e) => setReason(e.target.value)}
                      />
                      <button type="submit" className="small">
                        {t('scoring.form.reopenConfirm')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

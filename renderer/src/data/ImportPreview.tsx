import type { ImportColumnMapping, ImportView } from '../../../common/contract/data';
import {
  type ImportFieldName,
  JUROR_IMPORT_FIELDS,
  TEAM_IMPORT_FIELDS,
} from '../../../common/contract/data-fields';
import type { MessageKey } from '../../../common/i18n';
import { useI18n } from '../i18n';

/**
 * One import's preview: what the file is, the column each field reads (the
 * chair can change it), the problems with their row and column, and the
 * first records as they would be imported.
 */
export function ImportPreview(props: {
  view: ImportView;
  refused: boolean;
  busy: boolean;
  onKind: (kind: ImportView['kind']) => void;
  onSheet: (sheet: string) => void;
  onMapping: (mapping: ImportColumnMapping) => void;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { view } = props;
  const fields: readonly ImportFieldName[] = view.kind === 'teams' ? TEAM_IMPORT_FIELDS : JUROR_IMPORT_FIELDS;
  const separator = view.separator === '\t' ? t('data.import.separator.tab') : (view.separator ?? '');
  const setField = (field: ImportFieldName, value: string) => {
    const mapping: ImportColumnMapping = { ...view.mapping };
    const index = value === '' ? undefined : Number(value);
    // A column feeds one field: choosing it here frees it elsewhere.
    for (const other of fields) if (index !== undefined && mapping[other] === index) delete mapping[other];
    if (index === undefined) delete mapping[field];
    else mapping[field] = index;
    props.onMapping(mapping);
  };

  return (
    <div className="pj-data-preview">
      <p className="small">
        <strong>{t('data.import.file', { name: view.fileName })}</strong> —{' '}
        {view.format === 'xlsx'
          ? t('data.import.format.xlsx')
          : t('data.import.format.csv', { encoding: ENCODING_NAMES[view.encoding ?? ''] ?? '', separator })}
      </p>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('data.import.kind')}</span>
          <select value={view.kind} onChange={(e) => props.onKind(e.target.value as ImportView['kind'])}>
            <option value="teams">{t('data.import.kind.teams')}</option>
            <option value="jurors">{t('data.import.kind.jurors')}</option>
          </select>
        </label>
        {view.sheetNames.length > 1 && (
          <label className="field">
            <span className="field-label">{t('data.import.sheet')}</span>
            <select value={view.sheetName ?? ''} onChange={(e) => props.onSheet(e.target.value)}>
              {view.sheetNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      <fieldset className="pj-data-mapping">
        <legend>{t('data.import.mapping')}</legend>
        <p className="small muted">{t('data.import.mappingHint')}</p>
        <div className="form-grid">
          {fields.map((field) => (
            <label key={field} className="field">
              <span className="field-label">{t(`importField.${field}` as MessageKey)}</span>
              <select
                value={view.mapping[field] === undefined ? '' : String(view.mapping[field])}
                onChange={(e) => setField(field, e.target.value)}
              >
                <option value="">{t('data.import.unmapped')}</option>
                {view.headers.map((header, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the column's position is what the option stands for.
                  <option key={index} value={String(index)}>
                    {header || columnLetter(index)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        {view.ignoredColumns.length > 0 && (
          <p className="small muted">
            {t('data.import.ignored', { columns: view.ignoredColumns.join(', ') })}
          </p>
        )}
      </fieldset>

      <p data-testid="import-counts">
        {view.kind === 'teams'
          ? t('data.import.countTeams', { teams: view.teamCount, members: view.memberCount })
          : t('data.import.countJurors', { jurors: view.jurorCount })}
        {view.layout && (
          <span className="muted"> — {t(`data.import.layout.${view.layout}` as MessageKey)}</span>
        )}
      </p>

      {view.errorCount > 0 && <ImportErrors view={view} refused={props.refused} />}
      <ImportRecords view={view} />

      <div className="actions">
        <button type="button" onClick={props.onCommit} disabled={props.busy || view.errorCount > 0}>
          {t('data.import.commit')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('data.import.cancel')}
        </button>
      </div>
    </div>
  );
}

function ImportErrors({ view, refused }: { view: ImportView; refused: boolean }) {
  const { t } = useI18n();
  return (
    <div className="pj-data-errors" role="alert">
      {refused && <p className="form-error">{t('data.import.refused')}</p>}
      <h3>{t('data.import.errors', { count: view.errorCount })}</h3>
      {view.errorCount > view.errors.length && (
        <p className="small muted">{t('data.import.errorsCapped', { shown: view.errors.length })}</p>
      )}
      <table className="pj-data-table">
        <thead>
          <tr>
            <th scope="col">{t('data.import.col.row')}</th>
            <th scope="col">{t('data.import.col.column')}</th>
            <th scope="col">{t('data.import.col.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {view.errors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole on each preview, never reordered.
            <tr key={i} data-testid="import-error">
              <td>{e.row ?? ''}</td>
              <td>{e.column ?? ''}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImportRecords({ view }: { view: ImportView }) {
  const { t } = useI18n();
  const shown = view.kind === 'teams' ? view.teams.length : view.jurors.length;
  const total = view.kind === 'teams' ? view.teamCount : view.jurorCount;
  if (shown === 0) return null;
  return (
    <div className="pj-data-records">
      <h3>{t('data.import.preview')}</h3>
      <table className="pj-data-table">
        <thead>
          {view.kind === 'teams' ? (
            <tr>
              <th scope="col">{t('data.import.col.row')}</th>
              <th scope="col">{t('data.import.col.team')}</th>
              <th scope="col">{t('data.import.col.project')}</th>
              <th scope="col">{t('data.import.col.members')}</th>
            </tr>
          ) : (
            <tr>
              <th scope="col">{t('data.import.col.row')}</th>
              <th scope="col">{t('data.import.col.juror')}</th>
              <th scope="col">{t('data.import.col.title')}</th>
            </tr>
          )}
        </thead>
        <tbody>
          {view.kind === 'teams'
            ? view.teams.map((team) => (
                <tr key={team.row} data-testid="import-record">
                  <td>{team.row}</td>
                  <td>{team.name}</td>
                  <td>{team.projectTitle}</td>
                  <td>{team.members.map((m) => (m.email ? `${m.name} <${m.email}>` : m.name)).join(', ')}</td>
                </tr>
              ))
            : view.jurors.map((juror) => (
                <tr key={juror.row} data-testid="import-record">
                  <td>{juror.row}</td>
                  <td>{juror.name}</td>
                  <td>{juror.title}</td>
                </tr>
              ))}
        </tbody>
      </table>
      {total > shown && <p className="small muted">{t('data.import.more', { count: total - shown })}</p>}
    </div>
  );
}

/** The io core's encoding codes as Excel and LibreOffice name them. */
const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'windows-1252': 'Windows-1252',
};

/** The spreadsheet letter of a column without a header (A, B, … AA). */
function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

import type { CallInput } from '../../../common/contract';
import type { MessageKey } from '../../../common/i18n';
import { call } from '../api';
import { useI18n } from '../i18n';
import { navigate } from '../router';

type ExportChoice = { label: MessageKey; run: () => Promise<{ path: string } | null> };

const results = (input: CallInput<'export.results'>) => () => call('export.results', input);

const EXPORTS: ExportChoice[] = [
  { label: 'data.export.workbook', run: results({ format: 'xlsx' }) },
  { label: 'data.export.rankingCsv', run: results({ format: 'csv', table: 'ranking' }) },
  { label: 'data.export.jurorScoresCsv', run: results({ format: 'csv', table: 'jurorScores' }) },
  { label: 'data.export.teamsCsv', run: results({ format: 'csv', table: 'teams' }) },
  { label: 'data.export.jurorsCsv', run: results({ format: 'csv', table: 'jurors' }) },
  { label: 'data.export.eventJson', run: () => call('export.event', {}) },
];

/** Exports (a save dialog in main for each) and opening an event from a JSON export. */
export function ExportPanel({
  onDone,
  onError,
}: {
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const run = async (action: () => Promise<{ path: string } | null>, message: MessageKey) => {
    try {
      const saved = await action();
      if (saved) onDone(t(message, { path: saved.path }));
    } catch (error) {
      onError(error);
    }
  };
  return (
    <>
      <section className="card" aria-labelledby="pj-export-title">
        <h2 id="pj-export-title">{t('data.export.title')}</h2>
        <p className="small muted">{t('data.export.hint')}</p>
        <div className="pj-data-buttons">
          {EXPORTS.map((choice) => (
            <button
              key={choice.label}
              type="button"
              className="secondary"
              onClick={() => void run(choice.run, 'data.export.saved')}
            >
              {t(choice.label)}
            </button>
          ))}
        </div>
      </section>
      <section className="card" aria-labelledby="pj-event-json-title">
        <h2 id="pj-event-json-title">{t('data.eventJson.title')}</h2>
        <p className="small muted">{t('data.eventJson.hint')}</p>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void run(async () => {
              const opened = await call('import.eventJson', {});
              if (opened) navigate('setup/event');
              return opened;
            }, 'data.eventJson.opened')
          }
        >
          {t('data.eventJson.import')}
        </button>
      </section>
    </>
  );
}

import type { JurorForm } from '../../../common/contract/scoring';
import { call } from '../api';
import { useI18n } from '../i18n';
import { DeclarationEditor, DeclarationSummary } from './DeclarationEditor';

/** In the juror's list of teams: whether they have declared, and the button to (re)declare. */
export function DeclarationStatus({ form, onOpen }: { form: JurorForm; onOpen: () => void }) {
  const { t } = useI18n();
  const { current, required } = form.declaration;
  const teams = form.teams.map((team) => ({ teamId: team.teamId, name: team.name }));
  return (
    <div className="declaration-status small" data-testid="declaration-status">
      {current ? (
        <DeclarationSummary declaration={current} teams={teams} />
      ) : (
        <span className={required ? 'warning' : 'muted'}>
          {required ? t('declarations.requiredNote') : t('declarations.notDeclared')}
        </span>
      )}{' '}
      {!form.locked && (
        <button type="button" className="ghost small" onClick={onOpen} data-testid="declaration-open">
          {current ? t('declarations.change') : t('declarations.title')}
        </button>
      )}
    </div>
  );
}

/**
 * The juror's declaration of interest, instead of the sheet while it is open
 * (and until they have declared, when the chair requires it). The same page
 * serves the laptop and the phone: both call `scoring.declare` with the form's token.
 */
export function JurorDeclarationPanel({
  token,
  form,
  onDone,
  onCancel,
}: {
  token: string;
  form: JurorForm;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const teams = form.teams.map((team) => ({ teamId: team.teamId, name: team.name }));
  return (
    <section className="card" aria-labelledby="declaration-title" data-testid="juror-declaration">
      <h2 id="declaration-title">{t('declarations.title')}</h2>
      <p className="muted">{t('declarations.intro')}</p>
      {form.declaration.required && <p className="warning">{t('declarations.requiredNote')}</p>}
      <DeclarationEditor
        teams={teams}
        current={form.declaration.current}
        submitLabel={t('declarations.submit')}
        onSubmit={async (links) => {
          const result = await call('scoring.declare', { token, links });
          if (result.startedSheetTeamIds.length === 0) onDone();
          return result;
        }}
        {...(onCancel ? { onCancel } : {})}
      />
    </section>
  );
}

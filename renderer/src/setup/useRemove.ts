import { useState } from 'react';
import { call } from '../api';
import { useI18n } from '../i18n';
import { fieldErrorsOf } from '../ui/fields';

/** Delete with a confirmation naming the item; the error, if any, is kept for display. */
export function useRemove(name: 'teams.delete' | 'jurors.delete' | 'criteria.delete') {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const run = (id: number, label: string) => {
    if (!window.confirm(t('common.confirmDelete', { name: label }))) return;
    call(name, { id }).then(
      () => setError(null),
      (failure: unknown) => setError(fieldErrorsOf(failure).message),
    );
  };
  return { run, error };
}

import type { MessageKey } from '../../../common/i18n';
import { CHAIR_KEYS, type ChairKeyBinding } from '../../../common/timer';
import { useI18n } from '../i18n';

/** "Espace", "T", "Maj+↑": the key as printed on the keyboard, in the chair's language. */
export function useKeyLabel(): (binding: Pick<ChairKeyBinding, 'key' | 'shift' | 'ctrl'>) => string {
  const { t } = useI18n();
  return ({ key, shift, ctrl }) => {
    const glyph =
      key === 'Space' ? t('key.Space') : key === 'ArrowUp' ? '↑' : key === 'ArrowDown' ? '↓' : key;
    const shifted = shift ? `${t('key.shift')}+${glyph}` : glyph;
    return ctrl ? `${t('key.ctrl')}+${shifted}` : shifted;
  };
}

/** The on-screen help, generated from the same table that drives the keys. */
export function KeyLegend() {
  const { t } = useI18n();
  const label = useKeyLabel();
  return (
    <section className="card pj-keys" aria-labelledby="pj-keys-title">
      <h2 id="pj-keys-title">{t('chairKeys.title')}</h2>
      <dl>
        {CHAIR_KEYS.map((binding) => (
          <div key={`${binding.key}-${binding.shift}-${binding.ctrl ?? false}`}>
            <dt>
              <kbd>{label(binding)}</kbd>
            </dt>
            <dd>{t(binding.descriptionCode as MessageKey)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('chairKeys.hint')}</p>
    </section>
  );
}

import { useState } from 'react';
import type { OrderView } from '../../../common/contract/session';
import { makeSeed } from '../../../common/order';
import { call } from '../api';
import { useI18n } from '../i18n';
import { formatTime } from './schedule-view';

/**
 * The transparent draw: a seed everyone sees (typed, called out by a juror,
 * or generated here), and after the draw everything needed to re-run it.
 */
export function DrawPanel({ order, onError }: { order: OrderView; onError: (error: unknown) => void }) {
  const { t, locale } = useI18n();
  const [seed, setSeed] = useState('');
  const draw = order.draw;
  const started = order.entries.some((e) => e.status === 'on_stage' || e.status === 'done');
  return (
    <section className="card pj-draw" aria-labelledby="pj-draw-title">
      <h2 id="pj-draw-title">{t('order.draw.title')}</h2>
      <form
        className="pj-draw-form"
        onSubmit={(e) => {
          e.preventDefault();
          call('order.draw', { seed: seed.trim() || null }).then(() => setSeed(''), onError);
        }}
      >
        <label className="field">
          <span className="field-label">{t('order.draw.seed')}</span>
          <input
            name="draw-seed"
            value={seed}
            maxLength={64}
            onChange={(e) => setSeed(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <span className="field-hint">{t('order.draw.seedHint')}</span>
        </label>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setSeed(makeSeed())}>
            {t('order.draw.generate')}
          </button>
          <button type="submit" disabled={started}>
            {t('order.draw.run')}
          </button>
        </div>
      </form>
      {draw && (
        <div className="pj-draw-result" data-testid="draw-result">
          <p className="pj-seed" data-testid="draw-seed">
            {draw.seed}
          </p>
          <p>
            {t('order.draw.last', {
              seed: draw.seed,
              version: draw.algorithmVersion,
              time: formatTime(draw.drawnAt, locale),
            })}
          </p>
          <p className="small">{t('order.draw.ids', { ids: draw.teamIds.join(', ') })}</p>
          <p className="muted small">{t('order.draw.rerun')}</p>
        </div>
      )}
    </section>
  );
}

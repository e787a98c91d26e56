import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Past events or projects on a context page: collapsed under "Frühere" until opened. */
export function EarlierSection({ id, count, children }: { id: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <section className="ctx-group ctx-earlier" aria-labelledby={`${id}-earlier`}>
      <details>
        <summary>
          <h2 id={`${id}-earlier`} className="ctx-group__title ctx-earlier__title">
            {t('context.earlier')}
          </h2>{' '}
          <span className="ctx-earlier__count">{t('context.earlierCount', { count })}</span>
        </summary>
        {children}
      </details>
    </section>
  );
}

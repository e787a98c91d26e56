import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/styles/shortlist.css';

type Outcome = 'idle' | 'copied' | 'failed';

/**
 * Copies a link and says so in a live region. Where the clipboard is not available (plain http,
 * denied permission) it shows the link in a selected read-only field to copy by hand.
 */
export function CopyLinkButton({ getUrl, label }: { getUrl: () => string; label?: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [url, setUrl] = useState('');
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const copy = async () => {
    const link = getUrl();
    setUrl(link);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
      requestAnimationFrame(() => fieldRef.current?.select());
    }
  };
  return (
    <span className="copy-link">
      <button
        type="button"
        onClick={() => void copy()}
        data-copied-url={outcome === 'copied' ? url : undefined}
      >
        {label ?? t('share.copyLink')}
      </button>
      <span className="copy-link__status" aria-live="polite">
        {outcome === 'copied' ? t('share.copied') : outcome === 'failed' ? t('share.copyFailed') : ''}
      </span>
      {outcome === 'failed' && (
        <span className="copy-link__fallback">
          <label htmlFor={fieldId} className="visually-hidden">
            {t('share.linkLabel')}
          </label>
          <input id={fieldId} ref={fieldRef} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </span>
  );
}

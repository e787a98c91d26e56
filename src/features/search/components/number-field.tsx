import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { plainReader, type NumberReader } from './number-reader';

interface NumberFieldProps {
  /** The accessible name (for areas it names the unit: "Fläche von (ha)"). */
  label: string;
  unit: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  /** Whole numbers only (counts). */
  whole?: boolean;
  /** How the text is read; by default a plain number in the page's language. */
  reader?: NumberReader;
}

/**
 * A number input that commits on Enter or when it loses focus, so typing "20000" makes one
 * history entry, not five. It reads numbers the page's way ("1.234,5" in German, "1,234.5" in
 * English), echoes what it read ("= 10,5 ha"), and keeps text it cannot read, marked invalid,
 * with the reason beside it; an empty field removes the bound. A new `value` (the commit coming
 * back through the URL, or a change from elsewhere) resets the draft in place, so the input keeps
 * the focus; a parent that changes the unit keys the field by it.
 */
export function NumberField({ label, unit, value, onCommit, whole = false, reader }: NumberFieldProps) {
  const id = useId();
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const read = reader ?? plainReader({ t, f, language: i18n.language }, unit, whole);
  const draftOf = (v: number | undefined) => (v === undefined ? '' : read.draft(v));
  const [draft, setDraft] = useState(() => draftOf(value));
  const [error, setError] = useState<string | null>(null);
  const [drafted, setDrafted] = useState(value);
  if (value !== drafted) {
    setDrafted(value);
    setDraft(draftOf(value));
    setError(null);
  }
  const reading = read.read(draft);
  const commit = () => {
    if (!reading.ok) return setError(reading.message);
    if (reading.value !== value) onCommit(reading.value);
  };
  const shown = error ?? (reading.ok ? reading.echo : null);
  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <span className="number-field__input">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={shown ? `${id}-note` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
        <span className="number-field__unit" aria-hidden="true">
          {unit}
        </span>
      </span>
      {shown && (
        <span id={`${id}-note`} className={error ? 'number-field__error' : 'number-field__echo'}>
          {shown}
        </span>
      )}
    </div>
  );
}

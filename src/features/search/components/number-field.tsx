import { useId, useState } from 'react';

interface NumberFieldProps {
  label: string;
  unit: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  /** Whole numbers only (areas in m²). */
  whole?: boolean;
}

/**
 * A number input that commits on Enter or when it loses focus, so typing "20000" makes one
 * history entry, not five. Accepts German input ("1.234,5" / "12,5"); the unit is shown beside it.
 * Keyed by its value by the parent, so a change from the URL resets the draft.
 */
export function NumberField({ label, unit, value, onCommit, whole = false }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const commit = () => {
    const next = parseNumber(draft, whole);
    if (next !== value) onCommit(next);
    else setDraft(value === undefined ? '' : String(value));
  };
  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <span className="number-field__input">
        <input
          id={id}
          inputMode={whole ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
        <span className="number-field__unit" aria-hidden="true">
          {unit}
        </span>
      </span>
    </div>
  );
}

/** "20.000" and "20000" → 20000; "12,5" → 12.5; anything else → undefined (filter off). */
export function parseNumber(text: string, whole: boolean): number | undefined {
  let s = text.trim().replace(/\s/g, '');
  if (whole) s = s.replace(/[.']/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return whole ? Math.round(n) : n;
}

import { useId, useState } from 'react';

interface AreaInputProps {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
}

/**
 * A whole-m² input that commits on Enter or when it loses focus, so typing "20000" makes
 * one history entry, not five. Digits only; grouping dots and spaces are ignored.
 * The parent keys it by `value`, so a change from the URL (back, reset) resets the draft.
 */
export function AreaInput({ label, value, onCommit }: AreaInputProps) {
  const id = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const commit = () => {
    const digits = draft.replace(/[\s.']/g, '');
    const next = /^\d{1,12}$/.test(digits) ? Number(digits) : undefined;
    if (next !== value) onCommit(next);
    else setDraft(value === undefined ? '' : String(value));
  };
  return (
    <div className="area-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </div>
  );
}

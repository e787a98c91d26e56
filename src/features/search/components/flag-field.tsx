interface FlagFieldProps {
  label: string;
  checked: boolean;
  onChange: (on: true | undefined) => void;
}

/** A required feature (rail siding, crane …): checked means "only sites that have it". */
export function FlagField({ label, checked, onChange }: FlagFieldProps) {
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked ? true : undefined)}
      />
      <span className="choice__label">{label}</span>
    </label>
  );
}

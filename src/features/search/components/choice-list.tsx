import { useId } from 'react';
import { useFormatters, type Formatters } from '@/lib/i18n/format';

export interface ChoiceOption {
  value: string;
  label: string;
  /** Results this option would give under the other active filters. */
  count?: number;
}

interface ChoiceListProps {
  legend: string;
  options: ChoiceOption[];
  selected: readonly string[] | undefined;
  onChange: (next: string[] | undefined) => void;
  /** Scroll long lists (districts, municipalities). */
  scroll?: boolean;
}

/** Multi-select checkboxes with facet counts; options that would give nothing are dimmed, not hidden. */
/** The count of a facet option; inputs name it as their description, so their name stays the label. */
export function FacetCount({ id, count, f }: { id: string; count: number; f: Formatters }) {
  return (
    <span id={id} className="choice__count">
      {f.number(count)}
    </span>
  );
}

export function ChoiceList({ legend, options, selected = [], onChange, scroll = false }: ChoiceListProps) {
  const id = useId();
  // One formatter for the whole list, not a hook per option: long lists re-render on every change.
  const f = useFormatters();
  const toggle = (value: string, on: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v)));
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="choice-list">
      <legend>{legend}</legend>
      <div className={scroll ? 'choice-list__options choice-list__options--scroll' : 'choice-list__options'}>
        {options.map((o) => {
          const checked = selected.includes(o.value);
          const empty = o.count === 0 && !checked;
          return (
            <div key={o.value} className={empty ? 'choice choice--empty' : 'choice'}>
              <label className="choice__main" htmlFor={`${id}-${o.value}`}>
                <input
                  id={`${id}-${o.value}`}
                  type="checkbox"
                  checked={checked}
                  aria-describedby={o.count !== undefined ? `${id}-${o.value}-count` : undefined}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                />
                <span className="choice__label">{o.label}</span>
              </label>
              {o.count !== undefined && <FacetCount id={`${id}-${o.value}-count`} count={o.count} f={f} />}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

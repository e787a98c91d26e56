import { useState, type ReactNode } from 'react';

/**
 * A foldable group of filters. A closed section renders only its title: the location section
 * alone holds a hundred checkboxes with counts, and rendering every closed section cost about a
 * third of each filter change and of the first render (docs/performance.md).
 */
export function FilterSection({
  title,
  defaultOpen = false,
  children,
}: {
  title: string;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details className="filter-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open && children}
    </details>
  );
}

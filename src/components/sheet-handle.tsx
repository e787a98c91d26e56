import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const SHEET_SNAPS = ['peek', 'half', 'full'] as const;
export type SheetSnap = (typeof SHEET_SNAPS)[number];

interface SheetHandleProps {
  snap: SheetSnap;
  onSnap: (snap: SheetSnap) => void;
  /** While dragging: the sheet's height in px (null when the drag ends). */
  onDrag: (height: number | null) => void;
  /** The sheet's height in px at each snap point. */
  heights: Record<SheetSnap, number>;
}

const step = (snap: SheetSnap, by: number): SheetSnap => {
  const i = SHEET_SNAPS.indexOf(snap) + by;
  return SHEET_SNAPS[Math.max(0, Math.min(SHEET_SNAPS.length - 1, i))]!;
};

/** The snap point nearest to a height. */
export const nearestSnap = (height: number, heights: Record<SheetSnap, number>): SheetSnap =>
  SHEET_SNAPS.reduce((best, s) =>
    Math.abs(heights[s] - height) < Math.abs(heights[best] - height) ? s : best,
  );

/**
 * The grip of a bottom sheet: a button. A tap (or Enter/Space) goes one size up, from full back
 * to the peek; ↑/↓ step the size; a drag follows the finger and snaps to the nearest size.
 */
export function SheetHandle({ snap, onSnap, onDrag, heights }: SheetHandleProps) {
  const { t } = useTranslation();
  const drag = useRef<{ y: number; height: number; moved: boolean } | null>(null);
  const dragged = useRef(false);
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    drag.current = { y: e.clientY, height: heights[snap], moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    const dy = d.y - e.clientY;
    if (Math.abs(dy) > 6) d.moved = true;
    if (d.moved) onDrag(Math.max(heights.peek, Math.min(heights.full, d.height + dy)));
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved) return;
    dragged.current = true;
    onDrag(null);
    onSnap(nearestSnap(d.height + d.y - e.clientY, heights));
  };
  const onClick = () => {
    // A drag ends with a click event too: only a tap changes the size here.
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    onSnap(snap === 'full' ? 'peek' : step(snap, 1));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const by = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!by) return;
    e.preventDefault();
    onSnap(step(snap, by));
  };
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={t('sheet.handle', { state: t(`sheet.${snap}`) })}
      aria-expanded={snap !== 'peek'}
      data-snap={snap}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        drag.current = null;
        onDrag(null);
      }}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <span className="sheet-handle__grip" aria-hidden="true" />
    </button>
  );
}

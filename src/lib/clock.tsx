import { createContext, useContext, type ReactNode } from 'react';

/** The one source of "today" (ISO `YYYY-MM-DD`, local time), fixed in tests. */
export interface Clock {
  today(): string;
}

/** A build-time "today" (`VITE_TODAY=2026-11-27`) for tests and screenshots; null when unset or bad. */
export function buildTimeToday(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : null;
}

const pinnedToday = buildTimeToday(import.meta.env.VITE_TODAY);

/** The device's local date, unless the build pins one (`VITE_TODAY`; unset in production). */
export const systemClock: Clock = {
  today() {
    if (pinnedToday) return pinnedToday;
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  },
};

export const fixedClock = (isoDate: string): Clock => ({ today: () => isoDate });

const ClockContext = createContext<Clock>(systemClock);

export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

export const useClock = (): Clock => useContext(ClockContext);

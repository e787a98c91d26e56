import { createContext, useContext, type ReactNode } from 'react';

/** The one source of "today" (ISO `YYYY-MM-DD`, local time), fixed in tests. */
export interface Clock {
  today(): string;
}

export const systemClock: Clock = {
  today() {
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

/** Times in Europe/Berlin, the zone of every event in the contract (CET/CEST, by the Intl database). */
export const BERLIN = 'Europe/Berlin';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: BERLIN,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock time in Berlin of an instant, as `YYYY-MM-DDTHH:MM:SS`. */
export function berlinWallClock(ms: number): string {
  const p = Object.fromEntries(parts.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** Berlin's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(ms: number): number {
  return Math.round((Date.parse(`${berlinWallClock(ms)}Z`) - ms) / 60_000);
}

const sign = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

/** A Berlin wall-clock time (`YYYY-MM-DDTHH:MM`) as ISO 8601 with its offset. */
export function berlinIso(local: string): string {
  const wall = local.length === 16 ? `${local}:00` : local;
  const guess = Date.parse(`${wall}Z`);
  // The offset at the guessed instant, then once more at the corrected one (near a DST switch).
  const first = guess - berlinOffsetMinutes(guess) * 60_000;
  const offset = berlinOffsetMinutes(first);
  return `${wall}${sign(offset)}`;
}

/** The Berlin calendar day of an ISO date-time with any offset. */
export const berlinDay = (iso: string): string => berlinWallClock(Date.parse(iso)).slice(0, 10);

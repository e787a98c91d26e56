/** A site counts as new ("Neu") for this many days from its `listed_since`. */
export const NEW_LISTING_DAYS = 30;

const DAY_MS = 86_400_000;

/** Whether a site listed on `listedSince` is new on `today` (the listing day counts; null = unknown). */
export function isNewlyListed(listedSince: string | null, today: string): boolean {
  if (listedSince === null || listedSince > today) return false;
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${listedSince}T00:00:00Z`)) / DAY_MS;
  return days < NEW_LISTING_DAYS;
}

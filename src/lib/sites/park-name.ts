/**
 * A site's park as the reader's language names it: the English label where the data has one (a
 * park named by what it is: "Gewerbefläche am Flughafen Dresden"), otherwise the park's own name,
 * which is a name in either language ("Star Park Halle").
 */
export const parkName = (
  site: { park: string | null; park_en?: string | null | undefined },
  language: string,
): string | null => (site.park === null ? null : language === 'en' ? (site.park_en ?? site.park) : site.park);

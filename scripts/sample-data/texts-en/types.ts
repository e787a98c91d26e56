/** The English version of a context item's human-readable texts, keyed by the item's slug. */
export interface EnglishText {
  title: string;
  teaser: string;
  body: string;
  /** Events only: the venue in English where it has descriptive words ("Leipzig, trade fair grounds"). */
  venue?: string;
}

export type EnglishTexts = Readonly<Record<string, EnglishText>>;

import type { EnglishTexts } from './types';

/** English texts of the news in ../news*.ts, written for this project (not machine translations). */
export const NEWS_EN: EnglishTexts = {};

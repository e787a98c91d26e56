import type { EnglishTexts } from './types';

/** English texts of the events in ../events*.ts, written for this project (not machine translations). */
export const EVENTS_EN: EnglishTexts = {};

import type { EnglishTexts } from './types';

/** English texts of the projects in ../projects*.ts, written for this project (not machine translations). */
export const PROJECTS_EN: EnglishTexts = {};

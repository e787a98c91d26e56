import { sampleDataset } from '../../mocks/dataset';
import { buildFeeds } from './sample-feeds';

/** The feeds of the sample data (data/*.json): path → Atom XML. */
export const sampleFeeds = (publicUrl: string | undefined) => buildFeeds(sampleDataset, publicUrl);

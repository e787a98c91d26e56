import { sampleDataset } from '../../mocks/dataset';
import { buildStaticApi } from '../../mocks/ogc-api/static-api';

/** The sample data (data/*.json) as static API files: relative path → JSON body. */
export const sampleStaticApi = () => buildStaticApi(sampleDataset);

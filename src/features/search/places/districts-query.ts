import { queryOptions } from '@tanstack/react-query';
import { buildDistrictNames } from './districts';

/**
 * The region's districts ship with the app (data/districts.json, 50 entries) and load on first
 * use, in their own chunk: a link's district or municipality key is checked against them.
 */
export const districtsQueryOptions = () =>
  queryOptions({
    queryKey: ['districts'] as const,
    queryFn: async () => buildDistrictNames((await import('../../../../data/districts.json')).default),
    staleTime: Infinity,
    gcTime: Infinity,
  });

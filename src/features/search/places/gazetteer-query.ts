import { queryOptions } from '@tanstack/react-query';
import { buildGazetteer } from './gazetteer';

/** The gazetteer ships with the app (data/places.json) and loads on first use, in its own chunk. */
export const gazetteerQueryOptions = () =>
  queryOptions({
    queryKey: ['gazetteer'] as const,
    queryFn: async () => buildGazetteer((await import('../../../../data/places.json')).default),
    staleTime: Infinity,
    gcTime: Infinity,
  });

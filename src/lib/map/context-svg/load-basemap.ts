import { queryOptions } from '@tanstack/react-query';
import { CONTEXT_FILES, CONTEXT_GROUPS, type ContextGroup } from '@/lib/map/basemap/context-layers';
import type { BasemapCollection } from './layer-paths';
import type { Town } from './towns';

/** The offline basemap's context layers and the gazetteer's towns, as the context map draws them. */
export interface ContextBasemap {
  layers: Record<ContextGroup, BasemapCollection>;
  towns: readonly Town[];
}

async function fetchCollection(url: string): Promise<BasemapCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as BasemapCollection;
}

/**
 * Loaded when an exposé is shown, never on first paint: the four context files of
 * public/basemap/ and the gazetteer (data/places.json, the chunk place search also loads).
 */
export const contextBasemapQueryOptions = (base: string) =>
  queryOptions({
    queryKey: ['expose-context-basemap', base] as const,
    queryFn: async (): Promise<ContextBasemap> => {
      const [towns, ...collections] = await Promise.all([
        import('../../../../data/places.json').then((m) => m.default as Town[]),
        ...CONTEXT_GROUPS.map((g) => fetchCollection(base + CONTEXT_FILES[g])),
      ]);
      const layers = Object.fromEntries(
        CONTEXT_GROUPS.map((g, i) => [g, collections[i]]),
      ) as ContextBasemap['layers'];
      return { layers, towns };
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });

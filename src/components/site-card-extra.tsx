import { createContext, useContext, type ReactNode } from 'react';
import type { Site } from '@/lib/sites/site';

/**
 * A slot on result cards that the app layer fills (e.g. the recent-news marker), so the search
 * feature shows it without importing another feature.
 */
export type SiteCardExtra = (site: Site) => ReactNode;

const noExtra: SiteCardExtra = () => null;

export const SiteCardExtraContext = createContext<SiteCardExtra>(noExtra);

export const useSiteCardExtra = (): SiteCardExtra => useContext(SiteCardExtraContext);

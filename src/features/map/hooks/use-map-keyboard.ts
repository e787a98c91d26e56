import { useNavigate } from '@tanstack/react-router';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedText } from '@/lib/i18n/localized-text';
import { parseSiteKey } from '@/contract/site-key';
import { useFormatters } from '@/lib/i18n/format';
import type { MapSiteSet } from '@/lib/map/cluster/map-site-set';
import { zoomIntoCluster } from '@/lib/map/cluster/zoom-into-cluster';
import type { SiteMapInstance } from '@/lib/map/create-map';
import { registerLiveMapFocus } from '@/lib/map/keyboard/map-focus';
import { stepIndex, type StepTarget } from '@/lib/map/keyboard/step-order';
import { visibleTargets } from '@/lib/map/keyboard/visible-targets';
import { useHoveredSite } from '@/lib/selection/hovered-site';
import { stepAnnouncement } from '../step-announcement';

/** The id of the visible key hint (map-key-hint.tsx) that describes the canvas. */
export const MAP_KEY_HINT_ID = 'map-key-hint';

interface MapKeyboardOptions {
  set: MapSiteSet;
  /** Indices into `set` of the sites the map shows, in list order. */
  ids: Uint32Array;
  selectedKey: string | null;
  /** Selects a site as a click on the map does (the camera stays where it is). */
  onSelect: (key: string) => void;
}

/**
 * Keys on the focused map canvas, beside MapLibre's own (arrows pan, +/- zoom): `n` / `p` step
 * through the features in view in list order, marking the site (its card, its feature) and
 * announcing it; Enter zooms into a cluster, selects a site, and opens an already selected
 * site's page; Escape clears the mark. Returns the announcement for a polite live region.
 */
export function useMapKeyboard(map: SiteMapInstance | null, options: MapKeyboardOptions): string {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const step = useHoveredSite((s) => s.step);
  const setHovered = useHoveredSite((s) => s.set);
  const [announcement, setAnnouncement] = useState('');
  const current = useRef<StepTarget | null>(null);

  const clear = () => {
    current.current = null;
    setHovered(null);
  };

  const move = (direction: 1 | -1) => {
    if (!map) return;
    const order = visibleTargets(map, options.set, options.ids);
    const at = stepIndex(order, current.current?.id ?? null, direction);
    if (at < 0) {
      if (current.current) clear();
      setAnnouncement(t('map.keys.none'));
      return;
    }
    const target = order[at]!;
    current.current = target;
    step(target.key);
    setAnnouncement(stepAnnouncement(target, at, order.length, options.set, t, f, i18n.language));
  };

  /** Enter: what a click on the marked feature does, and on the selected site, its page. */
  const activate = (): boolean => {
    const target = current.current;
    if (!map || !target) return false;
    if (target.type === 'cluster') {
      zoomIntoCluster(map, target.bounds);
      clear();
      setAnnouncement(t('map.keys.zoomed', { count: target.count, formatted: f.number(target.count) }));
    } else if (target.key !== options.selectedKey) {
      options.onSelect(target.key);
      const site = options.set.sites[options.set.indexOf.get(target.key) ?? -1];
      const name = site ? localizedText(site, 'name', i18n.language).text : target.key;
      setAnnouncement(t('map.keys.selected', { name }));
    } else {
      const params = parseSiteKey(target.key);
      if (!params) return false;
      clear();
      void navigate({
        to: '/sites/$collectionId/$featureId',
        params,
        search: (prev) => ({ ...prev, sel: undefined }),
      });
    }
    return true;
  };

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    let handled = true;
    if (key === 'n' || key === 'p') move(key === 'n' ? 1 : -1);
    else if (key === 'enter') handled = activate();
    else if (key === 'escape' && current.current) clear();
    else handled = false;
    if (handled) e.preventDefault();
  });

  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-describedby', MAP_KEY_HINT_ID);
    const listener = (e: KeyboardEvent) => onKey(e);
    canvas.addEventListener('keydown', listener);
    const unregister = registerLiveMapFocus(() => canvas.focus());
    return () => {
      canvas.removeEventListener('keydown', listener);
      unregister();
    };
  }, [map]);

  return announcement;
}

import { useEffect, useEffectEvent, useState } from 'react';
import { createPopup, type SiteMapInstance } from './create-map';

/**
 * A popup at `at` while it is set. Returns the element the caller fills (React portal), so
 * what it shows is React-rendered and escaped like the rest of the page. `onClose` runs when
 * the user closes it (close button), not when `at` changes.
 */
export function useMapPopup(
  map: SiteMapInstance | null,
  at: [number, number] | null,
  onClose: () => void,
): HTMLElement {
  const [content] = useState(() => {
    const el = document.createElement('div');
    el.className = 'map-popup';
    return el;
  });
  const close = useEffectEvent(onClose);
  const lon = at?.[0];
  const lat = at?.[1];
  useEffect(() => {
    if (!map || lon === undefined || lat === undefined) return;
    const popup = createPopup(map, [lon, lat], content);
    let removing = false;
    popup.on('close', () => {
      if (!removing) close();
    });
    return () => {
      removing = true;
      popup.remove();
    };
  }, [map, lon, lat, content]);
  return content;
}

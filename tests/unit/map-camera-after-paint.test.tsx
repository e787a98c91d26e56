import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMapCamera } from '@/features/map/hooks/use-map-camera';
import type { Bounds } from '@/lib/map/camera';
import type { SiteMapInstance } from '@/lib/map/create-map';
import { createFakeMap } from '../support/fake-map';

const START: Bounds = [9.8, 50.1, 15.1, 53.1];
const HALLS: Bounds = [12.3, 51.1, 13.8, 51.3];
const LEIPZIG: Bounds = [12.2, 51.2, 12.5, 51.4];

/** The camera of a live map whose results change as a person filters. */
function followedCamera() {
  const map = createFakeMap(document.createElement('div'));
  const padding = vi.fn(() => 40);
  const read = vi.fn();
  /** New results: their bounds, computed when the camera asks for them. */
  const boundsOf = (bounds: Bounds) => () => (read(bounds), bounds);
  const { rerender } = renderHook(
    ({ resultBounds }: { resultBounds: () => Bounds }) =>
      useMapCamera(map as unknown as SiteMapInstance, {
        resultBounds,
        startBounds: START,
        selected: null,
        initialViewport: null,
        pickedOnMap: { current: null },
        searchAsMove: false,
        padding,
      }),
    { initialProps: { resultBounds: boundsOf(START) } },
  );
  return { map, padding, read, show: (bounds: Bounds) => rerender({ resultBounds: boundsOf(bounds) }) };
}

describe('the map follows new results after the list has painted', () => {
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout'] }),
  );
  afterEach(() => vi.useRealTimers());

  it('reads no layout, computes no bounds and moves no camera in the render that shows the results', () => {
    const { map, padding, read, show } = followedCamera();
    vi.runAllTimers();
    read.mockClear();
    show(HALLS);
    // The commit of the new list: nothing measured or computed, nothing moved yet.
    expect(padding).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    expect(map.fitBounds).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    expect(map.fitBounds.mock.lastCall?.[0]).toEqual([
      [12.3, 51.1],
      [13.8, 51.3],
    ]);
  });

  it('fits only the latest of results that change faster than frames', () => {
    const { map, show } = followedCamera();
    vi.runAllTimers();
    show(HALLS);
    show(LEIPZIG);
    vi.runAllTimers();
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    expect(map.fitBounds.mock.lastCall?.[0]).toEqual([
      [12.2, 51.2],
      [12.5, 51.4],
    ]);
  });
});

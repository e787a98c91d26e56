import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { activateMap, resetMapActivation, useMapActivation } from './use-map-activation';

describe('useMapActivation', () => {
  beforeEach(() => resetMapActivation());

  it('stays off while nobody interacts', () => {
    expect(renderHook(() => useMapActivation()).result.current).toBe(false);
  });

  it('counts a pointer move made before any component mounted (the page is built after the first paint)', () => {
    window.dispatchEvent(new Event('pointermove'));
    expect(renderHook(() => useMapActivation()).result.current).toBe(true);
  });

  it('starts when asked ("Karte laden")', () => {
    activateMap();
    expect(renderHook(() => useMapActivation()).result.current).toBe(true);
  });
});

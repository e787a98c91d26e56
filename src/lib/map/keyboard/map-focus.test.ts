import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetMapActivation, useMapActivation } from '../use-map-activation';
import {
  focusMap,
  focusMapWhenLive,
  registerLiveMapFocus,
  registerPreviewFocus,
  resetMapFocus,
} from './map-focus';
import { renderHook } from '@testing-library/react';

/** A focusable element in the page, and a focus target for it. */
function target(tag: 'button' | 'canvas' | 'input') {
  const el = document.createElement(tag);
  el.tabIndex = 0;
  document.body.append(el);
  return { el, focus: () => el.focus() };
}

describe('map focus', () => {
  const undo: (() => void)[] = [];
  beforeEach(() => {
    resetMapFocus();
    resetMapActivation();
  });
  afterEach(() => {
    for (const u of undo.splice(0)) u();
    document.body.replaceChildren();
  });

  it('goes to the live map’s canvas when it runs', () => {
    const canvas = target('canvas');
    undo.push(registerLiveMapFocus(canvas.focus));
    focusMap();
    expect(canvas.el).toHaveFocus();
  });

  it('goes to "Karte laden" before the live map runs (starting it), then on to the canvas', () => {
    const button = target('button');
    const unregisterPreview = registerPreviewFocus(button.focus);
    focusMap();
    expect(button.el).toHaveFocus();
    expect(renderHook(() => useMapActivation()).result.current).toBe(true);
    // The preview goes away, and with it the focused button.
    unregisterPreview();
    button.el.remove();
    const canvas = target('canvas');
    undo.push(registerLiveMapFocus(canvas.focus));
    expect(canvas.el).toHaveFocus();
  });

  it('lands on the preview shown while the map’s code loads, which replaced the first', () => {
    const first = target('button');
    const unregister = registerPreviewFocus(first.focus);
    focusMap();
    unregister();
    first.el.remove();
    const second = target('button');
    undo.push(registerPreviewFocus(second.focus));
    expect(second.el).toHaveFocus();
  });

  it('takes the focus from the skip link once the map is ready, however late', () => {
    const link = target('button');
    link.el.focus();
    focusMap();
    const canvas = target('canvas');
    undo.push(registerLiveMapFocus(canvas.focus));
    expect(canvas.el).toHaveFocus();
  });

  it('hands the focus from "Karte laden" to the canvas', () => {
    focusMapWhenLive();
    const canvas = target('canvas');
    undo.push(registerLiveMapFocus(canvas.focus));
    expect(canvas.el).toHaveFocus();
  });

  it('never takes the focus from where the person went meanwhile, nor unasked', () => {
    focusMap();
    const field = target('input');
    field.el.focus();
    const canvas = target('canvas');
    const unregister = registerLiveMapFocus(canvas.focus);
    expect(field.el).toHaveFocus();
    unregister();
    field.el.blur();
    undo.push(registerLiveMapFocus(canvas.focus));
    expect(canvas.el).not.toHaveFocus();
  });
});

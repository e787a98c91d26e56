import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// The app renders arrived data in deferred, time-sliced passes, which in jsdom on a
// busy machine can take longer than Testing Library's default second: `findBy…` waits up to 3 s.
configure({ asyncUtilTimeout: 3000 });

// jsdom lays nothing out; give elements a size so the virtualised result list renders rows:
// the list 2,400 px tall, each row (li) a card's height, so twenty rows fit.
if (typeof HTMLElement !== 'undefined') {
  const size = { width: 1024, height: 2400 };
  const ROW = 120;
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return this.tagName === 'LI' ? ROW : size.height;
      },
    },
    offsetWidth: { configurable: true, get: () => size.width },
    clientHeight: { configurable: true, get: () => size.height },
    clientWidth: { configurable: true, get: () => size.width },
  });
  HTMLElement.prototype.getBoundingClientRect = function () {
    return {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      bottom: size.height,
      right: size.width,
      ...size,
      toJSON: () => ({}),
    };
  };
}

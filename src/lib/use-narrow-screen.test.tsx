import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNarrowScreen } from './use-narrow-screen';

/** A media query list whose answer the test changes, like a window resized across 760 px. */
function stubScreen(narrow: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    get matches() {
      return narrow;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  const matchMedia = vi.fn(() => list);
  vi.stubGlobal('matchMedia', matchMedia);
  return {
    matchMedia,
    resize: (next: boolean) => {
      narrow = next;
      listeners.forEach((l) => l());
    },
  };
}

function Layout({ n }: { n: number }) {
  return <p>{`${useNarrowScreen() ? 'phone' : 'desk'} ${n}`}</p>;
}

describe('useNarrowScreen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows the breakpoint, asking the browser for its media query once however often it renders', () => {
    const screenSize = stubScreen(false);
    const { rerender } = render(<Layout n={0} />);
    for (let n = 1; n <= 20; n++) rerender(<Layout n={n} />);
    expect(screen.getByText('desk 20')).toBeInTheDocument();
    act(() => screenSize.resize(true));
    expect(screen.getByText('phone 20')).toBeInTheDocument();
    expect(screenSize.matchMedia).toHaveBeenCalledTimes(1);
  });

  it('asks again when the page is given another matchMedia (a test stubbing the screen)', () => {
    stubScreen(true);
    const { unmount } = render(<Layout n={0} />);
    expect(screen.getByText('phone 0')).toBeInTheDocument();
    unmount();
    stubScreen(false);
    render(<Layout n={1} />);
    expect(screen.getByText('desk 1')).toBeInTheDocument();
  });
});

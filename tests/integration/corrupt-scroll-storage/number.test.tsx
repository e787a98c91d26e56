import { vi } from 'vitest';
import { itRendersTheSearchPageDespite } from '../../support/corrupt-scroll-storage';

// Hoisted above the imports: stored before the router's modules read it.
const stored = vi.hoisted(() => {
  const value = '42';
  sessionStorage.setItem('tsr-scroll-restoration-v1_3', value);
  return value;
});

itRendersTheSearchPageDespite(stored);

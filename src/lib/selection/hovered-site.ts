import { create } from 'zustand';

/**
 * The site under the pointer or keyboard focus, in the list or on the map: short-lived UI state
 * that both sides read and write (list ↔ map highlight). Not in the URL: nobody shares a hover.
 */
interface HoveredSiteState {
  key: string | null;
  /** The list scrolls the card into view: set when the keyboard steps through the map's sites. */
  reveal: boolean;
  set: (key: string | null) => void;
  /** A site reached by stepping through the map: marked, and its card scrolled into view. */
  step: (key: string) => void;
}

export const useHoveredSite = create<HoveredSiteState>((set) => ({
  key: null,
  reveal: false,
  set: (key) => set({ key, reveal: false }),
  step: (key) => set({ key, reveal: true }),
}));

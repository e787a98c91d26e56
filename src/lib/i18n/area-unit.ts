import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** How areas are shown: `auto` (m² below 1 ha, ha from 1 ha), or always m², or always ha. */
export const AREA_UNITS = ['auto', 'm2', 'ha'] as const;
export type AreaUnit = (typeof AREA_UNITS)[number];

interface AreaUnitState {
  unit: AreaUnit;
  unitChosen: (unit: AreaUnit) => void;
}

/** The user's area unit, remembered in localStorage (`sf.area-unit.v1`); default `auto`. */
const useAreaUnitStore = create<AreaUnitState>()(
  persist(
    (set) => ({
      unit: 'auto',
      unitChosen: (unit) => set({ unit }),
    }),
    {
      name: 'sf.area-unit.v1',
      version: 1,
      storage: createJSONStorage(() => globalThis.localStorage),
      partialize: (s) => ({ unit: s.unit }),
      // An entry another version wrote is read for its unit like any other (its shape is one
      // field): without this zustand logs an error and drops it.
      migrate: (persisted) => persisted as AreaUnitState,
      // Anything but a known unit (hand-edited or foreign data) falls back to auto.
      merge: (persisted, current) => {
        const unit = (persisted as { unit?: unknown } | undefined)?.unit;
        return { ...current, unit: AREA_UNITS.includes(unit as AreaUnit) ? (unit as AreaUnit) : 'auto' };
      },
    },
  ),
);

export const useAreaUnit = () => useAreaUnitStore((s) => s.unit);
export const useAreaUnitChosen = () => useAreaUnitStore((s) => s.unitChosen);
/** For tests: back to the default. */
export const resetAreaUnit = () => useAreaUnitStore.setState({ unit: 'auto' });
/** For tests: reads the stored unit again, as a new page does. */
export const rehydrateAreaUnit = () => useAreaUnitStore.persist.rehydrate();
/** For tests: the unit now. */
export const currentAreaUnit = () => useAreaUnitStore.getState().unit;

import { describe, expect, it } from 'vitest';
import { projectsOfEvent } from './event-projects';

const project = (id: string, locations: never[] | object[]) => ({ id, locations, point: null }) as never;

describe('the projects an event concerns', () => {
  const leuna = project('leuna-iii', [{ type: 'park', park: 'Chemiestandort Leuna' }]);
  const revier = project('revier', [{ type: 'district', district: '15088' }]);
  const halle = project('halle', [{ type: 'ags', ags: '15002000' }]);
  const open = project('open', []);

  it('are those whose region holds a place the event names', () => {
    const event = {
      locations: [
        { type: 'park' as const, park: 'Chemiestandort Leuna' },
        { type: 'ags' as const, ags: '15088205' },
      ],
      point: null,
    };
    expect(projectsOfEvent(event, [leuna, revier, halle, open]).map((p: { id: string }) => p.id)).toEqual([
      'leuna-iii',
      'revier',
    ]);
  });

  it('are none for an event without places (a fair elsewhere)', () => {
    expect(projectsOfEvent({ locations: [], point: null }, [leuna, revier, halle, open])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { shippedStory } from '../test/storyData';
import type { Place, StoryEvent } from '../data/schema';
import { statusesAt } from './status';

const story = shippedStory();
const at = (id: string, date: string) => statusesAt(story.places, story.events, date).get(id);

describe('base status derived from the events', () => {
  it('Al-Tanf is held, emptied from c. 27 Jan 2026, vacated on 11 Feb and handed to the Syrian army from 12 Feb', () => {
    expect(at('al-tanf-garrison', '2026-01-26')?.status).toBe('held');
    expect(at('al-tanf-garrison', '2026-01-27')).toMatchObject({ status: 'evacuating', sinceEvent: 'E19' });
    expect(at('al-tanf-garrison', '2026-02-10')?.status).toBe('evacuating');
    expect(at('al-tanf-garrison', '2026-02-11')).toMatchObject({ status: 'vacated', sinceEvent: 'E06' });
    const after = at('al-tanf-garrison', '2026-02-12');
    expect(after).toMatchObject({ status: 'handed-over', sinceEvent: 'E07', sinceDate: '2026-02-12' });
    expect(after?.to?.en).toBe('Syrian army');
  });

  it('Qasrak goes held → reinforced (2025) → evacuating (21 Feb) → reinforced again (11 Mar)', () => {
    expect(at('qasrak', '2025-05-31')?.status).toBe('held');
    expect(at('qasrak', '2025-07-01')?.status).toBe('reinforced');
    expect(at('qasrak', '2026-02-20')?.status).toBe('reinforced');
    expect(at('qasrak', '2026-02-21')?.status).toBe('evacuating');
    expect(at('qasrak', '2026-03-10')?.status).toBe('evacuating');
    expect(at('qasrak', '2026-03-11')?.status).toBe('reinforced');
  });

  it('Kharab al-Jir becomes disputed when outlets disagree (23 Feb)', () => {
    expect(at('kharab-al-jir', '2026-02-01')?.status).toBe('evacuating');
    expect(at('kharab-al-jir', '2026-02-23')?.status).toBe('disputed');
  });

  it('Al-Shaddadi is emptied from 5 Feb 2026 until its handover on 15 Feb', () => {
    expect(at('al-shaddadi-base', '2026-02-04')?.status).toBe('held');
    expect(at('al-shaddadi-base', '2026-02-05')).toMatchObject({ status: 'evacuating', sinceEvent: 'E20' });
    expect(at('al-shaddadi-base', '2026-02-14')?.status).toBe('evacuating');
    expect(at('al-shaddadi-base', '2026-02-15')).toMatchObject({ status: 'handed-over', sinceEvent: 'E08' });
  });

  it('Al-Shaddadi and Tell Baydar pass to the Syrian army and the SDF', () => {
    expect(at('al-shaddadi-base', '2026-02-15')?.to?.en).toBe('Syrian army');
    expect(at('tell-baydar', '2026-02-23')?.to?.en).toBe('SDF');
  });

  it('Tell Baydar was vacated by mid-June 2025 (Reuters), long before the SDF announced its takeover', () => {
    expect(at('tell-baydar', '2025-06-16')?.status).toBe('held');
    expect(at('tell-baydar', '2025-06-17')).toMatchObject({ status: 'vacated', sinceEvent: 'C4' });
    expect(at('tell-baydar', '2026-02-22')?.status).toBe('vacated');
    expect(at('tell-baydar', '2026-02-23')).toMatchObject({ status: 'handed-over', sinceEvent: 'E12' });
  });

  it('only places with an initial status get one; towns have none', () => {
    const all = statusesAt(story.places, story.events, '2026-12-31');
    expect(all.has('hasakah')).toBe(false);
    expect([...all.keys()].sort()).toEqual(
      story.places
        .filter((p) => p.initialStatus)
        .map((p) => p.id)
        .sort(),
    );
  });

  it('applies same-day events in order and ignores effects on places without a status', () => {
    const place = { id: 'b', initialStatus: 'held' } as Place;
    const town = { id: 't' } as Place;
    const ev = (id: string, date: string, status: 'vacated' | 'handed-over', placeId = 'b') =>
      ({ id, date, effects: [{ place: placeId, status }] }) as unknown as StoryEvent;
    const events = [
      ev('A', '2026-01-01', 'vacated'),
      ev('B', '2026-01-01', 'handed-over'),
      ev('C', '2026-01-01', 'vacated', 't'),
    ];
    const s = statusesAt([place, town], events, '2026-01-01');
    expect(s.get('b')).toMatchObject({ status: 'handed-over', sinceEvent: 'B' });
    expect(s.has('t')).toBe(false);
    expect(statusesAt([place], events, '2025-12-31').get('b')).toEqual({ status: 'held' });
  });
});

import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { sceneChanges, type MapScene } from './scene';
import { eventPoints } from './eventPoints';

const fc = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
const scene = (): MapScene => ({
  lang: 'en',
  controlText: {},
  attribution: '',
  places: fc(),
  uncertainty: fc(),
  routes: fc(),
  movements: fc(),
  current: fc(),
  events: eventPoints([], new Map(), new Map(), new Map()),
  statuses: new Map(),
  pointFilter: { from: 0, to: 10, mask: 3 },
  selection: { places: ['a'], routes: [] },
  hidden: [],
  camera: { key: 'E01', bbox: null },
});

describe('the map scene diff', () => {
  it('a first scene changes every part', () => {
    const s = scene();
    expect(sceneChanges(null, s)).toEqual(new Set(Object.keys(s)));
  });
  it('the same scene again changes nothing', () => {
    const s = scene();
    expect(sceneChanges(s, { ...s })).toEqual(new Set());
  });
  it('data is compared by identity: a new collection is re-sent, the same one is not', () => {
    const s = scene();
    expect(sceneChanges(s, { ...s, events: eventPoints([], new Map(), new Map(), new Map()) })).toEqual(
      new Set(['events']),
    );
    expect(sceneChanges(s, { ...s, places: fc() })).toEqual(new Set(['places']));
  });
  it('small parts are compared by value: an equal filter, selection or layer list is no change', () => {
    const s = scene();
    const same = {
      ...s,
      pointFilter: { ...s.pointFilter },
      selection: { places: ['a'], routes: [] },
      hidden: [],
    };
    expect(sceneChanges(s, same)).toEqual(new Set());
    const moved = {
      ...s,
      pointFilter: { ...s.pointFilter, to: 11 },
      selection: { places: ['b'], routes: [] },
    };
    expect(sceneChanges(s, moved)).toEqual(new Set(['pointFilter', 'selection']));
  });
  it('the language carries its control labels and credits with it', () => {
    const s = scene();
    const ar = { ...s, lang: 'ar' as const, controlText: { a: 'b' }, attribution: 'x' };
    expect(sceneChanges(s, ar)).toEqual(new Set(['lang']));
  });
  it('a new camera target is a change (the camera decides whether its step changed)', () => {
    const s = scene();
    expect(sceneChanges(s, { ...s, camera: { key: 'E01', bbox: null } })).toEqual(new Set(['camera']));
  });
});

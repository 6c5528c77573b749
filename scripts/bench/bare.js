// The baseline: the same basemap and the same event points at the same camera, one circle layer,
// nothing else. Two ways of hiding points outside the date range:
//   mode=feature-state: the app's mechanism, done minimally: flip `hidden` on the points whose
//                       first day crosses the range end (what one ±7-day handle step changes);
//   mode=global-state:  the radius reads a global-state range; MapLibre re-tiles the source on
//                       each change (the app's former mechanism, for reference).
import * as maplibregl from '/mlgl/maplibre-gl.mjs';
// full-window map (styles through the CSSOM: the policy allows no inline <style>)
for (const el of [document.documentElement, document.body, document.getElementById('map')])
  Object.assign(el.style, { margin: '0', height: '100%' });
maplibregl.setWorkerUrl('/mlgl/maplibre-gl-worker.mjs');
const params = new URLSearchParams(location.search);
// points: the event points file; without it, the basemap alone (the cold-load baseline)
const points = params.get('points');
const mode = params.get('mode') ?? 'feature-state';
const [lon, lat, zoom] = (params.get('cam') ?? '39.2,34.8,5.75').split(',').map(Number);
const src = (f) => ({ type: 'geojson', data: new URL(`/basemap/${f}`, location.href).href });
const inRange = [
  'all',
  ['>=', ['get', 't2'], ['global-state', 'from']],
  ['<=', ['get', 't'], ['global-state', 'to']],
];
const visible = mode === 'global-state' ? inRange : ['!', ['boolean', ['feature-state', 'hidden'], false]];
// style: a style JSON taken from the running app (the cold-load baseline draws exactly the app's
// map, labels included); css: the app's stylesheet, for the same @font-face fonts
const styleUrl = params.get('style');
const css = params.get('css');
if (css)
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css }));
const map = new maplibregl.Map({
  container: 'map',
  center: [lon, lat],
  zoom,
  fadeDuration: 0,
  style: styleUrl
    ? await (await fetch(styleUrl)).json()
    : {
        version: 8,
        state: { from: { default: -1e9 }, to: { default: 1e9 } },
        sources: {
          countries: src('countries.geojson'),
          borders: src('borders.geojson'),
          admin1: src('admin1.geojson'),
          rivers: src('rivers.geojson'),
          events: { type: 'geojson', data: new URL(points, location.href).href, generateId: true },
        },
        // the app's basemap geometry layers (its labels need the app's fonts and are left out)
        layers: [
          { id: 'sea', type: 'background', paint: { 'background-color': '#c9dbe6' } },
          { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#ece7dc' } },
          {
            id: 'admin1',
            type: 'line',
            source: 'admin1',
            paint: { 'line-color': '#b9ae9c', 'line-dasharray': [3, 2] },
          },
          {
            id: 'rivers',
            type: 'line',
            source: 'rivers',
            paint: { 'line-color': '#6f9fc7', 'line-width': 2 },
          },
          { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#8e8373' } },
          // halo=1: the uncertainty circles the app draws around imported events (map/style.ts
          // events-uncertainty: radius u0 at zoom 0, doubling per zoom), one colour
          ...(points && params.get('halo') === '1'
            ? [
                {
                  id: 'halos',
                  type: 'circle',
                  source: 'events',
                  filter: ['has', 'u0'],
                  paint: {
                    'circle-radius': [
                      'interpolate',
                      ['exponential', 2],
                      ['zoom'],
                      0,
                      ['get', 'u0'],
                      22,
                      ['*', ['get', 'u0'], 4194304],
                    ],
                    'circle-color': '#d2571d',
                    'circle-opacity': 0.06,
                    'circle-stroke-color': '#d2571d',
                    'circle-stroke-width': 1,
                    'circle-stroke-opacity': 0.45,
                    'circle-pitch-alignment': 'map',
                  },
                },
              ]
            : []),
          ...(points
            ? [
                {
                  id: 'events',
                  type: 'circle',
                  source: 'events',
                  paint: {
                    'circle-radius': [
                      'interpolate',
                      ['linear'],
                      ['zoom'],
                      4,
                      ['case', visible, 3, 0],
                      8,
                      ['case', visible, 6, 0],
                    ],
                    'circle-color': '#d2571d',
                    'circle-opacity': 0.8,
                    'circle-stroke-color': '#ffffff',
                    'circle-stroke-width': 0.8,
                  },
                },
              ]
            : []),
        ],
      },
});
// step(i): the i-th range change, alternating the end between the last day and a week before it
let last = 0;
let lastWeek = [];
const step = (i) => {
  const end = i % 2 === 0 ? last - 7 : last;
  if (mode === 'global-state') map.setGlobalStateProperty('to', end);
  else for (const id of lastWeek) map.setFeatureState({ source: 'events', id }, { hidden: i % 2 === 0 });
};
window.__bare = { map, ready: false, step };
map.once('idle', async () => {
  window.__bare.loadedAt = performance.now();
  // steps=0: load only (the import benchmark), no second fetch of the points after the figure
  if (!points || params.get('steps') === '0') {
    window.__bare.ready = true;
    return;
  }
  // not part of the load figure: which points the step flips (generateId numbers features in file order)
  const fc = await (await fetch(points)).json();
  last = Math.max(...fc.features.map((f) => f.properties.t2));
  lastWeek = fc.features.flatMap((f, id) => (f.properties.t > last - 7 ? [id] : []));
  window.__bare.ready = true;
});

// The baseline: the same basemap and the same event points at the same camera, one circle layer,
// nothing else. Two ways of hiding points outside the date range:
//   mode=feature-state: the app's mechanism, done minimally: flip `hidden` on the points whose
//                       first day crosses the range end (what one ±7-day handle step changes);
//   mode=global-state:  the radius reads a global-state range; MapLibre re-tiles the source on
//                       each change (the app's former mechanism, for reference).
// source=tiles: the points as the app hands them to MapLibre (src/map/pointSource.ts): vector tiles
//                cut on demand by the app's tile worker (bundled by scripts/bench/map-path.mjs into
//                /bench-lib/) from the points' columns, instead of a GeoJSON source
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
const tiles = params.get('source') === 'tiles';
// tiles: the points read on the page (as the app has them after its import), then handed to the
// tile worker as columns; `handedAt` marks that moment
let pointDays = null;
if (points && tiles) {
  const fc = await (await fetch(points)).json();
  const n = fc.features.length;
  const cols = {
    length: n,
    ids: new Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    t: new Int32Array(n),
    t2: new Int32Array(n),
    c: new Int32Array(n).fill(1),
    color: new Array(n).fill('#d2571d'),
    atPlace: new Uint8Array(n),
    k: null,
    u0: null,
  };
  fc.features.forEach((f, i) => {
    cols.ids[i] = String(i);
    [cols.lon[i], cols.lat[i]] = f.geometry.coordinates;
    cols.t[i] = f.properties.t;
    cols.t2[i] = f.properties.t2 ?? f.properties.t;
  });
  pointDays = cols;
  const worker = new Worker('/bench-lib/pointTiles.worker.js', { type: 'module' });
  const waiting = new Map();
  let req = 0;
  worker.onmessage = (e) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if ('bytes' in e.data) w.resolve({ data: e.data.bytes.buffer });
    else w.reject(new Error(e.data.error));
  };
  maplibregl.addProtocol('wm-points', (p) => {
    const [, key, z, x, y] = /^wm-points:\/\/([^/]+)\/(\d+)\/(\d+)\/(\d+)$/.exec(p.url);
    const id = ++req;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ kind: 'tile', id, key, z: +z, x: +x, y: +y });
    });
  });
  worker.postMessage({ kind: 'points', key: '1', points: cols });
  window.__handedAt = performance.now();
}
const eventsSource = tiles
  ? { type: 'vector', tiles: ['wm-points://1/{z}/{x}/{y}'], minzoom: 0, maxzoom: 12 }
  : { type: 'geojson', data: new URL(points ?? '/', location.href).href, generateId: true };
const eventsLayer = tiles ? { 'source-layer': 'events' } : {};
const featureOf = (id) =>
  tiles ? { source: 'events', sourceLayer: 'events', id } : { source: 'events', id };
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
          ...(points ? { events: eventsSource } : {}),
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
                  ...eventsLayer,
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
  else for (const id of lastWeek) map.setFeatureState(featureOf(id), { hidden: i % 2 === 0 });
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
  // end=YYYY-MM-DD: the range's end the app steps from (default: the points' last day)
  const end = params.get('end');
  const endDay = end ? Date.parse(`${end}T00:00:00Z`) / 864e5 : null;
  if (pointDays) {
    last = endDay ?? pointDays.t2.reduce((a, b) => Math.max(a, b), -Infinity);
    lastWeek = [];
    for (let id = 0; id < pointDays.length; id++)
      if (pointDays.t[id] > last - 7 && pointDays.t[id] <= last) lastWeek.push(id);
  } else {
    const fc = await (await fetch(points)).json();
    last = endDay ?? fc.features.reduce((a, f) => Math.max(a, f.properties.t2), -Infinity);
    lastWeek = fc.features.flatMap((f, id) =>
      f.properties.t > last - 7 && f.properties.t <= last ? [id] : [],
    );
  }
  window.__bare.ready = true;
});

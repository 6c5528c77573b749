/**
 * React face of the map: owns one MapController and forwards derived state to it.
 * Components elsewhere never touch MapLibre.
 */
import {
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import type { Place, Route, StoryEvent } from '../data/schema';
import type { StatusAt } from '../derive/status';
import type { MovementLine } from '../derive/movements';
import { messagesFor, type Lang } from '../i18n';
import type { Camera } from '../state/camera';
import type { LayerGroup } from '../state/params';
import { useMessages } from '../state/useMessages';
import { MapController, webgl2Available, type PickTarget } from './controller';
import {
  eventFeatures,
  labelMinZooms,
  labelSides,
  movementFeatures,
  placeFeatures,
  routeFeatures,
  uncertaintyFeatures,
} from './features';
import type { CameraTarget } from './storyCamera';

export type { CameraTarget };

/** What a parent may ask of the map, without touching MapLibre. */
export interface MapHandle {
  snapshot: (scale: number) => Promise<HTMLCanvasElement>;
}

interface Props {
  places: readonly Place[];
  /** How many events name each place (label priority). */
  mentions: ReadonlyMap<string, number>;
  routes: readonly Route[];
  placesById: ReadonlyMap<string, Place>;
  /** Events drawn as points (already narrowed by place and text). */
  events: readonly StoryEvent[];
  /** Date range (day numbers) and category mask: hides points without re-uploading them. */
  eventFilter: { from: number; to: number; mask: number };
  statuses: ReadonlyMap<string, StatusAt>;
  highlightPlaces: readonly string[];
  highlightRoutes: readonly string[];
  movements: readonly MovementLine[];
  /** The step the camera shows (kept clear of whatever is marked `data-overlay` beside the map). */
  camera: CameraTarget;
  lang: Lang;
  onPick: (t: PickTarget) => void;
  /** Camera from the link, used once when the map is created. */
  initialCamera: Camera | null;
  onCamera: (c: Camera) => void;
  /** Layer groups switched off. */
  hidden: readonly LayerGroup[];
  handle?: Ref<MapHandle>;
}

export function MapView(props: Props) {
  const { t } = useMessages();
  const container = useRef<HTMLDivElement>(null);
  const [ctl, setCtl] = useState<MapController | null>(null);
  const [supported] = useState(webgl2Available);
  const [ready, setReady] = useState(false);
  const cameraTimer = useRef<number | undefined>(undefined);
  // the map calls the latest handlers React gave, without being re-created for new ones
  const onPick = useEffectEvent((target: PickTarget) => props.onPick(target));
  const onCamera = useEffectEvent((cam: Camera) => props.onCamera(cam));

  const story = useMemo(
    () => ({
      uncertainty: uncertaintyFeatures(props.places),
      routes: routeFeatures(props.routes, props.placesById),
    }),
    [props.places, props.routes, props.placesById],
  );
  useEffect(() => ctl?.setStory(story.uncertainty, story.routes), [ctl, story]);
  const labelZooms = useMemo(
    () => labelMinZooms(props.places, props.mentions),
    [props.places, props.mentions],
  );
  const sides = useMemo(() => labelSides(props.places), [props.places]);
  const placeData = useMemo(() => {
    const words = new Map(
      [...props.statuses].map(([id, s]) => [
        id,
        { en: messagesFor('en').statusShort[s.status], ar: messagesFor('ar').statusShort[s.status] },
      ]),
    );
    return placeFeatures(props.places, labelZooms, sides, words);
  }, [props.places, labelZooms, sides, props.statuses]);
  useEffect(() => ctl?.setPlaces(placeData), [ctl, placeData]);
  const movementData = useMemo(() => movementFeatures(props.movements), [props.movements]);
  const eventData = useMemo(
    () => eventFeatures(props.events, props.placesById),
    [props.events, props.placesById],
  );

  // a layout effect: the map starts loading its style, basemap and workers before the browser's
  // first paint of the page, not after it
  useLayoutEffect(() => {
    if (!supported || !container.current) return;
    const c = new MapController({
      container: container.current,
      lang: props.lang,
      attribution: t.attribution,
      controlText: t.mapControls,
      onPick: (target) => onPick(target),
      onReady: () => setReady(true),
      initialCamera: props.initialCamera,
      target: props.camera,
      // camera moves reach the URL debounced, so a drag writes one value, not hundreds
      onCamera: (cam) => {
        window.clearTimeout(cameraTimer.current);
        cameraTimer.current = window.setTimeout(() => onCamera(cam), 300);
      },
      // the story as it is now goes into the style: drawn in the first pass, not re-tiled after load
      initial: {
        places: placeData,
        uncertainty: story.uncertainty,
        routes: story.routes,
        movements: movementData,
        events: eventData,
      },
    });
    setCtl(c);
    return () => c.destroy();
    // the map is created once; later changes go through the effects below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [supported]);
  useEffect(() => ctl?.setStatuses(props.statuses), [ctl, props.statuses]);
  useEffect(() => ctl?.setEvents(eventData), [ctl, eventData]);
  const { from, to, mask } = props.eventFilter;
  // a layout effect: the points change in the same frame as the range handle, not one frame later
  useLayoutEffect(() => ctl?.setEventFilter(from, to, mask), [ctl, from, to, mask]);
  useEffect(
    () => ctl?.setSelection(props.highlightPlaces, props.highlightRoutes),
    [ctl, props.highlightPlaces, props.highlightRoutes],
  );
  useEffect(() => ctl?.setMovements(movementData), [ctl, movementData]);
  useEffect(() => ctl?.setLang(props.lang, t.mapControls, t.attribution), [ctl, props.lang, t]);
  useEffect(() => ctl?.setHidden(props.hidden), [ctl, props.hidden]);
  useImperativeHandle(
    props.handle,
    () => ({
      snapshot: (scale: number) =>
        ctl ? ctl.snapshot(scale) : Promise.reject(new Error('the map is not ready')),
    }),
    [ctl],
  );
  useEffect(() => ctl?.show(props.camera), [ctl, props.camera]);

  if (!supported) {
    return (
      <div className="map map--unsupported" role="alert">
        {t.webglMissing}
      </div>
    );
  }
  return (
    <div
      ref={container}
      className="map"
      role="region"
      aria-label={t.mapLabel}
      data-ready={ready ? 'true' : 'false'}
    />
  );
}

/**
 * React face of the map: a thin shell over one MapController. It creates the map once, with
 * the first scene, and hands every later scene to the controller, which applies what changed.
 * Components elsewhere never touch MapLibre.
 */
import {
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type Ref,
} from 'react';
import type { Camera } from '../state/camera';
import { useMessages } from '../state/useMessages';
import { isNoWebGL2, MapController, type PickTarget } from './controller';
import type { MapScene } from './scene';

/** What a parent may ask of the map, without touching MapLibre. */
export interface MapHandle {
  snapshot: (scale: number) => Promise<HTMLCanvasElement>;
}

interface Props {
  /** What the map shows (useMapScene.ts). */
  scene: MapScene;
  onPick: (t: PickTarget) => void;
  /** Camera from the link, used once when the map is created. */
  initialCamera: Camera | null;
  onCamera: (c: Camera) => void;
  handle?: Ref<MapHandle>;
}

export function MapView({ scene, initialCamera, handle, ...handlers }: Props) {
  const { t } = useMessages();
  const container = useRef<HTMLDivElement>(null);
  const [ctl, setCtl] = useState<MapController | null>(null);
  const [supported, setSupported] = useState(true);
  const [ready, setReady] = useState(false);
  const cameraTimer = useRef<number | undefined>(undefined);
  // the map calls the latest handlers React gave, without being re-created for new ones
  const onPick = useEffectEvent((target: PickTarget) => handlers.onPick(target));
  const onCamera = useEffectEvent((cam: Camera) => handlers.onCamera(cam));
  // the scene and the link's camera the map is made with (later scenes go through setScene)
  const first = useEffectEvent(() => ({ scene, initialCamera }));

  // The map is made once the page has painted: the card, the timeline and the header show first
  // (they are what a reader reads first; made before the first paint, the map held that paint
  // back by its constructor and its first software-GL frame — Lighthouse's LCP, the card's
  // summary, came 0.7 s after the bare map page's). Unmade when the part goes.
  useEffect(() => {
    if (!supported || !container.current) return;
    const el = container.current;
    let c: MapController | null = null;
    let timer: number | undefined;
    const create = () => {
      try {
        c = new MapController({
          container: el,
          ...first(),
          onPick: (target) => onPick(target),
          onReady: () => setReady(true),
          // camera moves reach the URL debounced, so a drag writes one value, not hundreds
          onCamera: (cam) => {
            window.clearTimeout(cameraTimer.current);
            cameraTimer.current = window.setTimeout(() => onCamera(cam), 300);
          },
        });
      } catch (e) {
        // whether the browser can draw is known only by trying: MapLibre's own attempt is the test
        if (!isNoWebGL2(e)) throw e;
        setSupported(false);
        return;
      }
      setCtl(c);
    };
    // after the next paint: a frame callback runs before it, a task queued from there after it
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(create, 0)));
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      c?.destroy();
    };
  }, [supported]);
  // A layout effect: the points change in the same frame as the range handle, not one frame later.
  useLayoutEffect(() => ctl?.setScene(scene), [ctl, scene]);
  useImperativeHandle(
    handle,
    () => ({
      snapshot: (scale: number) =>
        ctl ? ctl.snapshot(scale) : Promise.reject(new Error('the map is not ready')),
    }),
    [ctl],
  );

  if (!supported) {
    return (
      <div key="unsupported" className="map map--unsupported" role="alert">
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

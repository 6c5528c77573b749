/** Presentation mode around the map: the slide's card and the presenter's bar (a lazy chunk). */
import { lazy, Suspense } from 'react';
import { useStory } from '../model/StoryContext';
import { EventCard } from '../panels/EventCard';
import { LinkNotice } from '../panels/LinkNotice';
import type { IgnoredParam } from '../state/linkCheck';
import { useViewState } from '../state/viewState';
import { PartBoundary } from '../ui/PartBoundary';
import { useSizeVar } from '../ui/useSizeVar';
import type { Stepping } from './useStepping';

// presentation mode's controls load when a presentation starts (not part of the first view)
const PresentBar = lazy(() => import('../present/PresentBar').then((m) => ({ default: m.PresentBar })));

interface Props {
  stepping: Stepping;
  onExit: () => void;
  ignoredInLink: readonly IgnoredParam[];
}

export function PresentOverlay({ stepping, onExit, ignoredInLink }: Props) {
  const { model: m } = useStory();
  const { pace, setPace } = useViewState();
  const { playback, onAction } = stepping;
  // below 900 px the card spans the bottom of the map: the map's controls sit above it (styles.css)
  const card = useSizeVar<HTMLDivElement>('--present-card-h', 'height');
  return (
    <>
      <Suspense fallback={null}>
        <PresentBar
          index={m.index}
          total={m.visible.length}
          playing={playback.playing}
          pace={pace}
          onStep={(d) => onAction(d === 1 ? 'next' : 'prev')}
          onTogglePlay={playback.toggle}
          onPace={setPace}
          onExit={onExit}
        />
      </Suspense>
      <div ref={card} className="present__card" data-overlay>
        <LinkNotice ignored={ignoredInLink} />
        <PartBoundary part="presentation" resetKey={m.current?.id}>
          {m.current && <EventCard event={m.current} placesById={m.placesById} />}
        </PartBoundary>
      </div>
    </>
  );
}

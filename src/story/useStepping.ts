/** Stepping through the visible events: next/previous/first/last, a chosen step, and autoplay. */
import { useCallback } from 'react';
import { stepIndex } from '../derive/current';
import { useStory } from '../model/StoryContext';
import { useViewState } from '../state/viewState';
import { usePlayback } from '../timeline/usePlayback';
import type { TimelineAction } from '../ui/stepKeys';

export function useStepping() {
  const { model: m } = useStory();
  const { goToEvent, mode, pace } = useViewState();
  const { visible, index, current } = m;

  const goTo = useCallback(
    (i: number) => {
      const e = visible.at(stepIndex(i, 0, visible.length));
      if (e) goToEvent(e.id);
    },
    [visible, goToEvent],
  );
  const advance = useCallback(() => goTo(index + 1), [goTo, index]);
  // presenting, autoplay waits the chosen pace on each event; in reduced motion too (no animation is involved)
  const playback = usePlayback(
    current?.id,
    index >= visible.length - 1,
    advance,
    mode === 'present' ? pace * 1000 : undefined,
  );

  const onAction = useCallback(
    (a: TimelineAction) => {
      if (a === 'toggle-play') return playback.toggle();
      playback.stop();
      if (a === 'next') goTo(index + 1);
      else if (a === 'prev') goTo(index - 1);
      else if (a === 'first') goTo(0);
      else goTo(visible.length - 1);
    },
    [playback, goTo, index, visible.length],
  );

  return { goTo, onAction, playback };
}

export type Stepping = ReturnType<typeof useStepping>;

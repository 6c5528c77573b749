/**
 * The story's data and the model derived from it for the current view, for any part of the page
 * that needs them (instead of passing them down through every layer). The hook throws outside
 * its provider: a part used in the wrong place fails at once, not with undefined data.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { StoryData } from '../data/validate';
import { useViewState } from '../state/viewState';
import { useStoryModel, type StoryModel } from './useStoryModel';

export interface StoryValue {
  data: StoryData;
  model: StoryModel;
}

const StoryContext = createContext<StoryValue | null>(null);

export function StoryProvider({ data, children }: { data: StoryData; children: ReactNode }) {
  const view = useViewState();
  const model = useStoryModel(data, view.filter, view.eventId);
  const value = useMemo(() => ({ data, model }), [data, model]);
  return <StoryContext value={value}>{children}</StoryContext>;
}

export function useStory(): StoryValue {
  const value = useContext(StoryContext);
  if (!value) throw new Error('useStory() needs a <StoryProvider> above it');
  return value;
}

/** A PNG of the view: the map as drawn, with the step's title, date, a legend and the credits. */
import type { RefObject } from 'react';
import type { BaseStatus } from '../data/schema';
import { dirOf, formatEventDate, pick } from '../i18n';
import type { MapHandle } from '../map/MapView';
import { useStory } from '../model/StoryContext';
import { useMessages } from '../state/useMessages';
import { STATUS_COLORS } from '../theme/colors';

export function useSnapshot(mapHandle: RefObject<MapHandle | null>) {
  const { t, lang } = useMessages();
  const { current } = useStory().model;
  return async (scale: 1 | 2) => {
    // the composer is loaded when first asked for (not part of the first view)
    const [map, { composeSnapshot, downloadPng }] = await Promise.all([
      mapHandle.current!.snapshot(scale),
      import('../share/snapshot'),
    ]);
    const png = composeSnapshot(map, scale, {
      appTitle: t.appTitle,
      title: current ? pick(current.title, lang) : t.snapshotNoEvent,
      date: current ? formatEventDate(current, lang) : '',
      legendTitle: t.snapshotLegend,
      legend: (Object.keys(STATUS_COLORS) as BaseStatus[]).map((s) => ({
        color: STATUS_COLORS[s],
        label: t.statuses[s],
      })),
      attribution: t.attribution,
      dir: dirOf(lang),
    });
    const name = `withdrawal-map-${current?.id ?? 'all'}-${scale}x.png`;
    await downloadPng(png, name);
    return name;
  };
}

import { useDeferredValue, useEffect } from 'react';
import { useDataset } from './data/useDataset';
import { useFileDrop } from './analysis/useFileDrop';
import { FetchError, useStoryData } from './data/load';
import { dirOf, type Messages } from './i18n';
import { useMessages } from './state/useMessages';
import { useViewState } from './state/viewState';
import { Story } from './story/Story';
import { Header } from './story/Header';
import { EmbedBar } from './embed/EmbedBar';
import { ProgressLine } from './ui/ProgressLine';
import { DatasetProvider } from './data/DatasetContext';
import { StoryProvider } from './model/StoryContext';

/** Which file failed to load and why, in the reader's language. */
function loadError(t: Messages, e: Error): string {
  return e instanceof FetchError ? `${e.file}: ${t.loadProblem(e.problem)}` : e.message;
}

export function App() {
  const { t, lang } = useMessages();
  const view = useViewState();
  const query = useStoryData();
  const dataset = useDataset(query.data, view.dataParam, view.clearDataParam, view.setDataParam, {
    from: view.filter.from,
    to: view.filter.to,
  });
  const dragging = useFileDrop(dataset.importFile);
  // New data is drawn in a transition: React renders the story's parts with it in slices, yielding
  // to the browser between components, instead of one task of every derivation over a million
  // events (BENCHMARKS.md, "the hand-over"); meanwhile they show what they showed.
  const data = useDeferredValue(dataset.data);

  useEffect(() => {
    document.documentElement.lang = lang;
    // The direction goes on <body>, not <html>: MapLibre rasterises label glyphs one at a time on
    // an OffscreenCanvas, which takes the document element's direction, so under <html dir=rtl>
    // every bracket on the map came out mirrored — "معبر الوليد )السويدية(" (tested in story.spec).
    document.body.dir = dirOf(lang);
    document.title = `${t.appTitle} — ${t.appSubtitle}`;
  }, [lang, t]);

  return (
    <div className={`app app--${view.mode}`}>
      {view.mode !== 'present' && (
        <a className="skip-link" href="#timeline">
          {t.skipToTimeline}
        </a>
      )}
      {/* until the data is in, the chrome of the link's mode (no flash of another layout) */}
      {!data && view.mode === 'full' && <Header />}
      {!data && view.mode === 'embed' && <EmbedBar />}
      {dataset.linkLoading !== null && !query.isError && (
        <ProgressLine
          className="status-line status-line--data"
          label={t.loadingDataLink(dataset.linkLoading)}
          progress={dataset.progress ?? 'unknown'}
        />
      )}
      {query.isPending && dataset.linkLoading === null && (
        <p className="status-line" role="status">
          {query.failureCount > 0 && query.failureReason
            ? t.loadingRetry(query.failureCount + 1, loadError(t, query.failureReason))
            : t.loading}
        </p>
      )}
      {query.isError && (
        <div className="issues" role="alert">
          <p>
            <strong>{t.loadFailed}</strong> {loadError(t, query.error)}
          </p>
          <button type="button" className="btn" onClick={() => void query.refetch()}>
            {t.retry}
          </button>
        </div>
      )}
      {data && (
        <DatasetProvider value={dataset}>
          <StoryProvider data={data}>
            <Story />
          </StoryProvider>
        </DatasetProvider>
      )}
      {dragging && (
        <div className="dropzone" aria-hidden="true">
          <p>{t.dropHere}</p>
        </div>
      )}
    </div>
  );
}

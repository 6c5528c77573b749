/**
 * Which events the app shows: the story's own, a file the user dropped or picked, or a
 * same-origin URL from the `data` link parameter. An import that yields no valid event
 * leaves the current dataset untouched; its report says why.
 */
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { assembleStory, DATA_FILES } from './assemble';
import type { DataProblem, ImportWarning } from './problems';
import type { StoryEvent } from './schema';
import { ImportFailed, importInWorker, sameOriginUrl } from './io/importClient';
import type { ImportResult, RowError } from './io/types';
import type { StoryData } from './validate';

export interface ImportReport {
  name: string;
  /** The analyst's format the file was read as ("ACLED"…), if any. */
  format?: string;
  outcome: 'loaded' | 'rejected';
  totalRows: number;
  loaded: number;
  unmapped: number;
  errors: RowError[];
  warnings: ImportWarning[];
  /** Rows kept with something left out of them. */
  rowWarnings: RowError[];
}

export type DataParamIssue = { kind: 'foreign'; value: string } | { kind: 'failed'; problem: DataProblem };

/** What stopped an import from running at all. */
const failure = (e: unknown): DataProblem =>
  e instanceof ImportFailed
    ? e.problem
    : { code: 'read-failed', detail: e instanceof Error ? e.message : String(e) };

interface Imported {
  name: string;
  events: StoryEvent[];
}

function toReport(name: string, r: ImportResult): ImportReport {
  return {
    name,
    outcome: r.events.length > 0 ? 'loaded' : 'rejected',
    totalRows: r.totalRows,
    loaded: r.events.length,
    unmapped: r.unmapped,
    ...(r.format !== undefined && { format: r.format }),
    rowWarnings: r.rowWarnings ?? [],
    errors: r.errors,
    warnings: r.warnings,
  };
}

export function useDataset(
  story: StoryData | undefined,
  dataParam: string | null,
  clearDataParam: () => void,
) {
  const [local, setLocal] = useState<Imported | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const url = dataParam ? sameOriginUrl(dataParam, window.location.href) : null;
  const remote = useQuery({
    queryKey: ['dataset-url', url?.href ?? null],
    enabled: url !== null && local === null,
    staleTime: Infinity,
    retry: 1,
    queryFn: async () => {
      const name = decodeURIComponent(url!.pathname.split('/').pop() || url!.pathname);
      setProgress(0);
      try {
        const r = await importInWorker({ url: url!.href, name }, setProgress);
        const rep = toReport(name, r);
        setReport(rep);
        return { name, events: r.events, report: rep };
      } finally {
        setProgress(null);
      }
    },
  });

  const importFile = useCallback(
    async (file: File) => {
      setProgress(0);
      try {
        const r = await importInWorker({ file }, setProgress);
        const rep = toReport(file.name, r);
        setReport(rep);
        if (rep.outcome === 'loaded') {
          setLocal({ name: file.name, events: r.events });
          clearDataParam();
        }
      } catch (e) {
        setReport({
          name: file.name,
          outcome: 'rejected',
          totalRows: 0,
          loaded: 0,
          unmapped: 0,
          errors: [{ row: null, field: '', problem: failure(e), recordId: null }],
          warnings: [],
          rowWarnings: [],
        });
      } finally {
        setProgress(null);
      }
    },
    [clearDataParam],
  );

  // memoised: a new object here would re-derive (and re-upload) the whole dataset on every render
  const remoteData = remote.data;
  const active: Imported | null = useMemo(
    () =>
      local ??
      (remoteData && remoteData.report.outcome === 'loaded'
        ? { name: remoteData.name, events: remoteData.events }
        : null),
    [local, remoteData],
  );

  const data: StoryData | undefined = useMemo(() => {
    if (!story || !active) return story;
    // the story's places and routes, validated when it loaded, with the imported events
    const checked = assembleStory(
      {
        places: { records: story.places },
        routes: { records: story.routes },
        events: { records: active.events },
      },
      { ...DATA_FILES, events: active.name },
    );
    return { ...story, events: checked.events, issues: [...story.issues, ...checked.issues] };
  }, [story, active]);

  const dataParamIssue: DataParamIssue | null =
    dataParam && !url
      ? { kind: 'foreign', value: dataParam }
      : remote.error
        ? { kind: 'failed', problem: failure(remote.error) }
        : null;

  return {
    data,
    datasetName: active?.name ?? null,
    report,
    dismissReport: () => setReport(null),
    progress,
    importFile,
    dataParamIssue,
    resetToStory: () => {
      setLocal(null);
      clearDataParam();
    },
  };
}

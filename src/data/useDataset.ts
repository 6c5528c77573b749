/**
 * Which events the app shows: the story's own, a file the user dropped or picked, or a
 * same-origin URL from the `data` link parameter. An import that yields no valid event
 * leaves the current dataset untouched; its report says why.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { assembleStory, DATA_FILES } from './assemble';
import type { DataProblem, ImportWarning } from './problems';
import type { StoryEvent } from './schema';
import { ImportFailed, importInWorker, sameOriginUrl } from './io/importClient';
import type { ImportSource } from './io/import.worker';
import { asColumnMapping, mappingFits, type ColumnMapping } from './io/mapping';
import type { ImportProgress, ImportResult, MappingRequest, RowError } from './io/types';
import { loadMapping, mappingKey, saveMapping } from './store/mappings';
import {
  deleteDataset,
  listDatasets,
  loadDataset,
  saveDataset,
  StoreError,
  type SavedMeta,
} from './store/datasets';
import { localLink, parseLocalLink } from './store/localLink';
import { isPackUrl } from './pack/packFormat';
import { withPartsOnPage } from './pack/partsOnPage';
import { coveredDays, covers, packDays, type DateRange, type PartRun } from './pack/packWindow';
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
  /** Why the dataset could not be kept in the browser for the next visit (it is loaded in the page). */
  notKept?: StoreError['code'];
}

/** A file waiting for the person to say which column is which (the mapping step). */
export interface PendingMapping {
  name: string;
  source: ImportSource;
  request: MappingRequest;
  /** The mapping chosen last time for a file with this header, when it still fits. */
  remembered: ColumnMapping | null;
}

/** The mapping chosen for this header last time, if it still fits this file (storage failing: none). */
async function rememberedMapping(req: MappingRequest): Promise<ColumnMapping | null> {
  try {
    const m = asColumnMapping(await loadMapping(mappingKey(req.header)));
    // the columns are the person's choice; whether numbers use a decimal comma is this file's own
    return m && mappingFits(req.header, req.rows, m)
      ? { ...m, decimalComma: req.proposal.mapping.decimalComma }
      : null;
  } catch {
    return null;
  }
}

export type DataParamIssue =
  | { kind: 'foreign'; value: string }
  | { kind: 'failed'; problem: DataProblem }
  /** A dataset kept in another browser: the link names the file, this browser does not have it. */
  | { kind: 'not-here'; name: string }
  /** The link's file was read and nothing in it could be loaded; `problem`: the file-level reason, if one. */
  | { kind: 'rejected'; name: string; problem: DataProblem | null }
  /** The link's file loaded, but `left` of its `total` rows (or a pack's events) could not be shown. */
  | { kind: 'partial'; name: string; left: number; total: number };

/** Loaded, with rows (or a pack's parts) left out: a link's reader is told over the map, not only in the report. */
const partlyLoaded = (r: ImportReport) =>
  r.outcome === 'loaded' && r.errors.length > 0 && r.totalRows > r.loaded;

/** A saved dataset the link names is not in this browser. */
class NotHere extends Error {}

/** What stopped an import from running at all. */
const failure = (e: unknown): DataProblem =>
  e instanceof ImportFailed
    ? e.problem
    : { code: 'read-failed', detail: e instanceof Error ? e.message : String(e) };

interface Imported {
  name: string;
  events: StoryEvent[];
  /** A pack read a date range at a time: its parts, which of them are loaded, its events in all. */
  pack?: ImportResult['pack'];
}

/** The date range a pack link was read for, and the parts then on the page (kept when widening). */
interface PackRead {
  href: string;
  range: DateRange;
  keep: PartRun | null;
}

/** How long the date range rests before a pack's missing parts are fetched (not on every step of a drag). */
const WIDEN_AFTER_MS = 400;

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
  setDataParam: (v: string) => void,
  /** The view's date range: a pack link reads only the parts it needs. */
  range: DateRange,
) {
  const queryClient = useQueryClient();
  const [local, setLocal] = useState<Imported | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [pending, setPending] = useState<PendingMapping | null>(null);

  /** A file of no known format: ask for its mapping (with last time's, when it fits). */
  const askMapping = useCallback(async (name: string, source: ImportSource, request: MappingRequest) => {
    setReport(null);
    setPending({ name, source, request, remembered: await rememberedMapping(request) });
  }, []);

  const saved = dataParam ? parseLocalLink(dataParam) : null;
  const url = dataParam && !saved ? sameOriginUrl(dataParam, window.location.href) : null;
  // what the link's file is called: its name, or a pack's folder's (/packs/NAME/)
  const urlName = url && decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? url.pathname);
  // a dataset kept in this browser, named by the link: read again with the mapping it was read with
  const kept = useQuery({
    queryKey: ['dataset-kept', saved?.id ?? null],
    enabled: saved !== null && local === null,
    staleTime: Infinity,
    retry: false,
    queryFn: async () => {
      const d = await loadDataset(saved!.id).catch(() => null);
      if (!d) throw new NotHere(saved!.name);
      setProgress(0);
      try {
        const mapping = asColumnMapping(d.mapping);
        const file = new File([d.file], d.name);
        const r = await importInWorker(mapping ? { file, mapping } : { file }, setProgress);
        return { name: d.name, events: r.events, report: toReport(d.name, r) };
      } finally {
        setProgress(null);
      }
    },
  });
  /** A read of this pack whose run is `run`, all of it loaded (no limit cut it), if one is cached. */
  const packOnPage = (href: string, run: PartRun): ImportResult | null => {
    for (const [, d] of queryClient.getQueriesData<{ result: ImportResult }>({
      queryKey: ['dataset-url', href],
    })) {
      const p = d?.result.pack;
      if (
        p &&
        p.run.lo === run.lo &&
        p.run.hi === run.hi &&
        !d.result.errors.some((e) => e.problem.code === 'row-limit')
      )
        return d.result;
    }
    return null;
  };

  // a pack is read for the view's date range: first for the link's range, then again (keeping what is
  // loaded) when the range leaves the days the loaded parts cover
  const pack = url !== null && isPackUrl(url.href);
  const [packRead, setPackRead] = useState<PackRead | null>(null);
  // a new pack link is read for the range it opened with (set while rendering, as React advises for
  // state that follows a prop: the first read's key must not follow the range while it loads)
  if (pack && packRead?.href !== url.href) setPackRead({ href: url.href, range, keep: null });
  const read = pack && packRead?.href === url.href ? packRead : null;
  const remote = useQuery({
    queryKey: ['dataset-url', url?.href ?? null, read],
    enabled: url !== null && local === null && (!pack || read !== null),
    staleTime: Infinity,
    retry: 1,
    // a pack's next window: what is on the page stays while it loads
    placeholderData: (prev, prevQuery) => (pack && prevQuery?.queryKey[1] === url.href ? prev : undefined),
    queryFn: async () => {
      const name = urlName!;
      // the pack's parts on the page: read again only if their read is still at hand, complete
      const onPage = read?.keep ? packOnPage(read.href, read.keep) : null;
      const source = {
        url: url!.href,
        name,
        ...(read && { window: { range: read.range, keep: onPage ? read.keep : null } }),
      };
      setProgress(0);
      try {
        const r = await importInWorker(source, setProgress);
        if (r.needsMapping) void askMapping(name, source, r.needsMapping);
        const read2 = onPage && r.pack?.reused ? withPartsOnPage(r, onPage) : r;
        const rep = toReport(name, read2);
        setReport(rep);
        return { name, events: read2.events, report: rep, result: read2, ...(r.pack && { pack: r.pack }) };
      } finally {
        setProgress(null);
      }
    },
  });

  /** Reads a file (or a same-origin URL) in the worker; a table of no known format asks for its mapping first. */
  const runImport = useCallback(
    async (name: string, source: ImportSource, mapping?: ColumnMapping) => {
      setProgress(0);
      try {
        const r = await importInWorker(mapping ? { ...source, mapping } : source, setProgress);
        if (r.needsMapping) {
          await askMapping(name, source, r.needsMapping);
          return;
        }
        const rep = toReport(name, r);
        setReport(rep);
        if (rep.outcome === 'loaded') {
          setLocal({ name, events: r.events });
          // a file the person brought is kept in the browser, and the link names it: a reload
          // (or this link, in this browser) opens it again
          if ('file' in source) {
            clearDataParam();
            try {
              const meta = await saveDataset({ name, file: source.file, mapping: mapping ?? null });
              setDataParam(localLink(meta.id, name));
              void queryClient.invalidateQueries({ queryKey: ['datasets-kept'] });
            } catch (e) {
              const code = e instanceof StoreError ? e.code : 'storage-unavailable';
              setReport({ ...rep, notKept: code });
            }
          }
        }
      } catch (e) {
        setReport({
          name,
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
    [askMapping, clearDataParam, setDataParam, queryClient],
  );

  const importFile = useCallback((file: File) => runImport(file.name, { file }), [runImport]);

  /** The mapping step's answer: remembered for the next file with this header, then the file is read with it. */
  const confirmMapping = useCallback(
    (mapping: ColumnMapping) => {
      if (!pending) return;
      setPending(null);
      saveMapping(mappingKey(pending.request.header), mapping).catch(() => {
        // storage full or unavailable: the mapping is used now, just not remembered
      });
      void runImport(pending.name, pending.source, mapping);
    },
    [pending, runImport],
  );

  // memoised: a new object here would re-derive (and re-upload) the whole dataset on every render
  const remoteData = saved ? kept.data : remote.data;
  const loadedPack = local === null && !saved ? remote.data?.pack : undefined;
  const active: Imported | null = useMemo(
    () =>
      local ??
      (remoteData && remoteData.report.outcome === 'loaded'
        ? {
            name: remoteData.name,
            events: remoteData.events,
            ...(loadedPack && { pack: loadedPack }),
          }
        : null),
    [local, remoteData, loadedPack],
  );

  // the range moved past the days the pack's loaded parts cover: once it rests, read the parts it needs
  const { from, to } = range;
  const fetching = remote.isFetching;
  useEffect(() => {
    if (!loadedPack || !read || fetching || covers(loadedPack.parts, loadedPack.run, { from, to })) return;
    const t = setTimeout(
      () => setPackRead({ href: read.href, range: { from, to }, keep: loadedPack.run }),
      WIDEN_AFTER_MS,
    );
    return () => clearTimeout(t);
  }, [loadedPack, read, fetching, from, to]);

  // the datasets kept in this browser, for reopening or deleting (storage failing: none)
  const keptList = useQuery({
    queryKey: ['datasets-kept'],
    queryFn: () => listDatasets().catch((): SavedMeta[] => []),
    staleTime: Infinity,
  });

  // A data link shows its dataset, not the story first: until the link's import has settled (loaded,
  // failed, or asking for its column mapping) there is no data to show, and the map is made once,
  // for the dataset. Drawing the story meanwhile held the page's main thread for seconds (software
  // WebGL in the benchmarks) while the dataset waited to be handed over (BENCHMARKS.md).
  const linkLoading =
    local === null && ((saved !== null && kept.isPending) || (url !== null && remote.isPending));

  const data: StoryData | undefined = useMemo(() => {
    if (!story || !active) return story;
    // the story's places and routes, validated when it loaded, with the imported events
    const checked = assembleStory(
      {
        places: { records: story.places },
        routes: { records: story.routes },
        // in the app's order already: the import worker sorted them
        events: { records: active.events, ordered: true },
      },
      { ...DATA_FILES, events: active.name },
    );
    const p = active.pack;
    const days = p && (p.run.lo > 0 || p.run.hi < p.parts.length - 1) ? packDays(p.parts) : null;
    return {
      ...story,
      events: checked.events,
      issues: [...story.issues, ...checked.issues],
      ...(days && {
        span: { ...days, covered: coveredDays(p!.parts, p!.run), ...(p!.days && { days: p!.days }) },
      }),
    };
  }, [story, active]);

  const dataParamIssue: DataParamIssue | null =
    saved && kept.error
      ? kept.error instanceof NotHere
        ? { kind: 'not-here', name: saved.name }
        : { kind: 'failed', problem: failure(kept.error) }
      : dataParam && !url && !saved
        ? { kind: 'foreign', value: dataParam }
        : remote.error
          ? { kind: 'failed', problem: failure(remote.error) }
          : remoteData && remoteData.report.outcome === 'rejected' && !pending && local === null
            ? {
                kind: 'rejected',
                name: remoteData.name,
                problem: remoteData.report.errors.find((e) => e.row === null)?.problem ?? null,
              }
            : remoteData && partlyLoaded(remoteData.report) && !pending && local === null
              ? {
                  kind: 'partial',
                  name: remoteData.name,
                  left: remoteData.report.totalRows - remoteData.report.loaded,
                  total: remoteData.report.totalRows,
                }
              : null;

  return {
    data: linkLoading ? undefined : data,
    /** The link's dataset being fetched and read: its name (the story is not shown meanwhile). */
    linkLoading: linkLoading ? (saved?.name ?? urlName ?? '') : null,
    datasetName: active?.name ?? null,
    report,
    dismissReport: () => setReport(null),
    progress,
    importFile,
    /** A file waiting for its column mapping, and the answers to it. */
    pendingMapping: pending,
    confirmMapping,
    cancelMapping: () => setPending(null),
    dataParamIssue,
    resetToStory: () => {
      setLocal(null);
      clearDataParam();
    },
    /** Datasets kept in this browser, newest first. */
    keptDatasets: keptList.data ?? [],
    openKept: (m: SavedMeta) => {
      setLocal(null);
      setReport(null);
      setDataParam(localLink(m.id, m.name));
    },
    deleteKept: async (m: SavedMeta) => {
      await deleteDataset(m.id).catch(() => undefined);
      await queryClient.invalidateQueries({ queryKey: ['datasets-kept'] });
    },
  };
}

/** Bring your own data (file picker; drag-and-drop is handled page-wide) and export what is filtered. */
import { useRef } from 'react';
import type { Place } from '../data/schema';
import type { ImportReport } from '../data/useDataset';
import { ProgressLine } from '../ui/ProgressLine';
import { eventsToCsv } from '../data/io/csvFormat';
import { exportFileName } from '../data/io/exportName';
import type { ImportProgress, RowError } from '../data/io/types';
import { eventsToGeoJson } from '../data/io/geojsonFormat';
import { problemText, rowErrorText } from '../i18n/problemWords';
import { useMessages } from '../state/useMessages';
import { eventLocation } from '../derive/geometry';
import type { EventRange } from '../derive/eventRange';
import { downloadBlob } from '../ui/download';
import { useDatasetIO } from '../data/DatasetContext';
import { formatCount, formatDate } from '../i18n';

interface Props {
  /** The events passing the filters: what the export writes. */
  visible: EventRange;
  from: string | null;
  to: string | null;
  placesById: ReadonlyMap<string, Place>;
  datasetName: string | null;
  progress: ImportProgress | null;
  onImport: (f: File) => void;
  onResetToStory: () => void;
}

const download = (name: string, type: string, body: string) => downloadBlob(new Blob([body], { type }), name);

export function ImportExport(p: Props) {
  const { t } = useMessages();
  const input = useRef<HTMLInputElement>(null);

  return (
    <section className="io" aria-labelledby="io-h">
      <h2 id="io-h" className="sr-only">
        {t.ioTitle}
      </h2>
      <div className="io__row">
        <button type="button" className="btn btn--small" onClick={() => input.current?.click()}>
          {t.importButton}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.tab,.txt,.geojson,.json,text/csv,text/tab-separated-values,application/geo+json,application/json"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onImport(f);
            e.target.value = '';
          }}
        />
        <span className="io__sep" aria-hidden="true" />
        <button
          type="button"
          className="btn btn--small"
          disabled={p.visible.length === 0}
          onClick={() =>
            download(
              exportFileName(p.from, p.to, 'csv'),
              'text/csv;charset=utf-8',
              BOM + eventsToCsv(p.visible.toArray()),
            )
          }
        >
          {t.exportCsv}
        </button>
        <button
          type="button"
          className="btn btn--small"
          disabled={p.visible.length === 0}
          onClick={() =>
            download(
              exportFileName(p.from, p.to, 'geojson'),
              'application/geo+json',
              JSON.stringify(
                eventsToGeoJson(p.visible.toArray(), (e) => eventLocation(e, p.placesById)),
                null,
                1,
              ),
            )
          }
        >
          {t.exportGeoJson}
        </button>
      </div>
      <p className="muted small io__hint">{t.importHint}</p>
      {p.datasetName && (
        <p className="io__dataset">
          {t.datasetShown(p.datasetName)}{' '}
          <button type="button" className="linkbtn" onClick={p.onResetToStory}>
            {t.backToStory}
          </button>
        </p>
      )}
      {p.progress !== null && (
        <ProgressLine className="io__progress" label={t.importing} progress={p.progress} />
      )}
      <KeptDatasets />
    </section>
  );
}

const MAX_LISTED = 200;
/** Byte-order mark: spreadsheet programs then read the CSV as UTF-8 (Arabic intact); the importer strips it. */
const BOM = '\uFEFF';

/** What the last import loaded and what it left out: first in the list tab, above the filters. */
export function ImportReportView({ report: r, onDismiss }: { report: ImportReport; onDismiss: () => void }) {
  const { t, lang } = useMessages();
  const csv = r.name.toLowerCase().endsWith('.csv');
  return (
    <div
      className={`report${r.outcome === 'rejected' ? ' report--bad' : ''}`}
      role={r.errors.length > 0 ? 'alert' : 'status'}
      aria-labelledby="report-h"
    >
      <div className="issues__bar">
        <h3 id="report-h" className="report__h">
          {r.outcome === 'loaded' ? t.importLoaded(r.loaded, r.totalRows, r.name) : t.importRejected(r.name)}
        </h3>
        <button type="button" className="btn btn--small" onClick={onDismiss}>
          {t.dismiss}
        </button>
      </div>
      {r.format && <p className="small">{t.importReadAs(r.format)}</p>}
      {r.notKept && <p className="small">{t.importNotKept(r.notKept === 'storage-full')}</p>}
      {r.unmapped > 0 && <p className="small">{t.importUnmapped(r.unmapped)}</p>}
      {r.warnings.map((w, i) => (
        <p key={i} className="small muted">
          {problemText(lang, w)}
        </p>
      ))}
      {r.errors.length > 0 && (
        <>
          <p className="small">{t.importRejectedRows(r.errors.length)}</p>
          <RowList rows={r.errors} csv={csv} />
        </>
      )}
      {r.rowWarnings.length > 0 && (
        <>
          <p className="small">{t.importRowWarnings(r.rowWarnings.length)}</p>
          <RowList rows={r.rowWarnings} csv={csv} />
        </>
      )}
    </div>
  );
}

/** Rows of an import report, each with where it is (row and column) and what is wrong. */
function RowList({ rows, csv }: { rows: readonly RowError[]; csv: boolean }) {
  const { t, lang } = useMessages();
  return (
    <>
      <ul className="report__list">
        {rows.slice(0, MAX_LISTED).map((e, i) => (
          <li key={i}>
            <span className="report__where">
              {e.row === null ? t.reportFile : csv ? t.reportRow(e.row) : t.reportFeature(e.row)}
              {e.field ? ` · ${e.field}` : ''}
            </span>{' '}
            {rowErrorText(lang, e)}
          </li>
        ))}
      </ul>
      {rows.length > MAX_LISTED && <p className="small muted">{t.reportMore(rows.length - MAX_LISTED)}</p>}
    </>
  );
}

/** Datasets kept in this browser from earlier imports: open one again, or delete it. */
function KeptDatasets() {
  const { t, lang } = useMessages();
  const io = useDatasetIO();
  if (io.keptDatasets.length === 0) return null;
  return (
    <section className="kept" aria-labelledby="kept-h">
      <h3 id="kept-h" className="card__h">
        {t.keptTitle}
      </h3>
      <ul className="kept__list">
        {io.keptDatasets.map((d) => (
          <li key={d.id} className="kept__item">
            <span className="kept__name" dir="auto">
              {d.name}
            </span>
            <span className="small muted">
              {formatDate(d.savedAt.slice(0, 10), lang)} ·{' '}
              {formatCount(Math.max(1, Math.round(d.bytes / 1024)), lang)} kB
            </span>
            <span className="kept__actions">
              <button type="button" className="btn btn--small" onClick={() => io.openKept(d)}>
                {t.keptOpen}
                <span className="sr-only"> {d.name}</span>
              </button>
              <button type="button" className="btn btn--small" onClick={() => void io.deleteKept(d)}>
                {t.keptDelete}
                <span className="sr-only"> {d.name}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

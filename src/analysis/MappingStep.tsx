/**
 * The mapping step: a table (or GeoJSON) of no known format is shown with the columns the app
 * proposes for each role, a preview of the first rows read that way, and how many rows each
 * choice would keep. The person confirms or changes it; nothing loads until they do.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PendingMapping } from '../data/useDataset';
import {
  applyMapping,
  inferDateConvention,
  mappingSummary,
  ROLES,
  type ColumnMapping,
  type DateConvention,
  type Role,
} from '../data/io/mapping';
import { useMessages } from '../state/useMessages';

/** Roles in the order a person thinks of them: when, where, what, who says so. */
const ORDER: readonly Role[] = [
  'date',
  'endDate',
  'lat',
  'lon',
  'latlon',
  'location',
  'title',
  'summary',
  'category',
  'source',
  'sourceUrl',
  'id',
];
const CONVENTIONS: readonly DateConvention[] = ['dmy', 'mdy', 'ymd', 'excel-serial'];
const PREVIEW_ROWS = 5;

interface Props {
  pending: PendingMapping;
  onConfirm: (m: ColumnMapping) => void;
  onCancel: () => void;
}

export function MappingStep({ pending, onConfirm, onCancel }: Props) {
  const { t } = useMessages();
  const { request } = pending;
  const { header, rows, firstRowNumber, proposal } = request;
  const [mapping, setMapping] = useState<ColumnMapping>(pending.remembered ?? proposal.mapping);
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();

  // a modal dialog: the page behind is inert, focus starts inside, Escape cancels
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const setRole = (role: Role, column: string) => {
    const roles = { ...mapping.roles };
    if (column === '') delete roles[role];
    else roles[role] = column;
    // a new date column may write its dates another way: read the convention from its values
    const next = { ...mapping, roles };
    if (role === 'date' || role === 'endDate') {
      next.date = inferDateConvention(header, rows, next)?.convention ?? null;
    }
    setMapping(next);
  };

  const summary = useMemo(() => mappingSummary(header, rows, mapping), [header, rows, mapping]);
  const preview = useMemo(
    () => applyMapping(header, rows.slice(0, PREVIEW_ROWS), mapping, firstRowNumber).records,
    [header, rows, mapping, firstRowNumber],
  );
  const sampled = rows.length < request.totalRows;
  const canLoad = mapping.roles.date !== undefined && summary.kept > 0;
  const columns = proposal.columns;

  return (
    <dialog
      ref={dialog}
      className="mapping"
      aria-labelledby={`${ids}-h`}
      aria-describedby={`${ids}-intro`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (canLoad) onConfirm(mapping);
        }}
      >
        <h2 id={`${ids}-h`} className="mapping__h">
          {t.mappingTitle}
        </h2>
        <p id={`${ids}-intro`} className="small">
          {t.mappingIntro(pending.name, request.totalRows)}
        </p>
        {pending.remembered && <p className="small">{t.mappingRemembered}</p>}
        <div className="mapping__roles">
          {ORDER.filter((r) => ROLES.includes(r)).map((role) => (
            <label key={role} className="mapping__role">
              <span>{t.mappingRoles[role]}</span>
              <select value={mapping.roles[role] ?? ''} onChange={(e) => setRole(role, e.target.value)}>
                <option value="">{t.mappingNone}</option>
                {columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label className="mapping__role">
            <span>{t.mappingDateOrder}</span>
            <select
              value={mapping.date ?? ''}
              onChange={(e) =>
                setMapping({ ...mapping, date: (e.target.value || null) as DateConvention | null })
              }
              aria-invalid={mapping.roles.date !== undefined && mapping.date === null}
            >
              <option value="">{t.mappingDateUnset}</option>
              {CONVENTIONS.map((c) => (
                <option key={c} value={c}>
                  {t.mappingConventions[c]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {mapping.roles.date !== undefined && mapping.date === null && (
          <p className="small mapping__warn" role="alert">
            {t.mappingAmbiguous}
          </p>
        )}
        <div className="mapping__checks">
          <label>
            <input
              type="checkbox"
              checked={mapping.decimalComma}
              onChange={(e) => setMapping({ ...mapping, decimalComma: e.target.checked })}
            />{' '}
            {t.mappingDecimalComma}
          </label>
          {!request.features && (
            <label>
              <input
                type="checkbox"
                checked={mapping.hasHeader}
                onChange={(e) => setMapping({ ...mapping, hasHeader: e.target.checked })}
              />{' '}
              {t.mappingHasHeader}
            </label>
          )}
        </div>
        <p className="mapping__summary" role="status">
          {t.mappingSummary(summary.kept, rows.length, summary.noDate, summary.noLocation, sampled)}
        </p>
        <div className="mapping__preview">
          <table>
            <caption className="small muted">{t.mappingPreview}</caption>
            <thead>
              <tr>
                <th scope="col">{t.mappingRoles.date}</th>
                <th scope="col">{t.mappingRoles.title}</th>
                <th scope="col">{t.mappingRoles.category}</th>
                <th scope="col">{t.mappingRoles.lat}</th>
                <th scope="col">{t.mappingRoles.lon}</th>
              </tr>
            </thead>
            <tbody>
              {preview.map((r, i) => (
                <tr key={i}>
                  <td>
                    <bdi>{r.date}</bdi>
                  </td>
                  <td dir="auto">{r.title}</td>
                  <td dir="auto">{r.category ?? ''}</td>
                  <td>
                    <bdi>{r.lat ?? '—'}</bdi>
                  </td>
                  <td>
                    <bdi>{r.lon ?? '—'}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="mapping__actions">
          <button type="submit" className="btn btn--play" disabled={!canLoad}>
            {t.mappingLoad}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

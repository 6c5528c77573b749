/**
 * Filters on the data's own columns (derive/facets.ts): a checklist per facet, each value with
 * how many events it would keep (among events passing every other filter), a search box for a
 * long list; min/max fields per number column, typed and checked like the date fields. Names and
 * values are shown as the data writes them, in their own direction.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Facet, FacetCounts, NumberAttribute } from '../derive/facets';
import { matchesQuery, normalizeSearch } from '../derive/text';
import { parseTypedNumber } from '../derive/typedNumber';
import { formatCount, type Lang, type Messages } from '../i18n';
import { useStory } from '../model/StoryContext';
import type { FacetFilter, NumberRange, RangeFilter } from '../state/filter';
import { useMessages } from '../state/useMessages';
import { useViewState } from '../state/viewState';

/** More columns than this: each starts folded, so the list and the map stay in view. */
const OPEN_UP_TO = 3;
/** A facet with more values than this gets a search box. */
const SEARCH_FROM = 8;

export interface ColumnFilters {
  facets: readonly Facet[];
  numbers: readonly NumberAttribute[];
  counts: FacetCounts;
  /** The facet values and ranges in effect (the link's that the data has). */
  shownFacets: FacetFilter | null;
  shownRanges: RangeFilter | null;
  total: number;
  setFacet: (name: string, values: readonly string[]) => void;
  setNumberRange: (name: string, range: NumberRange) => void;
}

/** The data's columns, their counts and the setters, for the filter bar. */
export function useColumnFilters(): ColumnFilters {
  const { data, model: m } = useStory();
  const { setFacet, setNumberRange } = useViewState();
  return {
    facets: m.attributes.facets,
    numbers: m.attributes.numbers,
    counts: m.facetCounts,
    shownFacets: m.shownFacets,
    shownRanges: m.shownRanges,
    total: data.events.length,
    setFacet,
    setNumberRange,
  };
}

/** A number as the fields write it: plain digits the field reads back. */
const plainNumber = (n: number) => String(n);

/** "1 to 3", "1 or more", "3 or less", in the reader's language. */
export function rangeText(t: Messages, lang: Lang, min: number | null, max: number | null): string {
  return t.numberRangeText(
    min === null ? null : formatCount(min, lang),
    max === null ? null : formatCount(max, lang),
  );
}

export function Facets(p: ColumnFilters) {
  const { t } = useMessages();
  const many = p.facets.length + p.numbers.length > OPEN_UP_TO;
  if (p.facets.length + p.numbers.length === 0) return null;
  return (
    <div className="facets" role="group" aria-labelledby="facets-h">
      <h3 id="facets-h" className="filters__legend">
        {t.facetsTitle}
      </h3>
      {p.facets.map((f) => (
        <FacetList
          key={f.name}
          facet={f}
          counts={p.counts.get(f.name)}
          selected={p.shownFacets?.get(f.name)}
          startOpen={!many || p.shownFacets?.has(f.name) === true}
          onChange={(values) => p.setFacet(f.name, values)}
        />
      ))}
      {p.numbers.map((n) => (
        <NumberFilter
          key={n.name}
          attribute={n}
          range={p.shownRanges?.get(n.name)}
          startOpen={!many || p.shownRanges?.has(n.name) === true}
          someMissing={n.present < p.total}
          onChange={(r) => p.setNumberRange(n.name, r)}
        />
      ))}
    </div>
  );
}

/** A folding section: native details/summary, so Enter and Space open it and it says it is expanded. */
function Fold({
  name,
  badge,
  startOpen,
  children,
}: {
  name: string;
  badge: string | null;
  startOpen: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(startOpen);
  return (
    <details className="facet" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="facet__summary">
        <span dir="auto" className="facet__name">
          {name}
        </span>
        {badge && <span className="facet__badge">{badge}</span>}
      </summary>
      {open && children}
    </details>
  );
}

function FacetList({
  facet,
  counts,
  selected,
  startOpen,
  onChange,
}: {
  facet: Facet;
  counts: ReadonlyMap<string, number> | undefined;
  selected: ReadonlySet<string> | undefined;
  startOpen: boolean;
  onChange: (values: readonly string[]) => void;
}) {
  const { t, lang } = useMessages();
  const [query, setQuery] = useState('');
  const q = normalizeSearch(query);
  // the chosen values stay listed whatever is searched, so they can be unticked
  const values =
    q === ''
      ? facet.values
      : facet.values.filter((v) => selected?.has(v) || matchesQuery(normalizeSearch(v), q));
  const toggle = (v: string) =>
    onChange(facet.values.filter((x) => (x === v ? !selected?.has(x) : selected?.has(x) === true)));
  return (
    <Fold name={facet.name} badge={selected ? t.facetSelected(selected.size) : null} startOpen={startOpen}>
      <fieldset className="facet__body">
        <legend className="sr-only" dir="auto">
          {facet.name}
        </legend>
        {facet.values.length > SEARCH_FROM && (
          <input
            type="search"
            className="facet__search"
            value={query}
            aria-label={t.facetSearch(facet.name)}
            placeholder={t.facetSearchPlaceholder}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
        <ul className="facet__values">
          {values.map((v) => {
            const n = counts?.get(v) ?? 0;
            const on = selected?.has(v) === true;
            return (
              <li key={v}>
                <label className={`facet__value${n === 0 && !on ? ' is-empty' : ''}`}>
                  <input type="checkbox" checked={on} onChange={() => toggle(v)} />
                  <span dir="auto" className="facet__label">
                    {v}
                  </span>{' '}
                  <span className="cat__n">{formatCount(n, lang)}</span>
                </label>
              </li>
            );
          })}
        </ul>
        {values.length === 0 && <p className="facet__none">{t.facetNoMatch}</p>}
      </fieldset>
    </Fold>
  );
}

function NumberFilter({
  attribute: a,
  range,
  startOpen,
  someMissing,
  onChange,
}: {
  attribute: NumberAttribute;
  range: NumberRange | undefined;
  startOpen: boolean;
  someMissing: boolean;
  onChange: (r: NumberRange) => void;
}) {
  const { t, lang } = useMessages();
  const hintId = useId();
  const min = range?.min ?? null;
  const max = range?.max ?? null;
  const badge = min !== null || max !== null ? rangeText(t, lang, min, max) : null;
  return (
    <Fold name={a.name} badge={badge} startOpen={startOpen}>
      <fieldset className="facet__body numfilter" aria-describedby={hintId}>
        <legend className="sr-only" dir="auto">
          {a.name}
        </legend>
        <div className="numfilter__fields">
          <NumberField
            label={t.numberAtLeast}
            applied={min}
            placeholder={plainNumber(a.min)}
            onCommit={(n) => {
              if (n !== null && max !== null && n > max) return t.numberMinAboveMax(formatCount(max, lang));
              onChange({ min: n, max });
              return null;
            }}
          />
          <NumberField
            label={t.numberAtMost}
            applied={max}
            placeholder={plainNumber(a.max)}
            onCommit={(n) => {
              if (n !== null && min !== null && n < min) return t.numberMaxBelowMin(formatCount(min, lang));
              onChange({ min, max: n });
              return null;
            }}
          />
        </div>
        <p id={hintId} className="facet__hint">
          {t.numberSpan(formatCount(a.min, lang), formatCount(a.max, lang))}
          {someMissing && ` ${t.numberMissing}`}
        </p>
      </fieldset>
    </Fold>
  );
}

/** How long typing pauses before a number applies (each applied number re-filters the map). */
const TYPING_PAUSE_MS = 300;

/**
 * One end of a range. A valid number applies after a pause in typing, or at once on Enter or on
 * leaving the field; an empty field opens that end; a wrong one says why under the field and
 * applies nothing. `onCommit` returns the error of a number the other end rules out, or null.
 */
function NumberField({
  label,
  applied,
  placeholder,
  onCommit,
}: {
  label: string;
  applied: number | null;
  placeholder: string;
  onCommit: (n: number | null) => string | null;
}) {
  const { t } = useMessages();
  const id = useId();
  const messageId = useId();
  const [text, setText] = useState<string | null>(null); // null: not being edited, show the applied value
  const [error, setError] = useState<string | null>(null);
  // the link may change the value from outside (Clear all, a removed chip): a stale error goes
  const [seen, setSeen] = useState(applied);
  if (seen !== applied) {
    setSeen(applied);
    if (text === null) setError(null);
  }
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  /** Apply the typed text; true when it applied (or there was nothing to apply). */
  const apply = (typed: string, final: boolean): boolean => {
    window.clearTimeout(timer.current);
    const r = parseTypedNumber(typed);
    if (r.kind === 'incomplete' || r.kind === 'invalid') {
      setError(r.kind === 'invalid' || final ? t.numberInvalid(typed.trim()) : null);
      return false;
    }
    const n = r.kind === 'empty' ? null : r.value;
    if (n === applied) {
      setError(null);
      return true;
    }
    const problem = onCommit(n);
    setError(problem);
    return problem === null;
  };

  return (
    <div className="numfield">
      <label htmlFor={id} className="datefield__label">
        {label}
      </label>
      <input
        id={id}
        className="datefield__input numfield__input"
        type="text"
        dir="ltr"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text ?? (applied === null ? '' : plainNumber(applied))}
        aria-invalid={error !== null || undefined}
        aria-describedby={error ? messageId : undefined}
        onFocus={(e) => setText(e.currentTarget.value)}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          window.clearTimeout(timer.current);
          const r = parseTypedNumber(v);
          if (r.kind === 'invalid') setError(t.numberInvalid(v.trim()));
          else {
            setError(null);
            timer.current = window.setTimeout(() => apply(v, false), TYPING_PAUSE_MS);
          }
        }}
        onBlur={() => {
          if (text !== null && apply(text, true)) setText(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text !== null) apply(text, true);
          if (e.key === 'Escape' && text !== null) {
            e.stopPropagation();
            window.clearTimeout(timer.current);
            setText(applied === null ? '' : plainNumber(applied));
            setError(null);
          }
        }}
      />
      {error && (
        <p id={messageId} className="datefield__msg numfield__msg is-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

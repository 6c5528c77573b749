/**
 * Category toggles with counts, free-text search, the data's own columns (Facets.tsx), and the
 * active filters as removable chips.
 */
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import type { Category, Place } from '../data/schema';
import type { EventFilter } from '../state/filter';
import { isFiltered } from '../state/filter';
import { formatCount, formatDate, pick } from '../i18n';
import { useMessages } from '../state/useMessages';
import { useCategories } from '../ui/useCategories';
import { dayNumber } from '../data/days';
import { RangeFields } from '../ui/RangeFields';
import { useNarrow } from '../ui/useNarrow';
import { Facets, rangeText, useColumnFilters } from './Facets';

interface Props {
  filter: EventFilter;
  /** Counts per category among events matching every other filter. */
  categoryCounts: ReadonlyMap<Category, number>;
  shown: number;
  total: number;
  placesById: ReadonlyMap<string, Place>;
  onCategories: (c: readonly Category[] | null) => void;
  onText: (q: string) => void;
  onPlace: (id: string | null) => void;
  onRange: (from: string | null, to: string | null) => void;
  onClear: () => void;
  /** The data's first and last day (day numbers): on a phone the range's typed dates are here. */
  extent?: { first: number; last: number };
}

export function FilterBar(p: Props) {
  const { t, lang } = useMessages();
  const [text, setText] = useState(p.filter.text);
  // The URL may change the query from outside (back button, clear all): the field follows it.
  // (React's "adjust state when a prop changes" pattern: no effect, no extra render pass.)
  const [urlText, setUrlText] = useState(p.filter.text);
  if (urlText !== p.filter.text) {
    setUrlText(p.filter.text);
    setText(p.filter.text);
  }
  // Typing is debounced: the timer restarts only when the text changes, not on every render
  // of the parent (which hands down a new onText each time).
  const commitText = useEffectEvent((value: string) => p.onText(value));
  useEffect(() => {
    if (text === urlText) return;
    const id = window.setTimeout(() => commitText(text), 200);
    return () => window.clearTimeout(id);
  }, [text, urlText]);

  const narrow = useNarrow();
  const cats = useCategories();
  const ALL = cats.ids;
  // categories the data lacks (a link made on another dataset) are not shown as filtered
  const asked = p.filter.categories;
  const active = asked && ALL.some((c) => asked.has(c)) ? new Set(ALL.filter((c) => asked.has(c))) : null;
  const toggle = (c: Category) => {
    const set = new Set(active ?? ALL);
    if (set.has(c)) set.delete(c);
    else set.add(c);
    p.onCategories(set.size === ALL.length ? null : ALL.filter((x) => set.has(x)));
  };

  const columns = useColumnFilters();
  /** `content`: the chip's text when it shows the data's own words (each in its own direction). */
  const chips: { key: string; label: string; content?: ReactNode; remove: () => void }[] = [];
  if (p.filter.from || p.filter.to) {
    const a = p.filter.from ? formatDate(p.filter.from, lang) : '…';
    const b = p.filter.to ? formatDate(p.filter.to, lang) : '…';
    chips.push({ key: 'range', label: `${a} – ${b}`, remove: () => p.onRange(null, null) });
  }
  if (active)
    chips.push({ key: 'cat', label: t.chipCategories(active.size), remove: () => p.onCategories(null) });
  if (p.filter.place) {
    const pl = p.placesById.get(p.filter.place);
    chips.push({
      key: 'place',
      label: t.chipPlace(pl ? pick(pl.name, lang) : p.filter.place),
      remove: () => p.onPlace(null),
    });
  }
  if (p.filter.text.trim())
    chips.push({ key: 'q', label: `“${p.filter.text.trim()}”`, remove: () => p.onText('') });
  for (const [name, values] of columns.shownFacets ?? []) {
    const rest = t.facetValuesText([...values]);
    chips.push({
      key: `fv:${name}`,
      label: `\u2068${name}\u2069: ${rest}`,
      content: <DataWords name={name} rest={rest} />,
      remove: () => columns.setFacet(name, []),
    });
  }
  for (const [name, r] of columns.shownRanges ?? []) {
    const rest = rangeText(t, lang, r.min, r.max);
    chips.push({
      key: `fr:${name}`,
      label: `\u2068${name}\u2069: ${rest}`,
      content: <DataWords name={name} rest={rest} />,
      remove: () => columns.setNumberRange(name, { min: null, max: null }),
    });
  }

  return (
    <section className="filters" aria-labelledby="filters-h">
      <h2 id="filters-h" className="sr-only">
        {t.filtersTitle}
      </h2>
      <label className="search">
        <span className="sr-only">{t.searchLabel}</span>
        <input
          type="search"
          value={text}
          placeholder={t.searchPlaceholder}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {narrow && p.extent && (
        <fieldset className="filters__dates">
          <legend className="filters__legend">{t.dateRange}</legend>
          <RangeFields
            idPrefix="filter-range"
            days={{
              first: p.extent.first,
              last: p.extent.last,
              lo: p.filter.from ? Math.max(p.extent.first, dayNumber(p.filter.from)) : p.extent.first,
              hi: p.filter.to ? Math.min(p.extent.last, dayNumber(p.filter.to)) : p.extent.last,
            }}
            onChange={p.onRange}
          />
        </fieldset>
      )}
      <div className="cats" role="group" aria-label={t.category}>
        {ALL.map((c) => {
          const on = !active || active.has(c);
          return (
            <button
              key={c}
              type="button"
              className={`cat${on ? ' is-on' : ''}`}
              aria-pressed={on}
              onClick={() => toggle(c)}
              data-category={c}
            >
              <span className="chip__dot" style={{ backgroundColor: cats.color(c) }} aria-hidden="true" />
              {cats.label(c)}
              <span className="cat__n">{formatCount(p.categoryCounts.get(c) ?? 0, lang)}</span>
            </button>
          );
        })}
      </div>
      <Facets {...columns} />
      <p className="filters__count" role="status" aria-live="polite">
        {t.shownOfTotal(p.shown, p.total)}
      </p>
      {chips.length > 0 && (
        <ul className="chips" aria-label={t.activeFilters}>
          {chips.map((c) => (
            <li key={c.key}>
              <span className="chip chip--filter">
                {c.content ?? c.label}
                <button
                  type="button"
                  className="chip__x"
                  onClick={c.remove}
                  aria-label={t.removeFilter(c.label)}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
          {isFiltered(p.filter) && (
            <li>
              <button type="button" className="btn btn--small" onClick={p.onClear}>
                {t.clearAll}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/** "name: values" with the data's name in its own direction (an Arabic column in an English page). */
function DataWords({ name, rest }: { name: string; rest: string }) {
  return (
    <span>
      <bdi>{name}</bdi>: <bdi>{rest}</bdi>
    </span>
  );
}

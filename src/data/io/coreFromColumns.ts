/**
 * An imported list's core (../eventCore.ts) made from the import worker's slices of columns while
 * the page makes the events from them: a slice's distinct dates and categories are read once, and
 * each event's fields are typed-array reads, so the page never walks the million objects for it.
 */
import { CategoryCodes, coreColumns, lastDay, type EventCore } from '../eventCore';
import { dayNumber } from '../days';
import type { Category } from '../schema';
import type { EventColumns } from './eventColumns';

/** Per slice, per code of its date, end date and category columns: the day number and core category. */
interface SliceCodes {
  slice: EventColumns;
  dates: readonly string[];
  starts: Int32Array;
  endDates: readonly (string | undefined)[];
  ends: Int32Array | null;
  category: Uint32Array;
}

const NONE = { values: [], codes: new Uint32Array(0) };

const days = (values: readonly unknown[]) =>
  Int32Array.from(values, (v) => (typeof v === 'string' ? dayNumber(v) : 0));

/**
 * Fills a core of `n` events: `add(s, i)` takes event `i` of slice `s` as the next in the list's
 * order. `done()` gives the core once all `n` are added.
 */
export function coreFromColumns(slices: readonly EventColumns[], n: number) {
  const c = coreColumns(n);
  const cats = new CategoryCodes();
  const coded: SliceCodes[] = slices.map((slice) => {
    // every event has a date and a category: only a slice of no events lacks their columns
    const { date = NONE, endDate, category = NONE } = slice.fields;
    return {
      slice,
      dates: date.values as string[],
      starts: days(date.values),
      endDates: (endDate?.values ?? []) as (string | undefined)[],
      ends: endDate ? days(endDate.values) : null,
      category: Uint32Array.from(category.values, (v) => (v === undefined ? 0 : cats.code(v as Category))),
    };
  });
  let k = 0;
  return {
    add(s: number, i: number) {
      const { slice, dates, endDates, starts, ends, category } = coded[s]!;
      const { date, endDate } = slice.fields;
      const dateCode = date!.codes[i]!;
      const start = starts[dateCode]!;
      const endCode = endDate ? endDate.codes[i]! : 0;
      c.ids[k] = slice.ids[i]!;
      c.starts[k] = start;
      c.ends[k] =
        ends && endCode !== 0 ? lastDay(start, dates[dateCode]!, endDates[endCode], ends[endCode]) : start;
      c.lon[k] = slice.numbers.lon[i]!;
      c.lat[k] = slice.numbers.lat[i]!;
      c.category[k] = category[slice.fields.category!.codes[i]!]!;
      k++;
    },
    done(): EventCore {
      if (k !== n) throw new Error(`${k} of ${n} events added to the core`);
      return { length: n, ...c, categories: cats.categories };
    },
  };
}

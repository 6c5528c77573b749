/**
 * A number as a person types it into a min/max field: Latin or Arabic-Indic digits (٠–٩, ۰–۹),
 * a point or the Arabic decimal separator (٫) for decimals, a minus (- or −). A comma is refused
 * rather than guessed: "1,5" is 1.5 in one language and fifteen hundred-ish typos in another.
 */
export type TypedNumber =
  | { kind: 'empty' }
  /** A start of a number ("-", "."): nothing applies and nothing is wrong yet. */
  | { kind: 'incomplete' }
  | { kind: 'invalid' }
  | { kind: 'number'; value: number };

const DIGITS = new Map<string, string>([
  ...[...'٠١٢٣٤٥٦٧٨٩'].map((d, i): [string, string] => [d, String(i)]),
  ...[...'۰۱۲۳۴۵۶۷۸۹'].map((d, i): [string, string] => [d, String(i)]),
  ['٫', '.'],
  ['−', '-'],
]);

export function parseTypedNumber(typed: string): TypedNumber {
  const s = typed.trim().replace(/[٠-٩۰-۹٫−]/g, (c) => DIGITS.get(c)!);
  if (s === '') return { kind: 'empty' };
  if (s === '-' || s === '.' || s === '-.') return { kind: 'incomplete' };
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return { kind: 'invalid' };
  const value = Number(s);
  return Number.isFinite(value) ? { kind: 'number', value: value + 0 } : { kind: 'invalid' };
}

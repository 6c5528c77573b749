/**
 * Arabic counted nouns. Arabic has six plural categories (Intl.PluralRules gives them): one and
 * two have their own words, 3–10 take the plural, 11–99 the singular accusative, 100+ the
 * singular. A single "n things" string is wrong for most counts.
 */
export interface ArabicForms {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
  zero?: string;
}

const rules = new Intl.PluralRules('ar');
/** Latin digits in Arabic text, as everywhere in the app. */
export const arNum = (n: number) => n.toLocaleString('ar-SY-u-nu-latn');

/** The phrase for n, `#` standing for the number. */
export function arPlural(n: number, f: ArabicForms): string {
  const c = rules.select(n);
  const form =
    c === 'zero'
      ? (f.zero ?? f.other)
      : c === 'one'
        ? f.one
        : c === 'two'
          ? f.two
          : c === 'few'
            ? f.few
            : c === 'many'
              ? f.many
              : f.other;
  return form.replace('#', arNum(n));
}

/**
 * Search normalisation for English and Arabic. Arabic: drop diacritics (tashkeel, superscript
 * alef) and tatweel, fold alef variants (أ إ آ ٱ → ا), taa marbuta → haa (ة → ه), alef maqsura → yaa
 * (ى → ي), hamza carriers (ؤ → و, ئ → ي). Latin: lower case, accents removed.
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;

export function normalizeSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every whitespace-separated term of the query occurs in the haystack (both normalised). */
export function matchesQuery(normalizedHaystack: string, normalizedQuery: string): boolean {
  if (!normalizedQuery) return true;
  return normalizedQuery.split(' ').every((term) => normalizedHaystack.includes(term));
}

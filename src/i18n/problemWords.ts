/**
 * Data problems in words, in the reader's language. A module of its own, loaded with the parts
 * that report problems (the data-issues panel, the import report) rather than with the first
 * view: the two tables are ~5 kB gzip that a reader of a sound story never needs.
 */
import type { DataProblem, Within } from '../data/problems';
import type { Lang } from '.';
import { arProblems, arWithin } from './problemWords.ar';
import { enProblems, enWithin } from './problemWords.en';

const WORDS = {
  en: { problems: enProblems, within: enWithin },
  ar: { problems: arProblems, within: arWithin },
};

export function problemText(lang: Lang, p: DataProblem): string {
  // each code's function takes that code's problem: the lookup by p.code keeps them matched
  return (WORDS[lang].problems[p.code] as (p: DataProblem) => string)(p);
}

/** An import's row error in words: where inside a list cell it is ("place 2: "), then what. */
export function rowErrorText(lang: Lang, e: { within?: Within; problem: DataProblem }): string {
  const what = problemText(lang, e.problem);
  return e.within ? `${WORDS[lang].within(e.within)}: ${what}` : what;
}

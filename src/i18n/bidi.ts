/** Latin text inside Arabic (ids, column names, paths, values) kept left to right: an isolate. */
export const ltr = (s: string) => `\u2066${s}\u2069`;

/**
 * A link to a dataset kept in this browser: the `data` parameter `local:<id>/<file name>`. The
 * name travels with the id so that, opened on another machine (where the id means nothing), the
 * page can say which file the link shows and how to get it there.
 */
export interface LocalLink {
  id: string;
  name: string;
}

const PREFIX = 'local:';

export const localLink = (id: string, name: string): string => `${PREFIX}${id}/${name}`;

/** The dataset a `data` parameter names in this browser's store, or null for any other value. */
export function parseLocalLink(param: string): LocalLink | null {
  if (!param.startsWith(PREFIX)) return null;
  const rest = param.slice(PREFIX.length);
  const slash = rest.indexOf('/');
  const id = slash < 0 ? rest : rest.slice(0, slash);
  const name = slash < 0 ? '' : rest.slice(slash + 1);
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? { id, name } : null;
}

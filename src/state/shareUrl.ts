/**
 * Links and embed code for the current view. Pure: the view is already in the URL, these
 * only stamp the link version and, for embeds, the embed mode.
 */
import type { Lang } from '../i18n';
import { LINK_VERSION } from './params';

/**
 * Set (or remove, with null) one parameter, leaving the others exactly as written: going through
 * URLSearchParams would re-encode them (`cam=40,36,7` would become `cam=40%2C36%2C7`).
 */
function withParam(href: string, name: string, value: string | null): string {
  const u = new URL(href);
  const pairs = u.search
    .slice(1)
    .split('&')
    .filter((p) => p !== '' && decodeURIComponent(p.split('=')[0]!) !== name);
  if (value !== null) pairs.push(`${name}=${encodeURIComponent(value)}`);
  u.search = pairs.join('&');
  return u.toString();
}

/**
 * The view's link, stamped with the link format version and the language it is shown in (a link
 * without `lang` would open in each reader's browser language, not as the sender saw it).
 */
export function shareUrl(href: string, lang?: Lang): string {
  const stamped = withParam(href, 'v', LINK_VERSION);
  return lang && new URL(href).searchParams.get('lang') === null ? withParam(stamped, 'lang', lang) : stamped;
}

/** The same view in embed mode (map and timeline only). */
export function embedUrl(href: string, lang?: Lang): string {
  return withParam(shareUrl(href, lang), 'mode', 'embed');
}

/** The full view a frame links out to: the embed's own URL without the embed mode. */
export function fullViewUrl(href: string): string {
  return withParam(href, 'mode', null);
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An iframe snippet for the view; every value is escaped for an HTML attribute. */
export function embedCode(
  href: string,
  title: string,
  lang?: Lang,
  size = { width: 800, height: 520 },
): string {
  return `<iframe src="${attr(embedUrl(href, lang))}" width="${size.width}" height="${size.height}" title="${attr(title)}" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}

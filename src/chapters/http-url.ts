/**
 * Chapter images and links come from feeds and chapters files: untrusted. Only web addresses may reach an `href`
 * or `src`; `javascript:`, `data:` and the like are dropped.
 */

/**
 * `value` as an absolute http(s) URL, resolved against `base` (the URL of the file it was read from), or
 * `undefined` when it is not a string, not a URL, or of another scheme.
 */
export function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

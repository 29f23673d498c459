/** One HTTP request without following redirects: what each platform supplies to `fetchText`. */
export type HopFetch = (
  url: URL,
  init: { headers: Headers; signal: AbortSignal; privateOk: boolean },
) => Promise<Response>;

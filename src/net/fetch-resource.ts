import { PodcastEpisodeError } from '../feed/errors.js';
import { strings } from '../i18n/strings.js';
import { FEED_DEADLINES, RequestClock, tooSlowError, type Deadlines } from './deadline.js';
import { readBody, type BodyMessages } from './read-body.js';

/**
 * The URL actually requested: the resource's URL itself, or the `proxy` template with `{url}` replaced by the
 * encoded URL (`https://proxy.example/?url={url}`). A template without `{url}` gets the URL appended.
 */
export function proxiedUrl(url: string, proxy?: string | null): string {
  if (!proxy) return url;
  const encoded = encodeURIComponent(url);
  return proxy.includes('{url}') ? proxy.split('{url}').join(encoded) : proxy + encoded;
}

/** Resolves a possibly relative URL against the page, as the browser would for a link. */
export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

function isCrossOrigin(url: string): boolean {
  return new URL(url, document.baseURI).origin !== location.origin;
}

/**
 * `fetch` rejects with the same TypeError for "server unreachable" and "server answered, but without CORS
 * headers". An opaque `no-cors` request tells them apart: it succeeds only when the server answered.
 */
async function classifyFetchFailure(
  requestUrl: string,
  cause: unknown,
  signal?: AbortSignal,
): Promise<PodcastEpisodeError> {
  if (isCrossOrigin(requestUrl)) {
    // Under the same deadline: a server slow to answer this probe must not hold the error up.
    const probe: RequestInit = { mode: 'no-cors', credentials: 'omit', cache: 'force-cache', signal };
    const answered = await fetch(requestUrl, probe).then(
      () => true,
      () => false,
    );
    if (answered) {
      const host = new URL(requestUrl).host;
      return new PodcastEpisodeError('cors', strings.errorCors(host), { host, cause });
    }
  }
  return new PodcastEpisodeError('network', strings.errorNetwork, { cause });
}

/** The longest Accept value that keeps a cross-origin request free of a CORS preflight (Fetch standard). */
const MAX_SIMPLE_ACCEPT = 128;

/**
 * Fetches a feed, transcript or chapters file (through `proxy` when given) and returns the successful response.
 * Throws `PodcastEpisodeError` with code `network`, `cors` (the server does not let other sites read it) or `http`.
 * The messages speak of "the feed"; callers fetching something else map the code onto their own words.
 */
export async function fetchResource(
  url: string,
  proxy: string | null | undefined,
  accept: string,
  clock?: RequestClock,
  tooSlow: string = strings.errorTooSlow,
  cache?: RequestCache,
): Promise<Response> {
  const requestUrl = proxiedUrl(url, proxy);
  let response: Response;
  try {
    // An Accept header is a "simple" CORS header only up to 128 bytes: a longer one makes the browser send a
    // preflight OPTIONS first, an extra round trip that many podcast hosts do not answer with CORS headers.
    const headers: HeadersInit = accept.length <= MAX_SIMPLE_ACCEPT ? { Accept: accept } : {};
    response = await fetch(requestUrl, { credentials: 'omit', headers, signal: clock?.signal, cache });
  } catch (cause) {
    if (clock?.expired) throw tooSlowError(tooSlow);
    const failure = await classifyFetchFailure(requestUrl, cause, clock?.signal);
    throw clock?.expired ? tooSlowError(tooSlow) : failure;
  }
  if (!response.ok) {
    throw (
      (proxy ? await proxyFailure(response) : undefined) ??
      new PodcastEpisodeError('http', strings.errorHttp(response.status), { status: response.status })
    );
  }
  return response;
}

/** Limits and wording for {@link fetchBody}. */
export interface FetchBodyOptions {
  /** Overall and stall limits; a feed's by default. */
  deadlines?: Deadlines;
  /** Answers longer than this many bytes are refused (`network`, `messages.tooLarge`). */
  maxBytes?: number;
  /** The sentences for the failures met while reading; a feed's by default. */
  messages?: Partial<BodyMessages>;
}

/**
 * Fetches a resource like {@link fetchResource} and reads its whole answer within the deadlines: the request, the
 * headers and every byte of the body. A server too slow, one that stops sending, or an answer shorter than its
 * `Content-Length` ends in a `network` error; never a partial body passed off as whole.
 */
export async function fetchBody(
  url: string,
  proxy: string | null | undefined,
  accept: string,
  options: FetchBodyOptions = {},
): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: string | null }> {
  const messages: BodyMessages = {
    tooSlow: strings.errorTooSlow,
    cut: strings.errorCut,
    tooLarge: strings.errorTooLarge,
    ...options.messages,
  };
  const clock = new RequestClock(options.deadlines ?? FEED_DEADLINES);
  try {
    const response = await fetchResource(url, proxy, accept, clock, messages.tooSlow);
    // The headers are a sign of life: the stall clock starts again for the body.
    clock.touch();
    const bytes = await readBody(response, clock, messages, options.maxBytes);
    return { bytes, contentType: response.headers.get('content-type') };
  } finally {
    clock.stop();
  }
}

/**
 * What our own server (`/proxy`, see server/) says went wrong, as `{ code, message }` JSON: its sentence is more
 * useful than a bare status ("the feed is larger than 25 MB", "that address is private"). Undefined for any other
 * answer.
 */
async function proxyFailure(response: Response): Promise<PodcastEpisodeError | undefined> {
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    const body = (await response.json()) as { code?: unknown; message?: unknown };
    if (typeof body.message !== 'string' || !body.message.trim()) return undefined;
    const code = body.code === 'network' || body.code === 'timeout' ? 'network' : 'http';
    return new PodcastEpisodeError(code, body.message.slice(0, 300), { status: response.status });
  } catch {
    return undefined;
  }
}

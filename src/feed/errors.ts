/**
 * Every way showing an episode can fail, as a stable `code` the page can branch on.
 * The element turns these into the `error` event's `detail` and the message in `part="error"`.
 */
export type ErrorCode =
  | 'no-feed' // the element has no `feed` attribute
  | 'network' // the request never got an answer (offline, DNS, refused)
  | 'cors' // the answer was withheld by the browser: the feed's server does not allow other sites to read it
  | 'http' // the server answered with an error status
  | 'not-a-feed' // the answer is not XML, or XML that is not RSS/Atom
  | 'malformed' // XML broken beyond repair
  | 'empty-feed' // a feed without items
  | 'episode-not-found' // nothing matches the `episode` attribute
  | 'audio'; // the audio file could not be played

/** An error with a machine-readable `code`; `message` is a sentence meant for people. */
export class PodcastEpisodeError extends Error {
  readonly code: ErrorCode;
  /** HTTP status for `http` errors. */
  readonly status?: number;
  /** The server that refused, for `cors` errors. */
  readonly host?: string;

  constructor(code: ErrorCode, message: string, options: { status?: number; host?: string; cause?: unknown } = {}) {
    super(message);
    this.name = 'PodcastEpisodeError';
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.host !== undefined) this.host = options.host;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** Plain-data form, as it crosses a worker boundary and as the `error` event's `detail`. */
export interface ErrorDetail {
  code: ErrorCode;
  message: string;
  status?: number;
  /** The server that refused, for `cors` errors. */
  host?: string;
}

export function toErrorDetail(error: unknown, fallback: ErrorCode = 'not-a-feed'): ErrorDetail {
  if (error instanceof PodcastEpisodeError) {
    const detail: ErrorDetail = { code: error.code, message: error.message };
    if (error.status !== undefined) detail.status = error.status;
    if (error.host !== undefined) detail.host = error.host;
    return detail;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: fallback, message };
}

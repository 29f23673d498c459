/**
 * What the server answers when it cannot: JSON `{ code, message }` (plus `status` for `http`), with the HTTP status
 * each code maps to. The widget shows `message` when a proxy answers with one of these.
 */

/** Every way a server request can fail, as the stable `code` of its JSON answer. */
export type ServerErrorCode =
  | 'network' // the upstream server could not be reached
  | 'http' // the upstream server answered with an error status (`status` says which)
  | 'not-a-feed' // the answer is not text we pass on (audio, images, binaries), or not a feed for /episode.json
  | 'too-large' // the answer is over the size limit
  | 'timeout' // the answer took longer than the time limit
  | 'forbidden-address' // the URL (or a redirect) leads to a private, loopback, link-local… address
  | 'not-allowed' // the URL is not one this server proxies (scheme, port, credentials, allow list)
  | 'rate-limited' // this client sent too many requests this minute
  | 'bad-request' // a parameter is missing or unreadable
  | 'malformed' // /episode.json: the feed's XML is broken beyond repair
  | 'empty-feed' // /episode.json: the feed has no episodes
  | 'episode-not-found' // /episode.json: nothing matches `episode`
  | 'not-found'; // no such route

const HTTP_STATUS: Record<ServerErrorCode, number> = {
  network: 502,
  http: 502,
  'not-a-feed': 422,
  'too-large': 413,
  timeout: 504,
  'forbidden-address': 403,
  'not-allowed': 403,
  'rate-limited': 429,
  'bad-request': 400,
  malformed: 422,
  'empty-feed': 422,
  'episode-not-found': 404,
  'not-found': 404,
};

/** The JSON body of every error answer. */
export interface ServerErrorBody {
  code: ServerErrorCode;
  message: string;
  /** The upstream HTTP status, for `http`. */
  status?: number;
}

/** An error the server turns into a JSON answer. */
export class ServerError extends Error {
  readonly code: ServerErrorCode;
  readonly status?: number;

  constructor(code: ServerErrorCode, message: string, status?: number) {
    super(message);
    this.name = 'ServerError';
    this.code = code;
    if (status !== undefined) this.status = status;
  }

  /** The HTTP status of the answer carrying this error. */
  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  toJSON(): ServerErrorBody {
    return this.status === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, status: this.status };
  }
}

/** The first `ServerError` in an error's `cause` chain (undici wraps connection errors in `TypeError: fetch failed`). */
export function findServerError(error: unknown): ServerError | undefined {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof ServerError) return e;
  }
  return undefined;
}

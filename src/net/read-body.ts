/**
 * Reading an HTTP answer's body piece by piece under a {@link RequestClock}, checking that it is whole: whole into
 * memory (readBody), or handed on as it arrives (streamBody: a feed, to the parser worker).
 */
import { PodcastEpisodeError } from '../feed/errors.js';
import { tooSlowError, type RequestClock } from './deadline.js';

/** The sentences for the ways reading a body fails. */
export interface BodyMessages {
  /** A deadline ran out. */
  tooSlow: string;
  /** The connection ended early, or the answer is shorter than its `Content-Length`. */
  cut: string;
  /** Longer than the limit. */
  tooLarge: string;
}

/**
 * Hands the body to `onPiece` piece by piece as it arrives, and resolves with its length. Each piece restarts the
 * clock's stall limit; the clock aborting (a deadline) ends the read. Rejects with a `network`
 * {@link PodcastEpisodeError}: too slow, cut short (shorter than its `Content-Length`), or over `maxBytes`; never a
 * partial body passed off as whole.
 */
export async function streamBody(
  response: Response,
  clock: RequestClock,
  messages: BodyMessages,
  maxBytes: number,
  onPiece: (piece: Uint8Array<ArrayBuffer>) => void,
): Promise<number> {
  const declared = declaredLength(response);
  if (declared !== undefined && declared > maxBytes) throw tooLarge(response, messages);
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw tooLarge(response, messages);
    onPiece(bytes);
    return bytes.length;
  }
  const reader = response.body.getReader();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      clock.touch();
      received += value.byteLength;
      if (received > maxBytes) throw tooLarge(response, messages);
      onPiece(value as Uint8Array<ArrayBuffer>);
    }
  } catch (cause) {
    if (cause instanceof PodcastEpisodeError) throw cause;
    if (clock.expired) throw tooSlowError(messages.tooSlow);
    throw new PodcastEpisodeError('network', messages.cut, { cause });
  } finally {
    // Frees the connection when we gave up early; harmless once the stream is done.
    reader.cancel().catch(() => undefined);
  }
  if (declared !== undefined && received < declared) throw new PodcastEpisodeError('network', messages.cut);
  return received;
}

/** The body's bytes, whole (see streamBody). */
export async function readBody(
  response: Response,
  clock: RequestClock,
  messages: BodyMessages,
  maxBytes = Infinity,
): Promise<Uint8Array<ArrayBuffer>> {
  const pieces: Uint8Array[] = [];
  const length = await streamBody(response, clock, messages, maxBytes, (piece) => pieces.push(piece));
  return join(pieces, length);
}

/**
 * `Content-Length` when it counts the bytes we read: not for an encoded (gzip, br) answer, whose header counts the
 * compressed bytes. A cross-origin answer hides `Content-Encoding`; a compressed text is longer decoded, so a short
 * count still means a cut.
 */
function declaredLength(response: Response): number | undefined {
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding.trim().toLowerCase() !== 'identity') return undefined;
  const length = Number(response.headers.get('content-length') ?? NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

function tooLarge(response: Response, messages: BodyMessages): PodcastEpisodeError {
  response.body?.cancel().catch(() => undefined);
  return new PodcastEpisodeError('network', messages.tooLarge);
}

function join(pieces: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.byteLength;
  }
  return bytes;
}

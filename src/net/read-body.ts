/**
 * Reading an HTTP answer's body piece by piece under a {@link RequestClock}, checking that it is whole.
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
 * The body's bytes. Each piece restarts the clock's stall limit; the clock aborting (a deadline) ends the read.
 * Rejects with a `network` {@link PodcastEpisodeError}: too slow, cut short, or over `maxBytes`.
 */
export async function readBody(
  response: Response,
  clock: RequestClock,
  messages: BodyMessages,
  maxBytes = Infinity,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = declaredLength(response);
  if (declared !== undefined && declared > maxBytes) throw tooLarge(response, messages);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const pieces: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      clock.touch();
      pieces.push(value);
      received += value.byteLength;
      if (received > maxBytes) throw tooLarge(response, messages);
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
  return join(pieces, received);
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

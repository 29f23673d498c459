/**
 * Reading a feed's answer piece by piece under its {@link RequestClock}, handing each piece on as it arrives (to
 * the parser worker), with the checks of read-body.ts: each piece restarts the stall limit, an answer over
 * `maxBytes` or shorter than its `Content-Length` fails (`network`); never a partial body passed off as whole.
 */
import { PodcastEpisodeError } from './errors.js';
import { tooSlowError, type RequestClock } from '../net/deadline.js';
import { strings } from '../i18n/strings.js';

export async function streamBody(
  response: Response,
  clock: RequestClock,
  maxBytes: number,
  onPiece: (piece: Uint8Array<ArrayBuffer>) => void,
): Promise<number> {
  const encoding = response.headers.get('content-encoding');
  const length = Number(response.headers.get('content-length') ?? NaN);
  // An encoded (gzip, br) answer's Content-Length counts the compressed bytes.
  const declared =
    (!encoding || encoding.trim().toLowerCase() === 'identity') && Number.isSafeInteger(length) ? length : undefined;
  const tooLarge = () => new PodcastEpisodeError('network', strings.errorTooLarge);
  if (declared !== undefined && declared > maxBytes) {
    response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw tooLarge();
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
      if (received > maxBytes) throw tooLarge();
      // Transferred to the worker: a piece that shares its buffer is copied first.
      const own = value.byteOffset === 0 && value.byteLength === value.buffer.byteLength;
      onPiece(own ? (value as Uint8Array<ArrayBuffer>) : value.slice());
    }
  } catch (cause) {
    if (cause instanceof PodcastEpisodeError) throw cause;
    if (clock.expired) throw tooSlowError(strings.errorTooSlow);
    throw new PodcastEpisodeError('network', strings.errorCut, { cause });
  } finally {
    reader.cancel().catch(() => undefined);
    clock.stop();
  }
  if (declared !== undefined && received < declared) throw new PodcastEpisodeError('network', strings.errorCut);
  return received;
}

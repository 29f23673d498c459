/**
 * Fetching a transcript file and reading it, with failures turned into something the viewer can show.
 */
import type { TranscriptRef } from '../feed/model.js';
import { PodcastEpisodeError } from '../feed/errors.js';
import { fetchBody, proxiedUrl } from '../net/fetch-resource.js';
import { RequestCache } from '../net/request-cache.js';
import { FILE_DEADLINES } from '../net/deadline.js';
import { MAX_TRANSCRIPT_BYTES } from './limits.js';
import { strings } from '../i18n/strings.js';
import { decodeText } from './decode-text.js';
import type { Transcript } from './model.js';
import { parseTranscriptInSlices } from './parse-transcript.js';
import { formatOfRef, formatOfType } from './transcript-format.js';

/** A transcript that loaded (possibly empty, possibly with warnings), or why it did not. */
export type TranscriptLoad =
  | { ok: true; ref: TranscriptRef; transcript: Transcript }
  | {
      ok: false;
      ref: TranscriptRef;
      /** `cors`: the server does not let other sites read it; `http`: an error status; `network`: no answer. */
      code: 'cors' | 'network' | 'http';
      status?: number;
      /** A sentence for people: why it failed. */
      reason: string;
    };

/** Timed formats first; kept under 128 bytes so cross-origin fetches need no CORS preflight (see fetch-resource). */
const ACCEPT =
  'text/vtt, application/json, application/srt, application/x-subrip, text/html;q=0.8, text/plain;q=0.7, */*;q=0.5';

/** One fetch per transcript (and proxy) for the whole page; failures are forgotten so a later try fetches again. */
const transcripts = new RequestCache<TranscriptLoad>({ failed: (load) => !load.ok });

/**
 * Loads and parses a transcript through `proxy` (the widget's `{url}` template) when given. Never rejects: a
 * failure resolves to `{ ok: false, code, reason }`.
 */
export function loadTranscript(ref: TranscriptRef, proxy?: string | null): Promise<TranscriptLoad> {
  return transcripts.get(proxiedUrl(ref.url, proxy), () => fetchAndParse(ref, proxy));
}

async function fetchAndParse(ref: TranscriptRef, proxy: string | null | undefined): Promise<TranscriptLoad> {
  try {
    const options = { deadlines: FILE_DEADLINES, maxBytes: MAX_TRANSCRIPT_BYTES };
    const { bytes, contentType } = await fetchBody(ref.url, proxy, ACCEPT, options);
    const text = decodeText(bytes, contentType);
    // The feed's type (or the file's extension) first; a server's generic label counts only when the feed gives none.
    const transcript = await parseTranscriptInSlices(text, formatOfRef(ref) ?? formatOfType(contentType));
    return { ok: true, ref, transcript };
  } catch (error) {
    return failure(ref, error);
  }
}

function failure(ref: TranscriptRef, error: unknown): TranscriptLoad {
  if (error instanceof PodcastEpisodeError && error.code === 'http' && error.status !== undefined) {
    return { ok: false, ref, code: 'http', status: error.status, reason: strings.transcriptErrorHttp(error.status) };
  }
  if (error instanceof PodcastEpisodeError && error.code === 'cors') {
    return { ok: false, ref, code: 'cors', reason: strings.transcriptErrorCors(hostOf(ref.url)) };
  }
  return { ok: false, ref, code: 'network', reason: strings.transcriptErrorNetwork };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

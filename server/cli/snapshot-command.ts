/**
 * `podcast-episode snapshot <feed URL or file> [--episode latest] [-o file]`: the `/episode.json` snapshot made at
 * build time, for static sites: no server, no CORS. Same guarded fetch and same pipeline as the server.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { buildFeedData } from '../../src/feed/pipeline.js';
import { makeSnapshot } from '../../src/snapshot/make-snapshot.js';
import { readConfig } from '../config.js';
import { ServerError } from '../errors.js';
import { fetchText } from '../upstream/fetch-text.js';
import type { HopFetch } from '../upstream/hop.js';
import { nodeHop } from '../upstream/node-hop.js';
import { toServerError } from '../snapshot/feed-error.js';

/** Exit codes, documented in the README and `--help`. */
export const EXIT = { ok: 0, failed: 1, usage: 2, fetch: 3, feed: 4 } as const;

export interface SnapshotOptions {
  input: string;
  episode: string;
  output?: string;
  env: Partial<Record<string, unknown>>;
  /** Where progress and errors go (stderr). */
  log: (line: string) => void;
}

const MB = 1024 * 1024;

/** A hop whose response body reports progress every few MB: large feeds take a while on slow hosts. */
function withProgress(hop: HopFetch, log: (line: string) => void): HopFetch {
  return async (url, init) => {
    const response = await hop(url, init);
    if (!response.ok || !response.body) return response;
    let received = 0;
    let shown = 0;
    const counting = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received - shown >= 2 * MB) {
          shown = received;
          log(`  ${(received / MB).toFixed(1)} MB…`);
        }
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counting), { status: response.status, headers: response.headers });
  };
}

/** The feed's bytes from a URL (through the server's guard) or a file; `card` reads its input the same way. */
export async function readInput(
  options: Pick<SnapshotOptions, 'input' | 'env' | 'log'>,
): Promise<{ bytes: Uint8Array; contentType: string | null; feedUrl: string }> {
  if (/^https?:\/\//i.test(options.input)) {
    const config = readConfig(options.env);
    const { hop, close } = nodeHop(config);
    options.log(`Fetching ${options.input}`);
    try {
      const result = await fetchText(options.input, config, withProgress(hop, options.log));
      if (result === 'not-modified') throw new Error('unexpected 304');
      return { bytes: result.body, contentType: result.contentType, feedUrl: options.input };
    } finally {
      await close();
    }
  }
  const file = path.resolve(options.input);
  options.log(`Reading ${file}`);
  try {
    return { bytes: new Uint8Array(await readFile(file)), contentType: null, feedUrl: pathToFileURL(file).href };
  } catch (error) {
    throw new ServerError(
      'network',
      `Cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
}

/**
 * {@link readInput} for a command: with the feed URL the output records (`PODCAST_EPISODE_FEED_URL` overrides a
 * file's own), or, when the feed cannot be read, the exit code after saying why.
 */
export async function commandInput(
  options: Pick<SnapshotOptions, 'input' | 'env' | 'log'>,
): Promise<{ bytes: Uint8Array; contentType: string | null; feedUrl: string } | number> {
  try {
    const input = await readInput(options);
    const named = options.env.PODCAST_EPISODE_FEED_URL;
    return typeof named === 'string' && named ? { ...input, feedUrl: named } : input;
  } catch (error) {
    const e = toServerError(error);
    options.log(`Error (${e.code}): ${e.message}`);
    return EXIT.fetch;
  }
}

/** Runs the command; resolves to the exit code. */
export async function snapshotCommand(options: SnapshotOptions): Promise<number> {
  const input = await commandInput(options);
  if (typeof input === 'number') return input;
  const { feedUrl } = input;
  options.log(`Reading the feed (${(input.bytes.byteLength / MB).toFixed(1)} MB)`);
  let json: string;
  try {
    const data = await buildFeedData(input.bytes, input.contentType, feedUrl);
    const snapshot = makeSnapshot(data, options.episode);
    options.log(`Episode: ${snapshot.episode.title} (${data.feed.episodes.length} in the feed)`);
    json = `${JSON.stringify(snapshot, null, 2)}\n`;
  } catch (error) {
    const e = toServerError(error);
    options.log(`Error (${e.code}): ${e.message}`);
    return EXIT.feed;
  }
  if (options.output) {
    await writeFile(options.output, json);
    options.log(`Wrote ${options.output} (${Math.ceil(json.length / 1024)} KB)`);
  } else {
    process.stdout.write(json);
  }
  return EXIT.ok;
}

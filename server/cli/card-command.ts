/**
 * `podcast-episode card <feed URL or file> [episode] [--format html|fragment|text|md] [-o file] [--server URL]`:
 * the email card `/card` serves, made on this machine for a newsletter: same input handling and exit codes as
 * `snapshot`, same renderer as the server.
 */
import { writeFile } from 'node:fs/promises';
import { buildFeedData } from '../../src/feed/pipeline.js';
import { makeSnapshot } from '../../src/snapshot/make-snapshot.js';
import { readSnapshot } from '../../src/snapshot/read-snapshot.js';
import { CARD_FORMATS, isCardFormat, renderCard } from '../card/render-card.js';
import { toServerError } from '../snapshot/feed-error.js';
import { EXIT, commandInput } from './snapshot-command.js';

export interface CardCommandOptions {
  input: string;
  episode: string;
  format: string;
  output?: string;
  /** A podcast-episode server whose `/embed` page "Listen" links to when the episode has no page. */
  server?: string;
  env: Partial<Record<string, unknown>>;
  log: (line: string) => void;
}

/** Runs the command; resolves to the exit code. */
export async function cardCommand(options: CardCommandOptions): Promise<number> {
  const format = options.format;
  if (!isCardFormat(format)) {
    options.log(`--format must be one of ${CARD_FORMATS.join(', ')}, not "${format}".`);
    return EXIT.usage;
  }
  const input = await commandInput(options);
  if (typeof input === 'number') return input;
  const { feedUrl } = input;
  let body: string;
  try {
    const data = await buildFeedData(input.bytes, input.contentType, feedUrl);
    // Through the snapshot's JSON and its reader, exactly as the server's /card gets it.
    const snapshot = readSnapshot(JSON.parse(JSON.stringify(makeSnapshot(data, options.episode))));
    options.log(`Episode: ${snapshot.episode.title} (${data.feed.episodes.length} in the feed)`);
    body = renderCard(snapshot, format, options.server ? { server: options.server } : {}).body;
  } catch (error) {
    const e = toServerError(error);
    options.log(`Error (${e.code}): ${e.message}`);
    return EXIT.feed;
  }
  if (options.output) {
    await writeFile(options.output, body);
    options.log(`Wrote ${options.output} (${format}, ${Math.ceil(body.length / 1024)} KB)`);
  } else {
    process.stdout.write(body);
  }
  return EXIT.ok;
}

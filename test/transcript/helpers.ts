/**
 * Helpers for the transcript tests: fixture files and the Podcasting 2.0 example transcripts, fetched over HTTP from
 * the test server as the widget would fetch them.
 */
import { decodeText } from '../../src/transcript/decode-text.js';
import { testConfig } from '../element/helpers.js';
import { feedUrl } from '../support/feeds.js';

export { testConfig };

/**
 * URL of a file in test/fixtures/transcripts/, on the second origin: the page origin's dev server re-encodes text
 * files as UTF-8, which would hide what the windows-1252, UTF-16 and binary fixtures are there to test.
 */
export async function fixtureUrl(name: string): Promise<string> {
  return `${(await testConfig()).crossOrigin}/test/fixtures/transcripts/${name}`;
}

/** URL of a Podcasting 2.0 example transcript (committed in test/fixtures/feeds/aux/): `vtt`, `srt`, `html`, `json`. */
export function exampleUrl(extension: 'vtt' | 'srt' | 'html' | 'json'): string {
  return feedUrl(`aux/Podcastindex-org__podcast-namespace__transcripts-example.${extension}`);
}

/** A file's text as the viewer reads it (same decoding). */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeText(await response.arrayBuffer(), response.headers.get('content-type'));
}

/** A fixture's text. */
export async function fixtureText(name: string): Promise<string> {
  return fetchText(await fixtureUrl(name));
}

export { frames, waitFor } from '../support/wait.js';

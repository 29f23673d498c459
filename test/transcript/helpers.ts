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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `predicate` returns something truthy (every 20 ms); throws with `message` after `timeout` ms. */
export async function waitFor<T>(
  predicate: () => T,
  timeout = 5000,
  message: string | (() => string) = 'condition',
): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = predicate();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline)
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${typeof message === 'function' ? message() : message}`,
      );
    await sleep(20);
  }
}

/** Two frames: whatever the viewer scheduled with requestAnimationFrame has run and been laid out. */
export function frames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
    next(count);
  });
}

/**
 * What the chapters tests share: fixture files over HTTP, the shared Podcasting 2.0 example files, and the
 * test server's configuration (its second origin, whether the shared feeds are there).
 */
import { expect } from '@esm-bundle/chai';
import type { Chapter } from '../../src/chapters/model.js';

/** The absolute URL of a file in test/fixtures/chapters/, as the test server serves it. */
export function fixtureUrl(name: string): string {
  return new URL(`/test/fixtures/chapters/${name}`, location.href).href;
}

/** A file's text and the absolute URL it was fetched from (URLs in it resolve against that). */
export async function fetchText(url: string): Promise<{ text: string; url: string }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { text: await response.text(), url: response.url };
}

/** The Podcasting 2.0 example chapters files, committed in test/fixtures/feeds/aux/. */
export const AUX_EXAMPLE = 'aux/Podcastindex-org__podcast-namespace__chapters-example.json';
export const AUX_COMPLEX = 'aux/Podcastindex-org__podcast-namespace__chapters-exampleComplex.json';
/** The Podlove Simple Chapters of podlovers' "PTF Sprint 8: Design der Import-Seite", in order. */
export const PODLOVERS_SPRINT8_TITLES = [
  'Intro und Begrüßung',
  'Metadaten-Import aus dem RSS-Feed',
  'Einrichtung End-to-end-Testing',
  'Exkurs: The state of Wordpress',
  'Import-Episoden-Seite',
  'Beta-Test',
  'Organisatorisches',
];
/** AUX_EXAMPLE's chapters as `outline()` gives them. */
export const EXAMPLE_OUTLINE = [
  '0 Intro',
  '168 Hearing Aids',
  '260 Progress Report',
  '410 Namespace',
  '3990 Just Break Up',
  '4600 Donations',
  '5510 The Big Players',
  '5854 Spread the Word',
  '6089 Outro',
];

export { requestCount, testConfig } from '../element/helpers.js';

/** "start Title" lines: what a listener reads in the chapter list, compact enough to compare whole lists. */
export function outline(chapters: readonly Chapter[]): string[] {
  return chapters.map((chapter) => `${chapter.start} ${chapter.title}`);
}

/** The invariants every chapter list must keep, whatever its source looked like. */
export function expectWellFormed(chapters: readonly Chapter[], where: string): void {
  let previous = -1;
  for (const chapter of chapters) {
    expect(Number.isFinite(chapter.start) && chapter.start >= 0, `${where}: start ${chapter.start}`).to.equal(true);
    expect(chapter.start, `${where}: sorted`).to.be.at.least(previous);
    previous = chapter.start;
    expect(chapter.title.trim(), `${where}: titled`).not.to.equal('');
    if (chapter.end !== undefined)
      expect(chapter.end, `${where}: ends after it starts`).to.be.greaterThan(chapter.start);
    for (const url of [chapter.img, chapter.url]) {
      if (url !== undefined) expect(url, `${where}: http(s) only`).to.match(/^https?:\/\//);
    }
  }
}

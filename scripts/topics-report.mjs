#!/usr/bin/env node
// Topic and related-episode figures for the shared real feeds: not pass/fail, a report to read.
//
//   node scripts/topics-report.mjs [--all] [--feed SUBSTRING] [--related]
//
// Per feed: the share of episodes that show topics and five examples of what is shown (--all: every episode's).
// --related: for multi-part stories ("Part 1", "Day 3", "(1/2)"), precision and recall of the parts findRelated
// puts first. --parts: every story the part rule forms, to read.
// Bundles src/feed/pipeline.ts with esbuild for Node (the same code the worker runs). Feeds come from
// PODCAST_FEEDS_DIR or ../shared/feeds.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const feedsDir = path.resolve(process.env.PODCAST_FEEDS_DIR ?? path.join(root, '..', 'shared', 'feeds'));
const argv = process.argv.slice(2);
const ALL = argv.includes('--all');
const RELATED = argv.includes('--related');
const only = argv.includes('--feed') ? argv[argv.indexOf('--feed') + 1] : undefined;

if (!existsSync(feedsDir)) {
  console.error(`No shared feeds at ${feedsDir} (set PODCAST_FEEDS_DIR).`);
  process.exit(1);
}

const out = mkdtempSync(path.join(os.tmpdir(), 'topics-report-'));
const entry = path.join(out, 'entry.ts');
const bundle = path.join(out, 'bundle.mjs');
await build({
  stdin: {
    contents: `export { buildFeedData } from ${JSON.stringify(path.join(root, 'src/feed/pipeline.ts'))};
export { findRelated, storyParts } from ${JSON.stringify(path.join(root, 'src/episode/related.ts'))};`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'error',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { buildFeedData, findRelated, storyParts } = await import(pathToFileURL(bundle).href);
const PARTS = argv.includes('--parts');
void entry;

const show = (t) => (typeof t === 'string' ? t : t.url ? `[${t.text}](${t.url})` : t.text);
const files = readdirSync(feedsDir).filter((f) => /\.(xml|rss)$/.test(f) && (!only || f.includes(only)));
const summary = [];
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(path.join(feedsDir, file)));
  let data;
  try {
    data = await buildFeedData(bytes, 'application/rss+xml', `https://feeds.example/${file}`);
  } catch (error) {
    console.log(`\n## ${file}: not read (${error.code ?? error.message})`);
    continue;
  }
  const { feed } = data;
  const withTopics = feed.episodes.filter((e) => e.topics.length > 0);
  const share = feed.episodes.length ? withTopics.length / feed.episodes.length : 0;
  summary.push({ file, episodes: feed.episodes.length, withTopics: withTopics.length, share });
  console.log(
    `\n## ${feed.podcast.title} (${file}): ${withTopics.length}/${feed.episodes.length} episodes show topics (${(share * 100).toFixed(0)}%)`,
  );
  // Five examples spread over the feed, not the five newest.
  const step = Math.max(1, Math.floor(withTopics.length / 5));
  const examples = ALL ? withTopics : withTopics.filter((_, i) => i % step === 0).slice(0, 5);
  for (const episode of examples) console.log(`- ${episode.title}: ${episode.topics.map(show).join(' | ')}`);
  if (RELATED) relatedReport(feed, data.related);
  if (PARTS) partsReport(feed, data.related);
}

/**
 * Multi-part stories, judged against a rough truth of our own: titles with a part marker ("Part 2", "Day Three",
 * "(1/2)") whose titles are the same without it (and without a leading episode number) within 60 days, or that came out
 * the same day (US Eastern). Precision and recall of storyParts (the parts findRelated puts first), and how many of the first
 * min(4, other parts) related episodes are other parts.
 */
function relatedReport(feed, index) {
  const MARKER = /\b(?:part|pt\.?|teil|day)\s*:?\s*(?:\d+|one|two|three|four|five|six|i{1,3})\b|\(\d+\s*\/\s*\d+\)/i;
  const stem = (t) =>
    t
      .toLowerCase()
      .replace(/^#?\d+\s*/, '')
      .replace(new RegExp(MARKER.source, 'gi'), ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const day = (e) => (e.published ? new Date(e.published.getTime() - 5 * 3600e3).toISOString().slice(0, 10) : e.id);
  const marked = feed.episodes.filter((e) => MARKER.test(e.title));
  const near = (a, b) => !a.published || !b.published || Math.abs(a.published - b.published) <= 60 * 86400e3;
  const together = (a, b) => (stem(a.title) === stem(b.title) && near(a, b)) || day(a) === day(b);
  let predicted = 0;
  let right = 0;
  let truths = 0;
  let found = 0;
  let firstHits = 0;
  let firstPossible = 0;
  for (const e of marked) {
    const parts = storyParts(index, e.id);
    const others = marked.filter((o) => o !== e && together(e, o)).map((o) => o.id);
    predicted += parts.length;
    right += parts.filter((id) => others.includes(id)).length;
    truths += others.length;
    found += others.filter((id) => parts.includes(id)).length;
    if (others.length) {
      const k = Math.min(4, others.length);
      firstPossible += k;
      firstHits += findRelated(index, e.id, 4)
        .slice(0, k)
        .filter((id) => others.includes(id)).length;
    }
  }
  if (!marked.length) return;
  const pct = (a, b) => (b ? `${((a / b) * 100).toFixed(1)}%` : 'n/a');
  console.log(
    `  related: ${marked.length} episodes with a part marker; parts put first ${predicted}, right ${right} ` +
      `(precision ${pct(right, predicted)}), recall ${found}/${truths} (${pct(found, truths)}); ` +
      `other parts in the first min(4, parts): ${firstHits}/${firstPossible} (${pct(firstHits, firstPossible)})`,
  );
}

/** Every story the part rule forms: read them to judge its precision (which grouped titles are not one story). */
function partsReport(feed, index) {
  const titleOf = new Map(feed.episodes.map((e) => [e.id, e.title]));
  const seen = new Set();
  let stories = 0;
  let episodes = 0;
  for (const episode of feed.episodes) {
    if (seen.has(episode.id)) continue;
    const parts = storyParts(index, episode.id);
    if (parts.length === 0) continue;
    const group = [episode.id, ...parts];
    group.forEach((id) => seen.add(id));
    stories++;
    episodes += group.length;
    console.log(`  story: ${group.map((id) => titleOf.get(id)).join(' / ')}`);
  }
  console.log(`  ${stories} stories, ${episodes} episodes with other parts`);
}

console.log('\n| feed | episodes | with topics | share |\n| --- | --- | --- | --- |');
for (const s of summary)
  console.log(`| ${s.file} | ${s.episodes} | ${s.withTopics} | ${(s.share * 100).toFixed(0)}% |`);
rmSync(out, { recursive: true, force: true });

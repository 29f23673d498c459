#!/usr/bin/env node
// Topic and related-episode figures for the shared real feeds: not pass/fail, a report to read.
//
//   node scripts/topics-report.mjs [--all] [--feed SUBSTRING] [--related]
//
// Per feed: the share of episodes that show topics and five examples of what is shown (--all: every episode's).
// --related: for multi-part stories ("Part 1", "Day 3", "(1/2)"), how often findRelated puts the other parts first.
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

/** Multi-part stories: same title stem with a part marker. Precision of the first k related against the other parts. */
function relatedReport(feed, index) {
  const PART =
    /^(.*?)[\s,:–—-]*(?:\(?\b(?:part|pt\.?|teil|day|parte|partie)\s*(\d+|one|two|three|four|five)\b\)?|\((\d+)\s*(?:\/|of)\s*\d+\))(.*)$/i;
  const stems = new Map();
  for (const episode of feed.episodes) {
    const m = PART.exec(episode.title);
    if (!m) continue;
    const stem = `${m[1]} ${m[4] ?? ''}`
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (!stems.has(stem)) stems.set(stem, []);
    stems.get(stem).push(episode);
  }
  let queries = 0;
  let hits = 0;
  let possible = 0;
  for (const [stem, parts] of stems) {
    if (parts.length < 2) continue;
    for (const episode of parts) {
      const k = Math.min(4, parts.length - 1);
      const related = findRelated(index, episode.id, 4).slice(0, k);
      const others = new Set(parts.filter((p) => p !== episode).map((p) => p.id));
      queries++;
      possible += k;
      hits += related.filter((id) => others.has(id)).length;
    }
    if (ALL) console.log(`  parts "${stem}": ${parts.map((p) => p.title).join(' / ')}`);
  }
  if (queries)
    console.log(
      `  related: ${queries} multi-part episodes; other parts in the first min(4, parts-1): ${hits}/${possible} (${((hits / possible) * 100).toFixed(0)}%)`,
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

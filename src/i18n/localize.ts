/**
 * Which language the widget speaks, and its words. English ships in the main module; every other language is a
 * chunk of its own (≤ 2 KB gzip) loaded only for the readers who need it. Pages can add a language or change
 * words with `addTranslation` (PodcastEpisodeElement.addTranslation).
 */
import { strings as english, type Strings } from './strings.js';
import { lazyChunk } from '../util/lazy-chunk.js';

type Loader = () => Promise<Strings>;

/**
 * A locale as shipped: the build turns each locale into its words in the English keys' order (see
 * scripts/lib/compact-locales.mjs), to keep key names out of every chunk; sources run as written (tests) are
 * still keyed objects.
 */
function toWords(shipped: Strings | unknown[]): Strings {
  if (!Array.isArray(shipped)) return shipped;
  return Object.fromEntries(Object.keys(english).map((key, i) => [key, shipped[i]])) as Strings;
}

const chunk = (load: () => Promise<{ default: Strings | unknown[] }>): Loader =>
  lazyChunk(() => load().then((m) => toWords(m.default)));

/** The interface languages shipped, by their tag, with their chunks. */
const LOCALES: Readonly<Record<string, Loader>> = {
  de: chunk(() => import('./locales/de.js')),
  fr: chunk(() => import('./locales/fr.js')),
  es: chunk(() => import('./locales/es.js')),
  'pt-BR': chunk(() => import('./locales/pt-BR.js')),
  it: chunk(() => import('./locales/it.js')),
  nl: chunk(() => import('./locales/nl.js')),
  pl: chunk(() => import('./locales/pl.js')),
  sv: chunk(() => import('./locales/sv.js')),
  ja: chunk(() => import('./locales/ja.js')),
  zh: chunk(() => import('./locales/zh.js')),
  ar: chunk(() => import('./locales/ar.js')),
  he: chunk(() => import('./locales/he.js')),
};

/** Tags that name a shipped language another way. */
const ALIASES: Readonly<Record<string, string>> = {
  pt: 'pt-BR',
  'zh-cn': 'zh',
  'zh-hans': 'zh',
  'zh-sg': 'zh',
  iw: 'he',
};

/** Words the page added or changed, by language tag (lower case). */
const added = new Map<string, Partial<Strings>>();
/** Languages whose words are here, merged with the page's. */
const ready = new Map<string, Strings>([['en', english]]);

/**
 * Adds a language, or changes some words of one: `addTranslation('de', { relatedHeading: 'Ähnliche Folgen' })`.
 * A language the widget does not ship needs every word it should say (the rest stays English).
 */
export function addTranslation(lang: string, words: Partial<Strings>): void {
  const key = lang.toLowerCase();
  added.set(key, { ...added.get(key), ...words });
  for (const tag of ready.keys()) if (tag.toLowerCase() === key) ready.delete(tag);
}

/** The first of `tags` (a reader's languages, most wanted first) the widget can speak; else English. */
export function interfaceLanguage(tags: readonly (string | undefined)[]): string {
  for (const raw of tags) {
    const tag = raw?.trim();
    if (!tag) continue;
    const lower = tag.toLowerCase();
    const exact = Object.keys(LOCALES).find((known) => known.toLowerCase() === lower);
    if (exact) return exact;
    if (ALIASES[lower]) return ALIASES[lower];
    const base = lower.split('-')[0]!;
    if (base === 'en') return 'en';
    if (added.has(lower)) return tag;
    if (base === 'zh') continue; // Traditional Chinese readers are not served Simplified.
    if (LOCALES[base]) return base;
    if (ALIASES[base]) return ALIASES[base];
    if (added.has(base)) return base;
  }
  return 'en';
}

/** The words of `lang` when they are here already (English always is). */
export function wordsNow(lang: string): Strings | undefined {
  const cached = ready.get(lang);
  if (cached) return cached;
  if (LOCALES[lang]) return undefined;
  const words = { ...english, ...added.get(lang.toLowerCase()) } as Strings;
  ready.set(lang, words);
  return words;
}

/** The words of `lang`, loading its chunk once; English if the chunk cannot load. */
export async function loadWords(lang: string): Promise<Strings> {
  const now = wordsNow(lang);
  if (now) return now;
  let shipped: Strings;
  try {
    shipped = await LOCALES[lang]!();
  } catch {
    return english;
  }
  const words = { ...shipped, ...added.get(lang.toLowerCase()) } as Strings;
  ready.set(lang, words);
  return words;
}

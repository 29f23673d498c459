/**
 * What the player remembers in localStorage: where the listener stopped in each episode, which episodes they
 * heard to the end (keyed by feed URL and episode guid), and the speed they chose (for every episode).
 *
 * Storage is a nicety: it may be missing, throw on access (private mode, disabled cookies, a sandboxed frame),
 * be full, or hold anything another script wrote. Every access here is guarded; a failure reads as "nothing
 * remembered" and a write that fails is dropped.
 */

const PREFIX = 'podcast-episode:';
const RATE_KEY = `${PREFIX}rate`;
/** Episodes remembered per feed; the least recently heard are forgotten beyond this. */
const MAX_EPISODES = 200;

/** What is remembered about one episode. */
export interface EpisodeMemory {
  /** Seconds into the episode where the listener stopped (absent once heard to the end). */
  position?: number;
  /** Heard to the end at least once. */
  played?: boolean;
  /** When last updated (ms since the epoch), to forget the oldest first. */
  at: number;
}

type FeedMemory = Record<string, EpisodeMemory>;

/** The storage to use: localStorage unless a test passes another; undefined when it can't even be reached. */
export type StorageSource = () => Storage | undefined;

const pageStorage: StorageSource = () => {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
};

function read(storage: StorageSource, key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: StorageSource, key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full, refused or missing: the memory is lost, playback is not.
  }
}

function isEpisodeMemory(value: unknown): value is EpisodeMemory {
  if (!value || typeof value !== 'object') return false;
  const { position, played, at } = value as Record<string, unknown>;
  return (
    typeof at === 'number' &&
    (position === undefined || (typeof position === 'number' && Number.isFinite(position) && position >= 0)) &&
    (played === undefined || typeof played === 'boolean')
  );
}

/** The remembered episodes of one feed (only well-formed entries survive). */
function feedMemory(storage: StorageSource, feedUrl: string): FeedMemory {
  const raw = read(storage, PREFIX + feedUrl);
  const memory: FeedMemory = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [guid, entry] of Object.entries(raw)) if (isEpisodeMemory(entry)) memory[guid] = entry;
  }
  return memory;
}

/** The listener's memory for one feed. Construct one per feed shown; reads are cheap, writes are immediate. */
export class PlayerMemory {
  private readonly feedUrl: string;
  private readonly storage: StorageSource;

  constructor(feedUrl: string, storage: StorageSource = pageStorage) {
    this.feedUrl = feedUrl;
    this.storage = storage;
  }

  /** What is remembered about episode `guid`, if anything. */
  episode(guid: string): EpisodeMemory | undefined {
    return feedMemory(this.storage, this.feedUrl)[guid];
  }

  /** The guids of this feed's episodes heard to the end. */
  playedGuids(): Set<string> {
    const memory = feedMemory(this.storage, this.feedUrl);
    return new Set(Object.keys(memory).filter((guid) => memory[guid]!.played));
  }

  /** Remembers where the listener is in episode `guid`. */
  savePosition(guid: string, seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) return;
    this.update(guid, (entry) => ({ ...entry, position: Math.floor(seconds) }));
  }

  /** Forgets the position (Start over): the episode opens at its start again. */
  clearPosition(guid: string): void {
    this.update(guid, ({ position: _dropped, ...entry }) => entry);
  }

  /** Marks episode `guid` heard to the end; its position is forgotten, so it opens at the start. */
  markPlayed(guid: string): void {
    this.update(guid, ({ position: _dropped, ...entry }) => ({ ...entry, played: true }));
  }

  private update(guid: string, change: (entry: EpisodeMemory) => Omit<EpisodeMemory, 'at'>): void {
    const memory = feedMemory(this.storage, this.feedUrl);
    memory[guid] = { ...change(memory[guid] ?? { at: 0 }), at: Date.now() };
    const guids = Object.keys(memory);
    if (guids.length > MAX_EPISODES) {
      guids.sort((a, b) => memory[a]!.at - memory[b]!.at);
      for (const old of guids.slice(0, guids.length - MAX_EPISODES)) delete memory[old];
    }
    write(this.storage, PREFIX + this.feedUrl, memory);
  }
}

/** The speed the listener last chose, for every episode of every feed; undefined when none is remembered. */
export function rememberedRate(storage: StorageSource = pageStorage): number | undefined {
  const value = read(storage, RATE_KEY);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Remembers the speed the listener chose. */
export function rememberRate(rate: number, storage: StorageSource = pageStorage): void {
  if (Number.isFinite(rate) && rate > 0) write(storage, RATE_KEY, rate);
}

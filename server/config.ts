/**
 * The server's settings, read from environment variables (Node), Workers vars or CLI flags: all three are the
 * same names, so one README table documents them.
 */

export interface ServerConfig {
  /** Feed URL prefixes (`https://feeds.example/show/`) or host names (`feeds.example`); empty: any public host. */
  allow: string[];
  /** `host:port` pairs that may be reached although they are private (tests, intranets). Lower-case hosts. */
  privateHosts: Set<string>;
  /** Requests per minute per client; 0 turns the limit off. */
  rateLimit: number;
  /** Ports other than 80/443 that any public host may be reached on. */
  ports: Set<number>;
  /** Largest feed body passed on, in bytes (XML answers). */
  feedMaxBytes: number;
  /** Largest body of any other kind (transcripts, chapters, HTML), in bytes. */
  otherMaxBytes: number;
  /** Time limit for one upstream fetch, redirects and body included, in ms. */
  timeoutMs: number;
  /** Redirects followed at most. */
  maxRedirects: number;
  /** How long an answer is fresh, in seconds (`Cache-Control: max-age`). */
  maxAge: number;
  /** How long a stale answer is still served while it is fetched again, in seconds. */
  staleWhileRevalidate: number;
  /** The in-memory cache's byte budget (Node). */
  cacheBytes: number;
  /** Where /embed pages load the widget's script from; empty: this server's /widget/podcast-episode.js. */
  widgetUrl: string;
}

/** The variables read, with their defaults; the CLI turns `--private-hosts x` into `PODCAST_EPISODE_PRIVATE_HOSTS`. */
export const CONFIG_VARIABLES = {
  PODCAST_EPISODE_ALLOW: '',
  PODCAST_EPISODE_PRIVATE_HOSTS: '',
  PODCAST_EPISODE_RATE_LIMIT: '300',
  PODCAST_EPISODE_PORTS: '',
  PODCAST_EPISODE_FEED_MAX_MB: '25',
  PODCAST_EPISODE_MAX_MB: '5',
  PODCAST_EPISODE_TIMEOUT_S: '15',
  PODCAST_EPISODE_MAX_AGE_S: '300',
  PODCAST_EPISODE_STALE_S: '86400',
  PODCAST_EPISODE_CACHE_MB: '128',
  PODCAST_EPISODE_WIDGET_URL: '',
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function number(env: Partial<Record<string, unknown>>, name: ConfigVariable): number {
  const raw = env[name];
  const text = typeof raw === 'string' && raw.trim() !== '' ? raw : CONFIG_VARIABLES[name];
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, not "${String(raw)}"`);
  return value;
}

/** `host:port` as compared with a URL's: host lower-cased, IPv6 in brackets. */
export function hostPort(host: string, port: number): string {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, '');
  return `${bare.includes(':') ? `[${bare}]` : bare}:${port}`;
}

function privateHosts(text: string): Set<string> {
  return new Set(
    list(text).map((entry) => {
      const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
      if (!match) throw new Error(`PODCAST_EPISODE_PRIVATE_HOSTS: "${entry}" is not host:port`);
      // Read the host as a URL would (127.1 → 127.0.0.1), so the pair compares with what a request names.
      const host = new URL(`http://${match[1]}/`).hostname;
      return hostPort(host, Number(match[2]));
    }),
  );
}

/** Reads the configuration from an environment-like record (process.env, a Worker's env, parsed flags). */
export function readConfig(env: Partial<Record<string, unknown>> = {}): ServerConfig {
  const text = (name: ConfigVariable) => (typeof env[name] === 'string' ? (env[name] as string) : '');
  const MB = 1024 * 1024;
  return {
    allow: list(text('PODCAST_EPISODE_ALLOW')),
    privateHosts: privateHosts(text('PODCAST_EPISODE_PRIVATE_HOSTS')),
    rateLimit: number(env, 'PODCAST_EPISODE_RATE_LIMIT'),
    ports: new Set(list(text('PODCAST_EPISODE_PORTS')).map(Number).filter(Number.isInteger)),
    feedMaxBytes: number(env, 'PODCAST_EPISODE_FEED_MAX_MB') * MB,
    otherMaxBytes: number(env, 'PODCAST_EPISODE_MAX_MB') * MB,
    timeoutMs: number(env, 'PODCAST_EPISODE_TIMEOUT_S') * 1000,
    maxRedirects: 5,
    maxAge: number(env, 'PODCAST_EPISODE_MAX_AGE_S'),
    staleWhileRevalidate: number(env, 'PODCAST_EPISODE_STALE_S'),
    cacheBytes: number(env, 'PODCAST_EPISODE_CACHE_MB') * MB,
    widgetUrl: text('PODCAST_EPISODE_WIDGET_URL').trim(),
  };
}

/**
 * `podcast-episode` command line: `serve` runs the Node server, `snapshot` writes one episode's JSON.
 * Flags mirror the environment variables (`--private-hosts` ≡ PODCAST_EPISODE_PRIVATE_HOSTS); a flag wins.
 */
import { parseArgs } from 'node:util';
import { startServer } from './node/start-server.js';
import { EXIT, snapshotCommand } from './cli/snapshot-command.js';
import { cardCommand } from './cli/card-command.js';

const HELP = `Usage:
  podcast-episode serve [--port 8787] [--host 0.0.0.0] [options]
      Runs the server: GET /proxy?url=… and GET /episode.json?feed=…&episode=…
  podcast-episode snapshot <feed URL or file> [--episode latest] [-o file] [--feed-url URL]
      Writes one episode's snapshot (JSON) for <podcast-episode src="…">; stdout without -o.
  podcast-episode card <feed URL or file> [episode] [--format html|fragment|text|md] [-o file] [--server URL]
      Writes one episode's email card (default: the latest, as a whole HTML document; fragment: the HTML to
      paste into a newsletter); stdout without -o. "Listen" links to the episode's page, else to --server's
      /embed page.

Options (each also an environment variable):
  --allow LIST          PODCAST_EPISODE_ALLOW          feed URL prefixes or hosts to serve (default: any public)
  --private-hosts LIST  PODCAST_EPISODE_PRIVATE_HOSTS  host:port pairs reachable although private
  --rate-limit N        PODCAST_EPISODE_RATE_LIMIT     requests per minute per client (default 300; 0 = off)
  --ports LIST          PODCAST_EPISODE_PORTS          non-default ports public hosts may use
  --port N              PORT                           port to listen on (default 8787)
  --feed-url URL        PODCAST_EPISODE_FEED_URL       the feed address a snapshot of a file records

Exit codes of snapshot and card: 0 written, 2 usage, 3 the feed could not be fetched or read from disk,
4 not a feed, broken, empty, or no such episode.`;

const FLAG_VARIABLES: Record<string, string> = {
  allow: 'PODCAST_EPISODE_ALLOW',
  'private-hosts': 'PODCAST_EPISODE_PRIVATE_HOSTS',
  'rate-limit': 'PODCAST_EPISODE_RATE_LIMIT',
  ports: 'PODCAST_EPISODE_PORTS',
  'feed-url': 'PODCAST_EPISODE_FEED_URL',
};

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        port: { type: 'string' },
        host: { type: 'string' },
        episode: { type: 'string', short: 'e', default: 'latest' },
        output: { type: 'string', short: 'o' },
        allow: { type: 'string' },
        'private-hosts': { type: 'string' },
        'rate-limit': { type: 'string' },
        ports: { type: 'string' },
        'feed-url': { type: 'string' },
        format: { type: 'string', short: 'f', default: 'html' },
        server: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? console.log : console.error)(HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const env: Record<string, unknown> = { ...process.env };
  for (const [flag, variable] of Object.entries(FLAG_VARIABLES)) {
    const value = values[flag as keyof typeof values];
    if (typeof value === 'string') env[variable] = value;
  }

  if (command === 'serve') {
    const port = Number(values.port ?? process.env.PORT ?? 8787);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`--port must be a port number, not "${values.port ?? process.env.PORT}"`);
      return EXIT.usage;
    }
    try {
      const server = await startServer({ port, hostname: values.host, env });
      console.log(`podcast-episode server listening on ${server.url}`);
      console.log(`  proxy:    ${server.url}/proxy?url={url}`);
      console.log(`  snapshot: ${server.url}/episode.json?feed=<feed URL>&episode=latest`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1; // keep running
    } catch (error) {
      console.error(`Cannot start the server: ${(error as Error).message}`);
      return EXIT.failed;
    }
  }
  if (command === 'snapshot') {
    if (rest.length !== 1) {
      console.error(`snapshot takes one feed URL or file.\n\n${HELP}`);
      return EXIT.usage;
    }
    return snapshotCommand({
      input: rest[0]!,
      episode: values.episode ?? 'latest',
      output: values.output,
      env,
      log: (line) => console.error(line),
    });
  }
  if (command === 'card') {
    if (rest.length < 1 || rest.length > 2) {
      console.error(`card takes one feed URL or file, and optionally the episode.\n\n${HELP}`);
      return EXIT.usage;
    }
    return cardCommand({
      input: rest[0]!,
      episode: rest[1] ?? values.episode ?? 'latest',
      format: values.format ?? 'html',
      output: values.output,
      server: values.server,
      env,
      log: (line) => console.error(line),
    });
  }
  console.error(`Unknown command "${command}".\n\n${HELP}`);
  return EXIT.usage;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = EXIT.failed;
  },
);

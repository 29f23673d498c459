/**
 * The guard's URL check, run on the requested URL and again on every redirect: scheme, credentials, port, the
 * allow list, and the address when the host is written as one. Host names are checked where they are resolved
 * (see `pinned-lookup.ts`), so the address checked is the address connected to.
 */
import { ServerError } from '../errors.js';
import { hostPort, type ServerConfig } from '../config.js';
import { classifyAddress, parseAddress } from './classify-address.js';

export interface CheckedUrl {
  url: URL;
  /** True when the URL's host:port is one of `PODCAST_EPISODE_PRIVATE_HOSTS`: its private addresses are fine. */
  privateOk: boolean;
}

function defaultPort(url: URL): number {
  return url.protocol === 'https:' ? 443 : 80;
}

function isAllowed(url: URL, allow: readonly string[]): boolean {
  if (allow.length === 0) return true;
  return allow.some((entry) =>
    entry.includes('://') ? url.href.startsWith(entry) : url.hostname === entry.toLowerCase(),
  );
}

/**
 * Checks one URL. `firstHop` applies the allow list (it names which feeds this server is for; redirects and the
 * transcripts a feed links to are then checked only for where they lead).
 * @throws ServerError `bad-request`, `not-allowed` or `forbidden-address`.
 */
export function checkUrl(raw: string | URL, config: ServerConfig, firstHop: boolean): CheckedUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ServerError('bad-request', `"${String(raw).slice(0, 200)}" is not an absolute URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ServerError('not-allowed', `Only http and https URLs are proxied, not ${url.protocol}`);
  if (url.username || url.password)
    throw new ServerError('not-allowed', 'URLs with a user name or password are not proxied.');
  if (firstHop && !isAllowed(url, config.allow))
    throw new ServerError(
      'not-allowed',
      `This server proxies only its own podcasts; ${url.hostname} is not one of them.`,
    );

  const port = url.port ? Number(url.port) : defaultPort(url);
  const pair = hostPort(url.hostname, port);
  const privateOk = config.privateHosts.has(pair);
  // An address written in the URL is judged first: whatever its port, a private one is never contacted.
  if (parseAddress(url.hostname) && !privateOk) {
    const verdict = classifyAddress(url.hostname);
    if (!verdict.allowed)
      throw new ServerError('forbidden-address', `${url.hostname} is a ${verdict.range} address; it is not proxied.`);
  }
  // A host listed as private on one port must not open its other ports through the private exception.
  const name = pair.slice(0, pair.lastIndexOf(':'));
  const listedName = [...config.privateHosts].some((p) => p.slice(0, p.lastIndexOf(':')) === name);
  if (!privateOk && listedName)
    throw new ServerError('not-allowed', `Port ${port} of ${url.hostname} is not open here.`);
  if (url.port && !privateOk && !config.ports.has(port))
    throw new ServerError('not-allowed', `Only the default ports are proxied, not ${port}.`);
  return { url, privateOk };
}

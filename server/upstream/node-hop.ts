/**
 * The Node hop: undici with an `Agent` whose connections resolve through the pinned, checked lookup.
 * Keep-alive pools per origin are safe: a pooled socket is connected to an address that was checked.
 */
import { Agent, fetch as undiciFetch } from 'undici';
import type { ServerConfig } from '../config.js';
import { pinnedLookup } from '../guard/pinned-lookup.js';
import type { HopFetch } from './hop.js';

export function nodeHop(config: ServerConfig): { hop: HopFetch; close: () => Promise<void> } {
  const privateNames = new Set([...config.privateHosts].map((pair) => pair.slice(0, pair.lastIndexOf(':'))));
  const agent = new Agent({
    connect: { lookup: pinnedLookup((hostname) => privateNames.has(hostname)) },
    keepAliveTimeout: 10_000,
    connections: 64,
  });
  const hop: HopFetch = async (url, { headers, signal }) =>
    (await undiciFetch(url, {
      headers: Object.fromEntries(headers),
      signal,
      redirect: 'manual',
      dispatcher: agent,
    })) as unknown as Response;
  return { hop, close: () => agent.close() };
}

/**
 * A DNS lookup for Node's `net.connect` that resolves once and refuses when any address it found is not public.
 * undici connects to exactly the address this returns, so a name that answers "public" to the check and
 * "private" to the connection (DNS rebinding) cannot happen: there is only one answer.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { ServerError } from '../errors.js';
import { classifyAddress } from './classify-address.js';

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Makes the lookup. `privateOk(hostname)` says whether a host name is one of the configured private hosts
 * (its port was checked with the URL), whose addresses may then be private.
 */
export function pinnedLookup(privateOk: (hostname: string) => boolean) {
  return function lookup(
    hostname: string,
    options: { all?: boolean; family?: number | 'IPv4' | 'IPv6' } | number,
    callback: LookupCallback,
  ) {
    const wanted = typeof options === 'number' ? options : options.family;
    const family = wanted === 'IPv4' ? 4 : wanted === 'IPv6' ? 6 : (wanted ?? 0);
    dnsLookup(hostname, { all: true, family, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0) return callback(new ServerError('network', `${hostname} has no address.`), []);
      if (!privateOk(hostname.toLowerCase())) {
        for (const { address } of addresses) {
          const verdict = classifyAddress(address);
          if (!verdict.allowed)
            return callback(
              new ServerError(
                'forbidden-address',
                `${hostname} resolves to a ${verdict.range} address; it is not proxied.`,
              ),
              [],
            );
        }
      }
      if (typeof options === 'object' && options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

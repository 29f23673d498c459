/**
 * The SSRF guard's address classifier: an IP address, in any notation a URL or a resolver may hand us, in; a
 * verdict out. Pure (no DNS, no network), so every range can be tested without sending a packet.
 *
 * Only ordinary public unicast addresses are `public`. Everything else is refused: loopback, RFC 1918 private,
 * link-local (cloud metadata lives there), CGNAT, multicast, broadcast, reserved and documentation ranges, IPv6
 * unique-local, link-local and site-local, and every IPv6 form that carries an IPv4 address inside it (mapped,
 * compatible, NAT64, 6to4, Teredo), since what it would reach is decided by the embedded IPv4 address.
 */
import ipaddr from 'ipaddr.js';

export type AddressVerdict =
  { allowed: true; address: string; range: 'unicast' } | { allowed: false; address: string; range: string };

/** Addresses cloud providers serve instance credentials from; named so that a refusal says what it prevented. */
const CLOUD_METADATA = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', 'fd00:ec2::254', '192.0.0.192']);

/**
 * Reads `input` as an IP address the way a URL host is read (WHATWG URL): so `127.1`, `0x7f.1`, `0177.0.0.1`,
 * `2130706433` and `[::ffff:7f00:1]` are all the addresses a browser, undici or Node would connect to.
 * Returns undefined for a host name (or for text that is no address at all).
 */
export function parseAddress(input: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const text = input.trim();
  if (!text) return undefined;
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  // A bare IPv6 address (from a resolver) has colons; an IPv4 one may be in any legacy notation.
  if (bare.includes(':')) {
    // Zone ids (`fe80::1%eth0`) name a link-local interface: keep the address, drop the zone.
    const address = bare.replace(/%.*$/, '');
    // ipaddr.js reads `::a.b.c.d` as IPv4-mapped; it is the IPv4-compatible `::xxxx:xxxx`.
    const compatible = /^::(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
    if (compatible && ipaddr.IPv4.isValidFourPartDecimal(compatible[1]!)) {
      const [a, b, c, d] = ipaddr.IPv4.parse(compatible[1]!).octets as [number, number, number, number];
      return new ipaddr.IPv6([0, 0, 0, 0, 0, 0, (a << 8) | b, (c << 8) | d]);
    }
    return ipaddr.IPv6.isValid(address) ? ipaddr.IPv6.parse(address) : undefined;
  }
  let host: string;
  try {
    host = new URL(`http://${bare}/`).hostname;
  } catch {
    return undefined;
  }
  return ipaddr.IPv4.isValidFourPartDecimal(host) ? ipaddr.IPv4.parse(host) : undefined;
}

/** True when an IPv6 address's first 96 bits are zero: `::a.b.c.d` (IPv4-compatible), `::1` and `::` among them. */
function isIpv4Compatible(address: ipaddr.IPv6): boolean {
  return address.parts.slice(0, 6).every((part) => part === 0);
}

/** 2000::/3: the only IPv6 block handed out as global unicast. */
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');

function classifyIpv4(address: ipaddr.IPv4): string {
  const text = address.toString();
  if (CLOUD_METADATA.has(text)) return 'cloud-metadata';
  return address.range();
}

function classifyIpv6(address: ipaddr.IPv6): string {
  const text = address.toNormalizedString().replace(/(^|:)0(:0)+(:|$)/, '::');
  if (CLOUD_METADATA.has(address.toString()) || CLOUD_METADATA.has(text)) return 'cloud-metadata';
  const range = address.range();
  if (range === 'ipv4Mapped') return `ipv4Mapped(${classifyIpv4(address.toIPv4Address())})`;
  if (range === 'unspecified' || range === 'loopback') return range;
  if (isIpv4Compatible(address)) return 'ipv4Compatible';
  if (range !== 'unicast') return range;
  if (!address.match(GLOBAL_UNICAST)) return 'reserved';
  return 'unicast';
}

/**
 * The verdict on one address (or notation of one). `range` names what it is: `unicast` when allowed, else
 * `loopback`, `private`, `linkLocal`, `carrierGradeNat`, `multicast`, `cloud-metadata`, `uniqueLocal`,
 * `ipv4Mapped(loopback)`, `ipv4Compatible`, `rfc6052` (NAT64), `6to4`, `teredo`, `reserved`, … or `not-an-address`.
 */
export function classifyAddress(input: string): AddressVerdict {
  const address = parseAddress(input);
  if (!address) return { allowed: false, address: input, range: 'not-an-address' };
  const range = address.kind() === 'ipv4' ? classifyIpv4(address as ipaddr.IPv4) : classifyIpv6(address as ipaddr.IPv6);
  const text = address.toString();
  return range === 'unicast' ? { allowed: true, address: text, range } : { allowed: false, address: text, range };
}

// The SSRF classifier over many notations. Pure: nothing here opens a connection, so ranges that must never be
// contacted (private, metadata, public) are tested only through this function.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAddress } from '../guard/classify-address.js';

/** [notation, expected range]; `unicast` is the only allowed one. */
const CASES: [string, string][] = [
  // Loopback, in every notation a URL parser accepts.
  ['127.0.0.1', 'loopback'],
  ['127.1', 'loopback'],
  ['127.0.1', 'loopback'],
  ['2130706433', 'loopback'],
  ['0x7f000001', 'loopback'],
  ['0x7f.1', 'loopback'],
  ['0x7F.0x0.0x0.0x1', 'loopback'],
  ['0177.0.0.1', 'loopback'],
  ['0177.1', 'loopback'],
  ['017700000001', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['127.0.0.1.', 'loopback'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['[0000::0001]', 'loopback'],
  // Unspecified and "this network".
  ['0.0.0.0', 'unspecified'],
  ['0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['::', 'unspecified'],
  // RFC 1918.
  ['10.0.0.1', 'private'],
  ['10.255.255.255', 'private'],
  ['012.1', 'private'],
  ['167772161', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.0.1', 'private'],
  ['192.168.1.1', 'private'],
  ['0xc0a80101', 'private'],
  ['0300.0250.1.1', 'private'],
  // Link-local and cloud metadata.
  ['169.254.1.1', 'linkLocal'],
  ['169.254.169.254', 'cloud-metadata'],
  ['0xa9fea9fe', 'cloud-metadata'],
  ['2852039166', 'cloud-metadata'],
  ['169.254.170.2', 'cloud-metadata'],
  ['100.100.100.200', 'cloud-metadata'],
  ['fd00:ec2::254', 'cloud-metadata'],
  ['[fd00:ec2::254]', 'cloud-metadata'],
  // CGNAT, multicast, broadcast, reserved and documentation ranges.
  ['100.64.0.1', 'carrierGradeNat'],
  ['100.127.255.254', 'carrierGradeNat'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['240.0.0.1', 'reserved'],
  ['192.0.2.1', 'reserved'],
  ['198.51.100.7', 'reserved'],
  ['203.0.113.9', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['192.0.0.8', 'reserved'],
  // IPv6 ranges.
  ['fc00::1', 'uniqueLocal'],
  ['fd12:3456:789a::1', 'uniqueLocal'],
  ['fe80::1', 'linkLocal'],
  ['fe80::1%eth0', 'linkLocal'],
  ['[fe80::abcd]', 'linkLocal'],
  ['fec0::1', 'deprecatedSiteLocal'],
  ['ff02::1', 'multicast'],
  ['ff05::2', 'multicast'],
  ['2001:db8::1', 'reserved'],
  ['100::1', 'discard'],
  // IPv4 inside IPv6: judged by what it carries, or refused outright.
  ['::ffff:127.0.0.1', 'ipv4Mapped(loopback)'],
  ['[::ffff:127.0.0.1]', 'ipv4Mapped(loopback)'],
  ['::ffff:7f00:1', 'ipv4Mapped(loopback)'],
  ['::ffff:10.0.0.1', 'ipv4Mapped(private)'],
  ['::ffff:169.254.169.254', 'ipv4Mapped(cloud-metadata)'],
  ['::ffff:192.168.1.1', 'ipv4Mapped(private)'],
  ['::ffff:8.8.8.8', 'ipv4Mapped(unicast)'],
  ['::127.0.0.1', 'ipv4Compatible'],
  ['::10.0.0.1', 'ipv4Compatible'],
  ['::8.8.8.8', 'ipv4Compatible'],
  ['::7f00:1', 'ipv4Compatible'],
  ['64:ff9b::7f00:1', 'rfc6052'],
  ['64:ff9b::a00:1', 'rfc6052'],
  ['2002:7f00:1::', '6to4'],
  ['2002:c0a8:101::1', '6to4'],
  ['2001::1', 'teredo'],
  ['::ffff:0:7f00:1', 'rfc6145'],
  // Not addresses at all.
  ['example.com', 'not-an-address'],
  ['localhost', 'not-an-address'],
  ['', 'not-an-address'],
  ['256.1.1.1', 'not-an-address'],
  ['1.2.3.4.5', 'not-an-address'],
  ['::g', 'not-an-address'],
  // Public addresses: the only ones allowed.
  ['8.8.8.8', 'unicast'],
  ['1.1.1.1', 'unicast'],
  ['93.184.216.34', 'unicast'],
  ['134744072', 'unicast'],
  ['0x08080808', 'unicast'],
  ['172.32.0.1', 'unicast'],
  ['100.128.0.1', 'unicast'],
  ['2606:4700:4700::1111', 'unicast'],
  ['[2001:4860:4860::8888]', 'unicast'],
];

describe('classifyAddress', () => {
  it('covers at least 60 notations', () => {
    assert.ok(CASES.length >= 60, `${CASES.length} cases`);
  });

  for (const [notation, range] of CASES) {
    it(`${JSON.stringify(notation)} → ${range}`, () => {
      const verdict = classifyAddress(notation);
      assert.equal(verdict.range, range);
      assert.equal(verdict.allowed, range === 'unicast');
    });
  }

  it('names the canonical address it judged', () => {
    assert.equal(classifyAddress('0x7f.1').address, '127.0.0.1');
    assert.equal(classifyAddress('2130706433').address, '127.0.0.1');
    assert.equal(classifyAddress('[::ffff:7f00:1]').address, '::ffff:7f00:1');
  });
});

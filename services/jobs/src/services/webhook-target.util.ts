import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * SSRF rules for webhook targets. Two lists: addresses refused always (link-local, which holds the
 * cloud metadata services, and the metadata addresses that live elsewhere), and addresses refused
 * unless the operator allows private targets (loopback, private networks, carrier-grade NAT,
 * unique-local IPv6 and other ranges that never lead to the public internet).
 */
const ALWAYS_REFUSED = new BlockList();
ALWAYS_REFUSED.addSubnet('169.254.0.0', 16, 'ipv4');
ALWAYS_REFUSED.addSubnet('fe80::', 10, 'ipv6');
// Alibaba Cloud's metadata service sits in the carrier-grade NAT range, AWS's IPv6 one in unique-local.
ALWAYS_REFUSED.addAddress('100.100.100.200', 'ipv4');
ALWAYS_REFUSED.addAddress('fd00:ec2::254', 'ipv6');

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

const METADATA_HOSTS = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data']);

export type TargetVerdict = { allowed: true } | { allowed: false; reason: string };

/** The eight 16-bit groups of a valid IPv6 address (a trailing dotted quad becomes the last two). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string): number[] => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  if (!text.includes('::')) return parse(text);
  const [head, tail] = text.split('::').map(parse);
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

const ipv4Of = (high: number, low: number): string => [high >> 8, high & 255, low >> 8, low & 255].join('.');

type Embedded = { ipv4: string } | { refused: string } | undefined;

/**
 * IPv6 forms that carry an IPv4 address. Mapped (`::ffff:a.b.c.d`), translated (`::ffff:0:a.b.c.d`),
 * NAT64 (`64:ff9b::/96`, `64:ff9b:1::/48`) and 6to4 (`2002::/16`) are judged by their IPv4 address.
 * IPv4-compatible (`::a.b.c.d`, deprecated since 2006, so `::a9fe:a9fe` is 169.254.169.254) and
 * Teredo (`2001::/32`, whose client address is obfuscated) have no use as a webhook target and are
 * refused outright.
 */
function embeddedIpv4(address: string): Embedded {
  const g = ipv6Groups(address);
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((group) => group === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return { ipv4: ipv4Of(g[6], g[7]) };
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return { ipv4: ipv4Of(g[6], g[7]) };
  if (g[0] === 0x64 && g[1] === 0xff9b && (zeros(2, 6) || g[2] === 1)) return { ipv4: ipv4Of(g[6], g[7]) };
  if (g[0] === 0x2002) return { ipv4: ipv4Of(g[1], g[2]) };
  if (zeros(0, 6) && !zeros(6, 8) && !(g[6] === 0 && g[7] === 1)) {
    return { refused: `${address} is an IPv4-compatible IPv6 address (::/96)` };
  }
  if (g[0] === 0x2001 && g[1] === 0) return { refused: `${address} is a Teredo address with an embedded IPv4 address` };
  return undefined;
}

/** Whether the worker may connect to this IP address. */
export function judgeAddress(address: string, allowPrivate: boolean): TargetVerdict {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (family === 'ipv6') {
    const embedded = embeddedIpv4(address);
    if (embedded && 'refused' in embedded) return { allowed: false, reason: embedded.refused };
    if (embedded) return judgeAddress(embedded.ipv4, allowPrivate);
  }
  if (ALWAYS_REFUSED.check(address, family)) {
    return { allowed: false, reason: `${address} is a link-local or cloud metadata address` };
  }
  if (!allowPrivate && PRIVATE.check(address, family)) {
    return { allowed: false, reason: `${address} is a private, loopback or reserved address` };
  }
  return { allowed: true };
}

/** Whether an allowed address leads somewhere other than the public internet (only when the operator allows it). */
export function isPrivateAddress(address: string): boolean {
  return !judgeAddress(address, false).allowed;
}

/** What is wrong with the form of a webhook URL (a 400: the client fixes it without knowing anything), or undefined. */
export function urlShapeProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url must use http or https';
  if (url.username || url.password) return 'url must not carry credentials';
  return undefined;
}

/** Why a URL is not an acceptable webhook target without looking it up, or undefined. */
export function urlProblem(raw: string): string | undefined {
  const shape = urlShapeProblem(raw);
  if (shape) return shape;
  const url = new URL(raw);
  if (METADATA_HOSTS.has(url.hostname.toLowerCase().replace(/\.$/, ''))) {
    return `${url.hostname} is a cloud metadata host`;
  }
  return undefined;
}

/**
 * Resolves the URL's host and judges every address it has: one forbidden address refuses the
 * target, since the connection could go to any of them.
 */
export async function checkWebhookTarget(raw: string, allowPrivate: boolean): Promise<TargetVerdict> {
  const problem = urlProblem(raw);
  if (problem) return { allowed: false, reason: problem };
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    return { allowed: false, reason: `${host} does not resolve` };
  }
  for (const address of addresses) {
    const verdict = judgeAddress(address, allowPrivate);
    if (!verdict.allowed) return verdict;
  }
  return { allowed: true };
}

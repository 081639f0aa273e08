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

/** IPv4 addresses written inside IPv6 (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`) are judged as IPv4. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (match) return match[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether the worker may connect to this IP address. */
export function judgeAddress(address: string, allowPrivate: boolean): TargetVerdict {
  const v4 = embeddedIpv4(address);
  if (v4) return judgeAddress(v4, allowPrivate);
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (ALWAYS_REFUSED.check(address, family)) {
    return { allowed: false, reason: `${address} is a link-local or cloud metadata address` };
  }
  if (!allowPrivate && PRIVATE.check(address, family)) {
    return { allowed: false, reason: `${address} is a private, loopback or reserved address` };
  }
  return { allowed: true };
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

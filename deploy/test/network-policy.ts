import { BlockList, isIPv6 } from 'node:net';
import type { KubernetesObject } from './kustomize';

/** A pod (namespace and labels) or an address outside the cluster (ip only). */
export interface Endpoint {
  ip: string;
  namespace?: string;
  labels?: Record<string, string>;
}

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: unknown[];
}

interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

interface PortRule {
  protocol?: string;
  port?: number | string;
  endPort?: number;
}

interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: PortRule[];
}

interface NetworkPolicySpec {
  podSelector: LabelSelector;
  policyTypes?: Array<'Ingress' | 'Egress'>;
  ingress?: Rule[];
  egress?: Rule[];
}

type Direction = 'Ingress' | 'Egress';

/**
 * Whether NetworkPolicies let `from` open a connection to `to` on a port, by the rules of the
 * Kubernetes API: a pod that no policy of a direction selects is open in that direction; a selected
 * pod is open only to what some rule of a selecting policy allows; a connection needs both the
 * sender's egress and the receiver's ingress. Selector features the manifests do not use (match
 * expressions, named ports) are refused rather than guessed at.
 */
export function connectionAllowed(
  objects: KubernetesObject[],
  from: Endpoint,
  to: Endpoint,
  port: number,
  protocol = 'TCP',
): boolean {
  const policies = objects.filter((object) => object.kind === 'NetworkPolicy');
  return (
    allowedBy(policies, 'Egress', from, to, port, protocol) && allowedBy(policies, 'Ingress', to, from, port, protocol)
  );
}

function allowedBy(
  policies: KubernetesObject[],
  direction: Direction,
  subject: Endpoint,
  peer: Endpoint,
  port: number,
  protocol: string,
): boolean {
  if (subject.namespace === undefined) return true;
  const selecting = policies.filter((policy) => {
    const spec = policy.spec as NetworkPolicySpec;
    return (
      policy.metadata.namespace === subject.namespace &&
      policyTypes(spec).includes(direction) &&
      selects(spec.podSelector, subject.labels ?? {})
    );
  });
  if (selecting.length === 0) return true;
  return selecting.some((policy) => {
    const spec = policy.spec as NetworkPolicySpec;
    const rules = (direction === 'Ingress' ? spec.ingress : spec.egress) ?? [];
    return rules.some(
      (rule) =>
        peersMatch(direction === 'Ingress' ? rule.from : rule.to, peer, policy.metadata.namespace ?? '') &&
        portsMatch(rule.ports, port, protocol),
    );
  });
}

function policyTypes(spec: NetworkPolicySpec): Direction[] {
  return spec.policyTypes ?? ['Ingress', ...(spec.egress ? (['Egress'] as const) : [])];
}

function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  if (selector.matchExpressions) throw new Error('matchExpressions are not supported by this evaluator');
  return Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

function peersMatch(peers: Peer[] | undefined, endpoint: Endpoint, policyNamespace: string): boolean {
  if (!peers || peers.length === 0) return true;
  return peers.some((peer) => {
    if (peer.ipBlock) return inBlock(peer.ipBlock, endpoint.ip);
    if (endpoint.namespace === undefined) return false;
    const namespaceLabels = { 'kubernetes.io/metadata.name': endpoint.namespace };
    const namespaceMatches = peer.namespaceSelector
      ? selects(peer.namespaceSelector, namespaceLabels)
      : endpoint.namespace === policyNamespace;
    return namespaceMatches && selects(peer.podSelector ?? {}, endpoint.labels ?? {});
  });
}

function inBlock(block: { cidr: string; except?: string[] }, ip: string): boolean {
  const family = isIPv6(ip) ? 'ipv6' : 'ipv4';
  const cidrFamily = block.cidr.includes(':') ? 'ipv6' : 'ipv4';
  if (family !== cidrFamily) return false;
  const within = subnets([block.cidr], family);
  const excluded = subnets(block.except ?? [], family);
  return within.check(ip, family) && !excluded.check(ip, family);
}

function subnets(cidrs: string[], family: 'ipv4' | 'ipv6'): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [network, prefix] = cidr.split('/');
    list.addSubnet(network, Number(prefix), family);
  }
  return list;
}

function portsMatch(ports: PortRule[] | undefined, port: number, protocol: string): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((rule) => {
    if ((rule.protocol ?? 'TCP') !== protocol) return false;
    if (rule.port === undefined) return true;
    if (typeof rule.port === 'string') throw new Error('named ports are not supported by this evaluator');
    return rule.endPort === undefined ? port === rule.port : port >= rule.port && port <= rule.endPort;
  });
}

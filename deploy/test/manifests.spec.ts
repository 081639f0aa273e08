import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { parse, parseAllDocuments } from 'yaml';
import { CONSUME_EVENT, type EventConsumerMetadata } from '@skillproof/bus';
import { BaseConfig, loadConfig } from '@skillproof/config';
import { EVENTS_STREAM } from '@skillproof/contracts';
import type { DynamicModule } from '@nestjs/common';
import { CATALOG_SERVICE } from '@skillproof/catalog';
import { CHALLENGES_SERVICE } from '@skillproof/challenges';
import { GATEWAY } from '@skillproof/gateway';
import { GRADING_SERVICE } from '@skillproof/grading';
import { JOBS_SERVICE } from '@skillproof/jobs';
import { PROFILES_SERVICE } from '@skillproof/profiles';
import { buildKustomization, type KubernetesObject } from './kustomize';
// The V8 flags `npm start` gives every process, measured in scripts/start/supervisor.js.
const { nodeFlagsOf } = require('../../scripts/start/supervisor') as { nodeFlagsOf: (script: string) => string[] };
import { connectionAllowed, type Endpoint } from './network-policy';
import { validateManifests } from './validate';

const ROOT = join(__dirname, '../..');
const DEPLOY = join(ROOT, 'deploy');
const OVERLAYS = ['dev', 'production'] as const;

type ProcessName = 'gateway' | 'catalog' | 'challenges' | 'grading' | 'profiles' | 'jobs';

/** Every process, its config class and its entry point in the image. */
const PROCESSES: Record<ProcessName, { config: new () => BaseConfig; main: string }> = {
  gateway: { config: GATEWAY.config, main: 'gateway/dist/bundle/main.js' },
  catalog: { config: CATALOG_SERVICE.config, main: 'services/catalog/dist/bundle/main.js' },
  challenges: { config: CHALLENGES_SERVICE.config, main: 'services/challenges/dist/bundle/main.js' },
  grading: { config: GRADING_SERVICE.config, main: 'services/grading/dist/bundle/main.js' },
  profiles: { config: PROFILES_SERVICE.config, main: 'services/profiles/dist/bundle/main.js' },
  jobs: { config: JOBS_SERVICE.config, main: 'services/jobs/dist/bundle/main.js' },
};
const PROCESS_NAMES = Object.keys(PROCESSES) as ProcessName[];
const SERVICES = PROCESS_NAMES.filter((name) => name !== 'gateway');

/** Resident memory after `npm run bench:mixed` (README, Benchmarks, 2026-11-22), in MiB. */
const MEASURED_RSS_MIB: Record<ProcessName, number> = {
  gateway: 289,
  catalog: 227,
  profiles: 181,
  challenges: 156,
  grading: 139,
  jobs: 122,
};

/** The Secrets an installation creates (README, "Running on Kubernetes"), with a sample of each key. */
const SAMPLE_SECRETS: Record<string, Record<string, string>> = {
  ...Object.fromEntries(
    SERVICES.map((service) => [
      `skillproof-db-${service}`,
      { username: service, password: '5f4dcc3b5aa765d61d8327de' },
    ]),
  ),
  ...Object.fromEntries(
    (['gateway', ...SERVICES] as const).map((name) => [
      `skillproof-nats-${name}`,
      { password: '9b2e61c07d4f8a35e1c6' },
    ]),
  ),
  'skillproof-openai': { 'api-key': 'sk-sample' },
  'skillproof-profiles': {
    'jwt-private-key': generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    'admin-email': 'admin@example.com',
    'admin-password': 'a-long-admin-password',
  },
};

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string; optional?: boolean };
    configMapKeyRef?: { name: string; key: string };
  };
}

interface Probe {
  httpGet: { path: string; port: string };
}

interface Container {
  name: string;
  image: string;
  command: string[];
  ports: Array<{ name: string; containerPort: number }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  env?: EnvVar[];
  resources: { requests: { cpu: string; memory: string }; limits: { memory: string } };
  startupProbe: Probe;
  livenessProbe: Probe;
  readinessProbe: Probe;
}

interface DeploymentSpec {
  replicas?: number;
  selector: { matchLabels: Record<string, string> };
  template: {
    metadata: { labels: Record<string, string> };
    spec: { terminationGracePeriodSeconds: number; containers: Container[] };
  };
}

const rendered = Object.fromEntries(
  OVERLAYS.map((overlay) => [overlay, buildKustomization(join(DEPLOY, 'overlays', overlay))]),
) as Record<(typeof OVERLAYS)[number], KubernetesObject[]>;

function objectsOf(objects: KubernetesObject[], kind: string): KubernetesObject[] {
  return objects.filter((object) => object.kind === kind);
}

function named(objects: KubernetesObject[], kind: string, name: string): KubernetesObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

function deploymentOf(objects: KubernetesObject[], name: string): DeploymentSpec {
  return named(objects, 'Deployment', name).spec as DeploymentSpec;
}

function containerOf(objects: KubernetesObject[], name: string): Container {
  return deploymentOf(objects, name).template.spec.containers[0];
}

/** The environment the process would see, with `$(NAME)` references expanded as the kubelet does. */
function environmentOf(objects: KubernetesObject[], container: Container): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    if (!source.configMapRef) throw new Error('only ConfigMaps are read whole; Secrets go in by key');
    Object.assign(
      environment,
      (named(objects, 'ConfigMap', source.configMapRef.name).data as Record<string, string>) ?? {},
    );
  }
  for (const variable of container.env ?? []) {
    const secret = variable.valueFrom?.secretKeyRef;
    const configMapKey = variable.valueFrom?.configMapKeyRef;
    if (variable.value !== undefined) {
      environment[variable.name] = variable.value.replace(/\$\(([A-Z0-9_]+)\)/g, (reference, name: string) =>
        name in environment ? environment[name] : reference,
      );
    } else if (secret) {
      environment[variable.name] =
        SAMPLE_SECRETS[secret.name]?.[secret.key] ?? `<missing ${secret.name}/${secret.key}>`;
    } else if (configMapKey) {
      const data = named(objects, 'ConfigMap', configMapKey.name).data as Record<string, string>;
      environment[variable.name] = data[configMapKey.key];
    }
  }
  return environment;
}

/** Names only other variables are built from (`$(DATABASE_PASSWORD)` in DATABASE_URL). */
function compositionInputs(container: Container): Set<string> {
  const referenced = (container.env ?? []).flatMap((variable) =>
    [...(variable.value ?? '').matchAll(/\$\(([A-Z0-9_]+)\)/g)].map((match) => match[1]),
  );
  return new Set(referenced);
}

function settingsOf(config: new () => BaseConfig): Set<string> {
  return new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(config, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
}

function podOf(objects: KubernetesObject[], name: ProcessName, ip: string): Endpoint {
  return {
    ip,
    namespace: named(objects, 'Deployment', name).metadata.namespace,
    labels: deploymentOf(objects, name).template.metadata.labels,
  };
}

function mebibytes(quantity: string): number {
  const match = /^(\d+)(Mi|Gi)$/.exec(quantity);
  if (!match) throw new Error(`memory ${quantity} is not in Mi or Gi`);
  return Number(match[1]) * (match[2] === 'Gi' ? 1024 : 1);
}

function readYaml(path: string): Record<string, unknown> {
  return parse(readFileSync(join(DEPLOY, path), 'utf8')) as Record<string, unknown>;
}

interface NatsValues {
  config: {
    cluster: { enabled: boolean; replicas: number };
    jetstream: { enabled: boolean; fileStore: { enabled: boolean; pvc: { enabled: boolean; size: string } } };
    monitor: { enabled: boolean; port: number };
  };
}

/** Helm's layering of values files: later files win, maps merge. */
function mergeValues(base: unknown, override: unknown): unknown {
  if (typeof base !== 'object' || base === null || typeof override !== 'object' || override === null) return override;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeValues(merged[key], value);
  return merged;
}

const NATS_VALUES: Record<(typeof OVERLAYS)[number], NatsValues> = {
  production: readYaml('nats/values.yaml') as unknown as NatsValues,
  dev: mergeValues(readYaml('nats/values.yaml'), readYaml('nats/values-dev.yaml')) as NatsValues,
};

describe.each(OVERLAYS)('the %s overlay', (overlay) => {
  const objects = rendered[overlay];
  const namespace = named(objects, 'Namespace', 'skillproof').metadata.name;

  it('passes the Kubernetes, KEDA and CloudNativePG schemas, object by object', () => {
    const results = validateManifests(objects);
    expect(results.filter((result) => result.errors.length > 0)).toEqual([]);
    expect(results.map((result) => result.kind)).toEqual(
      expect.arrayContaining(['Deployment', 'ScaledObject', 'Cluster', 'Pooler', 'Database', 'NetworkPolicy']),
    );
  });

  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
  (kubectl ? it : it.skip)('builds to what `kubectl kustomize` builds', () => {
    const built = spawnSync('kubectl', ['kustomize', join(DEPLOY, 'overlays', overlay)], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    const byKindAndName = (a: KubernetesObject, b: KubernetesObject): number =>
      `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`);
    const fromKubectl = parseAllDocuments(built.stdout).map((document) => document.toJS() as KubernetesObject);
    expect([...objects].sort(byKindAndName)).toEqual(fromKubectl.sort(byKindAndName));
  });

  it('puts everything in one namespace', () => {
    const namespaced = objects.filter((object) => object.kind !== 'Namespace');
    expect(new Set(namespaced.map((object) => object.metadata.namespace))).toEqual(new Set([namespace]));
  });

  it.each(PROCESS_NAMES)('runs %s from the image with probes on its health routes and its own port', (name) => {
    const container = containerOf(objects, name);
    expect(container.command).toEqual(['node', ...nodeFlagsOf(PROCESSES[name].main), PROCESSES[name].main]);
    expect(existsSync(join(ROOT, PROCESSES[name].main.replace('dist/bundle/main.js', 'src/main.ts')))).toBe(true);
    expect(container.image).toMatch(/^(\S+\/)?skillproof:\S+$/);

    const port = container.ports.find((candidate) => candidate.name === 'http');
    expect(Number(environmentOf(objects, container).PORT)).toBe(port?.containerPort);
    expect(container.startupProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
  });

  it.each(PROCESS_NAMES)('requests for %s at least the memory it was measured to use', (name) => {
    const { requests, limits } = containerOf(objects, name).resources;
    expect(requests.cpu).toBeDefined();
    expect(mebibytes(requests.memory)).toBeGreaterThanOrEqual(MEASURED_RSS_MIB[name]);
    expect(mebibytes(limits.memory)).toBeGreaterThan(mebibytes(requests.memory));
  });

  it.each(PROCESS_NAMES)('gives %s an environment its configuration accepts, naming only settings it has', (name) => {
    const container = containerOf(objects, name);
    const environment = environmentOf(objects, container);
    const { config } = PROCESSES[name];
    expect(() => loadConfig(config, environment)).not.toThrow();

    const settings = settingsOf(config);
    const inputs = compositionInputs(container);
    expect(Object.keys(environment).filter((variable) => !settings.has(variable) && !inputs.has(variable))).toEqual([]);
  });

  it('gives the NATS cluster every server by name, as the NATS chart names them, and a stream copy on each', () => {
    const { cluster } = NATS_VALUES[overlay].config;
    const servers = cluster.enabled ? cluster.replicas : 1;
    const urls = Array.from({ length: servers }, (_, index) => `nats://nats-${index}.nats-headless:4222`);
    for (const name of PROCESS_NAMES) {
      expect(environmentOf(objects, containerOf(objects, name)).NATS_URL).toBe(urls.join(','));
      expect(environmentOf(objects, containerOf(objects, name)).NATS_STREAM_REPLICAS).toBe(String(servers));
    }
  });

  it('gives each process the NATS user of its name, its password from the Secret the NATS servers read', () => {
    const values = NATS_VALUES[overlay] as unknown as {
      config: { merge: { authorization: { users: Array<{ user: string; password: string }> } } };
      container: { env: Record<string, { valueFrom: { secretKeyRef: { name: string; key: string } } }> };
    };
    for (const name of PROCESS_NAMES) {
      const env = containerOf(objects, name).env ?? [];
      expect(env.find((variable) => variable.name === 'NATS_USER')?.value).toBe(name);
      const secret = env.find((variable) => variable.name === 'NATS_PASSWORD')?.valueFrom?.secretKeyRef;
      const user = values.config.merge.authorization.users.find((candidate) => candidate.user === name);
      const variable = /^<< \$([A-Z_]+) >>$/.exec(user?.password ?? '')?.[1] ?? 'none';
      expect(values.container.env[variable]?.valueFrom.secretKeyRef).toEqual(secret);
    }
  });

  it('keeps every secret out of the repository: referenced by name, never written here', () => {
    expect(objectsOf(objects, 'Secret')).toEqual([]);
    const references = PROCESS_NAMES.flatMap((name) =>
      (containerOf(objects, name).env ?? []).filter((variable) => variable.valueFrom?.secretKeyRef),
    );
    expect(new Set(references.map((variable) => variable.valueFrom?.secretKeyRef?.name))).toEqual(
      new Set(Object.keys(SAMPLE_SECRETS)),
    );
    const sensitive = /PASSWORD|SECRET|KEY|TOKEN|DATABASE_(DIRECT_)?URL/;
    const composed = new Set(['DATABASE_URL', 'DATABASE_DIRECT_URL']);
    for (const name of PROCESS_NAMES) {
      const literal = (containerOf(objects, name).env ?? []).filter(
        (variable) => sensitive.test(variable.name) && !composed.has(variable.name) && variable.value !== undefined,
      );
      expect(literal).toEqual([]);
    }
    const configured = objectsOf(objects, 'ConfigMap').flatMap((configMap) => Object.keys(configMap.data as object));
    expect(configured.filter((key) => sensitive.test(key))).toEqual([]);
    for (const service of SERVICES) {
      for (const name of composed) {
        const url = (containerOf(objects, service).env ?? []).find((variable) => variable.name === name);
        expect(url?.value).toMatch(/^postgres:\/\/\$\(DATABASE_USER\):\$\(DATABASE_PASSWORD\)@/);
      }
    }
  });

  it('gives each service a role and a database of its own in the CloudNativePG cluster', () => {
    const cluster = named(objects, 'Cluster', 'skillproof-db');
    const roles = (cluster.spec as { managed: { roles: Array<{ name: string; passwordSecret: { name: string } }> } })
      .managed.roles;
    for (const service of SERVICES) {
      const container = containerOf(objects, service);
      const environment = environmentOf(objects, container);
      const url = new URL(environment.DATABASE_DIRECT_URL);
      expect(url.hostname).toBe(`${cluster.metadata.name}-rw`);
      // The same database and role, through the pooler: only the host differs.
      const pooled = new URL(environment.DATABASE_URL);
      expect(pooled.hostname).toBe('skillproof-db-pooler-rw');
      expect({ path: pooled.pathname, user: pooled.username }).toEqual({ path: url.pathname, user: url.username });
      const role = roles.find((candidate) => candidate.name === url.username);
      const secret = (container.env ?? []).find((variable) => variable.name === 'DATABASE_PASSWORD')?.valueFrom
        ?.secretKeyRef?.name;
      expect(role?.passwordSecret.name).toBe(secret);

      const databases = objectsOf(objects, 'Database').map((object) => object.spec as Record<string, unknown>);
      expect(databases).toContainEqual(
        expect.objectContaining({
          name: url.pathname.slice(1),
          owner: url.username,
          cluster: { name: cluster.metadata.name },
        }),
      );
    }
    expect(new Set(roles.map((role) => role.name)).size).toBe(SERVICES.length);

    const pooler = named(objects, 'Pooler', 'skillproof-db-pooler-rw').spec as Record<string, unknown>;
    expect(pooler).toMatchObject({
      cluster: { name: cluster.metadata.name },
      type: 'rw',
      pgbouncer: { poolMode: 'transaction' },
    });
  });

  it('guards every Deployment with a disruption budget that selects its pods', () => {
    for (const name of PROCESS_NAMES) {
      const labels = deploymentOf(objects, name).template.metadata.labels;
      const budgets = objectsOf(objects, 'PodDisruptionBudget').filter((budget) => {
        const selector = (budget.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
        return Object.entries(selector).every(([key, value]) => labels[key] === value);
      });
      expect(budgets).toHaveLength(1);
      expect(budgets[0].spec).toMatchObject({ maxUnavailable: 1 });
    }
  });

  it('scales the gateway on CPU and leaves its replica count to the autoscaler', () => {
    const autoscaler = named(objects, 'HorizontalPodAutoscaler', 'gateway').spec as Record<string, unknown>;
    expect(autoscaler).toMatchObject({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' },
    });
    expect(autoscaler.metrics).toEqual([
      expect.objectContaining({ resource: expect.objectContaining({ name: 'cpu' }) }),
    ]);
    expect(deploymentOf(objects, 'gateway').replicas).toBeUndefined();
  });

  it("scales grading on the lag of the grading service's own durable consumers of stream EVENTS", () => {
    // The durable consumers the grading service's own module declares, as the service builds it.
    const grading = GRADING_SERVICE.module(
      loadConfig(GRADING_SERVICE.config, { DATABASE_URL: 'postgres://localhost/grading' }),
    ) as DynamicModule;
    const durables = (grading.providers ?? [])
      .filter((provider): provider is new () => object => typeof provider === 'function')
      .flatMap((provider) =>
        Object.values(Object.getOwnPropertyDescriptors(provider.prototype)).map(
          (descriptor) =>
            Reflect.getMetadata(CONSUME_EVENT, descriptor.value ?? {}) as EventConsumerMetadata | undefined,
        ),
      )
      .filter((metadata) => metadata !== undefined)
      .map((metadata) => `${GRADING_SERVICE.name}-${metadata.options.consumer}`);
    expect(durables.length).toBeGreaterThan(0);

    const scaledObject = named(objects, 'ScaledObject', 'grading').spec as {
      scaleTargetRef: { name: string };
      minReplicaCount: number;
      triggers: Array<{ type: string; metadata: Record<string, string> }>;
    };
    expect(scaledObject.scaleTargetRef.name).toBe('grading');
    expect(deploymentOf(objects, 'grading').replicas).toBeUndefined();
    // Grading also answers quiz-generation requests, which need a replica up.
    expect(scaledObject.minReplicaCount).toBeGreaterThanOrEqual(1);

    const monitor = NATS_VALUES[overlay].config.monitor;
    expect(monitor.enabled).toBe(true);
    const lagTriggers = scaledObject.triggers.filter((trigger) => trigger.type === 'nats-jetstream');
    for (const trigger of lagTriggers) {
      expect(trigger.metadata).toMatchObject({
        natsServerMonitoringEndpoint: `nats-headless.${namespace}.svc.cluster.local:${monitor.port}`,
        stream: EVENTS_STREAM,
      });
    }
    expect(lagTriggers.map((trigger) => trigger.metadata.consumer).sort()).toEqual(durables.sort());
    // The backlog itself lives in grading's own table once the intake has taken the events.
    const queueTriggers = scaledObject.triggers.filter((trigger) => trigger.type === 'postgresql');
    expect(queueTriggers).toHaveLength(1);
    expect(queueTriggers[0].metadata).toMatchObject({
      host: `skillproof-db-rw.${namespace}.svc.cluster.local`,
      dbName: 'skillproof_grading',
      passwordFromEnv: 'DATABASE_PASSWORD',
    });
    expect(queueTriggers[0].metadata.query).toContain('FROM grading_jobs');
    expect(scaledObject.triggers).toHaveLength(lagTriggers.length + queueTriggers.length);
  });

  it('lets grading finish a model call after SIGTERM before it is killed', () => {
    const grace = deploymentOf(objects, 'grading').template.spec.terminationGracePeriodSeconds;
    expect(grace * 1_000).toBeGreaterThanOrEqual(new GRADING_SERVICE.config().OPENAI_TIMEOUT_MS);
  });

  describe('network policies', () => {
    const pods = {
      gateway: podOf(objects, 'gateway', '10.0.1.1'),
      catalog: podOf(objects, 'catalog', '10.0.1.2'),
      challenges: podOf(objects, 'challenges', '10.0.1.3'),
      grading: podOf(objects, 'grading', '10.0.1.4'),
      profiles: podOf(objects, 'profiles', '10.0.1.5'),
      jobs: podOf(objects, 'jobs', '10.0.1.6'),
    };
    const nats: Endpoint = {
      ip: '10.0.2.1',
      namespace,
      labels: {
        'app.kubernetes.io/name': 'nats',
        'app.kubernetes.io/instance': 'nats',
        'app.kubernetes.io/component': 'nats',
      },
    };
    const postgres: Endpoint = { ip: '10.0.3.1', namespace, labels: { 'cnpg.io/cluster': 'skillproof-db' } };
    const pooler: Endpoint = { ip: '10.0.3.2', namespace, labels: { 'cnpg.io/poolerName': 'skillproof-db-pooler-rw' } };
    const dns: Endpoint = { ip: '10.96.0.10', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };
    const prometheus: Endpoint = { ip: '10.0.4.1', namespace: 'monitoring', labels: { app: 'prometheus' } };
    const internetClient: Endpoint = { ip: '81.2.69.160' };
    const publicReceiver: Endpoint = { ip: '93.184.215.14' };
    const publicReceiverV6: Endpoint = { ip: '2606:2800:21f:cb07:6820:80da:af6b:8b2c' };
    const allows = (from: Endpoint, to: Endpoint, port: number, protocol?: string): boolean =>
      connectionAllowed(objects, from, to, port, protocol);

    it('lets clients outside reach the gateway and nothing else', () => {
      expect(allows(internetClient, pods.gateway, 3000)).toBe(true);
      expect(allows(internetClient, pods.gateway, 9229)).toBe(false);
      for (const service of SERVICES) expect(allows(internetClient, pods[service], 3001)).toBe(false);
      expect(allows(pods.catalog, pods.profiles, 3004)).toBe(false);
    });

    it('lets the gateway reach NATS only', () => {
      expect(allows(pods.gateway, nats, 4222)).toBe(true);
      expect(allows(pods.gateway, postgres, 5432)).toBe(false);
      expect(allows(pods.gateway, pooler, 5432)).toBe(false);
      expect(allows(pods.gateway, pods.catalog, 3001)).toBe(false);
      expect(allows(pods.gateway, publicReceiver, 443)).toBe(false);
    });

    it('lets every service reach NATS and PostgreSQL, directly or through the pooler', () => {
      for (const service of SERVICES) {
        expect(allows(pods[service], nats, 4222)).toBe(true);
        expect(allows(pods[service], nats, 6222)).toBe(false);
        expect(allows(pods[service], postgres, 5432)).toBe(true);
        expect(allows(pods[service], pooler, 5432)).toBe(true);
        expect(allows(pods[service], pods.gateway, 3000)).toBe(false);
      }
    });

    it('keeps catalog, challenges and profiles off the internet', () => {
      for (const service of ['catalog', 'challenges', 'profiles'] as const) {
        expect(allows(pods[service], publicReceiver, 443)).toBe(false);
        expect(allows(pods[service], publicReceiver, 80)).toBe(false);
      }
    });

    it('lets jobs deliver webhooks to public addresses on any port, never to private or metadata ones', () => {
      expect(allows(pods.jobs, publicReceiver, 443)).toBe(true);
      expect(allows(pods.jobs, publicReceiver, 8080)).toBe(true);
      expect(allows(pods.jobs, publicReceiverV6, 443)).toBe(true);
      for (const ip of [
        '10.1.2.3',
        '172.20.0.9',
        '192.168.1.10',
        '100.100.100.200',
        '169.254.169.254',
        '127.0.0.1',
        'fd00:ec2::254',
        'fe80::1',
      ]) {
        expect([ip, allows(pods.jobs, { ip }, 443)]).toEqual([ip, false]);
      }
    });

    it('lets grading reach an AI provider over HTTPS only', () => {
      expect(allows(pods.grading, publicReceiver, 443)).toBe(true);
      expect(allows(pods.grading, publicReceiver, 80)).toBe(false);
      expect(allows(pods.grading, { ip: '10.0.0.5' }, 443)).toBe(false);
    });

    it('lets every pod resolve names and Prometheus scrape every process', () => {
      for (const name of PROCESS_NAMES) {
        expect(allows(pods[name], dns, 53, 'UDP')).toBe(true);
        expect(allows(pods[name], dns, 53, 'TCP')).toBe(true);
        const port = containerOf(objects, name).ports[0].containerPort;
        expect(allows(prometheus, pods[name], port)).toBe(true);
      }
    });
  });
});

describe('the NATS Helm values', () => {
  it('run three servers with JetStream on persistent file storage in production', () => {
    const { cluster, jetstream } = NATS_VALUES.production.config;
    expect(cluster).toMatchObject({ enabled: true, replicas: 3 });
    expect(jetstream).toMatchObject({ enabled: true, fileStore: { enabled: true, pvc: { enabled: true } } });
  });

  it('run one server for a laptop cluster, still on file storage', () => {
    const { cluster, jetstream } = NATS_VALUES.dev.config;
    expect(cluster.enabled).toBe(false);
    expect(jetstream).toMatchObject({ enabled: true, fileStore: { enabled: true, pvc: { enabled: true } } });
  });
});

describe('validation', () => {
  it('refuses invalid objects, naming what is wrong', () => {
    const objects = buildKustomization(join(__dirname, 'fixtures/invalid-overlay'));
    const failures = Object.fromEntries(
      validateManifests(objects)
        .filter((result) => result.errors.length > 0)
        .map((result) => [`${result.kind}/${result.name}`, result.errors.join('; ')]),
    );
    expect(Object.keys(failures).sort()).toEqual([
      'Cluster/skillproof-db',
      'Deployment/catalog',
      'HorizontalPodAutoscaler/gateway',
      'Pooler/skillproof-db-pooler-rw',
      'ScaledObject/grading',
    ]);
    expect(failures['HorizontalPodAutoscaler/gateway']).toContain('data/spec/maxReplicas must be integer');
    expect(failures['Deployment/catalog']).toContain('resources/requests/memory must match format "quantity"');
    expect(failures['ScaledObject/grading']).toContain('data/spec/minReplicaCount must be integer');
    expect(failures['Pooler/skillproof-db-pooler-rw']).toContain(
      'data/spec/pgbouncer/poolMode must be equal to one of the allowed values',
    );
    expect(failures['Cluster/skillproof-db']).toContain(
      'must NOT have additional properties {"additionalProperty":"instance"}',
    );
  });

  it('refuses a kind it has no schema for, such as a Secret written into the repository', () => {
    const [result] = validateManifests([
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'skillproof-openai' },
        stringData: { 'api-key': 'sk-live' },
      },
    ]);
    expect(result.errors).toEqual([expect.stringContaining('no schema for v1 Secret')]);
  });

  it('refuses kustomization features the offline builder does not implement, instead of skipping them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillproof-kustomize-'));
    try {
      writeFileSync(join(dir, 'kustomization.yaml'), 'resources: []\nconfigMapGenerator:\n  - name: extra\n');
      expect(() => buildKustomization(dir)).toThrow('configMapGenerator not supported');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

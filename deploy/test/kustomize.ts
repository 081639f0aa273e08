import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch, type Operation } from 'fast-json-patch';
import { parse, parseAllDocuments } from 'yaml';

/** A Kubernetes object as YAML gives it; the validators decide whether it is a good one. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
  replicas?: Array<{ name: string; count: number }>;
  patches?: Array<{ target: { kind: string; name: string }; patch: string }>;
}

/** What this builder understands; anything else in a kustomization.yaml is refused, never skipped. */
const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches']);

const CLUSTER_SCOPED = new Set(['Namespace']);

/**
 * Builds a kustomization as `kubectl kustomize` does, for the features deploy/ uses: resources
 * (files and directories), namespace, images, replicas and JSON 6902 patches aimed at one object.
 * No kustomize binary is available offline, so `npm test` builds the overlays with this; the test
 * compares it with `kubectl kustomize` wherever kubectl is installed.
 */
export function buildKustomization(dir: string): KubernetesObject[] {
  const kustomization = readKustomization(dir);
  const objects = (kustomization.resources ?? []).flatMap((resource) => load(join(dir, resource)));
  for (const { target, patch } of kustomization.patches ?? []) {
    const operations = parse(patch) as Operation[];
    if (!Array.isArray(operations))
      throw new Error(`${dir}: only JSON 6902 patches (a list of operations) are supported`);
    const object = find(objects, target.kind, target.name, dir);
    applyPatch(object, operations, true, true);
  }
  for (const { name, count } of kustomization.replicas ?? []) {
    (find(objects, 'Deployment', name, dir).spec as { replicas?: number }).replicas = count;
  }
  for (const image of kustomization.images ?? []) setImage(objects, image);
  if (kustomization.namespace) setNamespace(objects, kustomization.namespace);
  return objects;
}

function readKustomization(dir: string): Kustomization {
  const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Record<string, unknown>;
  const unsupported = Object.keys(kustomization).filter((field) => !SUPPORTED.has(field));
  if (unsupported.length > 0) {
    throw new Error(`${dir}/kustomization.yaml: ${unsupported.join(', ')} not supported by deploy/test/kustomize.ts`);
  }
  return kustomization as Kustomization;
}

function load(path: string): KubernetesObject[] {
  if (statSync(path).isDirectory()) return buildKustomization(path);
  return parseAllDocuments(readFileSync(path, 'utf8'))
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${path}: ${document.errors[0].message}`);
      return document.toJS() as KubernetesObject | null;
    })
    .filter((object): object is KubernetesObject => object !== null);
}

function find(objects: KubernetesObject[], kind: string, name: string, dir: string): KubernetesObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`${dir}: no ${kind} named ${name} to change`);
  return found;
}

function setImage(objects: KubernetesObject[], image: { name: string; newName?: string; newTag?: string }): void {
  for (const object of objects) {
    const pod = (object.spec as { template?: { spec?: { containers?: Array<{ image: string }> } } } | undefined)
      ?.template?.spec;
    for (const container of pod?.containers ?? []) {
      const [name, tag] = splitImage(container.image);
      if (name !== image.name) continue;
      const newTag = image.newTag ?? tag;
      container.image = `${image.newName ?? name}${newTag ? `:${newTag}` : ''}`;
    }
  }
}

/** `registry:5000/name:tag` is name `registry:5000/name`, tag `tag`. */
function splitImage(image: string): [string, string | undefined] {
  const colon = image.lastIndexOf(':');
  if (colon === -1 || image.includes('/', colon)) return [image, undefined];
  return [image.slice(0, colon), image.slice(colon + 1)];
}

/** Namespaced objects move into the namespace; a Namespace object is renamed to it, as kustomize does. */
function setNamespace(objects: KubernetesObject[], namespace: string): void {
  for (const object of objects) {
    if (object.kind === 'Namespace') object.metadata.name = namespace;
    else if (!CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = namespace;
  }
}

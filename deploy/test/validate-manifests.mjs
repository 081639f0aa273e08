// Validates Kubernetes objects against their schemas: reads a JSON array of objects on stdin, writes a
// JSON array of { kind, name, errors } (one entry per object, errors empty when valid) on stdout.
//
// A separate ES module because the schema packages (kubernetes-models, @kubernetes-models/keda) are
// ES modules only, which jest's CommonJS runtime cannot load; deploy/test/validate.ts runs this.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';

const MODELS = [
  Deployment,
  HorizontalPodAutoscaler,
  NetworkPolicy,
  PodDisruptionBudget,
  ConfigMap,
  Namespace,
  Service,
  ScaledObject,
];

const CLOUDNATIVE_PG = join(dirname(fileURLToPath(import.meta.url)), '../schemas/cloudnative-pg');
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(JSON.parse(readFileSync(join(CLOUDNATIVE_PG, 'definitions.schema.json'), 'utf8')));
const CLOUDNATIVE_PG_KINDS = { Cluster: 'cluster', Pooler: 'pooler', Database: 'database' };
const cloudNativePg = Object.fromEntries(
  Object.entries(CLOUDNATIVE_PG_KINDS).map(([kind, file]) => [
    kind,
    ajv.compile(JSON.parse(readFileSync(join(CLOUDNATIVE_PG, `${file}.schema.json`), 'utf8'))),
  ]),
);

function validate(object) {
  const model = MODELS.find(
    (candidate) => candidate.apiVersion === object.apiVersion && candidate.kind === object.kind,
  );
  if (model) {
    try {
      new model(object).validate();
      return [];
    } catch (error) {
      return String(error.message).split(', ');
    }
  }
  if (object.apiVersion === 'postgresql.cnpg.io/v1' && cloudNativePg[object.kind]) {
    const check = cloudNativePg[object.kind];
    if (check(object)) return [];
    return check.errors.map((error) => `data${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
  }
  return [
    `no schema for ${object.apiVersion} ${object.kind}: add its model or schema to deploy/test/validate-manifests.mjs`,
  ];
}

const objects = JSON.parse(readFileSync(0, 'utf8'));
const results = objects.map((object) => ({ kind: object.kind, name: object.metadata?.name, errors: validate(object) }));
process.stdout.write(JSON.stringify(results));

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { KubernetesObject } from './kustomize';

export interface ValidationResult {
  kind: string;
  name: string;
  errors: string[];
}

const VALIDATOR = join(__dirname, 'validate-manifests.mjs');

/** Each object checked against the Kubernetes, KEDA or CloudNativePG schema of its kind. */
export function validateManifests(objects: KubernetesObject[]): ValidationResult[] {
  const run = spawnSync(process.execPath, [VALIDATOR], { input: JSON.stringify(objects), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${VALIDATOR} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ValidationResult[];
}

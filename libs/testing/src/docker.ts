import { existsSync } from 'node:fs';

/** Whether a Docker engine is reachable, the precondition for testcontainers. */
export function dockerAvailable(): boolean {
  const host = process.env.DOCKER_HOST;
  if (host) return true;
  return existsSync('/var/run/docker.sock');
}

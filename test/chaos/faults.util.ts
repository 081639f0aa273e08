import type { TestNats } from '@skillproof/testing';
import type { ChaosPostgres } from './chaos-postgres.util';
import type { RunningSystem } from './running-system.util';

export interface Fault {
  name: string;
  /** Breaks something; resolves once the fault has been dealt (a kill sent, a server back up). */
  inject(): Promise<void>;
  /** Resolves when whatever was broken is back, before the system-wide check. */
  recovered(): Promise<void>;
}

const REPLACEMENT_TIMEOUT_MS = 60_000;

/**
 * How long a restarted server stays away. A real restart is not instant (a shutdown checkpoint,
 * crash recovery, a JetStream store to read back), and 15 s outlasts every retry budget in the
 * system, so anything that gives up on an outage instead of waiting it out shows as lost work.
 */
const RESTART_DOWNTIME_MS = 15_000;

/** The faults of the chaos test, in the order the issue lists them. */
export function chaosFaults(
  system: RunningSystem,
  nats: TestNats,
  postgres: ChaosPostgres,
  gradingReplicas: number,
): Fault[] {
  return [
    killFault(system, 'kill -9 grading replica', 'services/grading/dist/bundle/main.js', gradingReplicas),
    killFault(system, 'kill -9 challenges', 'services/challenges/dist/bundle/main.js', 1),
    killFault(system, 'kill -9 jobs', 'services/jobs/dist/bundle/main.js', 1),
    killFault(system, 'kill -9 gateway', 'gateway/dist/bundle/main.js', 1),
    restartFault('restart NATS', nats),
    restartFault('restart PostgreSQL', postgres),
  ];
}

function killFault(system: RunningSystem, name: string, script: string, replicas: number): Fault {
  let killed = 0;
  return {
    name,
    inject: async () => {
      killed = system.kill(script);
    },
    recovered: () => system.waitForReplacement(script, killed, replicas, REPLACEMENT_TIMEOUT_MS),
  };
}

function restartFault(name: string, server: { stop(): Promise<void>; start(): Promise<void> }): Fault {
  return {
    name,
    inject: async () => {
      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, RESTART_DOWNTIME_MS));
      await server.start();
    },
    recovered: async () => undefined,
  };
}

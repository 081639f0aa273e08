/** Something a process needs before it can serve: a database, the bus, a downstream service. */
export interface ReadinessCheck {
  readonly name: string;
  /** Resolves when ready; rejects with the reason when not. */
  check(): Promise<void>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  checks: Record<string, { status: 'up' | 'down'; error?: string }>;
}

const CHECK_TIMEOUT_MS = 2_000;

export async function runReadinessChecks(checks: ReadinessCheck[]): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async (check) => {
      try {
        await withTimeout(check.check(), CHECK_TIMEOUT_MS);
        return [check.name, { status: 'up' as const }] as const;
      } catch (error) {
        return [
          check.name,
          { status: 'down' as const, error: error instanceof Error ? error.message : String(error) },
        ] as const;
      }
    }),
  );
  const entries = Object.fromEntries(results);
  const ready = results.every(([, result]) => result.status === 'up');
  return { status: ready ? 'ready' : 'not_ready', checks: entries };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

import { readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's CPU times: 100 on every Linux that Node supports. */
const TICKS_PER_SECOND = 100;

export interface ProcessUsage {
  rssBytes: number;
  /** CPU time (user and system) used so far, in milliseconds. */
  cpuMs: number;
}

/**
 * Resident memory and CPU time of a process and everything under it, from /proc: a worker inside
 * bubblewrap is a grandchild of the process the service started. Linux only; elsewhere both read 0 and
 * the walls inside the interpreters (QuickJS's allocator and deadline, Pyodide's deadline thread, the
 * wall-clock cap) are the only limits.
 */
export function treeUsage(pid: number): ProcessUsage {
  const total = { rssBytes: 0, cpuMs: 0 };
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    total.rssBytes += rssBytes(current);
    total.cpuMs += cpuMs(current);
    pending.push(...childrenOf(current));
  }
  return total;
}

function cpuMs(pid: number): number {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter((entry) => entry.trim() !== '')
        .map(Number),
    );
  } catch {
    return [];
  }
}

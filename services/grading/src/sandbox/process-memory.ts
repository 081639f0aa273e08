import { readFileSync, readdirSync } from 'node:fs';

/**
 * Resident memory of a process and everything under it, from /proc: a worker inside bubblewrap is a
 * grandchild of the process the service started. Linux only; elsewhere it reads 0 and the limits inside
 * the interpreters (QuickJS's allocator, the wasm32 heap ceiling) are the only memory walls.
 */
export function treeRssBytes(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    total += rssBytes(current);
    pending.push(...childrenOf(current));
  }
  return total;
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

import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';

/** System folders a dynamically linked `node` needs, bound read-only; symlinks (merged /usr) are copied as links. */
const SYSTEM_PATHS = ['/usr', '/lib', '/lib64', '/bin', '/sbin'];

/**
 * The outer wall: when `bwrap` is installed and user namespaces work, each worker runs in new
 * namespaces with no network, its own pids, no host file system beyond the read-only node binary,
 * system libraries and the folders it loads code from, and an empty /tmp. Returns undefined where
 * bubblewrap is missing or refuses to run (some containers forbid namespaces), so the engine still works.
 */
export function detectBubblewrap(): string | undefined {
  const candidates = ['/usr/bin/bwrap', '/usr/local/bin/bwrap', '/bin/bwrap'];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) return undefined;
  try {
    execFileSync(path, [...systemBinds(), '--unshare-all', '--die-with-parent', '/usr/bin/true'], {
      stdio: 'ignore',
      timeout: 10_000,
    });
    return path;
  } catch {
    return undefined;
  }
}

export function bubblewrapArgs(readOnly: string[], workdir: string, writable: string[] = []): string[] {
  const node = realpathSync(process.execPath);
  const binds = [
    ...[...new Set([node, ...readOnly])].flatMap((path) => ['--ro-bind', path, path]),
    ...writable.flatMap((path) => ['--bind', path, path]),
  ];
  // The empty /tmp comes first, so that binds below it (the engine's snapshot folder) stay visible.
  return [
    ...systemBinds(),
    '--tmpfs',
    '/tmp',
    ...binds,
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--unshare-all',
    '--die-with-parent',
    '--new-session',
    '--clearenv',
    '--chdir',
    workdir,
    '--',
    node,
  ];
}

function systemBinds(): string[] {
  return SYSTEM_PATHS.filter((path) => existsSync(path)).flatMap((path) =>
    lstatSync(path).isSymbolicLink() ? ['--symlink', readlinkSync(path), path] : ['--ro-bind', path, path],
  );
}

'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { isListening, waitFor } = require('./net');

/**
 * Finds NATS with JetStream, in this order: NATS_URL, a server on 127.0.0.1:4222, `nats-server -js`
 * from PATH with its data under .data/nats. Says what to install when there is none.
 */
async function provideNats(root, log) {
  if (process.env.NATS_URL) {
    log('NATS from NATS_URL');
    return { url: process.env.NATS_URL, stop: async () => undefined };
  }
  if (await isListening('127.0.0.1', 4222)) {
    log('NATS found on 127.0.0.1:4222');
    return { url: 'nats://127.0.0.1:4222', stop: async () => undefined };
  }
  if (spawnSync('nats-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(
      'No NATS server: set NATS_URL, start one on 127.0.0.1:4222, or install nats-server ' +
        '(Debian/Ubuntu: apt-get install nats-server; macOS: brew install nats-server).',
    );
  }
  const storeDir = join(root, '.data', 'nats');
  mkdirSync(storeDir, { recursive: true });
  const child = spawn('nats-server', ['-a', '127.0.0.1', '-p', '4222', '-js', '-sd', storeDir], { stdio: 'ignore' });
  await waitFor(() => isListening('127.0.0.1', 4222), 10_000, 'nats-server');
  log('Started nats-server with JetStream on 127.0.0.1:4222');
  return {
    url: 'nats://127.0.0.1:4222',
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

module.exports = { provideNats };

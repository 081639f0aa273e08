'use strict';
const { Socket } = require('node:net');

/**
 * True when something accepts TCP connections on host:port. A closed port is refused at once; the
 * timeout is long because on a busy machine a short one reports a running server as missing.
 */
function isListening(host, port, timeoutMs = 5000) {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

async function waitFor(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

module.exports = { isListening, waitFor };

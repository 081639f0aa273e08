'use strict';
/**
 * The grading bench's model: the OpenAI stub with a fixed latency, in a process of its own. In the
 * bench's process it shared one event loop with the publisher of the whole burst and with the
 * subscribers that count every started and graded event, so a request that came in while those ran
 * waited for them before its latency even began (the bench's loop stalled 130-190 ms while the
 * burst went out, and 40-150 ms at each wave of answers). A provider does not run on the event loop
 * of whoever submits the work; this stub still shares the machine's two cores like every process.
 *
 * Forked by bench.js with the latency and the reply as arguments. It sends its base URL when it
 * listens, and on 'report' every call it took as [answer number, ms when it came in].
 */
const { startOpenAiStub } = require('@skillproof/testing');

const [latencyMs, reply] = process.argv.slice(2);
const calls = [];

startOpenAiStub({
  respond: (request) => {
    const answer = /Answer (\d+):/.exec(request.messages.map((message) => message.content).join('\n'));
    calls.push([answer ? Number(answer[1]) : -1, Date.now()]);
    return reply;
  },
  latencyMs: Number(latencyMs),
}).then(
  (stub) => {
    process.on('message', (message) => {
      if (message === 'report') process.send({ calls });
      if (message === 'close') void stub.close().then(() => process.disconnect());
    });
    process.send({ baseUrl: stub.baseUrl });
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

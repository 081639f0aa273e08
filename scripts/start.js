'use strict';
/**
 * `npm start`: runs the whole of Skillproof on this machine — PostgreSQL and NATS (found or
 * started), every service and the gateway — with readable prefixed logs. Ctrl-C stops it all.
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { providePostgres, serviceDatabaseUrl } = require('./start/postgres');
const { provideNats } = require('./start/nats');
const { Supervisor } = require('./start/supervisor');
const { waitFor } = require('./start/net');

const ROOT = join(__dirname, '..');
const SERVICES = ['catalog', 'challenges', 'grading', 'profiles', 'jobs'];

const log = (message) => console.log(`skillproof | ${message}`);

function settings() {
  const gatewayPort = Number(process.env.PORT ?? 3000);
  const portBase = Number(process.env.SERVICE_PORT_BASE ?? 3001);
  const gradingReplicas = Number(process.env.GRADING_REPLICAS ?? 1);
  const prefix = process.env.DATABASE_PREFIX ?? 'skillproof';
  if (!/^[a-z][a-z0-9_]*$/.test(prefix)) throw new Error('DATABASE_PREFIX must be lowercase letters, digits and _');
  return { gatewayPort, portBase, gradingReplicas, prefix };
}

/** Service n listens on base + n, its extra replicas ten further each; base 0 lets the OS choose. */
function portOf(portBase, index, replica) {
  return portBase === 0 ? 0 : portBase + 10 * replica + index;
}

function processes({ gatewayPort, portBase, gradingReplicas, prefix }, postgresUrl, natsUrl) {
  const list = [];
  SERVICES.forEach((service, index) => {
    const script = join(ROOT, 'services', service, 'dist', 'bundle', 'main.js');
    if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first`);
    const replicas = service === 'grading' ? gradingReplicas : 1;
    for (let replica = 0; replica < replicas; replica += 1) {
      list.push({
        name: replicas > 1 ? `${service}-${replica + 1}` : service,
        script,
        env: {
          PORT: String(portOf(portBase, index, replica)),
          DATABASE_URL: serviceDatabaseUrl(postgresUrl, prefix, service),
          NATS_URL: natsUrl,
          SERVICE_INSTANCE: `${service}-${replica + 1}`,
        },
      });
    }
  });
  list.push({
    name: 'gateway',
    script: join(ROOT, 'gateway', 'dist', 'bundle', 'main.js'),
    env: { PORT: String(gatewayPort), NATS_URL: natsUrl },
  });
  return list;
}

async function main() {
  const started = Date.now();
  const config = settings();
  const stops = [];
  let supervisor;
  let shuttingDown = false;
  const shutdown = async (code) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log('Stopping…');
    await supervisor?.stopAll();
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const postgres = await providePostgres(ROOT, log);
    stops.push(postgres.stop);
    const nats = await provideNats(ROOT, log);
    stops.push(nats.stop);
    supervisor = new Supervisor((error) => {
      log(error.message);
      void shutdown(1);
    });
    for (const entry of processes(config, postgres.url, nats.url)) supervisor.add(entry);
    supervisor.startAll();

    const readyUrl = `http://127.0.0.1:${config.gatewayPort}/health/ready`;
    await waitFor(
      () =>
        fetch(readyUrl).then(
          (response) => response.ok,
          () => false,
        ),
      120_000,
      'Skillproof',
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(
      `Ready in ${seconds} s: http://localhost:${config.gatewayPort} (the web app; REST /v1, GraphQL /graphql, docs /docs)`,
    );
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    await shutdown(1);
  }
}

void main();

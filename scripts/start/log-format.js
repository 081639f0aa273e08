'use strict';

const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const COLOURS = [36, 35, 33, 32, 34, 96, 95];
/** Nest's start-up inventory: a line per module and route of six processes buries what matters. */
const START_UP_CHATTER = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * Turns a process's pino JSON lines into `name | 12:00:01 INFO  message`, coloured per process, or
 * undefined for a line not worth showing. LOG_FORMAT=json passes every line through untouched.
 */
function createLineFormatter(name, index, width) {
  const colour = process.stdout.isTTY ? COLOURS[index % COLOURS.length] : undefined;
  const label = name.padEnd(width);
  const prefix = colour ? `\u001b[${colour}m${label}\u001b[0m | ` : `${label} | `;
  return (line) => {
    if (process.env.LOG_FORMAT === 'json') return `${prefix}${line}`;
    try {
      const entry = JSON.parse(line);
      if (entry.level <= 30 && START_UP_CHATTER.has(entry.context)) return undefined;
      const time = new Date(entry.time ?? Date.now()).toISOString().slice(11, 19);
      const context = entry.context ? `[${entry.context}] ` : '';
      const request = entry.req ? `${entry.req.method} ${entry.req.url} ${entry.res?.statusCode ?? ''} ` : '';
      const error = entry.err?.message ? ` — ${entry.err.message}` : '';
      return `${prefix}${time} ${LEVELS[entry.level] ?? 'INFO '} ${context}${request}${entry.msg ?? ''}${error}`;
    } catch {
      return `${prefix}${line}`;
    }
  };
}

module.exports = { createLineFormatter };

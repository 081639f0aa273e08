import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Paths the API owns: an unknown one stays a 404 problem and never becomes the web app. */
const API_PREFIXES = ['/v1', '/graphql', '/docs', '/health', '/metrics'];

/** The page itself may only load what this origin serves. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const ownedByApi = (path: string): boolean =>
  API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * Serves the built web app (web/dist) at `/`. Its files are served as they are: hashed assets are
 * cached for good, everything else is revalidated. Any other GET outside the API's paths answers
 * the app's index.html, so a reload on /skills/machine-learning opens that page in the app.
 */
export async function serveWebApp(app: NestFastifyApplication, root: string): Promise<void> {
  const logger = new Logger('WebApp');
  if (!existsSync(join(root, 'index.html'))) {
    logger.warn(`No web app in ${root}: only the API is served (\`npm run build\` builds the app)`);
    return;
  }
  await app.register(fastifyStatic, {
    root,
    // One route per built file; paths that are no file reach the fallback below.
    wildcard: false,
    index: false,
    cacheControl: false,
    globIgnore: ['.vite/**'],
    setHeaders: (reply, path) => {
      const hashed = path.includes(`${sep}assets${sep}`);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      reply.header('x-content-type-options', 'nosniff');
      if (path.endsWith('.html')) {
        reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
        reply.header('referrer-policy', 'same-origin');
      }
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '/';
      // A missing asset (a stale hashed chunk, say) must fail as a 404, not arrive as HTML.
      if (ownedByApi(path) || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
}

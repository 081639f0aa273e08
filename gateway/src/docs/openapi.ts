import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type PathItemObject } from '@nestjs/swagger';

import { API_KEY_SCHEME } from '../auth/roles.decorator';
import { WEBHOOK_PAYLOADS, webhooksSection } from './webhooks-section';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Skillproof API')
    .setDescription(
      'Prove skills with real work: the skills catalogue, AI-graded challenges, verified profiles, jobs and webhooks. ' +
        'Errors are RFC 9457 problem documents; lists page with `limit` and `cursor`.',
    )
    .setVersion('1')
    .addServer('/', 'The gateway that serves this document')
    .addBearerAuth()
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, API_KEY_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(
    app,
    { ...config, webhooks: webhooksSection() },
    { extraModels: WEBHOOK_PAYLOADS },
  );
  return { ...document, paths: publicApi(document.paths) };
}

/**
 * The document is what integrators generate clients from, so it holds the API under /v1; health
 * and metrics serve orchestrators and Prometheus. `@Roles()` documents the credentials a private
 * route takes, so an operation without any is public, and says so with `security: []`.
 */
function publicApi(paths: OpenAPIObject['paths']): OpenAPIObject['paths'] {
  return Object.fromEntries(
    Object.entries(paths)
      .filter(([path]) => path.startsWith('/v1/'))
      .map(([path, item]) => [path, withPublicOperationsMarked(item)]),
  );
}

function withPublicOperationsMarked(item: PathItemObject): PathItemObject {
  const marked = { ...item };
  for (const method of HTTP_METHODS) {
    const operation = marked[method];
    if (operation) marked[method] = { ...operation, security: operation.security ?? [] };
  }
  return marked;
}

/**
 * Serves the UI at /docs and the document at /docs/json, from local assets only. The document is
 * built on the first request for it, not at start-up: building it walks every controller and DTO,
 * and a gateway that built it at start-up idled at 128-130 MiB resident, against 124-127 without.
 */
export function mountOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs/json',
    yamlDocumentUrl: 'docs/yaml',
  });
}

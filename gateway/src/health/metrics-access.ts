import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { DomainError, PROBLEM_CONTENT_TYPE, toProblemDocument } from '@skillproof/platform';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * Lets only holders of the metrics token read `/metrics` when one is configured. Registered before
 * the authentication hook: a matching token is taken off the request, since it is no access token
 * and the authentication hook would refuse it as a malformed one.
 */
export function protectMetrics(fastify: FastifyInstance, token: string | undefined): void {
  if (!token) return;
  const expected = digest(`Bearer ${token}`);
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.url.split('?')[0] !== '/metrics') return;
    const given = request.headers.authorization;
    if (given && timingSafeEqual(digest(given), expected)) {
      delete request.headers.authorization;
      return;
    }
    const problem = DomainError.unauthorized('metrics.token_required', 'Metrics need the metrics token').toProblem();
    return reply
      .status(401)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('www-authenticate', 'Bearer realm="metrics"')
      .send(toProblemDocument(problem, request.url));
  });
}

import type { FastifyRequest } from 'fastify';
import type { Principal } from '@skillproof/contracts';

/** A request after authentication: `principal` is set when valid credentials came with it. */
export type AuthenticatedRequest = FastifyRequest & { principal?: Principal; traceparent?: string };

/**
 * What guards and parameter decorators read of a caller. Over HTTP it is the request itself; a
 * websocket subscription has no request of its own, so its connection stands in (see
 * ConnectionAuthenticator).
 */
export type CallerRequest = Pick<AuthenticatedRequest, 'principal' | 'traceparent'>;

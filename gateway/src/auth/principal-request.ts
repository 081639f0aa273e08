import type { FastifyRequest } from 'fastify';
import type { Principal } from '@skillproof/contracts';

/** A request after authentication: `principal` is set when valid credentials came with it. */
export type AuthenticatedRequest = FastifyRequest & { principal?: Principal; traceparent?: string };

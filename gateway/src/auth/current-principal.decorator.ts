import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@skillproof/contracts';
import { requestOf } from './request-of';

/** The verified caller of the request, or undefined on a public route called anonymously. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined => requestOf(context).principal,
);

/** The W3C trace context of the request, to pass on to services. */
export const Traceparent = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => requestOf(context).traceparent,
);

import { Catch } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { RpcProblem } from '@skillproof/contracts';
import { ProblemFilter } from '@skillproof/platform';

/** Problems over REST as RFC 9457 documents, over GraphQL as errors carrying the same code and status. */
@Catch()
export class GatewayProblemFilter extends ProblemFilter {
  protected override answerOther(problem: RpcProblem): never {
    throw new GraphQLError(problem.detail, {
      extensions: { code: problem.code, status: problem.status, ...(problem.errors ? { errors: problem.errors } : {}) },
    });
  }
}

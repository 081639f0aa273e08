import { BadRequestException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { toRpcProblem } from './problem';

describe('toRpcProblem', () => {
  it('keeps a domain error as the service meant it', () => {
    expect(toRpcProblem(DomainError.conflict('submission.exists', 'Already submitted')).problem).toMatchObject({
      status: 409,
      code: 'submission.exists',
    });
  });

  it('maps a framework HTTP error to its status', () => {
    expect(toRpcProblem(new BadRequestException('no')).problem).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it('tells the caller to retry, with a 503, when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shuttingDown = Object.assign(new Error('terminating connection due to administrator command'), {
      driverError: { code: '57P01' },
    });
    const full = Object.assign(new Error('sorry, too many clients already'), { code: '53300' });
    for (const error of [refused, shuttingDown, full, new Error('Connection terminated unexpectedly')]) {
      expect(toRpcProblem(error)).toEqual({ problem: expect.objectContaining({ status: 503 }), expected: true });
    }
  });

  it('answers anything else as a bare 500 that reveals nothing, and marks it for the log', () => {
    const result = toRpcProblem(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(result.expected).toBe(false);
    expect(result.problem).toMatchObject({ status: 500, code: 'internal' });
    expect(result.problem.detail).not.toContain('undefined');
  });
});

import { APPLICATION_STATUSES } from '@skillproof/contracts';
import { canMove } from './application-status.util';

describe('application status machine', () => {
  it('walks the pipeline forward one step at a time', () => {
    expect(canMove('applied', 'screening')).toBe(true);
    expect(canMove('screening', 'interview')).toBe(true);
    expect(canMove('interview', 'offer')).toBe(true);
    expect(canMove('offer', 'hired')).toBe(true);
  });

  it('refuses skipping a step, going back, or staying put', () => {
    expect(canMove('applied', 'interview')).toBe(false);
    expect(canMove('applied', 'hired')).toBe(false);
    expect(canMove('interview', 'screening')).toBe(false);
    expect(canMove('screening', 'screening')).toBe(false);
  });

  it('rejects from any open step', () => {
    for (const from of ['applied', 'screening', 'interview', 'offer'] as const)
      expect(canMove(from, 'rejected')).toBe(true);
  });

  it('treats hired and rejected as final', () => {
    for (const to of APPLICATION_STATUSES) {
      expect(canMove('hired', to)).toBe(false);
      expect(canMove('rejected', to)).toBe(false);
    }
  });
});

import type { ApplicationStatus } from '@skillproof/contracts';

/** The hiring pipeline: forward one step at a time, rejection from any open step, nothing after the end. */
const NEXT: Record<ApplicationStatus, ApplicationStatus[]> = {
  applied: ['screening', 'rejected'],
  screening: ['interview', 'rejected'],
  interview: ['offer', 'rejected'],
  offer: ['hired', 'rejected'],
  hired: [],
  rejected: [],
};

export function canMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: ApplicationStatus): ApplicationStatus[] {
  return NEXT[from];
}

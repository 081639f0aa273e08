import { isReservedHandle } from './handle.rule';

describe('reserved handles', () => {
  it.each(['admin', 'support', 'skillproof', 'skillproof-support', 'the-skill-proof', 'Staff'])(
    'refuses %s',
    (handle) => {
      expect(isReservedHandle(handle)).toBe(true);
    },
  );

  it.each(['ada-lovelace', 'admins-fan', 'supporter', 'skill-pro'])('allows %s', (handle) => {
    expect(isReservedHandle(handle)).toBe(false);
  });
});

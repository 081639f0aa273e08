import { useSyncExternalStore } from 'react';
import { sessions, type Session } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(sessions.subscribe, sessions.get);
}

import type { AuthSession, User } from '../api/types';

const KEY = 'skillproof.session';

export interface Session {
  accessToken: string;
  user: User;
  /** When the access token stops working (epoch ms), read from the token itself. */
  expiresAt: number;
}

type Listener = () => void;

/**
 * The signed-in account, kept in localStorage so that a reload or a second tab stays signed in.
 * Access tokens are short-lived and there is no refresh endpoint: an expired token ends the session.
 */
class SessionStore {
  private current: Session | null = null;
  private expiry?: ReturnType<typeof setTimeout>;
  private readonly listeners = new Set<Listener>();

  constructor() {
    this.use(read());
    window.addEventListener('storage', (event) => {
      if (event.key !== KEY) return;
      this.use(read());
      this.emit();
    });
  }

  get = (): Session | null => this.current;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(session: AuthSession): Session {
    const started = { accessToken: session.accessToken, user: session.user, expiresAt: expiryOf(session.accessToken) };
    localStorage.setItem(KEY, JSON.stringify(started));
    this.use(started);
    this.emit();
    return started;
  }

  end(): void {
    if (!this.current) return;
    localStorage.removeItem(KEY);
    this.use(null);
    this.emit();
  }

  /** Holds the session and ends it when its token expires, so the page shows "Sign in" again. */
  private use(session: Session | null): void {
    clearTimeout(this.expiry);
    this.current = session;
    if (session) this.expiry = setTimeout(() => this.end(), session.expiresAt - Date.now());
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

function read(): Session | null {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
    return stored && stored.expiresAt > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

/** The `exp` claim of a JWT; a token that cannot be read is treated as lasting a quarter of an hour. */
function expiryOf(token: string): number {
  try {
    const payload = token.split('.')[1] ?? '';
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    if (typeof claims.exp === 'number') return claims.exp * 1000;
  } catch {
    // falls through to the default lifetime
  }
  return Date.now() + 15 * 60 * 1000;
}

export const sessions = new SessionStore();

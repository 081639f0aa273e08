export const ROLES = ['candidate', 'company', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, as the gateway established it from a verified token or API key. Services receive
 * it with every private request and make their ownership checks against it.
 */
export interface Principal {
  userId: string;
  role: Role;
  /** Set for company members and for company API keys. */
  companyId?: string;
  via: 'token' | 'api-key';
}

/** The payload shape of a request made on behalf of someone. */
export interface OnBehalfOf {
  principal?: Principal;
}

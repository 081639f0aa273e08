import type { Verification } from './webhooks.contract';

/**
 * Who stands behind a piece of evidence (DESIGN.md, Trust): the platform, for admin challenges and
 * company challenges an admin approved, or the company whose own challenge or review it is.
 */
export const ISSUER_KINDS = ['platform', 'company'] as const;
export type IssuerKind = (typeof ISSUER_KINDS)[number];

export interface Issuer {
  kind: IssuerKind;
  /** Set when a company issued it. */
  companyId?: string;
  name: string;
}

/** The person who changed or accepted a grade, and on whose behalf. */
export interface Reviewer {
  userId: string;
  kind: IssuerKind;
  /** The company's name for a company member, the platform's for an admin. */
  name: string;
}

/** The name evidence issued by the platform carries. */
export const PLATFORM_NAME = 'Skillproof';

/**
 * Whom a grade counts for:
 * - `public`: the candidate's public verified score (and so every company's view);
 * - `company`: only the owning company's view of its applicants (its unapproved challenge, its own review);
 * - `practice`: nobody; feedback for the candidate only;
 * - `under_review`: flagged as an attempt to steer the grader, counting for nobody until reviewed.
 */
export const STANDINGS = ['public', 'company', 'practice', 'under_review'] as const;
export type Standing = (typeof STANDINGS)[number];

/** How a grade was reached, whom it counts for and who stands behind it; carried by every grade and evidence item. */
export interface GradeTrust {
  verification: Verification;
  issuer: Issuer;
  /** Set on `reviewed` grades. */
  reviewer: Reviewer | null;
  standing: Standing;
}

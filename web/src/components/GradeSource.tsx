/**
 * How a grade or a piece of evidence was earned. Every place that shows a score goes through here,
 * so a reader can always judge it: what graded it (hidden tests, a model against the rubric, a
 * person, or the offline practice grader), with which model, and who issued it.
 */
interface GradeOrigin {
  /** Grades and evidence carry other fields too; this reads the ones that tell how it was earned. */
  [field: string]: unknown;
  grader?: string | null;
  model?: string | null;
  graderVersion?: string | null;
  verification?: 'tested' | 'ai' | 'reviewed' | 'practice' | null;
  issuer?: { kind: 'platform' | 'company'; name: string } | null;
}

type Kind = NonNullable<GradeOrigin['verification']>;

const FROM_GRADER: Record<string, Kind> = { openai: 'ai', heuristic: 'practice', human: 'reviewed', sandbox: 'tested' };

const LABEL: Record<Kind, string> = {
  tested: 'Graded by running hidden tests',
  ai: 'AI-graded against the rubric',
  reviewed: 'Reviewed by a person',
  practice: 'Practice feedback, not verified',
};

function kindOf(origin: GradeOrigin): Kind | null {
  return origin.verification ?? (origin.grader ? (FROM_GRADER[origin.grader] ?? null) : null);
}

export function GradeSource({ origin, compact = false }: { origin: GradeOrigin; compact?: boolean }) {
  const kind = kindOf(origin);
  const details = [
    origin.model ? `model ${origin.model}` : null,
    !compact && origin.graderVersion ? `grader ${origin.graderVersion}` : null,
    origin.issuer ? `issued by ${origin.issuer.name}` : null,
  ].filter(Boolean);
  return (
    <span className={`source source-${kind ?? 'unknown'}`}>
      <span className="source-label">{kind ? LABEL[kind] : 'Graded challenge submission'}</span>
      {details.length > 0 && <span className="source-detail"> · {details.join(' · ')}</span>}
    </span>
  );
}

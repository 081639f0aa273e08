import type { CalibrationSet } from '@skillproof/contracts';
import type { Grader } from '../graders/grader';
import { agreement, type CriterionAgreement } from './agreement';

export interface ChallengeCalibration {
  challengeId: string;
  title: string;
  rubricVersion: number;
  references: number;
  failures: string[];
  criteria: CriterionAgreement[];
}

/** Grades every reference submission with the grader and compares it with the human scores, per criterion. */
export async function calibrate(grader: Grader, set: CalibrationSet): Promise<ChallengeCalibration> {
  const machine = new Map<string, number[]>(set.criteria.map((criterion) => [criterion.key, []]));
  const human = new Map<string, number[]>(set.criteria.map((criterion) => [criterion.key, []]));
  const failures: string[] = [];
  for (const reference of set.references) {
    try {
      const output = await grader.grade({
        challengeTitle: set.title,
        brief: set.brief,
        criteria: set.criteria,
        content: reference.content,
      });
      for (const grade of output.criteria) {
        if (reference.humanScores[grade.key] === undefined) continue;
        machine.get(grade.key)?.push(grade.score);
        human.get(grade.key)?.push(reference.humanScores[grade.key]);
      }
    } catch (error) {
      failures.push(`${reference.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return {
    challengeId: set.challengeId,
    title: set.title,
    rubricVersion: set.rubricVersion,
    references: set.references.length,
    failures,
    criteria: set.criteria.map((criterion) =>
      agreement(criterion.key, machine.get(criterion.key) ?? [], human.get(criterion.key) ?? []),
    ),
  };
}

export function formatCalibration(grader: Grader, results: ChallengeCalibration[]): string {
  const lines = [`Grader ${grader.name} ${grader.version}${grader.model ? ` (model ${grader.model})` : ''}`, ''];
  for (const result of results) {
    lines.push(`${result.title} — rubric v${result.rubricVersion}, ${result.references} reference submissions`);
    lines.push(
      `  ${'criterion'.padEnd(22)}${'n'.padStart(4)}${'QWK'.padStart(9)}${'MAE'.padStart(9)}${'bias'.padStart(9)}`,
    );
    for (const row of result.criteria) {
      lines.push(
        `  ${row.criterion.padEnd(22)}${String(row.n).padStart(4)}${fixed(row.kappa, 3)}${fixed(row.mae, 1)}${fixed(row.bias, 1, true)}`,
      );
    }
    for (const failure of result.failures) lines.push(`  failed: ${failure}`);
    lines.push('');
  }
  return lines.join('\n');
}

function fixed(value: number, digits: number, signed = false): string {
  const text = Number.isNaN(value) ? 'n/a' : `${signed && value > 0 ? '+' : ''}${value.toFixed(digits)}`;
  return text.padStart(9);
}

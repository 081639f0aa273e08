/** Scores 0–100 are compared on an 11-point scale (0, 10, …, 100), as human graders mark in tens. */
export const KAPPA_CATEGORIES = 11;

export function toCategory(score: number): number {
  return Math.min(KAPPA_CATEGORIES - 1, Math.max(0, Math.round(score / 10)));
}

/**
 * Cohen's kappa with quadratic weights between two raters' categories: 1 is perfect agreement,
 * 0 is what chance alone gives, below 0 is worse than chance. Disagreements count by their
 * squared distance, so 7 against 8 costs far less than 2 against 8.
 */
export function quadraticWeightedKappa(a: number[], b: number[], categories = KAPPA_CATEGORIES): number {
  if (a.length !== b.length) throw new Error('both raters must rate the same items');
  const n = a.length;
  if (n === 0) return Number.NaN;
  const observed = Array.from({ length: categories }, () => new Array<number>(categories).fill(0));
  const histogramA = new Array<number>(categories).fill(0);
  const histogramB = new Array<number>(categories).fill(0);
  a.forEach((rating, index) => {
    observed[rating][b[index]] += 1;
    histogramA[rating] += 1;
    histogramB[b[index]] += 1;
  });
  let disagreement = 0;
  let expectedDisagreement = 0;
  for (let i = 0; i < categories; i += 1) {
    for (let j = 0; j < categories; j += 1) {
      const weight = (i - j) ** 2 / (categories - 1) ** 2;
      disagreement += weight * observed[i][j];
      expectedDisagreement += (weight * histogramA[i] * histogramB[j]) / n;
    }
  }
  if (expectedDisagreement === 0) return disagreement === 0 ? 1 : 0;
  return 1 - disagreement / expectedDisagreement;
}

export function meanAbsoluteError(machine: number[], human: number[]): number {
  return mean(machine.map((score, index) => Math.abs(score - human[index])));
}

/** Positive when the machine grades more generously than the humans, negative when more harshly. */
export function signedBias(machine: number[], human: number[]): number {
  return mean(machine.map((score, index) => score - human[index]));
}

export interface CriterionAgreement {
  criterion: string;
  n: number;
  kappa: number;
  mae: number;
  bias: number;
}

export function agreement(criterion: string, machine: number[], human: number[]): CriterionAgreement {
  return {
    criterion,
    n: machine.length,
    kappa: quadraticWeightedKappa(machine.map(toCategory), human.map(toCategory)),
    mae: meanAbsoluteError(machine, human),
    bias: signedBias(machine, human),
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

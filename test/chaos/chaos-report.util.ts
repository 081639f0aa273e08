import type { Tally } from './ledger-checks.util';

export interface HealRecord {
  fault: string;
  /** Submissions sent when the fault struck. */
  atSubmission: number;
  healMs: number;
}

export interface ChaosReport {
  title: string;
  sent: number;
  tallies: Tally[];
  heals: HealRecord[];
  notes: string[];
}

/** The figures of a chaos run as plain text tables, for the log and the README. */
export function formatChaosReport(report: ChaosReport): string {
  const outcome = table(
    ['', 'expected', 'found', 'lost', 'duplicated'],
    report.tallies.map((tally) => [
      tally.what,
      String(tally.expected),
      String(tally.found),
      String(tally.lost),
      String(tally.duplicated),
    ]),
  );
  const heals = table(
    ['fault', 'at submission', 'healed in'],
    report.heals.map((heal) => [heal.fault, String(heal.atSubmission), `${(heal.healMs / 1000).toFixed(1)} s`]),
  );
  return [`${report.title}: ${report.sent} submissions sent`, outcome, heals, ...report.notes].join('\n\n');
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

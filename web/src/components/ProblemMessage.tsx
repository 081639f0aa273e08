import type { ReactNode } from 'react';
import { toProblem } from '../api/problem';

/** Shows what the gateway said went wrong: its title, its `detail`, and each field it named. */
export function ProblemMessage({ error, action }: { error: unknown; action?: ReactNode }) {
  const problem = toProblem(error);
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{problem.title}</p>
      <p>{problem.detail}</p>
      {problem.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((entry) => (
            <li key={`${entry.field}:${entry.message}`}>
              <code>{entry.field}</code>: {entry.message}
            </li>
          ))}
        </ul>
      )}
      {action}
    </div>
  );
}

import type { RubricCriterion } from '../api/types';
import { TableFrame } from './TableFrame';

/** The published rubric: what is judged and how much each part counts. */
export function Rubric({ criteria }: { criteria: RubricCriterion[] }) {
  return (
    <TableFrame label="Rubric table">
      <table className="rubric">
        <caption>Rubric: how the work is graded</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">What earns the marks</th>
            <th scope="col" className="numeric">
              Weight
            </th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => (
            <tr key={criterion.key}>
              <th scope="row">
                <code>{criterion.key}</code>
              </th>
              <td>{criterion.description}</td>
              <td className="numeric">{criterion.weight}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

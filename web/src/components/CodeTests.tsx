import type { components } from '../api/schema';
import { TableFrame } from './TableFrame';

type ChallengeCode = components['schemas']['ChallengeCodeDto'];
type TestResult = components['schemas']['CodeTestResultDto'];

const LANGUAGE: Record<ChallengeCode['language'], string> = {
  python: 'Python',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  sql: 'SQL',
};

const STATUS: Record<TestResult['status'], { label: string; tone: string }> = {
  passed: { label: 'Passed', tone: 'ok' },
  failed: { label: 'Failed', tone: 'danger' },
  error: { label: 'Error', tone: 'danger' },
  timeout: { label: 'Timed out', tone: 'warn' },
  memory: { label: 'Out of memory', tone: 'warn' },
};

/** Test values are any JSON; shown as JSON so a string and a number never look alike. */
function json(value: unknown): string {
  return JSON.stringify(value);
}

export function languageName(language: ChallengeCode['language']): string {
  return LANGUAGE[language];
}

/** What a code challenge asks for: the language, the function graded, and the tests a candidate may see. */
export function CodeSpec({ code }: { code: ChallengeCode }) {
  const visible = code.tests.filter((test) => !test.hidden);
  return (
    <div className="stack">
      <dl className="facts code-facts">
        <div>
          <dt>Language</dt>
          <dd>{LANGUAGE[code.language]}</dd>
        </div>
        <div>
          <dt>Entry point</dt>
          <dd>
            <code>{code.entrypoint}</code>
          </dd>
        </div>
        <div>
          <dt>Hidden tests</dt>
          <dd>
            {code.hiddenTestCount} hidden {code.hiddenTestCount === 1 ? 'test' : 'tests'}
          </dd>
        </div>
      </dl>
      {visible.length > 0 && (
        <TableFrame label="Visible tests table">
          <table className="code-tests">
            <caption>Visible tests: the arguments passed and the value expected back</caption>
            <thead>
              <tr>
                <th scope="col">Test</th>
                <th scope="col">Arguments</th>
                <th scope="col">Expected</th>
                <th scope="col" className="numeric">
                  Weight
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((test) => (
                <tr key={test.name}>
                  <th scope="row">{test.name}</th>
                  <td>
                    <code>{test.args.map(json).join(', ')}</code>
                  </td>
                  <td>
                    <code>{json(test.expected)}</code>
                  </td>
                  <td className="numeric">{test.weight}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <p className="muted">Your code is graded by all the tests, hidden ones included; each counts for its weight.</p>
    </div>
  );
}

/** Each test a submission ran. Hidden tests give away only whether they passed and how long they took. */
export function TestResults({ tests }: { tests: TestResult[] }) {
  const passed = tests.filter((test) => test.status === 'passed').length;
  return (
    <TableFrame label="Test results table">
      <table className="code-tests">
        <caption>
          Tests: {passed} of {tests.length} passed
        </caption>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Result</th>
            <th scope="col" className="numeric">
              Time
            </th>
            <th scope="col">Expected</th>
            <th scope="col">Your code returned</th>
          </tr>
        </thead>
        <tbody>
          {tests.map((test) => (
            <tr key={test.name}>
              <th scope="row">
                {test.name}
                {test.hidden && <span className="muted"> (hidden)</span>}
              </th>
              <td>
                <span className={`tag tag-${STATUS[test.status].tone}`}>{STATUS[test.status].label}</span>
              </td>
              <td className="numeric">{Math.round(test.timeMs)} ms</td>
              {test.hidden ? (
                <td colSpan={2} className="muted">
                  Hidden
                </td>
              ) : (
                <>
                  <td>
                    <code>{json(test.expected)}</code>
                  </td>
                  <td>
                    {'actual' in test && <code>{json(test.actual)}</code>}
                    {test.message && <p className="muted">{test.message}</p>}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

import { CodeEditor } from '../../components/CodeEditor';
import { SelectField, TextArea, TextField } from '../../components/Field';
import { CODE_LANGUAGES, EMPTY_TEST, type CodeDraft, type CodeLanguage, type TestDraft } from './code-challenge-draft';

const MAX_TESTS = 50;

interface CodeChallengeFieldsProps {
  draft: CodeDraft;
  onChange: (draft: CodeDraft) => void;
  /** The last error of the form: the gateway's problem, or the form's own when a test's JSON does not parse. */
  error: unknown;
}

/** What a code challenge needs: the language, the function tests call, the code both sides start from, the tests. */
export function CodeChallengeFields({ draft, onChange, error }: CodeChallengeFieldsProps) {
  const change = (patch: Partial<CodeDraft>) => onChange({ ...draft, ...patch });
  const setTest = (index: number, patch: Partial<TestDraft>) =>
    change({ tests: draft.tests.map((test, at) => (at === index ? { ...test, ...patch } : test)) });
  const total = draft.tests.reduce((sum, test) => sum + (Number(test.weight) || 0), 0);
  const sql = draft.language === 'sql';

  return (
    <>
      <fieldset>
        <legend>Code</legend>
        <div className="row">
          <SelectField
            label="Language"
            name="code.language"
            value={draft.language}
            onChange={(event) => change({ language: event.target.value as CodeLanguage })}
            error={error}
          >
            {CODE_LANGUAGES.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Entry point"
            name="code.entrypoint"
            hint={sql ? 'A name for the query, such as query' : 'The function every test calls'}
            required
            value={draft.entrypoint}
            onChange={(event) => change({ entrypoint: event.target.value })}
            error={error}
          />
        </div>
        {sql && (
          <TextArea
            label="Schema"
            name="code.sql.schema"
            hint="CREATE TABLE statements every test starts from."
            required
            rows={4}
            className="code-editor"
            spellCheck={false}
            value={draft.schema}
            onChange={(event) => change({ schema: event.target.value })}
            error={error}
          />
        )}
        <CodeEditor
          label="Starter code"
          name="code.starterCode"
          hint="What candidates see in the editor when they start. Tab indents; Esc, then Tab, leaves the editor."
          rows={6}
          value={draft.starterCode}
          onChange={(starterCode) => change({ starterCode })}
          error={error}
        />
        <CodeEditor
          label="Reference solution"
          name="code.referenceSolution"
          hint="Never shown to candidates. Publishing runs it against every test, and refuses if any fails."
          rows={8}
          value={draft.referenceSolution}
          onChange={(referenceSolution) => change({ referenceSolution })}
          error={error}
        />
      </fieldset>
      <fieldset>
        <legend>Tests</legend>
        <p className="field-hint" aria-live="polite">
          Weights add up to 100; now {total}. Candidates see the arguments and expected values of visible tests only.
        </p>
        {draft.tests.map((test, index) => (
          <div key={index} className="criterion-row">
            <TextField
              label={`Test ${index + 1} name`}
              name={`code.tests.${index}.name`}
              required
              value={test.name}
              onChange={(event) => setTest(index, { name: event.target.value })}
              error={error}
            />
            <TextField
              label={`Test ${index + 1} weight`}
              name={`code.tests.${index}.weight`}
              type="number"
              min={0}
              max={100}
              required
              value={test.weight}
              onChange={(event) => setTest(index, { weight: Number(event.target.value) })}
              error={error}
            />
            <TextArea
              label={sql ? `Test ${index + 1} rows (SQL)` : `Test ${index + 1} arguments (JSON array)`}
              name={`code.tests.${index}.args`}
              hint={sql ? 'INSERT statements for this test; may be empty.' : 'Such as [[1, 2], "mean"]'}
              rows={2}
              className="code-editor"
              spellCheck={false}
              value={test.args}
              onChange={(event) => setTest(index, { args: event.target.value })}
              error={error}
            />
            <TextArea
              label={`Test ${index + 1} expected (JSON)`}
              name={`code.tests.${index}.expected`}
              hint={sql ? 'The rows, such as [{"customer": "ana", "total": 17}]' : 'The value the entry point returns'}
              rows={2}
              className="code-editor"
              spellCheck={false}
              value={test.expected}
              onChange={(event) => setTest(index, { expected: event.target.value })}
              error={error}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={test.hidden}
                onChange={(event) => setTest(index, { hidden: event.target.checked })}
              />{' '}
              Test {index + 1} hidden from candidates
            </label>
            {draft.tests.length > 1 && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => change({ tests: draft.tests.filter((_, at) => at !== index) })}
              >
                Remove test {index + 1}
              </button>
            )}
          </div>
        ))}
        {draft.tests.length < MAX_TESTS && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => change({ tests: [...draft.tests, EMPTY_TEST] })}
          >
            Add a test
          </button>
        )}
      </fieldset>
      <TextField
        label="AI review share of the score (%)"
        name="code.scoring.review"
        hint="0 grades by the tests alone. Above 0, a model also reviews the code's quality against criteria you write below; it never sees the tests, and it moves a score by no more than its share."
        type="number"
        min={0}
        max={100}
        required
        value={draft.review}
        onChange={(event) => change({ review: Number(event.target.value) })}
        error={error}
      />
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, invalidate } from '../../api/client';
import { fieldError } from '../../api/problem';
import type { Level, RubricCriterion } from '../../api/types';
import { RequireRole } from '../../auth/RequireRole';
import type { Session } from '../../auth/session';
import { SelectField, TextArea, TextField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { LEVEL_LABEL, LEVELS } from '../../components/format';
import { companyDrafts } from './company-listings';
import { SkillOptions } from '../../components/SkillOptions';
import { CodeChallengeFields } from './CodeChallengeFields';
import { EMPTY_CODE_DRAFT, toCodeInput, type CodeDraft } from './code-challenge-draft';
import type { Problem } from '../../api/types';
import { ItemActionButton } from '../../components/ItemActionButton';

const EMPTY_CRITERION: RubricCriterion = { key: '', description: '', weight: 0 };

type Kind = 'rubric' | 'code';

export default function ChallengeCreatePage() {
  return (
    <RequireRole role="company" title="New challenge">
      {(session) => <ChallengeForm session={session} />}
    </RequireRole>
  );
}

function ChallengeForm({ session }: { session: Session }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [brief, setBrief] = useState('');
  const [skills, setSkills] = useState<string[]>(['']);
  const [difficulty, setDifficulty] = useState<Level>('intermediate');
  const [timeLimit, setTimeLimit] = useState(45);
  const [kind, setKind] = useState<Kind>('rubric');
  const [code, setCode] = useState<CodeDraft>(EMPTY_CODE_DRAFT);
  const [draftProblem, setDraftProblem] = useState<Problem | null>(null);
  const [criteria, setCriteria] = useState<RubricCriterion[]>([
    { ...EMPTY_CRITERION, weight: 50 },
    { ...EMPTY_CRITERION, weight: 50 },
  ]);
  const create = api.useMutation('post', '/v1/challenges', {
    onSuccess: (challenge) => {
      if (session.user.companyId) companyDrafts.remember(session.user.companyId, challenge.id);
      void invalidate('/v1/challenges');
      void navigate(`/challenges/${challenge.id}`);
    },
  });
  const error = draftProblem ?? create.error;
  const withRubric = kind === 'rubric' || code.review > 0;
  const total = criteria.reduce((sum, criterion) => sum + (Number(criterion.weight) || 0), 0);
  const setCriterion = (index: number, change: Partial<RubricCriterion>) =>
    setCriteria(criteria.map((criterion, at) => (at === index ? { ...criterion, ...change } : criterion)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = kind === 'code' ? toCodeInput(code) : undefined;
    setDraftProblem(parsed?.problem ?? null);
    if (parsed?.problem) return;
    create.mutate({
      body: {
        title,
        brief,
        skills: skills.filter(Boolean),
        difficulty,
        timeLimitMinutes: timeLimit,
        kind,
        ...(withRubric ? { rubric: { criteria } } : {}),
        ...(parsed?.input ? { code: parsed.input } : {}),
      },
    });
  };

  return (
    <>
      <title>New challenge · Skillproof</title>
      <header className="page-head">
        <h1>New challenge</h1>
        <p className="lede">
          A practical task and how it is graded: by a rubric or by tests. It is saved as a draft; publish it when it
          reads right.
        </p>
      </header>
      <form onSubmit={onSubmit} className="stack form-wide">
        <TextField
          label="Title"
          name="title"
          required
          minLength={5}
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={error}
        />
        <TextArea
          label="Brief"
          name="brief"
          hint="What the candidate gets and what they must hand in. At least 20 characters."
          required
          rows={8}
          value={brief}
          onChange={(event) => setBrief(event.target.value)}
          error={error}
        />
        <fieldset>
          <legend>Skills it proves (1 to 3)</legend>
          {fieldError(error, 'skills') && <p className="field-error">{fieldError(error, 'skills')}</p>}
          {skills.map((skill, index) => (
            <div key={index} className="row">
              <SelectField
                label={`Skill ${index + 1}`}
                name={`skills.${index}`}
                value={skill}
                onChange={(event) => setSkills(skills.map((value, at) => (at === index ? event.target.value : value)))}
                error={error}
              >
                <SkillOptions empty="Choose a skill" />
              </SelectField>
              {skills.length > 1 && (
                <ItemActionButton
                  action="Remove"
                  item={`skill ${index + 1}`}
                  onClick={() => setSkills(skills.filter((_, at) => at !== index))}
                />
              )}
            </div>
          ))}
          {skills.length < 3 && (
            <button type="button" className="button button-quiet" onClick={() => setSkills([...skills, ''])}>
              Add a skill
            </button>
          )}
        </fieldset>
        <div className="row">
          <SelectField
            label="Difficulty"
            name="difficulty"
            value={difficulty}
            onChange={(event) => setDifficulty(event.target.value as Level)}
            error={error}
          >
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABEL[level]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Time limit (minutes)"
            name="timeLimitMinutes"
            type="number"
            min={5}
            required
            value={timeLimit}
            onChange={(event) => setTimeLimit(Number(event.target.value))}
            error={error}
          />
        </div>
        <fieldset>
          <legend>How it is graded</legend>
          <label className="check">
            <input type="radio" name="kind" checked={kind === 'rubric'} onChange={() => setKind('rubric')} /> By a
            rubric: a model grades written work criterion by criterion
          </label>
          <label className="check">
            <input type="radio" name="kind" checked={kind === 'code'} onChange={() => setKind('code')} /> By tests:
            candidates write code that runs against your tests in a sandbox
          </label>
        </fieldset>
        {kind === 'code' && <CodeChallengeFields draft={code} onChange={setCode} error={error} />}
        {withRubric && (
          <fieldset>
            <legend>{kind === 'code' ? 'Review criteria' : 'Rubric'}</legend>
            <p className="field-hint" aria-live="polite">
              Weights add up to 100; now {total}.
            </p>
            {criteria.map((criterion, index) => (
              <div key={index} className="criterion-row">
                <TextField
                  label={`Criterion ${index + 1} key`}
                  name={`rubric.criteria.${index}.key`}
                  hint="lowercase_with_underscores"
                  required
                  value={criterion.key}
                  onChange={(event) => setCriterion(index, { key: event.target.value })}
                  error={error}
                />
                <TextField
                  label={`Criterion ${index + 1} weight`}
                  name={`rubric.criteria.${index}.weight`}
                  type="number"
                  min={1}
                  max={100}
                  required
                  value={criterion.weight}
                  onChange={(event) => setCriterion(index, { weight: Number(event.target.value) })}
                  error={error}
                />
                <TextArea
                  label={`Criterion ${index + 1}: what earns the marks`}
                  name={`rubric.criteria.${index}.description`}
                  required
                  rows={2}
                  value={criterion.description}
                  onChange={(event) => setCriterion(index, { description: event.target.value })}
                  error={error}
                />
                {criteria.length > 1 && (
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => setCriteria(criteria.filter((_, at) => at !== index))}
                  >
                    Remove criterion {index + 1}
                  </button>
                )}
              </div>
            ))}
            {criteria.length < 10 && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setCriteria([...criteria, EMPTY_CRITERION])}
              >
                Add a criterion
              </button>
            )}
          </fieldset>
        )}
        {(draftProblem ?? create.isError) && <ProblemMessage error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Save draft'}
          </button>
        </div>
      </form>
    </>
  );
}

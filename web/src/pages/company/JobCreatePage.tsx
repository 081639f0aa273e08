import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, invalidate } from '../../api/client';
import type { JobCreate } from '../../api/types';
import { RequireRole } from '../../auth/RequireRole';
import type { Session } from '../../auth/session';
import { SelectField, TextArea, TextField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useCompanyChallenges } from './company-listings';
import { SkillOptions } from '../../components/SkillOptions';
import { ItemActionButton } from '../../components/ItemActionButton';

type Requirement = JobCreate['skills'][number];

export default function JobCreatePage() {
  return (
    <RequireRole role="company" title="Post a job">
      {(session) => <JobForm session={session} />}
    </RequireRole>
  );
}

function JobForm({ session }: { session: Session }) {
  const navigate = useNavigate();
  const challenges = useCompanyChallenges(session.user.companyId ?? '');
  const [form, setForm] = useState({ title: '', description: '', location: '', remote: false, challengeId: '' });
  const [salary, setSalary] = useState({ min: '', max: '', currency: 'USD' });
  const [requirements, setRequirements] = useState<Requirement[]>([{ skill: '', minScore: 70 }]);
  const post = api.useMutation('post', '/v1/jobs', {
    onSuccess: (job) => {
      void invalidate('/v1/jobs');
      void navigate(`/company/jobs/${job.id}`);
    },
  });
  const set = (field: 'title' | 'description' | 'location' | 'challengeId') => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  const setRequirement = (index: number, change: Partial<Requirement>) =>
    setRequirements(
      requirements.map((requirement, at) => (at === index ? { ...requirement, ...change } : requirement)),
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate({
      body: {
        title: form.title,
        description: form.description,
        location: form.location,
        remote: form.remote,
        skills: requirements.filter((requirement) => requirement.skill),
        ...(salary.min && salary.max
          ? { salary: { min: Number(salary.min), max: Number(salary.max), currency: salary.currency } }
          : {}),
        ...(form.challengeId ? { challengeId: form.challengeId } : {}),
      },
    });
  };

  return (
    <>
      <title>Post a job · Skillproof</title>
      <header className="page-head">
        <h1>Post a job</h1>
        <p className="lede">Ask for verified skills instead of CV lines; applicants arrive ranked by their evidence.</p>
      </header>
      <form onSubmit={onSubmit} className="stack form-wide">
        <TextField
          label="Title"
          name="title"
          required
          minLength={3}
          value={form.title}
          onChange={set('title')}
          error={post.error}
        />
        <TextArea
          label="Description"
          name="description"
          required
          rows={6}
          value={form.description}
          onChange={set('description')}
          error={post.error}
        />
        <div className="row">
          <TextField
            label="Location"
            name="location"
            required
            value={form.location}
            onChange={set('location')}
            error={post.error}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={form.remote}
              onChange={(event) => setForm({ ...form, remote: event.target.checked })}
            />
            Remote possible
          </label>
        </div>
        <fieldset>
          <legend>Salary (optional)</legend>
          <div className="row">
            <TextField
              label="From"
              name="salary.min"
              type="number"
              min={0}
              value={salary.min}
              onChange={(event) => setSalary({ ...salary, min: event.target.value })}
              error={post.error}
            />
            <TextField
              label="To"
              name="salary.max"
              type="number"
              min={0}
              value={salary.max}
              onChange={(event) => setSalary({ ...salary, max: event.target.value })}
              error={post.error}
            />
            <SelectField
              label="Currency"
              name="salary.currency"
              value={salary.currency}
              onChange={(event) => setSalary({ ...salary, currency: event.target.value })}
              error={post.error}
            >
              {['USD', 'EUR', 'GBP', 'CAD'].map((currency) => (
                <option key={currency}>{currency}</option>
              ))}
            </SelectField>
          </div>
        </fieldset>
        <fieldset>
          <legend>Verified skills it needs</legend>
          {requirements.map((requirement, index) => (
            <div key={index} className="row">
              <SelectField
                label={`Skill ${index + 1}`}
                name={`skills.${index}.skill`}
                value={requirement.skill}
                onChange={(event) => setRequirement(index, { skill: event.target.value })}
                error={post.error}
              >
                <SkillOptions empty="Choose a skill" />
              </SelectField>
              <TextField
                label={`Lowest verified score for skill ${index + 1}`}
                name={`skills.${index}.minScore`}
                type="number"
                min={1}
                max={100}
                value={requirement.minScore}
                onChange={(event) => setRequirement(index, { minScore: Number(event.target.value) })}
                error={post.error}
              />
              {requirements.length > 1 && (
                <ItemActionButton
                  action="Remove"
                  item={`skill ${index + 1}`}
                  onClick={() => setRequirements(requirements.filter((_, at) => at !== index))}
                />
              )}
            </div>
          ))}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setRequirements([...requirements, { skill: '', minScore: 70 }])}
          >
            Add a skill
          </button>
        </fieldset>
        <SelectField
          label="Hiring task (optional)"
          name="challengeId"
          hint="One of your published challenges that applicants take to earn the evidence."
          value={form.challengeId}
          onChange={set('challengeId')}
          error={post.error}
        >
          <option value="">None</option>
          {challenges.data
            ?.filter((challenge) => challenge.status === 'published')
            .map((challenge) => (
              <option key={challenge.id} value={challenge.id}>
                {challenge.title}
              </option>
            ))}
        </SelectField>
        {post.isError && <ProblemMessage error={post.error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={post.isPending}>
            {post.isPending ? 'Posting…' : 'Post the job'}
          </button>
        </div>
      </form>
    </>
  );
}

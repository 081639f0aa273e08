import { useState } from 'react';
import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { jobList } from '../../api/lists';
import { useDebounced } from '../../hooks/use-debounced';
import { EmptyState, QueryView, Skeleton } from '../../components/States';
import { LoadMore } from '../../components/LoadMore';
import { SkillOptions } from '../../components/SkillOptions';
import { useUrlFilters } from '../../hooks/use-url-filters';
import { jobSalary, jobWhere } from '../../components/JobFacts';
import { date } from '../../components/format';
import { useSkillNames } from '../../hooks/use-skill-names';

export default function JobsPage() {
  const [params, setFilter] = useUrlFilters();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebounced(text.trim());
  const skill = params.get('skill') ?? '';
  const remote = params.get('remote') === 'true';
  const nameOf = useSkillNames();
  const jobs = useInfiniteQuery(
    jobList({ q: q || undefined, skill: skill || undefined, remote: remote || undefined, limit: 12 }),
  );

  return (
    <>
      <title>Jobs · Skillproof</title>
      <header className="page-head">
        <h1>Jobs</h1>
        <p className="lede">Open positions that ask for verified skills. Apply, and the company sees your evidence.</p>
      </header>
      <form className="filters" role="search" aria-label="Filter jobs" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="job-q">Keywords</label>
          <input id="job-q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="job-skill">Skill</label>
          <select id="job-skill" value={skill} onChange={(event) => setFilter('skill', event.target.value)}>
            <SkillOptions empty="Any skill" current={skill} />
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={remote}
            onChange={(event) => setFilter('remote', event.target.checked ? 'true' : '')}
          />
          Remote only
        </label>
      </form>
      <QueryView query={jobs} label="jobs" skeleton={<Skeleton lines={4} height="5rem" />}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0) {
            return (
              <EmptyState title="No open position matches">
                <p>New positions are posted regularly; widen the filters or come back soon.</p>
              </EmptyState>
            );
          }
          return (
            <>
              <ul className="list">
                {items.map((job) => (
                  <li key={job.id} className="list-item">
                    <Link to={`/jobs/${job.id}`} className="list-title">
                      {job.title}
                    </Link>
                    <p className="meta">
                      {job.companyName} · {jobWhere(job)}
                      {jobSalary(job) && ` · ${jobSalary(job)}`} · posted {date(job.postedAt)}
                    </p>
                    <ul className="tags" aria-label="Required verified skills">
                      {job.skills.map((requirement) => (
                        <li key={requirement.skill} className="tag">
                          {nameOf(requirement.skill)} ≥ {requirement.minScore}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              <LoadMore query={jobs} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

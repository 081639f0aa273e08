import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { keepPreviousData } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useDebounced } from '../../hooks/use-debounced';
import { ProblemMessage } from '../../components/ProblemMessage';

const LIMIT = 6;

/** Search over skills and careers; the catalogue forgives typos ("machne lerning"). */
export function SearchBox() {
  const id = useId();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const enabled = q.length >= 2;
  const options = { enabled, placeholderData: keepPreviousData };
  const skills = api.useQuery('get', '/v1/skills', { params: { query: { q, limit: LIMIT } } }, options);
  const careers = api.useQuery('get', '/v1/careers', { params: { query: { q, limit: LIMIT } } }, options);
  const skillItems = enabled ? (skills.data?.items ?? []) : [];
  const careerItems = enabled ? (careers.data?.items ?? []) : [];
  const searching = enabled && (skills.isFetching || careers.isFetching);
  const settled = enabled && skills.isSuccess && careers.isSuccess && !searching;
  const count = skillItems.length + careerItems.length;

  return (
    <div className="search">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const best = skillItems[0];
          if (best) void navigate(`/skills/${best.slug}`);
        }}
      >
        <label htmlFor={id} className="search-label">
          Search skills and careers
        </label>
        <div className="search-row">
          <input
            id={id}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="Try “machine learning” or “data scientist”"
            autoComplete="off"
            aria-describedby={`${id}-status`}
          />
          <button type="submit" className="button button-primary">
            Search
          </button>
        </div>
      </form>
      <p id={`${id}-status`} className="search-status" role="status">
        {!enabled ? '' : searching ? 'Searching…' : settled ? `${count} ${count === 1 ? 'result' : 'results'}` : ''}
      </p>
      {(skills.isError || careers.isError) && <ProblemMessage error={skills.error ?? careers.error} />}
      {enabled && (
        <div className="search-results">
          <section aria-labelledby={`${id}-skills`}>
            <h2 id={`${id}-skills`}>Skills</h2>
            {skillItems.length === 0 && settled ? (
              <p className="muted">No skill matches “{q}”.</p>
            ) : (
              <ul className="result-list">
                {skillItems.map((skill) => (
                  <li key={skill.slug}>
                    <Link to={`/skills/${skill.slug}`}>{skill.name}</Link>
                    <span className="muted"> · {skill.category}</span>
                    <p>{skill.summary}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby={`${id}-careers`}>
            <h2 id={`${id}-careers`}>Careers</h2>
            {careerItems.length === 0 && settled ? (
              <p className="muted">No career matches “{q}”.</p>
            ) : (
              <ul className="result-list">
                {careerItems.map((career) => (
                  <li key={career.slug}>
                    <Link to={`/careers/${career.slug}`}>{career.role}</Link>
                    <p>{career.summary}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

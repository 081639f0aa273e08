import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { QueryView, Skeleton } from '../../components/States';
import { money } from '../../components/format';
import { TableFrame } from '../../components/TableFrame';

const LEVEL = { junior: 'Junior', mid: 'Mid', senior: 'Senior', lead: 'Lead' } as const;

export default function CareerPage() {
  const { slug = '' } = useParams();
  const career = api.useQuery('get', '/v1/careers/{slug}', { params: { path: { slug } } });
  return (
    <QueryView query={career} label="the career" page="Career" skeleton={<Skeleton lines={8} height="1.5rem" />}>
      {(career) => (
        <article>
          <title>{`${career.role} · Skillproof`}</title>
          <header className="page-head">
            <p className="eyebrow">Career</p>
            <h1>{career.role}</h1>
            <p className="lede">{career.summary}</p>
          </header>
          <section aria-labelledby="pay">
            <h2 id="pay">Pay by level</h2>
            <TableFrame label="Pay table">
              <table>
                <caption>Yearly salary ranges for a {career.role}</caption>
                <thead>
                  <tr>
                    <th scope="col">Level</th>
                    <th scope="col">Range</th>
                  </tr>
                </thead>
                <tbody>
                  {career.salaryRanges.map((range) => (
                    <tr key={`${range.level}-${range.currency}`}>
                      <th scope="row">{LEVEL[range.level]}</th>
                      <td>
                        {money(range.min, range.currency)}–{money(range.max, range.currency)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          </section>
          <section aria-labelledby="skills">
            <h2 id="skills">Skills it asks for</h2>
            <ul className="list">
              {[...career.skills]
                .sort((a, b) => b.weight - a.weight)
                .map((skill) => (
                  <li key={skill.slug} className="list-item">
                    <Link to={`/skills/${skill.slug}`} className="list-title">
                      {skill.name}
                    </Link>
                    <p className="meta">
                      Importance {skill.weight}/5 · level needed {skill.level}/5
                    </p>
                  </li>
                ))}
            </ul>
          </section>
          {career.industries.length > 0 && (
            <section aria-labelledby="industries">
              <h2 id="industries">Industries hiring</h2>
              <ul className="tags">
                {career.industries.map((industry) => (
                  <li key={industry.slug} className="tag">
                    {industry.name}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p>
            <Link to="/career-match" className="button button-primary">
              See how you match
            </Link>
          </p>
        </article>
      )}
    </QueryView>
  );
}

import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { SkillPage as Skill } from '../../api/types';
import { Loading, Skeleton } from '../../components/States';
import { ProblemMessage } from '../../components/ProblemMessage';
import { LevelTag } from '../../components/Tags';
import { LEVEL_LABEL } from '../../components/format';
import { SalaryTable } from './SalaryTable';
import { Faq } from './Faq';
import { OpenChallenges, OpenPositions } from './OpenWork';

const TIER = { 1: 'Core skill', 2: 'Specialism', 3: 'Niche' } as Record<number, string>;

export default function SkillPage() {
  const { slug = '' } = useParams();
  const skill = api.useQuery('get', '/v1/skills/{slug}', { params: { path: { slug } } });
  if (skill.isPending) {
    return (
      <Loading label="Loading the skill…">
        <div className="page-head">
          <Skeleton lines={1} height="2.5rem" />
          <Skeleton lines={2} />
        </div>
        <Skeleton lines={8} height="1.5rem" />
      </Loading>
    );
  }
  if (skill.isError) {
    return (
      <>
        <title>Skill not found · Skillproof</title>
        <h1>Skill</h1>
        <ProblemMessage error={skill.error} action={<Link to="/skills">See every skill</Link>} />
      </>
    );
  }
  return <SkillArticle skill={skill.data} />;
}

function SkillArticle({ skill }: { skill: Skill }) {
  return (
    <article className="skill">
      <title>{`${skill.name} · skills, salaries and challenges · Skillproof`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/skills">All skills</Link> <span aria-hidden="true">›</span> <span>{skill.category}</span>
      </nav>
      <header className="page-head">
        <p className="eyebrow">
          {TIER[skill.tier] ?? `Tier ${skill.tier}`} · {skill.category}
        </p>
        <h1>{skill.name}</h1>
        <p className="lede">{skill.summary}</p>
      </header>

      <dl className="facts">
        <div>
          <dt>Salary impact</dt>
          <dd>{skill.salaryImpact}</dd>
        </div>
        <div>
          <dt>Time to learn</dt>
          <dd>{skill.timeToLearn}</dd>
        </div>
        <div>
          <dt>Difficulty</dt>
          <dd>
            <LevelTag level={skill.difficulty} />
          </dd>
        </div>
        <div>
          <dt>Career paths</dt>
          <dd>{skill.careerPaths.length}</dd>
        </div>
      </dl>

      <div className="skill-layout">
        <div className="skill-main">
          <section aria-labelledby="what">
            <h2 id="what">What is {skill.name}?</h2>
            <p>{skill.description}</p>
            {skill.subTopics.length > 0 && (
              <>
                <h3>What it covers</h3>
                <ul className="columns">
                  {skill.subTopics.map((topic) => (
                    <li key={topic}>{topic}</li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <section aria-labelledby="why">
            <h2 id="why">Why {skill.name} matters for your career</h2>
            <p>{skill.whyItMatters}</p>
          </section>

          <section aria-labelledby="salary">
            <h2 id="salary">Salary by region</h2>
            <SalaryTable skill={skill.name} bands={skill.salaryByRegion} />
          </section>

          <section aria-labelledby="careers">
            <h2 id="careers">Career paths</h2>
            <ul className="list">
              {skill.careerPaths.map((path) => (
                <li key={path} className="list-item">
                  {path}
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="challenges">
            <div className="section-head">
              <h2 id="challenges">Open {skill.name} challenges</h2>
              <Link to={`/challenges?skill=${skill.slug}`}>Browse all challenges</Link>
            </div>
            <OpenChallenges skill={skill} partial={skill.partial} />
          </section>

          <section aria-labelledby="positions">
            <div className="section-head">
              <h2 id="positions">Open {skill.name} positions</h2>
              <Link to={`/jobs?skill=${skill.slug}`}>Browse all openings</Link>
            </div>
            <OpenPositions skill={skill} partial={skill.partial} />
          </section>

          <section aria-labelledby="faq">
            <h2 id="faq">Frequently asked questions</h2>
            <Faq entries={skill.faq} />
          </section>
        </div>

        <aside className="skill-side" aria-label={`More about ${skill.name}`}>
          <section className="card" aria-labelledby="tools">
            <h2 id="tools">Tools and ecosystem</h2>
            <ul className="tags">
              {skill.tools.map((tool) => (
                <li key={tool} className="tag">
                  {tool}
                </li>
              ))}
            </ul>
          </section>

          <section className="card callout" aria-labelledby="practice">
            <h2 id="practice">Practice {skill.name}</h2>
            <p>
              Do a real task, get per-criterion feedback, and earn a verified score at the{' '}
              {LEVEL_LABEL[skill.difficulty].toLowerCase()} level and beyond.
            </p>
            <Link to={`/challenges?skill=${skill.slug}`} className="button button-primary">
              Find a challenge
            </Link>
          </section>

          <section className="card" aria-labelledby="learn">
            <h2 id="learn">Learn with AI</h2>
            <p>A personalised quiz with instant, scored feedback and an explanation for every answer.</p>
            <Link to={`/quiz?skill=${skill.slug}`} className="button">
              Take a {skill.name} quiz
            </Link>
          </section>

          {skill.certifications.length > 0 && (
            <section className="card" aria-labelledby="certifications">
              <h2 id="certifications">Certifications</h2>
              <ul className="plain">
                {skill.certifications.map((certification) => (
                  <li key={certification.slug}>
                    {certification.name} <span className="muted">· {certification.issuer}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="card" aria-labelledby="related">
            <h2 id="related">Related skills</h2>
            <ul className="tags">
              {skill.relatedSkills.map((related) => (
                <li key={related.slug}>
                  <Link to={`/skills/${related.slug}`} className="tag">
                    {related.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>

          <section className="card" aria-labelledby="fit">
            <h2 id="fit">Not sure it is for you?</h2>
            <p>Career match ranks careers for the skills you have, with reasons.</p>
            <Link to="/career-match" className="button">
              Take Career Match
            </Link>
          </section>
        </aside>
      </div>
    </article>
  );
}

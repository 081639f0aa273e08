'use strict';
/**
 * The baseline of the catalogue benchmark: a minimal Fastify + pg server that answers the same two
 * reads as the gateway straight from the services' databases, with no bus and no cache: the skill
 * page composed from the same three kinds of rows (the catalog's skill, the challenges service's
 * open challenges, the jobs service's open positions, five of each, newest first) and a typo
 * search with the catalog service's SQL.
 */
const fastify = require('fastify');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const challenges = new Pool({ connectionString: process.env.CHALLENGES_DATABASE_URL, max: 5 });
const jobs = new Pool({ connectionString: process.env.JOBS_DATABASE_URL, max: 5 });
const app = fastify({ logger: false });

const PAGE_SQL = `
  SELECT s.slug, s.name, s.category, s.tier, s.summary, s.description, s.why_it_matters, s.difficulty,
         s.time_to_learn, s.salary_impact, s.salary_by_region, s.career_paths, s.tools, s.faq, s.sub_topics,
         s.updated_at,
         COALESCE((SELECT json_agg(json_build_object('slug', r.slug, 'name', r.name) ORDER BY sr.position)
                     FROM skill_relations sr JOIN skills r ON r.id = sr.related_skill_id
                    WHERE sr.skill_id = s.id), '[]') AS related_skills,
         COALESCE((SELECT json_agg(json_build_object('slug', c.slug, 'name', c.name, 'issuer', c.issuer) ORDER BY c.name)
                     FROM skill_certifications sc JOIN certifications c ON c.id = sc.certification_id
                    WHERE sc.skill_id = s.id), '[]') AS certifications
    FROM skills s WHERE s.slug = $1`;

const SEARCH_SQL = `
  WITH query AS (SELECT websearch_to_tsquery('english', $1) AS words, lower($1) AS text)
  SELECT s.slug, s.name, s.category, s.tier, s.summary, s.difficulty, s.tools
    FROM skills s, query
   WHERE s.search_vector @@ query.words
      OR similarity(lower(s.name), query.text) >= 0.3
      OR word_similarity(query.text, s.trigram_text) >= 0.5
   ORDER BY ts_rank(s.search_vector, query.words) + 2 * similarity(lower(s.name), query.text)
            + 0.5 * word_similarity(query.text, s.trigram_text) DESC, s.tier, s.name, s.slug
   LIMIT 21`;

const CHALLENGES_SQL = `
  SELECT id, title, skills, difficulty, time_limit_minutes AS "timeLimitMinutes", company_id AS "companyId",
         published_at AS "publishedAt"
    FROM challenges
   WHERE status = 'published' AND skills @> jsonb_build_array($1::text)
   ORDER BY published_at DESC, id DESC LIMIT 5`;

const POSITIONS_SQL = `
  SELECT id, title, company_id AS "companyId", company_name AS "companyName", location, remote, salary, skills,
         posted_at AS "postedAt"
    FROM jobs
   WHERE status = 'open' AND skills @> jsonb_build_array(jsonb_build_object('skill', $1::text))
   ORDER BY posted_at DESC, id DESC LIMIT 5`;

app.get('/skills/:slug', async (request, reply) => {
  const slug = request.params.slug;
  const [skill, openChallenges, openPositions] = await Promise.all([
    pool.query(PAGE_SQL, [slug]),
    challenges.query(CHALLENGES_SQL, [slug]),
    jobs.query(POSITIONS_SQL, [slug]),
  ]);
  if (skill.rows.length === 0) return reply.code(404).send({ status: 404 });
  return { ...skill.rows[0], openChallenges: openChallenges.rows, openPositions: openPositions.rows, partial: [] };
});

app.get('/skills', async (request) => {
  const { rows } = await pool.query(SEARCH_SQL, [request.query.q ?? '']);
  return { items: rows.slice(0, 20), nextCursor: null };
});

app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error) => {
  console.error(error);
  process.exit(1);
});

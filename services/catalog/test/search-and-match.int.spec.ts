import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, startApp, startTestNats, type TestDatabase, type TestNats } from '@skillproof/testing';
import { GATEWAY } from '@skillproof/gateway';
import { CATALOG_SERVICE } from '../src/app.definition';

describe('catalogue search and career match through the gateway', () => {
  let database: TestDatabase;
  let nats: TestNats;
  let catalog: NestFastifyApplication;
  let gateway: NestFastifyApplication;

  beforeAll(async () => {
    [database, nats] = await Promise.all([createTestDatabase('catalog_search'), startTestNats()]);
    catalog = await startApp(CATALOG_SERVICE, { DATABASE_URL: database.url, NATS_URL: nats.url });
    gateway = await startApp(GATEWAY, { NATS_URL: nats.url });
  });

  afterAll(async () => {
    await gateway?.close();
    await catalog?.close();
    await nats?.dispose();
    await database?.drop();
  });

  const get = (url: string) => gateway.inject({ method: 'GET', url });
  const slugsFor = async (query: string): Promise<string[]> =>
    (await get(`/v1/skills?q=${encodeURIComponent(query)}`)).json().items.map((item: { slug: string }) => item.slug);

  describe('skill search', () => {
    it('finds Machine Learning first despite two typos', async () => {
      expect((await slugsFor('machne lerning'))[0]).toBe('machine-learning');
    });

    it('ranks the skill named by the query above skills that only mention it', async () => {
      const slugs = await slugsFor('python');
      expect(slugs[0]).toBe('python');
      expect(slugs.length).toBeGreaterThan(1);
    });

    it('finds skills by their tools, misspelt too', async () => {
      expect(await slugsFor('kubeflow')).toEqual(expect.arrayContaining(['mlops', 'kubernetes']));
      expect(await slugsFor('pytorh')).toEqual(expect.arrayContaining(['deep-learning', 'machine-learning']));
    });

    it('matches word forms: "learning" finds the learning skills, machine and deep first', async () => {
      const slugs = await slugsFor('learning');
      expect(slugs.slice(0, 3)).toEqual(expect.arrayContaining(['machine-learning', 'deep-learning']));
    });

    it('returns nothing for words that appear nowhere', async () => {
      expect(await slugsFor('underwater basket weaving')).toEqual([]);
    });

    it('filters by category', async () => {
      const items = (await get('/v1/skills?category=Mathematics')).json().items;
      expect(items.map((item: { slug: string }) => item.slug).sort()).toEqual([
        'linear-algebra',
        'probability',
        'statistics',
      ]);
    });

    it('pages through every skill once with limit and cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/v1/skills?limit=10${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await get(url)).json();
        expect(page.items.length).toBeLessThanOrEqual(10);
        seen.push(...page.items.map((item: { slug: string }) => item.slug));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.length).toBeGreaterThanOrEqual(26);
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('refuses a limit over 100 and a forged cursor with problems naming the field', async () => {
      const tooMany = await get('/v1/skills?limit=500');
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().errors).toEqual([expect.objectContaining({ field: 'limit' })]);
      const forged = await get('/v1/skills?cursor=not-a-cursor');
      expect(forged.statusCode).toBe(400);
      expect(forged.json().errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });

    it('searches the same way over GraphQL', async () => {
      const response = await gateway.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: '{ skills(q: "machne lerning", limit: 3) { items { slug } nextCursor } }' },
      });
      expect(response.json().data.skills.items[0].slug).toBe('machine-learning');
    });
  });

  describe('careers', () => {
    it('lists at least 12 careers and finds one by a misspelt role', async () => {
      expect((await get('/v1/careers?limit=100')).json().items.length).toBeGreaterThanOrEqual(12);
      const found = (await get('/v1/careers?q=data%20scintist')).json().items;
      expect(found[0].slug).toBe('data-scientist');
    });

    it('shows a career with its weighted skills, salary ranges and industries', async () => {
      const career = (await get('/v1/careers/ml-engineer')).json();
      expect(career.role).toBe('Machine Learning Engineer');
      expect(career.skills[0]).toEqual({ slug: expect.any(String), name: expect.any(String), weight: 5, level: 4 });
      expect(career.salaryRanges.map((range: { level: string }) => range.level)).toEqual(['junior', 'mid', 'senior']);
      expect(career.industries).toContainEqual({ slug: 'finance', name: 'Finance and fintech' });
    });

    it('answers an unknown career with a 404 problem', async () => {
      expect((await get('/v1/careers/astronaut')).json()).toMatchObject({ status: 404, code: 'career.not_found' });
    });
  });

  describe('career match', () => {
    const match = (payload: object) => gateway.inject({ method: 'POST', url: '/v1/career-match', payload });

    it('ranks every career, the obvious one first, with reasons', async () => {
      const response = await match({
        skills: [
          { skill: 'sql', level: 5 },
          { skill: 'data-visualization', level: 5 },
          { skill: 'data-analysis', level: 4 },
        ],
        interests: ['dashboards'],
      });
      expect(response.statusCode).toBe(200);
      const { matches } = response.json();
      expect(matches.length).toBeGreaterThanOrEqual(12);
      expect(matches[0].career.slug).toBe('business-intelligence-analyst');
      expect(matches[0].reasons[0]).toMatch(/^Meets the level the role needs in .*SQL \(5\/5\)/);
      const scores = matches.map((entry: { score: number }) => entry.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('gives the same ranking over GraphQL', async () => {
      const skills = [
        { skill: 'deep-learning', level: 5 },
        { skill: 'computer-vision', level: 5 },
        { skill: 'python', level: 4 },
      ];
      const rest = (await match({ skills })).json();
      const graphql = await gateway.inject({
        method: 'POST',
        url: '/graphql',
        payload: {
          query:
            'query($input: CareerMatchInput!) { careerMatch(input: $input) { matches { career { slug } score } } }',
          variables: { input: { skills } },
        },
      });
      const ranked = graphql.json().data.careerMatch.matches;
      expect(ranked[0].career.slug).toBe('computer-vision-engineer');
      expect(ranked).toEqual(
        rest.matches.map((entry: { career: { slug: string }; score: number }) => ({
          career: { slug: entry.career.slug },
          score: entry.score,
        })),
      );
    });

    it('refuses a level outside 1..5 with a problem naming the field', async () => {
      const response = await match({ skills: [{ skill: 'python', level: 9 }] });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'skills.0.level' })]);
    });

    it('refuses a skill the catalogue does not know with 422 naming it', async () => {
      const response = await match({
        skills: [
          { skill: 'python', level: 3 },
          { skill: 'basket-weaving', level: 3 },
        ],
      });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        code: 'career_match.unknown_skill',
        errors: [{ field: 'skills.1.skill', message: expect.stringContaining('basket-weaving') }],
      });
    });
  });
});

import type { Browser, Locator, Page } from 'playwright-core';
import { startSystem, type RunningSystem } from '../e2e/start-system.util';
import { launchChromium, openPage } from './chromium.util';
import { layoutShiftOf } from './layout-shift.util';
import { startModelStub, type ModelStub } from './model-stub.util';
import { showcase } from './showcase.util';
import { startWebhookTarget } from './webhook-target.util';

const PASSWORD = 'browser journey password 7';
const RUN = Date.now().toString(36);
const HANDLE = `ada-quinn-${RUN}`;
const CHALLENGE = 'Pick the right metric for an imbalanced fraud model';
/** The skill page lists the newest open challenges; the seeded code challenges are the newest. */
const NEWEST_ML_CHALLENGE = 'Precision, recall and F1 from a confusion matrix';
const ANSWER =
  'Fraud is rare, so accuracy rewards a model that flags nothing. I would report precision-recall AUC and recall at ' +
  'a precision the fraud team agrees to, because a missed fraud costs the whole payment and a false alarm costs a review.';
const CODE_CHALLENGE = 'An LRU cache';
/** A correct solution written apart from the seed's reference: a Map keeps keys in the order they were used. */
const LRU_SOLUTION = [
  'type Operation = ["put", string, number] | ["get", string];',
  '',
  'export function runLru(capacity: number, operations: Operation[]): number[] {',
  '  const cache = new Map<string, number>();',
  '  const results: number[] = [];',
  '  for (const [kind, key, value] of operations) {',
  '    const known = cache.get(key);',
  '    if (kind === "get") results.push(known ?? -1);',
  '    const next = kind === "put" ? value : known;',
  '    if (next === undefined) continue;',
  '    cache.delete(key);',
  '    cache.set(key, next);',
  '    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);',
  '  }',
  '  return results;',
  '}',
  '',
].join('\n');

interface Tab {
  page: Page;
  errors: string[];
}

/** Reloads until the locator shows: for what other services apply a moment after the page asked. */
async function reloadUntilVisible(page: Page, locator: Locator, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await locator.first().waitFor({ state: 'visible', timeout: 3_000 });
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await page.reload();
    }
  }
}

/**
 * The web app as people use it, in Debian's Chromium against the whole system started the way
 * `npm start` starts it (an offline stand-in for the AI provider grades the work). Along the way
 * every page is checked with axe-core and saved as a screenshot at phone and desktop width.
 */
describe('the web app in a browser', () => {
  let system: RunningSystem;
  let model: ModelStub;
  let target: Awaited<ReturnType<typeof startWebhookTarget>>;
  let browser: Browser;
  let candidate: Tab;
  let company: Tab;
  const candidateEmail = `ada.quinn.${RUN}@example.com`;

  beforeAll(async () => {
    [model, target] = await Promise.all([startModelStub(), startWebhookTarget()]);
    [system, browser] = await Promise.all([
      startSystem({ ...model.env, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }),
      launchChromium(),
    ]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    await model?.close();
    await target?.close();
  });

  const open = async (): Promise<Tab> => {
    const tab = await openPage(browser, system.baseUrl);
    tab.page.setDefaultTimeout(30_000);
    return tab;
  };

  it('lets a visitor find Machine Learning with a typo and read everything its page has', async () => {
    const { page, errors } = await open();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await showcase(page, 'home');

    await page.getByLabel('Search skills and careers').fill('machne lerning');
    const result = page.getByRole('region', { name: 'Skills' }).getByRole('link', { name: 'Machine Learning' });
    await result.waitFor();
    await showcase(page, 'home-search');
    await result.click();

    await page.waitForURL('**/skills/machine-learning');
    await page.getByRole('heading', { level: 1, name: 'Machine Learning' }).waitFor();
    const sections = [
      'What is Machine Learning?',
      'Why Machine Learning matters for your career',
      'Salary by region',
      'Career paths',
      'Open Machine Learning challenges',
      'Open Machine Learning positions',
      'Frequently asked questions',
      'Tools and ecosystem',
      'Practice Machine Learning',
      'Learn with AI',
      'Certifications',
      'Related skills',
    ];
    for (const name of sections) expect(await page.getByRole('heading', { name, exact: true }).count()).toBe(1);

    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/Salary impact\s+\+\$40k/);
    expect(facts).toMatch(/Time to learn\s+About 18 months/);
    expect(facts).toMatch(/Difficulty\s+Advanced/);
    expect(await page.getByRole('row', { name: /United States/ }).innerText()).toMatch(/\$130K\s+\$200K\s+\$300K/);
    expect(await page.getByRole('row', { name: /United Kingdom/ }).innerText()).toMatch(/£75K\s+£125K\s+£180K/);
    expect(await page.getByRole('row', { name: /Canada/ }).innerText()).toMatch(/CA\$135K\s+CA\$210K\s+CA\$310K/);
    const tools = page.getByRole('region', { name: 'Tools and ecosystem' });
    for (const tool of ['PyTorch', 'scikit-learn', 'XGBoost', 'SageMaker']) await tools.getByText(tool).waitFor();
    await page.getByText('Reinforcement learning', { exact: true }).waitFor();
    await page.getByText(/ML Engineer: production pipelines/).waitFor();
    await page.getByText('AWS Certified Machine Learning – Specialty').waitFor();
    await page.getByRole('region', { name: 'Related skills' }).getByRole('link', { name: 'Deep Learning' }).waitFor();
    const challenges = page.getByRole('region', { name: 'Open Machine Learning challenges' });
    expect(await challenges.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await challenges.getByRole('link', { name: NEWEST_ML_CHALLENGE }).waitFor();
    const positions = page.getByRole('region', { name: 'Open Machine Learning positions' });
    await positions.getByText('No Machine Learning positions yet').waitFor();
    await positions.getByRole('link', { name: 'Browse all openings' }).first().waitFor();

    expect(await page.locator('.faq details').count()).toBe(9);
    const answer = page.getByText(/Most ML engineers hold a bachelor degree/);
    expect(await answer.isVisible()).toBe(false);
    await page.getByText('Can I land a first ML job without a PhD?').click();
    await answer.waitFor();
    await showcase(page, 'skill-machine-learning');

    // Loaded afresh, the page must not jump as its parts arrive ("good" CLS is under 0.1).
    const fresh = await open();
    expect(await layoutShiftOf(fresh.page, '/skills/machine-learning')).toBeLessThan(0.1);
    expect(fresh.errors).toEqual([]);

    await page.goto('/skills/no-such-skill');
    await page
      .getByRole('alert')
      .getByText(/no-such-skill/)
      .waitFor();
    await page.goto('/profiles/no-such-person');
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    await page
      .getByRole('alert')
      .getByText(/no-such-person/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);

    await page.goto('/skills');
    await page.getByRole('heading', { name: 'AI & Data' }).waitFor();
    await showcase(page, 'skills');

    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await showcase(page, 'not-found');
    expect(errors).toEqual([]);
  }, 180_000);

  it('ranks careers for the skills and interests a person gives, with the reasons', async () => {
    const { page, errors } = await open();
    await page.goto('/');
    await page.getByRole('link', { name: 'Take Career Match' }).click();
    await page.getByLabel('Machine Learning', { exact: true }).selectOption('4');
    await page.getByLabel('Python', { exact: true }).selectOption('4');
    await page.getByLabel('Statistics', { exact: true }).selectOption('3');
    await page.getByLabel('research', { exact: true }).check();
    await page.getByRole('button', { name: 'Rank careers' }).click();

    const matches = page.locator('.match-results .ranked > li');
    await matches.first().waitFor();
    expect(await matches.count()).toBeGreaterThan(5);
    const scores = (await matches.locator('.score-value').allInnerTexts()).map((text) => parseInt(text, 10));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await matches.first().locator('.reasons li').count()).toBeGreaterThan(0);
    expect(await matches.first().innerText()).toMatch(/Meets the level the role needs in/);
    await showcase(page, 'career-match');

    await matches.first().getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Skills it asks for' }).waitFor();
    await showcase(page, 'career');
    expect(errors).toEqual([]);
  }, 120_000);

  it('takes a new candidate from sign-up through a challenge to a grade that arrives live', async () => {
    candidate = await open();
    const { page } = candidate;
    await page.goto('/sign-up');
    await showcase(page, 'sign-up');
    await page.getByLabel('Your name').fill('Ada Quinn');
    await page.getByLabel('Email', { exact: true }).fill(candidateEmail);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL('**/me');
    await page.getByRole('heading', { level: 1, name: 'Ada Quinn' }).waitFor();
    await page.getByLabel('Handle', { exact: true }).fill(HANDLE);
    await page.getByLabel('Headline', { exact: true }).fill('Ships fraud models that hold up in production');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Saved.').waitFor();
    await showcase(page, 'my-profile');

    await page.getByRole('link', { name: 'Challenges', exact: true }).click();
    await page.getByLabel('Skill', { exact: true }).selectOption('machine-learning');
    await page.getByRole('link', { name: CHALLENGE }).waitFor();
    expect(await page.getByRole('link', { name: 'Read an A/B test that the product team wants to ship' }).count()).toBe(
      0,
    );
    await showcase(page, 'challenges');
    await page.getByRole('link', { name: CHALLENGE }).click();
    await page.getByRole('heading', { level: 1, name: CHALLENGE }).waitFor();
    await page.getByRole('table', { name: /Rubric/ }).waitFor();
    await showcase(page, 'challenge');

    await page.getByRole('button', { name: 'Start attempt' }).click();
    await page.waitForURL('**/attempts/**');
    expect(await page.getByRole('timer').innerText()).toMatch(/^\d{2}:\d{2}$/);
    await page.getByText(/^Due \d{1,2}:\d{2}/).waitFor();
    await page.getByLabel('Your work').fill(ANSWER);
    await showcase(page, 'attempt');

    const release = model.holdGrades();
    await page.getByRole('button', { name: 'Submit for grading' }).click();
    await page.waitForURL('**/submissions/**');
    // A mark on this page's window: it is still there only if the page never reloaded.
    await page.evaluate('window.stayedOnThisPage = true');
    await page.locator('[aria-current="step"]', { hasText: 'Grading' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { name: 'Your grade' }).count()).toBe(0);
    await showcase(page, 'submission-grading');

    release();
    await page.getByRole('heading', { name: 'Your grade' }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate('window.stayedOnThisPage')).toBe(true);
    await page.locator('[aria-current="step"]', { hasText: 'Graded' }).waitFor();
    await page.getByText('AI-graded against the rubric').first().waitFor();
    await page.getByText('model gpt-4o-mini').first().waitFor();
    const criteria = page.locator('.criteria > li');
    expect(await criteria.count()).toBeGreaterThanOrEqual(2);
    for (const text of await criteria.allInnerTexts()) expect(text).toMatch(/82\/100[\s\S]*part is sound and specific/);
    await showcase(page, 'submission-graded');

    await page.goto(`/profiles/${HANDLE}`);
    const verified = page.getByRole('region', { name: 'Verified skills' });
    await reloadUntilVisible(page, verified.getByRole('link', { name: CHALLENGE }));
    await verified.getByRole('link', { name: 'Machine Learning' }).waitFor();
    expect(await verified.locator('.evidence li').first().innerText()).toMatch(/82\/100/);
    await showcase(page, 'profile');
    expect(candidate.errors).toEqual([]);
  }, 240_000);

  it('gives a quiz on a skill, scores the answers and explains each one', async () => {
    const { page, errors } = candidate;
    await page.goto('/skills/machine-learning');
    await page.getByRole('link', { name: 'Take a Machine Learning quiz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Learn with a quiz' }).waitFor();
    await page.getByLabel('Questions', { exact: true }).selectOption('3');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (const number of [1, 2, 3]) {
      await page
        .getByRole('group', { name: new RegExp(`Question ${number}\\.`) })
        .getByLabel('The right choice')
        .check();
    }
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByText('3 of 3 right').waitFor();
    await page.getByText('The second choice holds in case 2.').waitFor();
    await showcase(page, 'quiz');
    expect(errors).toEqual([]);
  }, 120_000);

  it('lets a candidate solve a code challenge in the editor and see every test pass, live', async () => {
    const { page, errors } = candidate;
    await page.goto('/challenges');
    await page.getByLabel('Skill', { exact: true }).selectOption('typescript');
    await page.getByRole('link', { name: CODE_CHALLENGE }).click();
    await page.getByRole('heading', { level: 1, name: CODE_CHALLENGE }).waitFor();
    const facts = await page.locator('dl.code-facts').innerText();
    expect(facts).toMatch(/Language\s+TypeScript/);
    expect(facts).toMatch(/Entry point\s+runLru/);
    expect(facts).toMatch(/2 hidden tests/);
    const visible = page.getByRole('table', { name: /Visible tests/ });
    expect(await visible.getByRole('row', { name: /evicts the least recently used/ }).innerText()).toContain(
      '[1,-1,1,3]',
    );
    expect(await visible.getByRole('row').count()).toBe(2);
    await showcase(page, 'challenge-code');

    await page.getByRole('button', { name: 'Start attempt' }).click();
    await page.waitForURL('**/attempts/**');
    const editor = page.getByLabel('Your code (TypeScript)');
    expect(await editor.inputValue()).toContain('export function runLru(capacity: number');
    await editor.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Tab');
    expect(await editor.inputValue()).toMatch(/^ {2}type Operation/);
    expect(await page.locator('textarea:focus').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.locator('textarea:focus').count()).toBe(0);
    await editor.fill(LRU_SOLUTION);
    await showcase(page, 'attempt-code');

    await page.getByRole('button', { name: 'Submit for grading' }).click();
    await page.waitForURL('**/submissions/**');
    await page.getByRole('heading', { name: 'Your grade' }).waitFor({ timeout: 60_000 });
    await page.getByText('Graded by running hidden tests').first().waitFor();
    // The grade's history names the same provenance, not a generic one.
    await page
      .getByRole('region', { name: 'How this grade came about' })
      .getByText('Graded by running hidden tests')
      .waitFor();
    const results = page.getByRole('table', { name: 'Tests: 3 of 3 passed' });
    expect(await results.getByRole('row', { name: /evicts the least recently used/ }).innerText()).toMatch(
      /Passed\s+\d+ ms\s+\[1,-1,1,3\]\s+\[1,-1,1,3\]/,
    );
    const hidden = results.getByRole('row', { name: /\(hidden\)/ });
    expect(await hidden.count()).toBe(2);
    for (const row of await hidden.allInnerTexts()) expect(row).toMatch(/Passed\s+\d+ ms\s+Hidden/);
    await showcase(page, 'submission-code');
    expect(errors).toEqual([]);
  }, 180_000);

  it('lets a company publish a challenge with a rubric, post a job, and set up a webhook and an API key', async () => {
    company = await open();
    const { page } = company;
    await page.goto('/sign-up?role=company');
    await page.getByLabel('Your name').fill('Priya Shah');
    await page.getByLabel('Company name').fill('Northwind Risk');
    await page.getByLabel('Email', { exact: true }).fill(`priya.${RUN}@northwind.example`);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/company');
    await page.getByText('No challenges yet').waitFor();

    await page.getByRole('link', { name: 'New challenge' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Explain a drop in recall after a release');
    await page
      .getByLabel('Brief', { exact: true })
      .fill('Recall fell from 0.82 to 0.61 the week a new feature shipped. Say how you would find out why.');
    await page.getByLabel('Skill 1', { exact: true }).selectOption('machine-learning');
    await page.getByLabel('Time limit (minutes)').fill('30');
    await page.getByLabel('Criterion 1 key').fill('diagnosis');
    await page.getByLabel('Criterion 1 weight').fill('60');
    await page
      .getByLabel('Criterion 1: what earns the marks')
      .fill('Finds the likely cause and says how to confirm it');
    await page.getByLabel('Criterion 2 key').fill('communication');
    await page.getByLabel('Criterion 2 weight').fill('40');
    await page
      .getByLabel('Criterion 2: what earns the marks')
      .fill('Explains the finding so that a product manager acts');
    await showcase(page, 'challenge-create');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: 'Your challenge' }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published: candidates can take it now.').waitFor();

    await page.goto('/company?tab=challenges');
    await page.getByRole('link', { name: 'Explain a drop in recall after a release' }).waitFor();
    await showcase(page, 'company-challenges');

    await page.goto('/company?tab=jobs');
    await page.getByRole('link', { name: 'Post a job' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Fraud ML engineer');
    await page
      .getByLabel('Description', { exact: true })
      .fill('Own the models that stop card fraud, from features to monitoring.');
    await page.getByLabel('Location', { exact: true }).fill('Lisbon');
    await page.getByLabel('Remote possible').check();
    await page.getByLabel('From', { exact: true }).fill('90000');
    await page.getByLabel('To', { exact: true }).fill('130000');
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel('Skill 1', { exact: true }).selectOption('machine-learning');
    await page.getByLabel('Lowest verified score for skill 1').fill('50');
    await page.getByLabel('Hiring task (optional)').selectOption({ label: 'Explain a drop in recall after a release' });
    await showcase(page, 'job-create');
    await page.getByRole('button', { name: 'Post the job' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fraud ML engineer' }).waitFor();
    await page.getByText('No applicants yet').waitFor();

    await page.goto('/company?tab=webhooks');
    await page.getByLabel('Endpoint URL').fill(target.url);
    await page.getByRole('button', { name: 'Register endpoint' }).click();
    await page.getByText(/^whsec_/).waitFor();
    await page.getByText(target.url).first().waitFor();
    await showcase(page, 'company-webhooks');

    await page.goto('/company?tab=api-keys');
    await page.getByLabel('Name', { exact: true }).fill('ATS integration');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.locator('.shown-once code').waitFor();
    await page.getByRole('row', { name: /ATS integration/ }).waitFor();
    await showcase(page, 'company-api-keys');
    expect(company.errors).toEqual([]);
  }, 240_000);

  it('shows the company its applicant ranked with evidence, and keeps the status it sets', async () => {
    const { page } = candidate;
    await page.goto('/jobs');
    await page.getByRole('link', { name: 'Fraud ML engineer' }).waitFor();
    await showcase(page, 'jobs');
    await page.getByRole('link', { name: 'Fraud ML engineer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fraud ML engineer' }).waitFor();
    await showcase(page, 'job');
    await page.getByRole('button', { name: 'Apply with my verified skills' }).click();
    await page.getByRole('heading', { name: 'Application sent' }).waitFor();
    await page.getByText(/Meets/).first().waitFor();

    const hiring = company.page;
    await hiring.goto('/company?tab=jobs');
    await hiring.getByRole('link', { name: 'Fraud ML engineer' }).first().waitFor();
    await showcase(hiring, 'company-jobs');
    await hiring.getByRole('link', { name: 'Fraud ML engineer' }).first().click();
    const applicant = hiring.locator('.applicant').first();
    await reloadUntilVisible(hiring, applicant);
    await applicant.getByRole('link', { name: 'Machine Learning', exact: true }).waitFor();
    expect(await applicant.innerText()).toMatch(/Meets[\s\S]*Machine Learning: needs 50, verified \d+/);
    await applicant.getByRole('link', { name: CHALLENGE }).first().waitFor();
    await applicant.getByRole('button', { name: 'Move to screening' }).click();
    await applicant.getByRole('button', { name: 'Move to interview' }).click();
    await applicant.getByRole('status').getByText('interview').waitFor();
    await hiring.reload();
    await hiring.locator('.applicant').first().getByRole('status').getByText('interview').waitFor();
    await hiring.locator('.applicant').first().getByRole('button', { name: 'Move to offer' }).waitFor();
    await showcase(hiring, 'applicants');

    await hiring.goto('/company?tab=webhooks');
    await hiring.getByRole('link', { name: /Delivery log/ }).click();
    const created = hiring.locator('.list-item', { hasText: 'application.created' });
    await reloadUntilVisible(hiring, created.getByText('succeeded'));
    const before = target.received();
    await created.getByRole('button', { name: /Send again/ }).click();
    await reloadUntilVisible(hiring, created.getByText('2 attempts'));
    expect(target.received()).toBeGreaterThan(before);
    await created.getByText('Attempts', { exact: true }).click();
    await created.getByRole('cell', { name: '200' }).first().waitFor();
    await showcase(hiring, 'webhook-deliveries');
    expect(candidate.errors).toEqual([]);
    expect(company.errors).toEqual([]);
  }, 240_000);

  it('lets a company write a code challenge with hidden tests, catching bad JSON before it is sent', async () => {
    const { page, errors } = company;
    await page.goto('/company?tab=challenges');
    await page.getByRole('link', { name: 'New challenge' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Median of a list');
    await page
      .getByLabel('Brief', { exact: true })
      .fill('Write median(values): the middle value of a list of numbers, the mean of the two middle ones if even.');
    await page.getByLabel('Skill 1', { exact: true }).selectOption('python');
    await page.getByLabel('By tests').check();
    expect(await page.getByRole('group', { name: 'Rubric' }).count()).toBe(0);
    await page.getByLabel('Language').selectOption('python');
    await page.getByLabel('Entry point').fill('median');
    await page.getByLabel('Starter code').fill('def median(values):\n    pass\n');
    await page
      .getByLabel('Reference solution')
      .fill(
        'def median(values):\n    ordered = sorted(values)\n    middle = len(ordered) // 2\n' +
          '    if len(ordered) % 2:\n        return ordered[middle]\n' +
          '    return (ordered[middle - 1] + ordered[middle]) / 2\n',
      );
    await page.getByLabel('Test 1 name').fill('odd length');
    await page.getByLabel('Test 1 arguments (JSON array)').fill('[[3, 1, 2]');
    await page.getByLabel('Test 1 expected (JSON)').fill('2');
    await page.getByLabel('Test 2 name').fill('even length');
    await page.getByLabel('Test 2 arguments (JSON array)').fill('[[4, 1, 3, 2]]');
    await page.getByLabel('Test 2 expected (JSON)').fill('2.5');
    expect(await page.getByLabel('Test 2 hidden from candidates').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Save draft' }).click();
    const args = page.getByLabel('Test 1 arguments (JSON array)');
    await page.locator('.field-error', { hasText: 'must be valid JSON' }).waitFor();
    expect(await args.getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toContain('/company/challenges/new');
    expect(await page.getByLabel('Reference solution').inputValue()).toContain('ordered = sorted(values)');
    await args.fill('[[3, 1, 2]]');
    await showcase(page, 'challenge-create-code');
    await page.getByRole('button', { name: 'Save draft' }).click();

    await page.getByRole('heading', { level: 1, name: 'Median of a list' }).waitFor();
    const facts = await page.locator('dl.code-facts').innerText();
    expect(facts).toMatch(/Language\s+Python/);
    expect(facts).toMatch(/Entry point\s+median/);
    expect(facts).toMatch(/1 hidden test\b/);
    const visible = page.getByRole('table', { name: /Visible tests/ });
    expect(await visible.getByRole('row', { name: /odd length/ }).innerText()).toMatch(/\[3,1,2\]\s+2\s+50%/);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published: candidates can take it now.').waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it('lets a company invite a colleague by a one-time link, and remove them again', async () => {
    const { page, errors } = company;
    await page.goto('/company?tab=team');
    await page
      .getByRole('row', { name: /Priya Shah/ })
      .getByText('you')
      .waitFor();
    await page.getByRole('button', { name: 'Create an invitation link' }).click();
    const link = await page.locator('.shown-once code').innerText();
    expect(link).toMatch(/\/sign-up\?invitation=inv_/);
    await showcase(page, 'company-team');

    const colleague = await open();
    await colleague.page.goto(link);
    expect(await colleague.page.getByLabel('I was invited to a company already on Skillproof').isChecked()).toBe(true);
    expect(await colleague.page.getByLabel('Company name').count()).toBe(0);
    await colleague.page.getByLabel('Your name').fill('Tomas Berg');
    await colleague.page.getByLabel('Email', { exact: true }).fill(`tomas.${RUN}@northwind.example`);
    await colleague.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await colleague.page.getByRole('button', { name: 'Create account' }).click();
    await colleague.page.getByRole('heading', { level: 1, name: 'Northwind Risk' }).waitFor();

    const used = await open();
    await used.page.goto(link);
    await used.page.getByLabel('Your name').fill('Someone Else');
    await used.page.getByLabel('Email', { exact: true }).fill(`someone.${RUN}@example.com`);
    await used.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await used.page.getByRole('button', { name: 'Create account' }).click();
    await used.page.getByRole('alert').waitFor();
    expect(used.page.url()).toContain('/sign-up');

    await page.reload();
    await page.getByRole('button', { name: 'Remove Tomas Berg' }).click();
    await page.getByRole('row', { name: /Tomas Berg/ }).waitFor({ state: 'detached' });
    expect(await page.getByRole('row', { name: /Priya Shah/ }).count()).toBe(1);
    expect([...errors, ...colleague.errors]).toEqual([]);
  }, 120_000);

  it('signs a member out and back in, and says why a wrong password fails', async () => {
    const { page, errors } = candidate;
    await page.getByRole('button', { name: /Sign out/ }).click();
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Email', { exact: true }).fill(candidateEmail);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const problem = page.getByRole('alert');
    await problem.waitFor();
    expect((await problem.innerText()).length).toBeGreaterThan(20);
    await showcase(page, 'sign-in-refused');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/me');
    await page.getByRole('heading', { level: 1, name: 'Ada Quinn' }).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});

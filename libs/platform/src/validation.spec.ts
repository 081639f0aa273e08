import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { DomainError } from './domain-error';
import { createValidationPipe, MAX_INPUT_DEPTH } from './validation';

class SearchQuery {
  @IsString()
  @MaxLength(20)
  q: string;

  @IsOptional()
  @IsString({ each: true })
  tags?: string[];

  @IsOptional()
  @IsEmail()
  email?: string;
}

describe('the validation pipe every entry point uses', () => {
  const pipe = createValidationPipe();
  const validate = (value: unknown): Promise<unknown> => pipe.transform(value, { type: 'body', metatype: SearchQuery });
  const problemOf = async (value: unknown): Promise<DomainError> => {
    try {
      await validate(value);
    } catch (error) {
      return error as DomainError;
    }
    throw new Error('expected a problem');
  };

  it('passes a valid value through as an instance of its class', async () => {
    expect(await validate({ q: 'machine learning' })).toBeInstanceOf(SearchQuery);
  });

  it('names each invalid and each unknown field', async () => {
    const problem = await problemOf({ q: 'x'.repeat(21), admin: true });
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['admin', 'q']);
  });

  it('refuses text with a NUL character, which PostgreSQL could not store, naming where it is', async () => {
    const problem = await problemOf({ q: 'ok', tags: ['fine', 'bad\u0000'] });
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(problem.errors).toEqual([{ field: 'tags.1', message: 'must not contain NUL characters' }]);
  });

  it('refuses text with an unpaired surrogate, which validators choke on, before any of them runs', async () => {
    const problem = await problemOf({ q: 'ok', email: '\ud800' });
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(problem.errors).toEqual([{ field: 'email', message: expect.stringMatching(/unpaired surrogate/) }]);
  });

  it('refuses JSON nested far deeper than any request of ours, instead of overflowing the stack', async () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) deep = level % 2 ? [deep] : { a: deep };
    const problem = await problemOf({ q: 'ok', tags: deep });
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(problem.errors).toEqual([
      { field: expect.stringMatching(/^tags\./), message: expect.stringMatching(/levels deep/) },
    ]);
  });

  it('accepts nesting up to the limit', async () => {
    let nested: unknown = 'leaf';
    for (let level = 1; level < MAX_INPUT_DEPTH; level += 1) nested = [nested];
    await expect(pipe.transform({ q: 'ok', tags: nested }, { type: 'body', metatype: Object })).resolves.toBeDefined();
  });

  it('leaves server-side parameters alone, however large and circular (a GraphQL context holds the HTTP request)', async () => {
    const request: Record<string, unknown> = { ip: '127.0.0.1' };
    request.socket = { owner: request };
    await expect(pipe.transform(request, { type: 'custom', metatype: Object, data: 'req' })).resolves.toBe(request);
  });

  it('drops fields the class does not declare when told something else already refused unknown ones', async () => {
    const lenient = createValidationPipe({ forbidUnknownFields: false });
    const value = await lenient.transform(
      { q: 'vision', id: 'belongs-to-a-sibling' },
      { type: 'body', metatype: SearchQuery },
    );
    expect(value).toEqual(Object.assign(new SearchQuery(), { q: 'vision' }));
  });
});

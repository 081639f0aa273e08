import fc from 'fast-check';
import { INJECTION_STRINGS } from './hostile-values';

interface IntrospectedField {
  name: string;
  args: Array<{ name: string }>;
}

export interface RootFields {
  query: IntrospectedField[];
  mutation: IntrospectedField[];
}

export const INTROSPECTION_QUERY =
  '{ __schema { queryType { fields { name args { name } } } mutationType { fields { name args { name } } } } }';

/** GraphQL literals of every kind, including the ones no argument accepts. */
const hostileLiteral: fc.Arbitrary<string> = fc.letrec<{ literal: string }>((tie) => ({
  literal: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...INJECTION_STRINGS.slice(0, 10)).map((value) => JSON.stringify(value)),
    fc.string({ unit: 'grapheme', maxLength: 30 }).map((value) => JSON.stringify(value)),
    fc.integer().map(String),
    fc.constantFrom('1e400', '-9007199254740993', '0.5', 'true', 'false', 'null', 'ENUM_THAT_IS_NOT'),
    fc.array(tie('literal'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(fc.tuple(fc.constantFrom('email', 'skill', 'level', 'x', 'id'), tie('literal')), { maxLength: 3 })
      .map((entries) => `{ ${entries.map(([key, value]) => `${key}: ${value}`).join(', ')} }`),
  ),
})).literal;

/** Operations on real root fields with hostile arguments, plus documents that are not GraphQL at all. */
export function graphqlDocuments(fields: RootFields): fc.Arbitrary<string> {
  const operation = (kind: 'query' | 'mutation', list: IntrospectedField[]): fc.Arbitrary<string> =>
    fc.constantFrom(...list).chain((field) =>
      fc.tuple(...field.args.map(() => hostileLiteral)).map((values) => {
        const args = field.args.map((arg, index) => `${arg.name}: ${values[index]}`).join(', ');
        return `${kind} { ${field.name}${args ? `(${args})` : ''} { __typename } }`;
      }),
    );
  const candidates = [operation('query', fields.query)];
  if (fields.mutation.length > 0) candidates.push(operation('mutation', fields.mutation));
  candidates.push(
    fc.constantFrom(
      '{',
      'query {',
      'mutation { login }',
      '{ __schema { types { name fields { name } } } }',
      '{ a: b }',
    ),
    fc.string({ maxLength: 100 }),
  );
  return fc.oneof(...candidates);
}

const aliases = (count: number, field: (index: number) => string): string =>
  Array.from({ length: count }, (_, index) => `a${index}: ${field(index)}`).join(' ');

/** Fragments that each spread the next twice: 2^30 selections if expanded naively. */
const doublingFragments = Array.from({ length: 30 }, (_, level) =>
  level === 29
    ? `fragment F${level} on CareerList { items { slug } }`
    : `fragment F${level} on CareerList { ...F${level + 1} ...F${level + 1} }`,
).join(' ');

/**
 * Documents built to be expensive: each must be refused before it runs, with a `graphql.*` code, as
 * an attacker would send them (issue 16).
 */
export const COSTLY_DOCUMENTS: Record<string, string> = {
  '550 aliases of a 100-item list': `{ ${aliases(550, () => 'careers(limit: 100) { items { slug } }')} }`,
  'aliases within the limit asking for too many items': `{ ${aliases(
    15,
    () => 'careers(limit: 100) { items { slug role summary salaryRanges { level currency min max } } }',
  )} }`,
  '20 aliased registrations': `mutation { ${aliases(
    20,
    (index) =>
      `register(input: { email: "bulk${index}@example.com", password: "correct horse battery", name: "Bulk", role: "candidate" }) { accessToken }`,
  )} }`,
  'fragments doubling 30 times': `{ careers(limit: 100) { ...F0 } } ${doublingFragments}`,
  'one list selected 200 times through inline fragments': `{ careers(limit: 100) { ${'... on CareerList { items { slug role summary } } '.repeat(200)}} }`,
};

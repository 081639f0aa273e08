import { parseValue, valueFromAST } from 'graphql';
import { JsonScalar } from './json.scalar';

describe('the JSON scalar', () => {
  it('reads any JSON written inline in a query, variables included', () => {
    const literal = parseValue('{ args: [[1, 2.5], "x", true, null], nested: { key: $given } }');
    expect(valueFromAST(literal, JsonScalar, { given: [3] })).toEqual({
      args: [[1, 2.5], 'x', true, null],
      nested: { key: [3] },
    });
  });

  it('passes variables and results through unchanged', () => {
    const value = { precision: [0.8, 0.5], macro_f1: 0.6 };
    expect(JsonScalar.parseValue(value)).toBe(value);
    expect(JsonScalar.serialize(value)).toBe(value);
  });
});

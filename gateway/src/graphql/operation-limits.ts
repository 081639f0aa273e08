import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationTypeNode,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxMutations: number;
  /** Items a list is assumed to hold when the document names no `limit` (the API's default page). */
  defaultListSize: number;
  /** Items a `limit` passed as a variable may ask for (the API's largest page). */
  maxListSize: number;
}

/** What an operation asks of the backend, counted with its fragments spread in. */
interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

const NONE: Measure = { depth: 0, aliases: 0, cost: 0 };

function limitedError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: `graphql.${code}`, status: 400 } });
}

/**
 * Measures selection sets against the schema. A field costs one call, and a list field multiplies
 * what it selects by the items it may return (its `limit` argument, or the default), so 500 aliases of
 * `careers(limit: 100)` add up to what they would really cost. Introspection fields are not counted:
 * when it is on, an operator wanted it. Each fragment is measured once, so fragments spread into
 * fragments cannot make the measuring itself exponential; a cycle (graphql's own rule refuses it)
 * counts as nothing.
 */
class OperationMeter {
  private readonly fragmentMeasures = new Map<string, Measure>();
  private readonly fragmentRootFields = new Map<string, number>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly limits: OperationLimits,
  ) {}

  /** `pageSize` is the `limit` of the page object whose selection this is, for the list inside it. */
  measure(selectionSet: SelectionSetNode, parent: GraphQLNamedType, pageSize?: number): Measure {
    let total = NONE;
    for (const selection of selectionSet.selections) {
      let part: Measure;
      if (selection.kind === Kind.FIELD) {
        part = this.measureField(selection, parent, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        part = this.measure(selection.selectionSet, type ?? parent, pageSize);
      } else {
        part = this.measureFragment(selection.name.value, parent, pageSize);
      }
      total = {
        depth: Math.max(total.depth, part.depth),
        aliases: total.aliases + part.aliases,
        cost: total.cost + part.cost,
      };
    }
    return total;
  }

  /** Root fields of a selection, fragments spread in: in a mutation each one is a change of its own. */
  rootFields(selectionSet: SelectionSetNode): number {
    return selectionSet.selections.reduce((count, selection) => {
      if (selection.kind === Kind.FIELD) return count + (selection.name.value.startsWith('__') ? 0 : 1);
      if (selection.kind === Kind.INLINE_FRAGMENT) return count + this.rootFields(selection.selectionSet);
      const name = selection.name.value;
      const known = this.fragmentRootFields.get(name);
      if (known !== undefined) return count + known;
      const fragment = this.fragments.get(name);
      if (!fragment) return count;
      this.fragmentRootFields.set(name, 0);
      const fields = this.rootFields(fragment.selectionSet);
      this.fragmentRootFields.set(name, fields);
      return count + fields;
    }, 0);
  }

  private measureFragment(name: string, parent: GraphQLNamedType, pageSize: number | undefined): Measure {
    const key = `${name}:${pageSize ?? ''}`;
    const known = this.fragmentMeasures.get(key);
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (!fragment) return NONE;
    this.fragmentMeasures.set(key, NONE);
    const type = this.schema.getType(fragment.typeCondition.name.value) ?? parent;
    const found = this.measure(fragment.selectionSet, type, pageSize);
    this.fragmentMeasures.set(key, found);
    return found;
  }

  /**
   * A list multiplies what it selects by its items: its own `limit`, the `limit` of the page it sits
   * in, or the default. A page (`jobApplications(limit: 10) { items { … } }`) hands its limit down.
   */
  private measureField(field: FieldNode, parent: GraphQLNamedType, pageSize: number | undefined): Measure {
    if (field.name.value.startsWith('__')) return NONE;
    const aliases = field.alias ? 1 : 0;
    const definition =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
    if (!field.selectionSet || !definition) return { depth: 1, aliases, cost: 1 };
    const limit = this.limitOf(field);
    const isList = isListType(getNullableType(definition.type));
    const items = isList ? (limit ?? pageSize ?? this.limits.defaultListSize) : 1;
    const inner = this.measure(field.selectionSet, getNamedType(definition.type), isList ? undefined : limit);
    return { depth: inner.depth + 1, aliases: aliases + inner.aliases, cost: 1 + items * inner.cost };
  }

  /** The `limit` a field asks for; one passed as a variable counts as the largest page it could be. */
  private limitOf(field: FieldNode): number | undefined {
    const value = field.arguments?.find((argument) => argument.name.value === 'limit')?.value;
    if (value?.kind === Kind.INT) return Math.max(1, Number(value.value));
    if (value?.kind === Kind.VARIABLE) return this.limits.maxListSize;
    return undefined;
  }
}

/**
 * The first limit an operation breaks, if any. One error only: mercurius answers a single error
 * with its status (400) and several with 200.
 */
function refusalOf(
  meter: OperationMeter,
  operation: OperationDefinitionNode,
  root: GraphQLObjectType,
  limits: OperationLimits,
): GraphQLError | undefined {
  const mutations = operation.operation === OperationTypeNode.MUTATION ? meter.rootFields(operation.selectionSet) : 0;
  if (mutations > limits.maxMutations) {
    return limitedError(
      'too_many_mutations',
      `The operation makes ${mutations} changes; at most ${limits.maxMutations} are allowed in one operation.`,
    );
  }
  const found = meter.measure(operation.selectionSet, root);
  if (found.aliases > limits.maxAliases) {
    return limitedError(
      'too_many_aliases',
      `The operation uses ${found.aliases} aliases; at most ${limits.maxAliases} are allowed.`,
    );
  }
  if (found.depth > limits.maxDepth) {
    return limitedError(
      'too_deep',
      `The operation nests ${found.depth} levels; at most ${limits.maxDepth} are allowed.`,
    );
  }
  if (found.cost > limits.maxCost) {
    return limitedError(
      'too_costly',
      `The operation could cost ${found.cost} field resolutions; at most ${limits.maxCost} are allowed. Ask for fewer items or fields.`,
    );
  }
  return undefined;
}

/**
 * A validation rule that refuses, before anything runs, an operation nested too deep, with too many
 * aliases, costing too much, or (a mutation) changing too many things at once. Each refusal is a
 * GraphQL error with a `graphql.*` code and status 400.
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation);
        if (!root) return;
        const meter = new OperationMeter(schema, fragments, limits);
        const refusal = refusalOf(meter, operation, root, limits);
        if (refusal) context.reportError(refusal);
      },
    };
  };
}

/** Refuses `__schema` and `__type` (`__typename` stays: clients need it), with a code like the limits'. */
const noIntrospectionRule: ValidationRule = (context) => ({
  Field(field) {
    if (field.name.value !== '__schema' && field.name.value !== '__type') return;
    context.reportError(limitedError('introspection_disabled', 'Introspection is turned off on this server.'));
  },
});

/** Every rule the gateway adds to GraphQL's own: the limits, and no introspection unless it is on. */
export function gatewayValidationRules(limits: OperationLimits, introspection: boolean): ValidationRule[] {
  const rules = [operationLimitsRule(limits)];
  return introspection ? rules : [...rules, noIntrospectionRule];
}

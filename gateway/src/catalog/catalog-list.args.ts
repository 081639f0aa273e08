import { ArgsType, Field, Int } from '@nestjs/graphql';
import { CareerSearchRequest, SkillSearchRequest } from '@skillproof/contracts';

/**
 * List arguments for GraphQL, the same classes REST takes as query strings: validation comes from
 * the contract, and only the GraphQL field declarations are added (without redeclaring the fields).
 */
@ArgsType()
export class SkillListArgs extends SkillSearchRequest {}

@ArgsType()
export class CareerListArgs extends CareerSearchRequest {}

for (const target of [SkillListArgs, CareerListArgs]) {
  Field(() => String, { nullable: true })(target.prototype, 'q');
  Field(() => Int, { nullable: true })(target.prototype, 'limit');
  Field(() => String, { nullable: true })(target.prototype, 'cursor');
}
Field(() => String, { nullable: true })(SkillListArgs.prototype, 'category');

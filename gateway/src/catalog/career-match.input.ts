import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { CareerMatchRequest, SkillRating } from '@skillproof/contracts';

/**
 * The career-match questionnaire as a GraphQL input. Validation comes from the contract classes;
 * only the GraphQL field declarations are added (without redeclaring the fields).
 */
@InputType('SkillRatingInput')
export class SkillRatingInput extends SkillRating {}
Field(() => String)(SkillRatingInput.prototype, 'skill');
Field(() => Int)(SkillRatingInput.prototype, 'level');

@InputType('CareerMatchInput')
export class CareerMatchInput extends CareerMatchRequest {}
Field(() => [SkillRatingInput])(CareerMatchInput.prototype, 'skills');
Type(() => SkillRatingInput)(CareerMatchInput.prototype, 'skills');
Field(() => [String], { nullable: true })(CareerMatchInput.prototype, 'interests');

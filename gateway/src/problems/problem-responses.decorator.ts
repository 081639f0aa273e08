import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { titleOf } from '@skillproof/platform';

class FieldErrorDto {
  @ApiProperty({ example: 'rubric.criteria.0.weight' }) field: string;
  @ApiProperty({ example: 'weight must not be less than 0' }) message: string;
}

/** RFC 9457 problem document, as every error of the API is answered. */
export class ProblemDto {
  @ApiProperty({ example: 'https://skillproof.dev/problems/validation_failed' }) type: string;
  @ApiProperty({ example: 'Bad request' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty() detail: string;
  @ApiProperty({ required: false }) instance?: string;
  @ApiProperty({ example: 'validation_failed' }) code: string;
  @ApiProperty({ type: [FieldErrorDto], required: false }) errors?: FieldErrorDto[];
}

/** Documents the problem answers a route can give, on top of 429/503/504 that any route can. */
export const ProblemResponses = (...statuses: number[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ...[...statuses, 429, 503, 504].map((status) =>
      ApiResponse({ status, description: titleOf(status), type: ProblemDto }),
    ),
  );

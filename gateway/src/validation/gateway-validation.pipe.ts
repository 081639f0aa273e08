import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { createValidationPipe } from '@skillproof/platform';

/**
 * Validation for REST and GraphQL alike, with one difference GraphQL needs. A resolver may read a
 * field's arguments through several parameters (`@Args() params: IdParams`, `@Args() page: PageArgs`,
 * `@Args('input')`), and each bare `@Args()` of an `@ArgsType()` class receives every argument of
 * the field, its siblings' too. GraphQL has already refused any argument the schema does not
 * declare, so such a parameter keeps its own class's properties instead of refusing the rest.
 */
@Injectable()
export class GatewayValidationPipe implements PipeTransform {
  private readonly strict = createValidationPipe();
  private readonly ownFieldsOnly = createValidationPipe({ forbidUnknownFields: false });

  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return (receivesAllArguments(metadata) ? this.ownFieldsOnly : this.strict).transform(value, metadata);
  }
}

/** A bare `@Args()` arrives as a body without a name; a REST body is never an `@ArgsType()` class. */
function receivesAllArguments({ type, data, metatype }: ArgumentMetadata): boolean {
  return (
    type === 'body' &&
    data === undefined &&
    TypeMetadataStorage.getArgumentsMetadata().some((argumentsType) => argumentsType.target === metatype)
  );
}

import { ApiProperty } from '@nestjs/swagger';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class DeliveryParams {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() deliveryId: string;
}

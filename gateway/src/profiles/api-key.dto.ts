import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class ApiKeyCreateDto {
  @ApiPropertyOptional({ example: 'ATS integration' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name?: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'sk_live_Ab3dE9', description: 'Enough to tell keys apart, not to use one' }) prefix: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'Send as X-Api-Key. Shown this once; only its hash is stored.' }) key: string;
}

export class ApiKeyIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
}

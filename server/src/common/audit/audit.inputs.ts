import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../pagination/connection.js';

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  entityType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  entityId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  operation?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Operators only; partners always see their own partner.' })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Up to this instant (exclusive).' })
  @IsOptional()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditLogFilter;
}

import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Permission } from '../../common/auth/permission.js';
import { ConnectionArgs } from '../../common/pagination/connection.js';

@InputType()
export class CreateRoleInput {
  @Field(() => String)
  @Length(1, 60, { message: 'The role name must have 1 to 60 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;

  @Field(() => [Permission])
  @ArrayMaxSize(100)
  permissions!: Permission[];
}

@InputType()
export class UpdateRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a role id.' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60, { message: 'The role name must have 1 to 60 characters.' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;

  @Field(() => [Permission], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  permissions?: Permission[];
}

@ArgsType()
export class RolesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the role name.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

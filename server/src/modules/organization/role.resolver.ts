import { Arg, Args, Authorized, Ctx as GqlCtx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { Permission } from '../../common/auth/permission.js';
import { ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { toPayload, UserError } from '../../common/errors/user-error.js';
import { Role } from './role.entity.js';
import { CreateRoleInput, RolesArgs, UpdateRoleInput } from './role.inputs.js';

const RoleConnection = ConnectionType(Role, 'Role');

@ObjectType()
export class RolePayload {
  @Field(() => Role, { nullable: true })
  role!: Role | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@Resolver(() => Role)
export class RoleResolver {
  @Authorized(Permission.ROLES_MANAGE, Permission.MEMBERS_MANAGE, Permission.MEMBERS_VIEW)
  @Query(() => RoleConnection, { description: "Built-in roles and the partner's custom roles." })
  roles(@Args(() => RolesArgs) args: RolesArgs, @GqlCtx() ctx: Ctx): Promise<Connection<Role>> {
    return ctx.services.roles.list(ctx, args);
  }

  @Authorized(Permission.ROLES_MANAGE, Permission.MEMBERS_MANAGE, Permission.MEMBERS_VIEW)
  @Query(() => Role)
  role(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<Role> {
    return ctx.services.roles.get(ctx, id);
  }

  @Authorized(Permission.ROLES_MANAGE)
  @Mutation(() => RolePayload)
  createRole(@Arg('input', () => CreateRoleInput) input: CreateRoleInput, @GqlCtx() ctx: Ctx): Promise<RolePayload> {
    return toPayload('role', () => ctx.services.roles.create(ctx, input));
  }

  @Authorized(Permission.ROLES_MANAGE)
  @Mutation(() => RolePayload)
  updateRole(@Arg('input', () => UpdateRoleInput) input: UpdateRoleInput, @GqlCtx() ctx: Ctx): Promise<RolePayload> {
    return toPayload('role', () => ctx.services.roles.update(ctx, input));
  }
}

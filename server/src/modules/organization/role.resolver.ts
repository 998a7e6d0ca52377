import { Arg, Args, Authorized, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { ADMINISTRATOR_ROLE_KEY, Permission } from '../../common/auth/permission.js';
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

@ObjectType()
export class DeleteRolePayload {
  @Field(() => ID, { nullable: true })
  deletedRoleId!: string | null;

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

  @Authorized(Permission.ROLES_MANAGE)
  @Mutation(() => DeleteRolePayload, { description: 'Deletes a custom role that no member holds.' })
  deleteRole(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<DeleteRolePayload> {
    return toPayload('deletedRoleId', () => ctx.services.roles.delete(ctx, id));
  }

  @Authorized(Permission.ROLES_MANAGE)
  @Query(() => [Permission], { description: 'What the caller may put into a custom role: held permissions minus administrator-only ones.' })
  grantablePermissions(@GqlCtx() ctx: Ctx): Permission[] {
    return ctx.services.roles.grantablePermissions(ctx);
  }

  @Authorized(Permission.ROLES_MANAGE, Permission.MEMBERS_MANAGE, Permission.MEMBERS_VIEW)
  @FieldResolver(() => Int, { description: "How many of the caller's members hold this role (active or not)." })
  memberCount(@Root() role: Role, @GqlCtx() ctx: Ctx): Promise<number> {
    return ctx.services.members.countHolders(ctx, role.id);
  }

  @FieldResolver(() => Boolean, { description: 'The built-in role of master accounts; it cannot be given to members (R-ORG-1).' })
  isAdministrator(@Root() role: Role): boolean {
    return role.builtInKey === ADMINISTRATOR_ROLE_KEY;
  }
}

import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { Permission } from '../../common/auth/permission.js';
import { ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { toPayload } from '../../common/errors/user-error.js';
import type { Account } from '../account/account.entity.js';
import { Role } from './role.entity.js';
import { AssignMemberRoleInput, CreateMemberInput, MembersArgs, UpdateMemberInput } from './member.inputs.js';
import { Member, MemberPayload, MemberWithLinkPayload } from './member.types.js';
import type { MemberWithLink } from './member.service.js';

const MemberConnection = ConnectionType(Member, 'Member');

/** Organisation › Members: reading needs MEMBERS_VIEW or MEMBERS_MANAGE; changes need MEMBERS_MANAGE (R-ORG-1). */
@Resolver(() => Member)
export class MemberResolver {
  @Authorized(Permission.MEMBERS_VIEW, Permission.MEMBERS_MANAGE)
  @Query(() => MemberConnection, { description: "The caller's partner's members, oldest first." })
  members(@Args(() => MembersArgs) args: MembersArgs, @GqlCtx() ctx: Ctx): Promise<Connection<Account>> {
    return ctx.services.members.list(ctx, args);
  }

  @Authorized(Permission.MEMBERS_VIEW, Permission.MEMBERS_MANAGE)
  @Query(() => Member)
  member(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<Account> {
    return ctx.services.members.get(ctx, id);
  }

  @Authorized(Permission.MEMBERS_MANAGE)
  @Mutation(() => MemberWithLinkPayload, { description: 'Creates a member without a password and returns a set-password link.' })
  async createMember(@Arg('input', () => CreateMemberInput) input: CreateMemberInput, @GqlCtx() ctx: Ctx): Promise<MemberWithLinkPayload> {
    return withLink(await toPayload('created', () => ctx.services.members.create(ctx, input)));
  }

  @Authorized(Permission.MEMBERS_MANAGE)
  @Mutation(() => MemberPayload)
  updateMember(@Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @GqlCtx() ctx: Ctx): Promise<MemberPayload> {
    return toPayload('member', () => ctx.services.members.update(ctx, input));
  }

  @Authorized(Permission.MEMBERS_MANAGE)
  @Mutation(() => MemberPayload)
  assignMemberRole(@Arg('input', () => AssignMemberRoleInput) input: AssignMemberRoleInput, @GqlCtx() ctx: Ctx): Promise<MemberPayload> {
    return toPayload('member', () => ctx.services.members.assignRole(ctx, input));
  }

  @Authorized(Permission.MEMBERS_MANAGE)
  @Mutation(() => MemberPayload, { description: "Signs the member out at once; the member's sign-ins are refused until reactivated." })
  deactivateMember(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<MemberPayload> {
    return toPayload('member', () => ctx.services.members.deactivate(ctx, id));
  }

  @Authorized(Permission.MEMBERS_MANAGE)
  @Mutation(() => MemberPayload)
  reactivateMember(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<MemberPayload> {
    return toPayload('member', () => ctx.services.members.reactivate(ctx, id));
  }

  @Authorized(Permission.MEMBERS_MANAGE)
  @Mutation(() => MemberWithLinkPayload, { description: 'A new set-password link; earlier links of the member stop working.' })
  async resendSetPasswordLink(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<MemberWithLinkPayload> {
    return withLink(await toPayload('created', () => ctx.services.members.resendSetPasswordLink(ctx, id)));
  }

  @FieldResolver(() => Role, { nullable: true })
  async role(@Root() member: Account): Promise<Role | null> {
    return (await member.role?.load()) ?? null;
  }

  @FieldResolver(() => Boolean)
  isAdministrator(@Root() member: Account, @GqlCtx() ctx: Ctx): Promise<boolean> {
    return ctx.services.members.isAdministrator(member);
  }

  @FieldResolver(() => Boolean)
  passwordSet(@Root() member: Account, @GqlCtx() ctx: Ctx): Promise<boolean> {
    return ctx.services.members.hasSetPassword(ctx, member.id);
  }
}

function withLink({ created, errors }: { created: MemberWithLink | null; errors: MemberWithLinkPayload['errors'] }): MemberWithLinkPayload {
  return { member: created?.member ?? null, setPasswordLink: created?.setPasswordLink ?? null, errors };
}

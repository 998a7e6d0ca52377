import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { INDIVIDUAL } from '../../common/auth/auth-checker.js';
import { Permission } from '../../common/auth/permission.js';
import { toPayload } from '../../common/errors/user-error.js';
import { ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { PersonnelAssociation } from './personnel-association.entity.js';
import { PersonnelInvitation } from './personnel-invitation.entity.js';
import { InvitationStatus } from './personnel.enums.js';
import {
  DedicatedPerson,
  DedicatedPersonPayload,
  IndividualSummary,
  InvitePersonnelInput,
  PartnerSummary,
  PersonnelArgs,
  PersonnelInvitationPayload,
  PersonnelInvitationsArgs,
  UpdatePersonnelInput,
} from './personnel.types.js';

const DedicatedPersonConnection = ConnectionType(DedicatedPerson, 'DedicatedPerson');
const PersonnelInvitationConnection = ConnectionType(PersonnelInvitation, 'PersonnelInvitation');

/** Organization › Dedicated Personnel (partner side). */
@Resolver()
export class PersonnelResolver {
  @Authorized(Permission.PERSONNEL_VIEW, Permission.PERSONNEL_MANAGE)
  @Query(() => DedicatedPersonConnection, { description: 'Associated personnel with their certificates, newest first.' })
  personnel(@Args(() => PersonnelArgs) args: PersonnelArgs, @GqlCtx() ctx: Ctx): Promise<Connection<DedicatedPerson>> {
    return ctx.services.personnel.list(ctx, args);
  }

  @Authorized(Permission.PERSONNEL_VIEW, Permission.PERSONNEL_MANAGE)
  @Query(() => DedicatedPerson)
  dedicatedPerson(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<DedicatedPerson> {
    return ctx.services.personnel.person(ctx, id);
  }

  @Authorized(Permission.PERSONNEL_VIEW, Permission.PERSONNEL_MANAGE)
  @Query(() => PersonnelInvitationConnection, { description: "The partner's invitations, newest first." })
  personnelInvitations(@Args(() => PersonnelInvitationsArgs) args: PersonnelInvitationsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<PersonnelInvitation>> {
    return ctx.services.personnel.invitations(ctx, args);
  }

  @Authorized(Permission.PERSONNEL_MANAGE)
  @Mutation(() => PersonnelInvitationPayload, { description: 'Invites an individual ID by login ID; administrator only (R-ORG-4).' })
  invitePersonnel(@Arg('input', () => InvitePersonnelInput) input: InvitePersonnelInput, @GqlCtx() ctx: Ctx): Promise<PersonnelInvitationPayload> {
    return toPayload('invitation', () => ctx.services.personnel.invite(ctx, input.loginId));
  }

  @Authorized(Permission.PERSONNEL_MANAGE)
  @Mutation(() => PersonnelInvitationPayload, { description: 'Cancels a pending invitation; administrator only (R-ORG-4).' })
  cancelPersonnelInvitation(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<PersonnelInvitationPayload> {
    return toPayload('invitation', () => ctx.services.personnel.cancelInvitation(ctx, id));
  }

  @Authorized(Permission.PERSONNEL_MANAGE)
  @Mutation(() => DedicatedPersonPayload, { description: 'Position and employment dates (R-DP-8).' })
  updatePersonnel(@Arg('input', () => UpdatePersonnelInput) input: UpdatePersonnelInput, @GqlCtx() ctx: Ctx): Promise<DedicatedPersonPayload> {
    return toPayload('person', () => ctx.services.personnel.update(ctx, input));
  }

  @Authorized(Permission.PERSONNEL_MANAGE)
  @Mutation(() => DedicatedPersonPayload, { description: 'Ends an association; administrator only (R-ORG-4).' })
  endPersonnelAssociation(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<DedicatedPersonPayload> {
    return toPayload('person', () => ctx.services.personnel.endAssociation(ctx, id));
  }
}

/** The individual's portal: invitations and associations. */
@Resolver()
export class IndividualPersonnelResolver {
  @Authorized(INDIVIDUAL)
  @Query(() => PersonnelInvitationConnection, { description: 'Invitations received, newest first.' })
  myPersonnelInvitations(@Args(() => PersonnelInvitationsArgs) args: PersonnelInvitationsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<PersonnelInvitation>> {
    return ctx.services.personnel.myInvitations(ctx, args);
  }

  @Authorized(INDIVIDUAL)
  @Query(() => [PersonnelAssociation], { description: 'Current and past associations with partners, newest first.' })
  myPersonnelAssociations(@GqlCtx() ctx: Ctx): Promise<PersonnelAssociation[]> {
    return ctx.services.personnel.myAssociations(ctx);
  }

  @Authorized(INDIVIDUAL)
  @Mutation(() => PersonnelInvitationPayload, { description: 'Accepts a pending invitation (valid 7 days, R-DP-2).' })
  acceptPersonnelInvitation(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<PersonnelInvitationPayload> {
    return toPayload('invitation', () => ctx.services.personnel.accept(ctx, id));
  }

  @Authorized(INDIVIDUAL)
  @Mutation(() => PersonnelInvitationPayload)
  declinePersonnelInvitation(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<PersonnelInvitationPayload> {
    return toPayload('invitation', () => ctx.services.personnel.decline(ctx, id));
  }
}

@Resolver(() => PersonnelInvitation)
export class PersonnelInvitationFields {
  @FieldResolver(() => InvitationStatus, { description: 'A pending invitation past its 7 days reads as EXPIRED (R-DP-2).' })
  status(@Root() invitation: PersonnelInvitation, @GqlCtx() ctx: Ctx): InvitationStatus {
    return invitation.effectiveStatus(ctx.clock.now());
  }

  @FieldResolver(() => IndividualSummary)
  async individual(@Root() invitation: PersonnelInvitation): Promise<IndividualSummary> {
    const individual = await invitation.individual.loadOrFail();
    return { id: individual.id, loginId: individual.loginId ?? '', displayName: individual.displayName };
  }

  @FieldResolver(() => PartnerSummary)
  async partner(@Root() invitation: PersonnelInvitation): Promise<PartnerSummary> {
    const partner = await invitation.partner.loadOrFail();
    return { id: partner.id, name: partner.name };
  }
}

@Resolver(() => PersonnelAssociation)
export class PersonnelAssociationFields {
  @FieldResolver(() => PartnerSummary)
  async partner(@Root() association: PersonnelAssociation): Promise<PartnerSummary> {
    const partner = await association.partner.loadOrFail();
    return { id: partner.id, name: partner.name };
  }
}

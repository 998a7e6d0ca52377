import { Arg, Args, ArgsType, Authorized, Ctx as GqlCtx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import type { Ctx } from '../../app/context.js';
import { OPERATOR } from '../../common/auth/auth-checker.js';
import { Permission } from '../../common/auth/permission.js';
import { toPayload, UserError } from '../../common/errors/user-error.js';
import { ConnectionArgs, ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { Notification, OutboxMail } from './notification.entity.js';

const NotificationConnection = ConnectionType(Notification, 'Notification');
const OutboxMailConnection = ConnectionType(OutboxMail, 'OutboxMail');

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only unread notifications (default false).' })
  @IsOptional()
  unreadOnly?: boolean;
}

@ArgsType()
export class OutboxMailsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only mails to this address.' })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(254)
  to?: string;
}

@ObjectType()
export class NotificationPayload {
  @Field(() => Notification, { nullable: true })
  notification!: Notification | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class MarkAllNotificationsReadPayload {
  @Field(() => Int, { nullable: true, description: 'How many notifications were marked read.' })
  count!: number | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

/** The notification centre (bell) of every portal, and the mail outbox. */
@Resolver()
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The signed-in account's notifications, newest first." })
  myNotifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<Notification>> {
    return ctx.services.notifications.mine(ctx, args);
  }

  @Authorized()
  @Query(() => Int, { description: 'Unread notifications of the signed-in account (the bell badge).' })
  unreadNotificationCount(@GqlCtx() ctx: Ctx): Promise<number> {
    return ctx.services.notifications.unreadCount(ctx);
  }

  @Authorized()
  @Mutation(() => NotificationPayload)
  markNotificationRead(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<NotificationPayload> {
    return toPayload('notification', () => ctx.services.notifications.markRead(ctx, id));
  }

  @Authorized()
  @Mutation(() => MarkAllNotificationsReadPayload)
  markAllNotificationsRead(@GqlCtx() ctx: Ctx): Promise<MarkAllNotificationsReadPayload> {
    return toPayload('count', () => ctx.services.notifications.markAllRead(ctx));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE, Permission.CUSTOMERS_VIEW_ALL, OPERATOR)
  @Query(() => OutboxMailConnection, { description: "E-mails waiting for a mail transport, newest first: the partner's own (invitations, association notices); operators see all." })
  outboxMails(@Args(() => OutboxMailsArgs) args: OutboxMailsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<OutboxMail>> {
    return ctx.services.notifications.outbox(ctx, args);
  }
}

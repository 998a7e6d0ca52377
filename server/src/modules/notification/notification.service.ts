import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import { requireAccount } from '../../app/context.js';
import type { Clock } from '../../common/clock.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { paginate, type Connection, type ConnectionArgs } from '../../common/pagination/connection.js';
import { Account, AccountKind } from '../account/account.entity.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { Notification, NotificationCategory, OutboxMail } from './notification.entity.js';

export type NotificationContent = { category: NotificationCategory; title: string; body: string; link?: string | null };
export type MailContent = { to: string; subject: string; text: string; partnerId?: string | null };

/**
 * The in-app notification centre shared by every portal, and the mail outbox. Other modules call `notify` and
 * `queueMail` with their own EntityManager (inside their transaction); the caller flushes, so the messages commit or
 * roll back with the change they announce.
 */
export class NotificationService {
  constructor(private readonly clock: Clock) {}

  /** Adds one notification per recipient (duplicates removed) to the unit of work. */
  notify(em: EntityManager, recipients: readonly (Account | string)[], content: NotificationContent): Notification[] {
    const now = this.clock.now();
    const ids = [...new Set(recipients.map((r) => (typeof r === 'string' ? r : r.id)))];
    return ids.map((id) =>
      em.create(Notification, {
        recipient: em.getReference(Account, id),
        category: content.category,
        title: content.title.slice(0, 200),
        body: content.body.slice(0, 2000),
        link: content.link ?? null,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }

  /** Puts an e-mail in the outbox; nothing is sent until a mail transport exists. */
  queueMail(em: EntityManager, mail: MailContent): OutboxMail {
    const now = this.clock.now();
    return em.create(OutboxMail, {
      partner: mail.partnerId ?? null,
      to: mail.to,
      subject: mail.subject.slice(0, 300),
      text: mail.text,
      createdAt: now,
      updatedAt: now,
    });
  }

  mine(ctx: Ctx, args: ConnectionArgs & { unreadOnly?: boolean }): Promise<Connection<Notification>> {
    const where = { recipient: requireAccount(ctx).id, ...(args.unreadOnly ? { readAt: null } : {}) };
    return paginate(ctx.em, Notification, where, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  unreadCount(ctx: Ctx): Promise<number> {
    return ctx.em.count(Notification, { recipient: requireAccount(ctx).id, readAt: null });
  }

  /** Someone else's notification answers NOT_FOUND, like an unknown id. */
  async markRead(ctx: Ctx, id: string): Promise<Notification> {
    const notification = isUuid(id) ? await ctx.em.findOne(Notification, { id, recipient: requireAccount(ctx).id }) : null;
    if (!notification) throw new NotFoundError('Notification');
    if (!notification.readAt) {
      notification.readAt = this.clock.now();
      notification.updatedAt = this.clock.now();
      await ctx.em.flush();
    }
    return notification;
  }

  /**
   * Read receipts are bookkeeping, not business changes: one direct update (outside the audit log, which would
   * otherwise get an entry per notification). Returns how many were marked.
   */
  markAllRead(ctx: Ctx): Promise<number> {
    const now = this.clock.now();
    return ctx.em.nativeUpdate(Notification, { recipient: requireAccount(ctx).id, readAt: null }, { readAt: now, updatedAt: now });
  }

  outbox(ctx: Ctx, args: ConnectionArgs & { to?: string }): Promise<Connection<OutboxMail>> {
    const where = args.to?.trim() ? { to: args.to.trim().toLowerCase() } : {};
    // Partner members read through their tenant filter; operators see every partner's mail and the cloud's own.
    const em = ctx.account?.kind === AccountKind.OPERATOR ? crossTenantEm(ctx.em) : ctx.em;
    return paginate(em, OutboxMail, where, args, { sortBy: 'createdAt', direction: 'DESC' });
  }
}

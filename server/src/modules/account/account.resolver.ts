import { Arg, Authorized, Ctx as GqlCtx, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { requireAccount } from '../../app/context.js';
import { toPayload } from '../../common/errors/user-error.js';
import { Account } from './account.entity.js';
import { permissionsOf, SESSION_COOKIE, sessionCookieOptions } from './auth.service.js';
import { AccountView, ChangePasswordInput, ChangePasswordPayload, LoginInput, LoginPayload, LogoutPayload } from './account.types.js';

export async function toAccountView(account: Account): Promise<AccountView> {
  const [partner, role] = await Promise.all([account.partner?.load() ?? null, account.role?.load() ?? null]);
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    kind: account.kind,
    status: account.status,
    partner: partner ?? null,
    role: role ?? null,
    permissions: [...permissionsOf(account)],
    createdAt: account.createdAt,
  };
}

@Resolver()
export class AccountResolver {
  @Authorized()
  @Query(() => AccountView, { description: 'The signed-in account.' })
  me(@GqlCtx() ctx: Ctx): Promise<AccountView> {
    return toAccountView(requireAccount(ctx));
  }

  @Mutation(() => LoginPayload, { description: 'Signs in with e-mail and password and sets the session cookie.' })
  login(@Arg('input', () => LoginInput) input: LoginInput, @GqlCtx() ctx: Ctx): Promise<LoginPayload> {
    return toPayload('account', async () => {
      const { account, token, session } = await ctx.services.auth.login(ctx, input);
      ctx.reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(ctx.config, session.expiresAt, ctx.clock.now()));
      return toAccountView(account);
    });
  }

  @Authorized()
  @Mutation(() => LogoutPayload, { description: 'Ends the session and clears its cookie.' })
  async logout(@GqlCtx() ctx: Ctx): Promise<LogoutPayload> {
    await ctx.services.auth.logout(ctx);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  }

  @Authorized()
  @Mutation(() => ChangePasswordPayload, { description: "Changes the signed-in account's password; other sessions end." })
  changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<ChangePasswordPayload> {
    return toPayload('account', async () => toAccountView(await ctx.services.auth.changePassword(ctx, input)));
  }
}

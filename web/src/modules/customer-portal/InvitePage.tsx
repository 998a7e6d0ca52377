import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Divider, Flex, Form, Input, Radio, Result, Space, Spin, Typography } from 'antd';
import { CheckOutlined, LockOutlined, MailOutlined } from '@ant-design/icons';
import type { AssociationModel, BalanceDisposition, CustomerInvitationQuery as InvitationResult } from '../../gql/graphql';
import { meQueryKey, useLogout } from '../../app/auth';
import { formatDateTime } from '../../lib/dates';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, type UserError } from '../../lib/graphql';
import { accountKindLabel } from '../../lib/labels';
import { CountrySelect, countryLabel } from '../operator/partnerUi';
import { MIN_PASSWORD_LENGTH } from '../account/MyAccountPage';
import { AcceptCustomerInvitationMutation, RegisterCustomerFromInvitationMutation } from './customerPortal.graphql';
import { MODEL_EXPLANATIONS, modelLabel } from './portalUi';
import { customerKey, useMyCustomerPartner, useMyCustomerProfile, useOptionalMe, usePublicInvitation } from './queries';

type Invitation = NonNullable<InvitationResult['customerInvitation']>;

const MODELS: readonly AssociationModel[] = ['REFERRAL', 'RESELLER'];

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <div className="pc-login">
      <Card className="pc-login-card" style={{ maxWidth: 600 }}>
        <header className="pc-login-header">
          <Typography.Title level={1}>Partner invitation</Typography.Title>
        </header>
        <main>{children}</main>
      </Card>
    </div>
  );
}

function InvitationDetails({ invitation }: { invitation: Invitation }) {
  return (
    <>
      <Typography.Paragraph>
        <Typography.Text strong>{invitation.partnerName}</Typography.Text> invites you to associate your cloud account with it as its customer.
      </Typography.Paragraph>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="Partner">
          {invitation.partnerName} · {countryLabel(invitation.partnerCountry)}
        </Descriptions.Item>
        <Descriptions.Item label="Model">
          <div>
            <Typography.Text strong>{modelLabel(invitation.model)}</Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {MODELS.map((model) => (
                <li key={model}>
                  <Typography.Text type={model === invitation.model ? undefined : 'secondary'}>
                    {`${modelLabel(model)}${model === invitation.model ? ' (this invitation)' : ''}: ${MODEL_EXPLANATIONS[model]}`}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          </div>
        </Descriptions.Item>
        <Descriptions.Item label="Valid">
          {invitation.channel === 'EMAIL' && invitation.expiresAt
            ? `Until ${formatDateTime(invitation.expiresAt)} (${invitation.validDays ?? '?'} days from the e-mail)`
            : 'This link does not expire.'}
        </Descriptions.Item>
        {invitation.emailHint ? <Descriptions.Item label="Sent to">{invitation.emailHint}</Descriptions.Item> : null}
      </Descriptions>
    </>
  );
}

function Unusable({ invitation }: { invitation: Invitation | null }) {
  let detail: string;
  if (!invitation) detail = 'This invitation link is not valid. Check that you copied the whole link, or ask the partner for a new one.';
  else if (invitation.status === 'EXPIRED')
    detail = `This invitation from ${invitation.partnerName} expired on ${formatDateTime(invitation.expiresAt)}. Ask the partner to invite you again.`;
  else if (invitation.status === 'REVOKED') detail = `${invitation.partnerName} has withdrawn this invitation.`;
  else detail = `This invitation from ${invitation.partnerName} has been accepted already.`;
  return (
    <Result
      status="warning"
      title="This invitation cannot be used"
      subTitle={detail}
      extra={
        <Link to="/login">
          <Button type="primary">Go to sign-in</Button>
        </Link>
      }
    />
  );
}

/** Accept as the signed-in customer; a reseller invitation with a balance asks what happens to it (R-CU-9). */
function AcceptStep({ invitation }: { invitation: Invitation }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const profile = useMyCustomerProfile();
  const partner = useMyCustomerPartner();
  const [disposition, setDisposition] = useState<BalanceDisposition>();
  const [errors, setErrors] = useState<readonly UserError[]>([]);

  const balance = Number(profile.data?.accountBalance ?? 0);
  const needsChoice = invitation.model === 'RESELLER' && balance > 0;

  const accept = useMutation({
    mutationFn: async () =>
      (await mutate(AcceptCustomerInvitationMutation, { input: { code: invitation.code, balanceDisposition: needsChoice ? (disposition ?? null) : null } }))
        .acceptCustomerInvitation.errors,
    onMutate: () => setErrors([]),
    onSuccess: async (result) => {
      setErrors(result);
      await queryClient.invalidateQueries({ queryKey: [customerKey] });
      await queryClient.invalidateQueries({ queryKey: ['notifications'] });
      if (result.length === 0) {
        void message.success(`You are now associated with ${invitation.partnerName}.`);
        await navigate('/customer/partner');
      }
    },
    onError: (error) => setErrors([{ code: 'REQUEST', message: errorMessage(error) }]),
  });

  if (profile.isPending || partner.isPending) return <Spin description="Loading your account…" />;
  const current = partner.data;

  return (
    <section aria-labelledby="accept-heading">
      <Typography.Title level={2} id="accept-heading" style={{ fontSize: 18 }}>
        Accept as {profile.data?.companyName}
      </Typography.Title>
      {current ? (
        <Alert
          className="pc-form-alert"
          type="info"
          showIcon
          title={
            current.partner.name === invitation.partnerName
              ? `You are already associated with ${current.partner.name}.`
              : `You are associated with ${current.partner.name}; a customer can be associated with one partner only.`
          }
          action={<Link to="/customer/partner">My partner</Link>}
        />
      ) : null}
      {needsChoice ? (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>
            Your account has a balance of <Typography.Text strong>USD {balance.toFixed(2)}</Typography.Text>. With the reseller model the
            partner pays for you, so choose what happens to it:
          </legend>
          <Radio.Group value={disposition} onChange={(e) => setDisposition(e.target.value as BalanceDisposition)}>
            <Space orientation="vertical">
              <Radio value="TRANSFERRED_TO_PARTNER">Transfer it to the partner&apos;s sub-account</Radio>
              <Radio value="WITHDRAWN">Withdraw it</Radio>
            </Space>
          </Radio.Group>
        </fieldset>
      ) : null}
      {invitation.model === 'REFERRAL' && balance > 0 ? (
        <Typography.Paragraph type="secondary">With the referral model you keep your balance of USD {balance.toFixed(2)}.</Typography.Paragraph>
      ) : null}
      {errors.length > 0 ? (
        <Alert
          className="pc-form-alert"
          type="error"
          showIcon
          role="alert"
          title="The invitation could not be accepted"
          description={errors.map((e) => e.message).join(' ')}
        />
      ) : null}
      <Button
        type="primary"
        icon={<CheckOutlined />}
        loading={accept.isPending}
        disabled={needsChoice && !disposition}
        onClick={() => accept.mutate()}
      >
        Accept the invitation
      </Button>
    </section>
  );
}

interface RegisterValues {
  companyName: string;
  country: string;
  displayName?: string;
  email: string;
  password: string;
  confirmPassword: string;
}

/** The masked address of an e-mail invitation ("b****@globex.example"): first letter and domain must match. */
function matchesHint(email: string, hint: string): boolean {
  const [hintLocal, hintDomain] = hint.split('@');
  const [local, domain] = email.trim().toLowerCase().split('@');
  if (!hintLocal || !hintDomain || !local || !domain) return false;
  return local[0] === hintLocal[0]?.toLowerCase() && domain === hintDomain.toLowerCase();
}

function RegisterForm({ invitation }: { invitation: Invitation }) {
  const [form] = Form.useForm<RegisterValues>();
  const queryClient = useQueryClient();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const fields = ['companyName', 'country', 'displayName', 'email', 'password'];

  const register = useMutation({
    mutationFn: async (v: RegisterValues) =>
      (
        await mutate(RegisterCustomerFromInvitationMutation, {
          input: {
            code: invitation.code,
            companyName: v.companyName.trim(),
            country: v.country,
            displayName: v.displayName?.trim() || null,
            email: v.email.trim(),
            password: v.password,
          },
        })
      ).registerCustomerFromInvitation,
    onMutate: () => setFormErrors([]),
    onSuccess: async (payload) => {
      if (payload.errors.length > 0 || !payload.account) {
        const rest = applyUserErrors(form, payload.errors, fields);
        setFormErrors(rest.length > 0 || payload.errors.length > 0 ? rest : ['Registration failed.']);
        return;
      }
      // Signed in as the new customer: nothing cached for the anonymous visitor may survive.
      await queryClient.cancelQueries();
      queryClient.removeQueries({ queryKey: meQueryKey });
      await queryClient.invalidateQueries({ queryKey: [customerKey] });
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Form<RegisterValues> form={form} name="register" layout="vertical" requiredMark={false} onFinish={(v) => register.mutate(v)} disabled={register.isPending}>
      {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
      <Form.Item label="Company name" name="companyName" rules={[{ required: true, whitespace: true, message: 'Enter your company name.' }]}>
        <Input autoComplete="organization" maxLength={200} />
      </Form.Item>
      <Form.Item label="Country" name="country" rules={[{ required: true, message: 'Choose your country.' }]}>
        <CountrySelect aria-label="Country" />
      </Form.Item>
      <Form.Item label="Your name" name="displayName" extra="Optional: the contact name of the account (default: the company name).">
        <Input autoComplete="name" maxLength={200} />
      </Form.Item>
      <Form.Item
        label="E-mail"
        name="email"
        extra={invitation.emailHint ? `This invitation was sent to ${invitation.emailHint}: register with that address.` : undefined}
        rules={[
          { required: true, message: 'Enter your e-mail address.' },
          { type: 'email', message: 'Enter a valid e-mail address.' },
          {
            validator: (_rule, value: string | undefined) =>
              !value || !invitation.emailHint || matchesHint(value, invitation.emailHint)
                ? Promise.resolve()
                : Promise.reject(new Error(`This invitation can only be used by ${invitation.emailHint}.`)),
          },
        ]}
      >
        <Input prefix={<MailOutlined aria-hidden />} type="email" autoComplete="username" />
      </Form.Item>
      <Form.Item
        label="Password"
        name="password"
        extra={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        rules={[
          { required: true, message: 'Enter a password.' },
          { min: MIN_PASSWORD_LENGTH, message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` },
        ]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="Confirm password"
        name="confirmPassword"
        dependencies={['password']}
        rules={[
          { required: true, message: 'Repeat the password.' },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error('The passwords do not match.')),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" />
      </Form.Item>
      <Form.Item className="pc-login-submit">
        <Button type="primary" htmlType="submit" block loading={register.isPending}>
          Register and continue
        </Button>
      </Form.Item>
    </Form>
  );
}

/** Not signed in: sign in and come back here, or register a new customer account from the invitation. */
function SignInOrRegister({ invitation }: { invitation: Invitation }) {
  const [registering, setRegistering] = useState(false);
  const next = `/login?next=${encodeURIComponent(`/invite/${invitation.code}`)}`;
  return (
    <section aria-labelledby="continue-heading">
      <Typography.Title level={2} id="continue-heading" style={{ fontSize: 18 }}>
        {registering ? 'Register your cloud account' : 'To accept, sign in or register'}
      </Typography.Title>
      {registering ? (
        <>
          <RegisterForm invitation={invitation} />
          <Button type="link" style={{ paddingInline: 0, marginTop: 8 }} onClick={() => setRegistering(false)}>
            Back
          </Button>
        </>
      ) : (
        <Flex gap={12} wrap>
          <Link to={next}>
            <Button type="primary">Sign in</Button>
          </Link>
          <Button onClick={() => setRegistering(true)}>Register</Button>
        </Flex>
      )}
    </section>
  );
}

/** Public landing page of a customer invitation: /invite/:code (R-CU-6). */
export function InvitePage() {
  const { code = '' } = useParams();
  const invitation = usePublicInvitation(code);
  const me = useOptionalMe();
  const logout = useLogout();

  if (invitation.isPending || me.isPending) {
    return (
      <Frame>
        <Spin description="Opening the invitation…" />
      </Frame>
    );
  }
  const failed = invitation.isError ? invitation.error : me.isError ? me.error : null;
  if (failed) {
    return (
      <Frame>
        <Alert type="error" showIcon role="alert" title="Could not open the invitation" description={errorMessage(failed)} />
      </Frame>
    );
  }
  const data = invitation.data ?? null;
  if (!data || data.status !== 'ACTIVE') {
    return (
      <Frame>
        {data ? <InvitationDetails invitation={data} /> : null}
        <Unusable invitation={data} />
      </Frame>
    );
  }

  const account = me.data ?? null;
  let next: React.ReactNode;
  if (!account) next = <SignInOrRegister invitation={data} />;
  else if (account.kind === 'CUSTOMER') next = <AcceptStep invitation={data} />;
  else
    next = (
      <Alert
        type="warning"
        showIcon
        title={`You are signed in as ${account.email} (${accountKindLabel(account.kind)}).`}
        description="Customer invitations are accepted with a customer account. Log out, then open this link again."
        action={
          <Button size="small" onClick={() => logout.mutate()} loading={logout.isPending}>
            Log out
          </Button>
        }
      />
    );

  return (
    <Frame>
      <InvitationDetails invitation={data} />
      <Divider />
      {next}
    </Frame>
  );
}

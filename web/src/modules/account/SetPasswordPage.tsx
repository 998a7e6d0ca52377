import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Result, Spin, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, GraphQLRequestError, mutate, request } from '../../lib/graphql';
import { formatDateTime } from '../../lib/dates';
import { PasswordLinkQuery, SetPasswordMutation } from './account.graphql';
import { MIN_PASSWORD_LENGTH } from './MyAccountPage';

interface SetPasswordValues {
  password: string;
  confirmPassword: string;
}

const LINK_INVALID = 'PASSWORD_LINK_INVALID';

function InvalidLink({ detail }: { detail: string }) {
  return (
    <Result
      status="warning"
      title="This link cannot be used"
      subTitle={`${detail} Ask your administrator to create a new set-password link for you.`}
      extra={
        <Link to="/login">
          <Button type="primary">Go to sign-in</Button>
        </Link>
      }
    />
  );
}

/** Public page of a one-time set-password link (new members, newly registered partner administrators). */
export function SetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetPasswordValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [linkProblem, setLinkProblem] = useState<string>();

  const link = useQuery({
    queryKey: ['password-link', token],
    queryFn: async () => (await request(PasswordLinkQuery, { token })).passwordLink,
    enabled: token.length > 0,
    staleTime: Infinity,
  });

  const save = useMutation({
    mutationFn: async (v: SetPasswordValues) => (await mutate(SetPasswordMutation, { input: { token, password: v.password } })).setPassword,
    onMutate: () => setFormErrors([]),
    onSuccess: async (payload) => {
      const invalid = payload.errors.find((e) => e.code === LINK_INVALID);
      if (invalid) {
        setLinkProblem(invalid.message);
        return;
      }
      if (payload.errors.length > 0) {
        setFormErrors(applyUserErrors(form, payload.errors, ['password']));
        return;
      }
      void message.success({ content: 'Your password has been set. Sign in with your e-mail address and the new password.', duration: 10 });
      await navigate('/login', { replace: true });
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  let body;
  if (!token) {
    body = <InvalidLink detail="The link is incomplete: it has no token." />;
  } else if (linkProblem) {
    body = <InvalidLink detail={linkProblem} />;
  } else if (link.isPending) {
    body = <Spin description="Checking the link…" />;
  } else if (link.isError) {
    const invalid = link.error instanceof GraphQLRequestError && link.error.code === LINK_INVALID;
    body = invalid ? (
      <InvalidLink detail={link.error.message} />
    ) : (
      <Alert type="error" showIcon role="alert" title="Could not check the link" description={errorMessage(link.error)} />
    );
  } else {
    body = (
      <>
        <Typography.Paragraph>
          Welcome, <Typography.Text strong>{link.data.displayName}</Typography.Text>. Choose the password for{' '}
          <Typography.Text strong>{link.data.email}</Typography.Text>.
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">This link works once, until {formatDateTime(link.data.expiresAt)}.</Typography.Paragraph>
        <Form<SetPasswordValues> form={form} name="set-password" layout="vertical" requiredMark={false} onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
          {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
          {/* Lets password managers file the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={link.data.email} readOnly hidden />
          <Form.Item
            label="New password"
            name="password"
            extra={`At least ${MIN_PASSWORD_LENGTH} characters.`}
            rules={[
              { required: true, message: 'Enter a password.' },
              { min: MIN_PASSWORD_LENGTH, message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` },
            ]}
          >
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" autoFocus />
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
            <Button type="primary" htmlType="submit" block loading={save.isPending}>
              Set password
            </Button>
          </Form.Item>
        </Form>
      </>
    );
  }

  return (
    <div className="pc-login">
      <Card className="pc-login-card">
        <header className="pc-login-header">
          <Typography.Title level={1}>Set your password</Typography.Title>
        </header>
        <main>{body}</main>
      </Card>
    </div>
  );
}

import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { errorMessage, mutate } from '../../lib/graphql';
import { applyUserErrors } from '../../lib/forms';
import { safeNextPath } from '../../lib/redirects';
import { LoginMutation } from './account.graphql';

interface LoginValues {
  email: string;
  password: string;
}

export function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const queryClient = useQueryClient();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const login = useMutation({
    mutationFn: (values: LoginValues) => mutate(LoginMutation, { input: { email: values.email.trim(), password: values.password } }),
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ login: payload }) => {
      if (payload.errors.length > 0 || !payload.account) {
        const rest = applyUserErrors(form, payload.errors, ['email', 'password']);
        setFormErrors(rest.length > 0 || payload.errors.length > 0 ? rest : ['Sign-in failed.']);
        return;
      }
      // A new session: nothing cached for a previous account may survive.
      await queryClient.cancelQueries();
      queryClient.clear();
      await navigate(safeNextPath(searchParams.get('next'), payload.account.kind), { replace: true });
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <div className="pc-login">
      <Card className="pc-login-card">
        <header className="pc-login-header">
          <Typography.Title level={1}>Partner Center</Typography.Title>
          <Typography.Paragraph>Sign in to the partner network console.</Typography.Paragraph>
        </header>
        <main>
          <Form<LoginValues>
            form={form}
            name="login"
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => login.mutate(values)}
            disabled={login.isPending}
          >
            {formErrors.length > 0 ? (
              <Alert
                className="pc-form-alert"
                type="error"
                showIcon
                role="alert"
                title={formErrors.length === 1 ? formErrors[0] : 'Sign-in failed'}
                description={formErrors.length > 1 ? formErrors.join(' ') : undefined}
              />
            ) : null}
            <Form.Item
              label="E-mail"
              name="email"
              rules={[
                { required: true, message: 'Enter your e-mail address.' },
                { type: 'email', message: 'Enter a valid e-mail address.' },
              ]}
            >
              <Input prefix={<MailOutlined aria-hidden />} autoComplete="username" type="email" autoFocus />
            </Form.Item>
            <Form.Item label="Password" name="password" rules={[{ required: true, message: 'Enter your password.' }]}>
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
            </Form.Item>
            <Form.Item className="pc-login-submit">
              <Button type="primary" htmlType="submit" block loading={login.isPending}>
                Sign in
              </Button>
            </Form.Item>
          </Form>
        </main>
      </Card>
    </div>
  );
}

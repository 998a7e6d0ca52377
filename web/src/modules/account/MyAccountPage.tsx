import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag } from 'antd';
import { useMe } from '../../app/auth';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate } from '../../lib/graphql';
import { formatDate } from '../../lib/dates';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { ChangePasswordMutation } from './account.graphql';
import { accountKindLabel, permissionLabel } from '../../lib/labels';

export const MIN_PASSWORD_LENGTH = 12;

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function ProfileCard() {
  const me = useMe();
  if (me.isPending) return <Card title="Profile" loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  const a = me.data;
  return (
    <Card title="Profile">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="Name">{a.displayName}</Descriptions.Item>
        <Descriptions.Item label="E-mail">{a.email}</Descriptions.Item>
        <Descriptions.Item label="Account type">{accountKindLabel(a.kind)}</Descriptions.Item>
        {a.partner ? <Descriptions.Item label="Company">{a.partner.name}</Descriptions.Item> : null}
        {a.partner ? <Descriptions.Item label="Country">{a.partner.country}</Descriptions.Item> : null}
        {a.role ? <Descriptions.Item label="Role">{a.role.name}</Descriptions.Item> : null}
        <Descriptions.Item label="Status">
          <Badge status={a.status === 'ACTIVE' ? 'success' : 'default'} text={a.status === 'ACTIVE' ? 'Active' : 'Inactive'} />
        </Descriptions.Item>
        <Descriptions.Item label="Member since">{formatDate(a.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="Permissions">
          {a.permissions.length > 0 ? (
            <Space size={[4, 4]} wrap>
              {a.permissions.map((p) => (
                <Tag key={p}>{permissionLabel(p)}</Tag>
              ))}
            </Space>
          ) : (
            'None'
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function ChangePasswordCard() {
  const [form] = Form.useForm<PasswordValues>();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [done, setDone] = useState(false);

  const change = useMutation({
    mutationFn: (v: PasswordValues) =>
      mutate(ChangePasswordMutation, { input: { currentPassword: v.currentPassword, newPassword: v.newPassword } }),
    onMutate: () => {
      setFormErrors([]);
      setDone(false);
    },
    onSuccess: ({ changePassword: payload }) => {
      if (payload.errors.length > 0) {
        setFormErrors(applyUserErrors(form, payload.errors, ['currentPassword', 'newPassword']));
        return;
      }
      form.resetFields();
      setDone(true);
      void message.success('Your password has been changed.');
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Card title="Change password">
      <Form<PasswordValues>
        form={form}
        name="change-password"
        layout="vertical"
        onFinish={(v) => change.mutate(v)}
        disabled={change.isPending}
        onValuesChange={() => setDone(false)}
      >
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        {done ? <Alert className="pc-form-alert" type="success" showIcon role="status" title="Your password has been changed." /> : null}
        <Form.Item
          label="Current password"
          name="currentPassword"
          rules={[{ required: true, message: 'Enter your current password.' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="New password"
          name="newPassword"
          extra={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          rules={[
            { required: true, message: 'Enter a new password.' },
            { min: MIN_PASSWORD_LENGTH, message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Confirm new password"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: 'Repeat the new password.' },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error('The passwords do not match.')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          Change password
        </Button>
      </Form>
    </Card>
  );
}

export function MyAccountPage() {
  const me = useMe();
  return (
    <>
      <PageTitle title="My account" subtitle={me.data ? `Signed in as ${me.data.email}` : undefined} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={14}>
          <ProfileCard />
        </Col>
        <Col xs={24} xl={10}>
          <ChangePasswordCard />
        </Col>
      </Row>
    </>
  );
}

import { useLayoutEffect, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { CopyOutlined, DownloadOutlined, LinkOutlined, MailOutlined, QrcodeOutlined } from '@ant-design/icons';
import type {
  AssociationModel,
  CustomerInvitationStatus,
  InvitationChannel,
  PartnerCustomerInvitationFieldsFragment as InvitationRow,
} from '../../gql/graphql';
import { hasPermission, useMe } from '../../app/auth';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { formatDate, formatDateTime, fromNow } from '../../lib/dates';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import {
  CreateCustomerInvitationLinkMutation,
  CustomerInvitationsQuery,
  InviteCustomerByEmailMutation,
  RevokeCustomerInvitationMutation,
} from './customers.graphql';
import {
  CHANNEL_LABELS,
  channelOptions,
  customerKeys,
  CustomerInvitationStatusBadge,
  customerInvitationStatusOptions,
  ModelTag,
  modelOptions,
} from './customersUi';

const MODEL_HELP = 'The customer is associated in this model when it accepts; the model is permanent afterwards (R-CU-3).';

interface EmailValues {
  email: string;
  model: AssociationModel;
  validDays: number;
}
const EMAIL_FIELDS = ['email', 'model', 'validDays'];

/** R-CU-6: an invitation by e-mail with its validity (1–30 days, default 7); the e-mail goes to the outbox. */
function EmailInvitationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<EmailValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
  }, [open, form]);

  const invite = useMutation({
    mutationFn: async (input: EmailValues) => (await mutate(InviteCustomerByEmailMutation, { input })).inviteCustomerByEmail,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors, invitation }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, EMAIL_FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: customerKeys.invitations });
      await queryClient.invalidateQueries({ queryKey: customerKeys.outbox });
      onClose();
      void message.success(`Invitation to ${invitation?.email} placed in the outbox; it is valid until ${formatDate(invitation?.expiresAt)}.`);
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title="Invite a customer by e-mail"
      okText="Send invitation"
      onOk={() => form.submit()}
      confirmLoading={invite.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        The e-mail states how long the invitation is valid. No mail server is configured, so it waits in the Outbox.
      </Typography.Paragraph>
      <Form
        form={form}
        name="emailInvitation"
        layout="vertical"
        initialValues={{ model: 'REFERRAL', validDays: 7 }}
        disabled={invite.isPending}
        onFinish={(v) => invite.mutate({ email: v.email.trim(), model: v.model, validDays: v.validDays })}
      >
        {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
        <Form.Item
          label="Customer e-mail"
          name="email"
          rules={[
            { required: true, whitespace: true, message: 'Enter the e-mail address.' },
            { type: 'email', message: 'Enter a valid e-mail address.' },
          ]}
        >
          <Input autoComplete="off" maxLength={254} />
        </Form.Item>
        <Form.Item label="Model" name="model" extra={MODEL_HELP} rules={[{ required: true, message: 'Choose the model.' }]}>
          <Radio.Group options={modelOptions} optionType="button" />
        </Form.Item>
        <Form.Item
          label="Valid for (days)"
          name="validDays"
          extra="From 1 to 30 days."
          rules={[{ required: true, type: 'integer', min: 1, max: 30, message: 'Enter a whole number of days from 1 to 30.' }]}
        >
          <InputNumber min={1} max={30} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The link of an invitation with a copy button, and its QR code with PNG and SVG downloads. */
export function InvitationLinkView({ invitation }: { invitation: InvitationRow }) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.url);
      void message.success('Link copied.');
    } catch {
      void message.warning('The browser did not allow copying: select the link and copy it yourself.');
    }
  };
  const name = `invitation-${invitation.code}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space.Compact block>
        <Input readOnly value={invitation.url} aria-label="Invitation link" data-testid="invitation-link" onFocus={(e) => e.target.select()} />
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          Copy
        </Button>
      </Space.Compact>
      <Flex vertical align="center" gap={8}>
        <img
          src={invitation.qrPngPath}
          alt={`QR code of the invitation link${invitation.label ? ` "${invitation.label}"` : ''}`}
          width={200}
          height={200}
          data-testid="invitation-qr"
        />
        <Space>
          <Button icon={<DownloadOutlined />} href={invitation.qrPngPath} download={`${name}.png`}>
            PNG
          </Button>
          <Button icon={<DownloadOutlined />} href={invitation.qrSvgPath} download={`${name}.svg`}>
            SVG
          </Button>
        </Space>
      </Flex>
    </Space>
  );
}

function InvitationLinkModal({ invitation, onClose }: { invitation: InvitationRow | undefined; onClose: () => void }) {
  return (
    <Modal
      open={!!invitation}
      title={invitation?.label ? `Registration link "${invitation.label}"` : 'Registration link'}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          Done
        </Button>
      }
    >
      {invitation ? (
        <>
          <Typography.Paragraph>
            Anyone with this link or QR code can register and associate as a {invitation.model === 'REFERRAL' ? 'referral' : 'reseller'} customer. It
            never expires; revoke it to stop it working.
          </Typography.Paragraph>
          <InvitationLinkView invitation={invitation} />
        </>
      ) : null}
    </Modal>
  );
}

interface LinkValues {
  model: AssociationModel;
  label?: string;
}
const LINK_FIELDS = ['model', 'label'];

/** R-CU-6: a registration link and its QR code, which never expire. */
function LinkInvitationModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (invitation: InvitationRow) => void }) {
  const [form] = Form.useForm<LinkValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const queryClient = useQueryClient();

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
  }, [open, form]);

  const create = useMutation({
    mutationFn: async (input: { model: AssociationModel; label: string | null }) => (await mutate(CreateCustomerInvitationLinkMutation, { input })).createCustomerInvitationLink,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors, invitation }) => {
      if (errors.length > 0 || !invitation) {
        setFormErrors(applyUserErrors(form, errors, LINK_FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: customerKeys.invitations });
      onCreated(invitation);
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title="Create a registration link and QR code"
      okText="Create link"
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        name="linkInvitation"
        layout="vertical"
        initialValues={{ model: 'REFERRAL' }}
        disabled={create.isPending}
        onFinish={(v) => create.mutate({ model: v.model, label: v.label?.trim() || null })}
      >
        {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
        <Form.Item label="Model" name="model" extra={MODEL_HELP} rules={[{ required: true, message: 'Choose the model.' }]}>
          <Radio.Group options={modelOptions} optionType="button" />
        </Form.Item>
        <Form.Item label="Label" name="label" extra='Where you will use it, e.g. "Trade fair 2026".' rules={[{ max: 100, message: 'Use at most 100 characters.' }]}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Customer Development › Invitations: by e-mail (with validity) and by link / QR code (R-CU-6). */
export function CustomerInvitationsTab() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'CUSTOMERS_MANAGE');
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const pager = useCursorPager(20);
  const [channel, setChannel] = useState<InvitationChannel>();
  const [status, setStatus] = useState<CustomerInvitationStatus>();
  const [emailOpen, setEmailOpen] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [shown, setShown] = useState<InvitationRow>();

  const variables = { first: pager.pageSize, after: pager.after, channel: channel ?? null, status: status ?? null };
  const invitations = useQuery({
    queryKey: [...customerKeys.invitations, variables],
    queryFn: async () => (await request(CustomerInvitationsQuery, variables)).customerInvitations,
    placeholderData: keepPreviousData,
  });

  const revoke = useMutation({
    mutationFn: async (invitation: InvitationRow) => (await mutate(RevokeCustomerInvitationMutation, { id: invitation.id })).revokeCustomerInvitation,
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: customerKeys.invitations });
      void message.success('The invitation has been revoked.');
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const nameOf = (i: InvitationRow) => (i.channel === 'EMAIL' ? (i.email ?? 'e-mail invitation') : (i.label ?? 'registration link'));

  const columns: TableColumnsType<InvitationRow> = [
    {
      title: 'Invitation',
      key: 'invitation',
      width: 280,
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{nameOf(i)}</Typography.Text>
          <Typography.Text type="secondary">
            {i.channel === 'EMAIL' ? <MailOutlined /> : <LinkOutlined />} {CHANNEL_LABELS[i.channel]}
          </Typography.Text>
        </Space>
      ),
    },
    { title: 'Model', dataIndex: 'model', key: 'model', width: 110, render: (m: AssociationModel) => <ModelTag model={m} /> },
    { title: 'Status', dataIndex: 'status', key: 'status', width: 120, render: (s: CustomerInvitationStatus) => <CustomerInvitationStatusBadge status={s} /> },
    { title: 'Accepted', dataIndex: 'acceptedCount', key: 'acceptedCount', width: 100, align: 'right' },
    {
      title: 'Validity',
      key: 'validity',
      width: 220,
      render: (_, i) =>
        i.channel === 'LINK' ? (
          'Never expires'
        ) : (
          <Space orientation="vertical" size={0}>
            <span>
              {i.validDays} {i.validDays === 1 ? 'day' : 'days'}, until {formatDateTime(i.expiresAt)}
            </span>
            {i.status === 'ACTIVE' ? <Typography.Text type="secondary">expires {fromNow(i.expiresAt)}</Typography.Text> : null}
          </Space>
        ),
    },
    {
      title: 'Created',
      key: 'created',
      width: 230,
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <span>{formatDateTime(i.createdAt)}</span>
          <Typography.Text type="secondary">{i.createdBy}</Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Actions',
      key: 'actions',
      width: 190,
      render: (_, i) => (
        <Space size={0} wrap>
          {i.channel === 'LINK' ? (
            <Button type="link" size="small" icon={<QrcodeOutlined />} aria-label={`Link & QR of ${nameOf(i)}`} onClick={() => setShown(i)}>
              Link &amp; QR
            </Button>
          ) : null}
          {canManage && i.status === 'ACTIVE' ? (
            <Popconfirm
              title={`Revoke ${nameOf(i)}?`}
              description="The invitation stops working; customers already associated stay associated."
              okText="Revoke"
              okButtonProps={{ danger: true }}
              onConfirm={() => revoke.mutate(i)}
            >
              <Button type="link" size="small" danger aria-label={`Revoke ${nameOf(i)}`}>
                Revoke
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  const connection = invitations.data;
  return (
    <>
      <Flex gap={12} wrap justify="space-between" className="pc-toolbar">
        <Space wrap>
          <Select
            aria-label="Filter invitations by channel"
            placeholder="Any channel"
            allowClear
            style={{ width: 170 }}
            value={channel}
            options={channelOptions}
            onChange={(value?: InvitationChannel) => {
              setChannel(value);
              pager.reset();
            }}
          />
          <Select
            aria-label="Filter invitations by status"
            placeholder="Any status"
            allowClear
            style={{ width: 160 }}
            value={status}
            options={customerInvitationStatusOptions}
            onChange={(value?: CustomerInvitationStatus) => {
              setStatus(value);
              pager.reset();
            }}
          />
        </Space>
        {canManage ? (
          <Space wrap>
            <Button type="primary" icon={<MailOutlined />} onClick={() => setEmailOpen(true)}>
              Invite by e-mail
            </Button>
            <Button icon={<QrcodeOutlined />} onClick={() => setLinkOpen(true)}>
              Create link / QR code
            </Button>
          </Space>
        ) : null}
      </Flex>
      {invitations.isError ? <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} /> : null}
      <Table<InvitationRow>
        rowKey="id"
        aria-label="Customer invitations"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={invitations.isFetching || revoke.isPending}
        size="middle"
        pagination={false}
        scroll={{ x: 1250 }}
        locale={{ emptyText: invitations.isPending ? ' ' : <Empty description={channel || status ? 'No invitations match.' : 'No invitations yet.'} /> }}
      />
      <CursorPagination pager={pager} connection={connection} loading={invitations.isFetching} itemNames={['invitation', 'invitations']} />
      <EmailInvitationModal open={emailOpen} onClose={() => setEmailOpen(false)} />
      <LinkInvitationModal
        open={linkOpen}
        onClose={() => setLinkOpen(false)}
        onCreated={(invitation) => {
          setLinkOpen(false);
          setShown(invitation);
        }}
      />
      <InvitationLinkModal invitation={shown} onClose={() => setShown(undefined)} />
    </>
  );
}

import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Col, Descriptions, Empty, Flex, Popconfirm, Row, Select, Space, Table, Typography, type BadgeProps, type TableColumnsType } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { InvitationStatus, MyPersonnelInvitationsQuery as InvitationsResult } from '../../gql/graphql';
import { formatDateTime, fromNow } from '../../lib/dates';
import { errorMessage, mutate, request, type UserError } from '../../lib/graphql';
import { INVITATION_STATUS_COLORS, invitationStatusLabel, invitationStatusOptions } from '../../lib/labels';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { AcceptPersonnelInvitationMutation, DeclinePersonnelInvitationMutation, MyPersonnelInvitationsQuery } from './individual.graphql';
import { individualKey, useMyProfile, usePendingInvitations } from './queries';

type Invitation = InvitationsResult['myPersonnelInvitations']['edges'][number]['node'];

/** A status as a coloured dot with normal-coloured text (preset tag colours are too pale for small text). */
export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  return <Badge status={INVITATION_STATUS_COLORS[status] as BadgeProps['status']} text={invitationStatusLabel(status)} />;
}

/** A pending invitation with Accept (confirmed) and Decline; a refusal (expired, associated elsewhere, …) shows on the card. */
function PendingInvitationCard({ invitation }: { invitation: Invitation }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const partner = invitation.partner.name;

  const respond = useMutation({
    mutationFn: async (answer: 'accept' | 'decline') =>
      answer === 'accept'
        ? (await mutate(AcceptPersonnelInvitationMutation, { id: invitation.id })).acceptPersonnelInvitation.errors
        : (await mutate(DeclinePersonnelInvitationMutation, { id: invitation.id })).declinePersonnelInvitation.errors,
    onMutate: () => setErrors([]),
    onSuccess: async (result, answer) => {
      setErrors(result);
      // Refresh even on a refusal: an expired invitation now reads as such.
      await queryClient.invalidateQueries({ queryKey: [individualKey] });
      if (result.length === 0) {
        void message.success(answer === 'accept' ? `You are now dedicated personnel of ${partner}.` : `Invitation from ${partner} declined.`);
      }
    },
    onError: (error) => setErrors([{ code: 'REQUEST', message: errorMessage(error) }]),
  });

  return (
    <Card
      title={partner}
      role="group"
      aria-label={`Invitation from ${partner}`}
      extra={<InvitationStatusBadge status={invitation.status} />}
      actions={[
        <Popconfirm
          key="accept"
          title={`Join ${partner} as dedicated personnel?`}
          description="Your certificates become visible to this partner. You can be associated with one partner at a time."
          okText="Accept"
          onConfirm={() => respond.mutate('accept')}
        >
          <Button type="primary" icon={<CheckOutlined />} loading={respond.isPending && respond.variables === 'accept'}>
            Accept
          </Button>
        </Popconfirm>,
        <Popconfirm
          key="decline"
          title={`Decline the invitation from ${partner}?`}
          okText="Decline"
          okButtonProps={{ danger: true }}
          onConfirm={() => respond.mutate('decline')}
        >
          <Button icon={<CloseOutlined />} loading={respond.isPending && respond.variables === 'decline'}>
            Decline
          </Button>
        </Popconfirm>,
      ]}
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label="Sent">{formatDateTime(invitation.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="Valid until">
          {formatDateTime(invitation.expiresAt)} ({fromNow(invitation.expiresAt)})
        </Descriptions.Item>
        <Descriptions.Item label="Invited by">{invitation.invitedBy}</Descriptions.Item>
      </Descriptions>
      {errors.length > 0 ? (
        <Alert type="error" showIcon role="alert" title={errors.map((e) => e.message).join(' ')} />
      ) : null}
    </Card>
  );
}

const historyColumns: TableColumnsType<Invitation> = [
  { title: 'Partner', key: 'partner', render: (_: unknown, i) => i.partner.name },
  { title: 'Status', dataIndex: 'status', key: 'status', width: 120, render: (s: InvitationStatus) => <InvitationStatusBadge status={s} /> },
  { title: 'Sent', dataIndex: 'createdAt', key: 'createdAt', width: 180, render: (at: string) => formatDateTime(at) },
  { title: 'Valid until', dataIndex: 'expiresAt', key: 'expiresAt', width: 180, render: (at: string) => formatDateTime(at) },
  { title: 'Answered', dataIndex: 'respondedAt', key: 'respondedAt', width: 180, render: (at?: string | null) => formatDateTime(at) },
  { title: 'Invited by', dataIndex: 'invitedBy', key: 'invitedBy' },
];

/** Invitations to become a partner's dedicated personnel: pending ones to answer, then the history. */
export function InvitationsPage() {
  const pager = useCursorPager(10);
  const [status, setStatus] = useState<InvitationStatus>();

  const profile = useMyProfile();
  const pending = usePendingInvitations();
  const historyVariables = { first: pager.pageSize, after: pager.after, status: status ?? null };
  const history = useQuery({
    queryKey: [individualKey, 'invitations', historyVariables],
    queryFn: async () => (await request(MyPersonnelInvitationsQuery, historyVariables)).myPersonnelInvitations,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

  const pendingInvitations = pending.data?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageTitle
        title="Invitations"
        subtitle="Partners invite you by your login ID to become their dedicated personnel. An invitation is valid for 7 days."
      />
      {profile.data?.enterpriseAuthenticated ? (
        <Alert
          className="pc-form-alert"
          type="warning"
          showIcon
          title="Your ID is authenticated as an enterprise user, so it cannot become dedicated personnel of a partner."
        />
      ) : null}
      <section aria-labelledby="pending-heading" style={{ marginBottom: 24 }}>
        <Typography.Title level={2} id="pending-heading" style={{ fontSize: 18 }}>
          Waiting for your answer
        </Typography.Title>
        {pending.isError ? <ErrorAlert error={pending.error} onRetry={() => void pending.refetch()} /> : null}
        {pending.isSuccess && pendingInvitations.length === 0 ? (
          <Card>
            <Empty description="No pending invitations." />
          </Card>
        ) : (
          <Row gutter={[24, 24]}>
            {pendingInvitations.map((invitation) => (
              <Col key={invitation.id} xs={24} lg={12} xl={8}>
                <PendingInvitationCard invitation={invitation} />
              </Col>
            ))}
          </Row>
        )}
      </section>
      <Card title="All invitations">
        <Flex justify="space-between" align="center" gap={16} wrap className="pc-toolbar">
          <Space>
            <Select<InvitationStatus>
              aria-label="Filter by status"
              placeholder="Any status"
              allowClear
              style={{ width: 180 }}
              value={status}
              options={invitationStatusOptions}
              onChange={(value) => {
                setStatus(value);
                pager.reset();
              }}
            />
          </Space>
        </Flex>
        {history.isError ? <ErrorAlert error={history.error} onRetry={() => void history.refetch()} /> : null}
        <Table<Invitation>
          rowKey="id"
          columns={historyColumns}
          dataSource={history.data?.edges.map((e) => e.node) ?? []}
          loading={history.isFetching}
          size="middle"
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: history.isPending ? ' ' : <Empty description="No invitations." /> }}
        />
        <CursorPagination pager={pager} connection={history.data} loading={history.isFetching} itemNames={['invitation', 'invitations']} />
      </Card>
    </>
  );
}

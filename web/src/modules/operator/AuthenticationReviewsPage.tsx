import { useLayoutEffect, useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { AuthenticationKind, AuthenticationReviewsQuery as ReviewsResult, AuthenticationStatus } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, request, type UserError } from '../../lib/graphql';
import { authenticationKindLabel, authenticationKindOptions } from '../../lib/labels';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { fractionToPercent } from '../partner/taxRate';
import { AuthenticationReviewsQuery, ReviewAuthenticationMutation } from './operator.graphql';
import { AuthenticationStatusBadge } from '../partner/partnerUi';
import { countryLabel } from './partnerUi';

type Submission = ReviewsResult['authenticationReviews']['edges'][number]['node'];
type Decision = { submission: Submission; decision: 'APPROVE' | 'REJECT'; reason?: string };

const dash = <Typography.Text type="secondary">—</Typography.Text>;

const what = (s: Submission) => `${authenticationKindLabel(s.kind).toLowerCase()} of “${s.partner.name}”`;

/** What the partner submitted; the tax rate (a fraction) shown as an exact percentage. */
function SubmissionDetails({ submission }: { submission: Submission }) {
  const { business, payment } = submission;
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered aria-label="Submitted details">
      {business ? (
        <>
          <Descriptions.Item label="Legal entity name">{business.legalEntityName}</Descriptions.Item>
          <Descriptions.Item label="Registration number">{business.registrationNumber}</Descriptions.Item>
          <Descriptions.Item label="Legal representative">{business.legalRepresentative}</Descriptions.Item>
          <Descriptions.Item label="Registered address">{business.registeredAddress}</Descriptions.Item>
        </>
      ) : null}
      {payment ? (
        <>
          <Descriptions.Item label="Bank">{payment.bankName}</Descriptions.Item>
          <Descriptions.Item label="Bank code">{payment.bankCode || dash}</Descriptions.Item>
          <Descriptions.Item label="Account name">{payment.bankAccountName}</Descriptions.Item>
          <Descriptions.Item label="Account number">
            <Typography.Text className="pc-mono">{payment.bankAccountNumber}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="Tax rate">{fractionToPercent(payment.taxRate)} %</Descriptions.Item>
          <Descriptions.Item label="Settlement currency">{payment.settlementCurrency}</Descriptions.Item>
        </>
      ) : null}
      {submission.rejectionReason ? (
        <Descriptions.Item label="Rejection reason" span={2}>
          {submission.rejectionReason}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

function RejectModal({
  submission,
  onClose,
  onReject,
}: {
  submission: Submission | undefined;
  onClose: () => void;
  onReject: (submission: Submission, reason: string) => Promise<readonly UserError[]>;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  useLayoutEffect(() => {
    if (!submission) return;
    setFormErrors([]);
    form.resetFields();
  }, [submission, form]);

  const submit = async ({ reason }: { reason: string }) => {
    if (!submission) return;
    setPending(true);
    setFormErrors([]);
    try {
      const errors = await onReject(submission, reason.trim());
      if (errors.length > 0) setFormErrors(applyUserErrors(form, errors, ['reason']));
    } catch (error) {
      setFormErrors([errorMessage(error)]);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open={!!submission}
      title={submission ? `Reject the ${what(submission)}` : 'Reject'}
      okText="Reject"
      onOk={() => form.submit()}
      confirmLoading={pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<{ reason: string }> form={form} name="reject" layout="vertical" onFinish={(v) => void submit(v)} disabled={pending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item
          label="Reason"
          name="reason"
          extra="The partner sees it, to correct the information and resubmit."
          rules={[
            { required: true, whitespace: true, message: 'Tell the partner why it is rejected.' },
            {
              validator: async (_, value?: string) => {
                if (value?.trim() && value.trim().length < 5) throw new Error('Use at least 5 characters.');
              },
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Operator › Authentication reviews: the queue of pending business and payment submissions (oldest first), and past reviews. */
export function AuthenticationReviewsPage() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const pager = useCursorPager(20);
  const [status, setStatus] = useState<AuthenticationStatus>('PENDING');
  const [kind, setKind] = useState<AuthenticationKind>();
  const [rejecting, setRejecting] = useState<Submission>();
  const pending = status === 'PENDING';

  const variables = { first: pager.pageSize, after: pager.after, status, kind: kind ?? null };
  const reviews = useQuery({
    queryKey: ['authenticationReviews', variables],
    queryFn: async () => (await request(AuthenticationReviewsQuery, variables)).authenticationReviews,
    placeholderData: keepPreviousData,
    // Partners submit at any time: a queue shown again is fetched again.
    staleTime: 0,
  });

  const review = useMutation({
    mutationFn: async ({ submission, decision, reason }: Decision) =>
      (await mutate(ReviewAuthenticationMutation, { input: { id: submission.id, decision, reason: reason ?? null } })).reviewAuthentication
        .errors,
    onSuccess: async (errors, { submission, decision }) => {
      if (errors.length > 0) return;
      setRejecting(undefined);
      void message.success(`The ${what(submission)} is ${decision === 'APPROVE' ? 'approved' : 'rejected'}.`);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['authenticationReviews'] }),
        queryClient.invalidateQueries({ queryKey: ['operatorPartner', submission.partner.id] }),
        queryClient.invalidateQueries({ queryKey: ['operatorPartners'] }),
      ]);
    },
  });

  const approve = async (submission: Submission) => {
    try {
      const errors = await review.mutateAsync({ submission, decision: 'APPROVE' });
      if (errors.length > 0) void message.error(errors.map((e) => e.message).join(' '));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const columns: TableColumnsType<Submission> = [
    {
      title: 'Partner',
      key: 'partner',
      render: (_: unknown, s) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/operator/partners/${s.partner.id}`}>{s.partner.name}</Link>
          <Typography.Text type="secondary">{countryLabel(s.partner.country)}</Typography.Text>
        </Space>
      ),
    },
    { title: 'Kind', dataIndex: 'kind', key: 'kind', width: 180, render: (k: AuthenticationKind) => authenticationKindLabel(k) },
    {
      title: 'Submitted',
      key: 'submitted',
      width: 240,
      render: (_: unknown, s) => (
        <Space orientation="vertical" size={0}>
          <span>{formatDateTime(s.submittedAt)}</span>
          <Typography.Text type="secondary">{s.submittedBy}</Typography.Text>
        </Space>
      ),
    },
    pending
      ? {
          title: 'Actions',
          key: 'actions',
          width: 220,
          render: (_: unknown, s) => (
            <Space size={4}>
              <Popconfirm
                title={`Approve the ${what(s)}?`}
                okText="Approve"
                onConfirm={() => approve(s)}
              >
                <Button type="primary" size="small" icon={<CheckOutlined />} aria-label={`Approve the ${what(s)}`}>
                  Approve
                </Button>
              </Popconfirm>
              <Button size="small" icon={<CloseOutlined />} aria-label={`Reject the ${what(s)}`} onClick={() => setRejecting(s)}>
                Reject
              </Button>
            </Space>
          ),
        }
      : {
          title: 'Review',
          key: 'review',
          width: 280,
          render: (_: unknown, s) => (
            <Space orientation="vertical" size={0}>
              <span>
                <AuthenticationStatusBadge status={s.status} /> {formatDateTime(s.reviewedAt)}
              </span>
              <Typography.Text type="secondary">{s.reviewedBy}</Typography.Text>
            </Space>
          ),
        },
  ];

  const connection = reviews.data;
  return (
    <>
      <PageTitle
        title="Authentication reviews"
        subtitle="Business and payment information partners submitted. Incentives are paid only when both are approved."
      />
      <Card>
        <Flex gap={12} wrap align="center" className="pc-toolbar">
          <Segmented<AuthenticationStatus>
            aria-label="Show"
            value={status}
            onChange={(value) => {
              setStatus(value);
              pager.reset();
            }}
            options={[
              { value: 'PENDING', label: 'Pending' },
              { value: 'APPROVED', label: 'Approved' },
              { value: 'REJECTED', label: 'Rejected' },
            ]}
          />
          <Select<AuthenticationKind>
            aria-label="Kind"
            placeholder="Any kind"
            allowClear
            style={{ width: 220 }}
            options={authenticationKindOptions}
            value={kind}
            onChange={(value) => {
              setKind(value);
              pager.reset();
            }}
          />
        </Flex>
        {reviews.isError ? <ErrorAlert error={reviews.error} onRetry={() => void reviews.refetch()} /> : null}
        <Table<Submission>
          rowKey="id"
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={reviews.isFetching}
          size="middle"
          pagination={false}
          scroll={{ x: 900 }}
          expandable={{ expandedRowRender: (s) => <SubmissionDetails submission={s} /> }}
          locale={{
            emptyText: reviews.isPending ? ' ' : <Empty description={pending ? 'Nothing waits for review.' : 'No reviews yet.'} />,
          }}
        />
        <CursorPagination pager={pager} connection={connection} loading={reviews.isFetching} itemNames={['submission', 'submissions']} />
      </Card>
      <RejectModal
        submission={rejecting}
        onClose={() => setRejecting(undefined)}
        onReject={(submission, reason) => review.mutateAsync({ submission, decision: 'REJECT', reason })}
      />
    </>
  );
}

import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { PreRegistrationStatus, PartnerPreRegistrationsQuery as PreRegistrationsQueryResult } from '../../gql/graphql';
import { hasPermission, useMe } from '../../app/auth';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CountrySelect, countryLabel } from '../operator/partnerUi';
import { PreRegisterCustomerMutation, PreRegistrationsQuery, ReleasePreRegistrationMutation } from './customers.graphql';
import { customerKeys, PreRegistrationStatusBadge, preRegistrationStatusOptions } from './customersUi';

type PreRegistrationRow = PreRegistrationsQueryResult['preRegistrations']['edges'][number]['node'];

interface PreRegisterValues {
  email: string;
  companyName: string;
  country: string;
}
const FIELDS = ['email', 'companyName', 'country'];

/** R-CU-5: pre-register a prospect's e-mail; the server's refusals answer under the fields. */
function PreRegisterForm() {
  const [form] = Form.useForm<PreRegisterValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const preRegister = useMutation({
    mutationFn: async (input: PreRegisterValues) => (await mutate(PreRegisterCustomerMutation, { input })).preRegisterCustomer,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors, preRegistration }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: customerKeys.preRegistrations });
      void message.success(`${preRegistration?.email} is protected until ${formatDate(preRegistration?.expiresAt)}.`);
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Card size="small" title="Pre-register a prospect" className="pc-card">
      <Typography.Paragraph type="secondary">
        For 15 days no other partner can pre-register or associate this e-mail. The same company with another e-mail is a new prospect.
      </Typography.Paragraph>
      <Form
        form={form}
        name="preRegister"
        layout="vertical"
        disabled={preRegister.isPending}
        onFinish={(v) => preRegister.mutate({ email: v.email.trim(), companyName: v.companyName.trim(), country: v.country })}
      >
        {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
        <Flex gap={16} wrap align="flex-start">
          <Form.Item
            label="Contact e-mail"
            name="email"
            style={{ minWidth: 260 }}
            rules={[
              { required: true, whitespace: true, message: 'Enter the e-mail address.' },
              { type: 'email', message: 'Enter a valid e-mail address.' },
            ]}
          >
            <Input autoComplete="off" maxLength={254} />
          </Form.Item>
          <Form.Item
            label="Company"
            name="companyName"
            style={{ minWidth: 260 }}
            rules={[
              { required: true, whitespace: true, message: 'Enter the company name.' },
              { max: 200, message: 'Use at most 200 characters.' },
            ]}
          >
            <Input autoComplete="off" maxLength={200} />
          </Form.Item>
          <Form.Item label="Country" name="country" style={{ minWidth: 260 }} rules={[{ required: true, message: 'Choose the country.' }]}>
            <CountrySelect aria-label="Country" />
          </Form.Item>
          <Form.Item label=" ">
            <Button type="primary" htmlType="submit" loading={preRegister.isPending}>
              Pre-register
            </Button>
          </Form.Item>
        </Flex>
      </Form>
    </Card>
  );
}

/** Customer Development › Pre-registrations: the protected prospects and their countdown (R-CU-5). */
export function PreRegistrationsTab() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'CUSTOMERS_MANAGE');
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const pager = useCursorPager(20);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<PreRegistrationStatus>();

  const variables = { first: pager.pageSize, after: pager.after, search: search || null, status: status ?? null };
  const list = useQuery({
    queryKey: [...customerKeys.preRegistrations, variables],
    queryFn: async () => (await request(PreRegistrationsQuery, variables)).preRegistrations,
    placeholderData: keepPreviousData,
  });

  const release = useMutation({
    mutationFn: async (row: PreRegistrationRow) => (await mutate(ReleasePreRegistrationMutation, { id: row.id })).releasePreRegistration,
    onSuccess: async ({ errors }, row) => {
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: customerKeys.preRegistrations });
      void message.success(`${row.email} is no longer protected.`);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const columns: TableColumnsType<PreRegistrationRow> = [
    {
      title: 'Prospect',
      key: 'prospect',
      width: 280,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{p.companyName}</Typography.Text>
          <Typography.Text type="secondary">{p.email}</Typography.Text>
        </Space>
      ),
    },
    { title: 'Country', dataIndex: 'country', key: 'country', width: 170, render: (c: string) => countryLabel(c) },
    { title: 'Status', dataIndex: 'status', key: 'status', width: 120, render: (s: PreRegistrationStatus) => <PreRegistrationStatusBadge status={s} /> },
    {
      title: 'Protection',
      key: 'protection',
      width: 210,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>{p.status === 'ACTIVE' ? `${p.daysLeft} ${p.daysLeft === 1 ? 'day' : 'days'} left` : 'Ended'}</span>
          <Typography.Text type="secondary">until {formatDateTime(p.expiresAt)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Pre-registered',
      key: 'created',
      width: 230,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>{formatDateTime(p.createdAt)}</span>
          <Typography.Text type="secondary">{p.createdBy}</Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Actions',
      key: 'actions',
      width: 110,
      render: (_, p) =>
        canManage && p.status === 'ACTIVE' ? (
          <Popconfirm
            title={`Release ${p.email} now?`}
            description="Its protection ends at once: other partners may then pre-register or associate it."
            okText="Release"
            okButtonProps={{ danger: true }}
            onConfirm={() => release.mutate(p)}
          >
            <Button type="link" size="small" danger aria-label={`Release ${p.email}`}>
              Release
            </Button>
          </Popconfirm>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  const connection = list.data;
  return (
    <>
      {canManage ? <PreRegisterForm /> : null}
      <Flex gap={12} wrap className="pc-toolbar" align="center">
        <Input.Search
          aria-label="Search pre-registrations"
          placeholder="Search by e-mail or company"
          allowClear
          enterButton="Search"
          style={{ maxWidth: 320 }}
          onSearch={(value) => {
            setSearch(value.trim());
            pager.reset();
          }}
        />
        <Select
          aria-label="Filter pre-registrations by status"
          placeholder="Any status"
          allowClear
          style={{ width: 160 }}
          value={status}
          options={preRegistrationStatusOptions}
          onChange={(value?: PreRegistrationStatus) => {
            setStatus(value);
            pager.reset();
          }}
        />
      </Flex>
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<PreRegistrationRow>
        rowKey="id"
        aria-label="Pre-registrations"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={list.isFetching || release.isPending}
        size="middle"
        pagination={false}
        scroll={{ x: 1120 }}
        locale={{ emptyText: list.isPending ? ' ' : <Empty description={search || status ? 'No pre-registrations match.' : 'No pre-registrations yet.'} /> }}
      />
      <CursorPagination pager={pager} connection={connection} loading={list.isFetching} itemNames={['pre-registration', 'pre-registrations']} />
    </>
  );
}

import { useEffect, useRef, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Collapse, Empty, Progress, Space, Table, Typography, Upload, type BadgeProps, type TableColumnsType, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { UsageImportFieldsFragment as UsageImport, UsageImportStatus } from '../../../gql/graphql';
import { errorMessage, mutate, request } from '../../../lib/graphql';
import { formatDateTime } from '../../../lib/dates';
import { USAGE_IMPORT_STATUS_LABELS } from '../../../lib/labels';
import { useCursorPager } from '../../../lib/useCursorPager';
import { CursorPagination } from '../../../ui/CursorPagination';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageTitle } from '../../../ui/PageTitle';
import { StartUsageImportMutation, UsageImportQuery, UsageImportsQuery } from './usageImports.graphql';

const usageImportKeys = { list: ['usageImports'] as const, one: ['usageImport'] as const };

/** The columns of an import file, in order (header names are matched without case, spaces, "_" or "-"). */
export const USAGE_CSV_COLUMNS: { name: string; required: boolean; description: string }[] = [
  { name: 'transaction_id', required: true, description: 'Unique id of the billing transaction; a row sent twice is stored once.' },
  { name: 'customer_id', required: true, description: "The customer's account id." },
  { name: 'kind', required: true, description: 'EXPENDITURE, REFUND (negative amounts) or ADJUSTMENT.' },
  { name: 'transacted_at', required: true, description: 'ISO 8601 time with a zone, e.g. 2026-11-02T08:00:00+08:00.' },
  { name: 'product', required: true, description: 'Product / resource type code, e.g. ECS.' },
  { name: 'resource_type', required: false, description: 'e.g. hws.resource.type.vm.' },
  { name: 'resource_id', required: true, description: 'The resource id.' },
  { name: 'specification', required: false, description: 'e.g. s6.large.2.' },
  { name: 'region', required: true, description: 'e.g. CN South-Guangzhou.' },
  { name: 'availability_zone', required: false, description: 'e.g. AZ1.' },
  { name: 'billing_mode', required: true, description: 'PAY_PER_USE, YEARLY_MONTHLY or RESERVED_INSTANCE.' },
  { name: 'marketplace', required: false, description: 'true for KooGallery consumption (not revenue).' },
  { name: 'list_price', required: false, description: 'USD, up to 8 decimals; 0 for adjustments.' },
  { name: 'discount', required: false, description: 'USD, up to 8 decimals.' },
  { name: 'amount_due', required: true, description: 'USD, up to 8 decimals; equals cash + coupon.' },
  { name: 'cash', required: true, description: 'Cash payment, USD.' },
  { name: 'coupon', required: false, description: 'Cash coupons used, USD.' },
  { name: 'monthly_settlement', required: false, description: 'Monthly settlement amount, USD.' },
];

/** What PUT /api/usage-imports/{id}/content answers. */
interface ImportResult {
  id: string;
  status: UsageImportStatus;
  rowsRead: number;
  bytesRead: number;
  accepted: number;
  duplicates: number;
  errorRow: number | null;
  errorMessage: string | null;
}

interface UploadProgress {
  sent: number;
  total: number;
}

/** PUTs the file as the raw body; reports bytes sent; resolves with the finished import. */
function uploadContent(id: string, file: File, onProgress: (p: UploadProgress) => void, signal: { xhr?: XMLHttpRequest }): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    signal.xhr = xhr;
    xhr.open('PUT', `/api/usage-imports/${encodeURIComponent(id)}/content`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.upload.onprogress = (event) => onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object') {
        resolve(body as ImportResult);
        return;
      }
      const message = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : undefined;
      reject(new Error(message ?? (xhr.status === 401 ? 'Your session has ended. Please sign in again.' : `The upload failed (HTTP ${xhr.status}).`)));
    };
    xhr.onerror = () => reject(new Error('The upload was interrupted: the server could not be reached.'));
    xhr.onabort = () => reject(new Error('The upload was cancelled.'));
    xhr.send(file);
  });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const STATUS_BADGES: Record<UsageImportStatus, BadgeProps['status']> = { RUNNING: 'processing', COMPLETED: 'success', FAILED: 'error' };
const statusTag = (status: UsageImportStatus) => <Badge status={STATUS_BADGES[status]} text={USAGE_IMPORT_STATUS_LABELS[status] ?? status} />;

function ImportOutcome({ result, fileName }: { result: ImportResult; fileName: string }) {
  if (result.status === 'COMPLETED') {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={`Imported ${fileName}`}
        description={`${result.accepted} ${result.accepted === 1 ? 'record' : 'records'} accepted, ${result.duplicates} ${result.duplicates === 1 ? 'duplicate' : 'duplicates'} skipped (${result.rowsRead} rows read).`}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={`The import of ${fileName} failed${result.errorRow ? ` at row ${result.errorRow}` : ''}`}
      description={`${result.errorMessage ?? 'The file could not be imported.'} Nothing was imported from this file.`}
    />
  );
}

/** While the server works, its own progress (polled; written after every staged chunk of 1,000 rows). */
function ServerProgress({ id }: { id: string }) {
  const progress = useQuery({
    queryKey: [...usageImportKeys.one, id],
    queryFn: async () => (await request(UsageImportQuery, { id })).usageImport,
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' || !query.state.data ? 1000 : false),
  });
  const p = progress.data;
  if (!p || p.status !== 'RUNNING') return null;
  return (
    <Typography.Text type="secondary">
      Server: {p.rowsRead} rows read ({formatBytes(p.bytesRead)}
      {p.bytesTotal ? ` of ${formatBytes(p.bytesTotal)}` : ''}).
    </Typography.Text>
  );
}

function NewImport() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<UploadProgress>();
  const [importId, setImportId] = useState<string>();
  const [startError, setStartError] = useState<string>();
  const xhr = useRef<{ xhr?: XMLHttpRequest }>({});
  useEffect(() => () => xhr.current.xhr?.abort(), []);

  const run = useMutation({
    mutationFn: async (chosen: File) => {
      setStartError(undefined);
      setProgress({ sent: 0, total: chosen.size });
      setImportId(undefined);
      const started = (await mutate(StartUsageImportMutation, { input: { fileName: chosen.name, bytesTotal: chosen.size } })).startUsageImport;
      if (started.errors.length > 0 || !started.usageImport) {
        const message = started.errors.map((e) => e.message).join(' ') || 'The import could not be started.';
        setStartError(message);
        throw new Error(message);
      }
      setImportId(started.usageImport.id);
      await queryClient.invalidateQueries({ queryKey: usageImportKeys.list });
      return { result: await uploadContent(started.usageImport.id, chosen, setProgress, xhr.current), fileName: chosen.name };
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: usageImportKeys.list }),
  });

  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : [];
  const percent = progress && progress.total > 0 ? Math.min(100, Math.floor((progress.sent / progress.total) * 100)) : 0;
  const uploaded = progress && progress.sent >= progress.total;

  return (
    <Card title="New import" size="small">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Upload
          accept=".csv,text/csv"
          maxCount={1}
          fileList={fileList}
          beforeUpload={(chosen) => {
            setFile(chosen);
            run.reset();
            setProgress(undefined);
            setStartError(undefined);
            return false;
          }}
          onRemove={() => {
            setFile(undefined);
            run.reset();
            setProgress(undefined);
          }}
          disabled={run.isPending}
        >
          <Button icon={<UploadOutlined />} disabled={run.isPending}>
            Choose CSV file
          </Button>
        </Upload>
        <Space wrap>
          <Button type="primary" disabled={!file || run.isPending} loading={run.isPending} onClick={() => file && run.mutate(file)}>
            Start import
          </Button>
          {file ? <Typography.Text type="secondary">{formatBytes(file.size)}</Typography.Text> : null}
        </Space>
        {run.isPending && progress ? (
          <div role="status" aria-live="polite">
            <Progress percent={percent} status="active" aria-label={`Upload progress ${percent} %`} />
            <Typography.Text type="secondary">
              {uploaded ? 'Uploaded; the server is importing the records…' : `Uploading ${formatBytes(progress.sent)} of ${formatBytes(progress.total)}…`}
            </Typography.Text>
            {uploaded && importId ? (
              <div>
                <ServerProgress id={importId} />
              </div>
            ) : null}
          </div>
        ) : null}
        {run.isSuccess ? <ImportOutcome result={run.data.result} fileName={run.data.fileName} /> : null}
        {run.isError ? (
          <Alert type="error" showIcon role="alert" title={startError ? 'The import could not be started' : 'The import failed'} description={errorMessage(run.error)} />
        ) : null}
      </Space>
    </Card>
  );
}

const columnTable: TableColumnsType<(typeof USAGE_CSV_COLUMNS)[number]> = [
  { title: 'Column', dataIndex: 'name', key: 'name', width: 200, render: (name: string) => <Typography.Text code>{name}</Typography.Text> },
  { title: 'Required', dataIndex: 'required', key: 'required', width: 100, render: (required: boolean) => (required ? 'Yes' : 'No') },
  { title: 'Content', dataIndex: 'description', key: 'description' },
];

function ExpectedColumns() {
  return (
    <Collapse
      size="small"
      defaultActiveKey={['columns']}
      items={[
        {
          key: 'columns',
          label: 'Expected CSV columns',
          children: (
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                A header row, then one usage record per row; UTF-8, comma-separated. Amounts in USD with up to 8 decimals. The whole
                file is imported or nothing; rows whose transaction id was imported before are skipped.
              </Typography.Paragraph>
              <Typography.Paragraph copyable style={{ marginBottom: 0 }}>
                <Typography.Text code>{USAGE_CSV_COLUMNS.map((c) => c.name).join(',')}</Typography.Text>
              </Typography.Paragraph>
              <Table
                rowKey="name"
                aria-label="Expected CSV columns"
                size="small"
                pagination={false}
                columns={columnTable}
                dataSource={USAGE_CSV_COLUMNS}
              />
            </Space>
          ),
        },
      ]}
    />
  );
}

function PastImports() {
  const pager = useCursorPager(10);
  const variables = { first: pager.pageSize, after: pager.after };
  const imports = useQuery({
    queryKey: [...usageImportKeys.list, variables],
    queryFn: async () => (await request(UsageImportsQuery, variables)).usageImports,
    placeholderData: keepPreviousData,
  });
  const columns: TableColumnsType<UsageImport> = [
    { title: 'File', dataIndex: 'fileName', key: 'fileName', width: 220 },
    { title: 'Status', dataIndex: 'status', key: 'status', width: 110, render: (s: UsageImportStatus) => statusTag(s) },
    { title: 'Rows read', dataIndex: 'rowsRead', key: 'rowsRead', width: 100, align: 'right' },
    { title: 'Accepted', dataIndex: 'accepted', key: 'accepted', width: 100, align: 'right' },
    { title: 'Duplicates', dataIndex: 'duplicates', key: 'duplicates', width: 100, align: 'right' },
    {
      title: 'Size',
      key: 'size',
      width: 110,
      render: (_, i) => formatBytes(i.bytesTotal ?? i.bytesRead),
    },
    {
      title: 'Error',
      key: 'error',
      width: 300,
      render: (_, i) => (i.errorMessage ? `${i.errorRow ? `Row ${i.errorRow}: ` : ''}${i.errorMessage}` : '—'),
    },
    { title: 'Started by', dataIndex: 'createdBy', key: 'createdBy', width: 200 },
    { title: 'Started', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (at: string) => formatDateTime(at) },
    { title: 'Finished', dataIndex: 'finishedAt', key: 'finishedAt', width: 170, render: (at: string | null) => formatDateTime(at) },
  ];
  return (
    <Card title="Past imports" size="small">
      {imports.isError ? <ErrorAlert error={imports.error} onRetry={() => void imports.refetch()} /> : null}
      <Table<UsageImport>
        rowKey="id"
        aria-label="Past imports"
        columns={columns}
        dataSource={imports.data?.edges.map((e) => e.node) ?? []}
        loading={imports.isFetching}
        size="small"
        pagination={false}
        locale={{ emptyText: imports.isPending ? ' ' : <Empty description="No imports yet." /> }}
      />
      <CursorPagination pager={pager} connection={imports.data} loading={imports.isFetching} itemNames={['import', 'imports']} />
    </Card>
  );
}

/** Operator › Usage imports: upload a CSV of usage records from the billing system (R-EX-1 … R-EX-3). */
export function UsageImportsPage() {
  return (
    <>
      <PageTitle title="Usage imports" subtitle="Import usage records (expenditures, refunds, adjustments) from a CSV file of the billing system." />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <NewImport />
        <ExpectedColumns />
        <PastImports />
      </Space>
    </>
  );
}

import { Button, Select, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { CursorPager } from '../lib/useCursorPager';

/** The part of a Relay connection the pager needs. */
export interface PagedConnection {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface CursorPaginationProps {
  pager: CursorPager;
  /** The current page's connection; undefined while the first page loads. */
  connection: PagedConnection | undefined;
  loading?: boolean;
  pageSizeOptions?: number[];
  /** Singular and plural name of the items ("entry", "entries"). */
  itemNames?: [string, string];
}

/** Previous / Next paging over a cursor connection (no page jumps: cursors are opaque). */
export function CursorPagination({
  pager,
  connection,
  loading,
  pageSizeOptions = [10, 20, 50, 100],
  itemNames = ['item', 'items'],
}: CursorPaginationProps) {
  const totalCount = connection?.totalCount;
  const pages = totalCount !== undefined ? Math.max(1, Math.ceil(totalCount / pager.pageSize)) : undefined;
  return (
    <nav className="pc-cursor-pagination" aria-label="Pagination">
      <Typography.Text type="secondary">
        {totalCount !== undefined ? `${totalCount} ${totalCount === 1 ? itemNames[0] : itemNames[1]}` : null}
      </Typography.Text>
      <Space wrap>
        <Select
          aria-label="Rows per page"
          size="small"
          value={pager.pageSize}
          onChange={pager.setPageSize}
          options={pageSizeOptions.map((n) => ({ value: n, label: `${n} / page` }))}
          style={{ width: 110 }}
        />
        <Button icon={<LeftOutlined />} onClick={pager.previous} disabled={!pager.hasPrevious || loading}>
          Previous
        </Button>
        <Typography.Text aria-live="polite">
          Page {pager.page}
          {pages !== undefined ? ` of ${pages}` : ''}
        </Typography.Text>
        <Button
          onClick={() => pager.next(connection?.pageInfo.endCursor)}
          disabled={!connection?.pageInfo.hasNextPage || loading}
          icon={<RightOutlined />}
          iconPlacement="end"
        >
          Next
        </Button>
      </Space>
    </nav>
  );
}

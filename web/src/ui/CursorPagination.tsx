import { Button, Select, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';

export interface CursorPaginationProps {
  page: number;
  pageSize: number;
  pageSizeOptions?: number[];
  totalCount?: number;
  hasPrevious: boolean;
  hasNext: boolean;
  loading?: boolean;
  /** Singular and plural name of the items ("entry", "entries"). */
  itemNames?: [string, string];
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange?: (size: number) => void;
}

/** Previous / Next paging over a cursor connection (no page jumps: cursors are opaque). */
export function CursorPagination({
  page,
  pageSize,
  pageSizeOptions = [10, 20, 50, 100],
  totalCount,
  hasPrevious,
  hasNext,
  loading,
  itemNames = ['item', 'items'],
  onPrevious,
  onNext,
  onPageSizeChange,
}: CursorPaginationProps) {
  const pages = totalCount !== undefined ? Math.max(1, Math.ceil(totalCount / pageSize)) : undefined;
  return (
    <nav className="pc-cursor-pagination" aria-label="Pagination">
      <Typography.Text type="secondary">
        {totalCount !== undefined ? `${totalCount} ${totalCount === 1 ? itemNames[0] : itemNames[1]}` : null}
      </Typography.Text>
      <Space wrap>
        {onPageSizeChange ? (
          <Select
            aria-label="Rows per page"
            size="small"
            value={pageSize}
            onChange={onPageSizeChange}
            options={pageSizeOptions.map((n) => ({ value: n, label: `${n} / page` }))}
            style={{ width: 110 }}
          />
        ) : null}
        <Button icon={<LeftOutlined />} onClick={onPrevious} disabled={!hasPrevious || loading}>
          Previous
        </Button>
        <Typography.Text aria-live="polite">
          Page {page}
          {pages !== undefined ? ` of ${pages}` : ''}
        </Typography.Text>
        <Button onClick={onNext} disabled={!hasNext || loading} icon={<RightOutlined />} iconPlacement="end">
          Next
        </Button>
      </Space>
    </nav>
  );
}

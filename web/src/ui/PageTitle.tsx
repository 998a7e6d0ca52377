import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

export interface PageTitleProps {
  title: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
}

/** The h1 of a page, with optional actions on the right. */
export function PageTitle({ title, subtitle, extra }: PageTitleProps) {
  return (
    <Flex className="pc-page-title" justify="space-between" align="flex-start" gap={16} wrap>
      <div>
        <Typography.Title level={1}>{title}</Typography.Title>
        {subtitle ? <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph> : null}
      </div>
      {extra ? <div>{extra}</div> : null}
    </Flex>
  );
}

import { Flex, Spin } from 'antd';

export function FullPageSpin({ tip = 'Loading…' }: { tip?: string }) {
  return (
    <Flex className="pc-full-page" align="center" justify="center" role="status" aria-live="polite">
      <Spin size="large" description={tip} />
    </Flex>
  );
}

import { useNavigate } from 'react-router';
import { Button, Result } from 'antd';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <main className="pc-full-page">
      <Result
        status="404"
        title="Page not found"
        subTitle="There is no page at this address."
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            Go to home
          </Button>
        }
      />
    </main>
  );
}

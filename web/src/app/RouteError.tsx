import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button, Result } from 'antd';

/** Last-resort screen for errors thrown while rendering a route. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="pc-full-page">
      <Result
        status="error"
        title="Something went wrong"
        subTitle={detail}
        extra={
          <Button type="primary" onClick={() => window.location.assign('/')}>
            Reload the console
          </Button>
        }
      />
    </main>
  );
}

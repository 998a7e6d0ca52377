import { Alert, Button } from 'antd';
import { errorMessage } from '../lib/graphql';

export interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** Shows a failed request: a title, the server's message, and a retry button when given. */
export function ErrorAlert({ error, title = 'Could not load data', onRetry }: ErrorAlertProps) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    />
  );
}

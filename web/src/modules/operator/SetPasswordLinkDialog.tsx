import type { ReactNode } from 'react';
import { Alert, Button, Modal, Typography } from 'antd';

export interface SetPasswordLinkDialogProps {
  /** The link's path ("/set-password?token=…"); the dialog is open while it is set. */
  link: string | undefined;
  title: string;
  /** Who the link is for, e.g. "Wang Fang (wang@example.com)". */
  recipient?: ReactNode;
  onClose: () => void;
  /** More footer buttons, before Done. */
  actions?: ReactNode;
}

/** No mail server is configured: the operator copies the one-time set-password link and sends it to the administrator. */
export function SetPasswordLinkDialog({ link, title, recipient, onClose, actions }: SetPasswordLinkDialogProps) {
  const url = link ? `${window.location.origin}${link}` : '';
  return (
    <Modal
      open={!!link}
      title={title}
      onCancel={onClose}
      footer={
        <>
          {actions}
          <Button type="primary" onClick={onClose}>
            Done
          </Button>
        </>
      }
    >
      <Typography.Paragraph>
        Send this one-time link to {recipient ?? 'the administrator'} so they can set their password. It is valid for 7 days;
        a new link replaces it.
      </Typography.Paragraph>
      <Alert
        type="info"
        title={
          <Typography.Text className="pc-mono"
            style={{ wordBreak: 'break-all' }}
            data-testid="set-password-link"
            copyable={{ text: url, tooltips: ['Copy link', 'Copied'] }}>
            {url}
          </Typography.Text>
        }
      />
    </Modal>
  );
}

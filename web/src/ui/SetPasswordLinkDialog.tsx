import type { ReactNode } from 'react';
import { App, Button, Input, Modal, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';

export interface SetPasswordLinkDialogProps {
  /** The link's path ("/set-password?token=…"); the dialog is open while it is set. */
  link: string | undefined;
  title: string;
  /** Who the link is for, e.g. "Wang Fang (wang@example.com)". */
  recipient: ReactNode;
  onClose: () => void;
  /** More footer buttons, before Done. */
  actions?: ReactNode;
}

/**
 * No mail server is configured, so whoever created the account passes the one-time set-password link on. It is shown
 * only here: the server keeps just a hash of it.
 */
export function SetPasswordLinkDialog({ link, title, recipient, onClose, actions }: SetPasswordLinkDialogProps) {
  const { message } = App.useApp();
  const url = link ? `${window.location.origin}${link}` : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success('Link copied.');
    } catch {
      void message.warning('The browser did not allow copying: select the link and copy it yourself.');
    }
  };

  return (
    <Modal
      open={!!link}
      title={title}
      onCancel={onClose}
      destroyOnHidden
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
        Send this link to {recipient ?? 'the administrator'}. With it they choose their password and can then sign in. The link works once and
        expires in 7 days; it is not shown again, but a new one can be created (and replaces this one).
      </Typography.Paragraph>
      <Space.Compact block>
        <Input readOnly value={url} aria-label="Set-password link" data-testid="set-password-link" onFocus={(e) => e.target.select()} />
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          Copy
        </Button>
      </Space.Compact>
    </Modal>
  );
}

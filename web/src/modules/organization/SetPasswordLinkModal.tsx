import { App, Button, Input, Modal, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';

export interface SetPasswordLinkModalProps {
  /** Whom the link is for and its path (/set-password?token=…); absent = closed. */
  link?: { displayName: string; email: string; path: string };
  onClose: () => void;
}

/**
 * No mail server is configured, so the administrator passes the one-time link on to the member. It is shown only
 * here: the server keeps just a hash of it.
 */
export function SetPasswordLinkModal({ link, onClose }: SetPasswordLinkModalProps) {
  const { message } = App.useApp();
  const url = link ? `${window.location.origin}${link.path}` : '';

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
      title="Set-password link"
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          Done
        </Button>
      }
    >
      <Typography.Paragraph>
        Send this link to <Typography.Text strong>{link?.displayName}</Typography.Text> ({link?.email}). With it they choose their
        password and can then sign in. The link works once and expires in 7 days; it is not shown again, but you can create a new one
        from the member list.
      </Typography.Paragraph>
      <Space.Compact block>
        <Input readOnly value={url} aria-label="Set-password link" onFocus={(e) => e.target.select()} />
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          Copy
        </Button>
      </Space.Compact>
    </Modal>
  );
}

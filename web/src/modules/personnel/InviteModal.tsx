import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate } from '../../lib/graphql';
import { formatDate } from '../../lib/dates';
import { InvitePersonnelMutation } from './personnel.graphql';
import { personnelKeys } from './personnelUi';

const FIELDS = ['loginId'];

/** R-DP-1: invite an individual by login ID; the server's verification (R-DP-3, R-DP-4) answers under the field. */
export function InviteModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ loginId: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const invite = useMutation({
    mutationFn: async (loginId: string) => (await mutate(InvitePersonnelMutation, { input: { loginId } })).invitePersonnel,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors, invitation }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: personnelKeys.invitations });
      onClose();
      void message.success(`Invitation sent to ${invitation?.individual.loginId}; it is valid until ${formatDate(invitation?.expiresAt)}.`);
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title="Invite a person"
      okText="Send invitation"
      onOk={() => form.submit()}
      confirmLoading={invite.isPending}
      onCancel={onClose}
      destroyOnHidden
      // Cleared once closed, not when opened: a reset on opening ran after the first keystrokes could land and wiped them.
      afterClose={() => {
        setFormErrors([]);
        form.resetFields();
      }}
    >
      <Typography.Paragraph type="secondary">
        The person accepts the invitation in their individual portal; it is valid for 7 days. Once associated, their certificates are
        visible to your organization.
      </Typography.Paragraph>
      <Form form={form} name="invite" layout="vertical" onFinish={(v) => invite.mutate(v.loginId.trim())} disabled={invite.isPending}>
        {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
        <Form.Item
          label="Login ID"
          name="loginId"
          extra="The person's cloud tenant name, shown in My Account › Basic Information."
          rules={[
            { required: true, whitespace: true, message: 'Enter the login ID.' },
            { max: 100, message: 'Use at most 100 characters.' },
          ]}
        >
          <Input maxLength={100} autoComplete="off" placeholder="e.g. li_wei" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

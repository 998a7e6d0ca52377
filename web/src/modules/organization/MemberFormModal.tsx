import { useLayoutEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, request, type UserError } from '../../lib/graphql';
import { CreateMemberMutation, RoleOptionsQuery, UpdateMemberMutation } from './organization.graphql';

/** Same rule as the server's MOBILE_PATTERN: digits, an optional leading +, spaces, dashes and brackets. */
export const MOBILE_PATTERN = /^\+?[0-9][0-9 ()-]{4,28}[0-9]$/;

export type RoleOption = { id: string; name: string; builtIn: boolean; isAdministrator: boolean };

/** Every role of the partner (built-in and custom), for pickers and filters. */
export function useRoleOptions() {
  return useQuery({
    queryKey: ['roles', 'options'],
    queryFn: async (): Promise<RoleOption[]> => (await request(RoleOptionsQuery, {})).roles.edges.map((e) => e.node),
  });
}

/** Roles a member can be given: everything but the master account's Administrator role (R-ORG-1). */
export function assignableRoleOptions(roles: RoleOption[] | undefined) {
  return (roles ?? []).filter((r) => !r.isAdministrator).map((r) => ({ value: r.id, label: r.builtIn ? `${r.name} (built-in)` : r.name }));
}

export interface EditableMember {
  id: string;
  email: string;
  displayName: string;
  mobile?: string | null;
}

export interface CreatedMember {
  displayName: string;
  email: string;
  /** Path of the set-password link, e.g. /set-password?token=… */
  setPasswordLink: string;
}

interface MemberValues {
  displayName: string;
  email: string;
  mobile?: string;
  roleId?: string;
}

export interface MemberFormModalProps {
  open: boolean;
  /** The member to edit; absent = create a new member. */
  member?: EditableMember;
  onClose: () => void;
  /** After a creation: the new member and its set-password link. */
  onCreated: (created: CreatedMember) => void;
}

const FIELDS = ['displayName', 'email', 'mobile', 'roleId'];

/** Create a member (name, e-mail, mobile, role) or edit one's name and mobile. */
export function MemberFormModal({ open, member, onClose, onCreated }: MemberFormModalProps) {
  const [form] = Form.useForm<MemberValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const roles = useRoleOptions();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const editing = !!member;

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
    form.setFieldsValue(
      member
        ? { displayName: member.displayName, email: member.email, mobile: member.mobile ?? '' }
        : { displayName: '', email: '', mobile: '', roleId: undefined },
    );
  }, [open, member, form]);

  const save = useMutation({
    mutationFn: async (v: MemberValues): Promise<{ errors: readonly UserError[]; created?: CreatedMember }> => {
      const mobile = v.mobile?.trim() ? v.mobile.trim() : null;
      if (member) {
        const { updateMember } = await mutate(UpdateMemberMutation, { input: { id: member.id, displayName: v.displayName.trim(), mobile } });
        return { errors: updateMember.errors };
      }
      const { createMember } = await mutate(CreateMemberMutation, {
        input: { displayName: v.displayName.trim(), email: v.email.trim(), mobile, roleId: v.roleId ?? '' },
      });
      const created =
        createMember.member && createMember.setPasswordLink
          ? { displayName: createMember.member.displayName, email: createMember.member.email, setPasswordLink: createMember.setPasswordLink }
          : undefined;
      return { errors: createMember.errors, created };
    },
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors, created }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['members'] });
      await queryClient.invalidateQueries({ queryKey: ['roles'] });
      onClose();
      if (created) onCreated(created);
      else void message.success('Member saved.');
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title={editing ? `Edit member “${member?.displayName}”` : 'New member'}
      okText={editing ? 'Save' : 'Create member'}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<MemberValues> form={form} name="member" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
        <Form.Item
          label="Name"
          name="displayName"
          rules={[
            { required: true, whitespace: true, message: 'Enter the member’s name.' },
            { max: 200, message: 'Use at most 200 characters.' },
          ]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="E-mail"
          name="email"
          extra={editing ? 'The e-mail address is the sign-in name and cannot be changed.' : 'The member signs in with this address.'}
          rules={[
            { required: true, whitespace: true, message: 'Enter an e-mail address.' },
            { type: 'email', transform: (v: string | undefined) => v?.trim(), message: 'Enter a valid e-mail address.' },
            { max: 254, message: 'Use at most 254 characters.' },
          ]}
        >
          <Input type="email" maxLength={254} autoComplete="off" disabled={editing} />
        </Form.Item>
        <Form.Item
          label="Mobile"
          name="mobile"
          rules={[{ pattern: MOBILE_PATTERN, transform: (v: string | undefined) => v?.trim(), message: 'Enter digits, optionally starting with +.' }]}
        >
          <Input maxLength={30} placeholder="+1 555 010 2030" autoComplete="off" />
        </Form.Item>
        {editing ? null : (
          <Form.Item label="Role" name="roleId" rules={[{ required: true, message: 'Choose a role.' }]}>
            <Select
              placeholder="Choose a role"
              options={assignableRoleOptions(roles.data)}
              loading={roles.isPending}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

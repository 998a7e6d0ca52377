import { useLayoutEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PersonnelPosition } from '../../gql/graphql';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate } from '../../lib/graphql';
import { personnelPositionOptions } from '../../lib/labels';
import { UpdatePersonnelMutation } from './personnel.graphql';
import { personnelKeys } from './personnelUi';

export interface EditablePerson {
  id: string;
  displayName: string;
  position: PersonnelPosition;
  employmentStart?: string | null;
  employmentEnd?: string | null;
}

interface PersonValues {
  position: PersonnelPosition;
  employmentStart?: Dayjs | null;
  employmentEnd?: Dayjs | null;
}

const FIELDS = ['position', 'employmentStart', 'employmentEnd'];
const DATE_FORMAT = 'YYYY-MM-DD';

const toDay = (date: string | null | undefined) => (date ? dayjs(date) : null);
const toDate = (day: Dayjs | null | undefined) => (day ? day.format(DATE_FORMAT) : null);

/** Position and employment dates of one of the dedicated personnel (R-DP-8). */
export function EditPersonModal({ person, onClose }: { person?: EditablePerson; onClose: () => void }) {
  const [form] = Form.useForm<PersonValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!person) return;
    setFormErrors([]);
    form.resetFields();
    form.setFieldsValue({ position: person.position, employmentStart: toDay(person.employmentStart), employmentEnd: toDay(person.employmentEnd) });
  }, [person, form]);

  const save = useMutation({
    mutationFn: async (v: PersonValues) =>
      (
        await mutate(UpdatePersonnelMutation, {
          input: { id: person!.id, position: v.position, employmentStart: toDate(v.employmentStart), employmentEnd: toDate(v.employmentEnd) },
        })
      ).updatePersonnel,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: personnelKeys.personnel });
      onClose();
      void message.success(`${person?.displayName} saved.`);
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={!!person}
      title={`Edit ${person?.displayName ?? ''}`}
      okText="Save"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PersonValues> form={form} name="person" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
        <Form.Item label="Position" name="position" rules={[{ required: true, message: 'Choose a position.' }]}>
          <Select options={personnelPositionOptions} />
        </Form.Item>
        <Form.Item label="Employment start" name="employmentStart">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="Employment end"
          name="employmentEnd"
          dependencies={['employmentStart']}
          extra="Leave empty while the person is still employed."
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, end: Dayjs | null | undefined) => {
                const start = getFieldValue('employmentStart') as Dayjs | null | undefined;
                return end && start && end.isBefore(start, 'day')
                  ? Promise.reject(new Error('The end date cannot be before the start date.'))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import dayjs, { type Dayjs } from 'dayjs';
import { DatePicker, Form } from 'antd';

/** A picked day as the API's YYYY-MM-DD. */
export const isoDay = (day: Dayjs): string => day.format('YYYY-MM-DD');

/**
 * Issue and expiry date pickers of a certificate form (fields `issuedOn`, `expiresOn`): the issue date may not be in
 * the future and the expiry date must be after it, as the server checks.
 */
export function CertificateDateFields() {
  const form = Form.useFormInstance();
  const issuedOn = Form.useWatch<Dayjs | undefined>('issuedOn', form);
  return (
    <>
      <Form.Item label="Issue date" name="issuedOn" rules={[{ required: true, message: 'Choose the issue date.' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        label="Expiry date"
        name="expiresOn"
        dependencies={['issuedOn']}
        rules={[
          { required: true, message: 'Choose the expiry date.' },
          ({ getFieldValue }) => ({
            validator(_, value?: Dayjs) {
              const issued = getFieldValue('issuedOn') as Dayjs | undefined;
              if (!value || !issued || value.isAfter(issued, 'day')) return Promise.resolve();
              return Promise.reject(new Error('The expiry date must be after the issue date.'));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => !!issuedOn && !day.isAfter(issuedOn, 'day')} />
      </Form.Item>
    </>
  );
}

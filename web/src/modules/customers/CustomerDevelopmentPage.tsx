import { useSearchParams } from 'react-router';
import { Card, Tabs } from 'antd';
import { hasAnyPermission, useMe } from '../../app/auth';
import { PageTitle } from '../../ui/PageTitle';
import { CustomerInvitationsTab } from './CustomerInvitationsTab';
import { OutboxTab } from './OutboxTab';
import { PreRegistrationsTab } from './PreRegistrationsTab';

const TABS = ['pre-registrations', 'invitations', 'outbox'] as const;
type TabKey = (typeof TABS)[number];

/** Customer Business › Customer Development (R-CU-5, R-CU-6); the open tab is in the URL (?tab=invitations). */
export function CustomerDevelopmentPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TabKey | null;
  const tab: TabKey = requested && TABS.includes(requested) ? requested : 'pre-registrations';
  // The outbox is for members who manage customers or see all of them.
  const canSeeOutbox = hasAnyPermission(me.data, ['CUSTOMERS_MANAGE', 'CUSTOMERS_VIEW_ALL']);

  return (
    <>
      <PageTitle
        title="Customer Development"
        subtitle="Protect prospects with a pre-registration, invite customers by e-mail or with a registration link and QR code."
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'pre-registrations' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'pre-registrations', label: 'Pre-registrations', children: <PreRegistrationsTab /> },
            { key: 'invitations', label: 'Invitations', children: <CustomerInvitationsTab /> },
            ...(canSeeOutbox ? [{ key: 'outbox', label: 'Outbox', children: <OutboxTab /> }] : []),
          ]}
        />
      </Card>
    </>
  );
}

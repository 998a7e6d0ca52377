import { useSearchParams } from 'react-router';
import { Card, Tabs } from 'antd';
import { PageTitle } from '../../ui/PageTitle';
import { CertificatesTab } from './CertificatesTab';
import { InvitationsTab } from './InvitationsTab';
import { PersonnelTab } from './PersonnelTab';

const TABS = ['personnel', 'invitations', 'certificates'] as const;
type TabKey = (typeof TABS)[number];

/** Organization › Dedicated Personnel (R-DP-1..9, R-ORG-4); the open tab is in the URL (?tab=invitations). */
export function DedicatedPersonnelPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TabKey | null;
  const tab: TabKey = requested && TABS.includes(requested) ? requested : 'personnel';

  return (
    <>
      <PageTitle
        title="Dedicated Personnel"
        subtitle="People associated with your organization by their individual ID, their positions, employment and certificates."
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'personnel' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'personnel', label: 'Personnel', children: <PersonnelTab /> },
            { key: 'invitations', label: 'Invitations', children: <InvitationsTab /> },
            { key: 'certificates', label: 'Certificates', children: <CertificatesTab /> },
          ]}
        />
      </Card>
    </>
  );
}

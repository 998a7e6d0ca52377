import { AuditOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { hasPermission, RequireAccount, useMe } from '../auth';
import { ShellLayout, type ShellMenuItem } from './ShellLayout';

export function PartnerShell() {
  const me = useMe();
  const menu: ShellMenuItem[] = [{ key: 'home', label: 'Overview', icon: <HomeOutlined />, path: '/partner' }];
  if (hasPermission(me.data, 'ROLES_MANAGE')) {
    menu.push({
      key: 'organization',
      label: 'Organization',
      icon: <TeamOutlined />,
      children: [{ key: 'roles', label: 'Roles', path: '/partner/organization/roles' }],
    });
  }
  if (hasPermission(me.data, 'AUDIT_VIEW')) {
    menu.push({ key: 'audit', label: 'Audit log', icon: <AuditOutlined />, path: '/partner/audit' });
  }
  return (
    <RequireAccount kind="PARTNER_MEMBER">
      <ShellLayout title="Partner Center" homePath="/partner" context={me.data?.partner?.name} menu={menu} />
    </RequireAccount>
  );
}

export function OperatorShell() {
  const menu: ShellMenuItem[] = [
    { key: 'home', label: 'Overview', icon: <HomeOutlined />, path: '/operator' },
    { key: 'audit', label: 'Audit log', icon: <AuditOutlined />, path: '/operator/audit' },
  ];
  return (
    <RequireAccount kind="OPERATOR">
      <ShellLayout title="Partner Center — Operations" homePath="/operator" menu={menu} />
    </RequireAccount>
  );
}

export function IndividualShell() {
  return (
    <RequireAccount kind="INDIVIDUAL">
      <ShellLayout title="Partner Center" homePath="/individual" context="Individual portal" />
    </RequireAccount>
  );
}

export function CustomerShell() {
  return (
    <RequireAccount kind="CUSTOMER">
      <ShellLayout title="Partner Center" homePath="/customer" context="Customer portal" />
    </RequireAccount>
  );
}

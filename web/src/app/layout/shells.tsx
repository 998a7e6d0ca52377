import {
  AccountBookOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CloudUploadOutlined,
  ContactsOutlined,
  FileDoneOutlined,
  HomeOutlined,
  IdcardOutlined,
  MailOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ShopOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { hasAnyPermission, hasPermission, RequireAccount, useMe } from '../auth';
import { ShellLayout, type ShellMenuItem } from './ShellLayout';

export function PartnerShell() {
  const me = useMe();
  const menu: ShellMenuItem[] = [{ key: 'home', label: 'Overview', icon: <HomeOutlined />, path: '/partner' }];
  if (hasPermission(me.data, 'PARTNER_VIEW')) {
    menu.push({ key: 'information', label: 'Partner Information', icon: <IdcardOutlined />, path: '/partner/information' });
  }
  const organization: ShellMenuItem[] = [];
  if (hasAnyPermission(me.data, ['MEMBERS_VIEW', 'MEMBERS_MANAGE'])) {
    organization.push({ key: 'members', label: 'Members', path: '/partner/organization/members' });
  }
  if (hasPermission(me.data, 'ROLES_MANAGE')) {
    organization.push({ key: 'roles', label: 'Roles', path: '/partner/organization/roles' });
  }
  if (hasAnyPermission(me.data, ['PERSONNEL_VIEW', 'PERSONNEL_MANAGE'])) {
    organization.push({ key: 'personnel', label: 'Dedicated Personnel', path: '/partner/organization/personnel' });
  }
  if (organization.length > 0) {
    menu.push({ key: 'organization', label: 'Organization', icon: <TeamOutlined />, children: organization });
  }
  if (hasAnyPermission(me.data, ['CUSTOMERS_VIEW', 'CUSTOMERS_VIEW_ALL', 'CUSTOMERS_MANAGE'])) {
    menu.push({
      key: 'customerBusiness',
      label: 'Customer Business',
      icon: <ContactsOutlined />,
      children: [
        { key: 'customers', label: 'Customers', path: '/partner/customers' },
        { key: 'customerDevelopment', label: 'Customer Development', path: '/partner/customers/development' },
        { key: 'customerTeam', label: 'Team', path: '/partner/customers/team' },
      ],
    });
  }
  if (hasAnyPermission(me.data, ['CUSTOMERS_VIEW', 'CUSTOMERS_VIEW_ALL', 'BUDGETS_MANAGE'])) {
    const budgets: ShellMenuItem = { key: 'budgets', label: 'Budgets', path: '/partner/customers/budgets' };
    const customerBusiness = menu.find((item) => item.key === 'customerBusiness');
    if (customerBusiness?.children) customerBusiness.children.push(budgets);
    else menu.push({ key: 'customerBusiness', label: 'Customer Business', icon: <ContactsOutlined />, children: [budgets] });
  }
  if (hasPermission(me.data, 'BILLS_VIEW')) {
    menu.push({
      key: 'finance',
      label: 'Financial Information',
      icon: <AccountBookOutlined />,
      children: [{ key: 'partnerBills', label: 'Partner Bills', path: '/partner/finance/bills' }],
    });
  }
  if (hasPermission(me.data, 'EXPENDITURE_VIEW')) {
    const expenditure: ShellMenuItem = { key: 'customerExpenditure', label: 'Customer Expenditure', path: '/partner/customers/expenditure' };
    const customerBusiness = menu.find((item) => item.key === 'customerBusiness');
    if (customerBusiness?.children) customerBusiness.children.push(expenditure);
    else menu.push({ key: 'customerBusiness', label: 'Customer Business', icon: <ContactsOutlined />, children: [expenditure] });
    menu.push({
      key: 'statistics',
      label: 'Operations Statistics',
      icon: <BarChartOutlined />,
      children: [{ key: 'expenditures', label: 'Expenditures', path: '/partner/statistics/expenditures' }],
    });
  }
  if (hasPermission(me.data, 'PARTNER_VIEW')) {
    menu.push({ key: 'programs', label: 'Partner Programs', icon: <SafetyCertificateOutlined />, path: '/partner/programs' });
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
    { key: 'partners', label: 'Partners', icon: <ShopOutlined />, path: '/operator/partners' },
    { key: 'customers', label: 'Customers', icon: <TeamOutlined />, path: '/operator/customers' },
    { key: 'reviews', label: 'Authentication reviews', icon: <FileDoneOutlined />, path: '/operator/reviews' },
    { key: 'purchaseGate', label: 'Purchase gate', icon: <SafetyOutlined />, path: '/operator/purchase-gate' },
    { key: 'individuals', label: 'Individuals', icon: <UserOutlined />, path: '/operator/individuals' },
    { key: 'usageImports', label: 'Usage imports', icon: <CloudUploadOutlined />, path: '/operator/usage-imports' },
    { key: 'audit', label: 'Audit log', icon: <AuditOutlined />, path: '/operator/audit' },
  ];
  return (
    <RequireAccount kind="OPERATOR">
      <ShellLayout title="Partner Center — Operations" homePath="/operator" menu={menu} />
    </RequireAccount>
  );
}

export function IndividualShell() {
  const menu: ShellMenuItem[] = [
    { key: 'home', label: 'Overview', icon: <HomeOutlined />, path: '/individual' },
    { key: 'invitations', label: 'Invitations', icon: <MailOutlined />, path: '/individual/invitations' },
    { key: 'partners', label: 'My partners', icon: <ShopOutlined />, path: '/individual/partners' },
    { key: 'certificates', label: 'Certificates', icon: <SafetyCertificateOutlined />, path: '/individual/certificates' },
    { key: 'profile', label: 'Profile', icon: <IdcardOutlined />, path: '/individual/profile' },
  ];
  return (
    <RequireAccount kind="INDIVIDUAL">
      <ShellLayout title="Partner Center" homePath="/individual" context="Individual portal" menu={menu} />
    </RequireAccount>
  );
}

export function CustomerShell() {
  const menu: ShellMenuItem[] = [
    { key: 'home', label: 'Overview', icon: <HomeOutlined />, path: '/customer' },
    { key: 'partner', label: 'My partner', icon: <ShopOutlined />, path: '/customer/partner' },
    { key: 'invitations', label: 'Invitations received', icon: <MailOutlined />, path: '/customer/invitations' },
    { key: 'notifications', label: 'Notifications', icon: <BellOutlined />, path: '/customer/notifications' },
  ];
  return (
    <RequireAccount kind="CUSTOMER">
      <ShellLayout title="Partner Center" homePath="/customer" context="Customer portal" menu={menu} notificationsPath="/customer/notifications" />
    </RequireAccount>
  );
}

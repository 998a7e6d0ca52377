import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequirePermission, RootRedirect } from './auth';
import { CustomerShell, IndividualShell, OperatorShell, PartnerShell } from './layout/shells';
import { LoginPage } from '../modules/account/LoginPage';
import { MyAccountPage } from '../modules/account/MyAccountPage';
import { AuditLogPage } from '../modules/audit/AuditLogPage';
import { OperatorHome, PartnerHome } from '../modules/home/HomePages';
import { NotFoundPage } from '../modules/home/NotFoundPage';
import { RolesPage } from '../modules/organization/RolesPage';
import { MembersPage } from '../modules/organization/MembersPage';
import { DedicatedPersonnelPage } from '../modules/personnel/DedicatedPersonnelPage';
import { SetPasswordPage } from '../modules/account/SetPasswordPage';
import { AuthenticationReviewsPage } from '../modules/operator/AuthenticationReviewsPage';
import { PartnerDetailPage } from '../modules/operator/PartnerDetailPage';
import { PartnersPage } from '../modules/operator/PartnersPage';
import { IndividualsPage } from '../modules/operator/individuals/IndividualsPage';
import { CustomersPage as OperatorCustomersPage } from '../modules/operator/customers/CustomersPage';
import { CustomerDetailPage as OperatorCustomerDetailPage } from '../modules/operator/customers/CustomerDetailPage';
import { CertificatesPage } from '../modules/individual/CertificatesPage';
import { IndividualHome } from '../modules/individual/IndividualHome';
import { InvitationsPage } from '../modules/individual/InvitationsPage';
import { MyPartnersPage } from '../modules/individual/MyPartnersPage';
import { ProfilePage } from '../modules/individual/ProfilePage';
import { PartnerInformationPage } from '../modules/partner/PartnerInformationPage';
import { PartnerProgramsPage } from '../modules/partner/PartnerProgramsPage';
import { CustomersPage } from '../modules/customers/CustomersPage';
import { CustomerDetailPage } from '../modules/customers/CustomerDetailPage';
import { CustomerDevelopmentPage } from '../modules/customers/CustomerDevelopmentPage';
import { CustomerTeamPage } from '../modules/customers/CustomerTeamPage';
import { CustomerExpenditurePage } from '../modules/expenditure/CustomerExpenditurePage';
import { ExpendituresPage } from '../modules/expenditure/ExpendituresPage';
import { UsageImportsPage } from '../modules/operator/usage-imports/UsageImportsPage';
import { BudgetsPage } from '../modules/budgets/BudgetsPage';
import { BillLinkRedirect, PartnerBillsPage } from '../modules/bills/PartnerBillsPage';
import { PartnerBillDetailPage } from '../modules/bills/PartnerBillDetailPage';
import { PurchaseGatePage } from '../modules/operator/bills/PurchaseGatePage';
import { CustomerHome } from '../modules/customer-portal/CustomerHome';
import { CustomerInvitationsPage } from '../modules/customer-portal/CustomerInvitationsPage';
import { InvitePage } from '../modules/customer-portal/InvitePage';
import { MyPartnerPage } from '../modules/customer-portal/MyPartnerPage';
import { NotificationsPage } from '../modules/notification/NotificationsPage';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <RootRedirect /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/set-password', element: <SetPasswordPage /> },
      { path: '/invite/:code', element: <InvitePage /> },
      {
        path: '/partner',
        element: <PartnerShell />,
        children: [
          { index: true, element: <PartnerHome /> },
          {
            path: 'information',
            element: (
              <RequirePermission permission="PARTNER_VIEW">
                <PartnerInformationPage />
              </RequirePermission>
            ),
          },
          {
            path: 'programs',
            element: (
              <RequirePermission permission="PARTNER_VIEW">
                <PartnerProgramsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'organization/members',
            element: (
              <RequirePermission permission={['MEMBERS_VIEW', 'MEMBERS_MANAGE']}>
                <MembersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'organization/personnel',
            element: (
              <RequirePermission permission={['PERSONNEL_VIEW', 'PERSONNEL_MANAGE']}>
                <DedicatedPersonnelPage />
              </RequirePermission>
            ),
          },
          {
            path: 'organization/roles',
            element: (
              <RequirePermission permission="ROLES_MANAGE">
                <RolesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'customers',
            element: (
              <RequirePermission permission={['CUSTOMERS_VIEW', 'CUSTOMERS_VIEW_ALL', 'CUSTOMERS_MANAGE']}>
                <CustomersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'customers/development',
            element: (
              <RequirePermission permission={['CUSTOMERS_VIEW', 'CUSTOMERS_VIEW_ALL', 'CUSTOMERS_MANAGE']}>
                <CustomerDevelopmentPage />
              </RequirePermission>
            ),
          },
          {
            path: 'customers/team',
            element: (
              <RequirePermission permission={['CUSTOMERS_VIEW', 'CUSTOMERS_VIEW_ALL', 'CUSTOMERS_MANAGE']}>
                <CustomerTeamPage />
              </RequirePermission>
            ),
          },
          {
            path: 'customers/budgets',
            element: (
              <RequirePermission permission={['CUSTOMERS_VIEW', 'CUSTOMERS_VIEW_ALL', 'BUDGETS_MANAGE']}>
                <BudgetsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'finance/bills',
            element: (
              <RequirePermission permission="BILLS_VIEW">
                <PartnerBillsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'finance/bills/:id',
            element: (
              <RequirePermission permission="BILLS_VIEW">
                <PartnerBillDetailPage />
              </RequirePermission>
            ),
          },
          { path: 'bills', element: <BillLinkRedirect /> },
          { path: 'bills/:id', element: <BillLinkRedirect /> },
          {
            path: 'customers/expenditure',
            element: (
              <RequirePermission permission="EXPENDITURE_VIEW">
                <CustomerExpenditurePage />
              </RequirePermission>
            ),
          },
          {
            path: 'statistics/expenditures',
            element: (
              <RequirePermission permission="EXPENDITURE_VIEW">
                <ExpendituresPage />
              </RequirePermission>
            ),
          },
          {
            path: 'customers/:id',
            element: (
              <RequirePermission permission={['CUSTOMERS_VIEW', 'CUSTOMERS_VIEW_ALL', 'CUSTOMERS_MANAGE']}>
                <CustomerDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequirePermission permission="AUDIT_VIEW">
                <AuditLogPage scope="partner" />
              </RequirePermission>
            ),
          },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: '/operator',
        element: <OperatorShell />,
        children: [
          { index: true, element: <OperatorHome /> },
          { path: 'partners', element: <PartnersPage /> },
          { path: 'partners/:id', element: <PartnerDetailPage /> },
          { path: 'customers', element: <OperatorCustomersPage /> },
          { path: 'customers/:id', element: <OperatorCustomerDetailPage /> },
          { path: 'reviews', element: <AuthenticationReviewsPage /> },
          { path: 'purchase-gate', element: <PurchaseGatePage /> },
          { path: 'individuals', element: <IndividualsPage /> },
          { path: 'usage-imports', element: <UsageImportsPage /> },
          { path: 'audit', element: <AuditLogPage scope="operator" /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: '/individual',
        element: <IndividualShell />,
        children: [
          { index: true, element: <IndividualHome /> },
          { path: 'invitations', element: <InvitationsPage /> },
          { path: 'partners', element: <MyPartnersPage /> },
          { path: 'certificates', element: <CertificatesPage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: '/customer',
        element: <CustomerShell />,
        children: [
          { index: true, element: <CustomerHome /> },
          { path: 'partner', element: <MyPartnerPage /> },
          { path: 'invitations', element: <CustomerInvitationsPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);

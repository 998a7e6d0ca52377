import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequirePermission, RootRedirect } from './auth';
import { CustomerShell, IndividualShell, OperatorShell, PartnerShell } from './layout/shells';
import { LoginPage } from '../modules/account/LoginPage';
import { MyAccountPage } from '../modules/account/MyAccountPage';
import { AuditLogPage } from '../modules/audit/AuditLogPage';
import { OperatorHome, PartnerHome, PortalHome } from '../modules/home/HomePages';
import { NotFoundPage } from '../modules/home/NotFoundPage';
import { RolesPage } from '../modules/organization/RolesPage';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <RootRedirect /> },
      { path: '/login', element: <LoginPage /> },
      {
        path: '/partner',
        element: <PartnerShell />,
        children: [
          { index: true, element: <PartnerHome /> },
          {
            path: 'organization/roles',
            element: (
              <RequirePermission permission="ROLES_MANAGE">
                <RolesPage />
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
          { path: 'account', element: <MyAccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: '/operator',
        element: <OperatorShell />,
        children: [
          { index: true, element: <OperatorHome /> },
          { path: 'audit', element: <AuditLogPage scope="operator" /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: '/individual',
        element: <IndividualShell />,
        children: [
          { index: true, element: <PortalHome accountPath="/individual/account" /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: '/customer',
        element: <CustomerShell />,
        children: [
          { index: true, element: <PortalHome accountPath="/customer/account" /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);

import { useMemo, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Avatar, Button, Dropdown, Flex, Layout, Menu, Tag, type MenuProps } from 'antd';
import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useLogout, useMe } from '../auth';
import { NotificationBell } from '../../modules/notification/NotificationBell';

export interface ShellMenuItem {
  key: string;
  label: string;
  icon?: ReactNode;
  /** Route path (absolute) for a leaf. */
  path?: string;
  children?: ShellMenuItem[];
}

export interface ShellLayoutProps {
  /** Product title shown at the top ("Partner Center"). */
  title: string;
  /** Where the title links to. */
  homePath: string;
  /** Second line of the header, e.g. the partner's company name. */
  context?: ReactNode;
  /** Sider menu; without it the shell is a header-only portal. */
  menu?: ShellMenuItem[];
  /** The portal's full notifications page, linked from the bell (default `<homePath>/notifications`). */
  notificationsPath?: string;
}

function flatten(items: ShellMenuItem[]): ShellMenuItem[] {
  return items.flatMap((item) => (item.children ? flatten(item.children) : [item]));
}

function toAntdItems(items: ShellMenuItem[]): MenuProps['items'] {
  return items.map((item) =>
    item.children
      ? { key: item.key, label: item.label, icon: item.icon, children: toAntdItems(item.children) }
      : { key: item.key, icon: item.icon, label: item.path ? <Link to={item.path}>{item.label}</Link> : item.label },
  );
}

/** The application frame: header (title, context, user menu) + optional sider menu + routed content. */
export function ShellLayout({ title, homePath, context, menu, notificationsPath }: ShellLayoutProps) {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  // The menu entry whose path is the longest prefix of the current location is the selected one.
  const { selectedKeys, openKeys } = useMemo(() => {
    if (!menu) return { selectedKeys: [] as string[], openKeys: [] as string[] };
    const leaves = flatten(menu).filter((i) => i.path);
    const match = leaves
      .filter((i) => location.pathname === i.path || (i.path !== homePath && location.pathname.startsWith(`${i.path}/`)))
      .sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0))[0];
    const parents = menu.filter((p) => p.children?.some((c) => c.key === match?.key)).map((p) => p.key);
    return { selectedKeys: match ? [match.key] : [], openKeys: parents };
  }, [menu, location.pathname, homePath]);

  const account = me.data;
  const userMenu: MenuProps = {
    items: [
      { key: 'account', icon: <UserOutlined />, label: 'My account' },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: 'Log out', danger: true },
    ],
    onClick: ({ key }) => {
      if (key === 'account') void navigate(`${homePath}/account`);
      if (key === 'logout') logout.mutate();
    },
  };

  const header = (
    <Layout.Header className="pc-header">
      <Flex align="center" gap={16} className="pc-header-left">
        <Link to={homePath} className="pc-brand">
          {title}
        </Link>
        {context ? <span className="pc-header-context">{context}</span> : null}
      </Flex>
      {account ? (
        <Flex align="center" gap={8}>
          <NotificationBell allPath={notificationsPath ?? `${homePath}/notifications`} />
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <Button type="text" className="pc-user-button" loading={logout.isPending}>
              <Avatar size="small" icon={<UserOutlined />} />
              <span className="pc-user-email">{account.email}</span>
              {account.role ? <Tag className="pc-user-role">{account.role.name}</Tag> : null}
              <DownOutlined />
            </Button>
          </Dropdown>
        </Flex>
      ) : null}
    </Layout.Header>
  );

  const content = (
    <Layout.Content className="pc-content">
      <main id="main">
        <Outlet />
      </main>
    </Layout.Content>
  );

  if (!menu) {
    return (
      <Layout className="pc-shell">
        {header}
        {content}
      </Layout>
    );
  }

  return (
    <Layout className="pc-shell">
      {header}
      <Layout>
        <Layout.Sider
          width={232}
          theme="light"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          className="pc-sider"
          breakpoint="lg"
        >
          <nav aria-label="Main">
            <Menu
              mode="inline"
              items={toAntdItems(menu)}
              selectedKeys={selectedKeys}
              defaultOpenKeys={openKeys}
              key={openKeys.join(',')}
            />
          </nav>
        </Layout.Sider>
        {content}
      </Layout>
    </Layout>
  );
}

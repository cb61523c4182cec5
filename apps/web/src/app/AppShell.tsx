import { Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';

export function AppShell({ children }: { children: ReactNode }) {
  const { session, ability, logout } = useAuth();
  const location = useLocation();
  const items = [
    ...(ability?.can('review', 'Step') ? [{ key: '/inbox', label: <Link to="/inbox">待办</Link> }] : []),
    ...(ability?.can('read', 'Project') ? [{ key: '/projects', label: <Link to="/projects">{ability.can('create', 'Project') ? '我的项目' : '项目'}</Link> }] : []),
    ...(ability?.can('create', 'Project') ? [{ key: '/projects/new', label: <Link to="/projects/new">新建申报</Link> }] : []),
    // Policy admins (and the platform admin): the studio, where regulations are drafted, tested and published.
    ...(ability?.can('update', 'PolicyVersion') ? [{ key: '/studio', label: <Link to="/studio">政策</Link> }] : []),
    ...(ability?.can('read', 'Policy') ? [{ key: '/compare', label: <Link to="/compare">对比</Link> }] : []),
  ];
  const selected = items.map((item) => item.key).filter((key) => location.pathname === key || location.pathname.startsWith(`${key}/`)).slice(-1);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header" style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#1f3a5f', paddingInline: 24 }}>
        <Link to="/">
          <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
            办法 Banfa
          </Typography.Title>
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={selected}
          items={items}
          style={{ flex: 1, minWidth: 0, background: 'transparent' }}
        />
        {session && (
          <Space>
            <Typography.Text style={{ color: '#dbe4f0', whiteSpace: 'nowrap' }}>
              {session.user.displayName} · {session.user.roleLabel}
            </Typography.Text>
            <Button size="small" onClick={logout}>
              退出
            </Button>
          </Space>
        )}
      </Layout.Header>
      {/* The studio's editor puts forms and YAML side by side: it takes the whole width of a wide screen. */}
      <Layout.Content style={{ padding: location.pathname.startsWith('/studio/versions/') ? '16px 24px' : 24, maxWidth: location.pathname.startsWith('/studio/versions/') ? undefined : 1280, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}

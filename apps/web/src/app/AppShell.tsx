import { Button, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';

export function AppShell({ children }: { children: ReactNode }) {
  const { session, logout } = useAuth();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#1f3a5f' }}>
        <Link to="/projects/new">
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            办法 Banfa
          </Typography.Title>
        </Link>
        {session && (
          <Space>
            <Typography.Text style={{ color: '#dbe4f0' }}>
              {session.user.displayName} · {session.user.roleLabel}
            </Typography.Text>
            <Button size="small" onClick={logout}>
              退出
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>{children}</Layout.Content>
    </Layout>
  );
}

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import { AuthProvider } from '../auth/AuthContext';

/**
 * Renders one page as the app does (antd App, React Query without retries, AuthProvider with the session in
 * localStorage, a router), in a container of its own. Returns the container and the unmount.
 */
export async function mountPage(page: ReactNode): Promise<{ container: HTMLElement; unmount(): void }> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  await act(async () => {
    root.render(
      <AntApp>
        <QueryClientProvider client={client}>
          <AuthProvider>
            <MemoryRouter>{page}</MemoryRouter>
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>,
    );
  });
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { LoginPage } from '../pages/LoginPage';
import { NewProjectPage } from '../pages/NewProjectPage';
import { ProjectPage } from '../pages/ProjectPage';
import { AppShell } from './AppShell';

function RequireLogin({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  return session ? <AppShell>{children}</AppShell> : <Navigate to="/login" replace />;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/projects/new" element={<RequireLogin><NewProjectPage /></RequireLogin>} />
      <Route path="/projects/:id" element={<RequireLogin><ProjectPage /></RequireLogin>} />
      <Route path="*" element={<Navigate to="/projects/new" replace />} />
    </Routes>
  );
}

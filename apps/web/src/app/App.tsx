import { Skeleton } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { ComparisonPage } from '../features/comparison/comparison.page';
import { DraftEditorPage } from '../features/drafts/draft-editor.page';
import { InboxPage } from '../features/inbox/inbox.page';
import { PrintFormPage } from '../features/print/print-form.page';
import { ProjectPage } from '../features/project/project.page';
import { ProjectsListPage } from '../features/projects/projects-list.page';
import { LoginPage } from '../pages/LoginPage';
import { AppShell } from './AppShell';
import { homePath } from './home-path';

// The studio (CodeMirror, the designer, the simulation) is for policy admins: loaded when first opened.
const StudioListPage = lazy(() => import('../features/studio/core/studio-list.page').then((module) => ({ default: module.StudioListPage })));
const StudioEditorPage = lazy(() => import('../features/studio/core/studio-editor.page').then((module) => ({ default: module.StudioEditorPage })));
const studio = (page: ReactNode) => <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>{page}</Suspense>;

function RequireLogin({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  return session ? <AppShell>{children}</AppShell> : <Navigate to="/login" replace />;
}

function Home() {
  const { ability } = useAuth();
  return <Navigate to={ability ? homePath(ability) : '/login'} replace />;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/projects" element={<RequireLogin><ProjectsListPage /></RequireLogin>} />
      <Route path="/projects/new" element={<RequireLogin><DraftEditorPage /></RequireLogin>} />
      <Route path="/projects/:id/edit" element={<RequireLogin><DraftEditorPage /></RequireLogin>} />
      <Route path="/projects/:id/print/:formId" element={<RequireLogin><PrintFormPage /></RequireLogin>} />
      <Route path="/projects/:id" element={<RequireLogin><ProjectPage /></RequireLogin>} />
      <Route path="/inbox" element={<RequireLogin><InboxPage /></RequireLogin>} />
      <Route path="/compare" element={<RequireLogin><ComparisonPage /></RequireLogin>} />
      <Route path="/studio" element={<RequireLogin>{studio(<StudioListPage />)}</RequireLogin>} />
      <Route path="/studio/versions/:id" element={<RequireLogin>{studio(<StudioEditorPage />)}</RequireLogin>} />
      <Route path="*" element={<Home />} />
    </Routes>
  );
}

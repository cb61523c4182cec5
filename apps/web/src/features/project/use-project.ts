import type { ChangeView, ProjectEventView, ProjectView } from '@banfa/api-contract';
import { applicationForm, type PolicyDocument } from '@banfa/policy-model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http';

export const projectKey = (id: string) => ['project', id] as const;

/** One project with everything its page shows; `refresh` re-reads all of it after an action. */
export function useProject(id: string) {
  const queryClient = useQueryClient();
  const project = useQuery({ queryKey: projectKey(id), queryFn: () => api<ProjectView>(`/projects/${id}`) });
  const versionId = project.data?.policy.versionId;
  const policy = useQuery({
    queryKey: ['policy-version', versionId],
    queryFn: () => api<{ content: PolicyDocument }>(`/policy-versions/${versionId}`),
    enabled: versionId !== undefined,
    staleTime: Infinity,
    select: (version) => ({ document: version.content, applicationForm: applicationForm(version.content) }),
  });
  const events = useQuery({ queryKey: [...projectKey(id), 'events'], queryFn: () => api<ProjectEventView[]>(`/projects/${id}/events`), enabled: project.data?.state === 'submitted' });
  const changes = useQuery({ queryKey: [...projectKey(id), 'changes'], queryFn: () => api<ChangeView[]>(`/projects/${id}/changes`), enabled: project.data?.state === 'submitted' });
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: projectKey(id) }), queryClient.invalidateQueries({ queryKey: ['inbox'] }), queryClient.invalidateQueries({ queryKey: ['projects'] })]);
  return { project, policy, events, changes, refresh };
}

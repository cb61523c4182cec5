import { useCallback, useSyncExternalStore } from 'react';
import type { SampleProject } from './sample-project.model';

/**
 * The sample project of the simulation, per policy version, shared by the 模拟 and 场景测试 panels (a scenario is
 * opened in the simulation; a new scenario is taken from it) and kept in this browser, so that switching tabs or
 * reloading the page loses nothing.
 */
const STORAGE_PREFIX = 'banfa.studio.simulation.';
const projects = new Map<string, SampleProject>();
const listeners = new Set<() => void>();

function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** A new sample project: submitted today, looked at today, no facts yet. */
export function blankProject(on: string = today()): SampleProject {
  return { at: on, facts: {}, events: [{ kind: 'submitted', on }], readings: {} };
}

function restore(versionId: string): SampleProject {
  try {
    const stored = localStorage.getItem(STORAGE_PREFIX + versionId);
    if (stored) {
      const project = JSON.parse(stored) as SampleProject;
      if (typeof project.at === 'string' && project.facts && Array.isArray(project.events)) return { ...project, readings: project.readings ?? {} };
    }
  } catch {
    // A broken or unavailable storage: start afresh.
  }
  return blankProject();
}

export function sampleProjectOf(versionId: string): SampleProject {
  let project = projects.get(versionId);
  if (!project) projects.set(versionId, (project = restore(versionId)));
  return project;
}

export function setSampleProject(versionId: string, project: SampleProject): void {
  projects.set(versionId, project);
  try {
    localStorage.setItem(STORAGE_PREFIX + versionId, JSON.stringify(project));
  } catch {
    // Storage full or disabled: the project lives on in memory.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The version's sample project and its setter. */
export function useSampleProject(versionId: string): [SampleProject, (project: SampleProject) => void] {
  const project = useSyncExternalStore(subscribe, () => sampleProjectOf(versionId));
  const set = useCallback((next: SampleProject) => setSampleProject(versionId, next), [versionId]);
  return [project, set];
}

/** Forgets every project (tests). */
export function resetSimulationSessions(): void {
  projects.clear();
  listeners.forEach((listener) => listener());
}

import type { SessionResponse } from '@banfa/api-contract';
import { abilityFromRules, type AppAbility } from '@banfa/permissions';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api, setApiToken } from '../api/http';

const STORAGE_KEY = 'banfa.session';

interface AuthState {
  session: SessionResponse | null;
  ability: AppAbility | null;
  login(username: string, password: string): Promise<void>;
  logout(): void;
}

const AuthContext = createContext<AuthState | null>(null);

function restore(): SessionResponse | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    const session = stored ? (JSON.parse(stored) as SessionResponse) : null;
    setApiToken(session?.token ?? null);
    return session;
  } catch {
    return null;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionResponse | null>(restore);
  const login = useCallback(async (username: string, password: string) => {
    const next = await api<SessionResponse>('/auth/login', { method: 'POST', body: { username, password } });
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setApiToken(next.token);
    setSession(next);
  }, []);
  const logout = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    setApiToken(null);
    setSession(null);
  }, []);
  const ability = useMemo(() => (session ? abilityFromRules(session.rules) : null), [session]);
  const value = useMemo(() => ({ session, ability, login, logout }), [session, ability, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}

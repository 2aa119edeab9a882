import { createContext, useContext } from 'react';
import type { CurrentUser } from '../graphql/session';

export interface CurrentUserContextValue {
  user: CurrentUser;
  logout: () => Promise<void>;
}

export const CurrentUserContext = createContext<CurrentUserContextValue | null>(null);

/** The logged-in user; only usable below the session gate, which provides it. */
export function useCurrentUser(): CurrentUserContextValue {
  const value = useContext(CurrentUserContext);
  if (!value) throw new Error('useCurrentUser must be used inside <SessionGate>.');
  return value;
}

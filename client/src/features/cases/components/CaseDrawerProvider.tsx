import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { CaseDrawerContext } from '../hooks/useCaseDrawer';
import { CaseDrawer } from './CaseDrawer';

/** Holds which case is open in the detail drawer; any list below can open one. */
export function CaseDrawerProvider({ children }: { children: ReactNode }) {
  const [caseId, setCaseId] = useState<string | null>(null);
  const openCase = useCallback((id: string) => setCaseId(id), []);
  const value = useMemo(() => ({ openCase }), [openCase]);
  return (
    <CaseDrawerContext.Provider value={value}>
      {children}
      <CaseDrawer caseId={caseId} onClose={() => setCaseId(null)} />
    </CaseDrawerContext.Provider>
  );
}

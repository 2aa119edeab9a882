import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { CaseDrawerContext } from '../hooks/useCaseDrawer';

// The drawer loads when a case is first opened, not with the first screen.
const CaseDrawer = lazy(() => import('./CaseDrawer').then((m) => ({ default: m.CaseDrawer })));

/** Holds which case is open in the detail drawer; any list below can open one. */
export function CaseDrawerProvider({ children }: { children: ReactNode }) {
  const [caseId, setCaseId] = useState<string | null>(null);
  // Stays mounted once opened, so the drawer can animate closed.
  const [used, setUsed] = useState(false);
  const openCase = useCallback((id: string) => {
    setUsed(true);
    setCaseId(id);
  }, []);
  const value = useMemo(() => ({ openCase }), [openCase]);
  return (
    <CaseDrawerContext.Provider value={value}>
      {children}
      {used && (
        <Suspense fallback={null}>
          <CaseDrawer caseId={caseId} onClose={() => setCaseId(null)} />
        </Suspense>
      )}
    </CaseDrawerContext.Provider>
  );
}

import { createContext, useContext } from 'react';

export interface CaseDrawerControl {
  /** Opens the case detail drawer on a case, from any list. */
  openCase: (caseId: string) => void;
}

export const CaseDrawerContext = createContext<CaseDrawerControl | null>(null);

export function useCaseDrawer(): CaseDrawerControl {
  const value = useContext(CaseDrawerContext);
  if (!value) throw new Error('useCaseDrawer must be used inside <CaseDrawerProvider>.');
  return value;
}

import '../i18n/register';
import { useCallback, useState } from 'react';
import { errorCodeOf } from '../../../apollo/errors';
import type { UiError } from '../../../apollo/useErrorMessage';

/**
 * Runs one action of the escalation drawer with its error kept in place. A stale view (someone
 * else acted first: CONFLICT, INVALID_TRANSITION) reloads the escalation and says so.
 */
export function useEscalationRunner(reload: () => unknown) {
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const run = useCallback(
    async (name: string, action: () => Promise<unknown>): Promise<boolean> => {
      setError(null);
      setBusy(name);
      try {
        await action();
        return true;
      } catch (caught) {
        setError({ error: caught, overrides: { CONFLICT: 'escalations.detail.conflict', INVALID_TRANSITION: 'escalations.detail.invalidTransition' } });
        const code = errorCodeOf(caught);
        if (code === 'CONFLICT' || code === 'INVALID_TRANSITION') void reload();
        return false;
      } finally {
        setBusy(null);
      }
    },
    [reload],
  );
  return { run, error, setError, busy };
}

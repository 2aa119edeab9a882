import { useCallback, useState } from 'react';
import { isStaleCaseError } from '../../../apollo/errors';
import type { ErrorMessageOverrides, UiError } from '../../../apollo/useErrorMessage';
import type { MessageKey } from '../../../i18n/ja';
import { useRefreshCaseViews } from './useRefreshCaseViews';

/**
 * Runs one action on a case (a mutation) and keeps what the card shows about it: which action is
 * running, and the error. After success, and after a conflict or a stale status, every list on
 * the screen is refetched, so the user sees the case as it is now (CONFLICT says "reloaded").
 */
export function useCaseAction() {
  const refresh = useRefreshCaseViews();
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  const run = useCallback(
    async (name: string, action: () => Promise<unknown>, overrides?: ErrorMessageOverrides): Promise<boolean> => {
      setError(null);
      setRunning(name);
      try {
        await action();
        await refresh();
        return true;
      } catch (caught) {
        setError({ error: caught, overrides });
        if (isStaleCaseError(caught)) await refresh();
        return false;
      } finally {
        setRunning(null);
      }
    },
    [refresh],
  );

  const invalid = useCallback((messageKey: MessageKey) => setError({ messageKey, code: 'INVALID_INPUT' }), []);
  const clearError = useCallback(() => setError(null), []);

  return { run, running, error, setError, invalid, clearError };
}

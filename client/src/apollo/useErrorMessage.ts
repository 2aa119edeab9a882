import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../i18n/ja';
import { isKnownErrorCode, isNetworkError, serverErrorInfo, type KnownErrorCode } from './errors';

/** Messages that say more than the generic one for a code, in the context of one form. */
export type ErrorMessageOverrides = Partial<Record<KnownErrorCode, MessageKey>>;

/**
 * An error as kept in component state: the raw error or a message key, never translated text,
 * so the message follows the language switch.
 */
export type UiError =
  | { error: unknown; overrides?: ErrorMessageOverrides }
  | { messageKey: MessageKey; code?: string };

export interface DescribedError {
  message: string;
  code: string | undefined;
}

/** A problem found in the browser before anything was sent (e.g. a required field left empty). */
export function inputError(messageKey: MessageKey): UiError {
  return { messageKey, code: 'INVALID_INPUT' };
}

/**
 * Turns any error from Apollo into a message in the user's language: translated by
 * `extensions.code` when the code is known, else the server's own message.
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (uiError: UiError): DescribedError => {
      if ('messageKey' in uiError) return { code: uiError.code, message: t(uiError.messageKey) };
      const { error, overrides = {} } = uiError;
      const info = serverErrorInfo(error);
      if (info) {
        if (isKnownErrorCode(info.code)) {
          return { code: info.code, message: t(overrides[info.code] ?? `errors.${info.code}`) };
        }
        return { code: info.code, message: info.message || t('errors.UNKNOWN') };
      }
      if (isNetworkError(error)) return { code: 'NETWORK', message: t('errors.NETWORK') };
      return { code: undefined, message: t('errors.UNKNOWN') };
    },
    [t],
  );
}

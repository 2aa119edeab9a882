import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../i18n/ja';
import { isKnownErrorCode, isNetworkError, serverErrorInfo, type KnownErrorCode } from './errors';

/** Messages that say more than the generic one for a code, in the context of one form. */
export type ErrorMessageOverrides = Partial<Record<KnownErrorCode, MessageKey>>;

/**
 * Messages by the input the server names (`extensions.field`): the server's rules (a role only
 * the division may have, a password it refuses) explained in the user's language, in place.
 * Keyed by the field, or by `CODE:field` where one field fails in different ways (a username
 * with the wrong characters is INVALID_INPUT, a taken one CONFLICT).
 */
export type FieldMessages = Partial<Record<string, MessageKey>>;

/**
 * An error as kept in component state: the raw error or a message key, never translated text,
 * so the message follows the language switch.
 */
export type UiError =
  | { error: unknown; overrides?: ErrorMessageOverrides; fieldMessages?: FieldMessages }
  | { messageKey: MessageKey; code?: string; field?: string };

export interface DescribedError {
  message: string;
  code: string | undefined;
  /** The input the error is about, when the server or the form named one. */
  field: string | undefined;
}

/** A problem found in the browser before anything was sent (e.g. a required field left empty). */
export function inputError(messageKey: MessageKey, field?: string): UiError {
  return { messageKey, code: 'INVALID_INPUT', field };
}

/**
 * Turns any error from Apollo into a message in the user's language: by the input it is about
 * when the form knows that input's rule, else by `extensions.code` when the code is known, else
 * the server's own message.
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (uiError: UiError): DescribedError => {
      if ('messageKey' in uiError) return { code: uiError.code, message: t(uiError.messageKey), field: uiError.field };
      const { error, overrides = {}, fieldMessages = {} } = uiError;
      const info = serverErrorInfo(error);
      if (info) {
        const byField = info.field ? (fieldMessages[`${info.code}:${info.field}`] ?? fieldMessages[info.field]) : undefined;
        if (byField && (info.code === 'INVALID_INPUT' || info.code === 'CONFLICT')) {
          return { code: info.code, message: t(byField), field: info.field };
        }
        if (isKnownErrorCode(info.code)) {
          return { code: info.code, message: t(overrides[info.code] ?? `errors.${info.code}`), field: info.field };
        }
        return { code: info.code, message: info.message || t('errors.UNKNOWN'), field: info.field };
      }
      if (isNetworkError(error)) return { code: 'NETWORK', message: t('errors.NETWORK'), field: undefined };
      return { code: undefined, message: t('errors.UNKNOWN'), field: undefined };
    },
    [t],
  );
}

/**
 * Splits one error between a form's inputs and the form as a whole: an error about an input the
 * form shows goes under that input (`fieldError(name)`), anything else above the buttons
 * (`formError`, for <ErrorMessage>).
 */
export function useFieldErrors(error: UiError | null, formFields: readonly string[]) {
  const describe = useErrorMessage();
  const described = error ? describe(error) : null;
  const inPlace = described?.field && formFields.includes(described.field) ? described.field : undefined;
  return {
    fieldError: (name: string): string | undefined => (described && inPlace === name ? described.message : undefined),
    /** The code of the in-place error, for `data-error-code` on the input's error text. */
    fieldErrorCode: (name: string): string | undefined => (described && inPlace === name ? described.code : undefined),
    formError: inPlace ? null : error,
  };
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Props of every dialog's close button: named in the user's language for screen readers, and
 * findable by browser tests (`modal-close`). A variable, not a literal, because Mantine's type
 * does not list data attributes although the button passes them on.
 */
export function useCloseButtonProps() {
  const { t } = useTranslation();
  return useMemo(() => ({ 'aria-label': t('common.close'), 'data-testid': 'modal-close' }), [t]);
}

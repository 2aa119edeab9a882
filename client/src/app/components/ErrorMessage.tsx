import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useErrorMessage, type UiError } from '../../apollo/useErrorMessage';

interface ErrorMessageProps {
  error: UiError | null | undefined;
  /** What the user can do next, shown under the message (e.g. a button to the right action). */
  children?: ReactNode;
}

/** The one way errors are shown, so browser tests can find them by `error-message`. */
export function ErrorMessage({ error, children }: ErrorMessageProps) {
  const describeError = useErrorMessage();
  if (!error) return null;
  const { message, code } = describeError(error);
  return (
    <Alert color="red" variant="light" role="alert" data-testid="error-message" data-error-code={code}>
      {children ? (
        <Stack gap="xs">
          <Text size="sm">{message}</Text>
          {children}
        </Stack>
      ) : (
        message
      )}
    </Alert>
  );
}

import { Alert } from '@mantine/core';
import { useErrorMessage, type UiError } from '../../apollo/useErrorMessage';

interface ErrorMessageProps {
  error: UiError | null | undefined;
}

/** The one way errors are shown, so browser tests can find them by `error-message`. */
export function ErrorMessage({ error }: ErrorMessageProps) {
  const describeError = useErrorMessage();
  if (!error) return null;
  const { message, code } = describeError(error);
  return (
    <Alert color="red" variant="light" role="alert" data-testid="error-message" data-error-code={code}>
      {message}
    </Alert>
  );
}

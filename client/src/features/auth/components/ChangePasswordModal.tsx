import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseButtonProps } from '../../../app/components/useCloseButtonProps';
import { CHANGE_PASSWORD_MUTATION } from '../graphql/session';
import { ChangePasswordForm } from './ChangePasswordForm';

interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
}

/** パスワードの変更 from the header: any role, at any time. The server ends the user's other sessions. */
export function ChangePasswordModal({ opened, onClose }: ChangePasswordModalProps) {
  const { t } = useTranslation();
  const closeButtonProps = useCloseButtonProps();
  const [changePassword] = useMutation(CHANGE_PASSWORD_MUTATION);
  const [done, setDone] = useState(false);

  function close() {
    setDone(false);
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title={t('password.changeTitle')} size="md" closeButtonProps={closeButtonProps}>
      {done ? (
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" data-testid="password-changed">
            {t('password.changed')}
          </Alert>
          <Button onClick={close} data-testid="password-changed-close">
            {t('common.close')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('password.changeLead')}
          </Text>
          <ChangePasswordForm
            onSubmit={async (currentPassword, newPassword) => {
              await changePassword({ variables: { currentPassword, newPassword } });
              setDone(true);
            }}
            secondaryAction={
              <Button variant="default" onClick={close} data-testid="password-change-cancel">
                {t('common.cancel')}
              </Button>
            }
          />
        </Stack>
      )}
    </Modal>
  );
}

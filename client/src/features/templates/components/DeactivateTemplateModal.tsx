import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseButtonProps } from '../../../app/components/useCloseButtonProps';
import type { UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { ReplyTemplate } from '../graphql/templates';
import { useTemplateChanges } from '../hooks/useReplyTemplates';
import { useTemplateLabel } from '../templateKeys';

interface DeactivateTemplateModalProps {
  template: ReplyTemplate | null;
  onClose: () => void;
  onDeactivated: (template: ReplyTemplate) => void;
}

/** Retire a category's own text: its cases then get the audience default. The version stays in the history. */
export function DeactivateTemplateModal({ template, onClose, onDeactivated }: DeactivateTemplateModalProps) {
  const { t } = useTranslation();
  const closeButtonProps = useCloseButtonProps();
  const templateLabel = useTemplateLabel();
  const { deactivateTemplate } = useTemplateChanges();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!template) return;
    setRunning(true);
    setError(null);
    try {
      await deactivateTemplate(template.id);
      onDeactivated(template);
      setError(null);
    } catch (caught) {
      setError({ error: caught, overrides: { CONFLICT: 'templates.errors.deactivateConflict', INVALID_INPUT: 'templates.errors.lastDefault' } });
    } finally {
      setRunning(false);
    }
  }

  return (
    <Modal opened={template !== null} onClose={close} title={t('templates.deactivateTitle')} size="md" closeButtonProps={closeButtonProps}>
      {template && (
        <Stack gap="md">
          <Text size="sm">{t('templates.deactivateConfirm', { template: templateLabel(template), version: template.version })}</Text>
          <ErrorMessage error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-testid="template-deactivate-cancel">
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={running} onClick={() => void confirm()} data-testid="template-deactivate-confirm">
              {t('templates.deactivate')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

import '../i18n/register';
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputError, useFieldErrors, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { DeletionReason, EscalationKind, RaiseEscalationMutation } from '../../../graphql/generated/graphql';
import { RAISE_ESCALATION_MUTATION } from '../graphql/escalations';
import { ESCALATION_KINDS, OFFICER_KINDS } from '../labels';

export type RaisedEscalation = RaiseEscalationMutation['raiseEscalation'];

const DELETION_REASONS: DeletionReason[] = ['CSAM', 'CHILD_PROSTITUTION_SOLICITATION', 'OTHER_ILLEGAL'];
const FORM_FIELDS = ['postUrl', 'summary', 'deletionReason', 'incidentAffectedAsset'] as const;

interface RaiseEscalationModalProps {
  kind: EscalationKind;
  /** The division may raise every kind; station officers only the two urgent ones. */
  allKinds?: boolean;
  /** Raised from a case: its post is used unless another URL is given. */
  caseRef?: { id: string; number: number } | null;
  onClose: () => void;
  onRaised: (raised: RaisedEscalation) => void;
}

/** The second click: the post (prefilled from the case), an optional note, send. */
export function RaiseEscalationModal({ kind: initialKind, allKinds = false, caseRef, onClose, onRaised }: RaiseEscalationModalProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EscalationKind>(initialKind);
  const [postUrl, setPostUrl] = useState('');
  const [summary, setSummary] = useState('');
  const [deletionReason, setDeletionReason] = useState<DeletionReason | null>(null);
  const [asset, setAsset] = useState('');
  const [error, setError] = useState<UiError | null>(null);
  const [raise, { loading }] = useMutation(RAISE_ESCALATION_MUTATION, { refetchQueries: ['MyRaisedEscalations', 'Escalations'] });
  const { fieldError, fieldErrorCode, formError } = useFieldErrors(error, FORM_FIELDS);
  const urgentKind = OFFICER_KINDS.includes(kind);
  // Station officers send in two clicks: the note is optional for the urgent kinds.
  const summaryRequired = !urgentKind;
  const kinds = allKinds ? ESCALATION_KINDS : OFFICER_KINDS;
  const isIncident = kind === 'SECURITY_INCIDENT';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const url = postUrl.trim();
    if (!isIncident && !url && !caseRef && kind !== 'EMERGENCY_DISCLOSURE') return setError(inputError('escalations.raise.urlRequired', 'postUrl'));
    if (summaryRequired && !summary.trim()) return setError(inputError('escalations.raise.summaryRequired', 'summary'));
    if (kind === 'DELETION_REQUEST' && !deletionReason) return setError(inputError('escalations.raise.deletionReasonRequired', 'deletionReason'));
    if (isIncident && !asset.trim()) return setError(inputError('escalations.raise.assetRequired', 'incidentAffectedAsset'));
    try {
      const { data } = await raise({
        variables: {
          input: {
            kind,
            caseId: !isIncident && caseRef ? caseRef.id : undefined,
            postUrl: !isIncident && url ? url : undefined,
            // The record keeps what was found in Japanese, whatever the screen language.
            summary: summary.trim() || t('escalations.raise.defaultSummary', { kind: t(`escalations.kind.${kind}`, { lng: 'ja' }), lng: 'ja' }),
            deletionReason: kind === 'DELETION_REQUEST' ? deletionReason : undefined,
            incidentAffectedAsset: isIncident ? asset.trim() : undefined,
          },
        },
      });
      if (data) onRaised(data.raiseEscalation);
    } catch (caught) {
      setError({ error: caught });
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={700}>{t('escalations.raise.modalTitle', { kind: t(`escalations.kind.${kind}`) })}</Text>}
      size="lg"
      closeButtonProps={{ 'aria-label': t('escalations.raise.cancel') }}
    >
      <form onSubmit={(e) => void submit(e)} data-testid="raise-escalation-form" data-kind={kind} noValidate>
        <Stack gap="sm">
          {allKinds && (
            <Select
              label={t('escalations.raise.kindLabel')}
              data={kinds.map((k) => ({ value: k, label: t(`escalations.kind.${k}`) }))}
              value={kind}
              onChange={(value) => value && setKind(value as EscalationKind)}
              allowDeselect={false}
              data-testid="raise-kind"
            />
          )}
          {urgentKind && (
            <Alert color="red" variant="light" p="xs">
              <Text size="sm">{t('escalations.raise.urgentNote')}</Text>
            </Alert>
          )}
          {!isIncident && (
            <TextInput
              label={t('escalations.raise.postUrl')}
              description={caseRef ? t('escalations.raise.postUrlFromCase', { number: caseRef.number }) : undefined}
              placeholder={t('escalations.raise.postUrlPlaceholder')}
              value={postUrl}
              onChange={(e) => setPostUrl(e.currentTarget.value)}
              error={fieldError('postUrl') && <span data-error-code={fieldErrorCode('postUrl')}>{fieldError('postUrl')}</span>}
              withAsterisk={!caseRef && kind !== 'EMERGENCY_DISCLOSURE'}
              data-autofocus={caseRef ? undefined : true}
              data-testid="raise-post-url"
            />
          )}
          {kind === 'DELETION_REQUEST' && (
            <Select
              label={t('escalations.raise.deletionReason')}
              data={DELETION_REASONS.map((r) => ({ value: r, label: t(`escalations.deletion.reasonValue.${r}`) }))}
              value={deletionReason}
              onChange={(value) => setDeletionReason(value as DeletionReason | null)}
              error={fieldError('deletionReason')}
              withAsterisk
              data-testid="raise-deletion-reason"
            />
          )}
          {isIncident && (
            <TextInput
              label={t('escalations.raise.affectedAsset')}
              placeholder={t('escalations.raise.affectedAssetPlaceholder')}
              value={asset}
              onChange={(e) => setAsset(e.currentTarget.value)}
              error={fieldError('incidentAffectedAsset')}
              withAsterisk
              data-testid="raise-affected-asset"
            />
          )}
          <Textarea
            label={summaryRequired ? t('escalations.raise.noteRequired') : t('escalations.raise.note')}
            placeholder={summaryRequired ? t('escalations.raise.notePlaceholderRequired') : t('escalations.raise.notePlaceholder')}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            withAsterisk={summaryRequired}
            error={fieldError('summary')}
            data-autofocus={caseRef ? true : undefined}
            data-testid="raise-summary"
          />
          <ErrorMessage error={formError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} data-testid="raise-cancel">
              {t('escalations.raise.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="raise-submit">
              {t('escalations.raise.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

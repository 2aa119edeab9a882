import { Alert, Badge, Button, CopyButton, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { useActionOutcome, type ActionOutcome } from '../../cases/components/ActionResult';
import { CaseCard } from '../../cases/components/CaseCard';
import { CaseHeader } from '../../cases/components/CaseHeader';
import { ReplyTextBlock } from '../../cases/components/ReplyTextBlock';
import { WorkListSection } from '../../cases/components/WorkListSection';
import type { ListCase } from '../../cases/graphql/caseFields';
import { useCaseAction } from '../../cases/hooks/useCaseAction';
import { useManualReply, useManualReplyActions, usePendingReplies } from '../hooks/useManualReply';

/** 送信待ち: decided replies not yet on X; the manual path (X web intent, paste the URL) for each by hand. */
export function PendingRepliesPage() {
  const { t } = useTranslation();
  const list = usePendingReplies();
  const { banner, onOutcome } = useActionOutcome();
  return (
    <WorkListSection id="pending-replies" title={t('manualReply.title')} lead={t('manualReply.lead')} empty={t('manualReply.empty')} list={list} banner={banner}>
      {(c) => <PendingReplyCard key={c.id} c={c} onOutcome={onOutcome} />}
    </WorkListSection>
  );
}

function PendingReplyCard({ c, onOutcome }: { c: ListCase; onOutcome: (outcome: ActionOutcome) => void }) {
  const { t } = useTranslation();
  const { switchToManual } = useManualReplyActions();
  const { run, running, error } = useCaseAction();
  const manual = c.replyChannel === 'MANUAL';
  return (
    <CaseCard c={c} testId="pending-reply" data={{ 'data-channel': c.replyChannel }}>
      <Group justify="space-between">
        <CaseHeader c={c} />
        <Badge color={manual ? 'orange' : 'blue'} variant="light" tt="none" data-testid="reply-channel">
          {t(`manualReply.channel.${c.replyChannel}`)}
        </Badge>
      </Group>
      {manual ? (
        <ManualReplyPanel c={c} onOutcome={onOutcome} />
      ) : (
        <>
          {c.replyText && <ReplyTextBlock label={t('reply.text')} text={c.replyText} />}
          <Text size="sm" c="dimmed">
            {t('manualReply.notManual')}
          </Text>
          <ErrorMessage error={error} />
          <Group justify="flex-end">
            <Button
              variant="light"
              color="orange"
              loading={running === 'switch'}
              onClick={() => void run('switch', () => switchToManual({ variables: { caseId: c.id, expectedVersion: c.version } }))}
              data-testid="switch-to-manual"
            >
              {t('manualReply.switch')}
            </Button>
          </Group>
        </>
      )}
    </CaseCard>
  );
}

function ManualReplyPanel({ c, onOutcome }: { c: ListCase; onOutcome: (outcome: ActionOutcome) => void }) {
  const { t } = useTranslation();
  const { manual, weightedLength, loading, error: loadError } = useManualReply(c);
  const { record } = useManualReplyActions();
  const { run, running, error, invalid } = useCaseAction();
  const [url, setUrl] = useState('');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!url.trim()) return invalid('manualReply.urlRequired');
    if (await run('record', () => record({ variables: { caseId: c.id, expectedVersion: c.version, replyUrl: url.trim() } }))) {
      onOutcome({ caseId: c.id, number: c.number, messageKey: 'manualReply.recorded' });
    }
  }

  if (loading && !manual) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('manualReply.loading')}
        </Text>
      </Group>
    );
  }
  if (!manual) return <ErrorMessage error={loadError ? { error: loadError } : null} />;
  return (
    <Stack gap="sm" data-testid="manual-reply-panel">
      <Alert color="orange" variant="light">
        {t('manualReply.steps')}
      </Alert>
      <Paper withBorder p="sm" radius="md" bg="gray.0">
        <Text size="xs" c="dimmed">
          {t('manualReply.text')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="manual-reply-text">
          {manual.text}
        </Text>
        {weightedLength !== null && (
          <Text size="xs" c={weightedLength > 280 ? 'red' : 'dimmed'} mt={4} data-testid="manual-reply-weighted" data-count={weightedLength}>
            {t('manualReply.weighted', { count: weightedLength })}
          </Text>
        )}
      </Paper>
      <Group gap="sm">
        <Button component="a" href={manual.intentUrl} target="_blank" rel="noopener noreferrer" color="dark" data-testid="manual-reply-intent">
          ① {t('manualReply.openIntent')}
        </Button>
        <CopyButton value={manual.text}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy} data-testid="manual-reply-copy">
              {copied ? t('manualReply.copied') : t('manualReply.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <form onSubmit={handleSubmit} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={`③ ${t('manualReply.replyUrl')}`}
            placeholder={t('manualReply.replyUrlPlaceholder')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 260 }}
            inputMode="url"
            data-testid="manual-reply-url"
          />
          <Button type="submit" loading={running === 'record'} data-testid="manual-reply-confirm">
            {t('manualReply.confirm')}
          </Button>
        </Group>
      </form>
      <ErrorMessage error={error} />
    </Stack>
  );
}

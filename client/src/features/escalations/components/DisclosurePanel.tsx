import '../i18n/register';
import { Alert, Button, CopyButton, Group, Loader, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import type { DisclosureAnswer, EscalationDetailFieldsFragment } from '../../../graphql/generated/graphql';
import { useDateTime } from '../../../i18n/useDateTime';
import { DISCLOSURE_REQUEST_QUERY, RECORD_DISCLOSURE_ANSWER_MUTATION, RECORD_DISCLOSURE_SENT_MUTATION, UPDATE_DISCLOSURE_MUTATION } from '../graphql/escalations';
import { useEscalationRunner } from '../hooks/useEscalationRunner';
import { FieldTable } from './EscalationDrawer';

const ANSWERS: DisclosureAnswer[] = ['DISCLOSED', 'PARTIAL', 'REFUSED'];
const FIELDS = ['accountUrl', 'personAtRisk', 'danger', 'informationNeeded', 'reason', 'contact'] as const;
type Field = (typeof FIELDS)[number] | 'postUrls';
const KNOWN_FIELDS: readonly string[] = [...FIELDS, 'postUrls'];

/** Prints just the request text, in a window of its own (no app chrome on the paper). */
function printText(title: string, text: string): void {
  const win = window.open('', '_blank', 'width=800,height=900');
  if (!win) return;
  const doc = win.document;
  doc.title = title;
  const pre = doc.createElement('pre');
  pre.style.whiteSpace = 'pre-wrap';
  pre.style.font = '12pt "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif';
  pre.textContent = text;
  doc.body.appendChild(pre);
  win.focus();
  win.print();
}

/** 緊急開示要請: what X's form needs, the assembled request to copy or print, then sent and answered. */
export function DisclosurePanel({ e, reload }: { e: EscalationDetailFieldsFragment; reload: () => unknown }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTime();
  const d = e.disclosure;
  const finished = e.status === 'DONE' || e.status === 'CANCELLED';
  const sent = Boolean(d?.sentAt);
  const { run, error, busy } = useEscalationRunner(reload);
  const [form, setForm] = useState(() => ({
    accountUrl: d?.accountUrl ?? '',
    postUrls: (d?.postUrls ?? []).join('\n'),
    personAtRisk: d?.personAtRisk ?? '',
    danger: d?.danger ?? '',
    informationNeeded: d?.informationNeeded ?? '',
    reason: d?.reason ?? '',
    contact: d?.contact ?? '',
  }));
  const [saved, setSaved] = useState(false);
  const [xReference, setXReference] = useState('');
  const [answer, setAnswer] = useState<DisclosureAnswer | null>(null);
  const [answerText, setAnswerText] = useState('');
  const [lang, setLang] = useState<'ja' | 'en'>('ja');
  const request = useQuery(DISCLOSURE_REQUEST_QUERY, { variables: { escalationId: e.id }, fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UPDATE_DISCLOSURE_MUTATION, { refetchQueries: ['EmergencyDisclosureRequest'] });
  const [recordSent] = useMutation(RECORD_DISCLOSURE_SENT_MUTATION, { refetchQueries: ['EmergencyDisclosureRequest'] });
  const [recordAnswer] = useMutation(RECORD_DISCLOSURE_ANSWER_MUTATION);
  const doc = request.data?.emergencyDisclosureRequest;
  const text = doc ? (lang === 'ja' ? doc.textJa : doc.textEn) : '';
  const fieldLabel = (f: string) => (KNOWN_FIELDS.includes(f) ? t(`escalations.disclosure.field.${f as Field}`) : f);

  async function save() {
    setSaved(false);
    const ok = await run('save', () =>
      update({
        variables: {
          escalationId: e.id,
          input: {
            accountUrl: form.accountUrl.trim() || null,
            postUrls: form.postUrls.split('\n').map((u) => u.trim()).filter(Boolean),
            personAtRisk: form.personAtRisk.trim() || null,
            danger: form.danger.trim() || null,
            informationNeeded: form.informationNeeded.trim() || null,
            reason: form.reason.trim() || null,
            contact: form.contact.trim() || null,
          },
        },
      }),
    );
    setSaved(ok);
  }

  const input = (name: Exclude<Field, 'postUrls'>, multiline = false) => {
    const common = {
      label: t(`escalations.disclosure.${name}`),
      value: form[name],
      disabled: sent || finished,
      'data-testid': `disclosure-${name}`,
    };
    return multiline ? (
      <Textarea key={name} {...common} autosize minRows={2} onChange={(ev) => setForm({ ...form, [name]: ev.currentTarget.value })} />
    ) : (
      <TextInput key={name} {...common} onChange={(ev) => setForm({ ...form, [name]: ev.currentTarget.value })} />
    );
  };

  return (
    <Stack gap="sm" data-testid="disclosure-panel" data-sent={sent}>
      <Text size="sm" c="dimmed">
        {t('escalations.disclosure.lead')}
      </Text>
      {!sent && (
        <Stack gap="xs">
          {input('accountUrl')}
          <Textarea
            label={t('escalations.disclosure.postUrls')}
            value={form.postUrls}
            disabled={finished}
            autosize
            minRows={2}
            onChange={(ev) => setForm({ ...form, postUrls: ev.currentTarget.value })}
            data-testid="disclosure-postUrls"
          />
          {input('personAtRisk')}
          {input('danger', true)}
          {input('informationNeeded', true)}
          {input('reason', true)}
          {input('contact')}
          <Group gap="sm">
            <Button size="sm" variant="default" disabled={finished} loading={busy === 'save'} onClick={() => void save()} data-testid="disclosure-save">
              {t('escalations.disclosure.save')}
            </Button>
            {saved && (
              <Text size="sm" c="teal.8" role="status">
                {t('escalations.disclosure.saved')}
              </Text>
            )}
          </Group>
        </Stack>
      )}

      <Stack gap="xs" data-testid="disclosure-request">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} size="sm">
            {t('escalations.disclosure.request')}
          </Text>
          <SegmentedControl
            size="xs"
            value={lang}
            onChange={(v) => setLang(v as 'ja' | 'en')}
            data={[
              { value: 'ja', label: t('escalations.disclosure.textJa') },
              { value: 'en', label: t('escalations.disclosure.textEn') },
            ]}
            data-testid="disclosure-lang"
          />
        </Group>
        {request.error && !doc && <ErrorMessage error={{ error: request.error }} />}
        {!doc && request.loading && <Loader size="xs" />}
        {doc && (
          <>
            {doc.missingFields.length > 0 ? (
              <Alert color="orange" variant="light" p="xs" data-testid="disclosure-missing" data-missing={doc.missingFields.join(',')}>
                <Text size="sm">{t('escalations.disclosure.missing', { fields: doc.missingFields.map(fieldLabel).join('、') })}</Text>
              </Alert>
            ) : (
              <Text size="sm" c="teal.8" data-testid="disclosure-complete">
                {t('escalations.disclosure.complete')}
              </Text>
            )}
            <Textarea
              readOnly
              value={text}
              autosize
              minRows={6}
              maxRows={18}
              styles={{ input: { fontFamily: 'inherit', fontSize: 13, background: 'var(--mantine-color-gray-0)' } }}
              aria-label={t('escalations.disclosure.request')}
              data-testid="disclosure-text"
              data-lang={lang}
            />
            <Group gap="xs">
              <CopyButton value={text}>
                {({ copied, copy }) => (
                  <Button size="xs" variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} onClick={copy} data-testid="disclosure-copy">
                    {copied ? t('escalations.disclosure.copied') : t('escalations.disclosure.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="default" onClick={() => printText(t('escalations.number', { number: e.number }), text)} data-testid="disclosure-print">
                {t('escalations.disclosure.print')}
              </Button>
            </Group>
          </>
        )}
      </Stack>

      <FieldTable
        testId="disclosure-record"
        rows={[
          [t('escalations.disclosure.sent'), d?.sentAt ? dateTime(d.sentAt) : t('escalations.disclosure.notSent')],
          [t('escalations.disclosure.xReference'), e.externalReference],
          [t('escalations.disclosure.answer'), d?.answer ? t(`escalations.disclosure.answerValue.${d.answer}`) : null],
          [t('escalations.disclosure.answerText'), d?.answerText],
          [t('escalations.disclosure.answeredAt'), d?.answeredAt ? dateTime(d.answeredAt) : null],
        ]}
      />
      {!finished && !sent && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label={t('escalations.disclosure.xReference')} value={xReference} onChange={(ev) => setXReference(ev.currentTarget.value)} style={{ flex: 1 }} data-testid="disclosure-x-reference" />
          <Button
            size="sm"
            loading={busy === 'sent'}
            onClick={() => void run('sent', () => recordSent({ variables: { escalationId: e.id, xReference: xReference.trim() || null } }))}
            data-testid="disclosure-record-sent"
          >
            {t('escalations.disclosure.recordSent')}
          </Button>
        </Group>
      )}
      {!finished && sent && !d?.answer && (
        <Stack gap="xs">
          <Select
            label={t('escalations.disclosure.answer')}
            data={ANSWERS.map((a) => ({ value: a, label: t(`escalations.disclosure.answerValue.${a}`) }))}
            value={answer}
            onChange={(v) => setAnswer(v as DisclosureAnswer | null)}
            data-testid="disclosure-answer"
          />
          <Textarea label={t('escalations.disclosure.answerText')} value={answerText} onChange={(ev) => setAnswerText(ev.currentTarget.value)} autosize minRows={2} data-testid="disclosure-answer-text" />
          <Group>
            <Button
              size="sm"
              disabled={!answer}
              loading={busy === 'answer'}
              onClick={() => void run('answer', () => recordAnswer({ variables: { input: { escalationId: e.id, answer: answer!, answerText: answerText.trim() || null } } }))}
              data-testid="disclosure-record-answer"
            >
              {t('escalations.disclosure.recordAnswer')}
            </Button>
          </Group>
        </Stack>
      )}
      <ErrorMessage error={error} />
    </Stack>
  );
}

import { Alert, Badge, Button, Group, Loader, Modal, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseButtonProps } from '../../../app/components/useCloseButtonProps';
import { errorCodeOf } from '../../../apollo/errors';
import { inputError, useFieldErrors, type FieldMessages, type UiError } from '../../../apollo/useErrorMessage';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { UNIT_KINDS, type UnitKind } from '../../../graphql/enums';
import type { Unit } from '../graphql/units';
import type { MessageKey } from '../../../i18n/ja';
import { useUnitChanges } from '../hooks/useUnits';

/** Create a unit, or rename one (its code and kind never change). */
type UnitFormTarget = { mode: 'create' } | { mode: 'rename'; unit: Unit };

interface UnitsSectionProps {
  units: Unit[];
  loading: boolean;
  error: unknown;
}

/** 所属: the division and the police stations; reports and statistics are counted per unit. */
export function UnitsSection({ units, loading, error }: UnitsSectionProps) {
  const { t } = useTranslation();
  const closeButtonProps = useCloseButtonProps();
  const [form, setForm] = useState<UnitFormTarget | null>(null);
  const [outcome, setOutcome] = useState<{ messageKey: MessageKey; unit: Unit } | null>(null);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="units-title" data-testid="units-section">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} id="units-title">
              {t('units.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('units.lead')}
            </Text>
          </Stack>
          <Button
            variant="light"
            onClick={() => {
              setOutcome(null);
              setForm({ mode: 'create' });
            }}
            data-testid="unit-create"
          >
            {t('units.create')}
          </Button>
        </Group>
        {outcome && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setOutcome(null)} data-testid="unit-result">
            {t(outcome.messageKey, { name: outcome.unit.name, code: outcome.unit.code })}
          </Alert>
        )}
        {error ? <ErrorMessage error={{ error }} /> : null}
        {loading ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped verticalSpacing={4} aria-labelledby="units-title" data-testid="units-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={200}>{t('units.code')}</Table.Th>
                  <Table.Th>{t('units.name')}</Table.Th>
                  <Table.Th w={160}>{t('units.kind')}</Table.Th>
                  <Table.Th w={120} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {units.map((unit) => (
                  <Table.Tr key={unit.id} data-testid="unit-row" data-unit-id={unit.id} data-code={unit.code} data-kind={unit.kind}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {unit.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" data-testid="unit-name-text">
                        {unit.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant={unit.kind === 'DIVISION' ? 'filled' : 'light'} color={unit.kind === 'DIVISION' ? 'blue' : 'gray'} tt="none">
                        {t(`unitKind.${unit.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => {
                          setOutcome(null);
                          setForm({ mode: 'rename', unit });
                        }}
                        data-testid="unit-rename"
                      >
                        {t('units.rename')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal
        opened={form !== null}
        onClose={() => setForm(null)}
        size="md"
        title={form?.mode === 'rename' ? t('units.renameTitle', { name: form.unit.name }) : t('units.createTitle')}
        closeButtonProps={closeButtonProps}
      >
        {form && (
          <UnitForm
            key={form.mode === 'rename' ? form.unit.id : 'new'}
            target={form}
            onClose={() => setForm(null)}
            onSaved={(unit) => {
              setOutcome({ messageKey: form.mode === 'create' ? 'units.created' : 'units.renamed', unit });
              setForm(null);
            }}
          />
        )}
      </Modal>
    </Paper>
  );
}

const FIELD_MESSAGES: FieldMessages = {
  'INVALID_INPUT:code': 'units.errors.codeFormat',
  'CONFLICT:code': 'units.errors.codeTaken',
  name: 'units.errors.name',
  'CONFLICT:kind': 'units.errors.oneDivision',
};

function UnitForm({ target, onClose, onSaved }: { target: UnitFormTarget; onClose: () => void; onSaved: (unit: Unit) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { createUnit, updateUnit } = useUnitChanges();
  const renaming = target.mode === 'rename' ? target.unit : null;
  const [code, setCode] = useState('');
  const [name, setName] = useState(renaming?.name ?? '');
  const [kind, setKind] = useState<UnitKind>('STATION');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const { fieldError, formError } = useFieldErrors(error, ['code', 'name', 'kind']);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!renaming && !code.trim()) return setError(inputError('units.errors.codeRequired', 'code'));
    if (!name.trim()) return setError(inputError('units.errors.name', 'name'));
    setSaving(true);
    setError(null);
    try {
      const saved = renaming
        ? await updateUnit({ id: renaming.id, name: name.trim(), expectedVersion: renaming.version })
        : await createUnit({ code: code.trim(), name: name.trim(), kind });
      if (saved) onSaved(saved);
    } catch (caught) {
      setError({ error: caught, fieldMessages: FIELD_MESSAGES, overrides: { CONFLICT: 'units.errors.renameConflict' } });
      if (errorCodeOf(caught) === 'CONFLICT' && renaming) await client.refetchQueries({ include: ['Units'] });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="unit-form" data-mode={target.mode}>
      <Stack gap="md">
        {renaming ? (
          <Text size="sm" c="dimmed">
            {t('units.renameLead', { code: renaming.code })}
          </Text>
        ) : (
          <>
            <TextInput
              label={t('units.code')}
              description={t('units.codeHint')}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              required
              error={fieldError('code')}
              data-testid="unit-code"
            />
            <NativeSelect
              label={t('units.kind')}
              description={t('units.kindHint')}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as UnitKind)}
              data={UNIT_KINDS.map((value) => ({ value, label: t(`unitKind.${value}`) }))}
              error={fieldError('kind')}
              data-testid="unit-kind"
            />
          </>
        )}
        <TextInput
          label={t('units.name')}
          description={t('units.nameHint')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          autoComplete="off"
          required
          error={fieldError('name')}
          data-testid="unit-name"
        />
        <ErrorMessage error={formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-testid="unit-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={renaming !== null && name.trim() === renaming.name} data-testid="unit-save">
            {renaming ? t('units.saveRename') : t('units.saveCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

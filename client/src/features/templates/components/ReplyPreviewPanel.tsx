import { Checkbox, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, CATEGORIES, type Audience, type Category } from '../../../graphql/enums';
import { useReplyPreview } from '../hooks/useReplyTemplates';
import { ReplyPreviewBlock } from './ReplyPreviewBlock';

/** Case numbers the server accepts for a preview. */
const MAX_CASE_NUMBER = 2_147_483_647;

/**
 * Which text a case gets, and how long it is, for any choice of audience and categories: the
 * chief checks the effect of the saved templates as the screening checklist will apply them.
 */
export function ReplyPreviewPanel() {
  const { t } = useTranslation();
  const [audience, setAudience] = useState<Audience>('CHILD');
  const [categories, setCategories] = useState<Category[]>([]);
  const [caseNumberText, setCaseNumberText] = useState('');
  const [debouncedNumber] = useDebouncedValue(caseNumberText, 300);
  const parsed = Number(debouncedNumber);
  const caseNumber = /^\d+$/.test(debouncedNumber) && parsed >= 1 && parsed <= MAX_CASE_NUMBER ? parsed : null;
  const invalidNumber = caseNumberText.trim() !== '' && !/^\d+$/.test(caseNumberText.trim());
  const { preview, loading, error } = useReplyPreview({ audience, categories, caseNumber });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="template-preview-title" data-testid="template-preview-panel">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={4} id="template-preview-title">
            {t('templates.previewTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('templates.previewLead')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="sm">
            <Radio.Group<Audience> label={t('screening.audience')} value={audience} onChange={setAudience} name="template-preview-audience">
              <Group gap="lg" mt={4}>
                {AUDIENCES.map((value) => (
                  <Radio key={value} value={value} label={t(`audience.${value}`)} data-testid={`template-preview-audience-${value}`} />
                ))}
              </Group>
            </Radio.Group>
            <Checkbox.Group<Category>
              label={t('screening.categories')}
              description={t('templates.previewCategoriesHint')}
              value={categories}
              onChange={setCategories}
              name="template-preview-categories"
            >
              <SimpleGrid cols={2} spacing={4} verticalSpacing={4} mt={4}>
                {CATEGORIES.map((category) => (
                  <Checkbox key={category} value={category} label={t(`category.${category}`)} size="xs" data-testid={`template-preview-category-${category}`} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <TextInput
              label={t('templates.previewCaseNumber')}
              description={t('templates.previewCaseNumberHint')}
              inputMode="numeric"
              maw={260}
              value={caseNumberText}
              onChange={(event) => setCaseNumberText(event.currentTarget.value)}
              error={invalidNumber ? t('templates.previewCaseNumberInvalid') : undefined}
              data-testid="template-preview-case-number"
            />
          </Stack>
          <ReplyPreviewBlock preview={preview} loading={loading} error={error} label={t('templates.previewResult')} testId="template-preview" />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

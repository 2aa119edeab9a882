import { Button, Checkbox, Group, Radio, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, CATEGORIES, type Audience, type Category } from '../../../graphql/schema';
import type { MessageKey } from '../../../i18n/ja';
import type { QueueCase } from '../graphql/review';

export interface WarnDecision {
  categories: Category[];
  audience: Audience;
}

interface WarnFormProps {
  reviewCase: Pick<QueueCase, 'id' | 'version'>;
  submitting: boolean;
  onSubmit: (decision: WarnDecision) => Promise<void>;
  onInvalid: (messageKey: MessageKey) => void;
}

/** Screening of a clear case: which categories apply and whom the reply speaks to. */
export function WarnForm({ reviewCase, submitting, onSubmit, onInvalid }: WarnFormProps) {
  const { t } = useTranslation();
  const [categories, setCategories] = useState<Category[]>([]);
  const [audience, setAudience] = useState<Audience | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (categories.length === 0) return onInvalid('warnForm.categoryRequired');
    if (!audience) return onInvalid('warnForm.audienceRequired');
    await onSubmit({ categories, audience });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('warnForm.title')} data-testid="warn-form">
      <Stack gap="sm">
        <Checkbox.Group<Category>
          label={t('warnForm.categories')}
          description={t('warnForm.categoriesDescription')}
          value={categories}
          onChange={setCategories}
          name={`categories-${reviewCase.id}`}
        >
          <Stack gap={6} mt={6}>
            {CATEGORIES.map((category) => (
              <Checkbox
                key={category}
                value={category}
                label={t(`category.${category}`)}
                data-testid={`category-${category}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Radio.Group<Audience>
          label={t('warnForm.audience')}
          value={audience}
          onChange={setAudience}
          name={`audience-${reviewCase.id}`}
        >
          <Group gap="lg" mt={6}>
            {AUDIENCES.map((value) => (
              <Radio key={value} value={value} label={t(`audience.${value}`)} data-testid={`audience-${value}`} />
            ))}
          </Group>
        </Radio.Group>
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={submitting} data-testid="warn-submit">
            {t('warnForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

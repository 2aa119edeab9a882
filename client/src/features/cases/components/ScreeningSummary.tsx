import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListCase } from '../graphql/caseFields';

type Screened = Pick<ListCase, 'region' | 'childIndication' | 'childIndicationSource' | 'categories' | 'audience'>;

/** The screening record as decided (DESIGN §3: so the decision can be reviewed later). */
export function ScreeningSummary({ record }: { record: Screened }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Group gap="lg" align="flex-start" data-testid="screening-summary" wrap="wrap">
      <Item label={t('screeningRecord.region')}>{record.region ? t(`region.${record.region}`) : none}</Item>
      <Item label={t('screeningRecord.child')}>
        {record.childIndication ? t(`childIndication.${record.childIndication}`) : none}
      </Item>
      <Item label={t('screeningRecord.source')}>
        {record.childIndicationSource ? t(`indicationSource.${record.childIndicationSource}`) : none}
      </Item>
      <Item label={t('screeningRecord.audience')}>
        {record.audience ? (
          <Badge color={record.audience === 'ADULT' ? 'red' : 'orange'} variant="light" tt="none" data-testid="audience">
            {t(`audienceShort.${record.audience}`)}
          </Badge>
        ) : (
          none
        )}
      </Item>
      <Item label={t('screeningRecord.categories')}>
        {record.categories.length > 0 ? (
          <Group gap={4}>
            {record.categories.map((c) => (
              <Badge key={c} variant="outline" color="gray" tt="none" maw="none" data-testid={`summary-category-${c}`}>
                {t(`category.${c}`)}
              </Badge>
            ))}
          </Group>
        ) : (
          none
        )}
      </Item>
    </Group>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

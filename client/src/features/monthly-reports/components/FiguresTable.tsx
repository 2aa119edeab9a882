import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportRowFieldsFragment } from '../../../graphql/generated/graphql';
import { formatCount, formatShare } from '../../statistics/formatDuration';

type RowLabel = (row: ReportRowFieldsFragment) => string;

/** One table of a monthly report (by category, unit, …): reports, cases, replies, deletions. */
export function FiguresTable({
  caption,
  rows,
  label,
  labelHead,
  testId,
}: {
  caption: string;
  rows: ReportRowFieldsFragment[];
  label: RowLabel;
  labelHead: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'ja';
  return (
    <Table fz="sm" withTableBorder withColumnBorders striped data-testid={testId} captionSide="top">
      <Table.Caption ta="left" fw={600}>
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{labelHead}</Table.Th>
          <Table.Th ta="right">{t('monthly.reports')}</Table.Th>
          <Table.Th ta="right">{t('monthly.cases')}</Table.Th>
          <Table.Th ta="right">{t('monthly.warned')}</Table.Th>
          <Table.Th ta="right">{t('monthly.deleted7')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, i) => (
          <Table.Tr key={i}>
            <Table.Td>{label(row)}</Table.Td>
            <Table.Td ta="right">{formatCount(row.reports, lang)}</Table.Td>
            <Table.Td ta="right">{formatCount(row.cases, lang)}</Table.Td>
            <Table.Td ta="right">{formatCount(row.warned, lang)}</Table.Td>
            <Table.Td ta="right">{formatShare(row.deletedWithin7DaysShare, lang)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

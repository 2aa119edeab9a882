import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import ja from '../../../i18n/ja';
import type { TimelineEntry } from '../graphql/caseDetail';

type ActionKey = keyof typeof ja.timelineAction;

/** `case.TAKE` → timelineAction.case_TAKE; a volunteer's report is a tip. Unknown actions show as they are. */
function actionKey(entry: TimelineEntry): ActionKey | undefined {
  const key = entry.action === 'report.SUBMIT' && entry.actorRole === 'VOLUNTEER' ? 'tip_SUBMIT' : entry.action.replace('.', '_');
  return key in ja.timelineAction ? (key as ActionKey) : undefined;
}

export function TimelineActionLabel({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const key = actionKey(entry);
  return (
    <Text size="sm" fw={600}>
      {key ? t(`timelineAction.${key}`) : entry.action}
    </Text>
  );
}

import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../features/auth/graphql/session';
import { OfficerPage } from '../features/reports/components/OfficerPage';
import { ReviewPage } from '../features/review/components/ReviewPage';
import { VolunteerPage } from '../features/volunteer/components/VolunteerPage';

type DivisionTab = 'review' | 'report';

/** Each role lands on its own work; officers in charge and the chief can also report posts. */
export function RoleHome({ user }: { user: CurrentUser }) {
  switch (user.role) {
    case 'OFFICER':
      return <OfficerPage />;
    case 'VOLUNTEER':
      return <VolunteerPage />;
    case 'OFFICER_IN_CHARGE':
    case 'CHIEF':
      return <DivisionHome />;
  }
}

function DivisionHome() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<DivisionTab>('review');
  return (
    <Tabs
      value={tab}
      onChange={(value) => setTab(value === 'report' ? 'report' : 'review')}
      keepMounted={false}
      aria-label={t('app.mainNavigation')}
    >
      <Tabs.List mb="md">
        <Tabs.Tab value="review" data-testid="tab-review">
          {t('tabs.review')}
        </Tabs.Tab>
        <Tabs.Tab value="report" data-testid="tab-report">
          {t('tabs.report')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="review">
        <ReviewPage />
      </Tabs.Panel>
      <Tabs.Panel value="report">
        <OfficerPage />
      </Tabs.Panel>
    </Tabs>
  );
}

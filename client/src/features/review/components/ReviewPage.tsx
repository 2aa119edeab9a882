import { Stack } from '@mantine/core';
import { RecentWarnings } from './RecentWarnings';
import { ReviewQueue } from './ReviewQueue';

/** 審査キュー: take received cases, screen them, and watch the replies go out. */
export function ReviewPage() {
  return (
    <Stack gap="lg" data-testid="review-page">
      <ReviewQueue />
      <RecentWarnings />
    </Stack>
  );
}

import { graphql } from '../../../graphql/generated';

/** Committed case changes (server: modules/live-queue): enough to know which lists to read again. */
export const WORK_QUEUE_CHANGED_SUBSCRIPTION = graphql(`
  subscription WorkQueueChanged {
    workQueueChanged {
      changes {
        caseId
        caseNumber
        fromStatus
        toStatus
      }
      omitted
      resync
      at
    }
  }
`);

/** Every BullMQ queue of the system, by name. */
export enum QueueName {
  REPLIES = 'replies',
}

/** Job names per queue; a job's payload holds IDs only (BullMQ stores job data in clear text). */
export enum JobName {
  POST_REPLY = 'post-reply',
}

export interface PostReplyPayload {
  caseId: string;
}

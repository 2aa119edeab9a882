import { graphql } from '../../../graphql/generated';
import type { Audience, Category, PreviewReplyQuery, ReplyTemplateFieldsFragment } from '../../../graphql/generated/graphql';

export type ReplyTemplate = ReplyTemplateFieldsFragment;
export type ReplyPreview = PreviewReplyQuery['previewReply'];

/** What a template is for: an audience, and a category or (null) the audience default. */
export interface TemplateKey {
  audience: Audience;
  category: Category | null;
}
import type { CreateReplyTemplateMutationVariables, UpdateReplyTemplateMutationVariables } from '../../../graphql/generated/graphql';
export type { PreviewReplyQueryVariables } from '../../../graphql/generated/graphql';
export type CreateReplyTemplateVariables = CreateReplyTemplateMutationVariables;
export type UpdateReplyTemplateVariables = UpdateReplyTemplateMutationVariables;


export const REPLY_TEMPLATE_FIELDS = graphql(`
  fragment ReplyTemplateFields on ReplyTemplate {
    id
    key
    audience
    category
    version
    body
    active
    note
    createdAt
    createdBy {
      id
      displayName
    }
  }
`);

/** The active version of every template. */
export const REPLY_TEMPLATES_QUERY = graphql(`
  query ReplyTemplates {
    replyTemplates(includeInactive: false) {
      ...ReplyTemplateFields
    }
  }
`);

/** Every version of one key, newest first. */
export const REPLY_TEMPLATE_HISTORY_QUERY = graphql(`
  query ReplyTemplateHistory($audience: Audience!, $category: Category) {
    replyTemplateHistory(audience: $audience, category: $category) {
      ...ReplyTemplateFields
    }
  }
`);

/** The exact reply a case with these choices gets, measured by the server as X counts it. */
export const PREVIEW_REPLY_QUERY = graphql(`
  query PreviewReply($audience: Audience!, $categories: [Category!]!, $caseNumber: Int) {
    previewReply(audience: $audience, categories: $categories, caseNumber: $caseNumber) {
      text
      weightedLength
      valid
      templateId
      templateKey
      templateVersion
      caseNumber
    }
  }
`);

export const CREATE_REPLY_TEMPLATE_MUTATION = graphql(`
  mutation CreateReplyTemplate($audience: Audience!, $category: Category, $body: String!, $note: String) {
    createReplyTemplate(audience: $audience, category: $category, body: $body, note: $note) {
      ...ReplyTemplateFields
    }
  }
`);

/** Saves a new version; the edited one is kept, inactive. */
export const UPDATE_REPLY_TEMPLATE_MUTATION = graphql(`
  mutation UpdateReplyTemplate($id: ID!, $body: String!, $note: String, $expectedVersion: Int!) {
    updateReplyTemplate(id: $id, body: $body, note: $note, expectedVersion: $expectedVersion) {
      ...ReplyTemplateFields
    }
  }
`);

export const DEACTIVATE_REPLY_TEMPLATE_MUTATION = graphql(`
  mutation DeactivateReplyTemplate($id: ID!) {
    deactivateReplyTemplate(id: $id) {
      ...ReplyTemplateFields
    }
  }
`);

import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Audience, Category, ReplyPreview, ReplyTemplate } from '../../../graphql/schema';

const REPLY_TEMPLATE_FIELDS = gql`
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
`;

export interface ReplyTemplatesQuery {
  replyTemplates: ReplyTemplate[];
}

/** The active version of every template. */
export const REPLY_TEMPLATES_QUERY: TypedDocumentNode<ReplyTemplatesQuery, Record<string, never>> = gql`
  query ReplyTemplates {
    replyTemplates(includeInactive: false) {
      ...ReplyTemplateFields
    }
  }
  ${REPLY_TEMPLATE_FIELDS}
`;

/** What a template is for: an audience, and a category or (null) the audience default. */
export interface TemplateKey {
  audience: Audience;
  category: Category | null;
}

export interface ReplyTemplateHistoryQuery {
  replyTemplateHistory: ReplyTemplate[];
}

/** Every version of one key, newest first. */
export const REPLY_TEMPLATE_HISTORY_QUERY: TypedDocumentNode<ReplyTemplateHistoryQuery, TemplateKey> = gql`
  query ReplyTemplateHistory($audience: Audience!, $category: Category) {
    replyTemplateHistory(audience: $audience, category: $category) {
      ...ReplyTemplateFields
    }
  }
  ${REPLY_TEMPLATE_FIELDS}
`;

export interface PreviewReplyQuery {
  previewReply: ReplyPreview;
}
export interface PreviewReplyQueryVariables {
  audience: Audience;
  categories: Category[];
  /** Omitted: the longest case number the templates are checked with (the worst case). */
  caseNumber?: number | null;
}

/** The exact reply a case with these choices gets, measured by the server as X counts it. */
export const PREVIEW_REPLY_QUERY: TypedDocumentNode<PreviewReplyQuery, PreviewReplyQueryVariables> = gql`
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
`;

export interface CreateReplyTemplateVariables extends TemplateKey {
  body: string;
  note?: string | null;
}

export const CREATE_REPLY_TEMPLATE_MUTATION: TypedDocumentNode<{ createReplyTemplate: ReplyTemplate }, CreateReplyTemplateVariables> = gql`
  mutation CreateReplyTemplate($audience: Audience!, $category: Category, $body: String!, $note: String) {
    createReplyTemplate(audience: $audience, category: $category, body: $body, note: $note) {
      ...ReplyTemplateFields
    }
  }
  ${REPLY_TEMPLATE_FIELDS}
`;

export interface UpdateReplyTemplateVariables {
  /** The active version being edited. */
  id: string;
  body: string;
  note?: string | null;
  /** The version the chief was looking at: another current version answers CONFLICT. */
  expectedVersion: number;
}

/** Saves a new version; the edited one is kept, inactive. */
export const UPDATE_REPLY_TEMPLATE_MUTATION: TypedDocumentNode<{ updateReplyTemplate: ReplyTemplate }, UpdateReplyTemplateVariables> = gql`
  mutation UpdateReplyTemplate($id: ID!, $body: String!, $note: String, $expectedVersion: Int!) {
    updateReplyTemplate(id: $id, body: $body, note: $note, expectedVersion: $expectedVersion) {
      ...ReplyTemplateFields
    }
  }
  ${REPLY_TEMPLATE_FIELDS}
`;

export const DEACTIVATE_REPLY_TEMPLATE_MUTATION: TypedDocumentNode<{ deactivateReplyTemplate: ReplyTemplate }, { id: string }> = gql`
  mutation DeactivateReplyTemplate($id: ID!) {
    deactivateReplyTemplate(id: $id) {
      ...ReplyTemplateFields
    }
  }
  ${REPLY_TEMPLATE_FIELDS}
`;

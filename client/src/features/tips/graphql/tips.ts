import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, DateTimeISO, PageVariables, TipStatus } from '../../../graphql/schema';

/** All a volunteer sees of a tip: never the case, its reasoning, or who handled it. */
export interface Tip {
  __typename?: 'Tip';
  id: string;
  url: string;
  note: string | null;
  submittedAt: DateTimeISO;
  status: TipStatus;
}

const TIP_FIELDS = gql`
  fragment TipFields on Tip {
    id
    url
    note
    submittedAt
    status
  }
`;

export interface MyTipsQuery {
  myTips: Connection<Tip>;
}

export const MY_TIPS_QUERY: TypedDocumentNode<MyTipsQuery, PageVariables> = gql`
  query MyTips($first: Int, $after: String) {
    myTips(first: $first, after: $after) {
      nodes {
        ...TipFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${TIP_FIELDS}
`;

export interface SubmitTipInput {
  url: string;
  note?: string | null;
}

export const SUBMIT_TIP_MUTATION: TypedDocumentNode<{ submitTip: Tip }, { input: SubmitTipInput }> = gql`
  mutation SubmitTip($input: SubmitTipInput!) {
    submitTip(input: $input) {
      ...TipFields
    }
  }
  ${TIP_FIELDS}
`;

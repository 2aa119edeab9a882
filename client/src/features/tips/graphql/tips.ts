import { graphql } from '../../../graphql/generated';
import type { TipFieldsFragment } from '../../../graphql/generated/graphql';

/** All a volunteer sees of a tip: never the case, its reasoning, or who handled it. */
export type Tip = TipFieldsFragment;
export type { SubmitTipInput } from '../../../graphql/generated/graphql';


export const TIP_FIELDS = graphql(`
  fragment TipFields on Tip {
    id
    url
    note
    submittedAt
    status
  }
`);

export const MY_TIPS_QUERY = graphql(`
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
`);

export const SUBMIT_TIP_MUTATION = graphql(`
  mutation SubmitTip($input: SubmitTipInput!) {
    submitTip(input: $input) {
      ...TipFields
    }
  }
`);

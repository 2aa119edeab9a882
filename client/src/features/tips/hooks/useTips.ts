import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { usePagedList } from '../../cases/hooks/usePagedList';
import { MY_TIPS_QUERY, SUBMIT_TIP_MUTATION, type SubmitTipInput } from '../graphql/tips';

/** The volunteer's tips; polled so "handled" shows up without a reload. */
export function useMyTips() {
  return usePagedList(MY_TIPS_QUERY, 'myTips', { live: false });
}

export function useSubmitTip() {
  const [mutate, { loading }] = useMutation(SUBMIT_TIP_MUTATION, { refetchQueries: ['MyTips'] });
  const submitTip = useCallback(
    async (input: SubmitTipInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('submitTip returned no data');
      return data.submitTip;
    },
    [mutate],
  );
  return { submitTip, submitting: loading };
}

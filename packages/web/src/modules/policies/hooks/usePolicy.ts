import { useQuery } from 'urql';
import type { ResultOf } from '../../../shared/graphql';
import { apiErrors } from '../../../shared/errors';
import { TierPoliciesQuery, TierPolicyQuery } from '../policies.graphql';

export type PolicySummary = ResultOf<typeof TierPoliciesQuery>['tierPolicies'][number];
export type PolicyDetail = ResultOf<typeof TierPolicyQuery>['tierPolicy'];
export type PolicyTier = PolicyDetail['tiers'][number];
export type PolicyStatus = PolicySummary['status'];

/** Every policy version, newest first. */
export function usePolicies() {
  const [{ data, error }, reexecute] = useQuery({ query: TierPoliciesQuery });
  return { policies: data?.tierPolicies, error, retry: () => reexecute({ requestPolicy: 'network-only' }) };
}

/** One policy with its tiers, entitlements and points rule. */
export function usePolicy(id: string) {
  const [{ data, error }, reexecute] = useQuery({ query: TierPolicyQuery, variables: { id } });
  const absent = apiErrors(error).some((e) => e.code === 'NOT_FOUND' || e.code === 'BAD_USER_INPUT');
  return { policy: data?.tierPolicy, error, absent, retry: () => reexecute({ requestPolicy: 'network-only' }) };
}

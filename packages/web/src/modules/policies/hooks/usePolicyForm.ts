import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { apiErrors, errorText, failureText } from '../../../shared/errors';
import type { Messages } from '../../../app/locales/en';
import { CreateTierPolicyDraftMutation, UpdateTierPolicyDraftMutation } from '../policies.graphql';
import {
  emptyTier,
  emptyValues,
  errorLeaf,
  move,
  newKey,
  toInput,
  valuesFromPolicy,
  type EntitlementRow,
  type FieldErrors,
  type PointsField,
  type PolicyValues,
  type TierField,
} from '../policyForm';
import type { PolicyDetail } from './usePolicy';

type ErrorKey = keyof Messages['policies']['errors'];

/**
 * State and saving of the tier-policy editor. A new draft is created with
 * createTierPolicyDraft (then `onCreated` gets its id); an existing draft is saved with
 * updateTierPolicyDraft. Whatever fails, every typed value stays; errors sit on the paths
 * the API names.
 */
export function usePolicyForm(policy: PolicyDetail | null, onCreated: (id: string) => void) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PolicyValues>(() => (policy ? valuesFromPolicy(policy) : emptyValues()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // edited since the last save: simulation and activation see only what is saved
  const [dirty, setDirty] = useState(false);
  const [{ fetching: creating }, create] = useMutation(CreateTierPolicyDraftMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateTierPolicyDraftMutation);

  /** The sentence for a path, when the form has one for its field. */
  function message(path: string): string | undefined {
    const leaf = errorLeaf(path);
    return i18n.exists(`policies.errors.${leaf}`) ? t(`policies.errors.${leaf as ErrorKey}`) : undefined;
  }

  function edit(change: (v: PolicyValues) => PolicyValues, clear?: (path: string) => boolean) {
    setValues(change);
    setSaved(false);
    setDirty(true);
    if (clear) setErrors((e) => (Object.keys(e).some(clear) ? Object.fromEntries(Object.entries(e).filter(([p]) => !clear(p))) : e));
  }

  // Structural edits (add, remove, reorder) shift row indices, so errors on rows no longer
  // point at the right row: they are cleared and the next save reports afresh.
  const rowPaths = (prefix: string) => (p: string) => p === prefix || p.startsWith(`${prefix}.`);

  const actions = {
    setField<F extends 'name' | 'matchRule' | 'windowDays' | 'downgradeAfter'>(field: F, value: PolicyValues[F]) {
      edit((v) => ({ ...v, [field]: value }), (p) => p === field);
    },
    setTier(i: number, field: TierField, value: string) {
      edit((v) => ({ ...v, tiers: v.tiers.map((row, j) => (j === i ? { ...row, [field]: value } : row)) }), (p) => p === `tiers.${i}.${field}` || p === 'tiers');
    },
    addTier() {
      edit((v) => ({ ...v, tiers: [...v.tiers, emptyTier()] }), rowPaths('tiers'));
    },
    removeTier(i: number) {
      edit((v) => {
        const gone = v.tiers[i]?.key;
        return { ...v, tiers: v.tiers.filter((_, j) => j !== i), entitlements: v.entitlements.filter((e) => e.tierKey !== gone) };
      }, (p) => rowPaths('tiers')(p) || rowPaths('entitlements')(p));
    },
    moveTier(i: number, by: number) {
      edit((v) => ({ ...v, tiers: move(v.tiers, i, by) }), rowPaths('tiers'));
    },
    setEntitlement<F extends Exclude<keyof EntitlementRow, 'key'>>(i: number, field: F, value: string) {
      const path = field === 'tierKey' ? 'tierCode' : field;
      edit(
        (v) => ({ ...v, entitlements: v.entitlements.map((row, j) => (j === i ? { ...row, [field]: value } : row)) }),
        (p) => p === `entitlements.${i}.${path}` || p === 'entitlements',
      );
    },
    addEntitlement() {
      edit(
        (v) => ({ ...v, entitlements: [...v.entitlements, { key: newKey(), tierKey: v.tiers.at(-1)?.key ?? '', offeringCode: '', everyDays: '30' }] }),
        rowPaths('entitlements'),
      );
    },
    removeEntitlement(i: number) {
      edit((v) => ({ ...v, entitlements: v.entitlements.filter((_, j) => j !== i) }), rowPaths('entitlements'));
    },
    setPoints(field: PointsField, value: string) {
      edit((v) => ({ ...v, pointsRule: { ...v.pointsRule, [field]: value } }), (p) => p === `pointsRule.${field}` || p === 'pointsRule');
    },
  };

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (creating || updating) return;
    setFormError(null);
    setSaved(false);
    const { input, errors: local } = toInput(values);
    if (!input) {
      setErrors(Object.fromEntries(Object.keys(local).map((p) => [p, message(p) ?? t('errors.codes.BAD_USER_INPUT')])));
      return;
    }
    setErrors({});
    const result = policy ? await update({ id: policy.id, input }) : await create({ input });
    if (result.error) {
      const errs = apiErrors(result.error);
      const onFields = errs.filter((x) => x.field);
      if (onFields.length) setErrors(Object.fromEntries(onFields.map((x) => [x.field!, errorText(t, x, message)])));
      else if (errs.some((x) => x.code === 'CONFLICT' && x.reason === 'POLICY_NOT_DRAFT')) setFormError(t('policies.errors.conflict'));
      else if (errs.some((x) => x.code === 'FORBIDDEN')) setFormError(t('policies.errors.forbidden'));
      else setFormError(failureText(t, result.error));
      return;
    }
    setSaved(true);
    setDirty(false);
    const created = result.data && 'createTierPolicyDraft' in result.data ? result.data.createTierPolicyDraft : null;
    if (created) onCreated(created.id);
  }

  return { values, errors, formError, saved, dirty, saving: creating || updating, actions, submit };
}

export type PolicyFormActions = ReturnType<typeof usePolicyForm>['actions'];

import { useTranslation } from 'react-i18next';
import { DEFAULT_GRACE_HOURS, MAX_GRACE_HOURS } from '../../shared/proposals/proposal';
import type { RuleKind } from '../../shared/proposals/decision-rule';
import type { FieldErrors } from '../../shared/validation';
import { SelectField } from '../ui/fields';
import { InputField } from '../ui/fields';
import { CheckboxField } from './proposal-fields';
import { ruleOptions } from './proposal-labels';

export type QuorumKind = 'none' | 'count' | 'share';

/** The rule part of the new-proposal form, as typed: strings until createProposal() validates them. */
export interface RuleDraft {
  ruleKind: RuleKind;
  thresholdPercent: string;
  quorumKind: QuorumKind;
  quorumCount: string;
  quorumPercent: string;
  includeObservers: boolean;
  arrivalGraceHours: string;
}

export const DEFAULT_RULE_DRAFT: RuleDraft = {
  ruleKind: 'consensus',
  thresholdPercent: '67',
  quorumKind: 'none',
  quorumCount: '',
  quorumPercent: '50',
  includeObservers: false,
  arrivalGraceHours: String(DEFAULT_GRACE_HOURS),
};

/** Decision rule, quorum, observers and grace period. Fields a choice makes irrelevant are not shown at all. */
export function RuleFields({ draft, errors, onChange, idPrefix }: { draft: RuleDraft; errors: FieldErrors; onChange: (patch: Partial<RuleDraft>) => void; idPrefix: string }) {
  const { t } = useTranslation();
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset>
      <legend>{t('proposals.form.ruleLegend')}</legend>
      <SelectField<RuleKind>
        id={id('ruleKind')}
        label={t('proposals.form.rule')}
        hint={t(`proposals.ruleHints.${draft.ruleKind}`)}
        value={draft.ruleKind}
        error={errors.ruleKind}
        options={ruleOptions(t)}
        onChange={(ruleKind) => onChange({ ruleKind })}
        required
      />
      {draft.ruleKind === 'supermajority' ? (
        <InputField
          id={id('thresholdPercent')}
          type="number"
          label={t('proposals.form.threshold')}
          min={50}
          max={100}
          step="any"
          value={draft.thresholdPercent}
          error={errors.thresholdPercent}
          onChange={(thresholdPercent) => onChange({ thresholdPercent })}
          required
        />
      ) : null}
      <SelectField<QuorumKind>
        id={id('quorumKind')}
        label={t('proposals.form.quorum')}
        value={draft.quorumKind}
        error={errors.quorumKind}
        options={(['none', 'count', 'share'] as const).map((value) => ({ value, label: t(`proposals.quorumKinds.${value}`) }))}
        onChange={(quorumKind) => onChange({ quorumKind })}
      />
      {draft.quorumKind === 'count' ? (
        <InputField
          id={id('quorumCount')}
          type="number"
          label={t('proposals.form.quorumCount')}
          min={1}
          step={1}
          value={draft.quorumCount}
          error={errors.quorumCount}
          onChange={(quorumCount) => onChange({ quorumCount })}
          required
        />
      ) : null}
      {draft.quorumKind === 'share' ? (
        <InputField
          id={id('quorumPercent')}
          type="number"
          label={t('proposals.form.quorumPercent')}
          min={1}
          max={100}
          step="any"
          value={draft.quorumPercent}
          error={errors.quorumPercent}
          onChange={(quorumPercent) => onChange({ quorumPercent })}
          required
        />
      ) : null}
      <CheckboxField
        id={id('includeObservers')}
        label={t('proposals.form.includeObservers')}
        hint={t('proposals.form.includeObserversHint')}
        checked={draft.includeObservers}
        error={errors.includeObservers}
        onChange={(includeObservers) => onChange({ includeObservers })}
      />
      <InputField
        id={id('arrivalGraceHours')}
        type="number"
        label={t('proposals.form.graceHours')}
        hint={t('proposals.form.graceHoursHint', { max: MAX_GRACE_HOURS })}
        min={0}
        max={MAX_GRACE_HOURS}
        step="any"
        value={draft.arrivalGraceHours}
        error={errors.arrivalGraceHours}
        onChange={(arrivalGraceHours) => onChange({ arrivalGraceHours })}
      />
    </fieldset>
  );
}

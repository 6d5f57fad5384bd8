import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { knownTimeZones } from '../../shared/members/time-zone';
import type { StakeholderGroup } from '../../shared/members/stakeholder-group';
import { SelectField, TextField } from '../ui/fields';
import { stakeholderOptions } from '../ui/option-lists';

type FieldBinding = { id: string; value: string; error: string | undefined; onChange: (value: string) => void };

let zoneList: string[] | undefined;
const TIME_ZONE_LIST_ID = 'known-time-zones';

/** The fields a person has both as the local identity and as a workspace member. */
export function PersonFields({ field }: { field: (name: string) => FieldBinding }) {
  const { t } = useTranslation();
  const group = field('stakeholderGroup');
  // Translated once per language, not once per keystroke in the fields around.
  const groups = useMemo(() => stakeholderOptions(t), [t]);
  return (
    <>
      <TextField {...field('name')} label={t('person.name')} required autoComplete="name" />
      <TextField {...field('email')} label={t('person.email')} type="email" hint={t('person.emailHint')} autoComplete="email" />
      <TextField {...field('organisation')} label={t('person.organisation')} autoComplete="organization" />
      <SelectField<StakeholderGroup>
        {...group}
        value={group.value as StakeholderGroup | ''}
        label={t('person.stakeholderGroup')}
        required
        placeholder={t('person.chooseStakeholderGroup')}
        options={groups}
      />
      <TextField {...field('region')} label={t('person.region')} autoComplete="country-name" />
      <TextField {...field('timeZone')} label={t('person.timeZone')} required list={TIME_ZONE_LIST_ID} hint={t('person.timeZoneHint')} />
      <TimeZoneList />
    </>
  );
}

// Some 400 options: rendered once, not again on every keystroke in the fields above.
const TimeZoneList = memo(function TimeZoneList() {
  zoneList ??= knownTimeZones();
  return (
    <datalist id={TIME_ZONE_LIST_ID}>
      {zoneList.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

import { useMemo } from 'react';
import { regionOptions } from '../../../../shared/geo/index.ts';
import { PlacePicker } from '../../../components/PlacePicker.tsx';
import { SelectField, TextField } from './fields.tsx';

/** State / region: a searchable list where the country has one, free text elsewhere. */
export function RegionField({
  country,
  value,
  onChange,
}: {
  country: string | undefined;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const regions = useMemo(() => regionOptions(country ?? ''), [country]);
  return regions.length > 0 ? (
    <PlacePicker label="State / region" options={regions} value={value ?? ''} onChange={onChange} />
  ) : (
    <TextField label="State / region" value={value} onChange={onChange} />
  );
}

/** Whether the person needs visa sponsorship: yes, no, or not said (null). */
export function SponsorshipField({
  value,
  onChange,
}: {
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}) {
  return (
    <SelectField
      label="Needs visa sponsorship"
      value={value === null ? '' : value ? 'yes' : 'no'}
      options={
        [
          ['yes', 'Yes, now or in the future'],
          ['no', 'No'],
        ] as const
      }
      onChange={(v) => onChange(v === '' ? null : v === 'yes')}
    />
  );
}

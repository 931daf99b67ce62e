import type { Profile } from '../../../../shared/domain/index.ts';
import { countryOptions } from '../../../../shared/geo/index.ts';
import { CountryListPicker } from '../../../components/PlacePicker.tsx';
import { SelectField } from './fields.tsx';
import { SponsorshipField } from './place-fields.tsx';

const COUNTRY_OPTIONS = countryOptions();

interface Props {
  profile: Profile;
  set: <K extends keyof Profile>(key: K, value: Profile[K]) => void;
}

/** Moving and the right to work: where the person would go, where they may work, and on what papers. */
export function WorkRightsFields({ profile: p, set }: Props) {
  const willing = p.location.willingToRelocate;
  return (
    <>
      <SelectField
        label="Open to relocating"
        value={willing === undefined ? '' : willing ? 'yes' : 'no'}
        options={
          [
            ['yes', 'Yes'],
            ['no', 'No'],
          ] as const
        }
        onChange={(v) => {
          // A move ruled out has no places to move to.
          const { relocateTo: _places, ...rest } = p.location;
          set(
            'location',
            v === 'yes' ? { ...p.location, willingToRelocate: true } : { ...rest, willingToRelocate: false },
          );
        }}
      />
      {/* Matching holds an office abroad outside these as a move the person would not make. */}
      {willing && (
        <CountryListPicker
          label="Would relocate to (empty: anywhere)"
          options={COUNTRY_OPTIONS}
          codes={p.location.relocateTo ?? []}
          onChange={(v) => set('location', { ...p.location, relocateTo: v })}
        />
      )}
      <CountryListPicker
        label="Authorized to work in"
        options={COUNTRY_OPTIONS}
        codes={p.workAuthorization}
        onChange={(v) => set('workAuthorization', v)}
      />
      <SponsorshipField value={p.requiresSponsorship} onChange={(v) => set('requiresSponsorship', v)} />
      {/* Some postings are open to citizens (or permanent residents) only: matching checks these. */}
      <CountryListPicker
        label="Citizen of"
        options={COUNTRY_OPTIONS}
        codes={p.citizenship ?? []}
        onChange={(v) => set('citizenship', v)}
      />
      <CountryListPicker
        label="Permanent resident of"
        options={COUNTRY_OPTIONS}
        codes={p.permanentResidence ?? []}
        onChange={(v) => set('permanentResidence', v)}
      />
    </>
  );
}

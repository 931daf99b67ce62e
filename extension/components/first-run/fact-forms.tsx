import { useState } from 'react';
import type { Profile } from '../../../shared/domain/index.ts';
import { countryOptions } from '../../../shared/geo/index.ts';
import { TextField } from '../../entrypoints/options/profile/fields.tsx';
import { RegionField, SponsorshipField } from '../../entrypoints/options/profile/place-fields.tsx';
import { CountryListPicker, PlacePicker } from '../PlacePicker.tsx';
import { FactForm, saveToProfile } from './FactForm.tsx';
import { TitleChips, withTyped } from './TitleChips.tsx';

const COUNTRY_OPTIONS = countryOptions();

/** What each fact's form is given: the stored profile to start from, and how to close. */
export interface FactFormProps {
  profile: Profile;
  onClose: () => void;
}

export function NameForm({ profile, onClose }: FactFormProps) {
  const [first, setFirst] = useState(profile.contact.firstName ?? '');
  const [last, setLast] = useState(profile.contact.lastName ?? '');
  const save = () =>
    saveToProfile((p) => ({ ...p, contact: { ...p.contact, firstName: first, lastName: last } }));
  return (
    <FactForm label="Name" onSave={save} onClose={onClose}>
      <TextField label="First name" autoComplete="given-name" value={first} onChange={setFirst} />
      <TextField label="Last name" autoComplete="family-name" value={last} onChange={setLast} />
    </FactForm>
  );
}

export function PlaceForm({ profile, onClose }: FactFormProps) {
  const [place, setPlace] = useState({
    country: profile.location.country ?? '',
    region: profile.location.region ?? '',
    city: profile.location.city ?? '',
  });
  const set = (patch: Partial<typeof place>) => setPlace((p) => ({ ...p, ...patch }));
  const save = () => saveToProfile((p) => ({ ...p, location: { ...p.location, ...place } }));
  return (
    <FactForm label="Location" onSave={save} onClose={onClose}>
      <PlacePicker
        label="Country"
        options={COUNTRY_OPTIONS}
        value={place.country}
        onChange={(country) => set({ country })}
        placeholder="Type a country"
      />
      <RegionField country={place.country} value={place.region} onChange={(region) => set({ region })} />
      <TextField label="City" value={place.city} onChange={(city) => set({ city })} />
    </FactForm>
  );
}

export function WorkRightsForm({ profile, onClose }: FactFormProps) {
  const [codes, setCodes] = useState(profile.workAuthorization);
  const [sponsorship, setSponsorship] = useState(profile.requiresSponsorship);
  const save = () =>
    saveToProfile((p) => ({ ...p, workAuthorization: codes, requiresSponsorship: sponsorship }));
  return (
    <FactForm label="Work rights" onSave={save} onClose={onClose}>
      <CountryListPicker
        label="Authorized to work in"
        options={COUNTRY_OPTIONS}
        codes={codes}
        onChange={setCodes}
      />
      <SponsorshipField value={sponsorship} onChange={setSponsorship} />
    </FactForm>
  );
}

export function TitlesForm({ profile, onClose }: FactFormProps) {
  const [titles, setTitles] = useState(profile.targetTitles);
  const [typed, setTyped] = useState('');
  const save = () => saveToProfile((p) => ({ ...p, targetTitles: withTyped(titles, typed) }));
  return (
    <FactForm label="Target titles" onSave={save} onClose={onClose}>
      <TitleChips titles={titles} onChange={setTitles} typed={typed} onTyped={setTyped} />
    </FactForm>
  );
}

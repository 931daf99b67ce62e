import type { Profile } from '../../../../shared/domain/index.ts';
import { countryOptions } from '../../../../shared/geo/index.ts';
import { PlacePicker } from '../../../components/PlacePicker.tsx';
import { CheckboxRow } from '../../../lib/ui/CheckboxRow.tsx';
import { grid2, ListField, SelectField, TextField } from './fields.tsx';
import { RegionField } from './place-fields.tsx';
import type { FieldErrors } from './useProfileDraft.ts';
import { WorkRightsFields } from './WorkRightsFields.tsx';

const COUNTRY_OPTIONS = countryOptions();

interface Props {
  profile: Profile;
  update: (change: (p: Profile) => Profile) => void;
  errors: FieldErrors;
}

/** Contact, links, location, authorization, salary and preferences. */
export function BasicsSection({ profile: p, update, errors }: Props) {
  const set = <K extends keyof Profile>(key: K, value: Profile[K]) => update((d) => ({ ...d, [key]: value }));
  const contact = (k: keyof Profile['contact'], v: string) => set('contact', { ...p.contact, [k]: v });
  const links = (k: keyof Profile['links'], v: string) => set('links', { ...p.links, [k]: v });
  const location = (k: keyof Profile['location'], v: string | boolean) =>
    set('location', { ...p.location, [k]: v });
  const salary = p.salaryExpectation;
  const setSalary = (change: Partial<NonNullable<Profile['salaryExpectation']>>) =>
    set('salaryExpectation', { currency: 'USD', min: null, max: null, period: 'YEAR', ...salary, ...change });
  const num = (v: string) => (v.trim() === '' ? null : Number(v));

  return (
    <>
      <section className="card stack" aria-labelledby="contact-h">
        <h2 id="contact-h">Contact</h2>
        <div style={grid2}>
          <TextField
            label="First name"
            autoComplete="given-name"
            value={p.contact.firstName}
            onChange={(v) => contact('firstName', v)}
          />
          <TextField
            label="Last name"
            autoComplete="family-name"
            value={p.contact.lastName}
            onChange={(v) => contact('lastName', v)}
          />
          <TextField
            label="Email"
            type="email"
            value={p.contact.email}
            error={errors['contact.email']}
            onChange={(v) => contact('email', v)}
          />
          <TextField label="Phone" type="tel" value={p.contact.phone} onChange={(v) => contact('phone', v)} />
          <TextField
            label="LinkedIn"
            type="url"
            value={p.links.linkedin}
            error={errors['links.linkedin']}
            onChange={(v) => links('linkedin', v)}
            placeholder="https://www.linkedin.com/in/…"
          />
          <TextField
            label="GitHub"
            type="url"
            value={p.links.github}
            error={errors['links.github']}
            onChange={(v) => links('github', v)}
            placeholder="https://github.com/…"
          />
          <TextField
            label="Portfolio"
            type="url"
            value={p.links.portfolio}
            error={errors['links.portfolio']}
            onChange={(v) => links('portfolio', v)}
          />
          <TextField
            label="Website"
            type="url"
            value={p.links.website}
            error={errors['links.website']}
            onChange={(v) => links('website', v)}
          />
        </div>
      </section>

      <section className="card stack" aria-labelledby="where-h">
        <h2 id="where-h">Where and how you work</h2>
        <div style={grid2}>
          <TextField
            label="Street address"
            value={p.location.addressLine1}
            onChange={(v) => location('addressLine1', v)}
          />
          <TextField label="City" value={p.location.city} onChange={(v) => location('city', v)} />
          <RegionField
            country={p.location.country}
            value={p.location.region}
            onChange={(v) => location('region', v)}
          />
          <TextField
            label="Postal code"
            value={p.location.postalCode}
            onChange={(v) => location('postalCode', v)}
          />
          <PlacePicker
            label="Country"
            options={COUNTRY_OPTIONS}
            value={p.location.country ?? ''}
            onChange={(v) => location('country', v)}
            placeholder="Type a country"
          />
          <WorkRightsFields profile={p} set={set} />
        </div>
        <fieldset className="row" style={{ border: 'none', padding: 0 }}>
          <legend className="small muted">Work types you want</legend>
          {(['remote', 'hybrid', 'onsite'] as const).map((w) => (
            <CheckboxRow
              key={w}
              style={{ display: 'inline-flex' }}
              checked={p.workTypes.includes(w)}
              onChange={(wanted) =>
                set('workTypes', wanted ? [...p.workTypes, w] : p.workTypes.filter((x) => x !== w))
              }
            >
              {w === 'onsite' ? 'On-site' : w[0]!.toUpperCase() + w.slice(1)}
            </CheckboxRow>
          ))}
        </fieldset>
        <div style={grid2}>
          <ListField
            label="Target titles"
            values={p.targetTitles}
            // One error for the list: the schema names the entry ("targetTitles.2").
            error={Object.entries(errors).find(([path]) => path.startsWith('targetTitles.'))?.[1]}
            onChange={(v) => set('targetTitles', v)}
            placeholder="Backend Engineer, Platform Engineer"
          />
          <ListField
            label="Industries"
            values={p.industries}
            onChange={(v) => set('industries', v)}
            placeholder="Fintech, Robotics"
          />
          {/* Matching holds a posting that runs into one of these against it, and says why. */}
          <ListField
            label="Not interested in"
            values={p.ruledOut ?? []}
            onChange={(v) => set('ruledOut', v)}
            placeholder="People management, MLOps, ward-based"
          />
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr 1fr', gap: 8 }}>
          <TextField
            label="Salary currency"
            value={salary?.currency ?? ''}
            error={errors['salaryExpectation.currency']}
            onChange={(v) => setSalary({ currency: v.toUpperCase() })}
            placeholder="USD"
          />
          <TextField
            label="Minimum"
            type="number"
            value={salary?.min?.toString() ?? ''}
            onChange={(v) => setSalary({ min: num(v) })}
          />
          <TextField
            label="Maximum"
            type="number"
            value={salary?.max?.toString() ?? ''}
            error={errors['salaryExpectation.max']}
            onChange={(v) => setSalary({ max: num(v) })}
          />
          <SelectField
            label="Per"
            value={salary?.period ?? ''}
            options={
              [
                ['YEAR', 'Year'],
                ['MONTH', 'Month'],
                ['HOUR', 'Hour'],
              ] as const
            }
            onChange={(v) => (v ? setSalary({ period: v }) : set('salaryExpectation', null))}
          />
        </div>
      </section>
    </>
  );
}

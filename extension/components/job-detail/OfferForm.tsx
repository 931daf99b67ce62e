import { type Offer, OfferStatus, PayPeriod } from '../../../shared/domain/index.ts';
import type { Draft } from '../../lib/services/job-detail.ts';
import { text } from './act.ts';

const PERIOD_LABEL: Record<PayPeriod, string> = {
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
};

/** The form's values as an offer draft; a base that is no number stays as typed so the check names it. */
export function offerFromForm(form: FormData, jobId: string, offer?: Offer): Draft<Offer> {
  const base = text(form, 'baseSalary').replace(/[, ]/g, '');
  return {
    id: offer?.id,
    jobId,
    status: text(form, 'status') as OfferStatus,
    baseSalary: base ? Number(base) : null,
    currency: text(form, 'currency').toUpperCase() || null,
    period: (text(form, 'period') as PayPeriod) || null,
    bonus: text(form, 'bonus') || undefined,
    equity: text(form, 'equity') || undefined,
    benefits: text(form, 'benefits') || undefined,
    startDate: text(form, 'startDate') || null,
    respondBy: text(form, 'respondBy') || null,
    notes: text(form, 'notes'),
    negotiation: offer?.negotiation ?? [],
  };
}

export function OfferForm({ offer, onSave }: { offer?: Offer; onSave: (f: FormData) => void }) {
  return (
    <form
      className="stack"
      aria-label={offer ? 'Edit offer' : 'Add offer'}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(new FormData(e.currentTarget));
      }}
    >
      <div className="form-grid">
        <label>
          Base salary
          <input name="baseSalary" inputMode="decimal" defaultValue={offer?.baseSalary ?? ''} />
        </label>
        <label>
          Currency
          <input name="currency" maxLength={3} defaultValue={offer?.currency ?? 'USD'} />
        </label>
        <label>
          Paid
          <select name="period" defaultValue={offer?.period ?? 'YEAR'}>
            {PayPeriod.options.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABEL[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Bonus (amount or %)
          <input name="bonus" defaultValue={offer?.bonus} placeholder="10% or $15,000" />
        </label>
        <label>
          Equity
          <input name="equity" defaultValue={offer?.equity} placeholder="$80,000 over 4 years" />
        </label>
        <label>
          Status
          <select name="status" defaultValue={offer?.status ?? 'pending'}>
            {OfferStatus.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Start date
          <input type="date" name="startDate" defaultValue={offer?.startDate ?? ''} />
        </label>
        <label>
          Respond by
          <input type="date" name="respondBy" defaultValue={offer?.respondBy ?? ''} />
        </label>
      </div>
      <label>
        Benefits
        <textarea name="benefits" rows={2} defaultValue={offer?.benefits} />
      </label>
      <label>
        Notes
        <textarea name="notes" rows={2} defaultValue={offer?.notes} />
      </label>
      <button type="submit" className="primary">
        {offer ? 'Save offer' : 'Add offer'}
      </button>
    </form>
  );
}

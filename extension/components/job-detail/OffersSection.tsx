import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Offer } from '../../../shared/domain/index.ts';
import { normalizeOffer } from '../../../shared/offers/compare.ts';
import { db } from '../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { ErrorLine } from '../../lib/ui/ErrorLine.tsx';
import { useAct } from '../../lib/ui/use-act.ts';
import { type SectionProps, text, undoToast } from './act.ts';
import { EntryActions } from './EntryActions.tsx';
import { money } from './money.ts';
import { OfferForm, offerFromForm } from './OfferForm.tsx';

function Negotiation({
  offer,
  onAdd,
}: {
  offer: Offer;
  onAdd: (f: FormData, form: HTMLFormElement) => void;
}) {
  return (
    <div className="small">
      <strong>Negotiation</strong>
      <ol aria-label="Negotiation history">
        {(offer.negotiation ?? []).map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are an append-only list without ids.
          <li key={i}>
            {step.on}: {step.note}
          </li>
        ))}
      </ol>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(new FormData(e.currentTarget), e.currentTarget);
        }}
      >
        <input type="date" name="on" aria-label="Negotiation date" style={{ width: 150 }} />
        <input name="note" aria-label="What was asked or offered" placeholder="Asked for 10k more base" />
        <button type="submit">Add step</button>
      </form>
    </div>
  );
}

/** The job's offers with their yearly figures and negotiation history; add, edit, delete with undo. */
export function OffersSection({ jobId, onToast }: SectionProps) {
  const offers = useLiveQuery(() => db().offers.where('jobId').equals(jobId).sortBy('createdAt'), [jobId]);
  const { error, act } = useAct();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const save = (form: FormData, offer?: Offer) =>
    act(async () => {
      await bg.sendMessage('saveOffer', offerFromForm(form, jobId, offer));
      setEditing(null);
      setAdding(false);
    });
  const addStep = (offer: Offer, form: FormData, el: HTMLFormElement) =>
    act(async () => {
      const on = text(form, 'on') || new Date().toISOString().slice(0, 10);
      const negotiation = [...(offer.negotiation ?? []), { on, note: text(form, 'note') }];
      const { id, createdAt, updatedAt, ...rest } = offer;
      await bg.sendMessage('saveOffer', { ...rest, id, negotiation });
      el.reset();
    });
  const remove = (offer: Offer) =>
    act(async () => {
      const { trashId } = await bg.sendMessage('deleteJobDetail', { store: 'offers', id: offer.id });
      onToast(undoToast('Offer deleted', trashId));
    });
  return (
    <section aria-labelledby="offers-h">
      <h2 id="offers-h">Offers</h2>
      <ul className="entries" aria-label="Offers">
        {offers?.map((o) => {
          const n = normalizeOffer(o);
          return (
            <li key={o.id} className="card stack">
              {editing === o.id ? (
                <OfferForm offer={o} onSave={(f) => void save(f, o)} />
              ) : (
                <>
                  <div>
                    <strong>{money(n.total, n.currency)} a year</strong>{' '}
                    <span className="muted small">
                      base {money(n.base.yearly, n.currency)}
                      {o.bonus && ` · bonus ${o.bonus}`}
                      {o.equity && ` · equity ${o.equity}`} · {o.status}
                    </span>
                  </div>
                  <div className="small muted">
                    {o.startDate && `Starts ${o.startDate}. `}
                    {o.respondBy && `Answer by ${o.respondBy}. `}
                    {o.benefits}
                  </div>
                  {o.notes && <div className="small">{o.notes}</div>}
                  <Negotiation offer={o} onAdd={(f, el) => void addStep(o, f, el)} />
                  <div className="row small">
                    <EntryActions onEdit={() => setEditing(o.id)} onDelete={() => void remove(o)} />
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {adding ? (
        <OfferForm onSave={(f) => void save(f)} />
      ) : (
        <div className="row" style={{ marginTop: 8 }}>
          <button type="button" onClick={() => setAdding(true)}>
            Add offer
          </button>
          <a href="/job.html?compare=1">Compare offers</a>
        </div>
      )}
      <ErrorLine error={error} />
    </section>
  );
}

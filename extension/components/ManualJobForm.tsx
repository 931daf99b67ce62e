import { useState } from 'react';
import { parseLocations } from '../../shared/capture/normalize/location.ts';
import type { JobDraft } from '../../shared/domain/index.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { ErrorLine } from '../lib/ui/ErrorLine.tsx';

interface Props {
  /** Whatever the extractor found, to start from. */
  found: JobDraft | null;
  onSaved: (jobId: string) => void;
}

/** "No job posting found here": save it by hand, starting from what the page did show. */
export function ManualJobForm({ found, onSaved }: Props) {
  const [title, setTitle] = useState(found?.fields.title ?? '');
  const [company, setCompany] = useState(found?.fields.company ?? '');
  const [location, setLocation] = useState(found?.fields.locations?.map((l) => l.raw).join('; ') ?? '');
  const [url, setUrl] = useState(found?.url ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!title.trim()) return setError('Add a title to save the job.');
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return setError('Add the posting’s web address (starting with https://).');
    }
    const user = { source: 'user' as const, confidence: 1 };
    const fields = {
      title: title.trim(),
      company: company.trim() || undefined,
      locations: location.trim() ? parseLocations(location.replace(/;/g, '\n')) : undefined,
    };
    try {
      const { job } = await bg.sendMessage('saveDraft', {
        url: parsed.href,
        canonicalUrl: found?.canonicalUrl ?? parsed.href,
        ats: found?.ats ?? null,
        fields: { ...found?.fields, ...fields },
        provenance: {
          ...found?.provenance,
          title: user,
          ...(fields.company ? { company: user } : {}),
          ...(fields.locations ? { locations: user } : {}),
        },
        gaps: (found?.gaps ?? []).filter(
          (g) => g !== 'posting' && !(g in fields && fields[g as keyof typeof fields]),
        ),
        extractedAt: new Date().toISOString(),
      });
      onSaved(job.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form
      className="card stack"
      aria-label="Add this job by hand"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <strong>Add it by hand</strong>
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Company
        <input value={company} onChange={(e) => setCompany(e.target.value)} />
      </label>
      <label>
        Location
        <input value={location} onChange={(e) => setLocation(e.target.value)} />
      </label>
      <label>
        Link
        <input value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <ErrorLine error={error} />
      <button type="submit" className="primary">
        Save job
      </button>
    </form>
  );
}

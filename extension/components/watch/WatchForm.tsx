import { useState } from 'react';
import type { AlertFrequency } from '../../../shared/watch/alert.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** Follow a company by its board URL, with what its postings must look like to be announced. */
export function WatchForm() {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<AlertFrequency>('daily');
  const [titles, setTitles] = useState('');
  const [locations, setLocations] = useState('');
  const [remoteOnly, setRemoteOnly] = useState(false);
  const [minScore, setMinScore] = useState(60);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const submit = async () => {
    setMessage(null);
    try {
      const alert = await bg.sendMessage('watchCompany', {
        url,
        ...(name.trim() ? { name } : {}),
        frequency,
        criteria: { titles: list(titles), locations: list(locations), remoteOnly },
        minScore,
      });
      setMessage({ text: `Watching ${alert.name}.`, error: false });
      setUrl('');
      setName('');
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  };
  return (
    <form
      className="stack"
      aria-label="Watch a company"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="row">
        <label style={{ flex: 2 }}>
          Board URL
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://jobs.lever.co/company"
            required
          />
        </label>
        <label style={{ flex: 1 }}>
          Company name
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="optional" />
        </label>
      </div>
      <div className="row">
        <label>
          Titles containing
          <input value={titles} onChange={(e) => setTitles(e.target.value)} placeholder="backend, platform" />
        </label>
        <label>
          Locations
          <input
            value={locations}
            onChange={(e) => setLocations(e.target.value)}
            placeholder="Remote, Berlin"
          />
        </label>
        <label className="row small">
          <input type="checkbox" checked={remoteOnly} onChange={(e) => setRemoteOnly(e.target.checked)} />
          Remote only
        </label>
      </div>
      <div className="row">
        <label>
          Check
          <select value={frequency} onChange={(e) => setFrequency(e.target.value as AlertFrequency)}>
            <option value="daily">daily</option>
            <option value="weekly">weekly</option>
          </select>
        </label>
        <label>
          Notify from match
          <input
            type="number"
            min={0}
            max={100}
            value={minScore}
            onChange={(e) => setMinScore(Number(e.target.value))}
          />
        </label>
        <button type="submit" className="primary">
          Watch
        </button>
      </div>
      {message && (
        <p
          className={message.error ? 'notice error small' : 'small muted'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}

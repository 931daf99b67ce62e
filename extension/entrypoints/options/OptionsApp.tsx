import { DataSection } from './DataSection.tsx';

/** Settings page. The profile editor arrives with matching; data export/import lives here now. */
export function OptionsApp() {
  return (
    <main className="stack" style={{ maxWidth: 760, margin: '0 auto', padding: 24 }}>
      <h1>Jobraker settings</h1>
      <section className="card stack" aria-labelledby="profile-h">
        <h2 id="profile-h">Profile</h2>
        <p className="muted">Your profile powers matching and autofill. It stays in this browser.</p>
      </section>
      <DataSection />
    </main>
  );
}

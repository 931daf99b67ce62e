import { MarketAsksSection } from '../../components/learning/MarketAsksSection.tsx';
import { CompanyWatchSection } from '../../components/watch/CompanyWatchSection.tsx';
import { AutoApplySection } from './auto-apply/AutoApplySection.tsx';
import { DataSection } from './DataSection.tsx';
import { PipelineCsvSection } from './PipelineCsvSection.tsx';
import { ProfileEditor } from './profile/ProfileEditor.tsx';
import { ReminderSettings } from './ReminderSettings.tsx';

/** Settings page: the profile (which powers matching and autofill), auto-apply rules and your data. */
export function OptionsApp() {
  return (
    <main className="stack" style={{ maxWidth: 820, margin: '0 auto', padding: 24 }}>
      <header>
        <h1>Jobraker settings</h1>
        <p className="muted">
          Your profile powers matching and autofill. It stays in this browser unless you turn on sync.
        </p>
      </header>
      <ProfileEditor />
      <MarketAsksSection />
      <CompanyWatchSection />
      <AutoApplySection />
      <ReminderSettings />
      <DataSection />
      <PipelineCsvSection />
    </main>
  );
}

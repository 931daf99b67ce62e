import { browser } from 'wxt/browser';
import type { FirstRunState, FirstRunStep, KeyFacts } from '../../shared/domain/first-run.ts';
import type { Profile } from '../../shared/domain/index.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { useFirstRun } from '../lib/ui/first-run.ts';
import { KeyFactsList } from './first-run/KeyFactsList.tsx';

const STEP_TITLES: Record<FirstRunStep, string> = {
  resume: 'Import your resume',
  facts: 'Check three key facts',
  save: 'Save your first job',
};

const openSettings = () => void browser.runtime.openOptionsPage();
const record = (patch: FirstRunState) => void bg.sendMessage('setFirstRun', patch);

/**
 * The guided path shown the first time the side panel or popup opens: import a resume (or skip),
 * check the three facts matching and autofill lean on, then save a posting from the page. Each
 * step is done as soon as the data shows it; closing the guide hides it for good.
 */
export function FirstRun() {
  const run = useFirstRun();
  if (!run?.progress.show) return null;
  const { current, done } = run.progress;
  return (
    <section className="card stack" aria-labelledby="first-run-h" data-testid="first-run">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="first-run-h" style={{ margin: 0 }}>
          Get started
        </h2>
        <button type="button" onClick={() => record({ dismissed: true })}>
          Close the guide
        </button>
      </div>
      <ol className="stack" style={{ margin: 0, paddingLeft: 20 }}>
        {(Object.keys(STEP_TITLES) as FirstRunStep[]).map((step) => (
          <li key={step} aria-current={step === current ? 'step' : undefined}>
            <strong>{STEP_TITLES[step]}</strong>
            {done[step] && <span className="small"> · done</span>}
            {step === current && <StepBody step={step} facts={run.facts} profile={run.profile} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepBody({
  step,
  facts,
  profile,
}: {
  step: FirstRunStep;
  facts: KeyFacts;
  profile: Profile | null;
}) {
  if (step === 'resume') {
    return (
      <div className="stack small">
        <p style={{ margin: 0 }}>
          Jobraker reads your resume (PDF, DOCX or text) into a profile you check before anything is kept. It
          scores jobs against it and fills forms from it.
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={openSettings}>
            Import a resume
          </button>
          <button type="button" onClick={() => record({ resumeSkipped: true })}>
            Skip: I'll fill in my profile later
          </button>
        </div>
      </div>
    );
  }
  if (step === 'facts') {
    return (
      <div className="stack small">
        <KeyFactsList facts={facts} profile={profile} />
        <div className="row">
          <button type="button" className="primary" onClick={() => record({ factsChecked: true })}>
            These are right
          </button>
          <button type="button" onClick={openSettings}>
            Edit in settings
          </button>
        </div>
      </div>
    );
  }
  return (
    <p className="small" style={{ margin: 0 }}>
      Open any job posting and press <strong>Save to Jobraker</strong> at the bottom right of the page (or
      Alt+Shift+S). Its match score shows up here.
    </p>
  );
}

import { InterviewDateInput } from '../../components/interview-date-input.tsx';
import { InterviewDecksInput } from '../../components/interview-decks-input.tsx';
import { useProgress } from '../../store/progress/index.ts';
import { useUiPrefs } from '../../store/prefs/index.ts';
import './welcome.css';

/**
 * What a first-time user needs to know, and the countdown's date right here. Short: on a phone
 * it sits under "Study now" and must not push the decks far down; the terms fold away.
 * A region with a heading, not a dialog: it sits in the page's reading and tab order.
 */
export default function Welcome({ onClose }: { onClose: () => void }) {
  const dismiss = useUiPrefs((s) => s.dismissWelcome);
  const dateSet = useProgress((s) => s.settings.interviewAt !== null);

  const close = () => {
    dismiss();
    onClose();
    // The region and its button go away: keep the keyboard in the page, not on <body>.
    document.getElementById('main')?.focus();
  };

  return (
    <section className="panel welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to PrepDeck</h2>
      <p>Interview flashcards that come back just before you would forget them.</p>
      <details className="welcome-terms">
        <summary>How studying works</summary>
        <dl>
          <dt>Again, Hard, Good, Easy</dt>
          <dd>
            After revealing an answer, say how well you knew it: Again brings the card back in
            minutes, Easy in the longest time.
          </dd>
          <dt>Read or Study</dt>
          <dd>
            Read pages through a section’s answers; Study asks each question, you grade yourself,
            and the card is scheduled again.
          </dd>
          <dt>Cram</dt>
          <dd>A run through the cards that leaves their schedule alone.</dd>
          <dt>Quiz or Mock</dt>
          <dd>
            A quiz is a quick scored round at your own pace; a mock interview is timed questions you
            answer aloud.
          </dd>
        </dl>
      </details>
      <h3>When is your interview?</h3>
      <p className="hint">
        With a date, Home shows each day’s plan so every card is ready by then. Settings can change
        it later.
      </p>
      <InterviewDateInput onSaved={dismiss} />
      <p role="status">{dateSet ? 'Saved: your countdown is below.' : ''}</p>
      {dateSet && <InterviewDecksInput />}
      <div className="actions">
        <button type="button" onClick={close}>
          {dateSet ? 'Done' : 'Got it, hide this'}
        </button>
      </div>
    </section>
  );
}

import type { DeclineReason, SideAnswer as Answer } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';

interface SideView {
  answer: Answer | null;
  answeredAt: string | null;
  reason?: DeclineReason | null;
  note?: string | null;
}

/** One side's answer to a proposal; the reason and note only reach those allowed to read them. */
export function SideAnswer({ label, side }: { label: string; side: SideView }) {
  const { t, formatDate } = useI18n();
  const answer = side.answer ?? 'PENDING';
  return (
    <div className="side-answer" data-testid="side-answer">
      <p className="side-answer__label">{label}</p>
      <p>
        <span className={`badge badge--answer badge--answer-${answer.toLowerCase()}`}>{t(`answer.${answer}`)}</span>
        {side.answeredAt && (
          <time className="muted" dateTime={side.answeredAt}>
            {' '}
            {formatDate(side.answeredAt)}
          </time>
        )}
      </p>
      {side.reason && <p>{t(`declineReason.${side.reason}`)}</p>}
      {side.note && (
        <p className="side-answer__note" dir="auto">
          {side.note}
        </p>
      )}
    </div>
  );
}

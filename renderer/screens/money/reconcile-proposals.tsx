import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../shared/money/bank.schemas';
import { formatShortDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { Listbox } from './reconcile-listbox';

/** A score in words: the figure orders the proposals, the word is what a treasurer reads. */
export function scoreWord(score: number): 'high' | 'medium' | 'low' {
  return score >= 80 ? 'high' : score >= 50 ? 'medium' : 'low';
}

interface ReconcileProposalsProps {
  proposals: readonly Proposal[];
  active: number;
  onMove: (index: number) => void;
  onAccept: (index: number) => void;
  onBack: () => void;
  listRef: Ref<HTMLUListElement>;
  categoryOf: (id: number | null) => string | null;
  fundOf: (id: number | null) => string | null;
}

/**
 * A line's proposals, surest first, each saying what accepting would do (confirm an ordered payment, record a standing
 * order's payment, a donation to a fund, a saved rule), into which category and fund, and why it is proposed.
 */
export function ReconcileProposals({
  proposals,
  active,
  onMove,
  onAccept,
  onBack,
  listRef,
  categoryOf,
  fundOf,
}: ReconcileProposalsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const k = 'money.reconcile.lines';
  return (
    <Listbox
      items={proposals}
      keyOf={(proposal) => `${proposal.choice.kind}-${Object.values(proposal.choice).join('-')}`}
      label={t(`${k}.proposalsList`)}
      active={active}
      onMove={onMove}
      onEnter={onAccept}
      onEscape={onBack}
      listRef={listRef}
      className="proposal-list"
      render={(proposal) => {
        const into = [categoryOf(proposal.categoryId), fundOf(proposal.fundId)].filter(Boolean).join(' → ');
        return (
          <span className="proposal">
            <span className="proposal-head">
              <strong>{t(`${k}.kind.${proposal.choice.kind}`)}</strong>
              <span className={`proposal-score proposal-score-${scoreWord(proposal.score)}`}>
                {t(`${k}.score.${scoreWord(proposal.score)}`)}
              </span>
            </span>
            <span>{proposal.label}</span>
            {into && <span>{into}</span>}
            {proposal.dated && (
              <span className="muted">{t(`${k}.dated`, { date: formatShortDate(proposal.dated, language) })}</span>
            )}
            {proposal.reasons.length > 0 && (
              <span className="muted">
                {proposal.reasons.map((reason) => t(`money.bank.reasons.${reason}`)).join(' · ')}
              </span>
            )}
          </span>
        );
      }}
    />
  );
}

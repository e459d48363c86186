import { useState, type Ref, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankLine } from '../../../shared/money/bank.schemas';
import { useBankLineProposals, useBankWrite } from '../../api/bank.queries';
import { errorCodeOf } from '../../api/client-error';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { ReconcileCreateForm, type Choice, type CreatedEntry } from './reconcile-create-form';
import { ReconcileLine } from './reconcile-line';
import { ReconcileProposals } from './reconcile-proposals';
import { useRecordedBy } from './recorded-by';

interface ReconcileLineDetailProps {
  line: BankLine;
  /** The categories a new entry may take (income for money in, expense for money out). */
  categories: readonly Choice[];
  /** Every category, to name the one a proposal would use. */
  allCategories: readonly Choice[];
  funds: readonly Choice[];
  defaultFundId: number | null;
  proposalsRef: RefObject<HTMLUListElement | null>;
  /** Back to the list of lines (Escape in the proposals, and after each decision). */
  onBack: () => void;
  onDone: (message: 'accepted' | 'ignored') => void;
}

/**
 * One open bank line and what can become of it: its proposals (Enter accepts the active one), a new entry split
 * between categories and funds, or ignored. Nothing happens without one of these choices; with "always propose
 * this", accepting or creating also saves a rule for the counterparty, which only ever proposes.
 */
export function ReconcileLineDetail({
  line,
  categories,
  allCategories,
  funds,
  defaultFundId,
  proposalsRef,
  onBack,
  onDone,
}: ReconcileLineDetailProps) {
  const { t } = useTranslation();
  const k = 'money.reconcile.lines';
  const byMemberId = useRecordedBy();
  const proposals = useBankLineProposals(line.id);
  const accept = useBankWrite('bankLines:accept');
  const create = useBankWrite('bankLines:create');
  const ignore = useBankWrite('bankLines:ignore');
  const rule = useBankWrite('bankRules:create');
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState(false);
  const [saveRule, setSaveRule] = useState(false);
  const list = proposals.data?.proposals ?? [];
  const label = (rows: readonly Choice[]) => (id: number | null) => rows.find((row) => row.id === id)?.label ?? null;
  const busy = accept.isPending || create.isPending || ignore.isPending || rule.isPending;
  const ruleFor = (categoryId: number | null, fundId: number | null) =>
    saveRule && line.payerName && categoryId !== null && fundId !== null
      ? rule.mutateAsync({ counterparty: line.payerName, categoryId, fundId, accountId: line.accountId, byMemberId })
      : Promise.resolve(null);

  // Awaited, not mutate()'s callbacks: the decided line leaves the list and this panel with it, and the rule and
  // the message must still follow.
  const decide = async (write: () => Promise<unknown>, categoryId: number | null, fundId: number | null) => {
    try {
      await write();
      await ruleFor(categoryId, fundId);
      onDone('accepted');
    } catch {
      // The failed call's error is on its mutation, shown below while the line is still here.
    }
  };
  const acceptAt = (index: number) => {
    const proposal = list[index];
    if (!proposal || busy) return;
    void decide(
      () => accept.mutateAsync({ lineId: line.id, proposal: proposal.choice, byMemberId }),
      proposal.categoryId,
      proposal.fundId,
    );
  };
  const createEntry = (entry: CreatedEntry) => {
    const first = entry.splits[0];
    void decide(
      () =>
        create.mutateAsync({
          lineId: line.id,
          splits: entry.splits,
          links: { prisonerId: entry.prisonerId },
          byMemberId,
        }),
      first?.categoryId ?? null,
      first?.fundId ?? null,
    );
  };
  const ignoreLine = () =>
    void ignore
      .mutateAsync({ lineId: line.id, byMemberId })
      .then(() => onDone('ignored'))
      .catch(() => undefined);
  const error = accept.error ?? create.error ?? ignore.error ?? rule.error;

  return (
    <section className="panel bank-line-detail" aria-labelledby="bank-line-heading">
      <h3 id="bank-line-heading" className="visually-hidden">
        {t(`${k}.proposalsHeading`)}
      </h3>
      <p className="bank-line-full">
        <ReconcileLine line={line} full />
      </p>
      {proposals.isPending ? null : list.length > 0 ? (
        <ReconcileProposals
          proposals={list}
          active={active}
          onMove={setActive}
          onAccept={acceptAt}
          onBack={onBack}
          listRef={proposalsRef as Ref<HTMLUListElement>}
          categoryOf={label(allCategories)}
          fundOf={label(funds)}
        />
      ) : (
        <p className="muted">{t(`${k}.noProposal`)}</p>
      )}
      {line.payerName && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={saveRule}
            aria-describedby="bank-save-rule-hint"
            onChange={(event) => setSaveRule(event.target.checked)}
          />
          {t(`${k}.saveRule`)}
        </label>
      )}
      {line.payerName && (
        <p id="bank-save-rule-hint" className="hint">
          {t(`${k}.saveRuleHint`)}
        </p>
      )}
      {!creating && (
        <div className="toolbar">
          {list.length > 0 && (
            <BusyButton busy={accept.isPending} busyLabel={t(`${k}.accept`)} onClick={() => acceptAt(active)}>
              {t(`${k}.accept`)}
            </BusyButton>
          )}
          <button type="button" className="button-secondary" onClick={() => setCreating(true)}>
            {t(`${k}.splitOrCreate`)}
          </button>
          <BusyButton
            busy={ignore.isPending}
            busyLabel={t(`${k}.ignore`)}
            className="button-quiet"
            title={t(`${k}.ignoreHint`)}
            onClick={ignoreLine}
          >
            {t(`${k}.ignore`)}
          </BusyButton>
        </div>
      )}
      {creating && (
        <ReconcileCreateForm
          line={line}
          categories={categories}
          funds={funds}
          defaultFundId={defaultFundId}
          busy={create.isPending}
          onCreate={createEntry}
          onCancel={() => setCreating(false)}
        />
      )}
      <ErrorAlert code={error ? errorCodeOf(error) : null} />
    </section>
  );
}

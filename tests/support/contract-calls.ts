import fc from 'fast-check';
import type { Channel } from '../../shared/channels';
import { contract } from '../../shared/contract';
import { isErrorCode } from '../../shared/errors';
import type { ParloirApp } from '../../electron/services/create-app';
import { dispatch } from '../../electron/services/dispatch';
import { PASSPHRASE } from './cheap-kdf';
import { resolveRefs } from './contract-inputs';
import type { VaultModel } from './fuzz-vault-model';
import { vaultProblems } from './vault-invariants';

/** Every answer a sequence got, by channel: what the run reached (`ok`, or an error code). */
export type Outcomes = Map<Channel, Map<string, number>>;

function count(outcomes: Outcomes, channel: Channel, outcome: string): void {
  const byOutcome = outcomes.get(channel) ?? new Map<string, number>();
  byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  outcomes.set(channel, byOutcome);
}

/** One call with its generated input (row ids still placeholders until it runs). */
export interface PlannedCall {
  channel: Channel;
  input: unknown;
}

const describeCall = (call: PlannedCall) => `${call.channel} ${fc.stringify(call.input)}`;

/**
 * Makes the call as every host does, and fails on INTERNAL or on a code shared/errors.ts does not know. Returns the
 * call as made (row ids resolved, for the messages) and its value when it succeeded.
 */
export async function perform(
  call: PlannedCall,
  model: VaultModel,
  real: ParloirApp,
  outcomes: Outcomes,
): Promise<{ shown: string; value?: unknown }> {
  const input = resolveRefs(call.input, (ref) => model.resolve(ref));
  const shown = `${call.channel} ${fc.stringify(input)}`;
  if (!contract[call.channel].input.safeParse(input).success)
    throw new Error(`The generator made an invalid input: ${shown}`);
  let thrown: unknown;
  const envelope = await dispatch(real, call.channel, input, (_channel, error) => {
    thrown = error;
  });
  if (!envelope.ok) {
    const { code } = envelope.error;
    count(outcomes, call.channel, code);
    if (code === 'INTERNAL' || !isErrorCode(code)) {
      const cause = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
      throw new Error(`${shown}\nanswered ${code}, thrown:\n${cause}`);
    }
    return { shown };
  }
  count(outcomes, call.channel, 'ok');
  const value = envelope.value as { jobId?: unknown };
  if (typeof value.jobId === 'string') model.noteJob(value.jobId);
  return { shown, value };
}

/** After the calls: an open vault must pass every check; then the model reads which rows exist now. */
export async function checkVault(made: readonly string[], model: VaultModel, real: ParloirApp): Promise<void> {
  if (!real.context.vault.isUnlocked) return;
  const db = real.context.vault.db;
  const problems = await vaultProblems(db);
  if (problems.length > 0) throw new Error(`${made.join('\n')}\nleft the vault inconsistent:\n${problems.join('\n')}`);
  await model.refresh(db);
}

/** One call, then the checks. */
export class Call implements fc.AsyncCommand<VaultModel, ParloirApp> {
  constructor(
    readonly planned: PlannedCall,
    readonly outcomes: Outcomes,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: VaultModel, real: ParloirApp): Promise<void> {
    await checkVault([(await perform(this.planned, model, real, this.outcomes)).shown], model, real);
  }

  toString(): string {
    return describeCall(this.planned);
  }
}

/**
 * Calls made at once, as a window's requests overlap (a list refreshing while a save runs), sometimes with a lock
 * among them (the idle timer, the lock shortcut, the session locking): each still answers with a known code.
 */
export class Overlapping implements fc.AsyncCommand<VaultModel, ParloirApp> {
  constructor(
    readonly planned: readonly PlannedCall[],
    readonly outcomes: Outcomes,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: VaultModel, real: ParloirApp): Promise<void> {
    const results = await Promise.allSettled(this.planned.map((call) => perform(call, model, real, this.outcomes)));
    const made: string[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') made.push(result.value.shown);
      else
        throw new Error(
          `Made at once: ${this.toString()}\n${result.reason instanceof Error ? result.reason.message : String(result.reason)}`,
        );
    }
    // The user comes back: an unlock (a third of a second) here keeps the rest of the sequence on an open vault.
    if (this.planned.some((call) => call.channel === 'vault:lock') && !real.context.vault.isUnlocked) {
      await perform(
        { channel: 'vault:unlock', input: { method: 'passphrase', secret: PASSPHRASE } },
        model,
        real,
        this.outcomes,
      );
      if (!real.context.vault.isUnlocked)
        throw new Error(`Made at once: ${this.toString()}\nthe vault did not unlock again`);
    }
    await checkVault(made, model, real);
  }

  toString(): string {
    return `[${this.planned.map(describeCall).join(' | ')}]`;
  }
}

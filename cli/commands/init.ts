import type { OutputOf } from '../../shared/contract';
import { CliError, type Failure } from '../cli-error';
import { cliApp, requireDataDir, type CliContext } from '../cli-context';

/** `parloir init`: creates the vault (passphrase typed twice) and prints its recovery code, the only time it is shown. */
export async function init(ctx: CliContext): Promise<Failure | null> {
  if (ctx.positionals.length > 0 || ctx.recoveryCode) throw new CliError('USAGE');
  const dataDir = requireDataDir(ctx);
  const first = await ctx.secrets.next(ctx.t('prompt.passphrase'));
  if (!first) throw new CliError('SECRET_REQUIRED');
  const second = await ctx.secrets.next(ctx.t('prompt.passphraseAgain'));
  if (second !== first) throw new CliError('PASSPHRASE_MISMATCH');
  const app = cliApp(ctx);
  try {
    const created = await app.call('vault:create', { passphrase: first });
    if (!created.ok) {
      if (created.error.code === 'WEAK_PASSPHRASE') {
        // Loaded here only: its dictionaries would slow every other command's start.
        const { assessPassphrase } = await import('../../shared/vault/passphrase-strength');
        const assessment = assessPassphrase(first, ctx.language);
        const advices = [assessment.warning, ...assessment.suggestions];
        if (assessment.tooShort) advices.push(ctx.t('translation:passphrase.tooShort'));
        if (assessment.activistWords.length > 0) {
          advices.push(ctx.t('translation:passphrase.activistWords', { words: assessment.activistWords.join(', ') }));
        }
        for (const advice of advices) if (advice) ctx.err(`${ctx.t('weakAdvice', { advice })}\n`);
      }
      return created.error;
    }
    const { recoveryCode } = created.value as OutputOf<'vault:create'>;
    ctx.out(`${ctx.t('init.created', { dir: dataDir })}\n${ctx.t('init.recoveryCode')}\n\n${recoveryCode}\n`);
    return null;
  } finally {
    await app.context.vault.lock();
  }
}

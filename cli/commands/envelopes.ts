import { envelopeFormatIds, envelopeWindows } from '../../shared/printing/printing.schemas';
import { CliError, type Failure } from '../cli-error';
import type { CliContext } from '../cli-context';
import { printToFile, type PrintFlags } from './print-to-file';

const isFormat = (value: string): value is (typeof envelopeFormatIds)[number] =>
  (envelopeFormatIds as readonly string[]).includes(value);
const isWindow = (value: string): value is (typeof envelopeWindows)[number] =>
  (envelopeWindows as readonly string[]).includes(value);

/** `parloir envelopes --format <id> [--window W] [--tag T ...] --out <file.pdf>`: sent from the group's address when it has one. */
export async function envelopes(ctx: CliContext, flags: PrintFlags): Promise<Failure | null> {
  const format = flags.format;
  const window = flags.window ?? 'none';
  if (!format || !isFormat(format) || !isWindow(window)) throw new CliError('USAGE');
  return printToFile(ctx, flags, { kind: 'envelopes', format, window });
}

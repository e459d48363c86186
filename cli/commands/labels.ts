import { CliError, type Failure } from '../cli-error';
import type { CliContext } from '../cli-context';
import { printToFile, wholeNumber, type PrintFlags } from './print-to-file';

/** `parloir labels --sheet <id> [--start-row R --start-col C] [--tag T ... | --evening N] [--copies N] --out <file.pdf>` */
export async function labels(ctx: CliContext, flags: PrintFlags): Promise<Failure | null> {
  if (!flags.sheet) throw new CliError('USAGE');
  return printToFile(ctx, flags, {
    kind: 'labels',
    sheetId: flags.sheet,
    startRow: wholeNumber(flags.startRow, 1),
    startColumn: wholeNumber(flags.startCol, 1),
    copies: wholeNumber(flags.copies, 1),
  });
}

import readline from 'node:readline';
import { Writable } from 'node:stream';

/**
 * Secrets come from standard input, one per line: piped by a script, or typed at a terminal without echo. They are
 * never taken from the arguments, which the shell history, the process list and npm's logs show to anyone; nor is
 * anything else that names people (`call`'s JSON input comes after the secret, on the same input).
 */
export interface SecretReader {
  /** The next line (without its line ending), or null at the end of the input. */
  next(prompt: string): Promise<string | null>;
  /**
   * The input that follows the secret (call's JSON): everything left when it is piped; at a terminal, one line typed
   * after the prompt, without echo, so that a command needing no input does not wait for Ctrl+D.
   */
  rest(prompt: string): Promise<string>;
  close(): void;
}

export function readSecrets(
  input: NodeJS.ReadStream = process.stdin,
  prompts: NodeJS.WriteStream = process.stderr,
): SecretReader {
  const terminal = input.isTTY === true;
  // At a terminal, readline echoes through `output`: a sink that drops everything means nothing typed is shown.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = readline.createInterface({
    input,
    output: terminal ? silent : undefined,
    terminal,
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const take = async (): Promise<string | null> => {
    const result = await iterator.next();
    return result.done ? null : String(result.value).replace(/\r$/, '');
  };
  const next = async (prompt: string): Promise<string | null> => {
    if (terminal) prompts.write(prompt);
    const line = await take();
    if (terminal) prompts.write('\n');
    return line;
  };
  return {
    next,
    async rest(prompt) {
      if (terminal) return (await next(prompt)) ?? '';
      const parts: string[] = [];
      for (let line = await take(); line !== null; line = await take()) parts.push(line);
      return parts.join('\n');
    },
    close() {
      lines.close();
    },
  };
}

import { compactJson, dedent, shortenStrings } from './answer-format';
import type { AnswerError, GatewayAnswer } from './gateway-client';

/** One request of the journey and its answer, as a front end sent and received them. */
export interface Exchange {
  /** Who asked, in words ("Dana Okafor, employment adviser (employability)"). */
  who: string;
  query: string;
  variables: Record<string, unknown>;
  /** The whole answer. */
  answer: GatewayAnswer;
  /** The part of the answer worth showing (the person the story follows), when the whole would be too long. */
  shown: GatewayAnswer<unknown>;
}

/** Where the journey tells its story: the terminal, or (in tests) nowhere or a list. */
export interface Printer {
  step(title: string): void;
  say(text: string): void;
  exchange(exchange: Exchange): void;
}

export const silentPrinter: Printer = { step() {}, say() {}, exchange() {} };

/** An error as a reader needs it: where, which code and category, and the message. */
export function errorSummary(error: AnswerError): Record<string, unknown> {
  return {
    path: error.path?.join('.'),
    code: error.extensions?.code,
    ...(error.extensions?.category ? { category: error.extensions.category } : {}),
    message: error.message,
  };
}

const indent = (text: string, margin: string) => text.split('\n').map((line) => margin + line).join('\n');

/** Prints the journey for a person at a terminal: a heading per step, the query indented, the answer as compact JSON. */
export function terminalPrinter(write: (text: string) => void = (text) => process.stdout.write(`${text}\n`)): Printer {
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  const style = (code: string) => (text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const bold = style('1');
  const dim = style('2');
  const cyan = style('36');
  let number = 0;
  let afterBlank = true;
  /** One blank line between parts, never two. */
  const blank = () => {
    if (!afterBlank) write('');
    afterBlank = true;
  };
  const print = (text: string) => {
    write(text);
    afterBlank = false;
  };
  return {
    step(title) {
      number += 1;
      const heading = `${number}. ${title}`;
      blank();
      print(`${bold(cyan(heading))}\n${cyan('─'.repeat(Math.min(heading.length, 100)))}`);
    },
    say(text) {
      print(`  ${text}`);
    },
    exchange({ who, query, variables, shown }) {
      blank();
      print(dim(`  ▸ ${who} asks:`));
      print(indent(dedent(query), '      '));
      if (Object.keys(variables).length > 0) {
        print(indent(`variables: ${compactJson(shortenStrings(variables), '', 100, 'variables: '.length)}`, '      '));
      }
      print(dim('  ◂ the hub answers:'));
      const body = {
        data: shortenStrings(shown.data),
        ...(shown.errors.length ? { errors: shown.errors.map((error) => shortenStrings(errorSummary(error), 110)) } : {}),
      };
      print(indent(compactJson(body, '', 100), '      '));
      blank();
    },
  };
}

// Assess self-check answers from the command line, as the popup does.
//   npm run --silent assess -- answers.json
//   echo '{"when":["stretching"],"duration":"days"}' | npm run --silent assess -- -
// Prints {"triage","firstAid","causes":[{"id","score","reasons"}],"tips","redFlags"} as JSON:
// firstAid is the ids of what to do first (knowledge/data/first-aid.json), the call first.
// Exit status: 0 assessed, 2 the answers are not valid (said in plain words on stderr).
import { readFileSync } from 'node:fs';
import { assess, assessmentJson } from '@/knowledge/assess/assess';
import { parseAnswers } from '@/knowledge/assess/answers';

const USAGE = 'Usage: npm run --silent assess -- <answers.json | ->';

function fail(lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length !== 1) fail(['Give one answers file, or - to read the answers from standard input.', USAGE]);
const file = args[0]!;

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail([`Could not read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`]);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail([`The answers are not valid JSON: ${(error as Error).message}`, USAGE]);
}

const parsed = parseAnswers(json);
if (!parsed.ok) fail(['The answers are not valid:', ...parsed.errors.map((e) => `- ${e}`)]);
process.stdout.write(`${JSON.stringify(assessmentJson(assess(parsed.answers)), null, 2)}\n`);

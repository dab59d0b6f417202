import { assertBrowserTestsCanRun } from './paths';

export default function setup(): void {
  assertBrowserTestsCanRun();
}

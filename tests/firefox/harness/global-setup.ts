import { assertFirefoxTestsCanRun } from './firefox';

export default function setup(): void {
  assertFirefoxTestsCanRun();
}

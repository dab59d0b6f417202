import type { Draft } from './draft';

export type StepProps = {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  onBack: () => void;
  onNext: () => void;
  focusHeading: boolean;
};

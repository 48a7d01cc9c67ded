/**
 * Turns a question (one or more prompts that end in a value, Back or Escape)
 * into a step of a multi-step flow: the question is asked with the answers so
 * far (to prefill them), and its value is written back into the answers.
 */
import type { FlowStep, StepFrame, StepOutcome } from '../../core/forms/stepFlow';
import type { PromptResult } from './prompts';

export function toOutcome<A, T>(result: PromptResult<T>, write: (value: T) => A): StepOutcome<A> {
  switch (result.kind) {
    case 'value':
      return { kind: 'next', answers: write(result.value) };
    case 'back':
      return { kind: 'back' };
    case 'cancel':
    case 'action':
      // Flows built from steps offer no actions of their own.
      return { kind: 'cancel' };
  }
}

export function questionStep<A, T>(spec: {
  id: string;
  applies?: (answers: Readonly<A>) => boolean;
  ask: (frame: StepFrame, answers: Readonly<A>) => Promise<PromptResult<T>>;
  write: (answers: Readonly<A>, value: T) => A;
}): FlowStep<A> {
  return {
    id: spec.id,
    applies: spec.applies,
    async ask(frame, answers) {
      return toOutcome(await spec.ask(frame, answers), (value) => spec.write(answers, value));
    },
  };
}

/**
 * Builders that turn a question (an InputBox or a QuickPick through Prompts)
 * into a step of a multi-step flow: they read the answer kept so far to
 * prefill, and write the new answer back.
 */
import type { Feedback } from '../../core/forms/feedback';
import type { FlowStep, StepOutcome } from '../../core/forms/stepFlow';
import type { PickItem, PromptResult, Prompts } from './prompts';

interface StepBase<A> {
  id: string;
  applies?: (answers: Readonly<A>) => boolean;
  placeholder?: string;
}

export interface InputStepSpec<A> extends StepBase<A> {
  prompt?: string | ((answers: Readonly<A>) => string);
  read: (answers: Readonly<A>) => string;
  write: (answers: Readonly<A>, text: string) => A;
  validate?: (text: string, answers: Readonly<A>) => Feedback | undefined;
}

export interface PickStepSpec<A, T> extends StepBase<A> {
  items: (answers: Readonly<A>) => readonly PickItem<T>[];
  /** Highlights the previous answer when the step is shown again. */
  isCurrent?: (answers: Readonly<A>, value: T) => boolean;
  write: (answers: Readonly<A>, value: T) => A;
}

export interface PickManyStepSpec<A, T> extends StepBase<A> {
  /** Items come with `picked` set from the answers so far. */
  items: (answers: Readonly<A>) => readonly PickItem<T>[];
  write: (answers: Readonly<A>, values: T[]) => A;
}

function toOutcome<A, T>(result: PromptResult<T>, write: (value: T) => A): StepOutcome<A> {
  switch (result.kind) {
    case 'value':
      return { kind: 'next', answers: write(result.value) };
    case 'back':
      return { kind: 'back' };
    case 'cancel':
      return { kind: 'cancel' };
  }
}

export function inputStep<A>(prompts: Prompts, spec: InputStepSpec<A>): FlowStep<A> {
  return {
    id: spec.id,
    applies: spec.applies,
    async ask(frame, answers) {
      const result = await prompts.input({
        frame,
        prompt: typeof spec.prompt === 'function' ? spec.prompt(answers) : spec.prompt,
        placeholder: spec.placeholder,
        value: spec.read(answers),
        validate: spec.validate === undefined ? undefined : (text) => spec.validate?.(text, answers),
      });
      return toOutcome(result, (text) => spec.write(answers, text));
    },
  };
}

export function pickStep<A, T>(prompts: Prompts, spec: PickStepSpec<A, T>): FlowStep<A> {
  return {
    id: spec.id,
    applies: spec.applies,
    async ask(frame, answers) {
      const isCurrent = spec.isCurrent;
      const result = await prompts.pick({
        frame,
        placeholder: spec.placeholder,
        items: spec.items(answers),
        active: isCurrent === undefined ? undefined : (value) => isCurrent(answers, value),
      });
      return toOutcome(result, (value) => spec.write(answers, value));
    },
  };
}

export function pickManyStep<A, T>(prompts: Prompts, spec: PickManyStepSpec<A, T>): FlowStep<A> {
  return {
    id: spec.id,
    applies: spec.applies,
    async ask(frame, answers) {
      const result = await prompts.pickMany({ frame, placeholder: spec.placeholder, items: spec.items(answers) });
      return toOutcome(result, (values) => spec.write(answers, values));
    },
  };
}

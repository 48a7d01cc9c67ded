/**
 * The navigation of a multi-step input, without any UI: which step comes next,
 * what Back returns to, what the step counter says. Steps that do not apply to
 * the answers so far (e.g. the currency unit of a number key result) are skipped
 * and not counted. Nothing here sends anything: a flow ends with the answers.
 */

/** What one step of the UI came back with. */
export type StepOutcome<A> = { kind: 'next'; answers: A } | { kind: 'back' } | { kind: 'cancel' };

/** What a step shows in the title bar: "Create Goal (2/5)" with a Back button after the first. */
export interface StepFrame {
  title: string;
  step: number;
  totalSteps: number;
  canGoBack: boolean;
}

export interface FlowStep<A> {
  readonly id: string;
  /** When false for the answers so far, the step is skipped and not counted. */
  applies?(answers: Readonly<A>): boolean;
  ask(frame: StepFrame, answers: Readonly<A>): Promise<StepOutcome<A>>;
}

/** 'done' carries the final answers; 'cancelled' the answers given before Escape. */
export type FlowResult<A> = { kind: 'done'; answers: A } | { kind: 'cancelled'; answers: A };

function applicable<A>(steps: readonly FlowStep<A>[], answers: A): FlowStep<A>[] {
  return steps.filter((step) => step.applies?.(answers) ?? true);
}

/** Runs the steps in order; Back returns to the previous step shown, keeping every answer given. */
export async function runFlow<A>(title: string, steps: readonly FlowStep<A>[], initial: A): Promise<FlowResult<A>> {
  let answers = initial;
  const shown: string[] = [];
  let index = 0;
  for (;;) {
    const active = applicable(steps, answers);
    const step = active[index];
    if (step === undefined) {
      return { kind: 'done', answers };
    }
    const frame: StepFrame = { title, step: index + 1, totalSteps: active.length, canGoBack: shown.length > 0 };
    const outcome = await step.ask(frame, answers);
    if (outcome.kind === 'cancel') {
      return { kind: 'cancelled', answers };
    }
    if (outcome.kind === 'back') {
      const previous = shown.pop();
      const at = previous === undefined ? -1 : applicable(steps, answers).findIndex((s) => s.id === previous);
      index = Math.max(0, at);
      continue;
    }
    answers = outcome.answers;
    shown.push(step.id);
    // Re-find the position: an answer may change which steps apply (e.g. the key-result type).
    const now = applicable(steps, answers);
    const position = now.findIndex((s) => s.id === step.id);
    index = position >= 0 ? position + 1 : index + 1;
  }
}

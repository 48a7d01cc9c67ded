/**
 * How many goals each list of the Goals tree shows: a page (200) at first, a page more each time
 * "Show more goals" is clicked. VS Code draws every child a tree returns, so a Workspace with
 * thousands of goals in one list would otherwise cost seconds before the first paint.
 */
export const GOALS_PER_PAGE = 200;

export class GoalPages {
  private readonly limits = new Map<string, number>();

  /** How many goals the list (a folder id, or '' for the goals in no folder) shows. */
  limit(parentKey: string): number {
    return this.limits.get(parentKey) ?? GOALS_PER_PAGE;
  }

  showMore(parentKey: string): void {
    this.limits.set(parentKey, this.limit(parentKey) + GOALS_PER_PAGE);
  }

  /** Makes the list show the goal at `index` (to reveal it); true when that took another page. */
  include(parentKey: string, index: number): boolean {
    if (index < this.limit(parentKey)) {
      return false;
    }
    this.limits.set(parentKey, (Math.floor(index / GOALS_PER_PAGE) + 1) * GOALS_PER_PAGE);
    return true;
  }
}

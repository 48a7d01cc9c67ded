/** The goal page's webview type: its panels, their serializer and the onWebviewPanel activation event. */
export const GOAL_PAGE_VIEW_TYPE = 'clickupGoals.goalPage';

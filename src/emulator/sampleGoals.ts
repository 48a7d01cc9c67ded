/**
 * The demo Workspace's goals: every key-result type, several owners, a
 * completed goal, an archived one, one without key results, overdue and
 * upcoming due dates. Member indexes: 0 Maya (the token's user), 1 Jonas,
 * 2 Priya, 3 Diego, 4 Hannah, 5 Kenji.
 */
import type { GoalSpec } from './state/builder';

export interface SampleFolders {
  company: string;
  engineering: string;
  success: string;
}

export function sampleGoals(folders: SampleFolders, daysToQuarterEnd: number): GoalSpec[] {
  const q = daysToQuarterEnd;
  return [
    {
      name: 'Reach €1M in annual recurring revenue', folderId: folders.company, color: '#32a852', owners: [0, 3],
      description: 'Board target for the year. Track new bookings and expansion separately in the weekly revenue review.',
      createdDaysAgo: 60, startInDays: -60, dueInDays: q, pinned: true, members: [1, 2],
      keyResults: [
        { name: 'Annual recurring revenue', type: 'currency', unit: '€', start: 0, end: 1_000_000, current: 250_000, owners: [3], note: 'Two Hamburg logistics deals closed this week.', updatedDaysAgo: 2 },
        { name: 'New enterprise customers', type: 'number', start: 0, end: 50, current: 30, owners: [3, 0], note: 'Weekly update from the revenue review.', updatedDaysAgo: 4 },
        { name: 'Net revenue retention', type: 'percentage', start: 0, end: 100, current: 62, owners: [0], note: 'Q-to-date figure from the finance dashboard.', updatedDaysAgo: 9 },
      ],
    },
    {
      name: 'Launch Northwind in the DACH market', folderId: folders.company, color: '#e5484d', owners: [4],
      description: 'Localised product, two reseller partners and a launch event in Berlin.',
      createdDaysAgo: 45, startInDays: -40, dueInDays: q + 30,
      keyResults: [
        { name: 'Launch checklist tasks done', type: 'automatic', start: 0, end: 20, current: 12, owners: [4] },
        { name: 'German localisation shipped', type: 'boolean', start: 0, end: 1, current: 0, owners: [5], note: 'Translations are in review; 14 strings left.', updatedDaysAgo: 3 },
        { name: 'Signed reseller partners', type: 'number', start: 0, end: 5, current: 3, owners: [4, 3], note: 'Signed with Alpenwerk IT in Vienna.', updatedDaysAgo: 6 },
      ],
    },
    {
      name: 'Hire a world-class team', folderId: folders.company, color: '#3e63dd', owners: [0],
      description: '', createdDaysAgo: 80, startInDays: null, dueInDays: q + 60,
      keyResults: [
        { name: 'Engineers hired', type: 'number', start: 0, end: 6, current: 4, owners: [1], note: 'Offer accepted by our new SRE.', updatedDaysAgo: 12 },
        { name: 'Head of Sales signed', type: 'boolean', start: 0, end: 1, current: 1, owners: [0], note: 'Contract signed, starts next month.', updatedDaysAgo: 20 },
      ],
    },
    {
      name: 'Cut p95 API latency below 200 ms', folderId: folders.engineering, color: '#f76808', owners: [1, 5],
      description: 'Measured on the public API over a rolling 7 days.',
      createdDaysAgo: 70, startInDays: -70, dueInDays: -10,
      keyResults: [
        { name: 'p95 latency (ms)', type: 'number', start: 480, end: 200, current: 310, owners: [1], note: 'Connection pooling rolled out to EU-West.', updatedDaysAgo: 5 },
        { name: 'Services with SLO dashboards', type: 'percentage', start: 0, end: 100, current: 60, owners: [5], note: 'Billing and search added.', updatedDaysAgo: 11 },
      ],
    },
    {
      name: 'Ship the mobile app 2.0', folderId: folders.engineering, color: '#8e4ec6', owners: [5, 2, 1],
      description: 'Offline mode, new onboarding and push notifications.',
      createdDaysAgo: 50, startInDays: -50, dueInDays: 40,
      keyResults: [
        { name: 'Release tasks closed', type: 'automatic', start: 0, end: 20, current: 12, owners: [5] },
        { name: 'App Store review passed', type: 'boolean', start: 0, end: 1, current: 0, owners: [2] },
        { name: 'Crash-free sessions', type: 'percentage', start: 97.5, end: 99.5, current: 98.9, owners: [2], note: 'Beta cohort, last 14 days.', updatedDaysAgo: 1 },
      ],
    },
    {
      name: 'Migrate CI to the new build farm', folderId: folders.engineering, color: '#30a46c', owners: [1],
      description: 'Completed ahead of the holiday freeze.', createdDaysAgo: 110, startInDays: -110, dueInDays: -20,
      keyResults: [
        { name: 'Pipelines migrated', type: 'number', start: 0, end: 14, current: 14, owners: [1], note: 'Last pipeline (mobile) moved over.', updatedDaysAgo: 25 },
        { name: 'Old build servers switched off', type: 'boolean', start: 0, end: 1, current: 1, owners: [1], note: 'Decommissioned and wiped.', updatedDaysAgo: 22 },
      ],
    },
    {
      name: 'Pay down tech debt in billing', folderId: folders.engineering, color: '#6e56cf', owners: [2],
      description: 'Key results to be agreed at the next planning session.', createdDaysAgo: 3, startInDays: null, dueInDays: q + 90,
      keyResults: [],
    },
    {
      name: 'Raise NPS to 55', folderId: folders.success, color: '#0ab1a8', owners: [4, 0],
      description: 'Survey sent monthly to all admins.', createdDaysAgo: 40, startInDays: -40, dueInDays: q,
      keyResults: [
        { name: 'Net Promoter Score', type: 'number', start: 38, end: 55, current: 42, owners: [4], note: 'November survey: 42 (n=318).', updatedDaysAgo: 7 },
        { name: 'Tickets answered within 4 h', type: 'percentage', start: 0, end: 95, current: 87, owners: [4], note: 'Weekend rota helps.', updatedDaysAgo: 2 },
      ],
    },
    {
      name: 'Reduce monthly churn under 2%', folderId: folders.success, color: '#e54666', owners: [4],
      description: 'Logo churn, measured on the first of each month.', createdDaysAgo: 35, startInDays: -35, dueInDays: 75,
      keyResults: [
        { name: 'Monthly logo churn (%)', type: 'percentage', start: 3.4, end: 2, current: 2.6, owners: [4], note: 'Save-desk calls started for at-risk accounts.', updatedDaysAgo: 8 },
        { name: 'Expansion revenue', type: 'currency', unit: '€', start: 0, end: 120_000, current: 45_500, owners: [3, 4], note: 'Three upsells to the Business plan.', updatedDaysAgo: 4 },
      ],
    },
    {
      name: 'Customer onboarding revamp (last year)', folderId: folders.success, color: '#aaaaaa', owners: [4],
      description: 'Archived after the new onboarding shipped.', createdDaysAgo: 300, startInDays: -300, dueInDays: -200, archived: true,
      keyResults: [{ name: 'Onboarding guides rewritten', type: 'number', start: 0, end: 12, current: 9, owners: [4], note: 'Paused; superseded.', updatedDaysAgo: 210 }],
    },
    {
      name: 'Company offsite in Lisbon', folderId: null, color: '#ffb224', owners: [0, 2],
      description: 'Three days in May, whole company.', createdDaysAgo: 20, startInDays: null, dueInDays: 150,
      keyResults: [
        { name: 'Venue booked', type: 'boolean', start: 0, end: 1, current: 1, owners: [2], note: 'Deposit paid for the riverside venue.', updatedDaysAgo: 10 },
        { name: 'Offsite budget committed', type: 'currency', unit: '€', start: 0, end: 40_000, current: 18_500, owners: [0], note: 'Flights for 38 people booked.', updatedDaysAgo: 5 },
      ],
    },
    {
      name: 'Read 12 books this year', folderId: null, color: '#7b68ee', owners: [0], private: true,
      description: '', createdDaysAgo: 200, startInDays: -200, dueInDays: 30,
      keyResults: [{ name: 'Books finished', type: 'number', start: 0, end: 12, current: 5, owners: [0], note: 'Finished "The Goal" by Goldratt.', updatedDaysAgo: 14 }],
    },
    {
      name: 'Publish the security whitepaper', folderId: null, color: '#5b5bd6', owners: [1, 0],
      description: 'For the enterprise sales team; reviewed by legal.', createdDaysAgo: 30, startInDays: -30, dueInDays: -5,
      keyResults: [{ name: 'Draft complete', type: 'percentage', start: 0, end: 100, current: 70, owners: [1], note: 'Sections on encryption and SSO done.', updatedDaysAgo: 3 }],
    },
  ];
}

/** A small second Workspace, so Workspace pickers have something to show. */
export function sandboxGoals(): GoalSpec[] {
  return [
    {
      name: 'Try out Goals in the sandbox', folderId: null, color: '#7b68ee', owners: [0], description: 'Play area.',
      createdDaysAgo: 5, startInDays: null, dueInDays: 14,
      keyResults: [{ name: 'Demo key results created', type: 'number', start: 0, end: 3, current: 1, owners: [0] }],
    },
  ];
}

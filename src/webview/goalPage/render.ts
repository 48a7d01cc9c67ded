/**
 * Draws the goal page from the view model. Every action is a real <button> (or
 * a checkbox) that posts an intent; the extension checks it and runs the same
 * command the Goals view runs.
 */
import type { Block, Inline } from '../../core/goalPage/markdown';
import type { GoalPageIntent } from '../../core/goalPage/intents';
import type { PageLabels } from '../../core/goalPage/pageMessages';
import type { GoalPageModel, KeyResultRowView, LatestView, PersonView } from '../../core/goalPage/viewModel';
import { renderChart } from './chart';
import type { Child } from './dom';
import { el, format, icon } from './dom';

export type Send = (intent: GoalPageIntent) => void;

interface Context {
  model: GoalPageModel;
  labels: PageLabels;
  send: Send;
}

function button(text: string, codicon: string, onClick: () => void, options: { label?: string; iconOnly?: boolean } = {}): HTMLButtonElement {
  const node = el('button', { type: 'button', class: options.iconOnly ? 'icon-button' : 'text-button', 'aria-label': options.label, title: options.label ?? text }, [
    icon(codicon),
    options.iconOnly ? null : el('span', {}, [text]),
  ]);
  node.addEventListener('click', onClick);
  return node;
}

function avatar(person: PersonView): HTMLElement {
  const node = el('span', { class: 'avatar', title: person.name, 'aria-hidden': 'true' }, [person.initials]);
  if (person.color !== '') {
    node.style.setProperty('--avatar-color', person.color);
  }
  return node;
}

function people(list: readonly PersonView[], labels: PageLabels): HTMLElement {
  return el('span', { class: 'people' }, [
    ...list.map(avatar),
    el('span', { class: 'people-names' }, [list.length === 0 ? labels.noOwners : list.map((person) => person.name).join(', ')]),
  ]);
}

function bar(percent: number, label: string, expected: number | null = null, expectedLabel = ''): HTMLElement {
  const fill = el('span', { class: 'bar-fill' });
  fill.style.width = `${Math.min(100, Math.max(0, percent))}%`;
  const track = el('span', { class: 'bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(percent), 'aria-label': label }, [fill]);
  if (expected !== null) {
    const marker = el('span', { class: 'bar-marker', title: expectedLabel });
    marker.style.left = `${Math.min(100, Math.max(0, expected))}%`;
    track.appendChild(marker);
  }
  return track;
}

function inlines(list: readonly Inline[], send: Send): Child[] {
  return list.map((inline) => {
    switch (inline.kind) {
      case 'strong':
        return el('strong', {}, [inline.text]);
      case 'em':
        return el('em', {}, [inline.text]);
      case 'code':
        return el('code', {}, [inline.text]);
      case 'link': {
        const link = el('a', { href: '#', title: inline.href }, [inline.text]);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          send({ type: 'openLink', href: inline.href });
        });
        return link;
      }
      default:
        return inline.text;
    }
  });
}

function block(item: Block, send: Send): HTMLElement {
  switch (item.kind) {
    case 'heading':
      return el(item.level === 1 ? 'h3' : 'h4', {}, inlines(item.inlines, send));
    case 'list':
      return el(item.ordered ? 'ol' : 'ul', {}, item.items.map((entry) => el('li', {}, inlines(entry, send))));
    case 'quote':
      return el('blockquote', {}, inlines(item.inlines, send));
    case 'code':
      return el('pre', {}, [el('code', {}, [item.text])]);
    default:
      return el('p', {}, inlines(item.inlines, send));
  }
}

function latest(view: LatestView | null, labels: PageLabels, withKeyResult: boolean): HTMLElement {
  if (view === null) {
    return el('p', { class: 'muted' }, [labels.noNotes]);
  }
  return el('p', { class: 'note' }, [
    icon('comment'),
    ' ',
    view.note === '' ? null : el('span', { class: 'note-text' }, [view.note]),
    el('span', { class: 'muted' }, [` — ${view.who}${view.when === '' ? '' : `, ${view.when}`}${withKeyResult ? ` · ${view.keyResult}` : ''}`]),
  ]);
}

function keyResultRow(kr: KeyResultRowView, context: Context): HTMLElement {
  const { labels, send, model } = context;
  const run = (action: 'updateProgress' | 'increment' | 'editKeyResult' | 'deleteKeyResult') => (): void =>
    send({ type: 'keyResult', action, goalId: model.goalId, keyResultId: kr.id });
  const name = el('span', { class: 'kr-name', id: `kr-${kr.id}` }, [kr.name]);
  let progress: HTMLElement;
  if (kr.canToggle) {
    const box = el('input', { type: 'checkbox', 'aria-labelledby': `kr-${kr.id}`, title: labels.markDone });
    box.checked = kr.done;
    box.addEventListener('change', () => send({ type: 'setDone', goalId: model.goalId, keyResultId: kr.id, done: box.checked }));
    progress = el('span', { class: 'kr-progress' }, [box, el('span', {}, [kr.progressText])]);
  } else {
    progress = el('span', { class: 'kr-progress' }, [bar(kr.percent, `${kr.name}: ${new Intl.NumberFormat(model.locale, { style: 'percent', maximumFractionDigits: 1 }).format(kr.percent / 100)}`), el('span', {}, [kr.progressText])]);
  }
  const actions = el('span', { class: 'kr-actions', role: 'group', 'aria-label': kr.name }, [
    kr.canIncrement ? button('+1', 'add', run('increment'), { label: `${labels.increment}: ${kr.name}`, iconOnly: true }) : null,
    kr.canUpdate ? button(labels.updateProgress, 'graph-line', run('updateProgress'), { label: `${labels.updateProgress}: ${kr.name}`, iconOnly: true }) : null,
    button(labels.editKeyResult, 'edit', run('editKeyResult'), { label: `${labels.editKeyResult}: ${kr.name}`, iconOnly: true }),
    button(labels.deleteKeyResult, 'trash', run('deleteKeyResult'), { label: `${labels.deleteKeyResult}: ${kr.name}`, iconOnly: true }),
  ]);
  return el('li', { class: `kr${kr.done ? ' kr-done' : ''}`, 'data-kr': kr.id }, [
    el('div', { class: 'kr-head' }, [name, actions]),
    progress,
    kr.owners.length > 0 ? people(kr.owners, labels) : null,
    kr.latest === null ? null : latest(kr.latest, labels, false),
  ]);
}

function header(context: Context): HTMLElement {
  const { model, labels, send } = context;
  const goal = (action: 'editGoal' | 'addKeyResult' | 'updateProgress' | 'openInClickUp') => (): void =>
    send({ type: 'goal', action, goalId: model.goalId });
  const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  if (model.color !== '') {
    swatch.style.setProperty('--goal-color', model.color);
  }
  const dates = [
    model.start === null ? null : `${labels.start} ${model.start}`,
    model.due === null ? null : `${labels.due} ${model.due}${model.dueRelative === null ? '' : ` (${model.dueRelative})`}`,
  ].filter((part): part is string => part !== null);
  return el('header', {}, [
    el('h1', {}, [swatch, model.name]),
    el('p', { class: 'meta' }, [
      model.folder === null ? null : el('span', {}, [icon('folder'), ` ${labels.folder} ${model.folder}`]),
      dates.length === 0 ? null : el('span', { class: model.overdue ? 'overdue' : undefined }, [icon('calendar'), ` ${dates.join(' · ')}`]),
    ]),
    el('p', { class: 'meta' }, [el('span', { class: 'label' }, [labels.owners]), ' ', people(model.owners, labels)]),
    el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': labels.goalActions }, [
      button(labels.updateProgress, 'graph-line', goal('updateProgress')),
      button(labels.editGoal, 'edit', goal('editGoal')),
      button(labels.addKeyResult, 'add', goal('addKeyResult')),
      button(labels.openInClickUp, 'link-external', goal('openInClickUp')),
    ]),
  ]);
}

export function renderPage(model: GoalPageModel, labels: PageLabels, chart: { note: string; summary: string }, send: Send): HTMLElement {
  const context: Context = { model, labels, send };
  const krs = model.keyResults;
  const expectedLabel = model.expectedPercent === null ? '' : format(labels.expectedToday, Math.round(model.expectedPercent));
  return el('main', { class: `state-${model.state}` }, [
    header(context),
    el('section', { 'aria-labelledby': 'progress-h' }, [
      el('h2', { id: 'progress-h' }, [labels.progress]),
      el('div', { class: 'overall' }, [
        bar(model.percent, `${labels.progress}: ${model.percentText}`, model.expectedPercent, expectedLabel),
        el('span', { class: 'big' }, [model.percentText]),
      ]),
      el('p', { class: 'pace' }, [icon(model.state === 'onTrack' || model.state === 'completed' ? 'pass' : model.state === 'notStarted' ? 'circle-large-outline' : 'warning'), ' ', model.paceText]),
      expectedLabel === '' ? null : el('p', { class: 'muted' }, [expectedLabel]),
    ]),
    model.description.length === 0
      ? null
      : el('section', { 'aria-labelledby': 'description-h', class: 'description' }, [
          el('h2', { id: 'description-h' }, [labels.description]),
          ...model.description.map((item) => block(item, send)),
        ]),
    el('section', { 'aria-labelledby': 'chart-h' }, [
      el('h2', { id: 'chart-h' }, [labels.progressOverTime]),
      renderChart(model.chart, chart.summary, labels, model.locale),
      chart.note === '' ? null : el('p', { class: 'muted chart-note' }, [icon('info'), ' ', chart.note]),
    ]),
    el('section', { 'aria-labelledby': 'krs-h' }, [
      el('h2', { id: 'krs-h' }, [labels.keyResults]),
      krs === null
        ? el('p', { class: 'muted' }, [icon('loading'), ' ', labels.loadingKeyResults])
        : krs.length === 0
          ? el('p', { class: 'muted' }, [labels.noKeyResults])
          : el('ul', { class: 'krs' }, krs.map((kr) => keyResultRow(kr, context))),
    ]),
    el('section', { 'aria-labelledby': 'latest-h' }, [el('h2', { id: 'latest-h' }, [labels.latestNote]), latest(model.latest, labels, true)]),
  ]);
}

export function renderGone(title: string, text: string): HTMLElement {
  return el('main', { class: 'gone' }, [el('h1', {}, [title]), el('p', {}, [icon('info'), ' ', text])]);
}

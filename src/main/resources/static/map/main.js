// Wires the page: sign-in, language switch, choosing a source, drawing the map and explaining the
// chosen destination. All data comes from the public GraphQL API through api.js.

import * as api from './api.js';
import * as session from './session.js';
import { LANGUAGES, currentLanguage, setLanguage, t, translatePage } from './strings.js';
import { drawMap, fitLabels, legend } from './map-view.js';
import { explanationSection } from './details.js';
import { renderRecognise, showRecognise } from './recognise.js';
import { clear, h } from './dom.js';

const $ = (id) => document.getElementById(id);

const state = {
  searchText: null,
  searchResults: null,
  source: null, // {kind: 'occupation' | 'learner', id}
  sourceData: null,
  destinations: [],
  selected: null, // {id, kind}
  explanation: null,
  me: null, // the answer to the me query once signed in
  signInRejected: false,
  signInThrottled: null,
};

// Each load bumps this; an answer that arrives after a newer load started is dropped.
let generation = 0;

const STATUS_MARKERS = {
  VALIDATED: '●',
  EVIDENCED: '◐',
  SELF_ASSESSED: '○',
  NOT_CONFIRMED: '✕',
};

function setStatus(text, isError = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function explain(error) {
  const code = error instanceof api.ApiError ? error.code : 'server';
  return t('error.' + code, { detail: error.message });
}

function from() {
  return state.source.kind === 'learner'
    ? { learnerId: state.source.id }
    : { occupationId: state.source.id };
}

function sourceLabel() {
  const data = state.sourceData;
  return state.source.kind === 'learner' ? data.displayName : data.label;
}

function occupationBlocks(occupation) {
  const anchor = {
    id: occupation.id,
    title: occupation.label,
    subtitle: occupation.iscoGroup
      ? `ISCO ${occupation.iscoGroup.code} · ${occupation.iscoGroup.label}`
      : '',
  };
  const outcomes = occupation.outcomes.map((requirement) => ({
    id: requirement.outcome.id,
    label: requirement.outcome.label,
    marker: requirement.importance === 'ESSENTIAL' ? '●' : '○',
    markerText: t('importance.' + requirement.importance),
    anchors: [occupation.id],
  }));
  return [{ anchor, outcomes }];
}

function learnerBlocks(learner) {
  const blocks = learner.experiences.map((experience) => ({
    anchor: {
      id: experience.id,
      title: experience.title,
      subtitle: [
        t('experience.' + experience.kind),
        t('context.' + experience.context),
        experience.organisation,
      ]
        .filter(Boolean)
        .join(' · '),
    },
    outcomes: [],
  }));
  const byExperience = new Map(blocks.map((block) => [block.anchor.id, block]));
  const loose = { anchor: null, outcomes: [] };
  const seen = new Set();
  for (const claim of learner.claims) {
    if (seen.has(claim.outcome.id)) continue;
    seen.add(claim.outcome.id);
    const anchors = claim.supportedBy.map((experience) => experience.id);
    const home = anchors.map((id) => byExperience.get(id)).find(Boolean) ?? loose;
    home.outcomes.push({
      id: claim.outcome.id,
      label: claim.outcome.label,
      marker: STATUS_MARKERS[claim.status],
      markerText: t('status.' + claim.status),
      anchors,
    });
  }
  return loose.outcomes.length ? [...blocks, loose] : blocks;
}

function destinationModel(node) {
  const goals = state.source.kind === 'learner' ? state.sourceData.goals.map((goal) => goal.id) : [];
  return {
    id: node.to.id,
    kind: node.to.kind,
    label: node.to.label,
    score: node.score,
    gapCount: node.gap.length,
    goal: goals.includes(node.to.id),
    links: node.strongestTransfers.map((match) => ({
      heldId: match.held.id,
      kind: match.kind,
      strength: match.strength,
    })),
  };
}

function renderMap() {
  const container = $('map');
  clear(container);
  clear($('legend'));
  if (!state.source || !state.sourceData) {
    container.append(h('p', { class: 'empty' }, t('map.empty')));
    $('map-heading').textContent = t('map.heading');
    return;
  }
  const label = sourceLabel();
  $('map-heading').textContent = t('map.heading') + ' — ' + t('map.from', { source: label });
  const transfer = state.explanation?.transfer;
  const selection = transfer
    ? {
        links: transfer.matches.map((match) => ({
          heldId: match.held.id,
          kind: match.kind,
          strength: match.strength,
        })),
        gap: transfer.gap.map((item) => ({
          id: item.outcome.id,
          label: item.outcome.label,
          support: item.support,
        })),
      }
    : null;
  const model = {
    sourceKind: state.source.kind,
    blocks:
      state.source.kind === 'learner'
        ? learnerBlocks(state.sourceData)
        : occupationBlocks(state.sourceData),
    destinations: state.destinations.map(destinationModel),
    selectedId: state.selected?.id ?? null,
    selection,
  };
  const svg = drawMap(model, select, t('map.aria', { source: label }));
  container.append(svg);
  fitLabels(svg);
  $('legend').append(legend(state.source.kind));
}

function renderDetails() {
  const container = $('details');
  clear(container);
  if (state.explanation) container.append(explanationSection(state.explanation));
}

function renderSearchResults() {
  const container = $('search-results');
  clear(container);
  if (!state.searchResults) return;
  if (state.searchResults.length === 0) {
    container.append(h('p', {}, t('search.none', { text: state.searchText })));
    return;
  }
  container.append(
    h('h3', { class: 'visually-hidden' }, t('search.results')),
    h(
      'ul',
      { class: 'results' },
      state.searchResults.map((occupation) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              'data-occupation': occupation.id,
              'aria-current':
                state.source?.kind === 'occupation' && state.source.id === occupation.id
                  ? 'true'
                  : null,
              onclick: () => openSource({ kind: 'occupation', id: occupation.id }),
            },
            h('span', { class: 'result-label' }, occupation.label),
            h(
              'span',
              { class: 'meta' },
              [
                occupation.iscoGroup ? t('search.isco', { code: occupation.iscoGroup.code }) : null,
                occupation.altLabels.slice(0, 2).join(', '),
              ]
                .filter(Boolean)
                .join(' · '),
            ),
          ),
        ),
      ),
    ),
  );
}

function renderSignIn() {
  const who = state.me?.name ?? session.signedInAs();
  $('signin-status').textContent = state.signInThrottled
    ? t('signin.throttled', { seconds: state.signInThrottled })
    : state.signInRejected
    ? t('signin.rejected')
    : who === null
      ? t('signin.anonymous')
      : who
        ? t('signin.as', { user: who })
        : t('signin.asToken');
  $('signin-status').classList.toggle('error', state.signInRejected || !!state.signInThrottled);
  $('signout').hidden = session.signedInAs() === null;
  renderLearnerChoices();
}

function renderLearnerChoices() {
  const container = $('learner-choices');
  clear(container);
  if (!state.me) return;
  const choices = [
    ...(state.me.learner
      ? [{ id: state.me.learner.id, name: state.me.learner.displayName, note: t('learner.own') }]
      : []),
    ...state.me.grantsReceived.map((grant) => ({
      id: grant.learnerId,
      name: grant.learnerName,
      note: t('learner.role.' + grant.role),
    })),
  ];
  container.append(h('p', { class: 'choices-heading' }, t('learner.choices')));
  if (choices.length === 0) {
    container.append(h('p', { class: 'note' }, t('learner.noChoices')));
    return;
  }
  container.append(
    h(
      'ul',
      { class: 'results' },
      choices.map((choice) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              'data-learner': choice.id,
              'aria-current':
                state.source?.kind === 'learner' && state.source.id === choice.id ? 'true' : null,
              onclick: () => openSource({ kind: 'learner', id: choice.id }),
            },
            h('span', { class: 'result-label' }, choice.name),
            h('span', { class: 'meta' }, choice.note),
          ),
        ),
      ),
    ),
  );
}

async function confirmSignIn() {
  try {
    state.me = await api.me();
    state.signInRejected = false;
    state.signInThrottled = null;
  } catch (error) {
    // Wrong credentials answer 401, and too many of them 429; the page must not keep sending them.
    session.signOut();
    state.me = null;
    const known = error instanceof api.ApiError;
    state.signInRejected = known && error.code === 'unauthorized';
    const wait = Number.parseInt(error.message, 10);
    state.signInThrottled = known && error.code === 'throttled' ? (wait > 0 ? wait : 1) : null;
    if (!state.signInRejected && !state.signInThrottled) setStatus(explain(error), true);
  }
  renderSignIn();
}

async function search(text) {
  const mine = ++generation;
  state.searchText = text;
  setStatus(t('status.loading'));
  try {
    const results = await api.searchOccupations(text, currentLanguage());
    if (mine !== generation) return;
    state.searchResults = results;
    setStatus('');
    renderSearchResults();
  } catch (error) {
    if (mine === generation) setStatus(explain(error), true);
  }
}

async function openSource(source, keepSelection = false) {
  const mine = ++generation;
  setStatus(t('status.loading'));
  const lang = currentLanguage();
  try {
    const fromInput =
      source.kind === 'learner' ? { learnerId: source.id } : { occupationId: source.id };
    const [sourceData, destinations] = await Promise.all([
      source.kind === 'learner' ? api.learner(source.id, lang) : api.occupation(source.id, lang),
      api.destinations(fromInput, lang),
    ]);
    if (mine !== generation) return;
    Object.assign(state, { source, sourceData, destinations });
    if (!keepSelection) Object.assign(state, { selected: null, explanation: null });
    setStatus(t('status.loaded', { count: destinations.length }));
    renderSearchResults();
    renderLearnerChoices();
    renderMap();
    renderDetails();
    showRecognise(
      source.kind === 'learner' ? { id: source.id, experiences: sourceData.experiences } : null,
      () => openSource(state.source, true),
    );
  } catch (error) {
    if (mine === generation) setStatus(explain(error), true);
  }
}

async function select(destination, moveFocus = true) {
  const mine = ++generation;
  state.selected = { id: destination.id, kind: destination.kind };
  state.explanation = null;
  renderMap();
  renderDetails();
  setStatus(t('status.loading'));
  try {
    const explanation = await api.explanation(from(), destination, currentLanguage());
    if (mine !== generation) return;
    state.explanation = explanation;
    setStatus('');
    renderMap();
    renderDetails();
    if (moveFocus) {
      const heading = $('details-heading');
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  } catch (error) {
    if (mine === generation) setStatus(explain(error), true);
  }
}

async function switchLanguage(code) {
  setLanguage(code);
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === code));
  }
  translatePage();
  renderSignIn();
  renderSearchResults();
  renderMap();
  renderDetails();
  renderRecognise();
  // Labels from the graph come in the language asked for, so everything shown is asked again.
  if (state.searchText) await search(state.searchText);
  if (state.source) {
    const selected = state.selected;
    await openSource(state.source, true);
    if (selected) await select(selected, false);
  }
}

function wire() {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('search-text').value.trim();
    if (text) search(text);
  });
  $('learner-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const id = $('learner-id').value.trim();
    if (id) openSource({ kind: 'learner', id });
  });
  $('signin-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const user = $('signin-user').value.trim();
    const token = $('signin-token').value.trim();
    const password = $('signin-password').value;
    if (token) session.signInWithToken(token, user);
    else if (user && password) session.signInWithPassword(user, password);
    else return;
    // The secrets live in session.js only, not in the form.
    $('signin-password').value = '';
    $('signin-token').value = '';
    confirmSignIn();
  });
  $('signout').addEventListener('click', () => {
    session.signOut();
    state.me = null;
    state.signInRejected = false;
    state.signInThrottled = null;
    if (state.source?.kind === 'learner') {
      // A learner's portfolio was shown under the adviser's grant; it leaves with the adviser.
      Object.assign(state, { source: null, sourceData: null, destinations: [], selected: null, explanation: null });
      renderMap();
      renderDetails();
      showRecognise(null);
    }
    renderSignIn();
  });
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => switchLanguage(button.dataset.lang));
  }
}

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) return asked;
  return (navigator.language ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

wire();
switchLanguage(initialLanguage());
document.body.dataset.ready = 'true';
